// Stage: remove page junk (site chrome, prompts, captions, repeated headline, site name …) and record
// each removal with its reason in `file.data.removed`; the source page shows them collapsed. A line
// corrections.yaml keeps (`file.data.keep`) stays, noted in `file.data.kept` with the reason it escaped.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { classifyLines, cutProse } from './junk/classify.ts';
import { collected, furnitureProbability, lineFeatures } from './junk/model.ts';

export default function removeJunk() {
  return (tree: Root, file: VFile) => {
    const removed = (file.data.removed ??= []);
    const keep = new Set(file.data.keep ?? []);
    // (A line is judged without a publishing template's tags printed inside it: "… hospital. {{^adFree}} {{/adFree}}" is prose.)
    const lines = tree.children.map((node) => toString(node)).map((text) => (text.includes('{{') ? text.replace(inlineTemplateTags, ' ').replace(/\s+/gu, ' ').trim() || text : text));
    const verdicts = classifyLines(lines);
    const reasons = verdicts.map((verdict) => verdict.reason);
    // The furniture model's reading of the lines the rules keep (the lines the headline is chosen among aside), for the
    // stage after the structure's to act on; every line's, when the training script collects them (and then none acts).
    const features = lineFeatures(lines, reasons, (index) => collected.junk !== null || (reasons[index] === null && !verdicts[index]?.headline));
    if (collected.junk) collected.junk.push({ lines, reasons, features });
    const kept: RootContent[] = [];
    tree.children.forEach((node, index) => {
      const reason = verdicts[index]?.reason;
      const line = node.position?.start.line ?? 0;
      if (reason && keep.has(line)) {
        (file.data.kept ??= []).push({ text: toString(node), reason, line, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });
        kept.push(node);
        return;
      }
      if (!reason) {
        // The structure stage takes this line for the title: the classifier chose it among the header's lines.
        if (verdicts[index]?.headline) ((node.data ??= {}) as { headline?: boolean }).headline = true;
        else if (node.type === 'paragraph' && collected.junk === null && features[index]?.length) node.data = { ...node.data, furniture: furnitureProbability(features[index]) };
        kept.push(node);
        return;
      }
      removed.push({
        text: toString(node),
        reason,
        line,
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
      });
    });
    tree.children = kept;
    warnCut(file, tree.children.at(-1), lines.at(-1), verdicts.at(-1)?.reason ?? null);
  };
}

/**
 * The paste's last line kept and cut in mid-sentence ("Officers from the harbour police will be provi"): the copy stops
 * before the article does, and the reader should know the source is incomplete (the line stays, as the article's).
 */
function warnCut(file: VFile, node: RootContent | undefined, text: string | undefined, reason: string | null): void {
  if (!node || node.type !== 'paragraph' || reason !== null || text === undefined || toString(node) !== text || !cutProse(text)) return;
  const line = node.position?.start.line ?? 1;
  const message = file.message(`The text stops in mid-sentence (“…${text.slice(-30)}”): the copy looks cut short of the article's end; paste the rest of the article if you have it`, {
    place: { line, column: 1 },
    ruleId: 'copy-cut',
    source: 'casefile',
  });
  message.fatal = false;
}

/** "{{^adFree}}", "{{/adFree}}", "{{ad}}": a template's tags printed inside a line of the article. */
const inlineTemplateTags = /\{\{[#^/]?[\w.-]{1,40}\}\}/gu;
