// The assembly's steps kept between builds (src/assemble/index.ts, `StepCache`): one slot per step and seeds
// folder, the step's result beside the digest of the code and of what the step read. A correction of one
// paragraph's section then redoes the facts, not the timeline, statements or duplicates.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
    const slot = path.join(folder, step);
    if (!fresh) {
      try {
        if (readFileSync(`${slot}.key`, 'utf8') === key) {
          const kept = JSON.parse(readFileSync(`${slot}.json`, 'utf8')) as ReturnType<typeof run>;
          reused.push(step);
          return kept;
        }
      } catch {
        // Not kept yet, or torn: run the step.
      }
    }
    const result = run();
    ran.push(step);
    mkdirSync(folder, { recursive: true });
    // The key goes last, after the result is in place, so that a torn write reads as a miss.
    rmSync(`${slot}.key`, { force: true });
    writeFileSync(`${slot}.json.tmp`, JSON.stringify(result));
    renameSync(`${slot}.json.tmp`, `${slot}.json`);
    writeFileSync(`${slot}.key`, key);
    return result;
  };
  return { cache: { step, record }, reused, ran };
}
