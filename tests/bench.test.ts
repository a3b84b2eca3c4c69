// The benchmark's smoke run (N = 100, as the issue asks of CI; not timed as pass/fail) and the corpus generator's promises:
// the same seed gives the same texts, and the texts carry what the issue asks of them.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/corpus.ts';
import { corpus } from '../scripts/lib/corpus.ts';
import { ingest } from '../scripts/lib/ingest.ts';
import { runScript } from './helpers/build.ts';

describe('the corpus generator', () => {
  it('is deterministic for a seed, and a larger corpus starts with the smaller one', () => {
    expect(corpus(5, 7)).toEqual(corpus(5, 7));
    expect(corpus(8, 7).slice(0, 5)).toEqual(corpus(5, 7));
    expect(corpus(5, 8).map((file) => file.text)).not.toEqual(corpus(5, 7).map((file) => file.text));
  });

  it('writes sources of 2 to 12 KB with junk, quotes, attributions and dates', () => {
    const files = corpus(200, 3);
    for (const file of files) {
      expect(file.text.length).toBeGreaterThanOrEqual(2000);
      expect(file.text.length).toBeLessThan(13_000);
    }
    const all = files.map((file) => file.text).join('\n');
    expect(all).toMatch(/^Advertisement$/m);
    expect(all).toMatch(/#\w+ #\w+/);
    expect(all).toMatch(/“[^”]+,” said [A-Z]\w+ [A-Z][\w-]+, (a|an|the) /);
    expect(all).toMatch(/according to the /);
    expect(all).toMatch(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
    expect(all).toMatch(/\b(January|February|March|April) \d{1,2}, 2026\b/);
    expect(new Set(files.map((file) => file.name)).size).toBe(files.length);
  });
});

describe('npm run bench', () => {
  it('prints one JSON line with every figure, the ratio to the baseline and a profile at N = 100, no page over 200 KB', async () => {
    const run = await runScript('scripts/bench.ts', ['--sources', '100', '--profile']);
    expect(run.code, run.stderr.slice(-3000)).toBe(0);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
    for (const key of ['ingestMs', 'astroMs', 'pagefindMs', 'pipelineMedianMs', 'totalMs', 'peakRssMb', 'pages', 'htmlMedianGzip', 'htmlP95Gzip', 'pagefindBytes', 'firstQueryBytes', 'baselineTotalMs']) {
      expect(typeof result[key], key).toBe('number');
      expect(result[key] as number, key).toBeGreaterThan(0);
    }
    // --profile: where a cold ingest spends its time, by file of src/ and by package, largest first.
    const places = result.ingestProfile as Array<[string, number]>;
    expect(places.length).toBeGreaterThan(3);
    expect(places.some(([place]) => place.startsWith('src/pipeline/'))).toBe(true);
    expect(places.map(([, ms]) => ms)).toEqual([...places.map(([, ms]) => ms)].sort((a, b) => b - a));
    expect(typeof result.ratio).toBe('number');
    expect(Number.isFinite(result.ratio)).toBe(true);
    expect(result.sources).toBe(100);
    // At N = 100 the sections no longer fit one page each: they are split, and no page exceeds the bound.
    expect(result.pages as number).toBeGreaterThan(100 + 20);
    expect(result.oversized).toEqual([]);
    expect(result.rebuildProcessed).toBe(0);
    // The loop: nothing changed renders nothing; one source added or one correction renders some pages, not all.
    expect(result.rebuildRendered).toBe(0);
    for (const key of ['rebuildTotalMs', 'rebuildOneSourceMs', 'rebuildCorrectionMs']) expect(result[key] as number, key).toBeGreaterThan(0);
    for (const key of ['rebuildOneSourceRendered', 'rebuildCorrectionRendered']) {
      expect(result[key] as number, key).toBeGreaterThan(0);
      expect(result[key] as number, key).toBeLessThan(result.pages as number);
    }
    expect(run.stderr).toMatch(/ratio casefile \/ baseline\s+[\d.]+×/);
  }, 600_000);
});

describe('a rebuild with no source changed', () => {
  it('re-ingests nothing and reads the assembly back, the same dossier', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'casefile-rebuild-'));
    const seedsDir = path.join(folder, 'seeds');
    const cacheDir = path.join(folder, 'cache');
    await writeCorpus(seedsDir, 4, 11);
    const first = await ingest({ seedsDir, cacheDir });
    const second = await ingest({ seedsDir, cacheDir });
    expect(first.processed).toBe(4);
    expect(second.processed).toBe(0);
    expect(second.cached).toBe(4);
    expect(second.dossier).toEqual(first.dossier);
    // One changed source is processed again, and only that one.
    await writeFile(path.join(seedsDir, (await readdir(seedsDir)).sort()[0] as string), 'A changed headline\n\nA short paragraph that was not there before, said a spokesperson.\n');
    const third = await ingest({ seedsDir, cacheDir });
    expect(third.processed).toBe(1);
    expect(third.cached).toBe(3);
    await rm(folder, { recursive: true, force: true });
  }, 60_000);
});
