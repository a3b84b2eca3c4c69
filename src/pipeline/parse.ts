// The parser of the per-source pipeline: decoded seed text → an mdast tree with one paragraph per
// non-empty line. Every node keeps its position in the seed, so warnings and citations point into it.
import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';

/** "Hide Ad" run into the next paragraph's first word or quotation mark (not into the "Advertisement" label it sits under). */
const gluedControl = /^Hide Ad(?!Advert)(?=[\p{Lu}\p{N}"“‘'])/u;

/** Split text into its non-empty lines, with 1-based line numbers and offsets. */
export function linesOf(text: string): Array<{ text: string; line: number; start: number; end: number }> {
  const lines: Array<{ text: string; line: number; start: number; end: number }> = [];
  let start = 0;
  let line = 1;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    // ("Hide AdHe said: …": a page's advertising control copied glued to the paragraph after it is a line of its own, at
    // the same place in the seed.)
    const glued = gluedControl.exec(trimmed)?.[0].length ?? 0;
    if (glued > 0) lines.push({ text: trimmed.slice(0, glued), line, start: start + lead, end: start + lead + glued });
    const rest = trimmed.slice(glued).trimStart();
    const from = start + lead + trimmed.length - rest.length;
    if (rest) lines.push({ text: rest, line, start: from, end: from + rest.length });
    start += raw.length + 1;
    line += 1;
  }
  return lines;
}

export function parseSourceText(text: string): Root {
  const children: Paragraph[] = linesOf(text).map((entry) => {
    const column = entry.start - text.lastIndexOf('\n', entry.start - 1);
    const position = {
      start: { line: entry.line, column, offset: entry.start },
      end: { line: entry.line, column: column + entry.text.length, offset: entry.end },
    };
    return { type: 'paragraph', children: [{ type: 'text', value: entry.text, position }], position, data: {} };
  });
  return { type: 'root', children };
}

/** unified parser plugin: `unified().use(parseSource)`. */
const parseSource: Plugin<[], string, Root> = function () {
  this.parser = (document: string) => parseSourceText(document);
};
export default parseSource;
