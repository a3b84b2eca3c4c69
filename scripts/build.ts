// `npm run build [-- --force]`: seeds/ → content/ (MDX) → dist/ (Astro) → Pagefind index → dist/dossier.json.
// content/ and dist/ are replaced only when every step succeeded. A rebuild redoes what changed: nothing
// at all when no seed, code or setting did; else only the sources, MDX files and pages that changed
// (scripts/lib/incremental.ts); `--force` ignores every cache.
import { copyFile, cp, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build as astroBuild } from 'astro';
import { z } from 'zod';
import { CasefileError } from '../src/errors.ts';
import { indexSite } from '../src/integrations/pagefind.ts';
import { dossier as dossierSchema } from '../src/schemas/dossier.ts';
import { exportText, ingest, isAlive, recoverSwap, root, swapInto, writeContent } from './lib/ingest.ts';
import { buildKey, buildState, builtFile, changedFiles, outputDigest, renderingDigest, siteKey, type BuildRecord } from './lib/incremental.ts';
import { assertLinks, readPages, type LinkIndex, type LinkReport } from './lib/links.ts';
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
    const site = await siteKey({ seedsDir, contentDir, distDir });
    const key = await stage('check', timings, () => buildKey(site, seedsDir), () => 'seeds, code and settings read');
    const before = options.force ? null : await state.read();
    // content/ and dist/ as the last build left them: a rebuild may keep what they hold.
    const last = before && (await outputDigest(contentDir, distDir)) === before.output ? before : null;
    // Nothing changed since the last build of this folder: content/ and dist/ are left as they are.
    if (last?.key === key) {
      process.stderr.write(`\ncasefile nothing changed since the last build: ${path.relative(process.cwd(), distDir) || distDir} left as it is (its warnings are in ${path.relative(process.cwd(), path.join(contentDir, 'warnings.txt'))})\n`);
      return { unchanged: true, pages: last.pages, rendered: 0, written: 0, processed: 0, cached: last.sources, sources: last.sources, statements: last.statements, skipped: [], warnings: [], timings, parts: {} };
    }
    await rm(staging, { recursive: true, force: true });
    // What Astro's incremental build (no longer used) kept: a copy of every page.
    await rm(path.join(root, '.cache', 'astro', 'dist'), { recursive: true, force: true });
    await rm(path.join(root, '.cache', 'astro', 'incremental-build.json'), { force: true });
    // Ingest, content and export run in a function of their own, so that the model (hundreds of MB at
    // a thousand sources) can be collected before Astro starts: the two never need memory at once.
    const result = await prepare(seedsDir, stagedContent, stagedExport, timings, options.force ? undefined : contentDir, Boolean(options.force));
    collectGarbage();
    // With the same code and settings, a page made of the same digest renders to the same HTML: only
    // the pages whose digest changed go through Astro, the others are taken from the last build's dist/.
    const plan = reusable(last, site) ? changedFiles(result.previous, result.digests) : null;
    const renderCount = plan ? plan.changed.filter((file) => file.endsWith('.mdx')).length : result.pages;
    if (renderCount > 200) process.stderr.write(`casefile astro      rendering ${renderCount.toLocaleString('en')} pages…\n`);
    const rendered = await stage('astro', timings, async () => {
      // The pages are read as MDX modules from the staging copy, or from a view of it that holds only the changed pages.
      process.env.CASEFILE_CONTENT_DIR = plan ? await renderView(stagedContent, path.join(staging, 'render'), plan.changed, plan.kept) : stagedContent;
      // Pagefind runs below, beside the link check, rather than in Astro's build-done hook.
      process.env.CASEFILE_PAGEFIND = 'later';
      // Astro's sync writes the types of content collections (.astro/), which the dossier has none of, and
      // sets up a Vite server of its own for it: 0.1–2 s of every build (more when the folder Astro reads
      // moved since the last build, which sets off Vite's dependency optimiser), and nothing in dist/
      // (the same bytes with and without it). `sync` is an option of Astro's builder its types do not list.
      await astroBuild({ root, outDir: stagedDist, logLevel: 'warn', mode: 'production', force: Boolean(options.force) }, { sync: false } as Parameters<typeof astroBuild>[1]);
      const html = (await readdir(stagedDist, { recursive: true })).filter((name) => name.endsWith('.html')).length;
      if (plan) await keepBuilt(distDir, stagedDist, plan.kept);
      return html;
    }, (count) => (plan ? `site built, ${count} pages rendered, the others as the last build left them` : `site built, ${count} pages rendered`));
    // Astro empties its output folder when it starts: the export is written beside it and moved in.
    for (const name of await readdir(stagedExport)) await rename(path.join(stagedExport, name), path.join(stagedDist, name));
    const parts: Timings = {};
    // The last build's search and link indexes hold only while the code that made them is the same.
    const links = await stage('search', timings, () => searchAndLinks(stagedDist, distDir, plan ? state.links() : {}, parts), (report) =>
      `${report.changed} of ${report.pages} pages changed; ${report.changed === 0 ? 'search index kept' : 'indexed for search'}, internal links resolve (Pagefind ${parts.pagefind} ms beside the link check ${parts.links} ms)`,
    );
    await swapInto(stagedContent, contentDir);
    await swapInto(stagedDist, distDir);
    await state.write({ key, site, output: await outputDigest(contentDir, distDir), pages: result.pages, sources: result.sources, statements: result.statements }, links.index);
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
  const pages = await readPages(site);
  const same = Object.keys(known).length === pages.size && [...pages].every(([page, { digest }]) => known[page]?.digest === digest);
  if (same && (await cp(path.join(distDir, 'pagefind'), path.join(site, 'pagefind'), { recursive: true }).then(() => true, () => false))) {
    parts.pagefind = 0;
    parts.links = 0;
    return { pages: pages.size, links: 0, changed: 0, broken: [], index: known };
  }
  // Both are awaited before either's failure is thrown: Pagefind must not be writing when staging is removed.
  const [indexed, checked] = await Promise.allSettled([timed('pagefind', () => indexSite(site)), timed('links', () => assertLinks(site, known, pages))]);
  if (checked.status === 'rejected') throw checked.reason;
  if (indexed.status === 'rejected') throw indexed.reason;
  return checked.value;
}

/** seeds/ → the model → content/ MDX and the export (dossier.json and its schema), in staging folders. */
async function prepare(seedsDir: string, stagedContent: string, stagedExport: string, timings: Timings, previousContent: string | undefined, fresh: boolean) {
  const result = await stage('ingest', timings, () => ingest({ seedsDir, cacheDir: path.join(root, '.cache', 'sources'), onProgress: progress('ingest'), fresh }), (r) =>
    `${r.dossier.sources.length} sources (${r.processed} processed, ${r.cached} cached, ${r.skipped.length} skipped), ${r.dossier.statements.length} statements, ${r.dossier.speakers.length} speakers${r.steps ? `; assembly steps ${r.steps.reused.length > 0 ? `kept: ${r.steps.reused.join(', ')}` : 'all redone'}${r.steps.parts?.length ? ` (${r.steps.parts.join('; ')})` : ''}` : ''}`,
  );
  const salt = await renderingDigest(root);
  const written = await stage('content', timings, () => writeContent(result.dossier, stagedContent, { salt, ...(previousContent ? { previous: previousContent } : {}) }), (count) =>
    `${count.pages} pages, ${count.files} files, ${count.written.length} written anew`,
  );
  // Every warning of the build, for a case too large to read them all on the terminal.
  await writeFile(path.join(stagedContent, 'warnings.txt'), result.warnings.length > 0 ? `${formatWarnings(result.warnings).join('\n')}\n` : '');
  await stage('export', timings, async () => {
    await mkdir(stagedExport, { recursive: true });
    // The assembly cache holds the dossier as it is exported: a copy, not a second serialisation.
    const target = path.join(stagedExport, 'dossier.json');
    await (result.exported ? copyFile(result.exported, target) : writeFile(target, exportText(result.dossier)));
    await writeFile(path.join(stagedExport, 'dossier.schema.json'), `${JSON.stringify(z.toJSONSchema(dossierSchema, { io: 'output' }), null, 1)}\n`);
  }, () => 'dossier.json, dossier.schema.json');
  const { dossier, ...rest } = result;
  return { ...rest, sources: dossier.sources.length, statements: dossier.statements.length, pages: written.pages, written: written.written.length, digests: written.digests, previous: written.previous };
}

/**
 * A full collection now, before Astro: what the ingest, content and export left (the model, the dossier,
 * every page's tree) is garbage, and Astro's own peak then starts from an emptied heap rather than on
 * top of it. The export's schema parse and serialisation used to set one off here by chance.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Whether the last build's dist/ can give this build its unchanged pages: it was left as that build wrote it, by the same code and settings. */
function reusable(last: BuildRecord | null, site: string): last is BuildRecord {
  return last !== null && last.site === site;
}

/**
 * A view of the staged content/ for Astro with only the pages to render (and the overview, which is
 * always rendered), linked, not copied; `shards.json` names the anchor map shards to serve, and
 * `kept.json` the pages kept from the last build, for the sitemap (astro.config.mjs).
 */
async function renderView(content: string, view: string, changed: string[], kept: string[]): Promise<string> {
  const files = new Set(['pages/index.mdx', 'site.json', 'frame.json', ...changed]);
  const shards = changed.flatMap((file) => /^anchors\/([0-9a-f]{2})\.json$/.exec(file)?.slice(1) ?? []);
  for (const file of files) {
    await mkdir(path.dirname(path.join(view, file)), { recursive: true });
    // A shard that is gone is rendered as the site serves a missing one: empty.
    await link(path.join(content, file), path.join(view, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' || !file.startsWith('anchors/')) throw error;
    });
  }
  await writeFile(path.join(view, 'shards.json'), `${JSON.stringify(shards)}\n`);
  const pages = kept.flatMap((file) => (file === 'pages/index.mdx' || !file.endsWith('.mdx') ? [] : [`/${(builtFile(file) as string).replace(/index\.html$/, '')}`]));
  await writeFile(path.join(view, 'kept.json'), `${JSON.stringify(pages)}\n`);
  return view;
}

/** The output of every unchanged page, linked from the last build's dist/ into the new one (copied when dist/ is on another file system). */
async function keepBuilt(distDir: string, site: string, kept: string[]): Promise<void> {
  const made = new Set<string>();
  for (const file of kept) {
    const built = builtFile(file) as string;
    const target = path.join(site, built);
    const folder = path.dirname(target);
    if (!made.has(folder)) await mkdir(folder, { recursive: true });
    made.add(folder);
    // The overview is rendered on every build (it shows the counts of site.json): it is there already.
    await link(path.join(distDir, built), target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EXDEV') return copyFile(path.join(distDir, built), target);
      if (error.code !== 'EEXIST') throw error;
    });
  }
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
