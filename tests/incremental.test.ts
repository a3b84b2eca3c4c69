// A rebuild is a clean build, only cheaper: after each kind of change (nothing, a source added, removed,
// edited, a correction, a code change) the incremental build's dist/ is byte for byte what
// `npm run build -- --force` makes of the same seeds. The build runs in a copy of the project, so that
// its caches and its code change touch no other test.
import { cp, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/corpus.ts';
import { corpus } from '../scripts/lib/corpus.ts';
import { repoRoot, runScript, type BuildRun } from './helpers/build.ts';

let project: string;
const seeds = () => path.join(project, 'seeds');
const places = (name: string) => ['--seeds', seeds(), '--content', path.join(project, name, 'content'), '--out', path.join(project, name, 'dist')];

const build = (args: string[], env: Record<string, string> = {}): Promise<BuildRun> => runScript('scripts/build.ts', args, env, project);

/** Every file under `folder`, by its path inside it, with its bytes. */
async function tree(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(folder, file), await readFile(file));
    }
  }
  return files;
}

/** The paths that differ between two folders: missing on either side, or other bytes. */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = [await tree(a), await tree(b)];
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0)) || !right.has(name)).sort();
}

/** Rebuild incrementally, build clean, and compare; the incremental build's report for the checks. */
async function rebuildMatchesClean(env: Record<string, string> = {}): Promise<string> {
  const rebuilt = await build(places('incremental'), env);
  expect(rebuilt.code, rebuilt.stderr.slice(-3000)).toBe(0);
  const clean = await build(['--force', ...places('clean')], env);
  expect(clean.code, clean.stderr.slice(-3000)).toBe(0);
  expect(await differences(path.join(project, 'incremental', 'dist'), path.join(project, 'clean', 'dist'))).toEqual([]);
  return rebuilt.stderr;
}

const rendered = (report: string) => Number(/(\d+) pages rendered/.exec(report)?.[1] ?? NaN);
const pagesOf = (report: string) => Number(/content\s+(\d+) pages/.exec(report)?.[1] ?? NaN);

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'casefile-incremental-'));
  for (const name of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) await cp(path.join(repoRoot, name), path.join(project, name), { recursive: true });
  await symlink(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'));
  await writeCorpus(seeds(), 6, 5);
  const first = await build(places('incremental'));
  expect(first.code, first.stderr.slice(-3000)).toBe(0);
}, 600_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe('a rebuild', () => {
  it('with nothing changed changes nothing on disk, and is the clean build', async () => {
    const dist = path.join(project, 'incremental', 'dist');
    const before = await Promise.all((await readdir(dist, { recursive: true })).map(async (name) => `${name} ${(await stat(path.join(dist, name))).mtimeMs}`));
    const report = await rebuildMatchesClean();
    expect(report).toMatch(/nothing changed since the last build/);
    const after = await Promise.all((await readdir(dist, { recursive: true })).map(async (name) => `${name} ${(await stat(path.join(dist, name))).mtimeMs}`));
    expect(after).toEqual(before);
  }, 300_000);

  it('after a source is added renders only some pages, and is the clean build', async () => {
    const added = corpus(7, 5).at(-1)!;
    await writeFile(path.join(seeds(), added.name), added.text);
    const report = await rebuildMatchesClean();
    expect(rendered(report)).toBeGreaterThan(0);
    expect(rendered(report)).toBeLessThan(pagesOf(report));
  }, 300_000);

  it('after a source is removed, and is the clean build', async () => {
    const names = (await readdir(seeds())).filter((name) => name.endsWith('.txt')).sort();
    await rm(path.join(seeds(), names[1]!));
    const report = await rebuildMatchesClean();
    expect(report).toMatch(/of \d+ pages changed/);
  }, 300_000);

  it('after a source is edited renders only some pages, and is the clean build', async () => {
    const name = (await readdir(seeds())).filter((file) => file.endsWith('.txt')).sort()[0]!;
    const text = await readFile(path.join(seeds(), name), 'utf8');
    await writeFile(path.join(seeds(), name), `${text}\n“We will reopen the harbour within a week,” said Jane Roe, a spokesperson for the port.\n`);
    const report = await rebuildMatchesClean();
    expect(rendered(report)).toBeLessThan(pagesOf(report));
  }, 300_000);

  it('after a correction, and is the clean build', async () => {
    const dossier = JSON.parse(await readFile(path.join(project, 'clean', 'dist', 'dossier.json'), 'utf8')) as { sources: Array<{ id: string; paragraphs: Array<{ id: string; section: string }> }> };
    const source = dossier.sources[0]!;
    const paragraph = source.paragraphs.find((candidate) => candidate.section !== 'context')!;
    await writeFile(path.join(seeds(), 'corrections.yaml'), `paragraphs:\n  ${source.id}#${paragraph.id}: { section: context }\n`);
    const report = await rebuildMatchesClean();
    expect(report).toMatch(/of \d+ pages changed/);
    // A paragraph's section: the facts are assembled again, not the timeline, the statements or the duplicates.
    expect(report).toMatch(/assembly steps kept: duplicates, statements, timeline\b/);
    // …and of the facts, the sentences of every source but the corrected one are read back (StepCache.each).
    const [, kept, all] = /fact-sentences: (\d+) of (\d+) kept/.exec(report) ?? [];
    expect(Number(kept)).toBeGreaterThan(0);
    expect(Number(kept)).toBeLessThan(Number(all));
    expect(await readFile(path.join(project, 'incremental', 'dist', 'corrections', 'index.html'), 'utf8')).toContain(paragraph.id);
  }, 300_000);

  it('after a correction of a speaker, and is the clean build', async () => {
    const dossier = JSON.parse(await readFile(path.join(project, 'clean', 'dist', 'dossier.json'), 'utf8')) as { speakers: Array<{ name: string; type: string }> };
    const speaker = dossier.speakers.find((candidate) => candidate.type === 'person')!;
    const corrections = path.join(seeds(), 'corrections.yaml');
    await writeFile(corrections, `${await readFile(corrections, 'utf8')}speakers:\n  - name: ${speaker.name}\n    role: duty officer\n`);
    const report = await rebuildMatchesClean();
    // The speaker's quotes changed: the statements are assembled again, the facts (which read only where quotes stand) are not.
    expect(report).toMatch(/assembly steps kept: duplicates, facts, timeline\b/);
    expect(await readFile(path.join(project, 'incremental', 'dist', 'dossier.json'), 'utf8')).toContain('duty officer');
  }, 300_000);

  it('with a sitemap (DOSSIER_SITE), after a source is added, lists every page and is the clean build', async () => {
    const env = { DOSSIER_SITE: 'https://dossier.example' };
    // The first build with a site is a change of settings: every page is rendered.
    const first = await build(places('incremental'), env);
    expect(first.code, first.stderr.slice(-3000)).toBe(0);
    const added = corpus(8, 5).at(-1)!;
    await writeFile(path.join(seeds(), added.name), added.text);
    const report = await rebuildMatchesClean(env);
    expect(rendered(report)).toBeLessThan(pagesOf(report));
    const sitemap = await readFile(path.join(project, 'incremental', 'dist', 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`https://dossier.example/sources/${added.name.replace(/\.txt$/, '')}/`);
  }, 300_000);

  it('after a code change renders the pages that use it, and is the clean build', async () => {
    const component = path.join(project, 'src', 'components', 'SourceParagraph.astro');
    const before = await readFile(path.join(project, 'incremental', 'dist', 'sources', (await readdir(path.join(project, 'incremental', 'dist', 'sources'))).find((name) => name !== 'index.html' && name !== 'page')!, 'index.html'), 'utf8');
    expect(before).not.toContain('data-changed-code');
    await writeFile(component, (await readFile(component, 'utf8')).replace(/<p\b/, '<p data-changed-code'));
    const report = await rebuildMatchesClean();
    expect(rendered(report)).toBeGreaterThan(0);
    const sources = path.join(project, 'incremental', 'dist', 'sources');
    const page = (await readdir(sources)).find((name) => name !== 'index.html' && name !== 'page')!;
    expect(await readFile(path.join(sources, page, 'index.html'), 'utf8')).toContain('data-changed-code');
  }, 300_000);
});
