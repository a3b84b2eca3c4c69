// `npm run screenshots [dir]`: serves dist/ and writes viewport screenshots of every section page and
// the first source at three widths (WIDTHS), in the light theme and any others named in SCHEMES.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { root } from './lib/ingest.ts';
import { serve } from './lib/serve.ts';

const out = path.resolve(root, process.argv[2] ?? 'docs/screenshots');
const widths = (process.env.WIDTHS ?? '360,768,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light').split(',') as ('light' | 'dark')[];
const pages = (process.env.PAGES ?? '/,/event/,/statements/,/context/,/timeline/,/entities/,/sources/,/search/').split(',');
await mkdir(out, { recursive: true });
const { server, url } = await serve(path.join(root, 'dist'));
const browser = await launchBrowser();
try {
  const sourcePage = (await (await fetch(`${url}/dossier.json`)).json()).sources[0]?.href as string | undefined;
  for (const colorScheme of schemes) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const pathname of [...pages, ...(sourcePage && !process.env.PAGES ? [sourcePage] : [])]) {
        await page.goto(`${url}${pathname}`, { waitUntil: 'networkidle' });
        const name = pathname === '/' ? 'overview' : pathname.split('/').filter(Boolean).join('-').replace(/_[0-9a-f]+$/, '');
        const suffix = colorScheme === 'light' ? '' : `-${colorScheme}`;
        await page.screenshot({ path: path.join(out, `${name}-${width}${suffix}.png`), fullPage: process.env.FULL === '1' });
      }
      await page.close();
    }
  }
  process.stderr.write(`screenshots written to ${path.relative(root, out)}\n`);
} finally {
  await browser.close();
  server.close();
}
