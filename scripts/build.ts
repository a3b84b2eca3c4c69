// `npm run build [-- --force]`: seeds/ → content/ (MDX) → dist/ (Astro) → Pagefind index → dist/dossier.json.
// content/ and dist/ are replaced only when every step succeeded. A rebuild redoes what changed: nothing
// at all when no seed, code or setting did; else only the sources, MDX files and pages that changed
// (scripts/lib/incremental.ts); `--force` ignores every cache.
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { z } from 'zod';
import { CasefileError } from '../src/errors.ts';
import { indexSite } from '../src/integrations/pagefind.ts';
import { dossier as dossierSchema } from '../src/schemas/dossier.ts';
import { ingest, isAlive, recoverSwap, root, swapInto, writeContent } from './lib/ingest.ts';
import { astroManifest, buildKey, buildState, outputDigest, renderedPages, renderingDigest } from './lib/incremental.ts';
import { assertLinks, pageDigests, type LinkIndex, type LinkReport } from './lib/links.ts';
import { formatWarnings, printWarnings, progress, stage, type Timings } from './lib/report.ts';

export interface BuildOptions {
  seedsDir?: string;
  contentDir?: string;
  distDir?: string;
  /** Ignore every cache (sources, assembly, content, Astro's pages, the link index): a clean build. */
  force?: boolean;
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
    const state = buildState(root, distDir);
    const key = await stage('check', timings, () => buildKey({ seedsDir, contentDir, distDir }), () => 'seeds, code and settings read');
    const before = options.force ? null : await state.read();
    // Nothing changed since the last build of this folder: content/ and dist/ are left as they are.
    if (before?.key === key && (await outputDigest(contentDir, distDir)) === before.output) {
      process.stderr.write(`\ncasefile nothing changed since the last build: ${path.relative(process.cwd(), distDir) || distDir} left as it is (its warnings are in ${path.relative(process.cwd(), path.join(contentDir, 'warnings.txt'))})\n`);
      return { unchanged: true, pages: before.pages, rendered: 0, written: 0, processed: 0, cached: before.sources, sources: before.sources, statements: before.statements, skipped: [], warnings: [], timings, parts: {} };
    }
    await rm(staging, { recursive: true, force: true });
    // Ingest, content and export run in a function of their own, so that the model (hundreds of MB at
    // a thousand sources) can be collected before Astro starts: the two never need memory at once.
    const result = await prepare(seedsDir, stagedContent, stagedExport, timings, options.force ? undefined : contentDir, Boolean(options.force));
    if (result.pages > 200) process.stderr.write(`casefile astro      rendering ${result.pages.toLocaleString('en')} pages…\n`);
    const rendered = await stage('astro', timings, async () => {
      // The pages are read as MDX modules from the staging copy (the `@content` alias of astro.config.mjs).
      process.env.CASEFILE_CONTENT_DIR = stagedContent;
      // Pagefind runs below, beside the link check, rather than in Astro's build-done hook.
      process.env.CASEFILE_PAGEFIND = 'later';
      const manifest = astroManifest(root);
      const previous = await manifest.read();
      await astroBuild({ root, outDir: stagedDist, logLevel: 'warn', mode: 'production', force: Boolean(options.force) });
      const html = (await readdir(stagedDist, { recursive: true })).filter((name) => name.endsWith('.html')).length;
      return renderedPages(options.force ? null : previous, await manifest.read(), html);
    }, (count) => `site built, ${count} pages rendered, the others as the last build left them`);
    // Astro empties its output folder when it starts: the export is written beside it and moved in.
    for (const name of await readdir(stagedExport)) await rename(path.join(stagedExport, name), path.join(stagedDist, name));
    const parts: Timings = {};
    const links = await stage('search', timings, () => searchAndLinks(stagedDist, distDir, options.force ? {} : state.links(), parts), (report) =>
      `${report.changed} of ${report.pages} pages changed; ${report.changed === 0 ? 'search index kept' : 'indexed for search'}, internal links resolve (Pagefind ${parts.pagefind} ms beside the link check ${parts.links} ms)`,
    );
    await swapInto(stagedContent, contentDir);
    await swapInto(stagedDist, distDir);
    await state.write({ key, output: await outputDigest(contentDir, distDir), pages: result.pages, sources: result.sources, statements: result.statements }, links.index);
    const listFile = path.join(contentDir, 'warnings.txt');
    const shown = path.relative(process.cwd(), listFile);
    printWarnings(result.warnings, shown.startsWith('..') ? listFile : shown);
    const total = Object.values(timings).reduce((sum, ms) => sum + ms, 0);
    process.stderr.write(`\ncasefile built ${path.relative(process.cwd(), distDir) || distDir} in ${total} ms\n`);
    return { ...result, unchanged: false, rendered, timings, parts };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await release();
  }
}

/**
 * Pagefind and the link check, side by side (Pagefind is a process of its own). When no page's HTML
 * changed since the last build, neither is redone: the search index is the one `distDir` has.
 */
async function searchAndLinks(site: string, distDir: string, previous: Promise<LinkIndex> | LinkIndex, parts: Timings): Promise<LinkReport> {
  const known = await previous;
  const timed = async <T>(name: string, run: () => Promise<T>) => {
    const started = performance.now();
    const result = await run();
    parts[name] = Math.round(performance.now() - started);
    return result;
  };
  const digests = await pageDigests(site);
  const same = Object.keys(known).length === digests.size && [...digests].every(([page, digest]) => known[page]?.digest === digest);
  if (same && (await cp(path.join(distDir, 'pagefind'), path.join(site, 'pagefind'), { recursive: true }).then(() => true, () => false))) {
    parts.pagefind = 0;
    parts.links = 0;
    return { pages: digests.size, links: 0, changed: 0, broken: [], index: known };
  }
  // Both are awaited before either's failure is thrown: Pagefind must not be writing when staging is removed.
  const [indexed, checked] = await Promise.allSettled([timed('pagefind', () => indexSite(site)), timed('links', () => assertLinks(site, known, digests))]);
  if (checked.status === 'rejected') throw checked.reason;
  if (indexed.status === 'rejected') throw indexed.reason;
  return checked.value;
}

/** seeds/ → the model → content/ MDX and the export (dossier.json and its schema), in staging folders. */
async function prepare(seedsDir: string, stagedContent: string, stagedExport: string, timings: Timings, previousContent: string | undefined, fresh: boolean) {
  const result = await stage('ingest', timings, () => ingest({ seedsDir, cacheDir: path.join(root, '.cache', 'sources'), onProgress: progress('ingest'), fresh }), (r) =>
    `${r.dossier.sources.length} sources (${r.processed} processed, ${r.cached} cached, ${r.skipped.length} skipped), ${r.dossier.statements.length} statements, ${r.dossier.speakers.length} speakers`,
  );
  const salt = await renderingDigest(root);
  const written = await stage('content', timings, () => writeContent(result.dossier, stagedContent, { salt, ...(previousContent ? { previous: previousContent } : {}) }), (count) =>
    `${count.pages} pages, ${count.files} files, ${count.written.length} written anew`,
  );
  // Every warning of the build, for a case too large to read them all on the terminal.
  await writeFile(path.join(stagedContent, 'warnings.txt'), result.warnings.length > 0 ? `${formatWarnings(result.warnings).join('\n')}\n` : '');
  await stage('export', timings, async () => {
    await mkdir(stagedExport, { recursive: true });
    await writeFile(path.join(stagedExport, 'dossier.json'), `${JSON.stringify(dossierSchema.parse(result.dossier), null, 1)}\n`);
    await writeFile(path.join(stagedExport, 'dossier.schema.json'), `${JSON.stringify(z.toJSONSchema(dossierSchema, { io: 'output' }), null, 1)}\n`);
  }, () => 'dossier.json, dossier.schema.json');
  const { dossier, ...rest } = result;
  return { ...rest, sources: dossier.sources.length, statements: dossier.statements.length, pages: written.pages, written: written.written.length };
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
  const options: BuildOptions = args.includes('--force') ? { force: true } : {};
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
