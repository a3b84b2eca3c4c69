// The lists of generated files and the data beside them (content/): which pages exist, each page's
// cache key, the frame and the overview's figures. Astro's incremental build leaves this module out of
// the code it hashes per route (src/integrations/incremental.ts), so that adding a page does not look
// like a change of the code every page depends on; what each page renders is in its cache key instead.
import type { CacheKeys, FrameData, SiteData } from '../schemas/pages.ts';

export type { CacheKeys };

export interface MdxModule {
  frontmatter: unknown;
  default: import('astro/runtime/server/index.js').AstroComponentFactory;
}

export const pageModules = import.meta.glob<MdxModule>('@content/pages/**/*.mdx');
export const sourceModules = import.meta.glob<MdxModule>('@content/sources/*.mdx');
export const siteModule = import.meta.glob<SiteData>('@content/site.json', { eager: true, import: 'site' });
export const frameModule = import.meta.glob<FrameData>('@content/frame.json', { eager: true, import: 'default' });
export const keysModule = import.meta.glob<CacheKeys>('@content/keys.json', { eager: true, import: 'default' });
