// What only a browser shows: every page loads without a console error, and search for a speaker
// lands on an element that exists.
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/lib/browser.ts';
import { serve } from '../scripts/lib/serve.ts';
import type { Dossier } from '../src/schemas/dossier.ts';
import { seedSite } from './helpers/build.ts';

let browser: Browser;
let server: Server;
let base: string;
let dossier: Dossier;

beforeAll(async () => {
  dossier = JSON.parse(await readFile(path.join(seedSite.dist, 'dossier.json'), 'utf8')) as Dossier;
  ({ server, url: base } = await serve(seedSite.dist));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(pathname: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(`${base}${pathname}`, { waitUntil: 'networkidle' });
  return { page, problems };
}

describe('in Chromium', () => {
  it('opens every page without a console error', async () => {
    const pages = ['/', '/event/', '/statements/', '/context/', '/timeline/', '/entities/', '/sources/', '/search/', ...dossier.sources.map((s) => s.href)];
    for (const pathname of pages) {
      const { page, problems } = await open(pathname);
      expect(problems, pathname).toEqual([]);
      expect(await page.locator('h1').first().textContent(), pathname).toBeTruthy();
      await page.close();
    }
  });

  it("finds a speaker by name and lands on the matching element", async () => {
    const speaker = dossier.speakers.find((candidate) => candidate.type === 'person') ?? dossier.speakers[0];
    expect(speaker).toBeDefined();
    const { page, problems } = await open('/search/');
    await page.locator('#search-field').fill(speaker?.name ?? '');
    const result = page.locator('pagefind-results[instance="page"] a[href*="#"]').first();
    await result.waitFor({ timeout: 15_000 });
    const href = await result.getAttribute('href');
    expect(href).toMatch(/#/);
    await result.click();
    await page.waitForURL((url) => url.hash.length > 1);
    const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${fragment}"]`).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fetches no more than 20 KB of script on the search page before the reader focuses the field, and finds "Watson" after', async () => {
    const page = await browser.newPage();
    const bytes: Array<[string, number]> = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') bytes.push([new URL(response.url()).pathname, (await response.body()).length]);
    });
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    const inline = await page.evaluate(() => [...document.scripts].filter((script) => !script.src).reduce((sum, script) => sum + (script.textContent?.length ?? 0), 0));
    const before = bytes.reduce((sum, [, size]) => sum + size, 0) + inline;
    expect(inline).toBeGreaterThan(0);
    expect(before, JSON.stringify(bytes)).toBeLessThanOrEqual(20 * 1024);
    await page.locator('#search-field').focus();
    await page.keyboard.type('Watson');
    const result = page.locator('pagefind-results[instance="page"] a').first();
    await result.waitFor({ timeout: 15_000 });
    expect(await page.locator('pagefind-results[instance="page"]').innerText()).toContain('Watson');
    // Pagefind's UI came with the interaction, and the search ran on what was typed.
    expect(bytes.map(([pathname]) => pathname)).toContain('/pagefind/pagefind-component-ui.js');
    expect(await page.locator('pagefind-input[instance="page"] input').inputValue()).toBe('Watson');
    await page.close();
  });

  it('shows the words of a statement once: a wording the same as the quotation names only its outlets', async () => {
    const { page } = await open('/statements/');
    const repeated = await page.locator('.statement').evaluateAll((statements) =>
      statements.filter((statement) => {
        const quotation = statement.querySelector('blockquote')?.textContent?.trim();
        return [...statement.querySelectorAll('.wording > p')].some((wording) => wording.textContent?.trim() === quotation);
      }).length,
    );
    expect(repeated).toBe(0);
    expect(await page.locator('.wording.same figcaption').first().innerText()).toMatch(/^Word for word: /);
    expect(await page.locator('.wording.same').count()).toBe(dossier.statements.length);
    await page.close();
  });
});
