// The lists of generated files and the data beside them (content/, or the view of it a rebuild renders):
// which pages exist, the frame, the overview's figures, and which anchor map shards to serve.
import type { FrameData, SiteData } from '../schemas/pages.ts';

export interface MdxModule {
  frontmatter: unknown;
  default: import('astro/runtime/server/index.js').AstroComponentFactory;
}

export const pageModules = import.meta.glob<MdxModule>('@content/pages/**/*.mdx');
export const sourceModules = import.meta.glob<MdxModule>('@content/sources/*.mdx');
export const siteModule = import.meta.glob<SiteData>('@content/site.json', { eager: true, import: 'site' });
export const frameModule = import.meta.glob<FrameData>('@content/frame.json', { eager: true, import: 'default' });
/** The shards a rebuild serves (scripts/build.ts writes it in its view of content/); none: every shard. */
export const shardsModule = import.meta.glob<string[]>('@content/shards.json', { eager: true, import: 'default' });
