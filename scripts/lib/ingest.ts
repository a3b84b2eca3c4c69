// Reading the seeds folder, running the per-source pipeline (with a cache by content digest) and the
// assembly, and writing content/ as a whole. The only place besides build.ts that touches the disk.
import { createHash } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assemble } from '../../src/assemble/index.ts';
import { CasefileError, errors } from '../../src/errors.ts';
import { contentPlan, type ContentOptions } from '../../src/mdx/index.ts';
import { sourceIdOf } from '../../src/pipeline/ids.ts';
import { processSource, type SourceInput } from '../../src/pipeline/index.ts';
import { caseDates, wantsCaseYear } from '../../src/pipeline/times/resolve.ts';
import type { SourceMeta, SourceRecord } from '../../src/pipeline/types.ts';
import type { Dossier } from '../../src/schemas/dossier.ts';
import { poolSize, runPool, type PoolResult } from './ingest-pool.ts';
import { keptLines, readCorrections } from './corrections.ts';
import { readManifest } from './manifest.ts';
import { stepStore } from './steps.ts';
import type { Warning } from './report.ts';

export const root = path.resolve(import.meta.dirname, '../..');

export interface IngestOptions {
  seedsDir: string;
  cacheDir?: string;
  /** Called after each source, for progress output on long runs. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads for the per-source pipeline besides this thread; 0 runs every source here. By default
   * one per other core, once enough sources lack a cached record to repay a worker's start-up.
   */
  workers?: number;
  /** Read no cached record or assembly (`npm run build -- --force`); they are still written for the next build. */
  fresh?: boolean;
}

export interface IngestResult {
  dossier: Dossier;
  warnings: Warning[];
  /** Sources read from the cache rather than run through the pipeline. */
  cached: number;
  processed: number;
  skipped: string[];
  /** Sources run through the pipeline again with the case's dates (a dateline without a year), not read from the cache. */
  readAgain?: number;
  /** The assembly's steps read back from the last build (scripts/lib/steps.ts), and those that ran. */
  steps?: { reused: string[]; ran: string[]; parts?: string[] };
  /**
   * A file that holds this dossier as the export writes it (`dossier.json`): the assembly cache, written
   * in that form so that the build copies it rather than serialise 60 MB again at a thousand sources.
   */
  exported?: string;
}

/** Every seed file (*.txt, or a saved page *.html / *.htm) in the folder, sorted by name; a missing or empty folder is an error. */
export async function listSeeds(seedsDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(seedsDir);
  } catch {
    throw errors.seedsMissing(seedsDir);
  }
  const seeds = names.filter((name) => /\.(?:txt|html?)$/i.test(name)).sort();
  if (seeds.length === 0) throw errors.noSeeds(seedsDir);
  return seeds;
}

type RemovedFromPage = NonNullable<SourceInput['removed']>;

/** `story.removed.json` beside `story.txt`: what `npm run add` found on the page around the article. */
async function removedBeside(seedsDir: string, fileName: string): Promise<RemovedFromPage | undefined> {
  if (!/\.txt$/i.test(fileName)) return undefined;
  const file = path.join(seedsDir, fileName.replace(/\.txt$/i, '.removed.json'));
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return undefined;
  try {
    const lines = JSON.parse(text) as unknown;
    if (!Array.isArray(lines)) throw new Error('not a list');
    return lines.flatMap((line: { text?: unknown; reason?: unknown; line?: unknown }) =>
      typeof line?.text === 'string' && typeof line.reason === 'string' && Number.isInteger(line.line) && Number(line.line) > 0 ? [{ text: line.text, reason: line.reason, line: Number(line.line) }] : [],
    );
  } catch (error) {
    throw new CasefileError('bad-removed-lines', `Unexpected content in ${file} (${(error as Error).message}), expected the list of removed lines that \`npm run add\` writes: delete the file or add the page again.`, file);
  }
}

export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const seeds = await listSeeds(options.seedsDir);
  const manifest = await readManifest(options.seedsDir, seeds);
  const corrections = await readCorrections(options.seedsDir);
  const keep = keptLines(corrections.corrections);
  const pipelineVersion = await codeDigest();
  const warnings: Warning[] = [...manifest.warnings];
  const records: SourceRecord[] = [];
  const skipped: string[] = [];
  const inputs: Array<{ fileName: string; bytes: Uint8Array; key: string; meta: Partial<SourceMeta> | undefined; keep: number[] | undefined; removed?: RemovedFromPage }> = [];
  const skip = (error: unknown, fileName: string) => {
    if (!(error instanceof CasefileError)) throw error;
    skipped.push(fileName);
    warnings.push({ file: error.file ?? fileName, line: error.line ?? 1, column: 1, ruleId: error.code, message: `${error.message} The file was skipped.` });
  };
  for (const fileName of seeds) {
    const meta = manifest.entries.get(fileName);
    const lines = keep.get(sourceIdOf(fileName));
    try {
      const bytes = await readSeed(path.join(options.seedsDir, fileName), fileName);
      const removed = await removedBeside(options.seedsDir, fileName);
      const key = createHash('sha256').update(pipelineVersion).update(JSON.stringify(meta ?? null)).update(JSON.stringify(lines ?? null)).update(JSON.stringify(removed ?? null)).update(bytes).digest('hex');
      inputs.push({ fileName, bytes, key, meta, keep: lines, ...(removed ? { removed } : {}) });
    } catch (error) {
      skip(error, fileName);
    }
  }
  // Nothing changed since the last build of this folder: the assembly is read back, not redone.
  const assemblyVersion = options.cacheDir ? await codeDigest(assemblyCode) : '';
  const assembly = options.cacheDir && skipped.length === 0 ? assemblyCache(options.cacheDir, options.seedsDir, inputs, corrections.text, assemblyVersion) : null;
  const again = assembly && !options.fresh ? await assembly.read() : null;
  if (again) {
    options.onProgress?.(seeds.length, seeds.length);
    return { dossier: again, warnings: [...warnings, ...again.warnings], cached: inputs.length, processed: 0, skipped, ...(assembly ? { exported: assembly.file } : {}) };
  }
  // The cache first, then every source it lacks through the pipeline: here, and in worker threads when
  // there are enough of them. Results land in their file's slot, so the order never depends on timing.
  const results: Array<SourceRecord | CasefileError | undefined> = [];
  const pending: number[] = [];
  let cached = 0;
  let processed = 0;
  let done = skipped.length;
  for (const [index, { key }] of inputs.entries()) {
    const record = options.cacheDir && !options.fresh ? await readCache(options.cacheDir, key) : null;
    if (!record) {
      pending.push(index);
      continue;
    }
    results[index] = record;
    cached++;
    options.onProgress?.(++done, seeds.length);
  }
  const finish = async (index: number, result: PoolResult) => {
    if (result instanceof CasefileError) results[index] = result;
    else {
      results[index] = result.record;
      processed++;
      if (options.cacheDir) await writeCache(options.cacheDir, inputs[index]?.key ?? '', result.json ?? JSON.stringify(result.record));
    }
    options.onProgress?.(++done, seeds.length);
  };
  const sourceInput = (index: number): SourceInput => {
    const { fileName, bytes, meta, keep: lines, removed } = inputs[index] as (typeof inputs)[number];
    return { fileName, bytes, ...(meta ? { meta } : {}), ...(lines ? { keep: lines } : {}), ...(removed ? { removed } : {}) };
  };
  if (pending.length > 0) {
    await runPool(pending.map(sourceInput), poolSize(pending.length, options.workers), (at, result) => finish(pending[at] as number, result));
  }
  // A dateline without a year, on a page that names none: read again with the dates of the case's other sources.
  const dates = caseDates(results.flatMap((result) => (result && !(result instanceof CasefileError) ? [result.meta] : [])));
  // What made each record: its file and cache key, and the case's dates when it was read again with them.
  const names = new Map<string, string>();
  let readAgain = 0;
  for (const [index, result] of results.entries()) {
    if (!result || result instanceof CasefileError) continue;
    const input = inputs[index] as (typeof inputs)[number];
    const again = dates.length > 0 && wantsCaseYear(result.meta);
    if (again) {
      // Kept like any record, under its key and the case's dates: a rebuild with the same dates reads it back.
      const key = createHash('sha256').update(input.key).update('\0case dates\0').update(JSON.stringify(dates)).digest('hex');
      const kept = options.cacheDir && !options.fresh ? await readCache(options.cacheDir, key) : null;
      if (kept) results[index] = kept;
      else {
        const record = processSource({ ...sourceInput(index), caseDates: dates });
        readAgain++;
        results[index] = record;
        if (options.cacheDir) await writeCache(options.cacheDir, key, JSON.stringify(record));
      }
    }
    names.set(input.fileName, `${input.fileName}\0${input.key}${again ? `\0${JSON.stringify(dates)}` : ''}`);
  }
  for (const [index, result] of results.entries()) {
    if (result instanceof CasefileError) skip(result, inputs[index]?.fileName ?? '');
    else if (result) records.push(result);
  }
  if (records.length === 0) {
    throw new CasefileError('no-usable-seeds', `None of the ${seeds.length} files in ${options.seedsDir} could be read (see the warnings above).`, options.seedsDir);
  }
  // The steps of the assembly whose input is unchanged are read back (scripts/lib/steps.ts).
  const steps = options.cacheDir ? stepStore(`${assemblySlot(options.cacheDir, options.seedsDir)}-steps`, assemblyVersion, names, Boolean(options.fresh)) : null;
  // The records were read for this assembly alone: corrected in place, not copied.
  const dossier = assemble(records, corrections.corrections, { owned: true, ...(steps ? { cache: steps.cache } : {}) });
  const exported = assembly && skipped.length === 0 ? await assembly.write(dossier) : undefined;
  warnings.push(...dossier.warnings);
  return { dossier, warnings, cached, processed, readAgain, skipped, ...(steps ? { steps: { reused: steps.reused, ran: steps.ran, parts: steps.parts } } : {}), ...(exported ? { exported } : {}) };
}

async function readSeed(filePath: string, fileName: string): Promise<Uint8Array> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw errors.unreadable(fileName, 'it is not a regular file');
    return await readFile(filePath);
  } catch (error) {
    if (error instanceof CasefileError) throw error;
    throw errors.unreadable(fileName, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}

/** A digest of the pipeline's own code (folders or single `.ts` files), so that a changed stage invalidates the cache. */
export async function codeDigest(folders = ['src/pipeline', 'src/schemas']): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of folders) {
    if (folder.endsWith('.ts')) {
      hash.update(folder).update(await readFile(path.join(root, folder)));
      continue;
    }
    const entries = (await readdir(path.join(root, folder), { recursive: true })).filter((name) => name.endsWith('.ts')).sort();
    for (const entry of entries) hash.update(entry).update(await readFile(path.join(root, folder, entry)));
  }
  return hash.digest('hex');
}

/** The code the assembly of the sources depends on: its cache's key. */
const assemblyCode = ['src/pipeline', 'src/schemas', 'src/assemble', 'src/corrections', 'src/routes.ts'];

/** Where the assembly of a seeds folder is kept, without extension (`.json`, `.key`). */
export function assemblySlot(cacheDir: string, seedsDir: string): string {
  return path.join(cacheDir, `assembled-${createHash('sha256').update(path.resolve(seedsDir)).digest('hex').slice(0, 16)}`);
}

/**
 * One slot per seeds folder: the assembled dossier, with a key over every source's cache key, its
 * file name, the corrections and the assembly's code. Assembly is the slow, all-sources step; a rebuild skips it.
 * The dossier is kept as the export writes it (`exportText`), so the build copies the file into dist/.
 */
function assemblyCache(cacheDir: string, seedsDir: string, inputs: Array<{ fileName: string; key: string }>, corrections: string, code: string) {
  // 'as exported': the form the file is kept in (a slot written in another form is not read).
  const hash = createHash('sha256').update('as exported\0').update(code).update(corrections).update('\0');
  for (const input of inputs) hash.update(`${input.fileName}\0${input.key}\n`);
  const key = hash.digest('hex');
  const slot = assemblySlot(cacheDir, seedsDir);
  const file = `${slot}.json`;
  return {
    file,
    async read(): Promise<Dossier | null> {
      if ((await readFile(`${slot}.key`, 'utf8').catch(() => null)) !== key) return null;
      return (await readFile(file, 'utf8').then((text) => JSON.parse(text) as Dossier).catch(() => null));
    },
    /** Keep the dossier; the file that holds it. */
    async write(dossier: Dossier): Promise<string> {
      await mkdir(cacheDir, { recursive: true });
      // The key goes last and only after the dossier is in place, so a torn write reads as a miss.
      await rm(`${slot}.key`, { force: true });
      await writeFile(`${file}.tmp`, exportText(dossier));
      await rename(`${file}.tmp`, file);
      await writeFile(`${slot}.key`, key);
      return file;
    },
  };
}

/**
 * dist/dossier.json's text. The dossier is the one `assemble` returns, parsed by its schema already (or
 * that one read back from the assembly cache): parsing it again would give the same object.
 */
export function exportText(dossier: Dossier): string {
  return `${JSON.stringify(dossier, null, 1)}\n`;
}

async function readCache(cacheDir: string, key: string): Promise<SourceRecord | null> {
  try {
    return JSON.parse(await readFile(path.join(cacheDir, `${key}.json`), 'utf8')) as SourceRecord;
  } catch {
    return null;
  }
}

async function writeCache(cacheDir: string, key: string, json: string): Promise<void> {
  const target = path.join(cacheDir, `${key}.json`);
  // The folder is made when a write finds it missing, not asked for before each of a thousand writes.
  await writeFile(`${target}.tmp`, json).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(cacheDir, { recursive: true });
    await writeFile(`${target}.tmp`, json);
  });
  await rename(`${target}.tmp`, target);
}

export interface ContentWritten {
  files: number;
  pages: number;
  /** Files made and written anew; every other one is the previous build's, linked, not rewritten. */
  written: string[];
  /** The digest of what each file was made of (content/files.json), and the same of the previous content/. */
  digests: Record<string, string>;
  previous: Record<string, string>;
}

/** content/files.json: the digest of what each file of the folder was made of. */
const digestsFile = 'files.json';

/**
 * Write the generated files into a fresh folder (the caller swaps it into place). A file whose digest
 * is the one it had in `previous` (the content/ folder of the last build) is neither made nor written:
 * it is hard-linked from there, so its bytes and its time stamp stay what they were.
 */
export async function writeContent(dossier: Dossier, folder: string, options: ContentOptions & { previous?: string } = {}): Promise<ContentWritten> {
  await rm(folder, { recursive: true, force: true });
  const files = contentPlan(dossier, options);
  const before = options.previous ? await readDigests(options.previous) : {};
  const digests: Record<string, string> = {};
  const written: string[] = [];
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(folder, file.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) await mkdir(dir, { recursive: true });
    made.add(dir);
    digests[file.path] = file.digest;
    if (options.previous && before[file.path] === file.digest && (await link(path.join(options.previous, file.path), target).then(() => true, () => false))) continue;
    await writeFile(target, file.make());
    written.push(file.path);
  }
  await writeFile(path.join(folder, digestsFile), `${JSON.stringify(digests, null, 1)}\n`);
  return { files: files.length, pages: files.filter((file) => file.path.endsWith('.mdx')).length, written, digests, previous: before };
}

async function readDigests(folder: string): Promise<Record<string, string>> {
  return readFile(path.join(folder, digestsFile), 'utf8').then((text) => JSON.parse(text) as Record<string, string>, () => ({}));
}

/**
 * Undo what a build killed between the two renames of `swapInto` left: `target` gone and the previous
 * output at `target.old-PID`. Put it back, and drop older copies of a dead build. Run under the lock.
 */
export async function recoverSwap(target: string): Promise<void> {
  const folder = path.dirname(target);
  const prefix = `${path.basename(target)}.old-`;
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((candidate) => candidate.startsWith(prefix)).sort()) {
    const pid = Number(name.slice(prefix.length));
    if (pid === process.pid || (pid > 0 && isAlive(pid))) continue;
    const left = path.join(folder, name);
    const missing = await stat(target).then(() => false, () => true);
    if (missing) await rename(left, target);
    else await rm(left, { recursive: true, force: true });
  }
}

/** Is the process that wrote a lock or left a swap half-done still running? */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Replace `target` by `staged` in two renames, so a reader never sees a half-written folder. */
export async function swapInto(staged: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  await mkdir(path.dirname(target), { recursive: true });
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staged, target);
  await rm(old, { recursive: true, force: true });
}

export type { SourceMeta };
