// The review queue: the least sure items first, each with a link, a reason and a snippet that is valid
// as it stands; its page is written for `npm run dev` only. Also every kind of correction on the seeds,
// through the real build: dossier.json and the pages change, and the published site has no review page.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCorrections } from '../src/corrections/index.ts';
import { contentFiles } from '../src/mdx/index.ts';
import { parseManifest } from '../src/pipeline/manifest.ts';
import { learnedReason } from '../src/pipeline/junk/reason.ts';
import { reviewQueue } from '../src/review/queue.ts';
import type { Dossier } from '../src/schemas/dossier.ts';
import { ingest } from '../scripts/lib/ingest.ts';
import { repoRoot, runBuild, runScript } from './helpers/build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'casefile-review-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const seeds = path.join(work, 'seeds');
cpSync(path.join(repoRoot, 'seeds'), seeds, { recursive: true });

describe('the review queue of the seeds', async () => {
  const { dossier } = await ingest({ seedsDir: seeds, workers: 0 });
  const queue = reviewQueue(dossier);

  it('lists the least sure items, most important first, each with a link, a reason and a valid snippet', () => {
    expect(queue.length).toBeGreaterThan(0);
    expect(queue.map((entry) => entry.weight)).toEqual([...queue.map((entry) => entry.weight)].sort((a, b) => b - a));
    for (const entry of queue) {
      expect(entry.href).toMatch(/^\/[^\s]*$/);
      expect(entry.why.length).toBeGreaterThan(20);
      const checked = entry.file === 'corrections.yaml'
        ? parseCorrections(entry.yaml, 'corrections.yaml').errors
        : parseManifest(entry.yaml.replace(/YYYY-MM-DD/, '2023-01-01'), 'sources.yaml', dossier.sources.map((source) => source.file)).errors;
      expect(checked.map(String), entry.yaml).toEqual([]);
    }
    const statements = queue.filter((entry) => entry.kind === 'statement');
    const weak = dossier.statements.filter((statement) => ['none', 'unnamed', 'pronoun', 'previous paragraph', 'outlet report'].includes(statement.attribution));
    expect(statements.map((entry) => entry.href).sort()).toEqual(weak.map((statement) => statement.href).sort());
  });

  it('lists an organisation known by part of a longer name the sources give, or by a name cut short', () => {
    const copy = structuredClone(dossier);
    const base = copy.speakers[0] as Dossier['speakers'][number];
    const speaker = (id: string, name: string) => ({ ...base, id, name, type: 'organization' as const, aliases: [], href: `/speakers/#${id}` });
    copy.speakers.push(speaker('sp-part', 'Regulatory Agency'), speaker('sp-cut', 'Department of'), speaker('sp-whole', 'Harbour Board'));
    copy.entities.push({ id: 'e-full', name: 'Northern Medicines Regulatory Agency', type: 'organization', aliases: [], mentions: [], speaker: null });
    const entries = reviewQueue(copy).filter((entry) => entry.kind === 'speaker' && entry.href.startsWith('/speakers/#sp-'));
    expect(entries.map((entry) => entry.href).sort()).toEqual(['/speakers/#sp-cut', '/speakers/#sp-part']);
    expect(entries.find((entry) => entry.href.endsWith('sp-part'))?.yaml).toContain('name: Northern Medicines Regulatory Agency');
    for (const entry of entries) expect(parseCorrections(entry.yaml, 'corrections.yaml').errors.map(String)).toEqual([]);
  });

  it('lists every line the furniture model removed, short ones too, before the rules’ weak removals', () => {
    const copy = structuredClone(dossier);
    const source = copy.sources[0] as Dossier['sources'][number];
    source.removed.push({ text: 'Crew members at the harbour', reason: `${learnedReason}, 97 %`, line: 9001, corrected: null }, { text: 'A caption of eight words or more stands here', reason: 'photo caption', line: 9002, corrected: null });
    const entries = reviewQueue(copy).filter((entry) => entry.kind === 'line' && /#removed-900[12]$/u.test(entry.href));
    expect(entries.map((entry) => entry.href.slice(-4))).toEqual(['9001', '9002']);
    expect(entries[0]?.why).toContain('furniture model');
    expect(parseCorrections(entries[0]?.yaml ?? '', 'corrections.yaml').errors.map(String)).toEqual([]);
    expect(entries[0]?.yaml).toContain(`${source.id}:9001`);
  });

  it('is a page of `npm run dev` only', () => {
    expect(contentFiles(dossier).some((file) => file.path === 'pages/review.mdx')).toBe(false);
    const page = contentFiles(dossier, { review: queue }).find((file) => file.path === 'pages/review.mdx')?.contents ?? '';
    expect(page.match(/<ReviewEntry/g)).toHaveLength(queue.length);
  });

  it('prints the same list with `npm run review`, links into the site', async () => {
    const run = await runScript('scripts/review.ts', [], { DOSSIER_SEEDS: seeds, DOSSIER_SITE: 'https://dossier.example' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${queue.length} to review`);
    expect(run.stdout).toContain(`1. ${queue[0]?.kind}  https://dossier.example${queue[0]?.href}`);
  });
});

describe('every kind of correction on the seeds, through the real build', async () => {
  // A copy of its own: this block's setup runs while the queue's tests are collected, and its corrections.yaml must not reach them.
  const seeds = path.join(work, 'corrected-seeds');
  cpSync(path.join(repoRoot, 'seeds'), seeds, { recursive: true });
  const { dossier: machine } = await ingest({ seedsDir: seeds, workers: 0 });
  // Targets picked from what the machine made of the seeds, never written down for this case.
  const statement = machine.statements[0] as Dossier['statements'][number];
  const other = machine.speakers.find((speaker) => speaker.id !== statement.speaker && speaker.type !== 'unknown') as Dossier['speakers'][number];
  const dropped = machine.statements.at(-1) as Dossier['statements'][number];
  const source = machine.sources[0] as Dossier['sources'][number];
  const moved = source.paragraphs.find((paragraph) => paragraph.section === 'event') as Dossier['sources'][number]['paragraphs'][number];
  const junk = source.paragraphs.find((paragraph) => paragraph.section === 'context') as Dossier['sources'][number]['paragraphs'][number];
  const removed = source.removed[0] as Dossier['sources'][number]['removed'][number];
  const merged = machine.speakers.find((speaker) => speaker.id !== other.id && speaker.type !== 'unknown' && speaker.id !== statement.speaker) ?? other;
  writeFileSync(path.join(seeds, 'corrections.yaml'), [
    'case:',
    '  title: A corrected title',
    'speakers:',
    `  - name: ${JSON.stringify(other.name)}`,
    ...(merged !== other ? [`    aliases: [${JSON.stringify(merged.name)}]`] : []),
    '    role: corrected role',
    'statements:',
    `  ${statement.id}: { speaker: ${JSON.stringify(other.name)} }`,
    `  ${dropped.id}: { drop: not reported speech }`,
    'paragraphs:',
    `  ${source.id}#${moved.id}: { section: context }`,
    `  ${source.id}#${junk.id}: { junk: photo caption }`,
    'lines:',
    `  ${source.id}:${removed.line}: { keep: true }`,
    '',
  ].join('\n'));
  const out = path.join(work, 'dist');
  const run = await runBuild(['--seeds', seeds, '--content', path.join(work, 'content'), '--out', out]);
  const dossier = JSON.parse(readFileSync(path.join(out, 'dossier.json'), 'utf8')) as Dossier;
  const html = (file: string) => readFileSync(path.join(out, file), 'utf8');

  it('builds, with every correction applied and listed', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(dossier.case.title).toBe('A corrected title');
    expect(dossier.corrections.map((entry) => `${entry.kind} ${entry.field}`).sort()).toEqual(['case title', 'line keep', 'paragraph junk', 'paragraph section', 'speaker name', 'statement drop', 'statement speaker']);
    expect(run.stderr).not.toMatch(/stale-correction/);
  });

  it('changes dossier.json: the speaker, with the machine\'s beside it, under the same id', () => {
    const after = dossier.statements.find((candidate) => candidate.id === statement.id || candidate.aliases.includes(statement.id));
    expect(dossier.speakers.find((speaker) => speaker.id === after?.speaker)?.name).toBe(other.name);
    expect(after).toMatchObject({ attribution: 'correction', corrected: { field: 'speaker', value: other.name } });
    expect(dossier.statements.some((candidate) => candidate.id === dropped.id || candidate.aliases.includes(dropped.id))).toBe(false);
    const paragraphs = dossier.sources.find((candidate) => candidate.id === source.id)?.paragraphs ?? [];
    expect(paragraphs.find((paragraph) => paragraph.id === moved.id)).toMatchObject({ section: 'context', corrected: { machine: 'event' } });
    expect(paragraphs.some((paragraph) => paragraph.id === junk.id)).toBe(false);
    expect(dossier.sources.find((candidate) => candidate.id === source.id)?.removed.some((line) => line.line === removed.line)).toBe(false);
    expect(dossier.statements.every((candidate) => candidate.occurrences.every((occurrence) => occurrence.attribution))).toBe(true);
  });

  it('shows the corrected mark on the pages, a Corrections page, and no review page', () => {
    expect(html('statements/index.html')).toMatch(new RegExp(`id="${after(statement.id)}"[\\s\\S]*?class="corrected"[^>]*><a href="/corrections/">corrected</a><span class="machine">, the machine had: `));
    expect(html(`sources/${source.id}/index.html`)).toMatch(/the machine had: section event/);
    expect(html('corrections/index.html').match(/<li class="correction">/g)).toHaveLength(7);
    expect(existsSync(path.join(out, 'review'))).toBe(false);
  });

  function after(id: string): string {
    return dossier.statements.find((candidate) => candidate.id === id || candidate.aliases.includes(id))?.id ?? id;
  }
});
