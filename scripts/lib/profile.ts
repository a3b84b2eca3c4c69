// Where a cold ingest spends its time: V8's sampling profiler over the per-source pipeline and the
// assembly, self time summed per file of src/ (one file is one stage or step) and per package.
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { ingest, root } from './ingest.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** `src/pipeline/quotes/registry.ts`, `node_modules/chrono-node`, or V8's own `(garbage collector)`. */
function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(built-ins)';
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const packages = file.lastIndexOf('/node_modules/');
  if (packages !== -1) {
    const [scope = '', name = ''] = file.slice(packages + '/node_modules/'.length).split('/');
    return `node_modules/${scope.startsWith('@') ? `${scope}/${name}` : scope}`;
  }
  return path.isAbsolute(file) ? path.relative(root, file) : file;
}

export async function profileIngest(seedsDir: string, top = 15) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const started = performance.now();
  // In this thread: the profiler sees only the thread it runs in, not the ingest's worker pool.
  const result = await ingest({ seedsDir, workers: 0 });
  const ms = performance.now() - started;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of nodes.values()) for (const child of node.children ?? []) parents.set(child, node.id);
  // A built-in (RegExp, JSON, String…) has no file: its time goes to the code that called it.
  const caller = (node: ProfileNode): ProfileNode => {
    let current = node;
    while (!current.callFrame.url && !current.callFrame.functionName.startsWith('(')) {
      const parent = nodes.get(parents.get(current.id) ?? -1);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const samples = profile.samples ?? [];
  const self = new Map<string, number>();
  for (const id of samples) {
    const found = nodes.get(id);
    if (!found) continue;
    const node = caller(found);
    const place = placeOf(node.callFrame.url, node.callFrame.functionName);
    self.set(place, (self.get(place) ?? 0) + 1);
  }
  const perSample = ms / Math.max(1, samples.length);
  const places = [...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([place, count]) => [place, Math.round(count * perSample)] as const);
  return { ingestMs: Math.round(ms), sources: result.dossier.sources.length, places };
}
