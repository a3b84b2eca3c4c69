// The generated pages as plain MDX modules (each exports its frontmatter and its Content), loaded
// only when a page renders: a thousand sources cost a thousand modules, not a content store of them.
import { frameData, pageMeta, siteData, sourcePageMeta, type FrameData, type SiteData } from '../schemas/pages.ts';
import { anchorShards } from './anchors.ts';
import { frameModule, pageModules, shardsModule, siteModule, sourceModules, type MdxModule } from './content-index.ts';

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

export function pageEntries() {
  return Object.entries(pageModules).map(([file, loader]) => ({ id: idOf(file, 'pages'), load: () => load(loader, pageMeta, file) }));
}

export function sourceEntries() {
  return Object.entries(sourceModules).map(([file, loader]) => ({ id: idOf(file, 'sources'), load: () => load(loader, sourcePageMeta, file) }));
}

/** The anchor map shards to serve (src/pages/anchors/[shard].json.ts): every one, or those a rebuild names. */
export function shardsToServe(): string[] {
  const only = Object.values(shardsModule)[0];
  return only ? anchorShards.filter((shard) => only.includes(shard)) : anchorShards;
}

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
