// Sharing and discovery: titles, descriptions and card metadata on every page; canonical URLs and a
// sitemap only when DOSSIER_SITE says where the dossier lives; a favicon and a 404 page.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runBuild, seedSite } from './helpers/build.ts';

const sited = { content: path.join(repoRoot, '.cache/test-site-sited/content'), dist: path.join(repoRoot, '.cache/test-site-sited/dist') };
const html = (dist: string, page: string) => readFile(path.join(dist, page, page.endsWith('.html') ? '' : 'index.html'), 'utf8');
const meta = (page: string, attribute: string, name: string) => page.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1];

describe('without a site URL', () => {
  it('gives every page a title, a description and card metadata, but no canonical URL or sitemap', async () => {
    for (const page of ['/', '/event/', '/statements/', '/sources/', '/search/', '404.html']) {
      const text = await html(seedSite.dist, page);
      expect(text, page).toMatch(/<title>[^<]{3,}<\/title>/);
      expect(meta(text, 'name', 'description')?.length, page).toBeGreaterThan(20);
      expect(meta(text, 'property', 'og:title'), page).toBeTruthy();
      expect(meta(text, 'name', 'twitter:card'), page).toBe('summary');
      expect(text, page).not.toContain('rel="canonical"');
    }
    expect(existsSync(path.join(seedSite.dist, 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(path.join(seedSite.dist, 'favicon.svg'))).toBe(true);
    expect(await html(seedSite.dist, '404.html')).toContain('Page not found');
  });
});

describe('with DOSSIER_SITE', () => {
  beforeAll(async () => {
    const run = await runBuild(['--seeds', 'seeds', '--content', sited.content, '--out', sited.dist], { DOSSIER_SITE: 'https://dossier.example.org/' });
    if (run.code !== 0) throw new Error(run.stderr);
  }, 300_000);

  it('writes canonical URLs and a sitemap of every page', async () => {
    const statements = await html(sited.dist, '/statements/');
    expect(statements).toContain('<link rel="canonical" href="https://dossier.example.org/statements/">');
    expect(meta(statements, 'property', 'og:url')).toBe('https://dossier.example.org/statements/');
    const sitemap = await readFile(path.join(sited.dist, 'sitemap-0.xml'), 'utf8');
    for (const page of ['/', '/event/', '/statements/', '/sources/']) expect(sitemap).toContain(`<loc>https://dossier.example.org${page}</loc>`);
  });
});
