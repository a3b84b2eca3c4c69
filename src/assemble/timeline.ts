// Assembly: the case's chronology. Each source sentence that places something in time is a telling;
// tellings of one happening, by one source or several, are aligned by their dates and their words (see
// events.ts) into one entry, whose date is the most precise any source gives, with every date shown
// where the sources disagree. Dates that place no event of the case (a year used as a name,
// a deadline ahead of the writing) are kept as mentions, apart from the chronology.
import * as chrono from 'chrono-node';
import { isUndatable } from '../pipeline/times.ts';
import { referenceDate } from '../pipeline/times/resolve.ts';
import type { EntityMention, SourceRecord, TimeMention } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Reading, Telling, TimelineEntry } from '../schemas/dossier.ts';
import { distinctIds, occurrenceId, sentencesOfParagraphs, type SentenceOccurrence } from './align.ts';
import { readableDate } from './dates.ts';
import { alignEvents, termsOf, withParticipant, type Calendar } from './events.ts';

interface TimedSentence extends SentenceOccurrence {
  time: TimeMention;
  /** The date the source was written, when known. */
  reference: string | null;
  mention: boolean;
  /** Whether the time stands in the source's dateline ("LISBON, Oct 15 (Atlas) -"), dating the report rather than an event. */
  dateline: boolean;
  /** The other time expressions of the sentence. */
  others: TimeMention[];
  /** The person a sentence opening on "He" or "She" is of: the one the source named last before it. */
  subject: string | null;
}

// Words that tell of a happening without a calendar date: an undated event, listed after the dated ones.
// So are the days counted from a happening the sentence does not date ("a day after", "three days before"): their
// words still tell which event they are of.
const undatedEvent = /^(?:only |much |soon )?(?:later|subsequently|recently|soon after\b.*|immediately)$|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:days?|weeks?|fortnights?|months?|years?)\s+(?:after|before)$/iu;

export function assembleTimeline(records: SourceRecord[]): TimelineEntry[] {
  return distinctIds(alignEvents(timedSentences(records).map(eventTelling)).map(toEntry), (_entry, id) => routes.timelineEntry(id)).sort(inOrder);
}

/** A timed sentence as the aligner reads it: the words around its time expression, those of its other times weighed less. */
function eventTelling(sentence: TimedSentence) {
  const at = (offset: number) => offset - sentence.start;
  return {
    ...sentence,
    sentence: `${sentence.source}\0${sentence.start}`,
    date: sentence.time.date,
    approximate: sentence.time.approximate,
    calendar: sentence.time.date || sentence.reference ? null : calendarOf(sentence.time.text),
    // A sentence other sources tell word for word is one event with theirs (not the dateline, which dates the report).
    ...(sentence.dateline ? {} : { words: sentence.text, expression: sentence.time.text }),
    // A dateline's words are the lede's, which tell the main event; it meets only the datelines of its day.
    terms: sentence.dateline
      ? new Map([[`\0dateline ${sentence.time.date}`, 1]])
      : withParticipant(
          termsOf(sentence.text, at(sentence.time.start), sentence.time.text.length, sentence.others.map((other) => ({ start: at(other.start), end: at(other.end) }))),
          sentence.subject,
        ),
  };
}

// Names of weekdays and months (and their short forms): what an undated expression may still say of its day.
const dayNamed = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/iu;

/**
 * What an expression of a source of no known date says of its day, that no year places: its weekday ("on
 * Saturday"), its day and month ("17 October"), so that it meets only the dated tellings of a day it may be.
 */
export function calendarOf(expression: string): Calendar | null {
  if (!dayNamed.test(expression)) return null;
  const [result] = chrono.casual.parse(expression);
  if (!result) return null;
  const { start } = result;
  const calendar: Calendar = {};
  if (start.isCertain('weekday')) calendar.weekday = start.get('weekday') ?? undefined;
  if (start.isCertain('month')) calendar.month = start.get('month') ?? undefined;
  if (start.isCertain('month') && start.isCertain('day')) calendar.day = start.get('day') ?? undefined;
  return Object.keys(calendar).length > 0 ? calendar : null;
}

function timedSentences(records: SourceRecord[]): TimedSentence[] {
  const timed: TimedSentence[] = [];
  // Sentences already placed, as source, start and date: a lookup, not a scan of every earlier one.
  const placed = new Set<string>();
  for (const record of records) {
    const reference = referenceDate(record.meta)?.date ?? null;
    // Split only a source with a time to place, all its paragraphs at once (see `sentencesOfParagraphs`).
    let split: ReturnType<typeof sentencesOfParagraphs> | undefined;
    const dateline = datelineSpan(record);
    const people = record.paragraphs.flatMap((paragraph) => paragraph.entities.filter((entity) => entity.type === 'person'));
    for (const [index, paragraph] of record.paragraphs.entries()) {
      const told: TimedSentence[] = [];
      for (const time of paragraph.times) {
        const kept = time.date !== null || undatedEvent.test(time.text) || (!reference && !isUndatable(time.text));
        if (!kept) continue;
        split ??= sentencesOfParagraphs(record.paragraphs);
        const sentence = (split[index] ?? []).find((candidate) => time.start >= candidate.start && time.start < candidate.end);
        if (!sentence) continue;
        const after = paragraph.text.slice(time.end - paragraph.start);
        const others = paragraph.times.filter((other) => other !== time && other.start >= sentence.start && other.end <= sentence.end);
        const inDateline = dateline !== null && time.start >= dateline.start && time.end <= dateline.end;
        const subject = subjectOf(sentence, people);
        told.push({ ...sentence, source: record.id, paragraph: paragraph.id, time, reference, mention: inDateline || isMention(time, after, reference), dateline: inDateline, others, subject });
      }
      // One telling per sentence and date, the dateline apart from the lede's event; "later" in a sentence that also
      // names a date tells no undated event of its own.
      const dated = new Set(told.filter((sentence) => sentence.time.date).map((sentence) => sentence.start));
      for (const sentence of told) {
        const key = `${record.id}\0${sentence.start}\0${sentence.time.date}\0${sentence.dateline}`;
        if (placed.has(key) || (!sentence.time.date && dated.has(sentence.start))) continue;
        placed.add(key);
        timed.push(sentence);
      }
    }
  }
  return timed;
}

// A sentence whose subject is a person told by a pronoun: "He told the inquiry on Monday …", "She wrote to members that evening".
const pronounSubject = /^(?:He|She)\b/u;

/**
 * The person a sentence opening on "He" or "She" tells of: the person the source named last before the sentence
 * (the entity stage's reading, by the registry's name). Another outlet telling the same act names that person,
 * where this sentence's own words ("She replied …") share nothing with theirs.
 */
function subjectOf(sentence: { text: string; start: number }, people: EntityMention[]): string | null {
  if (!pronounSubject.test(sentence.text)) return null;
  let last: EntityMention | null = null;
  for (const person of people) if (person.end <= sentence.start) last = person;
  return last?.name ?? null;
}

/** Where the source's dateline stands: at the start of one of its first paragraphs, as the structure stage read it. */
function datelineSpan(record: SourceRecord): { start: number; end: number } | null {
  const { dateline } = record.meta;
  if (!dateline) return null;
  const paragraph = record.paragraphs.slice(0, 3).find((candidate) => candidate.text.startsWith(dateline));
  return paragraph ? { start: paragraph.start, end: paragraph.start + dateline.length } : null;
}

/**
 * A date that places no event of the case: a year used as a name ("the 2024 campaign", "a 2019 law",
 * "Ireland’s 2011 data law"),
 * or a date after the writing (a deadline, a hearing to come).
 */
function isMention(time: TimeMention, after: string, reference: string | null): boolean {
  if (!time.date) return false;
  if (time.date.length === 4 && /^(?:the|a|an|its|their|this|that|\p{L}+['’]s)\s+\d{4}$/iu.test(time.text) && /^[\s-]+\p{Ll}/u.test(after)) return true;
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
  const ids = group.map((sentence) => [tellingId(sentence), datedId(sentence)]);
  const id = ids[0]![0]!;
  const tellings = group.map(toTelling);
  const readings = readingsOf(tellings);
  // The most precise date, sure before approximate; among days that disagree, the one most sources give.
  const best = tellings
    .filter((telling) => telling.date)
    .sort((a, b) => b.date!.length - a.date!.length || Number(a.approximate) - Number(b.approximate) || support(readings, b.date!) - support(readings, a.date!))[0];
  const aliases = [...new Set(ids.flat())].filter((alias) => alias !== id);
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
