// The built seed site for browser tests: served once per test file, with the list of its pages.
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/serve.ts';
import type { Dossier } from '../../src/schemas/dossier.ts';
import { seedSite } from './build.ts';

export interface SiteUnderTest {
  base: string;
  browser: Browser;
  dossier: Dossier;
  /** Every page of the site, the 404 page included (reached through an address that does not exist). */
  pages: string[];
  close: () => Promise<void>;
}

export async function openSite(): Promise<SiteUnderTest> {
  const dossier = JSON.parse(await readFile(path.join(seedSite.dist, 'dossier.json'), 'utf8')) as Dossier;
  const { server, url } = await serve(seedSite.dist);
  const browser = await launchBrowser();
  const pages = ['/', '/event/', '/statements/', '/context/', '/timeline/', '/entities/', '/sources/', '/search/', ...dossier.sources.map((source) => source.href), '/no-such-page/'];
  return { base: url, browser, dossier, pages, close: () => shut(browser, server) };
}

async function shut(browser: Browser, server: Server): Promise<void> {
  await browser.close();
  server.close();
}
