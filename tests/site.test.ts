// The dossier of the seeds, built by the real build command: every page, the exported model and its
// schema, and every link the model gives.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../scripts/lib/links.ts';
import { dossier as dossierSchema, type Dossier } from '../src/schemas/dossier.ts';
import { seedSite } from './helpers/build.ts';

let dossier: Dossier;
const page = (site: string) => path.join(seedSite.dist, site, 'index.html');

beforeAll(async () => {
  dossier = dossierSchema.parse(JSON.parse(await readFile(path.join(seedSite.dist, 'dossier.json'), 'utf8')));
});

describe('the built dossier', () => {
  it('has every section page, a page per source, search and a 404', () => {
    for (const site of ['/', '/event/', '/statements/', '/context/', '/timeline/', '/entities/', '/sources/', '/search/']) {
      expect(existsSync(page(site)), site).toBe(true);
    }
    expect(dossier.sources.map((source) => source.file).sort()).toEqual(['000_cdb81a6b92e5c0b9.txt', '004_c9438d38189035c5.txt']);
    for (const source of dossier.sources) expect(existsSync(page(source.href)), source.href).toBe(true);
    expect(existsSync(path.join(seedSite.dist, '404.html'))).toBe(true);
  });

  it('publishes dossier.json with its JSON Schema', async () => {
    const schema = JSON.parse(await readFile(path.join(seedSite.dist, 'dossier.schema.json'), 'utf8'));
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['case', 'sources', 'speakers', 'statements', 'timeline', 'entities']));
    expect(dossier.case.title.length).toBeGreaterThan(0);
    expect(dossier.statements.length).toBeGreaterThan(0);
  });

  it('gives hrefs that exist in the site, fragment included', async () => {
    const hrefs = [
      ...dossier.sources.flatMap((source) => [source.href, ...source.paragraphs.map((p) => p.href), ...source.headings.map((h) => h.href)]),
      ...dossier.statements.map((statement) => statement.href),
      ...dossier.speakers.map((speaker) => speaker.href),
      ...dossier.timeline.map((entry) => entry.href),
      ...dossier.facts.map((fact) => fact.href),
    ];
    expect(hrefs.length).toBeGreaterThan(50);
    for (const href of hrefs) {
      const [pathname = '/', fragment] = href.split('#');
      const html = await readFile(page(pathname), 'utf8');
      if (fragment) expect(html, href).toContain(`id="${fragment}"`);
    }
  });

  it('has no broken internal link or fragment', async () => {
    const report = await checkLinks(seedSite.dist);
    expect(report.broken).toEqual([]);
    expect(report.links).toBeGreaterThan(100);
  });

  it('marks statements and paragraphs as search sub-results', async () => {
    const html = await readFile(page('/statements/'), 'utf8');
    const statement = dossier.statements[0];
    expect(html).toMatch(new RegExp(`id="${statement?.id}"[^>]*data-pagefind-title=`));
    const source = dossier.sources[0];
    const sourceHtml = await readFile(page(source?.href ?? ''), 'utf8');
    expect(sourceHtml).toMatch(new RegExp(`id="${source?.paragraphs[0]?.id}"[^>]*data-pagefind-title=`));
    expect(existsSync(path.join(seedSite.dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('never shows a removed junk line as a paragraph', async () => {
    for (const source of dossier.sources) {
      const kept = new Set(source.paragraphs.map((p) => p.text));
      for (const removed of source.removed) expect(kept.has(removed.text)).toBe(false);
    }
  });
});
