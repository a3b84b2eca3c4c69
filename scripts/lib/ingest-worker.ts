// One worker thread of the ingest pool: imports the per-source pipeline once and runs it over every
// source the main thread sends, one message in and one out per source.
import { parentPort } from 'node:worker_threads';
import { CasefileError } from '../../src/errors.ts';
import { processSource } from '../../src/pipeline/index.ts';
import type { PoolReply, PoolTask } from './ingest-pool.ts';

if (!parentPort) throw new Error('Unexpected start outside a worker thread, expected `new Worker(…)` from scripts/lib/ingest-pool.ts');
const port = parentPort;

port.on('message', (task: PoolTask) => {
  let reply: PoolReply;
  try {
    reply = { index: task.index, json: JSON.stringify(processSource(task.input)) };
  } catch (error) {
    // Anything but a CasefileError is a bug: thrown out of the worker, it fails the build with its own stack.
    if (!(error instanceof CasefileError)) throw error;
    reply = { index: task.index, failure: { code: error.code, message: error.message, file: error.file, line: error.line } };
  }
  port.postMessage(reply);
});
