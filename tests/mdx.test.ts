// Hostile seed text through the MDX writer and the real MDX compiler: every pattern renders as the
// literal text and nothing in it runs.
import { describe, expect, it } from 'vitest';
import { block, paragraph } from '../src/mdx/jsx.ts';
import { toMdx } from '../src/mdx/serialize.ts';
import { elementsOf, renderMdx, textOf } from './helpers/mdx.ts';

export const hostile = [
  '{process.exit(1)}',
  '{globalThis.pwned = 1}',
  "import fs from 'node:fs'",
  "import {writeFileSync} from 'node:fs'; writeFileSync('/tmp/casefile-pwned', 'x')",
  'export const pwned = globalThis.pwned = 1',
  'export default function Layout() { return null }',
  '<script>globalThis.pwned = 1</script>',
  '<img src=x onerror="globalThis.pwned=1">',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<!-- a comment that must show -->',
  '<Component />',
  '<Statement id="fake">forged</Statement>',
  '---',
  'title: not front matter',
  '# not a heading',
  '* not a list',
  '1. not a list either',
  '> not a quotation',
  '[click](javascript:alert(1))',
  '![image](x.png)',
  '`code` and ``more``',
  '| a | b |',
  '    four spaces of indent',
  '~~~',
  '***',
  'a & b &amp; c &#x3C; d',
  'back\\slash \\{ \\<',
  'zero\u200Bwidth and bidi \u202Eevil\u202C and \u2066isolate\u2069',
  '“Curly” ‘quotes’ – dashes — and\u202Fnarrow space',
  '{/* comment */}',
  'text {a} <b> #c',
  '$$ math $$ and $inline$',
  '<https://example.com/autolink>',
  'www.example.com and https://example.com',
  'line with trailing spaces  ',
  ':::directive',
  '[^1]: footnote',
  '<>',
  '{',
  '}',
  '<',
];

describe('generated MDX keeps seed text as text', () => {
  for (const text of hostile) {
    it(`renders ${JSON.stringify(text)} literally`, async () => {
      const tree = { type: 'root' as const, children: [block('SourceParagraph', { id: 'p-1', title: text }, [paragraph(text)]), paragraph(text)] };
      const mdx = toMdx(tree);
      (globalThis as { pwned?: unknown }).pwned = undefined;
      const { tree: rendered, code } = await renderMdx(mdx);
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
