// A learned second opinion on the lines the junk rules keep: generic features of a line and of its place among the
// page's lines (its length, its punctuation, its case, where it stands against the body the rules found, how much of
// what is around it the rules removed), never the words themselves, and a logistic regression over them
// (`scripts/train-junk.ts` learns it from labelled real pages and the development corpus, and writes `weights.ts`). A
// paragraph or short heading the structure stage left is removed when the model is at least `furnitureThreshold` sure
// (`src/pipeline/furniture.ts`), unless it is the article's own list or subheading.
import { furnitureWeights } from './weights.ts';
import { lexiconTag } from '../entities/tagger.ts';
import { longWords } from '../normalize.ts';
import { isAllCapitalised, isBodyAnchor, isHeadlineLike, isMenuRow, isSentence, isTitleCase, tellsNews, furnitureShare, transcriptLine, wordCount } from './features.ts';

/** When set (by the training script), every page's lines, the rules' reasons and the features are pushed here. */
export const collected: { junk: Array<{ lines: string[]; reasons: Array<string | null>; features: number[][] }> | null } = { junk: null };

const month = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;
const readerAddress = /\b(?:you|your|yours)\b/iu;
const ourVoice = /\b(?:we|our|us)\b/iu;
const webMark = /(?:https?:\/\/|www\.|\.com\b|@\w|#\w)/iu;
const separator = /\s[|•·]\s|\s[|•·]$|^[|•·]\s/u;

/** How sure the model must be before it removes a line the rules kept. */
export const furnitureThreshold = 0.95;

/** The model's probability that a line is page furniture, from its features. */
export function furnitureProbability(x: number[], weights: readonly number[] = furnitureWeights): number {
  let score = 0;
  for (let index = 0; index < x.length; index++) score += (weights[index] ?? 0) * (x[index] ?? 0);
  return 1 / (1 + Math.exp(-score));
}

/**
 * The features of every line (the first, 1, is the bias), given the rules' reasons (null for a line they keep);
 * with `wanted`, only of the lines it accepts (the others get an empty list).
 */
export function lineFeatures(lines: string[], reasons: Array<string | null>, wanted: (index: number) => boolean = () => true): number[][] {
  const count = lines.length;
  const anchors = lines.map((text, index) => reasons[index] === null && isBodyAnchor(text));
  const first = anchors.indexOf(true);
  const last = anchors.lastIndexOf(true);
  const seen = new Map<string, number>();
  for (const text of lines) seen.set(text, (seen.get(text) ?? 0) + 1);
  // What the article is about: the longer words of its first lines of prose.
  const topic = new Set(lines.filter((text, index) => anchors[index]).slice(0, 2).flatMap(longWords));
  // The short lines without a stop that the rules keep inside the body: a page's own subheadings come several to a page.
  const inBody = (index: number) => first !== -1 && index > first && index < last;
  const shortLine = (text: string, index: number) => reasons[index] === null && inBody(index) && !isSentence(text) && wordCount(text) <= 14;
  const shortLines = lines.filter(shortLine).length;
  const removed = (index: number) => (index >= 0 && index < count && reasons[index] !== null ? 1 : 0);
  // A sentence of fifteen words or more between the body's first and last paragraphs is the article's, whatever the
  // model would say (none of the labelled pages' reached 0.8): not read, unless the training script collects every line.
  const settled = (text: string, index: number) => collected.junk === null && anchors[index] === true && index > first && index < last && isSentence(text) && wordCount(text) >= 15;
  return lines.map((text, index) => {
    if (!wanted(index) || settled(text, index)) return [];
    const words = wordCount(text);
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const digits = text.match(/\p{N}/gu)?.length ?? 0;
    const capitals = (text.match(/(?:^|\s)\p{Lu}/gu) ?? []).length;
    let around = 0;
    for (let at = index - 3; at <= index + 3; at++) if (at !== index) around += removed(at);
    const body = first !== -1 && index >= first && index <= last;
    const own = longWords(text);
    const tokens = text.split(/\s+/u);
    const present = tokens.some((word) => /^\p{Ll}+s$/u.test(word) && !word.endsWith('ss') && lexiconTag(word) === 'VERB');
    return [
      1,
      Math.log1p(words) / 4,
      words <= 3 ? 1 : 0,
      words <= 8 ? 1 : 0,
      words >= 30 ? 1 : 0,
      isSentence(text) ? 1 : 0,
      /[.!?]["”’)\]]*$/u.test(text) ? 1 : 0,
      /:$/u.test(text) ? 1 : 0,
      /(?:\.\.\.|…)$/u.test(text) ? 1 : 0,
      /^[“"‘']/u.test(text) ? 1 : 0,
      /^\p{N}/u.test(text) ? 1 : 0,
      /^[•◦▪·*–—-]/u.test(text) ? 1 : 0,
      /^\p{Ll}/u.test(text) ? 1 : 0,
      isTitleCase(text) ? 1 : 0,
      isAllCapitalised(text) ? 1 : 0,
      text === text.toUpperCase() && letters > 3 ? 1 : 0,
      isHeadlineLike(text) ? 1 : 0,
      isMenuRow(text) ? 1 : 0,
      tellsNews(text) ? 1 : 0,
      transcriptLine.test(text) ? 1 : 0,
      furnitureShare(text),
      webMark.test(text) ? 1 : 0,
      separator.test(text) ? 1 : 0,
      /©|\bcopyright\b/iu.test(text) ? 1 : 0,
      readerAddress.test(text) ? 1 : 0,
      ourVoice.test(text) ? 1 : 0,
      letters + digits === 0 ? 0 : digits / (letters + digits),
      /\b\d{1,2}[:.]\d{2}\b/u.test(text) ? 1 : 0,
      month.test(text) ? 1 : 0,
      /\b(?:19|20)\d{2}\b/u.test(text) ? 1 : 0,
      words === 0 ? 0 : capitals / words,
      /[“”"]/u.test(text) ? 1 : 0,
      count <= 1 ? 0 : index / (count - 1),
      first === -1 || index < first ? 1 : 0,
      last === -1 || index > last ? 1 : 0,
      body ? 1 : 0,
      removed(index - 1),
      removed(index + 1),
      around / 6,
      isBodyAnchor(lines[index - 1] ?? '') ? 1 : 0,
      isBodyAnchor(lines[index + 1] ?? '') ? 1 : 0,
      (seen.get(text) ?? 0) > 1 ? 1 : 0,
      index === 0 ? 1 : 0,
      index === count - 1 ? 1 : 0,
      own.length === 0 ? 0 : own.filter((word) => topic.has(word)).length / own.length,
      present ? 1 : 0,
      (text.match(/[.!?](?:\s|$)/gu) ?? []).length >= 2 ? 1 : 0,
      /\)$/u.test(text) ? 1 : 0,
      isSentence(lines[index - 1] ?? '') ? 0 : 1,
      /:\s*$/u.test(lines[index - 1] ?? '') ? 1 : 0,
      // One of a run of lines of its shape (a list without bullets, the posts of a live page's log).
      [lines[index - 1], lines[index + 1]].filter((near) => near !== undefined && isSentence(near) === isSentence(text) && Math.abs(wordCount(near) - words) <= 6).length / 2,
      shortLine(text, index) ? Math.min(shortLines - 1, 4) / 4 : 0,
    ];
  });
}
