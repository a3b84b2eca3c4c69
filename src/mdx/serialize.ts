// Serialising generated MDX trees. Seed text only ever travels as mdast text and attribute values,
// which the serialiser escapes; the extra `unsafe` rules close the one gap it leaves: a line that
// starts with `import`/`export` would be run by MDX as an ES module.
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified()
  .use(remarkMdx)
  .use(remarkStringify, {
    bullet: '-',
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport' },
      { character: 'e', atBreak: true, after: 'xport' },
    ],
  })
  .freeze();

export function toMdx(tree: Root): string {
  return processor.stringify(tree);
}
