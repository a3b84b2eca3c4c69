// The assembly's steps kept between builds (src/assemble/index.ts, `StepCache`): one slot per step and seeds
// folder, the step's result beside the digest of the code and of what the step read. A correction of one
// paragraph's section then redoes the facts, not the timeline, statements or duplicates.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StepCache } from '../../src/assemble/index.ts';
import type { SourceRecord } from '../../src/pipeline/types.ts';

export interface StepStore {
  cache: StepCache;
  /** The steps whose kept result was used, and those that ran. */
  reused: string[];
  ran: string[];
  /** The parts kept per record (`each`), as "name: kept of all". */
  parts: string[];
}

/**
 * Steps kept in `folder` under a key over `code` (the assembly's code digest), the step's name and what it
 * read; `names` names each record as the pipeline made it, by its file (the file's name and its cache key);
 * `fresh` reads nothing kept (`--force`) but still keeps every result for the next build.
 */
export function stepStore(folder: string, code: string, names: ReadonlyMap<string, string>, fresh = false): StepStore {
  const reused: string[] = [];
  const ran: string[] = [];
  const parts: string[] = [];
  // A record the caller did not name is named by all it holds.
  const record = (found: SourceRecord) => names.get(found.file) ?? createHash('sha256').update(JSON.stringify(found)).digest('hex');
  const step: StepCache['step'] = (step, reads, run) => {
    const hash = createHash('sha256').update(code).update('\0').update(step).update('\0');
    // Item by item, so that no string of the whole input is made at a thousand sources.
    const read = reads();
    for (const item of read) hash.update(JSON.stringify(item) ?? 'undefined').update('\n');
    const key = hash.digest('hex');
    // One file a step: the key on its first line, the result after it, written whole and renamed into place,
    // so that a reader never pairs one build's key with another's result.
    const file = path.join(folder, `${step}.json`);
    if (!fresh) {
      const kept = readKept(file, key);
      try {
        if (kept !== null) {
          const result = JSON.parse(kept) as ReturnType<typeof run>;
          reused.push(step);
          return result;
        }
      } catch {
        // Damaged: run the step.
      }
    }
    const result = run();
    ran.push(step);
    mkdirSync(folder, { recursive: true });
    const staged = `${file}.${process.pid}.tmp`;
    writeFileSync(staged, `${key}\n${JSON.stringify(result)}`);
    renameSync(staged, file);
    return result;
  };
  const each: NonNullable<StepCache['each']> = (step, records, reads, run) => {
    // One file for the step: every record's result under the digest of the code and what it read of the record.
    const file = path.join(folder, `${step}.json`);
    const prefix = createHash('sha256').update(code).update('\0').update(step).update('\0').digest('hex');
    let kept: Record<string, unknown> = {};
    if (!fresh) {
      try {
        kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      } catch {
        // None yet, or damaged: every record runs.
      }
    }
    const now: Record<string, unknown> = {};
    let runs = 0;
    const results = records.map((found) => {
      const key = createHash('sha256').update(prefix).update(JSON.stringify(reads(found)) ?? 'undefined').digest('hex');
      if (Object.hasOwn(kept, key)) return (now[key] = kept[key]) as ReturnType<typeof run>;
      runs++;
      return (now[key] = run(found));
    });
    parts.push(`${step}: ${records.length - runs} of ${records.length} kept`);
    if (runs > 0 || Object.keys(kept).length !== Object.keys(now).length) {
      mkdirSync(folder, { recursive: true });
      const staged = `${file}.${process.pid}.tmp`;
      writeFileSync(staged, JSON.stringify(now));
      renameSync(staged, file);
    }
    return results;
  };
  return { cache: { step, record, each }, reused, ran, parts };
}

/** The result kept in `file` when its key is `key` (read first, alone); null otherwise, or when there is none. */
function readKept(file: string, key: string): string | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(key.length + 1);
    if (readSync(fd, head, 0, head.length, 0) !== head.length || head.toString('latin1') !== `${key}\n`) return null;
  } finally {
    closeSync(fd);
  }
  return readFileSync(file, 'utf8').slice(key.length + 1);
}
