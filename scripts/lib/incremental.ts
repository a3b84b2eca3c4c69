// What a rebuild needs to know about the last build: the key of everything a build reads (seeds, code,
// settings), the key of what turns content/ into dist/, a digest of what it left in content/ and dist/,
// the link index, and where each file of content/ lands in dist/.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { anchorShards } from '../../src/site/anchors.ts';
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

/**
 * The key of what turns content/ into dist/ besides the content itself: the code, the settings and
 * where the build writes. While it holds, a page whose content digest is unchanged renders to the
 * same HTML, so a rebuild may take that page from the last build's dist/ rather than render it.
 */
export async function siteKey(places: { seedsDir: string; contentDir: string; distDir: string }, root = path.resolve(import.meta.dirname, '../..')): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await filesDigest(root, ['src', 'scripts/build.ts', 'scripts/lib', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'public']));
  for (const value of [process.env.DOSSIER_SITE, process.env.CASEFILE_PAGE_BYTES, places.seedsDir, places.contentDir, places.distDir]) hash.update(`${value ?? ''}\0`);
  return hash.digest('hex');
}

/** The key of a build: the site's key and every file of the seeds folder. */
export async function buildKey(site: string, seedsDir: string): Promise<string> {
  const hash = createHash('sha256').update(site).update('\0');
  const seeds = (await readdir(seedsDir, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  for (const name of seeds) hash.update(name).update('\0').update(await readFile(path.join(seedsDir, name))).update('\0');
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
  /** The site key of the build (`siteKey`): while it holds, unchanged pages are taken from its dist/. */
  site: string;
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

/**
 * Where a file of content/ lands in dist/: a page's HTML (`pages/a/b.mdx` → `a/b/index.html`, `sources/x.mdx`
 * → `sources/x/index.html`) or an anchor map shard (`anchors/ab.json`); nothing for the others.
 */
export function builtFile(contentFile: string): string | null {
  if (contentFile === 'pages/index.mdx') return 'index.html';
  const page = /^(pages|sources)\/(.+)\.mdx$/.exec(contentFile);
  if (page) return `${page[1] === 'sources' ? 'sources/' : ''}${page[2]}/index.html`;
  return /^anchors\/[0-9a-f]{2}\.json$/.test(contentFile) ? contentFile : null;
}

/**
 * The files of content/ that land in dist/, split by whether the last build made them of the same
 * digest (`kept`: its dist/ has their output) or not (`changed`: to render). Every shard of the anchor
 * map is served, an empty one too (it has no file in content/): one is changed when its ids are.
 */
export function changedFiles(before: Record<string, string>, after: Record<string, string>): { changed: string[]; kept: string[] } {
  const changed: string[] = [];
  const kept: string[] = [];
  const shards = anchorShards.map((shard) => `anchors/${shard}.json`);
  for (const file of [...Object.keys(after).filter((name) => !name.startsWith('anchors/')), ...shards]) {
    if (builtFile(file) === null) continue;
    (before[file] === after[file] ? kept : changed).push(file);
  }
  return { changed, kept };
}
