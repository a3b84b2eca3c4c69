// `npm run weights [dist]`: what each page costs a reader, gzipped: its HTML, the CSS and the JS it
// loads on first paint, and what search adds when it is opened.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './lib/ingest.ts';

const dist = path.resolve(root, process.argv[2] ?? 'dist');
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const local = (href: string) => readFile(path.join(dist, href.split(/[?#]/)[0] ?? ''));

interface Weight {
  page: string;
  html: number;
  css: number;
  js: number;
}

async function weigh(file: string): Promise<Weight> {
  const html = await readFile(file, 'utf8');
  const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((match) => match[1] ?? '');
  const scripts = [...html.matchAll(/<script\b[^>]*src="(\/[^"]+)"/g)].map((match) => match[1] ?? '');
  // Inline scripts are part of the HTML's bytes already; count them as JS too, so the JS column is honest.
  const inline = [...html.matchAll(/<script\b(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const css = (await Promise.all(styles.map(async (href) => gz(await local(href))))).reduce((sum, size) => sum + size, 0);
  const js = (await Promise.all(scripts.map(async (src) => gz(await local(src))))).reduce((sum, size) => sum + size, inline.length ? gz(inline.join('\n')) : 0);
  const page = `/${path.relative(dist, file).replace(/index\.html$/, '')}`;
  return { page, html: gz(html), css, js };
}

async function pages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes(`${path.sep}pagefind`))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
const weights = await Promise.all((await pages(dist)).map(weigh));
process.stdout.write(`${'page'.padEnd(40)}${'HTML'.padStart(9)}${'CSS'.padStart(9)}${'JS'.padStart(9)}\n`);
for (const weight of weights) process.stdout.write(`${weight.page.padEnd(40)}${kb(weight.html)}${kb(weight.css)}${kb(weight.js)}\n`);
const onOpen = await Promise.all(['pagefind/pagefind-component-ui.js', 'pagefind/pagefind-component-ui.css', 'pagefind/pagefind.js'].map(async (file) => gz(await local(`/${file}`).catch(() => Buffer.alloc(0)))));
process.stdout.write(`\nsearch, loaded on first open (component UI JS + CSS + pagefind.js, before index chunks and wasm): ${kb(onOpen.reduce((a, b) => a + b, 0)).trim()} gzipped\n`);
