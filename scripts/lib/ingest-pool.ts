// The per-source pipeline on every core: a few worker threads, each importing the pipeline once and
// taking the next source as soon as it is done with one. Results come back by index, so the caller
// puts them in file order and nothing downstream depends on which worker was quicker.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CasefileError } from '../../src/errors.ts';
import type { SourceInput } from '../../src/pipeline/index.ts';
import type { SourceRecord } from '../../src/pipeline/types.ts';

export interface PoolTask {
  index: number;
  input: SourceInput;
}

/**
 * A record as JSON, or the fields of the CasefileError that skipped the source (an error object loses
 * its class on the way). JSON because the cache stores that text anyway: the worker writes it, and the
 * main thread only parses it, where a cloned object would cost it a deserialisation and a stringify.
 */
export type PoolReply =
  | { index: number; json: string; failure?: undefined }
  | { index: number; json?: undefined; failure: { code: string; message: string; file: string | undefined; line: number | undefined } };

/** A source's outcome: its record (with its JSON when a worker made it), or the CasefileError that skips it. */
export type PoolResult = { record: SourceRecord; json?: string } | CasefileError;

/**
 * Below this many sources the pipeline runs in the main thread. Each worker loads TypeScript, the
 * pipeline and the language model (about half a second) and warms up its own compiled code (about one
 * second over its first fifty sources); on two busy cores the pool broke even at some 200 sources
 * (N = 100: 2.6 s pooled against 2.2 s in one thread; N = 200: 3.6 s both; N = 1,000: 8.8 s against 11.2 s).
 */
export const poolThreshold = 200;

/** How many workers `runPool` would start for `pending` sources: one per core, none for a handful. */
export function poolSize(pending: number, requested?: number): number {
  const size = requested ?? (pending < poolThreshold ? 0 : availableParallelism());
  return Math.max(0, Math.min(size, pending));
}

/**
 * Run `inputs` through `size` workers; `onResult` gets each record or CasefileError with its index,
 * in the order they finish. Any other error in a worker stops the pool and rejects with that error.
 */
export async function runPool(
  inputs: SourceInput[],
  size: number,
  onResult: (index: number, result: PoolResult) => void | Promise<void>,
): Promise<void> {
  const workers = Array.from({ length: Math.max(1, Math.min(size, inputs.length)) }, startWorker);
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= inputs.length) return resolve();
              const index = next++;
              worker.postMessage({ index, input: inputs[index] as SourceInput } satisfies PoolTask);
            };
            // Through a promise, so that a throw in `onResult` rejects the pool rather than escaping the event.
            worker.on('message', (reply: PoolReply) => {
              Promise.resolve(reply).then((settled) => onResult(settled.index, resultOf(settled))).then(send, reject);
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`Unexpected exit of an ingest worker (code ${code}), expected it to run until every source was done`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function resultOf({ failure, json }: PoolReply): PoolResult {
  if (failure) return new CasefileError(failure.code, failure.message, failure.file, failure.line);
  return { record: JSON.parse(json) as SourceRecord, json };
}

/**
 * The worker runs TypeScript: tsx's loader is registered in it, resolved from here so any working folder
 * will do. Its young generation is held to 24 MB: left to V8's default on a large machine, each worker
 * kept some 75 MB more resident for no measurable speed (N = 1,000: 0.43–0.48 GB against 0.61–0.63 GB
 * for the pool's process, 7.9–8.4 s against 7.8–8.0 s). Only the young generation: it cannot run out.
 */
function startWorker(): Worker {
  return new Worker(new URL('./ingest-worker.ts', import.meta.url), {
    execArgv: ['--import', import.meta.resolve('tsx')],
    resourceLimits: { maxYoungGenerationSizeMb: 24 },
  });
}
