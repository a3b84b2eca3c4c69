// The ingest's worker pool gives the same dossier as the pipeline run in one thread, byte for byte;
// a source the pipeline rejects is skipped with the same warning in both; a bug in a worker fails loudly.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../scripts/lib/corpus.ts';
import { ingest } from '../scripts/lib/ingest.ts';
import { poolSize, poolThreshold, runPool, type PoolResult } from '../scripts/lib/ingest-pool.ts';
import { CasefileError } from '../src/errors.ts';
import { dossier as dossierSchema } from '../src/schemas/dossier.ts';
import type { SourceInput } from '../src/pipeline/index.ts';

let seedsDir: string;

beforeAll(async () => {
  seedsDir = await mkdtemp(path.join(tmpdir(), 'casefile-pool-'));
  for (const file of corpus(24, 5)) await writeFile(path.join(seedsDir, file.name), file.text);
  // A source the pipeline refuses (a NUL byte: not text), in the middle of the list.
  await writeFile(path.join(seedsDir, '010b_broken.txt'), Buffer.from('A headline\n\nSome text\u0000 and a NUL byte.\n'));
});

describe('the ingest worker pool', () => {
  it('gives the same dossier, warnings and skips as the pipeline in this thread', async () => {
    const progress: number[] = [];
    const here = await ingest({ seedsDir, workers: 0 });
    const pooled = await ingest({ seedsDir, workers: 2, onProgress: (done) => progress.push(done) });
    expect(here.dossier.sources.length).toBe(24);
    expect(JSON.stringify(pooled.dossier)).toBe(JSON.stringify(here.dossier));
    expect(pooled.warnings).toEqual(here.warnings);
    expect(pooled.processed).toBe(24);
    expect(progress).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
  }, 120_000);

  it('fills the cache with what the workers wrote, and a rebuild reads it back to the same dossier', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'casefile-pool-cache-'));
    const pooled = await ingest({ seedsDir, cacheDir, workers: 2 });
    const again = await ingest({ seedsDir, cacheDir, workers: 2 });
    expect(pooled.processed).toBe(24);
    // The broken source keeps the assembly out of the cache, so every record is read back one by one.
    expect(again).toMatchObject({ processed: 0, cached: 24, skipped: ['010b_broken.txt'] });
    expect(JSON.stringify(again.dossier)).toBe(JSON.stringify(pooled.dossier));
  }, 120_000);

  it('keeps the assembly as dist/dossier.json has it: the dossier parsed by its schema, one space of indent', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'casefile-export-'));
    for (const file of corpus(4, 7)) await writeFile(path.join(folder, file.name), file.text);
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'casefile-export-cache-'));
    const first = await ingest({ seedsDir: folder, cacheDir, workers: 0 });
    const again = await ingest({ seedsDir: folder, cacheDir, workers: 0 });
    expect(first.exported).toBeDefined();
    expect(again).toMatchObject({ processed: 0, exported: first.exported });
    const kept = await readFile(first.exported!, 'utf8');
    expect(kept).toBe(`${JSON.stringify(dossierSchema.parse(first.dossier), null, 1)}\n`);
    expect(JSON.stringify(again.dossier)).toBe(JSON.stringify(first.dossier));
  }, 120_000);

  it('turns a CasefileError in a worker into a skip and a warning naming the file and line', async () => {
    const pooled = await ingest({ seedsDir, workers: 2 });
    expect(pooled.skipped).toEqual(['010b_broken.txt']);
    const warning = pooled.warnings.find((candidate) => candidate.ruleId === 'binary-file');
    expect(warning).toMatchObject({ file: '010b_broken.txt', line: 3 });
    expect(warning?.message).toMatch(/^Unexpected NUL byte, expected text.*The file was skipped\.$/);
  }, 120_000);

  it('brings a CasefileError out of a worker with its code, file, line and message', async () => {
    // The workers take their first sources before this thread has loaded the pipeline: index 0 is a worker's.
    const broken = { fileName: '010b_broken.txt', bytes: await readFile(path.join(seedsDir, '010b_broken.txt')) };
    const results: PoolResult[] = [];
    await runPool([broken], 1, (index, result) => {
      results[index] = result;
    });
    expect(results[0]).toBeInstanceOf(CasefileError);
    expect(results[0]).toMatchObject({ code: 'binary-file', file: '010b_broken.txt', line: 3, message: expect.stringMatching(/^Unexpected NUL byte/) });
  }, 60_000);

  it('fails with the original error when a worker meets anything but a CasefileError', async () => {
    // Not bytes at all: the pipeline's decoder throws a TypeError, a bug rather than a bad source. Both
    // inputs are in the workers' queues before this thread takes any.
    const inputs = [{ fileName: 'a.txt', bytes: 42 }, { fileName: 'b.txt', bytes: 43 }] as unknown as SourceInput[];
    const failure = await runPool(inputs, 2, () => {}).then(() => null, (error: unknown) => error as Error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure?.name).toBe('TypeError');
    expect(failure?.stack).toMatch(/decode\.ts/);
  }, 60_000);

  it('rejects with the error of a result that could not be kept (a full disk, say), and stops', async () => {
    const names = (await readdir(seedsDir)).filter((name) => !name.includes('broken')).sort().slice(0, 3);
    const inputs = await Promise.all(names.map(async (fileName) => ({ fileName, bytes: await readFile(path.join(seedsDir, fileName)) })));
    const failure = await runPool(inputs, 2, () => {
      throw new Error('ENOSPC: no space left on device');
    }).then(() => null, (error: unknown) => error as Error);
    expect(failure?.message).toBe('ENOSPC: no space left on device');
  }, 60_000);

  it('starts no workers for a handful of sources, and never more than there are sources', () => {
    expect(poolSize(3)).toBe(0);
    expect(poolSize(poolThreshold - 1)).toBe(0);
    // This thread is one of the pool: one worker per other core.
    expect(poolSize(poolThreshold)).toBe(Math.min(poolThreshold, availableParallelism() - 1));
    expect(poolSize(1, 4)).toBe(1);
    expect(poolSize(10, 0)).toBe(0);
  });
});
