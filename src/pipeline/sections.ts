// Stage: classify each paragraph as event, statement or context. Placeholder rules; the section
// classifier replaces them.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

export default function classifySections() {
  return (tree: Root, _file: VFile) => {
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const data = (node.data ??= {});
      const quoted = (data.quotes ?? []).length > 0;
      data.section = quoted ? 'statement' : 'event';
      data.why = [quoted ? 'holds a direct quote' : 'no quote'];
    }
  };
}
