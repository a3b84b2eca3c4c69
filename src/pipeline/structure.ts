// Stage: find the headline (or derive a title from the lede), headings inside the body, and metadata
// lines. Placeholder rules; the structure stage replaces them.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

export default function findStructure() {
  return (tree: Root, file: VFile) => {
    const first = tree.children[0];
    const firstText = first ? toString(first) : '';
    if (first && firstText.length < 200 && !/[.!?”"]$/.test(firstText)) {
      file.data.title = { text: firstText, derived: false };
      tree.children.shift();
    } else {
      file.data.title = { text: deriveTitle(firstText), derived: true };
    }
  };
}

/** A title from the lede: its first sentence, cut at a word boundary. */
export function deriveTitle(lede: string, max = 90): string {
  const sentence = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(lede)[Symbol.iterator]().next()
    .value?.segment.trim() ?? lede;
  if (sentence.length <= max) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
