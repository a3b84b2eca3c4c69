// `npm run build`: seeds/ → content/ (MDX) → dist/ (Astro) → Pagefind index → dist/dossier.json.
// content/ and dist/ are replaced only when every step succeeded.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { z } from 'zod';
import { CasefileError } from '../src/errors.ts';
import { dossier as dossierSchema } from '../src/schemas/dossier.ts';
import { ingest, isAlive, recoverSwap, root, swapInto, writeContent } from './lib/ingest.ts';
import { assertLinks } from './lib/links.ts';
import { formatWarnings, printWarnings, progress, stage, type Timings } from './lib/report.ts';

export interface BuildOptions {
  seedsDir?: string;
  contentDir?: string;
  distDir?: string;
}

export async function build(options: BuildOptions = {}) {
  const seedsDir = path.resolve(options.seedsDir ?? process.env.DOSSIER_SEEDS ?? path.join(root, 'seeds'));
  const contentDir = path.resolve(options.contentDir ?? path.join(root, 'content'));
  const distDir = path.resolve(options.distDir ?? path.join(root, 'dist'));
  const staging = path.join(root, '.cache', 'staging');
  const stagedContent = path.join(staging, 'content');
  const stagedDist = path.join(staging, 'dist');
  const stagedExport = path.join(staging, 'export');
  const timings: Timings = {};
  const release = await acquireLock(path.join(root, '.cache', 'build.lock'));
  try {
    await recoverSwap(contentDir);
    await recoverSwap(distDir);
    await rm(staging, { recursive: true, force: true });
    // Ingest, content and export run in a function of their own, so that the model (hundreds of MB at
    // a thousand sources) can be collected before Astro starts: the two never need memory at once.
    const result = await prepare(seedsDir, stagedContent, stagedExport, timings);
    if (result.pages > 200) process.stderr.write(`casefile astro      rendering ${result.pages.toLocaleString('en')} pages and indexing them for search…\n`);
    await stage('astro', timings, async () => {
      // The pages are read as MDX modules from the staging copy (the `@content` alias of astro.config.mjs).
      process.env.CASEFILE_CONTENT_DIR = stagedContent;
      await astroBuild({ root, outDir: stagedDist, logLevel: 'warn', mode: 'production' });
    }, () => 'site built and indexed');
    // Astro empties its output folder when it starts: the export is written beside it and moved in.
    for (const name of await readdir(stagedExport)) await rename(path.join(stagedExport, name), path.join(stagedDist, name));
    await stage('links', timings, () => assertLinks(stagedDist), (report) => `${report.pages} pages, ${report.links} internal links, all resolve`);
    await swapInto(stagedContent, contentDir);
    await swapInto(stagedDist, distDir);
    const listFile = path.join(contentDir, 'warnings.txt');
    const shown = path.relative(process.cwd(), listFile);
    printWarnings(result.warnings, shown.startsWith('..') ? listFile : shown);
    const total = Object.values(timings).reduce((sum, ms) => sum + ms, 0);
    process.stderr.write(`\ncasefile built ${path.relative(process.cwd(), distDir) || distDir} in ${total} ms\n`);
    return { ...result, timings };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await release();
  }
}

/** seeds/ → the model → content/ MDX and the export (dossier.json and its schema), in staging folders. */
async function prepare(seedsDir: string, stagedContent: string, stagedExport: string, timings: Timings) {
  const result = await stage('ingest', timings, () => ingest({ seedsDir, cacheDir: path.join(root, '.cache', 'sources'), onProgress: progress('ingest') }), (r) =>
    `${r.dossier.sources.length} sources (${r.processed} processed, ${r.cached} cached, ${r.skipped.length} skipped), ${r.dossier.statements.length} statements, ${r.dossier.speakers.length} speakers`,
  );
  const written = await stage('content', timings, () => writeContent(result.dossier, stagedContent), (count) => `${count.pages} pages, ${count.files} files`);
  // Every warning of the build, for a case too large to read them all on the terminal.
  await writeFile(path.join(stagedContent, 'warnings.txt'), result.warnings.length > 0 ? `${formatWarnings(result.warnings).join('\n')}\n` : '');
  await stage('export', timings, async () => {
    await mkdir(stagedExport, { recursive: true });
    await writeFile(path.join(stagedExport, 'dossier.json'), `${JSON.stringify(dossierSchema.parse(result.dossier), null, 1)}\n`);
    await writeFile(path.join(stagedExport, 'dossier.schema.json'), `${JSON.stringify(z.toJSONSchema(dossierSchema, { io: 'output' }), null, 1)}\n`);
  }, () => 'dossier.json, dossier.schema.json');
  const { dossier, ...rest } = result;
  return { ...rest, sources: dossier.sources.length, statements: dossier.statements.length, pages: written.pages };
}

/** One build at a time per checkout: they share the staging folder and Astro's cache. */
async function acquireLock(lockFile: string): Promise<() => Promise<void>> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  let told = false;
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(lockFile, 'utf8').catch(() => '0'));
      if (!holder || !isAlive(holder)) {
        await rm(lockFile, { force: true });
        continue;
      }
      if (!told) process.stderr.write(`casefile waiting for another build (process ${holder}) to finish…\n`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

/** `--seeds DIR`, `--content DIR`, `--out DIR` on the command line. */
function optionsFromArgs(args: string[]): BuildOptions {
  const value = (flag: string) => {
    const index = args.indexOf(flag);
    return index === -1 ? undefined : args[index + 1];
  };
  const options: BuildOptions = {};
  const seedsDir = value('--seeds');
  const contentDir = value('--content');
  const distDir = value('--out');
  if (seedsDir) options.seedsDir = seedsDir;
  if (contentDir) options.contentDir = contentDir;
  if (distDir) options.distDir = distDir;
  return options;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await mkdir(path.join(root, '.cache'), { recursive: true });
  build(optionsFromArgs(process.argv.slice(2))).catch((error: unknown) => {
    if (error instanceof CasefileError) process.stderr.write(`\ncasefile: ${error.toString()}\n`);
    else process.stderr.write(`\ncasefile: the build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
