// Stage: find every span in quotation marks that is reported speech, with its speaker.
// Placeholder rules; the quote extractor replaces them.
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { QuoteMention } from './types.ts';

export default function findQuotes() {
  return (tree: Root, _file: VFile) => {
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const text = toString(node);
      const base = node.position?.start.offset ?? 0;
      const quotes: QuoteMention[] = [];
      for (const match of text.matchAll(/[“"]([^”"]+)[”"]/g)) {
        const start = base + (match.index ?? 0) + 1;
        quotes.push({
          text: match[1] ?? '',
          start,
          end: start + (match[1]?.length ?? 0),
          speaker: { name: 'unknown', type: 'unknown', role: null, affiliation: null, aliases: [] },
          cue: null,
        });
      }
      ((node as Paragraph).data ??= {}).quotes = quotes;
    }
  };
}
