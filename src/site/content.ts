// The generated pages as plain MDX modules (each exports its frontmatter and its Content), loaded
// only when a page renders: a thousand sources cost a thousand modules, not a content store of them.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { pageMeta, siteData, sourcePageMeta, type SiteData } from '../schemas/pages.ts';

interface MdxModule {
  frontmatter: unknown;
  default: AstroComponentFactory;
}

const pageModules = import.meta.glob<MdxModule>('@content/pages/**/*.mdx');
const sourceModules = import.meta.glob<MdxModule>('@content/sources/*.mdx');
const siteModule = import.meta.glob<SiteData>('@content/site.json', { eager: true, import: 'site' });

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

export function getSite(): SiteData {
  const site = Object.values(siteModule)[0];
  if (!site) throw new Error('content/site.json is missing: run `npm run build`, which writes it.');
  return siteData.parse(site);
}
