// Source pages' MDX made in a worker thread while this thread plans and makes the other pages. A
// source's page is made of that source alone (`sourceMdx`), so the worker needs nothing else; at a
// thousand sources their serialisation is about two thirds of a clean build's MDX writing.
import { Worker } from 'node:worker_threads';
import type { Source } from '../../src/schemas/dossier.ts';

export interface SourcePageTask {
  file: string;
  source: Source;
}

/**
 * Below this many source pages to make, they are made in this thread: the worker's start (TypeScript,
 * the MDX serialiser) and the copy of each source cost more than they save.
 */
export const sourcePagesThreshold = 100;

/** A worker that writes each source page it is given; `finish` resolves once every one is on disk. */
export function sourcePagesWorker(): { add: (task: SourcePageTask) => void; finish: () => Promise<void> } {
  const worker = new Worker(new URL('./content-worker.ts', import.meta.url), { execArgv: ['--import', import.meta.resolve('tsx')] });
  const finished = new Promise<void>((resolve, reject) => {
    worker.on('message', () => resolve());
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`Unexpected exit of the source pages' worker (code ${code}), expected it to write every page it was given`)));
  });
  return {
    add: (task) => worker.postMessage(task),
    async finish() {
      worker.postMessage(null);
      try {
        await finished;
      } finally {
        await worker.terminate();
      }
    },
  };
}
