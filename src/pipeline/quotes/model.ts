// The input of a learned second opinion on a quotation's speaker: for each quotation, the people and bodies it could
// be given to (those named in its paragraph, the three before and the one after, whoever was quoted before, the rules'
// own choice, and nobody), each with generic features of where and how the text names it relative to the quotation
// (distance in words, sentences and paragraphs, the subject of a cue beside it, the kind of mention, the speaker of
// the quotation before, the rules' choice and the way they took), never the words themselves. A conditional logit
// (a softmax over one quotation's candidates) reads them. `scripts/train-speakers.ts` learns and cross-validates it
// on the development gold; it did not beat the rules, so the pipeline reads no weights and builds these rows only
// when that script asks (`collected`).
import type { Reference } from './attribute.ts';
import type { Route } from './how.ts';
import { personalPronouns } from './lexicon.ts';
import type { Entity, Registry } from './registry.ts';

/** A cue as the quote stage read it: where its phrase and verb stand (offsets in the source) and whom it resolved to. */
export interface ReadCue {
  from: number;
  to: number;
  phrase: string;
  verb: string;
  reference: Reference | null;
}

/** A paragraph as the quote stage read it: offsets in the source, its sentences and their cues. */
export interface ReadParagraph {
  base: number;
  sentences: Array<[number, number]>;
  cues: ReadCue[][];
}

/** A quotation with the rules' final choice. */
export interface ReadQuote {
  paragraph: number;
  /** Its sentence in the paragraph (an index into `sentences`), -1 for none. */
  sentence: number;
  /** Offsets in the source of its opening and closing marks. */
  open: number;
  close: number;
  words: number;
  reference: Reference | null;
  cue: string | null;
  phrase: string | null;
  route: Route | undefined;
}

export interface QuoteContext {
  source: string;
  registry: Registry;
  paragraphs: ReadParagraph[];
  quotes: ReadQuote[];
}

/** One quotation's candidates (null: nobody), their feature vectors, and which the rules chose. */
export interface Candidates {
  entities: Array<Entity | null>;
  x: number[][];
  rule: number;
}

/** The person or body a reference finally stands for: a statement's author, else its owner; nobody for a description. */
export function entityOf(reference: Reference | null): Entity | null {
  if (!reference || reference.kind === 'anonymous') return null;
  if (reference.kind === 'entity') return reference.entity;
  return reference.document.author ?? entityOf(reference.document.owner);
}

const routes: Array<Route | 'cue' | 'carried'> = ['cue', 'carried', 'another sentence', 'previous paragraph', 'introduction', 'outlet report'];
const clip = (value: number, top: number) => Math.min(value, top) / top;
const logScale = (value: number) => Math.log1p(value) / 5;
const isPronoun = (phrase: string | null) => phrase !== null && phrase.trim().toLowerCase() in personalPronouns;

/** Index of the last start at or before `offset` in an ascending list (-1 when none). */
function lastAtOrBefore(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) <= offset) [found, low] = [middle, middle + 1];
    else high = middle - 1;
  }
  return found;
}

/** The candidates of every quotation of a source, in the order of `context.quotes`. */
export function candidatesOf(context: QuoteContext): Candidates[] {
  const { source, registry, paragraphs, quotes } = context;
  const paragraphStarts = paragraphs.map((paragraph) => paragraph.base);
  const sentenceStarts = paragraphs.flatMap((paragraph) => paragraph.sentences.map(([start]) => paragraph.base + start));
  const wordStarts = [...source.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match.index ?? 0);
  const paragraphAt = (offset: number) => lastAtOrBefore(paragraphStarts, offset);
  const sentenceAt = (offset: number) => lastAtOrBefore(sentenceStarts, offset);
  const wordAt = (offset: number) => lastAtOrBefore(wordStarts, offset);
  const mentions = [...registry.mentions].filter((mention) => mention.entity.type !== 'media' || mention.entity.name !== registry.outlet).sort((a, b) => a.offset - b.offset);
  const firstSeen = new Map<Entity, number>();
  for (const mention of mentions) if (!firstSeen.has(mention.entity)) firstSeen.set(mention.entity, firstSeen.size);
  const speakers = quotes.map((quote) => entityOf(quote.reference));
  return quotes.map((quote, at) => {
    const rule = speakers[at] ?? null;
    const earlier = speakers.slice(0, at);
    const pool = new Set<Entity | null>([null, rule, ...earlier]);
    for (const mention of mentions) {
      const paragraph = paragraphAt(mention.offset);
      if (paragraph >= quote.paragraph - 3 && paragraph <= quote.paragraph + 1) pool.add(mention.entity);
    }
    const entities = [...pool];
    const named = entities.map((entity) => (entity ? features(entity) : null));
    const width = named.find((vector) => vector !== null)?.length ?? 0;
    const x = named.map((vector) => vector ?? nobody(width));
    return { entities, x, rule: entities.indexOf(rule) };

    function cueFeatures(entity: Entity): number[] {
      const here = paragraphs[quote.paragraph];
      const own = here?.cues[quote.sentence] ?? [];
      const mine = (cue: ReadCue) => entityOf(cue.reference) === entity;
      const inSentence = own.filter(mine);
      const adjacent = inSentence.some((cue) => (cue.from > quote.close ? /^[\s,;:\u2014\u2013-]*$/u.test(source.slice(quote.close + 1, cue.from)) : /^\s*[,:]?\s*$/u.test(source.slice(cue.to, quote.open))));
      const otherSentences = (here?.cues ?? []).filter((_, index) => index !== quote.sentence).flat().some(mine);
      const before = paragraphs[quote.paragraph - 1]?.cues.flat().some(mine) ?? false;
      const after = paragraphs[quote.paragraph + 1]?.cues[0]?.some(mine) ?? false;
      return [inSentence.length > 0 ? 1 : 0, inSentence.some((cue) => cue.from > quote.close) ? 1 : 0, adjacent ? 1 : 0, inSentence.some((cue) => cue.verb === 'according to') ? 1 : 0, inSentence.some((cue) => isPronoun(cue.phrase)) ? 1 : 0, otherSentences ? 1 : 0, before ? 1 : 0, after ? 1 : 0];
    }

    function mentionFeatures(entity: Entity): number[] {
      const own = mentions.filter((mention) => mention.entity === entity);
      const before = own.filter((mention) => mention.offset < quote.open).at(-1);
      const after = own.find((mention) => mention.offset > quote.close);
      const sentence = sentenceAt(quote.open);
      const inSentence = own.filter((mention) => sentenceAt(mention.offset) === sentence).length;
      const kind = before ? mentionKind(before, entity) : -1;
      const paragraphsBack = before ? quote.paragraph - paragraphAt(before.offset) : 4;
      return [
        before ? 1 : 0,
        before ? logScale(wordAt(quote.open) - wordAt(before.offset)) : 1,
        before ? clip(sentence - sentenceAt(before.offset), 5) : 1,
        clip(Math.max(0, paragraphsBack), 4),
        before && paragraphsBack === 0 ? 1 : 0,
        clip(inSentence, 3),
        after && sentenceAt(after.offset) === sentence ? 1 : 0,
        after && paragraphAt(after.offset) === quote.paragraph ? 1 : 0,
        after ? logScale(wordAt(after.offset) - wordAt(quote.close)) : 1,
        ...[0, 1, 2, 3, 4].map((value) => (kind === value ? 1 : 0)),
        logScale(own.filter((mention) => mention.offset < quote.open).length),
        logScale(own.length),
        firstSeen.get(entity) === 0 ? 1 : 0,
        clip(firstSeen.get(entity) ?? 10, 10),
      ];
    }

    /** The form of a mention: a pronoun (0), a noun with an article (1), an owner (2), the full name (3), a shorter one (4). */
    function mentionKind(mention: Registry['mentions'][number], entity: Entity): number {
      if (mention.said) return 0;
      if (mention.article) return 1;
      if (mention.owner) return 2;
      return source.startsWith(entity.name, mention.offset) ? 3 : 4;
    }

    function historyFeatures(entity: Entity): number[] {
      const times = earlier.filter((speaker) => speaker === entity).length;
      const inParagraph = quotes.map((other, index) => ({ other, index })).filter(({ other }) => other.paragraph === quote.paragraph);
      const previousHere = inParagraph.filter(({ index }) => index < at).at(-1);
      const nextHere = inParagraph.find(({ index }) => index > at);
      return [
        speakers[at - 1] === entity ? 1 : 0,
        logScale(times),
        previousHere && speakers[previousHere.index] === entity ? 1 : 0,
        nextHere && speakers[nextHere.index] === entity ? 1 : 0,
      ];
    }

    function ruleFeatures(isRule: boolean): number[] {
      const route = quote.route ?? (quote.cue ? 'cue' : 'carried');
      return [isRule ? 1 : 0, ...routes.map((name) => (isRule && route === name ? 1 : 0)), isRule && isPronoun(quote.phrase) ? 1 : 0];
    }

    function features(entity: Entity): number[] {
      const pronoun = quote.phrase?.trim().toLowerCase() ?? '';
      const gender = pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : null;
      // (A bias for someone and one for nobody first; nobody's own three features last, zero for someone.)
      return [
        1,
        0,
        ...ruleFeatures(entity === rule),
        ...cueFeatures(entity),
        ...mentionFeatures(entity),
        ...historyFeatures(entity),
        entity.type === 'person' ? 1 : 0,
        entity.type === 'organization' ? 1 : 0,
        entity.type === 'media' ? 1 : 0,
        entity.gender ? 1 : 0,
        entity.role ? 1 : 0,
        gender && entity.gender === gender ? 1 : 0,
        gender && entity.gender && entity.gender !== gender ? 1 : 0,
        gender && entity.type !== 'person' ? 1 : 0,
        0,
        0,
        0,
      ];
    }

    /** Nobody: a bias of its own, and what makes a quotation likely to be no one's (short, no cue in its paragraph). */
    function nobody(width: number): number[] {
      if (width === 0) return [];
      const vector = new Array<number>(width).fill(0);
      const isRule = rule === null;
      const rules = ruleFeatures(isRule);
      rules.forEach((value, index) => (vector[2 + index] = value));
      vector[1] = 1;
      const noCue = (paragraphs[quote.paragraph]?.cues ?? []).every((sentence) => sentence.length === 0);
      vector[width - 3] = noCue ? 1 : 0;
      vector[width - 2] = quote.words <= 4 ? 1 : 0;
      vector[width - 1] = quote.open === paragraphs[quote.paragraph]?.base ? 1 : 0;
      return vector;
    }
  });
}

/** The probability of each of one quotation's candidates. */
export function probabilities(weights: number[], x: number[][]): number[] {
  const scores = x.map((row) => row.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0));
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / total);
}

/** One quotation as the training script reads it: its text, its candidates' names, their features, the rules' pick. */
export interface Row {
  text: string;
  names: Array<{ name: string; aliases: string[] }>;
  x: number[][];
  rule: number;
}

/**
 * Rows collected for training (`scripts/train-speakers.ts`), when it asks for them; and, for its measurements only,
 * a choice that overrides the rules' (an index into the candidates, or null to keep the rules').
 */
export const collected: { rows: Row[][] | null; choose: ((x: number[][], rule: number) => number | null) | null } = { rows: null, choose: null };
