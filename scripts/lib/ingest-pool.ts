// The per-source pipeline on every core: this thread and a few worker threads, each importing the
// pipeline once and taking the next source as soon as it is done with one. Results come back by index,
// so the caller puts them in file order and nothing downstream depends on which thread was quicker.
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
 * Below this many sources no worker is started. A worker loads TypeScript, the pipeline and the
 * language model (about half a second) and warms up its own compiled code (about a second over its
 * first fifty sources), taking that from the cores this thread works on. On two cores one worker
 * broke even at about 100 sources (N = 64: 1.83 s against 1.67 s in this thread alone; N = 100: 2.2 s
 * both; N = 200: 3.2 s against 3.45 s; N = 1,000: 10.0–10.5 s against 12.8–13.4 s).
 */
export const poolThreshold = 150;

/** How many workers to start for `pending` sources besides this thread: one per other core, none for a handful. */
export function poolSize(pending: number, requested?: number): number {
  const size = requested ?? (pending < poolThreshold ? 0 : availableParallelism() - 1);
  return Math.max(0, Math.min(size, pending));
}

/**
 * Run `inputs` through this thread and `size` workers; `onResult` gets each record or CasefileError
 * with its index, in the order they finish. Any other error stops the pool and rejects with it.
 */
export async function runPool(inputs: SourceInput[], size: number, onResult: (index: number, result: PoolResult) => void | Promise<void>): Promise<void> {
  let next = 0;
  const take = () => (next < inputs.length ? next++ : -1);
  const workers = Array.from({ length: Math.min(size, inputs.length) }, startWorker);
  try {
    await Promise.all([...workers.map((worker) => feed(worker, inputs, take, onResult)), runHere(inputs, take, onResult)]);
  } finally {
    // After a failure, this thread takes no further source either.
    next = inputs.length;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** This thread's share: one source at a time, letting the workers' replies in between two. */
async function runHere(inputs: SourceInput[], take: () => number, onResult: (index: number, result: PoolResult) => void | Promise<void>): Promise<void> {
  const { processSource } = await import('../../src/pipeline/index.ts');
  for (let index = take(); index !== -1; index = take()) {
    await onResult(index, runOne(processSource, inputs[index] as SourceInput));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** One source in this thread: a CasefileError is the source's result (a skip), anything else a bug. */
function runOne(processSource: (input: SourceInput) => SourceRecord, input: SourceInput): PoolResult {
  try {
    return { record: processSource(input) };
  } catch (error) {
    if (error instanceof CasefileError) return error;
    throw error;
  }
}

/**
 * A worker's share. Two sources are in its queue at a time, so that it does not wait for this thread
 * to finish a source of its own before it gets the next.
 */
function feed(worker: Worker, inputs: SourceInput[], take: () => number, onResult: (index: number, result: PoolResult) => void | Promise<void>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let queued = 0;
    const send = () => {
      const index = take();
      if (index === -1) {
        if (queued === 0) resolve();
        return;
      }
      queued++;
      worker.postMessage({ index, input: inputs[index] as SourceInput } satisfies PoolTask);
    };
    // Through a promise, so that a throw in `onResult` rejects the pool rather than escaping the event.
    worker.on('message', (reply: PoolReply) => {
      Promise.resolve(reply)
        .then((settled) => onResult(settled.index, resultOf(settled)))
        .then(() => {
          // Counted down only once the result is kept: the pool is done when every result is.
          queued--;
          send();
        }, reject);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`Unexpected exit of an ingest worker (code ${code}), expected it to run until every source was done`)));
    send();
    send();
  });
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
