// Quotation marks → spans, within one paragraph: straight and curly marks, single quotes nested in
// double ones kept inside the outer span, and a quote left open at the end of a paragraph.

/** A span in quotation marks; offsets are into the paragraph's text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's end when the quote runs on. */
  close: number;
  /** Offsets of the text between the marks. */
  start: number;
  end: number;
  /** True when no closing mark came before the end of the paragraph. */
  runsOn: boolean;
}

const doubleOpen = new Set(['\u201C', '\u201E', '\u00AB']);
const doubleClose = new Set(['\u201D', '\u00BB']);
const letter = /[\p{L}\p{N}]/u;

/** Every top-level quotation in `text`. */
export function findSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let kind: 'double' | 'single' | null = null;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    const before = text.charAt(index - 1);
    const after = text.charAt(index + 1);
    if (kind === null) {
      if (doubleOpen.has(char) || (char === '"' && opensAt(before, after))) {
        open = index;
        kind = 'double';
      } else if ((char === '\u2018' || char === "'") && opensAt(before, after) && closesLater(text, index)) {
        open = index;
        kind = 'single';
      }
    } else if (kind === 'double' && (doubleClose.has(char) || char === '"')) {
      spans.push(span(text, open, index, false));
      kind = null;
    } else if (kind === 'single' && (char === '\u2019' || char === "'") && !letter.test(after)) {
      spans.push(span(text, open, index, false));
      kind = null;
    }
  }
  if (kind === 'double') spans.push(span(text, open, text.length, true));
  return spans.filter((found) => /[\p{L}\p{N}]/u.test(text.slice(found.start, found.end)));
}

/** An opening mark stands at the start, after space or an opening bracket, and before a word. */
function opensAt(before: string, after: string): boolean {
  return (before === '' || /[\s([{\u2014\u2013-]/.test(before)) && after !== '' && !/\s/.test(after);
}

/** A single mark opens a quote only when a closing one follows that is not an apostrophe. */
function closesLater(text: string, from: number): boolean {
  for (let index = from + 1; index < text.length; index++) {
    const char = text.charAt(index);
    if ((char === '\u2019' || char === "'") && !letter.test(text.charAt(index + 1)) && !/\s/.test(text.charAt(index - 1))) {
      // "officials' plans": a plural possessive, not a closing mark, when a word follows after a space.
      return !/s$/i.test(text.slice(from + 1, index)) || /^[\s]*[,.;:!?)\u2014\u2013-]|^\s*$/.test(text.slice(index + 1, index + 3));
    }
  }
  return false;
}

function span(text: string, open: number, close: number, runsOn: boolean): QuoteSpan {
  let end = close;
  while (end > open + 1 && /\s/.test(text.charAt(end - 1))) end--;
  return { open, close, start: open + 1, end, runsOn };
}
