// The parser of the per-source pipeline: decoded seed text → an mdast tree with one paragraph per
// non-empty line. Every node keeps its position in the seed, so warnings and citations point into it.
import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';

/** Split text into its non-empty lines, with 1-based line numbers and offsets. */
export function linesOf(text: string): Array<{ text: string; line: number; start: number; end: number }> {
  const lines: Array<{ text: string; line: number; start: number; end: number }> = [];
  let start = 0;
  let line = 1;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ text: trimmed, line, start: start + lead, end: start + lead + trimmed.length });
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
