// Stage: numbers with what they count ("more than 2,400 residents", "a dozen officers") → `data.figures`.
// A year, a date's day and a time of day are times, not figures: the times stage has them.
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { FigureMention } from './types.ts';

const numberWords =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|dozens|a dozen|a handful of|a hundred|a thousand|a million';
const qualifiers =
  'more than|less than|fewer than|at least|at most|nearly|almost|about|around|roughly|approximately|some|over|under|up to|as many as|as few as|only|just|exactly|an estimated|a total of|multiple|several';
// A quantity: an optional qualifier, then digits (with thousands separators, decimals, million/billion) or number words.
// (The qualifier is read once for both: a digit and a word cannot open the same place. Every match opens with a digit
// or with the first letter of a qualifier or number word, checked first: the alternations are not tried at each word.)
const firstLetters = [...new Set(`${qualifiers}|${numberWords}`.split('|').map((word) => word.charAt(0)))].join('');
const quantity = new RegExp(
  `\\b(?=[\\d${firstLetters}])(?:(?:${qualifiers})\\s+)?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:million|billion|thousand|hundred))?(?!\\d)|(?:${numberWords})\\b)`,
  'giu',
);
// "one of the two …": the second number is not what the first counts.
const numberLead = new RegExp(`^(?:\\d|${numberWords})`, 'i');
// Words that end the noun phrase of what is counted.
const stopWords = new Set(
  'familiar close briefed would will could should may might can must did do does ago a an the and or but to at in on for from by with as that which who whom whose when where while than then is are was were be been has have had said says told according into after before during since of it its this these those their his her there not also'.split(' '),
);
// Words after the noun that still say who is counted: "two people familiar with the matter", "one man with ties to a gang".
const postmodifier = /^\s+(?:familiar with|close to|briefed on|with (?:ties|links|connections) to)\s+(?:the\s+)?[\p{L}][\p{L}\p{N}’'-]*/u;
const calendar = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|times|a\.m|p\.m|am|pm|percent|per)\b/i;

export default function findFigures() {
  return (tree: Root, _file: VFile) => {
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const paragraph = node as Paragraph;
      const text = toString(paragraph);
      const base = paragraph.position?.start.offset ?? 0;
      (paragraph.data ??= {}).figures = figuresIn(text).map((figure) => ({ ...figure, start: base + figure.start, end: base + figure.end }));
    }
  };
}

/** Figures in one text, offsets relative to it. */
export function figuresIn(text: string): FigureMention[] {
  const figures: FigureMention[] = [];
  for (const match of text.matchAll(quantity)) {
    const start = match.index ?? 0;
    const number = match[0];
    if (/^(?:1[89]|20)\d{2}$/.test(number)) continue;
    const counted = countedAfter(text.slice(start + number.length));
    if (!counted) continue;
    const qualified = counted + (text.slice(start + number.length + counted.length).match(postmodifier)?.[0] ?? '');
    const end = start + number.length + qualified.length;
    figures.push({ text: text.slice(start, end), start, end });
  }
  return figures;
}

// What the number counts: "of the" allowed first, then up to three words, ending before a stop word, a verb
// form in -ed/-ing, or punctuation.
function countedAfter(rest: string): string | null {
  const match = /^(\s+of the)?((?:\s+[\p{L}][\p{L}\p{N}’'-]*){1,3})/u.exec(rest);
  if (!match) return null;
  const words = (match[2] ?? '').trim().split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (stopWords.has(lower)) break;
    if (kept.length > 0 && (/(?:ed|ing)$/.test(lower) || numberLead.test(lower))) break;
    kept.push(word);
  }
  if (kept.length === 0 || calendar.test(kept[0] ?? '') || numberLead.test(kept[0] ?? '') || /(?:ed|est)$/.test(kept[0]?.toLowerCase() ?? '')) return null;
  const lead = match[1] ?? '';
  // (The kept words are the first of the words read: the phrase runs to the end of the last one kept.)
  const phrase = match[2] ?? '';
  const word = /\s+[\p{L}][\p{L}\p{N}’'-]*/uy;
  for (let count = 0; count < kept.length; count++) word.exec(phrase);
  return `${lead}${phrase.slice(0, word.lastIndex)}`;
}
