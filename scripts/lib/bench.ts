// What the benchmark measures on a built site (pages, gzipped HTML, Pagefind bytes), and the
// baseline: a plain Astro + MDX project rendering the same content/ without casefile's pipeline.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SiteFigures {
  pages: number;
  htmlMedianGzip: number;
  htmlP95Gzip: number;
  htmlMaxBytes: number;
  /** How many pages are over the size bound, and the ten largest of them as `path bytes`. */
  oversizedCount: number;
  oversized: string[];
  pagefindBytes: number;
  /** What a first query fetches: the UI, pagefind.js, entry, wasm, meta, one index chunk, five fragments. */
  firstQueryBytes: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

const sizeOf = async (file: string) => (await stat(file).catch(() => null))?.size ?? 0;

export async function siteFigures(dist: string, bound = 200 * 1024): Promise<SiteFigures> {
  const html = (await filesUnder(dist)).filter((file) => file.endsWith('.html') && !file.includes(`${path.sep}pagefind${path.sep}`));
  const raw: Array<[string, number]> = [];
  const gzipped: number[] = [];
  for (const file of html) {
    const bytes = await readFile(file);
    raw.push([path.relative(dist, file), bytes.length]);
    gzipped.push(gzipSync(bytes).length);
  }
  gzipped.sort((a, b) => a - b);
  raw.sort((a, b) => b[1] - a[1]);
  return {
    pages: html.length,
    htmlMedianGzip: quantile(gzipped, 0.5),
    htmlP95Gzip: quantile(gzipped, 0.95),
    htmlMaxBytes: raw[0]?.[1] ?? 0,
    oversizedCount: raw.filter(([, size]) => size > bound).length,
    oversized: raw.filter(([, size]) => size > bound).slice(0, 10).map(([file, size]) => `${file} ${size}`),
    ...(await pagefindFigures(path.join(dist, 'pagefind'))),
  };
}

/**
 * Computed from the files rather than a browser session: the largest index chunk stands for the one a
 * query needs, so the figure is an upper bound for a one-word query.
 */
async function pagefindFigures(folder: string) {
  const files = await filesUnder(folder);
  const sizes = await Promise.all(files.map(async (file) => [file, await sizeOf(file)] as const));
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  const named = (test: (name: string) => boolean) => sizes.filter(([file]) => test(path.basename(file))).reduce((sum, [, size]) => sum + size, 0);
  const inFolder = (name: string) => sizes.filter(([file]) => path.basename(path.dirname(file)) === name).map(([, size]) => size).sort((a, b) => a - b);
  const fragments = inFolder('fragment');
  const fixed = named((name) => ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind'].includes(name) || name.endsWith('.pf_meta'));
  const firstQuery = fixed + (inFolder('index').at(-1) ?? 0) + 5 * quantile(fragments, 0.5);
  return { pagefindBytes: total, firstQueryBytes: firstQuery };
}

/** JSX element names the generated MDX uses, so the baseline can give each a trivial component. */
async function elementNames(content: string): Promise<string[]> {
  const names = new Set<string>();
  for (const file of (await filesUnder(content)).filter((name) => name.endsWith('.mdx'))) {
    for (const match of (await readFile(file, 'utf8')).matchAll(/<([A-Z][A-Za-z0-9]*)/g)) names.add(match[1] as string);
  }
  return [...names].sort();
}

/**
 * The baseline project inside the repo tree (so it resolves this repo's node_modules): only
 * @astrojs/mdx and Pagefind, one catch-all route rendering every MDX file with pass-through components.
 */
export async function writeBaseline(folder: string, content: string, repoRoot: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'src/pages'), { recursive: true });
  const names = await elementNames(content);
  const integration = path.join(repoRoot, 'src/integrations/pagefind.ts');
  await writeFile(
    path.join(folder, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nimport pagefind from ${JSON.stringify(integration)};\n\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, integrations: [mdx(), pagefind()], devToolbar: { enabled: false } });\n`,
  );
  await writeFile(path.join(folder, 'src/Pass.astro'), '<div><slot /></div>\n');
  await writeFile(
    path.join(folder, 'src/pages/[...slug].astro'),
    `---
import Pass from '../Pass.astro';
export async function getStaticPaths() {
  const modules = import.meta.glob(${JSON.stringify(`${path.relative(path.join(folder, 'src/pages'), content).replaceAll('\\', '/')}/**/*.mdx`)});
  return Object.entries(modules).map(([file, load]) => ({ params: { slug: file.replace(/^.*\\/content\\//, '').replace(/\\.mdx$/, '') }, props: { load } }));
}
const { Content } = await Astro.props.load();
const components = Object.fromEntries(${JSON.stringify(names)}.map((name) => [name, Pass]));
---
<html lang="en"><head><meta charset="utf-8" /><title>{Astro.params.slug}</title></head><body><main data-pagefind-body><Content components={components} /></main></body></html>
`,
  );
}
