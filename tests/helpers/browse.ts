// A built site served and open in Chromium for one test: a page that records page errors and
// dialogs (anything that ran), then everything closed again whatever the test did.
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/serve.ts';

export async function browse(dist: string, use: (page: Page, url: string, errors: string[]) => Promise<void>): Promise<void> {
  const { server, url } = await serve(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await use(page, url, errors);
  } finally {
    await browser.close();
    server.close();
  }
}
