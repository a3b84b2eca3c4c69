// The link checker the build ends with, over small fixture sites: every kind of link it must accept,
// and every broken page, file and fragment it must report (and fail the build on).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertLinks, checkLinks } from '../scripts/lib/links.ts';
import { CasefileError } from '../src/errors.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/links');

describe('checkLinks', () => {
  it('accepts absolute, relative, query, encoded, bare-fragment and file links, skips other sites, and reads past `<!--` in attribute values', async () => {
    const report = await checkLinks(path.join(fixtures, 'good'));
    expect(report.broken).toEqual([]);
    expect(report.pages).toBe(2);
    // 8 internal links on the home page, 2 on the about page; the https: and mailto: links are not counted.
    expect(report.links).toBe(10);
  });

  it('reports a missing page, a missing file and a missing fragment, on this page or another', async () => {
    const report = await checkLinks(path.join(fixtures, 'broken'));
    const found = report.broken.map((link) => [link.page, link.href, link.problem]).sort();
    expect(found).toEqual([
      ['/', '#bottom', 'no element with id "bottom"'],
      ['/', '/about/#board', 'no element with id "board"'],
      ['/', '/contact/', 'no such page'],
      ['/about/', '../files/report.pdf', 'no such page'],
    ]);
  });
});

describe('the build step', () => {
  it('passes a site whose links all resolve', async () => {
    await expect(assertLinks(path.join(fixtures, 'good'))).resolves.toMatchObject({ broken: [] });
  });

  it('fails with a CasefileError that lists each broken link', async () => {
    const error = await assertLinks(path.join(fixtures, 'broken')).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(CasefileError);
    expect((error as CasefileError).code).toBe('broken-links');
    expect((error as CasefileError).message).toMatch(/^4 broken internal links/);
    expect((error as CasefileError).message).toContain('/ → /contact/ (no such page)');
    expect((error as CasefileError).message).toContain('/ → /about/#board (no element with id "board")');
  });
});
