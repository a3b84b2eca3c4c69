// The page planner: a section that fits stays one page; a larger one becomes an index of its groups,
// each group on its pages, cut into parts that fit the budget; every item is on exactly one page.
import { describe, expect, it } from 'vitest';
import { block, paragraph } from '../src/mdx/jsx.ts';
import { CasefileError } from '../src/errors.ts';
import { chunk, estimate, pageBudget, partNames, planSection, type Group, type Item, type SectionSpec } from '../src/mdx/plan.ts';

const item = (id: string, words = 40): Item => ({ ids: [id, `${id}-alias`], node: block('Fact', { id }, [paragraph(`${id} `.repeat(words))]) });
const group = (key: string, count: number, anchored = true): Group => ({
  key,
  label: key.toUpperCase(),
  anchored,
  items: Array.from({ length: count }, (_, index) => item(`${key}-${index}`)),
  wrap: (children) => block('Theme', { name: key }, children),
});
const spec = (groups: Group[]): SectionSpec => ({ route: 'context', title: 'Context', description: 'd', lede: 'l', tocOfGroups: true, groups });

const itemIds = (tree: { children: unknown[] }) => JSON.stringify(tree).match(/"name":"id","value":"([a-z]+-\d+)"/g) ?? [];

describe('pageBudget', () => {
  it('reads CASEFILE_PAGE_BYTES, and refuses a value that is not a sensible number of bytes', () => {
    expect(pageBudget(undefined)).toBe(150_000);
    expect(pageBudget('')).toBe(150_000);
    expect(pageBudget('60000')).toBe(60_000);
    for (const bad of ['abc', '-5', '100', '1.5e3', '12kb']) {
      expect(() => pageBudget(bad), bad).toThrow(CasefileError);
      expect(() => pageBudget(bad), bad).toThrow(/CASEFILE_PAGE_BYTES is ".*": expected a whole number/);
    }
  });
});

describe('planSection', () => {
  it('keeps a section that fits on its own page, with a table of its groups', () => {
    const pages = planSection(spec([group('a', 3), group('b', 2)]), 1_000_000);
    expect(pages.map((page) => page.route)).toEqual(['context']);
    expect(pages[0]!.toc).toEqual([{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }]);
    expect(pages[0]!.anchors).toContainEqual(['a-1-alias', 'a-1']);
    expect(pages[0]!.anchors).toContainEqual(['b', 'b']);
  });

  it('splits a larger one into an index and a page per group, further pages named by their first item, every item once', () => {
    const one = estimate(item('a-0').node);
    const pages = planSection(spec([group('a', 30), group('b', 2)]), one * 6.5);
    const routes = pages.map((page) => page.route);
    expect(routes.slice(0, 2)).toEqual(['context', 'context/a']);
    expect(routes.at(-1)).toBe('context/b');
    const further = routes.slice(2, -1);
    expect(further.length).toBeGreaterThan(2);
    for (const route of further) expect(route).toMatch(/^context\/a\/p-[0-9a-f]{8}$/);
    const index = JSON.stringify(pages[0]!.tree);
    expect(index).toContain('"value":"/context/a/"');
    expect(index).toContain('"value":"/context/b/"');
    // No "part 2 of 5": the frame of a page holds nothing that moves when a page is added before it.
    expect(pages[1]!.next).toEqual({ href: `/${further[0]}/`, label: 'Next page' });
    expect(pages[2]!.prev).toEqual({ href: '/context/a/', label: 'Previous page' });
    expect(pages[2]!.title).toBe('A (continued)');
    expect(pages[1]!.up).toEqual({ href: '/context/', label: 'Context' });
    const placed = pages.flatMap((page) => page.anchors.filter(([id, target]) => id === target && /-\d+$/.test(id)).map(([id]) => id));
    expect(placed.sort()).toEqual([...Array.from({ length: 30 }, (_, i) => `a-${i}`), 'b-0', 'b-1'].sort());
    for (const page of pages.slice(1)) {
      const size = page.tree.children.reduce((sum, node) => sum + estimate(node), 0);
      expect(size, page.route).toBeLessThanOrEqual(one * 6.5 + 2000);
      expect(itemIds(page.tree).length).toBeGreaterThan(0);
    }
  });

  it('gives a single group further pages at the section\'s own address, or where `part` says', () => {
    const one = estimate(item('a-0').node);
    const flat = { ...spec([{ ...group('a', 12, false), wrap: undefined }]), tocOfGroups: false } as SectionSpec;
    const routes = planSection(flat, one * 2.5).map((page) => page.route);
    expect(routes[0]).toBe('context');
    expect(routes.length).toBeGreaterThan(3);
    for (const route of routes.slice(1)) expect(route).toMatch(/^context\/p-[0-9a-f]{8}$/);
    expect(planSection({ ...flat, part: (route, name) => `${route}/page/${name}` }, one * 2.5).map((page) => page.route)).toEqual(routes.map((route) => route.replace('context/', 'context/page/')));
  });

  it('puts an item larger than the budget on a page of its own', () => {
    const pages = planSection({ ...spec([group('a', 3)]), groups: [{ ...group('a', 3), items: [item('a-0', 5000), item('a-1'), item('a-2')] }] }, 20_000);
    expect(pages.map((page) => page.route)).toEqual(['context', `context/${partNames([[], [item('a-1')]])[1]}`]);
  });
});

// Page boundaries where the items say (content-defined), so that an item added early in a long list
// does not push every later item onto the next page: the pages after it keep their address and items.
describe('chunk', () => {
  const items = (count: number, prefix = 'e') => Array.from({ length: count }, (_, index) => item(`${prefix}-${index}`, 20 + ((index * 7) % 40)));
  const pagesOf = (list: Item[], budget: number) => {
    const pages = planSection({ ...spec([{ ...group('g', 1), items: list }]), tocOfGroups: false }, budget);
    return new Map(pages.map((page) => [page.route, JSON.stringify(page.anchors)]));
  };
  const budget = 40 * estimate(item('e-0', 40).node);

  it('changes about one page when an item is inserted, not every page after it', () => {
    const list = items(400);
    const before = pagesOf(list, budget);
    expect(before.size).toBeGreaterThan(12);
    const counts: number[] = [];
    for (let at = 0; at < 380; at += 9) {
      const after = pagesOf([...list.slice(0, at), item(`inserted-${at}`, 45), ...list.slice(at)], budget);
      const changed = [...after].filter(([route, anchors]) => before.get(route) !== anchors).map(([route]) => route);
      counts.push(changed.length);
      // The page the item lands in (and one split off it, when the item is a boundary itself), and now
      // and then the few after it while a moved cut finds the old boundaries again: never the list's end.
      expect(changed, `inserted at ${at}`).not.toContain([...after.keys()].at(-1));
      expect(changed.length, `inserted at ${at}: ${changed.join(' ')}`).toBeLessThanOrEqual(6);
    }
    expect(counts.reduce((sum, count) => sum + count, 0) / counts.length).toBeLessThan(2);
  });

  it('keeps the pages after an item that grew (more citations) as they were, unless it forced a cut', () => {
    const list = items(400);
    const before = pagesOf(list, budget);
    const grown = list.map((entry, index) => (index === 120 ? item('e-120', 55) : entry));
    const after = pagesOf(grown, budget);
    expect([...after].filter(([route, anchors]) => before.get(route) !== anchors).length).toBeLessThanOrEqual(2);
  });

  it('fills each page to between half the budget and the budget, but a group\'s last', () => {
    const runs = chunk(items(600), budget);
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs.slice(0, -1)) {
      const size = run.reduce((sum, entry) => sum + estimate(entry.node), 0);
      expect(size).toBeGreaterThanOrEqual(budget / 2);
      expect(size).toBeLessThanOrEqual(budget);
    }
    expect(runs.flat().map((entry) => entry.ids[0])).toEqual(items(600).map((entry) => entry.ids[0]));
  });

  it('names a page by its first item, and two pages whose names would meet apart', () => {
    const names = partNames([[item('x')], [item('y')], [item('y')]]);
    expect(names[0]).toBe('');
    expect(names[1]).toMatch(/^p-[0-9a-f]{8}$/);
    expect(names[2]).toBe(`${names[1]}-2`);
    expect(partNames([[], [{ ids: [], key: 'k', node: item('z').node }]])[1]).toBe(partNames([[], [{ ids: ['k'], node: item('w').node }]])[1]);
  });
});
