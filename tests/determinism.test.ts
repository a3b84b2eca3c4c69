// Two builds of the same seeds give byte-identical output: content/, dossier.json, every HTML page,
// and Pagefind's index (its file names are content hashes, so they are stable too). The second build
// reads the seeds from another folder, written in another order, in another time zone and locale, so
// nothing may depend on the file system's order, a path, the clock or the machine's settings.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assemble } from '../src/assemble/index.ts';
import { processSource } from '../src/pipeline/index.ts';
import { repoRoot, runBuild, seedSite } from './helpers/build.ts';

let again: { content: string; dist: string };

/** Every file under a folder, as `relative path → sha256`, sorted by path. */
async function digests(folder: string, keep: (name: string) => boolean = () => true): Promise<Array<[string, string]>> {
  const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(keep)
    .sort();
  return Promise.all(names.map(async (name) => [name, createHash('sha256').update(await readFile(path.join(folder, name))).digest('hex')] as [string, string]));
}

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'casefile-determinism-'));
  const seeds = path.join(work, 'seeds');
  await mkdir(seeds);
  // Written in reverse order, so a directory listing in creation order differs from the first build's.
  for (const name of (await readdir(path.join(repoRoot, 'seeds'))).sort().reverse()) {
    await cp(path.join(repoRoot, 'seeds', name), path.join(seeds, name), { recursive: true });
  }
  again = { content: path.join(work, 'content'), dist: path.join(work, 'dist') };
  const run = await runBuild(['--seeds', seeds, '--content', again.content, '--out', again.dist], {
    TZ: 'Pacific/Kiritimati',
    LANG: 'de_DE.UTF-8',
    LC_ALL: 'de_DE.UTF-8',
  });
  expect(run.code, run.stderr).toBe(0);
}, 600_000);

describe('two builds of the same seeds', () => {
  it('write byte-identical content/', async () => {
    const first = await digests(seedSite.content);
    expect(first.length).toBeGreaterThan(5);
    expect(await digests(again.content)).toEqual(first);
  });

  it('write byte-identical dossier.json and its schema', async () => {
    const keep = (name: string) => name.startsWith('dossier.');
    const first = await digests(seedSite.dist, keep);
    expect(first.map(([name]) => name)).toEqual(['dossier.json', 'dossier.schema.json']);
    expect(await digests(again.dist, keep)).toEqual(first);
  });

  it('write byte-identical HTML pages', async () => {
    const keep = (name: string) => name.endsWith('.html');
    const first = await digests(seedSite.dist, keep);
    expect(first.length).toBeGreaterThan(8);
    expect(await digests(again.dist, keep)).toEqual(first);
  });

  it('write the same site as a whole: assets and the Pagefind index included', async () => {
    expect(await digests(again.dist)).toEqual(await digests(seedSite.dist));
  });
});

describe('the pipeline and the assembly', () => {
  it('give the same record and dossier when run twice in one process', async () => {
    const names = (await readdir(path.join(repoRoot, 'seeds'))).filter((name) => name.endsWith('.txt')).sort();
    const once = async () => {
      const records = [];
      for (const fileName of names) records.push(processSource({ fileName, bytes: await readFile(path.join(repoRoot, 'seeds', fileName)) }));
      return { records, dossier: assemble(records) };
    };
    const first = await once();
    const second = await once();
    expect(JSON.stringify(second.records)).toBe(JSON.stringify(first.records));
    expect(JSON.stringify(second.dossier)).toBe(JSON.stringify(first.dossier));
    // A record read back from the build cache (JSON) assembles to the same dossier as a fresh one.
    const revived = first.records.map((record) => JSON.parse(JSON.stringify(record)) as typeof record);
    expect(JSON.stringify(assemble(revived))).toBe(JSON.stringify(first.dossier));
  });
});
