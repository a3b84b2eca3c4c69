// `npm run add`: a page (fetched, or a saved file) read as a source and written into the seeds folder as
// `<slug>.txt` with its entry in `sources.yaml`. Nothing is replaced without `force`; each file is
// written to a temporary name and renamed, so a failure leaves no half-written seed or manifest.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { slug } from 'github-slugger';
import { isMap, parseDocument, type Document } from 'yaml';
import { errors } from '../../src/errors.ts';
import { manifestEntry, type ManifestEntry } from '../../src/pipeline/manifest.ts';
import { readPage, type Page } from '../../src/pipeline/page/index.ts';
import { fetchPage } from './fetch-page.ts';
import { manifestName } from './manifest.ts';

export interface AddOptions {
  seedsDir: string;
  /** Replace a seed file or manifest entry of the same name. */
  force?: boolean;
  timeoutMs?: number;
  /** Where relative file names are read from. */
  cwd?: string;
}

export interface Added {
  /** The seed file written, relative to the seeds folder. */
  fileName: string;
  entry: ManifestEntry;
  page: Page;
}

export function isAddress(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Read one address or saved page and write it into the seeds folder. */
export async function addSource(input: string, options: AddOptions): Promise<Added> {
  const page = isAddress(input) ? await readRemote(input, options) : await readSaved(path.resolve(options.cwd ?? process.cwd(), input));
  const fileName = `${seedSlug(page.title, page.entry.url ?? input)}.txt`;
  const seedPath = path.join(options.seedsDir, fileName);
  const manifestPath = path.join(options.seedsDir, manifestName);
  const manifest = parseDocument(await readFile(manifestPath, 'utf8').catch(() => ''));
  const entry = manifestEntry.parse(page.entry);
  if (!options.force) {
    if (await exists(seedPath)) throw errors.exists(seedPath, `The seed ${fileName}`);
    if (manifest.has(fileName)) throw errors.exists(manifestPath, `The manifest entry ${fileName}`);
    const same = entry.url ? entryWithUrl(manifest, entry.url) : null;
    if (same) throw errors.exists(manifestPath, `A source with the address ${entry.url} (${same})`);
  }
  const existed = await exists(seedPath);
  // What the article left out (navigation, teasers, captions …) goes beside it, for its source page to show.
  const removedPath = removedFileOf(seedPath);
  await writeAtomic(seedPath, page.text);
  try {
    await writeAtomic(removedPath, `${JSON.stringify(page.removed.map(({ text, reason, line }) => ({ text, reason, line })), null, 1)}\n`);
    setEntry(manifest, fileName, entry);
    await writeAtomic(manifestPath, manifest.toString({ lineWidth: 0 }));
  } catch (error) {
    if (!existed) await Promise.all([rm(seedPath, { force: true }), rm(removedPath, { force: true })]);
    throw error;
  }
  return { fileName, entry, page };
}

/** `story.txt` → `story.removed.json`: the lines of the page the article left out, beside the seed. */
export function removedFileOf(seedPath: string): string {
  return seedPath.replace(/\.txt$/i, '.removed.json');
}

async function readRemote(url: string, options: AddOptions): Promise<Page> {
  const fetched = await fetchPage(url, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
  return readPage({ bytes: fetched.bytes, where: url, contentType: fetched.contentType, url: fetched.url });
}

async function readSaved(file: string): Promise<Page> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw errors.unreadable(file, error.code ?? String(error));
  });
  return readPage({ bytes, where: file });
}

/** The seed's name: its headline as a slug, cut at a word, or the last part of its address. */
export function seedSlug(title: string, address: string): string {
  let name = slug(title);
  if (name.length > 60) name = name.slice(0, 61).replace(/-[^-]*$/, '');
  if (name) return name;
  const last = address.split(/[/\\]/).filter(Boolean).at(-1) ?? '';
  return slug(last.replace(/\.[a-z]+$/i, '')) || 'source';
}

/** Add or replace an entry, in place: comments, order and the other entries stay as they were. */
function setEntry(manifest: Document, fileName: string, entry: ManifestEntry) {
  if (manifest.contents !== null && !isMap(manifest.contents)) {
    throw errors.manifest(manifestName, '(root)', 'Unexpected value at the top, expected a mapping of seed file names to entries');
  }
  // A new or empty manifest (perhaps only comments) gets its mapping here.
  if (manifest.contents === null) manifest.contents = manifest.createNode({});
  const node = manifest.createNode(entry);
  if (manifest.has(fileName)) {
    manifest.set(fileName, node);
    return;
  }
  const pair = manifest.createPair(fileName, node);
  (pair.key as { spaceBefore?: boolean }).spaceBefore = (manifest.contents as { items: unknown[] }).items.length > 0;
  manifest.add(pair);
}

function entryWithUrl(manifest: Document, url: string): string | null {
  if (!isMap(manifest.contents)) return null;
  for (const pair of manifest.contents.items) {
    const value = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() as { url?: unknown } | undefined;
    if (value?.url === url) return String((pair.key as { value?: unknown }).value);
  }
  return null;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

async function writeAtomic(file: string, text: string): Promise<void> {
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
