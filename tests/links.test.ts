// The link checker the build ends with, over small fixture sites: every kind of link it must accept,
// and every broken page, file and fragment it must report (and fail the build on).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

describe('checkLinks after a previous build', () => {
  it('parses only the pages that changed, and still finds a link into a changed page broken', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'casefile-links-'));
    try {
      await cp(path.join(fixtures, 'good'), site, { recursive: true });
      const first = await checkLinks(site);
      expect(first.changed).toBe(2);
      const again = await checkLinks(site, first.index);
      expect(again.changed).toBe(0);
      expect(again.broken).toEqual([]);
      // The about page loses an id the unchanged home page links to: only the about page is read again.
      const about = path.join(site, 'about', 'index.html');
      const html = await readFile(about, 'utf8');
      const [, lost] = /\sid="([^"]+)"/.exec(html) ?? [];
      expect(lost).toBeTruthy();
      await writeFile(about, html.replaceAll(`id="${lost}"`, 'id="renamed"'));
      const after = await checkLinks(site, first.index);
      expect(after.changed).toBe(1);
      expect(after.index['/']).toBe(first.index['/']);
      expect(after.broken.map((link) => link.problem)).toContain(`no element with id "${lost}"`);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
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
