// Serialising generated MDX trees. Seed text only ever travels as mdast text and attribute values,
// which the serialiser escapes; the extra `unsafe` rules close the one gap it leaves: a line that
// starts with `import`/`export` would be run by MDX as an ES module. A page's metadata travels as
// frontmatter: one line of JSON (which YAML reads as it is), with the characters YAML refuses escaped.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified()
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, {
    bullet: '-',
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport' },
      { character: 'e', atBreak: true, after: 'xport' },
    ],
  })
  .freeze();

/** JSON as a YAML flow mapping: js-yaml refuses C1 controls, DEL and U+FFFE/U+FFFF unescaped, and
 * the line separators are escaped so the frontmatter stays on one line. */
export function frontmatterOf(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function toMdx(tree: Root, frontmatter?: Record<string, unknown>): string {
  const root: Root = frontmatter ? { type: 'root', children: [{ type: 'yaml', value: frontmatterOf(frontmatter) }, ...tree.children] } : tree;
  return processor.stringify(root);
}
