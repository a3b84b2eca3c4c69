// The content collections written by scripts/build.ts: the MDX pages (with their metadata as
// frontmatter), the sources' MDX pages, and the little every page's frame shows (site.json).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { pageMeta, siteData, sourcePageMeta } from './schemas/pages.ts';

// The build writes into a staging folder and swaps it into content/ only when the build succeeds.
const base = process.env.CASEFILE_CONTENT_DIR ?? './content';
const idOf = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

export const collections = {
  sources: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/sources`, generateId: idOf }), schema: sourcePageMeta }),
  pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${base}/pages`, generateId: idOf }), schema: pageMeta }),
  site: defineCollection({ loader: file(`${base}/site.json`), schema: siteData }),
};
