// The content collections: the MDX pages and sources written by scripts/build.ts, and the Dossier
// model itself, validated with the same schema the pipeline uses.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { dossier } from './schemas/dossier.ts';

// The build writes into a staging folder and swaps it into content/ only when the build succeeds.
const base = process.env.CASEFILE_CONTENT_DIR ?? './content';
const idOf = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

export const collections = {
  sources: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/sources`, generateId: idOf }) }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/pages`, generateId: idOf }) }),
  dossier: defineCollection({ loader: file(`${base}/dossier.json`), schema: dossier }),
};
