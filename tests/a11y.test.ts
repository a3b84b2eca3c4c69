// axe-core in Chromium: every page of the seed dossier, in the light and the dark theme, has no
// accessibility violation (WCAG 2.x A and AA, and axe's best practices).
import { mkdtemp, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../scripts/lib/serve.ts';
import { runBuild } from './helpers/build.ts';
import { openSite, type SiteUnderTest } from './helpers/pages.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let site: SiteUnderTest;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** axe's violations on the page as it is now, one line each. */
async function violations(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const found = (await page.evaluate(
    async (runTags) => (await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: runTags } })).violations,
    tags,
  )) as Violation[];
  return found.map((violation) => `${label}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
  it('finds no violation on any page', { timeout: 120_000 }, async () => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const found: string[] = [];
    for (const pathname of site.pages) {
      const page = await context.newPage();
      await page.goto(`${site.base}${pathname}`, { waitUntil: 'networkidle' });
      found.push(...(await violations(page, pathname)));
      await page.close();
    }
    await context.close();
    expect(found).toEqual([]);
  });

  it('finds no violation in search, opened by keyboard, with results', { timeout: 60_000 }, async () => {
    const context = await site.browser.newContext({ colorScheme });
    const found: string[] = [];
    const word = site.dossier.speakers[0]?.name.split(' ').at(-1) ?? 'the';
    for (const pathname of ['/event/', '/search/']) {
      const page = await context.newPage();
      await page.goto(`${site.base}${pathname}`, { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      await page.waitForFunction(() => document.activeElement?.closest('pagefind-input') !== null);
      await page.keyboard.type(word);
      await page.locator('pagefind-results a').first().waitFor();
      found.push(...(await violations(page, `${pathname} with search open`)));
      await page.close();
    }
    await context.close();
    expect(found).toEqual([]);
  });
});

// The pages a large dossier adds (a section's index of groups, a group's page, a numbered part, a
// list in full): the seeds built with a page budget small enough that every section splits.
describe('axe on the pages of a split dossier', () => {
  let dist: string;
  beforeAll(async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'casefile-a11y-split-'));
    dist = path.join(work, 'dist');
    const run = await runBuild(['--seeds', 'seeds', '--content', path.join(work, 'content'), '--out', dist], { CASEFILE_PAGE_BYTES: '6000' });
    expect(run.code, run.stderr).toBe(0);
  }, 300_000);

  it('finds no violation on an index, a group, a part and a full list, light and dark', { timeout: 120_000 }, async () => {
    const speaker = site.dossier.speakers.find((candidate) => site.dossier.statements.some((statement) => statement.speaker === candidate.id));
    // A further page of the event: named by its first fact (`/event/p-…/`).
    const part = (await readdir(path.join(dist, 'event'))).find((name) => /^p-[0-9a-f]{8}/.test(name));
    const pages = ['/statements/', `/statements/${speaker?.id}/`, `/event/${part}/`, '/entities/', '/timeline/', '/figures/', '/sources/'];
    const listed = (await readdir(path.join(dist, 'entities'))).find((name) => name.startsWith('e-'));
    if (listed) pages.push(`/entities/${listed}/`);
    const { server, url } = await serve(dist);
    const found: string[] = [];
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
        for (const pathname of pages) {
          const page = await context.newPage();
          const response = await page.goto(`${url}${pathname}`, { waitUntil: 'networkidle' });
          expect(response?.status(), pathname).toBe(200);
          found.push(...(await violations(page, `${pathname} (${colorScheme})`)));
          await page.close();
        }
        await context.close();
      }
    } finally {
      server.close();
    }
    expect(found).toEqual([]);
  });
});
