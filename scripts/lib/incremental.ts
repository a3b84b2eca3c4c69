// What a rebuild needs to know about the last build: the key of everything a build reads (seeds, code,
// settings), a digest of what it left in content/ and dist/, the link index, and Astro's own record of
// the pages it rendered (its incremental build manifest), to say how many pages were rendered again.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LinkIndex } from './links.ts';

/** Every file under `paths` (folders or files, relative to `root`), by name and bytes. */
export async function filesDigest(root: string, paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of paths) {
    const full = path.join(root, entry);
    const info = await stat(full).catch(() => null);
    if (!info) continue;
    const files = info.isDirectory() ? (await readdir(full, { recursive: true, withFileTypes: true })).filter((file) => file.isFile()).map((file) => path.join(file.parentPath, file.name)).sort() : [full];
    for (const file of files) hash.update(path.relative(root, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

/** What turns a page's tree into HTML besides Astro's own code: the MDX serialiser and the page schemas, and the packages. */
export function renderingDigest(root: string): Promise<string> {
  return filesDigest(root, ['src/mdx', 'src/schemas/pages.ts', 'package-lock.json']);
}

/** The key of a build: every file of the seeds folder, the code, the settings, and where it writes. */
export async function buildKey(places: { seedsDir: string; contentDir: string; distDir: string }, root = path.resolve(import.meta.dirname, '../..')): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await filesDigest(root, ['src', 'scripts/build.ts', 'scripts/lib', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'public']));
  const seeds = (await readdir(places.seedsDir, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  for (const name of seeds) hash.update(name).update('\0').update(await readFile(path.join(places.seedsDir, name))).update('\0');
  for (const value of [process.env.DOSSIER_SITE, process.env.CASEFILE_PAGE_BYTES, places.seedsDir, places.contentDir, places.distDir]) hash.update(`${value ?? ''}\0`);
  return hash.digest('hex');
}

/** Every file under the folders by path, size and time stamp: a folder someone touched no longer matches. */
export async function outputDigest(...folders: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => null);
    if (!entries) return 'missing';
    const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
    for (const file of files) {
      const info = await stat(file);
      hash.update(`${path.relative(folder, file)}\0${info.size}\0${info.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

export interface BuildRecord {
  key: string;
  output: string;
  pages: number;
  sources: number;
  statements: number;
}

/** The record of the last build into `distDir`, and its link index, under .cache/builds/. */
export function buildState(root: string, distDir: string) {
  const slot = path.join(root, '.cache', 'builds', createHash('sha256').update(distDir).digest('hex').slice(0, 16));
  const readJson = <T>(file: string) => readFile(file, 'utf8').then((text) => JSON.parse(text) as T, () => null);
  const writeJson = async (file: string, value: unknown) => {
    await writeFile(`${file}.tmp`, JSON.stringify(value));
    await rename(`${file}.tmp`, file);
  };
  return {
    read: () => readJson<BuildRecord>(`${slot}.json`),
    links: async () => (await readJson<LinkIndex>(`${slot}.links.json`)) ?? {},
    async write(record: BuildRecord, links: LinkIndex) {
      await mkdir(path.dirname(slot), { recursive: true });
      await writeJson(`${slot}.links.json`, links);
      // The record last: a build killed before it leaves no record, and the next one builds.
      await writeJson(`${slot}.json`, record);
    },
  };
}

interface AstroManifest {
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; outputFile: string }> }>;
}

/** Astro's incremental build manifest (astro/dist/core/build/incremental.js), in astro.config.mjs's cacheDir. */
export function astroManifest(root: string) {
  const file = path.join(root, '.cache', 'astro', 'incremental-build.json');
  return { read: () => readFile(file, 'utf8').then((text) => JSON.parse(text) as AstroManifest, () => null) };
}

/**
 * How many HTML pages Astro rendered rather than copied: a keyed page whose key or route code changed
 * since `previous`, and every page without a key (the overview, search, 404).
 */
export function renderedPages(previous: AstroManifest | null, next: AstroManifest | null, htmlPages: number): number {
  let keyed = 0;
  let changed = 0;
  for (const [component, route] of Object.entries(next?.routes ?? {})) {
    const before = previous?.routes[component];
    for (const [pathname, entry] of Object.entries(route.paths)) {
      if (!entry.outputFile.endsWith('.html')) continue;
      keyed++;
      if (before?.dependencyHash !== route.dependencyHash || before.paths[pathname]?.cacheKey !== entry.cacheKey) changed++;
    }
  }
  return changed + (htmlPages - keyed);
}
