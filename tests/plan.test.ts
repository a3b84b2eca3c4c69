// The page planner: a section that fits stays one page; a larger one becomes an index of its groups,
// each group on its pages, cut into parts that fit the budget; every item is on exactly one page.
import { describe, expect, it } from 'vitest';
import { block, paragraph } from '../src/mdx/jsx.ts';
import { CasefileError } from '../src/errors.ts';
import { estimate, pageBudget, planSection, type Group, type Item, type SectionSpec } from '../src/mdx/plan.ts';

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

  it('splits a larger one into an index and a page per group, parts numbered, every item once', () => {
    const one = estimate(item('a-0').node);
    const pages = planSection(spec([group('a', 10), group('b', 2)]), one * 4.5);
    expect(pages.map((page) => page.route)).toEqual(['context', 'context/a', 'context/a/2', 'context/a/3', 'context/b']);
    const index = JSON.stringify(pages[0]!.tree);
    expect(index).toContain('"value":"/context/a/"');
    expect(index).toContain('"value":"/context/b/"');
    expect(pages[1]!.next).toEqual({ href: '/context/a/2/', label: 'Part 2' });
    expect(pages[2]!.prev).toEqual({ href: '/context/a/', label: 'Part 1' });
    expect(pages[1]!.up).toEqual({ href: '/context/', label: 'Context' });
    const placed = pages.flatMap((page) => page.anchors.filter(([id, target]) => id === target && /-\d+$/.test(id)).map(([id]) => id));
    expect(placed.sort()).toEqual([...Array.from({ length: 10 }, (_, i) => `a-${i}`), 'b-0', 'b-1'].sort());
    for (const page of pages.slice(1)) {
      const size = page.tree.children.reduce((sum, node) => sum + estimate(node), 0);
      expect(size, page.route).toBeLessThanOrEqual(one * 4.5 + 2000);
      expect(itemIds(page.tree).length).toBeGreaterThan(0);
    }
  });

  it('gives a single group numbered parts at the section\'s own address, or where `part` says', () => {
    const one = estimate(item('a-0').node);
    const flat = { ...spec([{ ...group('a', 5, false), wrap: undefined }]), tocOfGroups: false } as SectionSpec;
    expect(planSection(flat, one * 2.5).map((page) => page.route)).toEqual(['context', 'context/2', 'context/3']);
    expect(planSection({ ...flat, part: (route, n) => `${route}/page/${n}` }, one * 2.5).map((page) => page.route)).toEqual(['context', 'context/page/2', 'context/page/3']);
  });

  it('puts an item larger than the budget on a page of its own', () => {
    const pages = planSection({ ...spec([group('a', 3)]), groups: [{ ...group('a', 3), items: [item('a-0', 5000), item('a-1'), item('a-2')] }] }, 20_000);
    expect(pages.map((page) => page.route)).toEqual(['context', 'context/2']);
  });
});
