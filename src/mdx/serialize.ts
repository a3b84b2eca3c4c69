// Serialising generated MDX trees. Seed text only ever travels as mdast text and attribute values,
// which the serialiser escapes; the extra `unsafe` rules close the one gap it leaves: a line that
// starts with `import`/`export` would be run by MDX as an ES module. A page's metadata travels as
// frontmatter: one line of JSON (which YAML reads as it is), with the characters YAML refuses escaped.
import type { Root } from 'mdast';
import { mdxJsxToMarkdown, type MdxJsxAttribute, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Handle } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';

/** A handler with what it says of the first character it writes (`peek`), as mdast-util-to-markdown reads it. */
type Peeked = Handle & { peek?: Handle };

/** The JSX handler remark-mdx uses (its default options: double quotes, loose self-closing, no print width). */
const jsxElement = mdxJsxToMarkdown().handlers!.mdxJsxFlowElement as Peeked;

/** An attribute with a name and a string value or none: what src/mdx/jsx.ts makes. */
const plainAttribute = (attribute: MdxJsxFlowElement['attributes'][number]): attribute is MdxJsxAttribute =>
  attribute.type === 'mdxJsxAttribute' && attribute.name !== '' && (attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string');

/**
 * The JSX handler, given the element's string attributes already written out, as one attribute with no value
 * whose name is all of them: it writes them as they are, as it would have. Written by the handler itself, each
 * value's `"` is encoded through a regular expression made anew for every attribute and kept in a WeakMap
 * (stringify-entities' cache is keyed by an array the handler makes for every call): a fifth of the time spent
 * making the pages' MDX, and garbage to collect: without it, planning and making every page of a thousand sources
 * takes a quarter less CPU time. Same bytes: `"` as
 * `&#x22;`, `name` alone for a null value, `name="…"` otherwise, joined by spaces (tests/mdx.test.ts compares the two).
 */
const jsxElementFast: Peeked = (node: MdxJsxFlowElement | MdxJsxTextElement, parent, state, info) => {
  const attributes = node.attributes.filter(plainAttribute);
  if (attributes.length !== node.attributes.length || attributes.length === 0 || !node.name) return jsxElement(node, parent, state, info);
  const written = attributes.map((attribute) => (typeof attribute.value === 'string' ? `${attribute.name}="${attribute.value.replaceAll('"', '&#x22;')}"` : attribute.name)).join(' ');
  // A block element whose attributes hold a line ending has them one a line: the handler's own way then.
  if (node.type === 'mdxJsxFlowElement' && /[\r\n]/.test(written)) return jsxElement(node, parent, state, info);
  return jsxElement({ ...node, attributes: [{ type: 'mdxJsxAttribute', name: written, value: null }] }, parent, state, info);
};
jsxElementFast.peek = jsxElement.peek;

/** How the pages' MDX is written, but for the JSX handler (exported for tests/mdx.test.ts, which compares the two). */
export const stringifyOptions: Options = {
  bullet: '-',
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport' },
    { character: 'e', atBreak: true, after: 'xport' },
  ],
};

const processor = unified()
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { ...stringifyOptions, handlers: { mdxJsxFlowElement: jsxElementFast, mdxJsxTextElement: jsxElementFast } })
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
