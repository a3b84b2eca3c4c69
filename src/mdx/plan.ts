// Which page each part of the dossier goes on. A section whose parts fit one page keeps them on its
// own page; a larger one becomes an index of its groups (speakers, themes, months, letters), each group
// on its own page, cut into numbered parts when it alone is too large. The permalink of a part stays
// `/<section>/#<id>`: every page resolves an id it does not hold through the anchor map (`anchors`).
import type { Root, RootContent } from 'mdast';
import { errors } from '../errors.ts';
import { block } from './jsx.ts';

/** What a page may hold, in estimated bytes of HTML for its content (the frame adds about 10 KB). */
export const defaultBudget = 150_000;

export function pageBudget(value = process.env.CASEFILE_PAGE_BYTES): number {
  if (value === undefined || value.trim() === '') return defaultBudget;
  const bytes = Number(value);
  if (!Number.isInteger(bytes) || bytes < 2000) throw errors.badPageBudget(value);
  return bytes;
}

export interface Item {
  /** The item's own id, then every other id that leads to it (aliases). */
  ids: string[];
  node: RootContent;
}

export interface Group {
  /** Path segment of the group's page, unique in its section; also its anchor on a combined page. */
  key: string;
  label: string;
  items: Item[];
  /** The group's frame around (some of) its items, e.g. a speaker's heading; none for a flat list. */
  wrap?: (children: RootContent[]) => RootContent;
  /** The frame carries `key` as its id (a speaker's or a theme's heading). */
  anchored?: boolean;
}

export interface TocItem {
  id: string;
  label: string;
}

export interface Link {
  href: string;
  label: string;
}

export interface PlannedPage {
  /** Route without slashes at the ends, e.g. `statements` or `statements/speaker-x/2`. */
  route: string;
  title: string;
  description: string;
  lede?: string;
  toc: TocItem[];
  up?: Link;
  prev?: Link;
  next?: Link;
  tree: Root;
  unsearched?: boolean;
  /** Ids of the items on the page, with the id each leads to (an alias leads to its item). */
  anchors: Array<[string, string]>;
}

export interface SectionSpec {
  route: string;
  title: string;
  description: string;
  lede: string;
  groups: Group[];
  /** The groups' labels are worth an "on this page" list when the section is one page. */
  tocOfGroups: boolean;
  /** The pages that list an item's sources in full repeat what search finds elsewhere: not indexed. */
  unsearched?: boolean;
  /** The index line of a group on a split section, e.g. "12 statements". */
  count?: (group: Group) => string;
  /** What the section's first page shows above its groups (the timeline's strip). */
  head?: RootContent[];
  /** Route of part n ≥ 2 of a group's pages; `<group route>/<n>` unless that could meet another route. */
  part?: (groupRoute: string, n: number) => string;
}

export const href = (route: string) => (route === '' ? '/' : `/${route}/`);

/** Values filed into groups by `groupOf`, in the order each group is first met, each value as an item. */
export function fileInto<T>(values: T[], groupOf: (value: T) => { key: string; label: string }, itemOf: (value: T) => Item): Group[] {
  const groups = new Map<string, Group>();
  for (const value of values) {
    const { key, label } = groupOf(value);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label, items: [] }));
    group.items.push(itemOf(value));
  }
  return [...groups.values()];
}

/** "1 statement", "1,204 statements": how much a group holds, for a section's index. */
export const counted = (one: string, many = `${one}s`) => (group: Group) => `${group.items.length.toLocaleString('en')} ${group.items.length === 1 ? one : many}`;

/** Rough bytes of HTML a node renders to: its text and attributes, and a weight per element. */
export function estimate(node: RootContent | Root): number {
  let bytes = 0;
  const walk = (current: RootContent | Root) => {
    if (current.type === 'text') bytes += current.value.length * 1.1;
    else if (current.type === 'mdxJsxFlowElement' || current.type === 'mdxJsxTextElement') {
      bytes += weights[current.name ?? ''] ?? 120;
      for (const attribute of current.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') bytes += attribute.value.length * 1.3;
      }
    } else bytes += 20;
    if ('children' in current) for (const child of current.children) walk(child as RootContent);
  };
  walk(node);
  return bytes;
}

// The components' own markup (src/components), measured on built pages: those with a permalink
// carry a '#' link and a copy-link button.
const weights: Record<string, number> = {
  Statement: 200,
  Quotation: 1100,
  Wording: 120,
  Carrier: 140,
  Fact: 1200,
  TimelineEntry: 1100,
  EntityEntry: 1100,
  SpeakerSection: 1200,
  Theme: 1000,
  Cite: 260,
  More: 120,
  GroupLink: 160,
  FigureEntry: 1100,
  SourceEntry: 220,
};

/** Cut items into runs that each fit the budget (an item larger than the budget is a run of its own). */
export function chunk(items: Item[], budget: number): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = estimate(item.node);
    if (run.length > 0 && size + bytes > budget) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(item);
    size += bytes;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const anchorsOf = (items: Item[]): Array<[string, string]> => items.flatMap((item) => item.ids.map((id) => [id, item.ids[0]!] as [string, string]));

/** The pages of one section: one page when it fits, else an index and the groups' pages. */
export function planSection(spec: SectionSpec, budget = pageBudget()): PlannedPage[] {
  const groups = spec.groups.filter((group) => group.items.length > 0);
  const nodesOf = (group: Group, items: Item[]) => {
    const nodes = items.map((item) => item.node);
    return group.wrap ? [group.wrap(nodes)] : nodes;
  };
  const whole = groups.flatMap((group) => nodesOf(group, group.items));
  const wholeSize = whole.reduce((sum, node) => sum + estimate(node), 0);
  const base = { title: spec.title, description: spec.description, lede: spec.lede, ...(spec.unsearched ? { unsearched: true } : {}) };
  if (wholeSize <= budget) {
    return [
      {
        ...base,
        route: spec.route,
        toc: spec.tocOfGroups ? groups.map((group) => ({ id: group.key, label: group.label })) : [],
        tree: { type: 'root', children: [...(spec.head ?? []), ...whole] },
        anchors: [...groups.filter((group) => group.anchored).map((group) => [group.key, group.key] as [string, string]), ...groups.flatMap((group) => anchorsOf(group.items))],
      },
    ];
  }
  // One group (the event told in order, a list of sources): numbered parts, the first at the section's address.
  const single = groups.length === 1;
  const partRoute = spec.part ?? ((groupRoute: string, n: number) => `${groupRoute}/${n}`);
  const pages: PlannedPage[] = [];
  const index: RootContent[] = [];
  const up = { href: href(spec.route), label: spec.title };
  for (const group of groups) {
    const runs = chunk(group.items, budget);
    const groupRoute = single ? spec.route : `${spec.route}/${group.key}`;
    const routes = runs.map((_, n) => (n === 0 ? groupRoute : partRoute(groupRoute, n + 1)));
    runs.forEach((run, n) => {
      const part = runs.length > 1 ? ` (part ${n + 1} of ${runs.length})` : '';
      pages.push({
        ...(spec.unsearched ? { unsearched: true } : {}),
        route: routes[n]!,
        title: single ? `${spec.title}${part}` : `${group.label}${part}`,
        description: single ? spec.description : `${spec.title}: ${group.label}${part}.`,
        ...(single && n === 0 ? { lede: spec.lede } : {}),
        toc: [],
        ...(single && n === 0 ? {} : { up }),
        ...(n > 0 ? { prev: { href: href(routes[n - 1]!), label: `Part ${n}` } } : {}),
        ...(n < runs.length - 1 ? { next: { href: href(routes[n + 1]!), label: `Part ${n + 2}` } } : {}),
        tree: { type: 'root', children: [...(single && n === 0 ? (spec.head ?? []) : []), ...nodesOf(group, run)] },
        anchors: [...(n === 0 && group.anchored ? [[group.key, group.key] as [string, string]] : []), ...anchorsOf(run)],
      });
    });
    if (!single) index.push(block('GroupLink', { href: href(groupRoute), label: group.label, count: spec.count?.(group) ?? String(group.items.length), parts: runs.length > 1 ? runs.length : null }));
  }
  if (!single) {
    pages.unshift({
      ...base,
      route: spec.route,
      toc: [],
      tree: { type: 'root', children: [...(spec.head ?? []), block('GroupList', {}, index)] },
      anchors: [],
    });
  }
  return pages;
}
