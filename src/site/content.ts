// The generated pages as plain MDX modules (each exports its frontmatter and its Content), loaded
// only when a page renders: a thousand sources cost a thousand modules, not a content store of them.
// Each entry carries the cache key the build wrote for it, so an unchanged page is not rendered again.
import { frameData, pageMeta, siteData, sourcePageMeta, type FrameData, type SiteData } from '../schemas/pages.ts';
import { frameModule, keysModule, pageModules, siteModule, sourceModules, type CacheKeys, type MdxModule } from './content-index.ts';

/** `…/pages/statements/speaker-x.mdx` → `statements/speaker-x`. */
const idOf = (file: string, folder: string) => file.slice(file.lastIndexOf(`/${folder}/`) + folder.length + 2).replace(/\.mdx$/, '');

async function load<T>(load: () => Promise<MdxModule>, schema: { parse: (data: unknown) => T }, file: string) {
  const module = await load();
  try {
    return { meta: schema.parse(module.frontmatter), Content: module.default };
  } catch (error) {
    throw new Error(`${file}: unexpected frontmatter (${error instanceof Error ? error.message : String(error)}); run \`npm run build\` again.`);
  }
}

/** The build's cache keys; none (every page rendered) for content written without them. */
function keys(): CacheKeys {
  return Object.values(keysModule)[0] ?? { pages: {}, sources: {}, anchors: {} };
}

export function pageEntries() {
  const { pages } = keys();
  return Object.entries(pageModules).map(([file, loader]) => {
    const id = idOf(file, 'pages');
    return { id, cacheKey: pages[id], load: () => load(loader, pageMeta, file) };
  });
}

export function sourceEntries() {
  const { sources } = keys();
  return Object.entries(sourceModules).map(([file, loader]) => {
    const id = idOf(file, 'sources');
    return { id, cacheKey: sources[id], load: () => load(loader, sourcePageMeta, file) };
  });
}

/** The cache key of an anchor map shard (src/pages/anchors/[shard].json.ts). */
export const anchorKey = (shard: string): string | undefined => keys().anchors[shard];

/** What the overview shows of the whole dossier: counts and outlets (content/site.json). */
export function getSite(): SiteData {
  const site = Object.values(siteModule)[0];
  if (!site) throw new Error('content/site.json is missing: run `npm run build`, which writes it.');
  return siteData.parse(site);
}

/** What the frame of every page shows (content/frame.json): the case, and whether it has corrections. */
export function getFrame(): FrameData {
  const frame = Object.values(frameModule)[0];
  if (!frame) throw new Error('content/frame.json is missing: run `npm run build`, which writes it.');
  return frameData.parse(frame);
}
