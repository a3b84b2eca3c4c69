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
  /** What the item is known by from one build to the next, for an item without an id (its first id otherwise; else its content). */
  key?: string;
}

export interface Group {
  /** Path segment of the group's page, unique in its section; also its anchor on a combined page. */
  key: string;
  label: string;
  items: Item[];
  /** The group's frame around (some of) its items, e.g. a speaker's heading; none for a flat list. `first`: the group's first page. */
  wrap?: (children: RootContent[], first: boolean) => RootContent;
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
  /** Route of a further page of a group, given its name (`partNames`); `<group route>/<name>` unless that could meet another route. */
  part?: (groupRoute: string, name: string) => string;
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

/** What an item is known by from one build to the next: its key, its id, or its content. */
const keyOf = (item: Item) => item.key ?? item.ids[0] ?? JSON.stringify(item.node);

/** A number in [0, 1) drawn from a text, the same on every build (FNV-1a, then a finaliser that spreads every bit). */
function draw(text: string, salt: number): number {
  let hash = 0x811c9dc5 ^ salt;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 2 ** 32;
}

/**
 * Cut items into runs of at most `budget` bytes (an item larger than that is a run of its own) where
 * the items themselves say, not at fixed lengths: once a run holds half the budget, it ends before an
 * item that draws (from its key) a number under its bytes over a quarter of the budget. Runs then hold
 * 50–100 % of the budget, about 70 % on average, and the budget itself forces a cut about once in seven
 * runs. An item inserted, grown or dropped changes the run it is in, and the runs after it
 * only when it is such a boundary (its run splits in two, or two join) or moves a forced cut; with cuts
 * at fixed lengths, every later run would move, and with it the anchor map's entry of every item on it.
 */
export function chunk(items: Item[], budget: number): Item[][] {
  const least = budget / 2;
  const mean = budget / 4;
  const runs: Item[][] = [];
  let run: Item[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = estimate(item.node);
    if (run.length > 0 && (size + bytes > budget || (size >= least && draw(keyOf(item), 1) < bytes / mean))) {
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

/**
 * The names of a group's further pages (its first is at the group's own address): each from its first
 * item's key, so that a page keeps its address while other pages are added or dropped before it (a
 * number would move them all, and with them the anchor map's entries of every item they hold).
 */
export function partNames(runs: Item[][]): string[] {
  const taken = new Set<string>();
  return runs.map((run, n) => {
    if (n === 0) return '';
    const base = `p-${Math.floor(draw(keyOf(run[0]!), 2) * 2 ** 32).toString(16).padStart(8, '0')}`;
    let name = base;
    for (let again = 2; taken.has(name); again++) name = `${base}-${again}`;
    taken.add(name);
    return name;
  });
}

const anchorsOf = (items: Item[]): Array<[string, string]> => items.flatMap((item) => item.ids.map((id) => [id, item.ids[0]!] as [string, string]));

/** The pages of one section: one page when it fits, else an index and the groups' pages. */
export function planSection(spec: SectionSpec, budget = pageBudget()): PlannedPage[] {
  const groups = spec.groups.filter((group) => group.items.length > 0);
  const nodesOf = (group: Group, items: Item[], first = true) => {
    const nodes = items.map((item) => item.node);
    return group.wrap ? [group.wrap(nodes, first)] : nodes;
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
  // One group (the event told in order, a list of sources): further pages, the first at the section's address.
  const single = groups.length === 1;
  const partRoute = spec.part ?? ((groupRoute: string, name: string) => `${groupRoute}/${name}`);
  const pages: PlannedPage[] = [];
  const index: RootContent[] = [];
  const up = { href: href(spec.route), label: spec.title };
  for (const group of groups) {
    const runs = chunk(group.items, budget);
    const groupRoute = single ? spec.route : `${spec.route}/${group.key}`;
    const names = partNames(runs);
    const routes = runs.map((_, n) => (n === 0 ? groupRoute : partRoute(groupRoute, names[n]!)));
    // The frame of a page says nothing that changes when a page is added before it (no "part 3 of 9"),
    // and a further page repeats no count of the whole: it changes when its own items do.
    runs.forEach((run, n) => {
      const more = n > 0 ? ' (continued)' : '';
      pages.push({
        ...(spec.unsearched ? { unsearched: true } : {}),
        route: routes[n]!,
        title: single ? `${spec.title}${more}` : `${group.label}${more}`,
        description: n > 0 ? `${single ? spec.title : `${spec.title}: ${group.label}`}, continued.` : single ? spec.description : `${spec.title}: ${group.label}.`,
        ...(single && n === 0 ? { lede: spec.lede } : {}),
        toc: [],
        ...(single && n === 0 ? {} : { up }),
        ...(n > 0 ? { prev: { href: href(routes[n - 1]!), label: 'Previous page' } } : {}),
        ...(n < runs.length - 1 ? { next: { href: href(routes[n + 1]!), label: 'Next page' } } : {}),
        tree: { type: 'root', children: [...(single && n === 0 ? (spec.head ?? []) : []), ...nodesOf(group, run, n === 0)] },
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
