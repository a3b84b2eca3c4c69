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
}

/**
 * Steps kept in `folder` under a key over `code` (the assembly's code digest), the step's name and what it
 * read; `names` names each record as the pipeline made it, by its file (the file's name and its cache key);
 * `fresh` reads nothing kept (`--force`) but still keeps every result for the next build.
 */
export function stepStore(folder: string, code: string, names: ReadonlyMap<string, string>, fresh = false): StepStore {
  const reused: string[] = [];
  const ran: string[] = [];
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
  return { cache: { step, record }, reused, ran };
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
