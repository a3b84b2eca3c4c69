// Stage: remove page junk (site chrome, prompts, captions, repeated headline, site name …) and record
// each removal with its reason in `file.data.removed`; the source page shows them collapsed.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { classifyLines } from './junk/classify.ts';

export default function removeJunk() {
  return (tree: Root, file: VFile) => {
    const removed = (file.data.removed ??= []);
    const verdicts = classifyLines(tree.children.map((node) => toString(node)));
    const kept: RootContent[] = [];
    tree.children.forEach((node, index) => {
      const reason = verdicts[index]?.reason;
      if (!reason) {
        // The structure stage takes this line for the title: the classifier chose it among the header's lines.
        if (verdicts[index]?.headline) ((node.data ??= {}) as { headline?: boolean }).headline = true;
        kept.push(node);
        return;
      }
      removed.push({
        text: toString(node),
        reason,
        line: node.position?.start.line ?? 0,
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
      });
    });
    tree.children = kept;
  };
}
