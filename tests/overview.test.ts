// The overview as a reader sees it, on dossiers of one, two (the seeds, and two synthetic sources) and
// a hundred sources: a title without an outlet's label, a summary that is no source's first paragraph,
// the key facts with their outlets, the key statements, both pictures with a text alternative, no axe
// violation in either theme, no sideways scroll at 360 px, and a page within the page budget.
// CASEFILE_OVERVIEW_DIST=<dist> adds a dossier built elsewhere (the 1,000-source bench: README, "Scale").
import { copyFile, mkdir, mkdtemp, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/corpus.ts';
import { launchBrowser } from '../scripts/lib/browser.ts';
import { serve } from '../scripts/lib/serve.ts';
import { defaultBudget } from '../src/mdx/plan.ts';
import type { Dossier } from '../src/schemas/dossier.ts';
import { repoRoot, runBuild, seedSite } from './helpers/build.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const labels = /^(?:exclusive|breaking|watch|opinion|live|analysis|video)\b|\b(?:exclusive|breaking)\s*:/i;

async function build(name: string, fill: (seeds: string) => Promise<unknown>): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), `casefile-overview-${name}-`));
  const seeds = path.join(work, 'seeds');
  await mkdir(seeds, { recursive: true });
  await fill(seeds);
  const run = await runBuild(['--seeds', seeds, '--content', path.join(work, 'content'), '--out', path.join(work, 'dist')]);
  expect(run.code, run.stderr).toBe(0);
  return path.join(work, 'dist');
}

const dossiers: Array<{ name: string; dist: () => Promise<string> }> = [
  { name: 'the seeds (two sources)', dist: async () => seedSite.dist },
  { name: 'one source', dist: () => build('one', (seeds) => copyFile(path.join(repoRoot, 'seeds/000_cdb81a6b92e5c0b9.txt'), path.join(seeds, 'one.txt'))) },
  { name: 'two synthetic sources', dist: () => build('two', (seeds) => writeCorpus(seeds, 2, 5)) },
  { name: 'a hundred sources', dist: () => build('hundred', (seeds) => writeCorpus(seeds, 100, 1)) },
  ...(process.env.CASEFILE_OVERVIEW_DIST ? [{ name: process.env.CASEFILE_OVERVIEW_DIST, dist: async () => path.resolve(process.env.CASEFILE_OVERVIEW_DIST!) }] : []),
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe.each(dossiers)('the overview of $name', ({ dist: distOf }) => {
  let dist: string;
  let dossier: Dossier;
  beforeAll(async () => {
    dist = await distOf();
    dossier = JSON.parse(await readFile(path.join(dist, 'dossier.json'), 'utf8')) as Dossier;
  }, 300_000);

  it('has the case title without an outlet label, and a summary that is no source\'s first paragraph', async () => {
    expect(dossier.case.title).not.toMatch(labels);
    expect(dossier.case.summary.length).toBeGreaterThan(40);
    for (const source of dossier.sources) expect(dossier.case.summary).not.toBe(source.paragraphs[0]?.text);
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect((await stat(path.join(dist, 'index.html'))).size).toBeLessThan(defaultBudget);
    expect(html).toContain('id="key-facts"');
    expect(html).toContain('id="key-statements"');
  });

  it('shows key facts with their outlets, key statements with speakers, both pictures with a text alternative, in light and dark, at 360 and 1280 px', { timeout: 120_000 }, async () => {
    const { server, url } = await serve(dist);
    const found: string[] = [];
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [360, 1280]) {
          const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
          const page = await context.newPage();
          await page.goto(`${url}/`, { waitUntil: 'networkidle' });
          expect(await page.locator('h1').innerText()).toBe(dossier.case.title);
          expect(await page.locator('.key-fact').count()).toBeGreaterThan(0);
          expect(await page.locator('.key-fact .meta').first().innerText()).toMatch(/^(?:\d[\d,]* of \d[\d,]* outlets|One outlet only): /);
          expect(await page.locator('.key-statement .who').count()).toBeGreaterThan(0);
          for (const name of ['Who reports what', 'Who speaks']) {
            const picture = page.getByRole('img', { name });
            expect(await picture.count(), name).toBe(1);
            expect((await picture.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '')).length, name).toBeGreaterThan(40);
            expect((await picture.boundingBox())?.width ?? 0, name).toBeLessThanOrEqual(width);
          }
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${colorScheme} ${width}`).toBeLessThanOrEqual(width);
          await page.addScriptTag({ path: axePath });
          const violations = (await page.evaluate(
            async (runTags) => (await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: { target: string[] }[] }> }> } }).axe.run(document, { runOnly: { type: 'tag', values: runTags } })).violations,
            tags,
          )) as Array<{ id: string; nodes: { target: string[] }[] }>;
          found.push(...violations.map((violation) => `${colorScheme} ${width}: ${violation.id} ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`));
          // The tables behind the pictures, opened, pass too.
          for (const details of await page.locator('details.as-table').all()) await details.locator('summary').click();
          const opened = (await page.evaluate(
            async (runTags) => (await (window as unknown as { axe: { run: (context: string, options: object) => Promise<{ violations: Array<{ id: string; nodes: { target: string[] }[] }> }> } }).axe.run('.picture-figure', { runOnly: { type: 'tag', values: runTags } })).violations,
            tags,
          )) as Array<{ id: string; nodes: { target: string[] }[] }>;
          found.push(...opened.map((violation) => `${colorScheme} ${width}, tables open: ${violation.id} ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`));
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${colorScheme} ${width}, tables open`).toBeLessThanOrEqual(width);
          await context.close();
        }
      }
    } finally {
      server.close();
    }
    expect(found).toEqual([]);
  });
});
