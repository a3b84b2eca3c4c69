// Assembly: quotes grouped into statements across outlets. One statement per thing said, however each
// outlet words it (dashes, "US"/"United States", a bracketed substitution, an ellipsis, a dropped
// clause); a partial quote inside a longer one of the same speaker joins it. Ids stay put as sources are added.
import { diffWords } from 'diff';
import { contentId } from '../pipeline/ids.ts';
import { normalizeForMatch, unify } from '../pipeline/normalize.ts';
import type { QuoteMention, SourceRecord } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Attribution, Occurrence, Speaker, Statement } from '../schemas/dossier.ts';
import { bodyNamesIn, fullerNamesIn, legalNamesIn, mergeSpeakers } from './speakers.ts';

interface Found {
  occurrence: Occurrence;
  quote: QuoteMention;
  speaker: string;
  words: string[];
  wording: Wording;
}

/** A wording prepared once for matching: its words joined, how often each occurs, and its whole sentences. */
interface Wording {
  words: string[];
  joined: string;
  counts: Map<string, number>;
  /** The words of each sentence of five words or more, joined as `joined` is. */
  sentences: string[];
}

/** A sentence this long, word for word in two wordings of one speaker, makes them one statement. */
const sentenceWords = 5;

export function prepare(words: string[], sentences: string[][] = []): Wording {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const whole = sentences.filter((sentence) => sentence.length >= sentenceWords && sentence.length < words.length).map((sentence) => ` ${sentence.join(' ')} `);
  return { words, joined: ` ${words.join(' ')} `, counts, sentences: whole };
}

/** A wording's words sentence by sentence (read once: the words are the sentences' words in a row). */
export function sentenceWordsOf(text: string): string[][] {
  return text.split(/(?<=[.!?])\s+/u).map(matchWords);
}

export function assembleStatements(records: SourceRecord[]): { speakers: Speaker[]; statements: Statement[] } {
  const ordered = [...records].sort((a, b) => compare(a.file, b.file));
  const mentions = ordered.flatMap((record) => record.paragraphs.flatMap((paragraph) => paragraph.quotes.map((quote) => quote.speaker)));
  const bodies = ordered.flatMap((record) => record.paragraphs.flatMap((paragraph) => paragraph.entities.flatMap((entity) => (entity.type === 'organization' ? [entity.name] : []))));
  const { speakers, idOf } = mergeSpeakers(mentions, legalNamesIn(ordered.map((record) => record.text)), bodyNamesIn(bodies), fullerNamesIn(ordered.map((record) => record.text)));
  const seen = new Map<string, number>();
  const found: Found[] = [];
  for (const record of ordered) {
    for (const paragraph of record.paragraphs) {
      for (const quote of [...paragraph.quotes].sort((a, b) => a.start - b.start)) {
        const base = contentId('q', `${record.id} ${quote.text}`);
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        const sentences = sentenceWordsOf(quote.text);
        const words = sentences.flat();
        found.push({
          speaker: idOf(quote.speaker),
          words,
          wording: prepare(words, sentences),
          quote,
          occurrence: {
            id: count === 1 ? base : `${base}-${count}`,
            source: record.id,
            paragraph: paragraph.id,
            text: quote.text,
            cue: quote.cue,
            start: quote.start,
            end: quote.end,
            attribution: quote.machine?.attribution ?? quote.attribution ?? 'none',
          },
        });
      }
    }
  }
  const groups = group(found, speakers);
  const statements = groups.map((members) => toStatement(members, speakerOf(members, speakers), speakers));
  const counts = new Map<string, number>();
  for (const statement of statements) counts.set(statement.speaker, (counts.get(statement.speaker) ?? 0) + 1);
  const rankedSpeakers = [...speakers.values()]
    .filter((speaker) => counts.has(speaker.id))
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || compare(a.name, b.name));
  const rank = new Map(rankedSpeakers.map((speaker, index) => [speaker.id, index]));
  statements.sort((a, b) => (rank.get(a.speaker) ?? 0) - (rank.get(b.speaker) ?? 0));
  return { speakers: rankedSpeakers, statements };
}

/** Words from which one wording, carried by two outlets under two speakers, is still one statement. */
const longWording = 12;

/** Words too common to find candidate statements by. */
const common = new Set(
  'the a an and or of to in on for with at by from is are was were be been it its this that we our us i you he she they them their his her not no will would have has had as but do does did so if than then there all any more can could should may'.split(' '),
);

/** A statement being gathered, with what matching needs of it kept up to date as members join. */
interface Gathering {
  members: Found[];
  /** Its place among the statements, which decides between two that both fit. */
  order: number;
  /** The first known speaker among the members: members only join, so it never changes once set. */
  known: string | null;
  /** One member per speaker and wording: the rest would give `fits` the same answer again. */
  distinct: Map<string, Found>;
  /** The members whose words are already filed under each bucket: filing one twice changes nothing. */
  filed: Map<string, Set<Found>>;
  /** The statement this one was merged into, when a later wording showed them one. */
  into?: Gathering;
}

/** Occurrences that say the same thing, in the order they were found. */
function group(found: Found[], speakers: Map<string, Speaker>): Found[][] {
  const gatherings: Gathering[] = [];
  // Statements are found by speaker, then by word: a thousand sources do not compare every pair.
  const buckets = new Map<string, Map<string, Set<Gathering>>>();
  const isKnown = (id: string) => speakers.get(id)?.type !== 'unknown';
  const bucketOf = (id: string) => (isKnown(id) ? id : '');
  const fits = (gathering: Gathering, candidate: Found) => {
    // A statement gathers two known speakers only when a long wording is the same: then one outlet (or the
    // attribution) erred, and the statement takes the speaker most of its wordings have.
    if (gathering.known && isKnown(candidate.speaker) && gathering.known !== candidate.speaker) {
      return [...gathering.distinct.values()].some((member) => shared(member.wording, candidate.wording, longWording) >= 0.9);
    }
    for (const member of gathering.distinct.values()) {
      const same =
        member.speaker === candidate.speaker
          ? sameStatement(member.wording, candidate.wording)
          : shared(member.wording, candidate.wording, 8) >= 0.9 || (!isKnown(candidate.speaker) && within(candidate.wording, member.wording)) || (!isKnown(member.speaker) && within(member.wording, candidate.wording));
      if (same) return true;
    }
    return false;
  };
  const join = (gathering: Gathering, member: Found) => {
    gathering.members.push(member);
    if (!gathering.known && isKnown(member.speaker)) gathering.known = member.speaker;
    const key = `${member.speaker}\u0000${member.wording.joined}`;
    if (!gathering.distinct.has(key)) gathering.distinct.set(key, member);
  };
  const index = (gathering: Gathering, member: Found) => {
    const home = bucketOf(gathering.known ?? member.speaker);
    const bucket = buckets.get(home) ?? new Map<string, Set<Gathering>>();
    buckets.set(home, bucket);
    const filed = gathering.filed.get(home) ?? new Set<Found>();
    gathering.filed.set(home, filed);
    // Under its known speaker once it has one: re-file every member's words there.
    const refile = bucketOf(gathering.known ?? '') !== bucketOf(member.speaker) || gathering.members.length === 1;
    for (const other of refile ? gathering.members : [member]) {
      if (filed.has(other)) continue;
      filed.add(other);
      for (const word of other.wording.counts.keys()) {
        const key = common.has(word) ? '' : word;
        const holders = bucket.get(key) ?? new Set();
        holders.add(gathering);
        bucket.set(key, holders);
      }
    }
  };
  for (const candidate of found) {
    const searched = isKnown(candidate.speaker) && candidate.words.length < longWording ? [buckets.get(candidate.speaker), buckets.get('')] : [...buckets.values()];
    const content = [...candidate.wording.counts.keys()].filter((word) => !common.has(word));
    const pool = new Set<Gathering>();
    for (const bucket of searched) {
      for (const word of content.length > 0 ? content : ['']) for (const gathering of bucket?.get(word) ?? []) pool.add(gathering);
    }
    const open = [...pool].filter((gathering) => !gathering.into).sort((a, b) => a.order - b.order);
    const home = open.find((gathering) => fits(gathering, candidate));
    if (home) {
      // A long wording that holds two statements' words ("A. B." where one outlet quoted "A." and another "B.")
      // shows they are one thing said: the later statements of the same speaker join the first, whose id stays
      // (theirs lead to it).
      const speaker = home.known ?? (isKnown(candidate.speaker) ? candidate.speaker : null);
      const others = candidate.words.length < longWording ? [] : open.filter((gathering) => gathering.order > home.order && (!gathering.known || !speaker || gathering.known === speaker) && fits(gathering, candidate));
      join(home, candidate);
      index(home, candidate);
      for (const other of others) {
        if (other.known && home.known && other.known !== home.known) continue;
        other.into = home;
        for (const member of other.members) {
          join(home, member);
          index(home, member);
        }
      }
      continue;
    }
    const gathering: Gathering = { members: [], order: gatherings.length, known: null, distinct: new Map(), filed: new Map() };
    gatherings.push(gathering);
    join(gathering, candidate);
    index(gathering, candidate);
  }
  // Members in the order they were found, so that a merged statement's id is its first wording's.
  const place = new Map(found.map((member, at) => [member, at]));
  return gatherings.filter((gathering) => !gathering.into).map((gathering) => gathering.members.sort((a, b) => place.get(a)! - place.get(b)!));
}

/**
 * The share of the shorter wording's words found in the longer (0 when the shorter has fewer than
 * `least` words). Between speakers only long, nearly identical wordings join: an outlet that could not
 * name the speaker quotes what another attributes. A person and the agency they speak for stay apart.
 */
function shared(a: Wording, b: Wording, least: number): number {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length < least) return 0;
  let found = 0;
  for (const [word, count] of short.counts) found += Math.min(count, long.counts.get(word) ?? 0);
  return found / short.words.length;
}

/**
 * The same words, or the shorter contained in the longer, or ≥80% of the shorter's words shared, or a
 * whole sentence of one in the other: outlets quote different stretches of one remark ("A. B." and "B. C.").
 */
export function sameStatement(a: Wording, b: Wording): boolean {
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length === 0) return false;
  if (long.joined.includes(short.joined)) return true;
  if (shared(short, long, 5) >= 0.8) return true;
  return short.sentences.some((sentence) => long.joined.includes(sentence)) || long.sentences.some((sentence) => short.joined.includes(sentence));
}

/** A wording no speaker was found for, word for word inside a longer one: the same words, unattributed. */
function within(unattributed: Wording, other: Wording): boolean {
  return unattributed.words.length >= sentenceWords && unattributed.words.length < other.words.length && other.joined.includes(unattributed.joined);
}

/** Words for matching: spellings of one country unified, bracketed substitutions and ellipses dropped. */
export function matchWords(text: string): string[] {
  const plain = unify(text.replace(/[\u2012-\u2015\u2212]/g, ' '))
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\.{3}|\u2026/g, ' ')
    // "8 p.m.", "8pm", "8 PM": one time of day.
    .replace(/(\d)\s*([ap])\.?\s?m\b\.?/giu, (_, digit: string, half: string) => `${digit} ${half.toLowerCase()}m`)
    .replace(/\bthe\s+United\s+States(?:\s+of\s+America)?\b|\bUnited\s+States(?:\s+of\s+America)?\b|\bthe\s+U\.?S\.?A?\b(?!\p{L})|\bU\.S\.A?\.?(?!\p{L})|\bUSA?\b/gu, ' US ')
    .replace(/\bthe\s+United\s+Kingdom\b|\bUnited\s+Kingdom\b|\bthe\s+U\.?K\.?(?!\p{L})|\bU\.K\.?(?!\p{L})/gu, ' UK ');
  // "bid-rigging" and "bid rigging" are one wording: a compound's parts are words of their own.
  return (normalizeForMatch(plain).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []).map(spelling);
}

/**
 * One spelling for the British and American forms of a word, so that two outlets' copies of one remark meet:
 * "organise"/"organize", "analyse"/"analyze", "labour"/"labor", "centre"/"center", "offence"/"offense",
 * "catalogue"/"catalog", "programme"/"program". Only long words change, and only to forms that are no other word.
 */
function spelling(token: string): string {
  let found = spellings.get(token);
  if (found === undefined) {
    // A case's quotes repeat their words: each is read once (the table is emptied before it grows past a vocabulary).
    if (spellings.size >= 100_000) spellings.clear();
    spellings.set(token, (found = respelt(token)));
  }
  return found;
}

const spellings = new Map<string, string>();

function respelt(token: string): string {
  // (A possessive keeps its ending: "centre's", "center's".)
  const [, word = token, possessive = ''] = /^(.*?)('s)?$/u.exec(token) ?? [];
  if (word.length < 5) return token;
  return word
    .replace(/^(offen|defen|licen|preten)c(e|es)$/u, '$1s$2')
    .replace(/(?<=\p{L}{2})is(e|es|ed|ing|ation|ations|er|ers)$/u, 'iz$1')
    .replace(/(?<=\p{L}{2})ys(e|es|ed|ing)$/u, 'yz$1')
    .replace(/(?<=\p{L}{3})our(s|ed|ing|ite|ites|able|ful)?$/u, 'or$1')
    .replace(/(?<=\p{L}{2})(t|b)re(s)?$/u, '$1er$2')
    .replace(/(?<=\p{L}{2})(t|b)red$/u, '$1ered')
    .replace(/(?<=\p{L}{3})(og)ue(s)?$/u, '$1$2')
    .replace(/^programme(s|d)?$/u, 'program$1') + possessive;
}

/** The speaker most occurrences name, a known one before unknown. */
function speakerOf(members: Found[], speakers: Map<string, Speaker>): string {
  const counts = new Map<string, number>();
  for (const member of members) counts.set(member.speaker, (counts.get(member.speaker) ?? 0) + 1);
  const weight = (id: string) => {
    const type = speakers.get(id)?.type;
    return type === 'unknown' ? 0 : 1;
  };
  return [...counts.entries()].sort((a, b) => weight(b[0]) - weight(a[0]) || b[1] - a[1])[0]?.[0] ?? members[0]?.speaker ?? '';
}

/** The surest ways to a speaker first: a statement takes the best any of its occurrences gives. */
const surest: Attribution[] = ['correction', 'named in the cue', 'surname', 'description', 'another sentence', 'previous paragraph', 'pronoun', 'outlet report', 'unnamed', 'none'];

/** How the statement's speaker was found, and what the machine had said when a correction changed it. */
function attributionOf(members: Found[], speaker: string, speakers: Map<string, Speaker>): Pick<Statement, 'attribution' | 'corrected'> {
  const own = members.filter((member) => member.speaker === speaker);
  const ways = (own.length > 0 ? own : members).map((member) => member.quote.attribution ?? 'none');
  const attribution = surest.find((way) => ways.includes(way)) ?? 'none';
  const machine = own.find((member) => member.quote.machine)?.quote.machine;
  const name = speakers.get(speaker)?.name ?? speaker;
  const corrected = machine && machine.speaker !== name ? { field: 'speaker', machine: machine.speaker, value: name, reason: null } : null;
  return { attribution, corrected };
}

function toStatement(members: Found[], speaker: string, speakers: Map<string, Speaker>): Statement {
  const first = members[0] as Found;
  const fullest = members.reduce((best, member) => (member.words.length > best.words.length ? member : best), first);
  const id = first.occurrence.id;
  // Outlets often quote word for word: each distinct wording is compared with the fullest once.
  const diffs = new Map<string, ReturnType<typeof diffWords>>();
  const diffOf = (text: string) => {
    const known = diffs.get(text);
    if (known) return known;
    const parts = diffWords(fullest.occurrence.text, text);
    diffs.set(text, parts);
    return parts;
  };
  return {
    id,
    href: routes.statement(id),
    speaker,
    text: fullest.occurrence.text,
    occurrences: members.map((member) => member.occurrence),
    diffs: members
      .filter((member) => member !== fullest)
      .map((member) => ({
        occurrence: member.occurrence.id,
        parts: diffOf(member.occurrence.text).map((part) => ({
          value: part.value,
          added: Boolean(part.added),
          removed: Boolean(part.removed),
        })),
      })),
    // The statement's own id is its first occurrence's; every other occurrence id still leads here.
    aliases: members.map((member) => member.occurrence.id).filter((alias) => alias !== id),
    ...attributionOf(members, speaker, speakers),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
