// Astro publishes the dossier from content/ (written by scripts/build.ts); Pagefind indexes it when the build is done.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

const content = path.resolve(process.env.CASEFILE_CONTENT_DIR ?? './content');

/** The pages a rebuild takes from the last build rather than render (scripts/build.ts), which the sitemap lists too. */
function keptPages() {
  try {
    return JSON.parse(readFileSync(path.join(content, 'kept.json'), 'utf8')).map((page) => new URL(page, process.env.DOSSIER_SITE).href);
  } catch {
    return [];
  }
}

export default defineConfig({
  site: process.env.DOSSIER_SITE || undefined,
  trailingSlash: 'always',
  cacheDir: './.cache/astro',
  build: { format: 'directory' },
  // Seed text is shown as the sources have it: no typographic rewriting, no autolinked addresses. The
  // generated pages hold no code blocks, so no highlighter is loaded.
  markdown: { syntaxHighlight: false },
  // The sitemap needs absolute URLs, so it is written only when DOSSIER_SITE names where the dossier lives.
  integrations: [mdx({ smartypants: false, gfm: false }), ...(process.env.DOSSIER_SITE ? [sitemap({ customPages: keptPages() })] : []), pagefind()],
  devToolbar: { enabled: false },
  vite: {
    // The generated pages are plain MDX modules under `@content` (src/site/content.ts): content/, the
    // build's staging copy of it, or a rebuild's view of that copy with only the pages that changed.
    resolve: { alias: { '@content': content } },
    build: {
      rollupOptions: {
        // Astro marks every MDX module with a directive the bundler cannot keep; the warning is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
