// The content/ folder as a list of files: an MDX page (with its metadata as frontmatter) per planned
// page and per source, the little the frame of every page needs (frame.json), the overview's counts
// (site.json), the anchor map that resolves a permalink to the page now holding it, and a notice that
// the folder is generated.
import type { Root, RootContent } from 'mdast';
import type { ReviewEntry } from '../review/queue.ts';
import type { Dossier, Source } from '../schemas/dossier.ts';
import { createHash } from 'node:crypto';
import type { FrameData, PageMeta, SiteData, SourcePageMeta } from '../schemas/pages.ts';
import { anchorShard, anchorShards } from '../site/anchors.ts';
import {
  contextSection,
  detailSections,
  entitiesSection,
  eventSection,
  figuresSection,
  lookupOf,
  sourceLabel,
  sourcePage,
  sourcesSection,
  statementsSection,
  timelineSection,
  timelineStrip,
  type GeneratedFile,
  placedHref,
  type Lookup,
} from './pages.ts';
import { correctionsSection, reviewSection } from './corrections.ts';
import { overviewPage } from './overview.ts';
import { href, pageBudget, planSection, type PlannedPage } from './plan.ts';
import { toMdx } from './serialize.ts';
import { plainDate } from '../assemble/dates.ts';

export type { GeneratedFile } from './pages.ts';

/** A file of content/ before it is made: its path, the digest of what it is made of, and how to make it. */
export interface PlannedFile {
  path: string;
  digest: string;
  make: () => string;
}

const digestOf = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
};

const notice = `# Generated content

Everything in this folder is written by \`npm run build\` (scripts/build.ts) from the texts in \`seeds/\`.
Do not edit it: the next build replaces it whole. Change the seeds or the pipeline instead.
`;

/** Every page of the dossier but the sources' own: the sections, split as their size asks, and the pages of long lists. */
export function planPages(lookup: Lookup, budget = pageBudget()): { pages: PlannedPage[]; details: PlannedPage[] } {
  const place = (pages: PlannedPage[]) => {
    for (const page of pages) for (const [id, target] of page.anchors) if (!lookup.placed.has(id)) lookup.placed.set(id, [href(page.route), target]);
    return pages;
  };
  // The entity index links to speakers' statements and the statements to the index: the entities are
  // planned first, the statements then link to where they went, and the entities' links are set last.
  const entities = place(planSection(entitiesSection(lookup), budget));
  const statements = place(planSection(statementsSection(lookup), budget));
  for (const page of entities) linkStatements(page.tree, lookup);
  // A dossier made by hand (or before corrections existed) may have no list of corrections.
  const sections = [eventSection, contextSection, timelineSection, figuresSection, sourcesSection, ...((lookup.dossier.corrections?.length ?? 0) > 0 ? [correctionsSection] : [])];
  const others = sections.flatMap((section) => place(planSection(section(lookup), budget)));
  // The pages of long lists repeat items shown elsewhere: their ids stay with the section pages.
  const details = detailSections(lookup).flatMap((spec) => planSection(spec, budget));
  return { pages: [...statements, ...entities, ...others], details };
}

/** Point each entity's "statements" link at the page its speaker's statements went to. */
function linkStatements(node: Root | RootContent, lookup: Lookup): void {
  if (node.type === 'mdxJsxFlowElement' && node.name === 'EntityEntry') {
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'statements' || typeof attribute.value !== 'string') continue;
      attribute.value = placedHref(lookup, attribute.value.slice(attribute.value.indexOf('#') + 1), attribute.value);
    }
  }
  if ('children' in node) for (const child of node.children) linkStatements(child, lookup);
}

function pageMeta(page: PlannedPage): PageMeta {
  return {
    title: page.title,
    description: page.description,
    ...(page.lede ? { lede: page.lede } : {}),
    toc: page.toc,
    ...(page.up ? { up: page.up } : {}),
    ...(page.prev ? { prev: page.prev } : {}),
    ...(page.next ? { next: page.next } : {}),
    ...(page.unsearched ? { unsearched: true } : {}),
  };
}

function sourceMeta(source: Source): SourcePageMeta {
  const used = new Set(source.paragraphs.map((paragraph) => paragraph.heading));
  return {
    title: source.title,
    description: `${source.title}, as ${source.outlet ?? 'the source'} published it, cleaned of page junk, with an anchor on every paragraph.`,
    toc: source.headings.filter((heading) => used.has(heading.text)).map((heading) => ({ id: heading.id, label: heading.text })),
    titleDerived: source.titleDerived,
    facts: [
      ['Outlet', source.outlet],
      ['Published', source.published],
      ['Republished from', source.republishedFrom ? [source.republishedFrom.outlet, source.republishedFrom.published].filter(Boolean).join(', ') : null],
      ['Dates read against', readAgainst(source)],
      ['By', source.byline],
      ['Dateline', source.dateline],
      ['Address', source.url],
      ['File', source.file],
    ]
      .filter((fact): fact is [string, string] => Boolean(fact[1]))
      .map(([label, value]) => ({ label, value, inferred: source.inferred.includes(label.toLowerCase()) })),
  };
}

const referenceKinds = {
  published: 'its publication date',
  republished: "the original's publication date (the text was written then)",
  'dated line': 'the date line of the text',
  dateline: 'its dateline',
  'dateline, year from the case': "its dateline, which gives no year: the year is that of the case's other sources",
  'dated line, year from the case': "the day it stands under, which gives no year: the year is that of the case's other sources",
  'the case': "none of its own: the day the case's other sources were mostly written (its relative times are approximate)",
} as const;

/** The date the source's relative times ("on Tuesday", "earlier this year") were read against, and whence it came. */
function readAgainst(source: Source): string | null {
  const reference = source.timesReadAgainst;
  return reference ? `${plainDate(reference.date)}, ${referenceKinds[reference.kind]}` : 'none: relative times stay undated';
}

/** What the frame of every page shows: the case, the counts, and the outlets (capped). */
export function siteData(dossier: Dossier, limit = 12): SiteData {
  const outlets = new Map<string, { name: string; href: string; count: number }>();
  for (const source of dossier.sources) {
    const name = sourceLabel(source);
    const outlet = outlets.get(name) ?? { name, href: source.href, count: 0 };
    outlet.count += 1;
    outlets.set(name, outlet);
  }
  const all = [...outlets.values()];
  return {
    title: dossier.case.title,
    summary: dossier.case.summary,
    counts: { sources: dossier.sources.length, statements: dossier.statements.length, speakers: dossier.speakers.length, facts: dossier.facts.length, corrections: dossier.corrections?.length ?? 0 },
    outlets: all.slice(0, limit),
    moreOutlets: Math.max(0, all.length - limit),
  };
}

/** What the frame of every page shows: only what does not change when a source is added. */
export function frameData(dossier: Dossier): FrameData {
  return { title: dossier.case.title, corrected: (dossier.corrections?.length ?? 0) > 0 };
}

export interface ContentOptions {
  /** The review queue's page, which only `npm run dev` writes (the published site has none). */
  review?: ReviewEntry[];
  /** Mixed into every page's digest: a digest of the code that turns a tree into MDX and MDX into HTML. */
  salt?: string;
}

/**
 * The content/ folder as a plan: every file with the digest of what it is made of (a page's tree and
 * metadata, the frame), and a way to make it. A page whose digest is unchanged since the last build
 * need not be serialised again, nor rendered again while the code that renders it is the same (scripts/build.ts).
 */
export function contentPlan(dossier: Dossier, options: ContentOptions = {}): PlannedFile[] {
  const lookup = lookupOf(dossier);
  const { pages, details } = planPages(lookup);
  if (options.review) details.push(...planSection(reviewSection(options.review), pageBudget()));
  // The anchor map is where planning put every id, split into shards by a hash of the id.
  const shards = new Map<string, Record<string, [string, string]>>();
  for (const [id, place] of lookup.placed) {
    const shard = anchorShard(id);
    const map = shards.get(shard) ?? {};
    shards.set(shard, map);
    map[id] = place;
  }
  const frame = `${JSON.stringify(frameData(dossier), null, 1)}\n`;
  const salt = `${options.salt ?? ''}\0${frame}`;
  const data = (path: string, contents: string): PlannedFile => ({ path, digest: digestOf(contents), make: () => contents });
  const page = (path: string, tree: Root, meta: PageMeta | SourcePageMeta): PlannedFile => ({ path, digest: digestOf(salt, JSON.stringify(meta), JSON.stringify(tree)), make: () => toMdx(tree, meta) });
  return [
    data('README.md', notice),
    data('site.json', `${JSON.stringify({ site: siteData(dossier) }, null, 1)}\n`),
    data('frame.json', frame),
    // Shards with no id are not written; the site serves them as `{}` (src/pages/anchors/[shard].json.ts).
    ...anchorShards.filter((shard) => shards.has(shard)).map((shard) => data(`anchors/${shard}.json`, `${JSON.stringify(shards.get(shard))}\n`)),
    page('pages/index.mdx', overviewPage(lookup, [timelineStrip(lookup, true)].filter((node): node is RootContent => node !== null)), { title: dossier.case.title, description: dossier.case.summary, toc: [] }),
    ...[...pages, ...details].map((planned) => page(`pages/${planned.route}.mdx`, planned.tree, pageMeta(planned))),
    // A source's page is made of its metadata and of that source alone (by src/mdx, which the salt covers):
    // its digest is theirs, and its tree is made only when the page is written, not for every page on every build.
    ...dossier.sources.map((source): PlannedFile => {
      const meta = sourceMeta(source);
      return { path: `sources/${source.id}.mdx`, digest: digestOf(salt, JSON.stringify(meta), 'source', JSON.stringify(source)), make: () => toMdx(sourcePage(source), meta) };
    }),
  ];
}

/** The content/ folder as a list of files, every one made. */
export function contentFiles(dossier: Dossier, options: ContentOptions = {}): GeneratedFile[] {
  return contentPlan(dossier, options).map((file) => ({ path: file.path, contents: file.make() }));
}
