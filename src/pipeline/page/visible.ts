// The text a reader sees on a page, one line per block (a paragraph, a list item, a link in a menu …),
// each with its line in the HTML and what stands around it, so that what the article leaves out can be
// shown with where it was and why. Read with htmlparser2, which keeps every token's offset.
import { Parser } from 'htmlparser2';
import { squash } from './dom.ts';

export interface VisibleLine {
  text: string;
  /** 1-based line of the HTML where the text starts. */
  line: number;
  /** The tag, id, class and role of each element around the text, innermost first, lower case. */
  around: string[];
}

const hidden = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select', 'textarea', 'object', 'canvas', 'math']);
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'button', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'time', 'label', 'option',
]);
const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function visibleLines(html: string): VisibleLine[] {
  const starts = lineStarts(html);
  const lines: VisibleLine[] = [];
  const stack: Array<{ name: string; label: string; hides: boolean }> = [];
  let hiddenDepth = 0;
  let current = '';
  let startOffset = -1;
  let around: string[] = [];
  const flush = () => {
    const text = squash(current);
    if (text) lines.push({ text, line: lineAt(starts, startOffset), around });
    current = '';
    startOffset = -1;
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (blocks.has(name)) flush();
        // Links side by side in a bar read as separate words, as the page's styles show them.
        else if ((name === 'a' || name === 'span') && current && !/\s$/.test(current)) current += ' ';
        if (voids.has(name)) return;
        const hides = hidden.has(name) || 'hidden' in attributes || attributes['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(attributes['style'] ?? '');
        if (hides) hiddenDepth++;
        const label = [name, attributes['id'], attributes['class'], attributes['role'], attributes['itemprop'], attributes['rel'], attributes['data-testid'], attributes['data-component']].filter(Boolean).join(' ').toLowerCase();
        stack.push({ name, label, hides });
      },
      ontext(text) {
        if (hiddenDepth > 0) return;
        if (!text.trim()) {
          current += text;
          return;
        }
        if (startOffset === -1) {
          startOffset = parser.startIndex + (text.length - text.trimStart().length);
          around = stack.map((element) => element.label).reverse();
        }
        current += text;
      },
      onclosetag(name) {
        if (voids.has(name)) return;
        const index = stack.findLastIndex((element) => element.name === name);
        if (index === -1) return;
        for (const element of stack.splice(index)) if (element.hides) hiddenDepth--;
        if (blocks.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
