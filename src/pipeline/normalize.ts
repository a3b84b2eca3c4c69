import { rememberedPerText } from './memo.ts';

// Text normalisation for matching only: what readers see keeps its curly quotes, dashes and U+202F.

const quoteMarks = /[\u2018\u2019\u201A\u201B\u2032\u2035`´]/g;
const doubleQuoteMarks = /[\u201C\u201D\u201E\u201F\u2033\u2036«»]/g;
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// White space other than lone plain spaces: most texts have none, and then there is nothing to collapse.
const unusualSpace = /[^\S ]| {2}/;
const edge = /^[\s\p{P}\p{S}]$/u;

/** NFKC, curly quotes and dashes unified, white space collapsed; case kept. (Every line is unified several times over: once per text.) */
export const unify = rememberedPerText(unifyText);

/**
 * "deputy chairperson‚ Mzi Roe", "the mayor‚” said": a site that sets its commas as the low quotation mark U+201A, right after
 * a word and before a space or a closing mark, where no quotation opens. Read as the comma it stands for (one unit for one,
 * so offsets hold), in the text and in whatever is matched against it.
 */
export const lowComma = /(?<=[\p{L}\p{N}.)’”])\u201A(?=[ \n”"’]|$)/gu;

function unifyText(text: string): string {
  const unified = (text.includes('\u201A') ? text.replace(lowComma, ',') : text).normalize('NFKC').replace(quoteMarks, "'").replace(doubleQuoteMarks, '"').replace(dashes, '-');
  return (unusualSpace.test(unified) ? unified.replace(/\s+/g, ' ') : unified).trim();
}

/** The matching key of a text: unified, surrounding punctuation stripped, lower-cased. */
export const normalizeForMatch = rememberedPerText(matchKey);

function matchKey(text: string): string {
  return stripEdges(unify(text)).toLowerCase();
}

/**
 * The text without the white space, punctuation and symbols at either end. Walked from both ends by
 * code point: a regular expression anchored at the end tries every position from the start.
 */
function stripEdges(text: string): string {
  let start = 0;
  while (start < text.length) {
    const character = String.fromCodePoint(text.codePointAt(start) as number);
    if (!edge.test(character)) break;
    start += character.length;
  }
  let end = text.length;
  while (end > start) {
    const low = text.charCodeAt(end - 1);
    // A low surrogate ends a pair: the code point starts one unit earlier.
    const size = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
    if (!edge.test(text.slice(end - size, end))) break;
    end -= size;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

const word = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Words of a text for similarity: letters and digits only, lower-cased. */
export function words(text: string): string[] {
  return normalizeForMatch(text).match(word) ?? [];
}

/** The words of five letters or more, lower-cased and cut to six: what a text is about, roughly. */
export function longWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((word) => word.slice(0, 6));
}

/** The first `count` of `words(text)`, without reading the rest of the text (an id's head, of a long paragraph). */
export function firstWords(text: string, count: number): string[] {
  const key = normalizeForMatch(text);
  const found: string[] = [];
  word.lastIndex = 0;
  while (found.length < count) {
    const match = word.exec(key);
    if (!match) break;
    found.push(match[0]);
  }
  return found;
}
