// The reader's experience in Chromium: pages read without JavaScript, permalinks work by keyboard,
// a fragment lands below the sticky header, search opens on `/` and Ctrl+K and highlights its match,
// print hides the navigation, and nothing scrolls sideways on a 360 px phone.
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../scripts/lib/serve.ts';
import type { Dossier } from '../src/schemas/dossier.ts';
import { repoRoot, runBuild } from './helpers/build.ts';
import { openSite, type SiteUnderTest } from './helpers/pages.ts';

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function scripts(page: Page, pathname: string): Promise<string[]> {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') loaded.push(new URL(request.url()).pathname);
  });
  await page.goto(`${site.base}${pathname}`, { waitUntil: 'networkidle' });
  return loaded;
}

describe('without JavaScript', () => {
  it('every page reads fully', { timeout: 60_000 }, async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const pathname of site.pages) {
      await page.goto(`${site.base}${pathname}`);
      expect(await page.locator('h1').first().isVisible(), pathname).toBe(true);
      expect((await page.locator('main').innerText()).length, pathname).toBeGreaterThan(40);
    }
    await page.goto(`${site.base}/statements/`);
    const statements = await page.locator('main').innerText();
    for (const statement of site.dossier.statements) expect(statements).toContain(statement.text.trim().slice(0, 40));
    for (const source of site.dossier.sources) {
      await page.goto(`${site.base}${source.href}`);
      const text = await page.locator('main').innerText();
      for (const paragraph of source.paragraphs) expect(text).toContain(paragraph.text.trim().slice(0, 40));
    }
    // The copy button needs the script, so it is not offered without it; the '#' link is.
    expect(await page.locator('.copy-link').first().isVisible()).toBe(false);
    await context.close();
  });

  it('loads no search script until search is opened', async () => {
    const page = await site.browser.newPage();
    const loaded = await scripts(page, '/statements/');
    expect(loaded.filter((pathname) => pathname.includes('pagefind'))).toEqual([]);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    expect(loaded).toContain('/pagefind/pagefind-component-ui.js');
    await page.close();
  });
});

describe('permalinks', () => {
  it("shows the '#' link on keyboard focus, with an accessible name", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/statements/`);
    const statement = site.dossier.statements[0];
    const link = page.locator(`[id="${statement?.id}"] .anchor`);
    expect(await link.evaluate((element) => getComputedStyle(element.parentElement as Element).opacity)).toBe('0');
    await page.keyboard.press('Tab');
    await link.focus();
    await page.waitForTimeout(300);
    expect(await link.evaluate((element) => getComputedStyle(element.parentElement as Element).opacity)).toBe('1');
    const named = page.getByRole('link', { name: /^Link to this statement/ }).first();
    expect(await named.getAttribute('href')).toBe(`#${statement?.id}`);
    await page.close();
  });

  it('copies the link with the keyboard', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.base}/event/`);
    const fact = site.dossier.facts.find((candidate) => candidate.section === 'event');
    const button = page.getByRole('button', { name: 'Copy link to this fact' }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('#copy-status[role="status"]', { hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.base}/event/#${fact?.id}`);
    await context.close();
  });

  it('lands on a fragment below the sticky header and highlights it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 768, height: 800 } });
    const statement = site.dossier.statements.at(-1);
    await page.goto(`${site.base}/statements/#${statement?.id}`);
    await page.waitForTimeout(400);
    const header = await page.locator('.site-header').boundingBox();
    const target = await page.locator(`[id="${statement?.id}"]`).boundingBox();
    expect(header && target).toBeTruthy();
    expect(target?.y).toBeGreaterThan((header?.y ?? 0) + (header?.height ?? 0));
    expect(target?.y).toBeLessThan(400);
    expect(await page.locator(`[id="${statement?.id}"]`).evaluate((element) => getComputedStyle(element).animationName)).toBe('flash');
    // An alias (another outlet's wording of the statement) marks the statement it stands in.
    const withAlias = site.dossier.statements.find((candidate) => candidate.aliases.some((alias) => alias !== candidate.id));
    const alias = withAlias?.aliases.find((candidate) => candidate !== withAlias.id);
    expect(alias).toBeDefined();
    await page.goto(`${site.base}/statements/#${alias}`);
    expect(await page.locator(`[id="${withAlias?.id}"]`).evaluate((element) => getComputedStyle(element).animationName)).toBe('flash');
    await page.close();
  });
});

describe('search', () => {
  it('opens on / and on Ctrl+K, by keyboard alone', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/event/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    const dialog = page.locator('pagefind-modal dialog[open]');
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('pagefind-input') !== null);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => dialog.waitFor({ state: 'hidden' }));
    await page.keyboard.press('Control+k');
    await dialog.waitFor();
    await page.close();
  });

  it('lands on and highlights the matched text from a result', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/timeline/`, { waitUntil: 'networkidle' });
    const speaker = site.dossier.speakers.find((candidate) => candidate.type === 'person') ?? site.dossier.speakers[0];
    const word = speaker?.name.split(' ').at(-1) ?? '';
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open] input').fill(word);
    const result = page.locator('pagefind-modal pagefind-results a[href*="#"]').first();
    await result.waitFor({ timeout: 15_000 });
    await result.click();
    await page.waitForURL((url) => url.searchParams.has('pagefind-highlight') && url.hash.length > 1);
    const hit = page.locator('mark.search-hit').first();
    await hit.waitFor();
    expect((await hit.textContent())?.toLowerCase()).toContain(word.toLowerCase());
    const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${fragment}"]`).count()).toBe(1);
    await page.close();
  });
});

describe('print and small screens', () => {
  it('prints to PDF without navigation or search, with the addresses of citations', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/event/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', 'nav.sections', '.search-button']) {
      expect(await page.locator(selector).evaluate((element) => getComputedStyle(element).display), selector).toBe('none');
    }
    const printed = await page.locator('sup.cite a').first().evaluate((element) => getComputedStyle(element, '::after').content);
    expect(printed).toMatch(/http|\/sources\//);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('never scrolls sideways at 360 px', { timeout: 60_000 }, async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const pathname of site.pages) {
      await page.goto(`${site.base}${pathname}`, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, pathname).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});

describe('text the layout must absorb', () => {
  const out = { content: path.join(repoRoot, '.cache/test-site-reader/content'), dist: path.join(repoRoot, '.cache/test-site-reader/dist') };
  let hostile: { server: Server; url: string };

  beforeAll(async () => {
    // Own-words fixtures: a very long headline, an unbroken address and an unbroken reference number.
    const run = await runBuild(['--seeds', 'tests/fixtures/reader/long-words', '--content', out.content, '--out', out.dist]);
    if (run.code !== 0) throw new Error(run.stderr);
    hostile = await serve(out.dist);
  }, 300_000);
  afterAll(() => hostile?.server.close());

  it('never scrolls sideways at 360 px, whatever the words', { timeout: 60_000 }, async () => {
    const dossier = JSON.parse(await readFile(path.join(out.dist, 'dossier.json'), 'utf8')) as Dossier;
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const pathname of ['/', '/event/', '/statements/', '/sources/', ...dossier.sources.map((source) => source.href)]) {
      await page.goto(`${hostile.url}${pathname}`, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, pathname).toBeLessThanOrEqual(0);
    }
    expect(await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().height)).toBeLessThan(70);
    await page.close();
  });
});
