// An Astro integration that indexes the built site with Pagefind's Node API when the build is done.
// Every call's `errors[]` is checked, and Pagefind's process is closed whatever happens. scripts/build.ts
// sets CASEFILE_PAGEFIND=later and calls `indexSite` itself, beside the link check.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
}

/** Index the built site in `site` into `site/pagefind/`; the number of pages indexed. */
export async function indexSite(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('create an index', errors);
    if (!index) throw new Error('Pagefind failed to create an index.');
    const added = await index.addDirectory({ path: site });
    check(`index ${site}`, added.errors);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    check('write its files', written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'casefile:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.CASEFILE_PAGEFIND === 'later') return;
        const started = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        const ms = Math.round(performance.now() - started);
        // The benchmark's baseline reads Pagefind's share of its Astro build here.
        process.env.CASEFILE_PAGEFIND_MS = String(ms);
        logger.info(`indexed ${pages} pages in ${ms} ms`);
      },
    },
  };
}
