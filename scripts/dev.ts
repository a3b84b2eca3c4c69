// `npm run dev`: writes content/ from seeds/, serves the dossier with live reload, and re-runs the
// ingest whenever a file in seeds/ changes (corrections.yaml included). Only here the site has a
// /review/ page, the review queue. (Search needs a full build: `npm start`.)
import { watch } from 'node:fs';
import path from 'node:path';
import { dev } from 'astro';
import { CasefileError } from '../src/errors.ts';
import { reviewQueue } from '../src/review/queue.ts';
import { ingest, root, swapInto, writeContent } from './lib/ingest.ts';
import { printWarnings } from './lib/report.ts';

const seedsDir = path.resolve(process.env.DOSSIER_SEEDS ?? path.join(root, 'seeds'));
const contentDir = path.join(root, 'content');
const staging = path.join(root, '.cache', 'dev-content');

async function refresh(): Promise<void> {
  const started = performance.now();
  try {
    const result = await ingest({ seedsDir, cacheDir: path.join(root, '.cache', 'sources') });
    const review = reviewQueue(result.dossier);
    await writeContent(result.dossier, staging, { review });
    await swapInto(staging, contentDir);
    process.stderr.write(`casefile ingest  ${result.dossier.sources.length} sources (${result.processed} processed)  ${Math.round(performance.now() - started)} ms\n`);
    process.stderr.write(`casefile review  ${review.length} item${review.length === 1 ? '' : 's'} to review on /review/\n`);
    printWarnings(result.warnings);
  } catch (error) {
    if (error instanceof CasefileError) process.stderr.write(`casefile: ${error.toString()}\n`);
    else throw error;
  }
}

await refresh();
process.env.CASEFILE_CONTENT_DIR = contentDir;
await dev({ root });

let timer: NodeJS.Timeout | undefined;
watch(seedsDir, () => {
  clearTimeout(timer);
  timer = setTimeout(() => void refresh(), 200);
});
