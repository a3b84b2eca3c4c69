// Assembly: the case's chronology. Each source sentence that places something in time is a telling;
// tellings of one happening by several sources are aligned as facts are (their words, the time
// expression left out) into one entry, whose date is the most precise any source gives, with every
// date shown where the sources disagree. Dates that place no event of the case (a year used as a name,
// a deadline ahead of the writing) are kept as mentions, apart from the chronology.
import { isUndatable } from '../pipeline/times.ts';
import { referenceDate } from '../pipeline/times/resolve.ts';
import type { SourceRecord, TimeMention } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Reading, Telling, TimelineEntry } from '../schemas/dossier.ts';
import { words } from '../pipeline/normalize.ts';
import { occurrenceId, sentencesOfParagraphs, signature, type SentenceOccurrence } from './align.ts';
import { readableDate } from './dates.ts';

interface TimedSentence extends SentenceOccurrence {
  time: TimeMention;
  /** The date the source was written, when known. */
  reference: string | null;
  mention: boolean;
}

// How much two tellings must share to be one event: content words near the time expression (the
// expression left out), as a count and a share of the smaller set. The more precisely their dates agree,
// the less they must share: the same day and two names in common is one event; a telling without a date,
// a date within another (a year, a month of it) or two days that differ by a little (the entry then shows
// both days) must share half its words.
const sameDay = { shared: 2, share: 0.1 };
const samePeriod = { shared: 2, share: 0.2 };
const sameEvent = { shared: 4, share: 0.5 };
// Two days this far apart, or less, may be one event misdated by a source; further apart, two events.
const nearDays = 3;
// Words either side of the time expression that say what happened at that time.
const reach = 10;
// A word held by more groups than this finds no candidates by itself (see `align`).
const commonWord = 200;
const reportingWords = new Set(['said', 'says', 'told', 'according', 'reported', 'reports', 'added', 'statement', 'would', 'could', 'will', 'after', 'before', 'since', 'until', 'while', 'during']);

// Words that tell of a happening without a calendar date: an undated event, listed after the dated ones.
const undatedEvent = /^(?:only |much |soon )?(?:later|subsequently|recently|soon after\b.*|immediately)$/iu;

export function assembleTimeline(records: SourceRecord[]): TimelineEntry[] {
  return alignTellings(timedSentences(records)).map(toEntry).sort(inOrder);
}

/** The content words around a telling's time expression, the expression itself left out. */
function nearWords(sentence: TimedSentence): Set<string> {
  const at = sentence.time.start - sentence.start;
  const before = words(sentence.text.slice(0, at)).slice(-reach);
  const after = words(sentence.text.slice(at + sentence.time.text.length)).slice(0, reach);
  return new Set([...signature(before.join(' ')), ...signature(after.join(' '))].filter((word) => !reportingWords.has(word)));
}

/** How far `a` may join a group holding `b`: the words it must share, by how their dates agree; null when they cannot. */
function needed(a: string | null, b: string | null): { shared: number; share: number } | null {
  if (!a || !b) return sameEvent;
  if (a === b) return a.length === 10 ? sameDay : samePeriod;
  // "Earlier this year" meets "in July" only when the words say it is the same happening.
  if (a.startsWith(b) || b.startsWith(a)) return sameEvent;
  if (a.length !== 10 || b.length !== 10) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) <= nearDays * 86_400_000 ? sameEvent : null;
}

/**
 * Tellings grouped greedily in source order: each joins the group it shares most with, among those
 * with no telling of its source whose every date it may meet; else it opens a group. Groups are found
 * through their words, so a thousand sources do not compare every telling with every other.
 */
function alignTellings(tellings: TimedSentence[]): TimedSentence[][] {
  const groups: Array<{ items: TimedSentence[]; words: Set<string>; sources: Set<string> }> = [];
  const byWord = new Map<string, number[]>();
  for (const telling of tellings) {
    const key = nearWords(telling);
    const candidates = new Set([...key].flatMap((word) => {
      const holders = byWord.get(word) ?? [];
      return holders.length <= commonWord ? holders : [];
    }));
    let best: (typeof groups)[number] | null = null;
    let bestScore = 0;
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const group = groups[index]!;
      if (group.sources.has(telling.source)) continue;
      const rules = group.items.map((other) => needed(telling.time.date, other.time.date));
      if (rules.some((rule) => rule === null)) continue;
      const shared = [...key].filter((word) => group.words.has(word)).length;
      const score = key.size === 0 || group.words.size === 0 ? 0 : shared / Math.min(key.size, group.words.size);
      const met = rules.every((rule) => shared >= rule!.shared && score >= rule!.share) && numbersAgree(key, group.words);
      if (met && score > bestScore) [best, bestScore] = [group, score];
    }
    if (best) {
      best.items.push(telling);
      best.sources.add(telling.source);
      for (const word of key) best.words.add(word);
      continue;
    }
    const index = groups.push({ items: [telling], words: new Set(key), sources: new Set([telling.source]) }) - 1;
    for (const word of key) byWord.set(word, [...(byWord.get(word) ?? []), index]);
  }
  return groups.map((group) => group.items);
}

// Two tellings that both give numbers near their times must share one ("36 ballots" is not "41 votes").
function numbersAgree(a: Set<string>, b: Set<string>): boolean {
  const left = [...a].filter((word) => /\d/u.test(word));
  const right = [...b].filter((word) => /\d/u.test(word));
  return left.length === 0 || right.length === 0 || left.some((number) => right.includes(number));
}

function timedSentences(records: SourceRecord[]): TimedSentence[] {
  const timed: TimedSentence[] = [];
  // Sentences already placed, as source, start and date: a lookup, not a scan of every earlier one.
  const placed = new Set<string>();
  for (const record of records) {
    const reference = referenceDate(record.meta)?.date ?? null;
    // Split only a source with a time to place, all its paragraphs at once (see `sentencesOfParagraphs`).
    let split: ReturnType<typeof sentencesOfParagraphs> | undefined;
    for (const [index, paragraph] of record.paragraphs.entries()) {
      const told: TimedSentence[] = [];
      for (const time of paragraph.times) {
        const kept = time.date !== null || undatedEvent.test(time.text) || (!reference && !isUndatable(time.text));
        if (!kept) continue;
        split ??= sentencesOfParagraphs(record.paragraphs);
        const sentence = (split[index] ?? []).find((candidate) => time.start >= candidate.start && time.start < candidate.end);
        if (!sentence) continue;
        const after = paragraph.text.slice(time.end - paragraph.start);
        told.push({ ...sentence, source: record.id, paragraph: paragraph.id, time, reference, mention: isMention(time, after, reference) });
      }
      // One telling per sentence and date; "later" in a sentence that also names a date tells no undated event of its own.
      const dated = new Set(told.filter((sentence) => sentence.time.date).map((sentence) => sentence.start));
      for (const sentence of told) {
        const key = `${record.id}\0${sentence.start}\0${sentence.time.date}`;
        if (placed.has(key) || (!sentence.time.date && dated.has(sentence.start))) continue;
        placed.add(key);
        timed.push(sentence);
      }
    }
  }
  return timed;
}

/**
 * A date that places no event of the case: a year used as a name ("the 2024 campaign", "a 2019 law"),
 * or a date after the writing (a deadline, a hearing to come).
 */
function isMention(time: TimeMention, after: string, reference: string | null): boolean {
  if (!time.date) return false;
  if (time.date.length === 4 && /^(?:the|a|an|its|their|this|that)\s+\d{4}$/iu.test(time.text) && /^[\s-]+\p{Ll}/u.test(after)) return true;
  if (!reference) return false;
  const length = Math.min(time.date.length, reference.length);
  return time.date.slice(0, length) > reference.slice(0, length);
}

function toTelling(sentence: TimedSentence): Telling {
  const { time } = sentence;
  return {
    source: sentence.source,
    paragraph: sentence.paragraph,
    text: sentence.text,
    expression: time.text,
    date: time.date,
    approximate: time.approximate,
    when: time.date ? readableDate(time.date, time.text, sentence.reference) : null,
  };
}

/** A telling's own id: its source and sentence and the words of its time expression, never the date read from them. */
const tellingId = (sentence: TimedSentence) => occurrenceId('t', sentence.source, sentence.text, `${sentence.text}\0${sentence.time.text}`);
/** The id the same telling had when ids hashed the date (before casefile's timeline was of events). */
const datedId = (sentence: TimedSentence) => occurrenceId('t', sentence.source, `${sentence.time.date ?? ''} ${sentence.text}`);

function toEntry(group: TimedSentence[]): TimelineEntry {
  const first = group[0]!;
  const id = tellingId(first);
  const tellings = group.map(toTelling);
  const readings = readingsOf(tellings);
  // The most precise date, sure before approximate; among days that disagree, the one most sources give.
  const best = tellings
    .filter((telling) => telling.date)
    .sort((a, b) => b.date!.length - a.date!.length || Number(a.approximate) - Number(b.approximate) || support(readings, b.date!) - support(readings, a.date!))[0];
  const aliases = [...new Set(group.flatMap((sentence) => [tellingId(sentence), datedId(sentence)]))].filter((alias) => alias !== id);
  return {
    id,
    href: routes.timelineEntry(id),
    kind: group.every((sentence) => sentence.mention) ? 'mention' : 'event',
    date: best?.date ?? null,
    approximate: best ? best.approximate : true,
    when: best?.when ?? null,
    text: (best ?? tellings[0]!).text,
    expression: (best ?? tellings[0]!).expression,
    readings: readings.length > 1 ? readings : [],
    sources: tellings.map((telling) => ({ source: telling.source, paragraph: telling.paragraph })),
    tellings,
    aliases,
  };
}

const support = (readings: Reading[], date: string) => readings.find((reading) => reading.date === date)?.sources.length ?? 0;

/** The distinct dates the tellings give, a date less precise than another one left out ("August" within "29 August"). */
function readingsOf(tellings: Telling[]): Reading[] {
  const readings = new Map<string, Reading>();
  for (const telling of tellings) {
    if (!telling.date || tellings.some((other) => other.date && other.date !== telling.date && other.date.startsWith(telling.date!))) continue;
    const reading = readings.get(telling.date) ?? { date: telling.date, when: telling.when ?? telling.date, sources: [] };
    if (!reading.sources.includes(telling.source)) reading.sources.push(telling.source);
    readings.set(telling.date, reading);
  }
  return [...readings.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// Events before mentions; dated before undated; a year before the months of that year.
function inOrder(a: TimelineEntry, b: TimelineEntry): number {
  if (a.kind !== b.kind) return a.kind === 'event' ? -1 : 1;
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
