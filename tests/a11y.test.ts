// axe-core in Chromium: every page of the seed dossier, in the light and the dark theme, has no
// accessibility violation (WCAG 2.x A and AA, and axe's best practices).
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
  it('finds no violation on any page', { timeout: 120_000 }, async () => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const found: string[] = [];
    for (const pathname of site.pages) {
      const page = await context.newPage();
      await page.goto(`${site.base}${pathname}`, { waitUntil: 'networkidle' });
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(
        async (runTags) => ((await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: runTags } })).violations),
        tags,
      ) as Violation[];
      for (const violation of violations) {
        found.push(`${pathname}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      }
      await page.close();
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
