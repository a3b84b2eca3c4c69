// Stage: remove page junk (site chrome, share prompts, hashtag lines, …) and record each removal
// with its reason. Placeholder rules; the junk classifier replaces them.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

export default function removeJunk() {
  return (tree: Root, file: VFile) => {
    const removed = (file.data.removed ??= []);
    tree.children = tree.children.filter((node) => {
      const text = toString(node);
      const reason = /^(#[\p{L}\p{N}_]+\s*)+$/u.test(text) ? 'hashtag-only line' : null;
      if (!reason) return true;
      removed.push({
        text,
        reason,
        line: node.position?.start.line ?? 0,
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
      });
      return false;
    });
  };
}
