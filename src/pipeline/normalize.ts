// Text normalisation for matching only: what readers see keeps its curly quotes, dashes and U+202F.

const quoteMarks = /[\u2018\u2019\u201A\u201B\u2032\u2035`´]/g;
const doubleQuoteMarks = /[\u201C\u201D\u201E\u201F\u2033\u2036«»]/g;
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** NFKC, curly quotes and dashes unified, white space collapsed; case kept. */
export function unify(text: string): string {
  return text
    .normalize('NFKC')
    .replace(quoteMarks, "'")
    .replace(doubleQuoteMarks, '"')
    .replace(dashes, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The matching key of a text: unified, surrounding punctuation stripped, lower-cased. */
export function normalizeForMatch(text: string): string {
  return unify(text)
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .toLowerCase();
}

/** Words of a text for similarity: letters and digits only, lower-cased. */
export function words(text: string): string[] {
  return normalizeForMatch(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}
