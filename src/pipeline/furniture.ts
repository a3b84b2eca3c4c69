// Stage: the furniture model's second opinion. A paragraph (or a short line the structure stage made a heading) that the
// junk rules left in the text is removed when the model (junk/model.ts) is sure enough that its line is page furniture,
// unless it is the article's own list or subheading. It is listed with the other removed lines, its reason saying that
// the model, not a rule, removed it, so that a reader can check it and corrections.yaml can keep it.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { furnitureThreshold } from './junk/model.ts';
import { isBodyAnchor, isSentence, labelledItem, wordCount } from './junk/features.ts';
import { learnedReason } from './junk/reason.ts';
import { deriveTitle, withoutDateline } from './structure.ts';

export default function removeFurniture() {
  return (tree: Root, file: VFile) => {
    const sure = (node: RootContent) => (furnitureOf(node) ?? 0) >= furnitureThreshold;
    if (!tree.children.some(sure)) return;
    const removed = (file.data.removed ??= []);
    const keep = new Set(file.data.keep ?? []);
    const children: RootContent[] = [];
    const texts = tree.children.map((node) => (node.type === 'paragraph' || node.type === 'heading' ? toString(node) : null));
    const structure = ownStructure(texts);
    for (const [index, node] of tree.children.entries()) {
      if (!sure(node) || structure.has(index)) {
        children.push(node);
        continue;
      }
      const line = { text: toString(node), reason: `${learnedReason}, ${Math.round((furnitureOf(node) ?? 1) * 100)} %`, line: node.position?.start.line ?? 0, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
      if (keep.has(line.line)) {
        (file.data.kept ??= []).push(line);
        children.push(node);
        continue;
      }
      removed.push(line);
    }
    // ("We Get Support From:" over a page whose headline the junk stage took for a caption: the title derived from the first
    // line of text is derived again from the first paragraph the model left, when it took that line away.)
    const lede = (nodes: RootContent[]) => nodes.find((node) => node.type === 'paragraph');
    const before = lede(tree.children);
    const after = lede(children);
    if (file.data.title?.derived && before !== after) file.data.title = { text: deriveTitle(withoutDateline(after ? toString(after) : '')), derived: true };
    tree.children = children;
    removed.sort((a, b) => a.start - b.start);
  };
}

/** The model's reading of a paragraph or heading, if the junk stage gave one. */
const furnitureOf = (node: RootContent): number | undefined => (node.type === 'paragraph' || node.type === 'heading' ? node.data?.furniture : undefined);

/** A line without a closing stop, short enough to head something, or to be an item of a list. */
const short = (text: string | null | undefined, most = 14): text is string => typeof text === 'string' && !isSentence(text) && wordCount(text) <= most;
const item = (text: string | null | undefined): text is string => short(text, 25);

/**
 * The lines that are the article's own structure, whatever the model says: a list, its items lines without stops in a
 * run (with the short heading over it), when the text introduces it ("… the regulations include:"), when two or more
 * of its items open in lower case ("do not eat the bars …"), or when three or more items of six words and more stand
 * above the end of the article (a release's summary points; after the article, such a run is as often other stories'
 * headlines); and subheadings when the article has three or more (a short line over prose, three times or more: a
 * live page's posts, a release's parts; one such line is as often a credit or a related story's headline).
 */
export function ownStructure(texts: Array<string | null>): Set<number> {
  const kept = new Set<number>();
  const last = texts.findLastIndex((text) => text !== null && isBodyAnchor(text));
  for (let start = 0; start < texts.length; start++) {
    if (!item(texts[start])) continue;
    let end = start;
    while (end < texts.length - 1 && item(texts[end + 1])) end++;
    const run = texts.slice(start, end + 1) as string[];
    const lower = run.filter((line) => /^\p{Ll}/u.test(line)).length;
    const points = run.filter((line) => wordCount(line) >= 6).length;
    // (Or items that open with a label and a colon, as the paragraph before them does: "Harrow: Harrow Library. ¶ Odeville:
    // Senior Citizen Building".)
    const labelled = labelledItem.test(texts[start - 1] ?? '') && run.every((line) => labelledItem.test(line));
    if (/:\s*$/u.test(texts[start - 1] ?? '') || lower >= 2 || (points >= 3 && end < last) || labelled) for (let index = start; index <= end; index++) kept.add(index);
    start = end;
  }
  const headings = texts.flatMap((text, index) => (short(text) && isBodyAnchor(texts[index + 1] ?? '') ? [index] : []));
  if (headings.length >= 3) for (const index of headings) kept.add(index);
  return kept;
}

