// The worker of scripts/lib/content-pool.ts: writes the MDX of every source page it is sent; `null`
// ends the list, and it answers then. Its writes are synchronous: this thread has nothing else to do,
// and a thousand writes queued at once on the process's shared I/O threads held up the main thread's.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { sourceMdx } from '../../src/mdx/index.ts';
import type { SourcePageTask } from './content-pool.ts';

if (!parentPort) throw new Error('Unexpected start outside a worker thread, expected `new Worker(…)` from scripts/lib/content-pool.ts');
const port = parentPort;
const folders = new Set<string>();

port.on('message', (task: SourcePageTask | null) => {
  if (task === null) {
    port.postMessage('done');
    return;
  }
  const folder = path.dirname(task.file);
  if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
  folders.add(folder);
  writeFileSync(task.file, sourceMdx(task.source));
});
