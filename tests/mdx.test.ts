// Hostile seed text through the MDX writer and the real MDX compiler: every pattern renders as the
// literal text and nothing in it runs.
import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { block, inline, paragraph, text as textNode } from '../src/mdx/jsx.ts';
import { frontmatterOf, stringifyOptions, toMdx } from '../src/mdx/serialize.ts';
import { hostile } from './helpers/hostile.ts';
import { elementsOf, renderMdx, textOf } from './helpers/mdx.ts';



// Characters YAML treats apart: C1 controls, DEL, the line separators, non-characters, a lone surrogate.
const yamlHostile = ['---', 'a\n---\nb', 'key: value', '# comment', '- item', '"quoted" \\ back', '\u0085 \u007f \u2028 \u2029 \ufffe \uffff', 'lone \ud800 half', '2023-08-29', 'yes', '~', '!!js/function x'];

describe('generated MDX keeps seed text as text', () => {
  for (const text of [...hostile, ...yamlHostile]) {
    it(`renders ${JSON.stringify(text)} literally`, async () => {
      const tree = { type: 'root' as const, children: [block('SourceParagraph', { id: 'p-1', title: text }, [paragraph(text)]), paragraph(text)] };
      const mdx = toMdx(tree, { title: text, toc: [{ id: 'x', label: text }] });
      (globalThis as { pwned?: unknown }).pwned = undefined;
      const { tree: rendered, code, frontmatter } = await renderMdx(mdx);
      expect(frontmatter).toEqual({ title: text, toc: [{ id: 'x', label: text }] });
      expect(code).not.toMatch(/^\s*(import|export)\s/m);
      expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
      const paragraphs = elementsOf(rendered).filter((candidate) => candidate.type === 'p').map((candidate) => textOf(candidate.props.children));
      expect(paragraphs).toEqual([text, text]);
      const element = elementsOf(rendered).find((candidate) => candidate.type === 'SourceParagraph');
      expect(element?.props.title).toBe(text);
      const names = elementsOf(rendered).map((candidate) => candidate.type);
      expect(names.filter((name) => typeof name === 'string' && !['p', 'SourceParagraph'].includes(name))).toEqual([]);
    });
  }
});

describe('the JSX handler given its attributes written out', () => {
  // The serialiser as remark-mdx configures it, with its own JSX handler: what the pages' MDX must stay, byte for byte.
  const reference = unified().use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkStringify, stringifyOptions).freeze();
  const written = (tree: Root, meta: Record<string, unknown>) => reference.stringify({ type: 'root', children: [{ type: 'yaml', value: frontmatterOf(meta) }, ...tree.children] });
  const value = fc.oneof(fc.string(), fc.constantFrom('"', '""', "'", '&amp; "x"', 'a\nb', '{x}', '<b>', '', 'é ✓ \u2028'), fc.constant(null), fc.constant(true), fc.integer());

  it('writes what the handler writes, for any attribute values, flow and text elements, nested', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 4 }), fc.string(), (values, words) => {
        const attributes = Object.fromEntries(values.map((item, index) => [`a${index}`, item]));
        const tree: Root = {
          type: 'root',
          children: [
            block('Outer', attributes, [block('Inner', attributes, [paragraph([textNode(words), inline('Cite', attributes, [textNode(words)]), inline('Anchor', attributes)])])]),
            block('Empty', attributes),
          ],
        };
        expect(toMdx(tree, { title: words })).toBe(written(tree, { title: words }));
      }),
      { numRuns: 1000 },
    );
  });
});
