// Sentences of many sources, aligned: two sentences report the same thing when their content words,
// numbers and names mostly agree. Used for facts and for timeline entries.
import { shortHash } from '../pipeline/ids.ts';
import { rememberedPerText } from '../pipeline/memo.ts';
import { words } from '../pipeline/normalize.ts';
import { segments } from '../pipeline/sentences.ts';
import { slug } from 'github-slugger';

/** One sentence of one source's paragraph, in reading order. */
export interface SentenceOccurrence {
  source: string;
  paragraph: string;
  text: string;
  /** Offsets of the sentence in the decoded source. */
  start: number;
  end: number;
}

const minimumShared = 4;
// A word held by more groups than this finds no candidates by itself.
const commonWord = 200;
// How many of a sentence's rarest words look up candidates.
const rarestWords = 8;
// Words too common to say what a sentence reports.
const functionWords = new Set(
  'a an the and or but of to in on at for from by with as that this these those is are was were be been being has have had it its their his her they he she we you i not no also who which what when where than then so if into about after before over under up out more most such there'.split(' '),
);

/** A paragraph split into sentences, with offsets into the source. */
export function sentencesOf(text: string, start: number): Array<{ text: string; start: number; end: number }> {
  const sentences: Array<{ text: string; start: number; end: number }> = [];
  for (const part of segments(text)) {
    const trimmed = part.segment.trim();
    if (!trimmed) continue;
    const offset = start + part.index + part.segment.indexOf(trimmed);
    sentences.push({ text: trimmed, start: offset, end: offset + trimmed.length });
  }
  return sentences;
}

/**
 * The sentences of every paragraph of one source, as `sentencesOf` gives them paragraph by paragraph,
 * from one pass over the paragraphs joined by line feeds (a sentence always ends at a line feed, and
 * no rule looks past one). Each `segment()` call holds some kilobytes outside the JavaScript heap
 * until a full garbage collection, so one call per source rather than per paragraph keeps a
 * thousand-source assembly's memory down.
 */
export function sentencesOfParagraphs(paragraphs: ReadonlyArray<{ text: string; start: number }>): Array<ReturnType<typeof sentencesOf>> {
  const split: Array<ReturnType<typeof sentencesOf>> = paragraphs.map(() => []);
  const offsets: number[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    offsets.push(length);
    length += paragraph.text.length + 1;
  }
  let current = 0;
  for (const part of segments(paragraphs.map((paragraph) => paragraph.text).join('\n'))) {
    while (current + 1 < offsets.length && part.index >= (offsets[current + 1] as number)) current++;
    const trimmed = part.segment.trim();
    if (!trimmed) continue;
    const offset = (paragraphs[current]?.start ?? 0) + part.index - (offsets[current] ?? 0) + part.segment.indexOf(trimmed);
    split[current]?.push({ text: trimmed, start: offset, end: offset + trimmed.length });
  }
  return split;
}

/** The matching key of a sentence: content words, with numbers and names kept as they are. */
export function signature(text: string): Set<string> {
  return new Set(words(text).filter((word) => !functionWords.has(word)).map((word) => word.replace(/['’]s$/, '')));
}

/**
 * How far two signatures report the same thing: the shared words over the shorter signature, so that a
 * terse retelling meets the fuller one; at least four shared words, and numbers must agree.
 */
export function similarity(a: Set<string>, b: Set<string>): number {
  return scoreOf(keyed(a), keyed(b), 0);
}

/** A signature with its numbers picked out once: `align` compares each with many groups. */
interface Keyed {
  words: Set<string>;
  numbers: string[];
}

const hasDigit = /\d/;

function keyed(words: Set<string>): Keyed {
  const numbers: string[] = [];
  for (const word of words) if (hasDigit.test(word)) numbers.push(word);
  return { words, numbers };
}

/**
 * `similarity`, or 0 as soon as the words left to count can no longer bring it to `floor` (a score below the
 * best found so far changes nothing in `align`, so the count stops early; the scores it returns are exact).
 */
function scoreOf(a: Keyed, b: Keyed, floor: number): number {
  // The shorter signature's words are looked up in the longer one: the count is the same, and its misses use up the
  // margin left to reach `floor` words at a time, where a long sentence against a short one would run on.
  const [short, long] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  const shorter = short.size;
  if (shorter === 0) return 0;
  let shared = 0;
  let left = shorter;
  for (const word of short) {
    left--;
    if (long.has(word)) shared++;
    else if ((shared + left) / shorter < floor) return 0;
  }
  if (shared < minimumShared) return 0;
  if (a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((number) => b.numbers.includes(number))) return 0;
  return shared / shorter;
}

/**
 * Group items greedily in the order given: each joins the most similar group that has no item from its
 * source yet, when the similarity reaches `threshold`; otherwise it opens a group of its own. Groups are
 * found through the words they hold, so a thousand sources do not compare every sentence with every other.
 */
export function align<T extends { source: string }>(
  items: T[],
  textOf: (item: T) => string,
  threshold: number,
  /** A further test an item must pass to join a group, given the similarity found (e.g. that dates agree). */
  accepts: (item: T, group: T[], score: number) => boolean = () => true,
): T[][] {
  const groups: Array<{ items: T[]; signature: Keyed; sources: Set<string> }> = [];
  const byWord = new Map<string, number[]>();
  const tally = new Tally();
  // A sentence many sources tell word for word (a wire's, a quote) is read into its key once.
  const keys = new Map<string, Keyed>();
  for (const item of items) {
    const text = textOf(item);
    let key = keys.get(text);
    if (!key) keys.set(text, (key = keyed(signature(text))));
    let best: (typeof groups)[number] | null = null;
    let bestScore = threshold;
    for (const index of candidates(key.words, byWord, tally)) {
      const group = groups[index]!;
      // (The words first: most candidates fall short of them in a few lookups, before a lookup in a group of hundreds of sources.)
      const score = scoreOf(key, group.signature, bestScore);
      if (score >= bestScore && !group.sources.has(item.source) && accepts(item, group.items, score)) {
        best = group;
        bestScore = score;
      }
    }
    if (best) {
      best.items.push(item);
      best.sources.add(item.source);
    } else {
      const index = groups.push({ items: [item], signature: key, sources: new Set([item.source]) }) - 1;
      for (const word of key.words) {
        const holders = byWord.get(word);
        if (holders) holders.push(index);
        else byWord.set(word, [index]);
      }
    }
  }
  return groups.map((group) => group.items);
}

// Groups sharing enough words to be worth comparing, found through the sentence's rarest words: two
// tellings of one fact share their names and numbers, while "said" would bring in every group.
function candidates(key: Set<string>, byWord: Map<string, number[]>, tally: Tally): number[] {
  const postings: number[][] = [];
  for (const word of key) {
    const list = byWord.get(word);
    if (list !== undefined && list.length <= commonWord) postings.push(list);
  }
  // The rarest first; of lists as long, the first found (a stable sort), as ever.
  postings.sort((a, b) => a.length - b.length);
  if (postings.length > rarestWords) postings.length = rarestWords;
  return tally.twice(postings);
}

/**
 * The groups named in at least two of some lists, in ascending order: counted in an array indexed by group, each
 * count stamped with the round it belongs to, so that nothing is cleared or allocated between sentences.
 */
class Tally {
  private counts = new Int32Array(1024);
  private stamps = new Int32Array(1024);
  private round = 0;

  twice(lists: number[][]): number[] {
    this.round++;
    const found: number[] = [];
    for (const list of lists) {
      for (const index of list) {
        if (index >= this.counts.length) this.grow(index);
        if (this.stamps[index] !== this.round) {
          this.stamps[index] = this.round;
          this.counts[index] = 1;
        } else if (++this.counts[index]! === 2) found.push(index);
      }
    }
    return found.sort((a, b) => a - b);
  }

  private grow(index: number): void {
    const size = Math.max(index + 1, this.counts.length * 2);
    const counts = new Int32Array(size);
    const stamps = new Int32Array(size);
    counts.set(this.counts);
    stamps.set(this.stamps);
    this.counts = counts;
    this.stamps = stamps;
  }
}

/** A stable id for one sentence of one source: a prefix, its first words, a hash of source and text (or of `hashed`). */
export function occurrenceId(prefix: string, source: string, text: string, hashed = text): string {
  return [prefix, headOf(text), shortHash(`${source} ${hashed}`)].filter(Boolean).join('-');
}

// The readable part of an id: a sentence many sources tell word for word is slugged once.
const headOf = rememberedPerText((text) => slug(words(text).slice(0, 5).join(' ')).slice(0, 40).replace(/-+$/, ''));

/**
 * Ids made unique in order: two items whose first telling is the same sentence of one source (a page that repeats a
 * sentence) would share a page and an anchor, the later one overwriting the earlier. A later item takes the first of
 * its own aliases still free, else its id with "-2", "-3"; the first keeps its id, so links already shared stay.
 */
export function distinctIds<T extends { id: string; href: string; aliases: string[] }>(items: T[], hrefOf: (item: T, id: string) => string): T[] {
  const taken = new Set<string>();
  return items.map((item) => {
    if (!taken.has(item.id)) {
      taken.add(item.id);
      return item;
    }
    let id = item.aliases.find((alias) => !taken.has(alias));
    for (let count = 2; !id; count++) if (!taken.has(`${item.id}-${count}`)) id = `${item.id}-${count}`;
    taken.add(id);
    return { ...item, id, href: hrefOf(item, id), aliases: [item.id, ...item.aliases].filter((alias) => alias !== id) };
  });
}
