// Hostile seed text through the MDX writer and the real MDX compiler: every pattern renders as the
// literal text and nothing in it runs.
import { describe, expect, it } from 'vitest';
import { block, paragraph } from '../src/mdx/jsx.ts';
import { toMdx } from '../src/mdx/serialize.ts';
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
