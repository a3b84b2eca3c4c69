// Quotation marks → spans, within one paragraph: straight and curly marks, single quotes nested in
// double ones kept inside the outer span, and a quote left open at the end of a paragraph.
import { speechVerbs } from './lexicon.ts';

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

/** The index of the closing mark of a short quotation nested at `at` (“…” of eight words at most, small letters after it), or -1. */
function nestedClose(text: string, at: number): number {
  const close = text.indexOf('\u201D', at + 1);
  if (close < 0 || close - at > 80) return -1;
  const inner = text.slice(at + 1, close);
  return !/[\u201C.!?,]/u.test(inner) && inner.split(/\s+/u).length <= 8 && /^\s+\p{Ll}/u.test(text.slice(close + 1, close + 4)) ? close : -1;
}

/**
 * Every top-level quotation in `text`. `continued`: the paragraph before ended inside a quotation, so a closing mark
 * before any opening one closes that quotation's last part ("… Action was taken. ¶ However, I saw many journalists,”
 * she added."), which the page broke over two lines without opening it again.
 */
export function findSpans(text: string, continued = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  if (continued) {
    const closing = continuationEnd(text);
    if (closing > 0) spans.push({ ...span(text, 0, closing, false), start: 0 });
  } else if (text.includes('\u201D') && /^\p{Lu}/u.test(text)) {
    // ("The pilots are throwing away the baby with the bath water,” Transport Minister Jane Roe said …": a page that left out
    // the opening mark; a sentence of words closed by a comma and the mark, then a name and a speech verb.)
    const closing = continuationEnd(text);
    if (closing > 0 && text.charAt(closing - 1) === ',' && text.slice(0, closing).split(/\s+/u).length >= 4 && namedCueAfter.test(text.slice(closing + 1))) spans.push({ ...span(text, 0, closing, false), start: 0, open: 0 });
  }
  // A quotation in single marks that a new one cut short: the new one may run on, as its sentence did.
  let cut = false;
  for (let index = spans[0]?.close !== undefined ? spans[0].close + 1 : 0; index < text.length; index++) {
    const char = text.charAt(index);
    const before = text.charAt(index - 1);
    const after = text.charAt(index + 1);
    if (open < 0) {
      // (“”The two men were taken …”: a page that types the closing mark for both opens with it too; ``wire copy'' marks.)
      if (doubleOpen.has(char) || ((char === '"' || char === '\u201D') && opensAt(before, after)) || (char === '`' && after === '`' && opensAt(before, text.charAt(index + 2)))) open = index;
      // ("… in 2017."Winning this award …": text glued at a sentence's end opens a quotation with no space.)
      else if (char === '"' && /[.!?]/u.test(before) && /\p{Lu}/u.test(after) && /[\p{Ll}\p{N})]/u.test(text.charAt(index - 2))) open = index;
      // ("… telling him,” we are not hearing it today.”": a closing mark typed to open, glued to the cue's comma.)
      else if (char === '\u201D' && before === ',' && /^ \p{L}[^\u201C\u201D]*\u201D/u.test(text.slice(index + 1)) && gluedCue.test(text.slice(Math.max(0, index - 12), index))) open = index;
      // ("… of Special Crime Operations said:”I have no doubt that …”": a closing mark typed to open, glued to the colon
      // after the cue, before a capital, with a closing mark later in the paragraph.)
      else if (char === '\u201D' && before === ':' && /^\p{Lu}[^\u201C\u201D]*\u201D/u.test(text.slice(index + 1))) open = index;
      else if ((char === '\u2018' || char === "'") && opensAt(before, after)) {
        // Single marks outside double ones are the outer marks (British style); inside, they stay part of the quote.
        const close = closingSingle(text, index);
        if (close > 0) {
          spans.push(span(text, index, close, false));
          cut = text.charAt(close) === '\u2018';
          index = cut ? close - 1 : close;
        } else if ((index === 0 || cut || /:\s*$/u.test(text.slice(0, index)) || (/[.!?]\s+$/u.test(text.slice(0, index)) && spans.some((quote) => text.charAt(quote.open) === '\u2018'))) && close === -1) {
          // A British quotation running over paragraphs (opened at the start or after "said:"): only the last closes.
          // (So does one opened after a sentence of a paragraph that quotes in single marks: "‘…,’ Roe said. ‘We have …".)
          spans.push(span(text, index, text.length, true));
          index = text.length;
        }
      }
    } else if (char === '\u201C' && text.charAt(open) === '\u201C' && /\s$/u.test(before) && !/[.!?,;:]\s+$/u.test(text.slice(Math.max(open, index - 3), index)) && nestedClose(text, index) > 0) {
      // (“These are the “imaginary bullets” that hit the car”: a short quotation inside the quotation, its sentence going
      // on in small letters after it, closes nothing.)
      index = nestedClose(text, index);
    } else if (char === '\u201C' && text.charAt(open) === '\u201C' && /[.!?]\s+$/u.test(text.slice(Math.max(open, index - 3), index)) && !/\s/u.test(after)) {
      // (“They had forged papers on them. “They are not from here,” he said: a quotation left open at its sentence's
      // end, and a new one opened: two quotations.)
      spans.push(span(text, open, index, false));
      open = index;
    } else if ((char === "'" && after === "'" && text.charAt(open) === '`') || (char === '\u2019' && after === '\u2019' && text.charAt(open) !== '\u2018' && !letter.test(text.charAt(index + 2)))) {
      // (“… the people.’’: two closing single marks typed for a closing double one.)
      spans.push(text.charAt(open) === '`' ? { ...span(text, open + 1, index, false), open } : span(text, open, index, false));
      open = -1;
      index++;
    } else if (doubleClose.has(char) || char === '"' || (char === '\u201C' && (text.charAt(open) === '\u201E' || (/[,.!?]\s?$/u.test(text.slice(Math.max(open + 1, index - 2), index)) && (/^\s+\p{Ll}/u.test(text.slice(index + 1, index + 4)) || namedCueAfter.test(text.slice(index + 1, index + 80))))))) {
      // („…“: German and Central European marks close with the English opening mark.)
      // (“… from across Malaysia,“ he said: so does an English quotation whose closing mark was typed as an opening one,
      // after its last comma or stop, with the cue after it; “I played her a couple times, “ noted Roe: a space between;
      // “…,“ Niall ‘Botty’ Roe told the meeting: a name and its speech verb after it.)
      spans.push(span(text, open, index, false));
      open = -1;
    }
  }
  if (open >= 0) spans.push(span(text, open, text.length, true));
  return spans.filter((found) => /[\p{L}\p{N}]/u.test(text.slice(found.start, found.end)) && !isNickname(text, found) && !isQuotedName(text, found));
}

/**
 * "a volunteer for ‘Citizens for Ode’ told", "members of the “Save Our Quay” campaign": a body's or a campaign's name in
 * quotation marks after a preposition or an article, every word but the small ones capitalised, is part of the sentence
 * around it (where a cue may stand), not a quotation.
 */
function isQuotedName(text: string, found: QuoteSpan): boolean {
  if (found.runsOn) return false;
  const words = text.slice(found.start, found.end).split(/\s+/u);
  if (words.length < 2 || words.length > 7 || !words.every((word, at) => /^[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*$/u.test(word) || (at > 0 && at < words.length - 1 && /^(?:of|for|the|and|in|on|at|to|&)$/u.test(word)))) return false;
  return /\b(?:for|of|at|from|with|by|the|called|named)\s+$/iu.test(text.slice(Math.max(0, found.open - 12), found.open)) && /^(?:\s+\p{L}|,)/u.test(text.slice(found.close + 1, found.close + 3));
}

/**
 * "Education Secretary Juan Roe ‘Sonny’ Poe", "Robert “Bobby” Roe", "Niall ‘Botty’ O’Roe": a name's nickname between
 * its names, in quotation marks, is part of the name, not a quotation.
 */
export function isNickname(text: string, found: QuoteSpan): boolean {
  if (found.runsOn) return false;
  return /^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?$/u.test(text.slice(found.start, found.end)) && /\p{Lu}[\p{L}'’.-]* $/u.test(text.slice(Math.max(0, found.open - 30), found.open)) && /^ \p{Lu}(?:\p{Ll}|['’]\p{Lu})/u.test(text.slice(found.close + 1, found.close + 5));
}

/** The closing double mark that ends a quotation's last part, before any opening mark, after a word's end; else -1. */
function continuationEnd(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (doubleOpen.has(char)) return -1;
    if (char === '"' && opensAt(text.charAt(index - 1), text.charAt(index + 1))) return -1;
    const closes = doubleClose.has(char) || char === '"';
    if (closes && /[\p{L}\p{N}.,!?…]/u.test(text.charAt(index - 1)) && !letter.test(text.charAt(index + 1))) return index;
  }
  return -1;
}

// A name of one to four capitalised words (a nickname in single marks among them) and a speech verb after it: the cue that
// follows a quotation's end ("Niall ‘Botty’ Roe told", "Chief Inspector Jo Poe said").
const namedCueAfter = new RegExp(String.raw`^\s+(?:(?:\p{Lu}[\p{L}'’.-]*|[‘'][\p{Lu}][\p{L}'’ -]{0,20}[’'])\s+){1,4}(?:${speechVerbs.filter((verb) => !verb.includes(' ')).join('|')})\b`, 'u');

/** The cue words a closing mark typed as an opening one follows, with its comma: "According to him,”", "said,”". */
const gluedCue = /\b(?:him|her|them|said|says|added|adds|stated|states|noted|saying|telling \p{Ll}+|told \p{Ll}+|declared|explained|warned|stressed|reads)\s?,$/u;

/** An opening mark stands at the start, after space or an opening bracket, and before a word. */
function opensAt(before: string, after: string): boolean {
  return (before === '' || /[\s([{\u2014\u2013-]/.test(before)) && after !== '' && !/\s/.test(after);
}

/** The closing single mark of a quote opened at `from`, or -1: apostrophes and plural possessives are skipped. */
function closingSingle(text: string, from: number): number {
  let possessive = -1;
  for (let index = from + 1; index < text.length; index++) {
    const char = text.charAt(index);
    // "‘It was frightening. ‘They told me …": an opening mark after a sentence's end (or after a plural
    // possessive that can close: "the ‘protests’ there ‘are not normal’") ends the quotation before it.
    if (char === '\u2018' && text.charAt(from) === '\u2018' && opensAt(text.charAt(index - 1), text.charAt(index + 1))) {
      if (possessive !== -1) return possessive;
      if (/[.!?][\s]+$/u.test(text.slice(Math.max(from, index - 3), index))) return index;
      continue;
    }
    if (char !== '\u2019' && char !== "'") continue;
    const before = text.charAt(index - 1);
    if (letter.test(text.charAt(index + 1)) || /\s/.test(before)) continue;
    // "the officials' plans": a possessive when a lower-case word follows …
    if (/s/i.test(before) && /^\s+\p{Ll}/u.test(text.slice(index + 1, index + 3))) {
      if (possessive === -1) possessive = index;
      continue;
    }
    return index;
  }
  // … unless nothing else closes the quote: "aware of ‘a small number of reports’ from customers".
  return possessive === -1 ? -1 : text.charAt(from) === '\u2018' ? possessive : -1;
}

function span(text: string, open: number, close: number, runsOn: boolean): QuoteSpan {
  let end = close;
  while (end > open + 1 && /\s/.test(text.charAt(end - 1))) end--;
  // (A mark typed with a space after it, "him,” we are …": the quotation's words begin after the space.)
  let start = open + 1;
  while (start < end && text.charAt(open) === '\u201D' && /\s/u.test(text.charAt(start))) start++;
  return { open, close, start, end, runsOn };
}
