// What the generated pages carry as frontmatter, and what the frame of every page reads (site.json):
// the site reads these, never the whole Dossier model, so a page costs the same at 10 sources or 1,000.
import { z } from 'zod';

const tocItem = z.object({ id: z.string(), label: z.string() });
const link = z.object({ href: z.string(), label: z.string() });

export const pageMeta = z.object({
  title: z.string(),
  description: z.string(),
  lede: z.string().optional(),
  toc: z.array(tocItem).default([]),
  up: link.optional(),
  prev: link.optional(),
  next: link.optional(),
  /** Left out of the search index (a full list of what another page shows). */
  unsearched: z.boolean().optional(),
});

export const sourcePageMeta = pageMeta.extend({
  titleDerived: z.boolean(),
  facts: z.array(z.object({ label: z.string(), value: z.string(), inferred: z.boolean() })),
});

export const siteData = z.object({
  title: z.string(),
  summary: z.string(),
  counts: z.object({ sources: z.number(), statements: z.number(), speakers: z.number(), facts: z.number(), corrections: z.number().default(0) }),
  outlets: z.array(z.object({ name: z.string(), href: z.string(), count: z.number() })),
  moreOutlets: z.number(),
});

/**
 * What the frame of every page shows (content/frame.json): nothing that changes when a source is added. (The
 * case's summary is drawn from the most reported facts, so it moves with every source: only the overview shows it.)
 */
export const frameData = z.object({
  title: z.string(),
  /** The dossier has corrections: the footer links to their page. */
  corrected: z.boolean(),
});

export type PageMeta = z.input<typeof pageMeta>;
export type SourcePageMeta = z.input<typeof sourcePageMeta>;
export type SiteData = z.infer<typeof siteData>;
export type FrameData = z.infer<typeof frameData>;
