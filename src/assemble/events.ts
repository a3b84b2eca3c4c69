// Tellings of one happening, aligned across sources: an event is what happened (the words of the
// sentence, the nearest counting most) at a date. Two tellings are one event when their dates are
// compatible and their words, weighted by how rare each is among the case's tellings, mostly agree;
// the surer the dates agree, the less the words must. Tellings are looked up by date first, then by
// their rarest words, so a thousand sources do not compare every telling with every other.
// A sentence several sources tell word for word is one event from the start (its "tonight" may be read on
// two days by sources written a day apart); an event's undated tellings are read at its date; an undated
// telling that still names its weekday or day and month meets only the events of a day it may be.
import { words } from '../pipeline/normalize.ts';
import { align } from './align.ts';

/** What the aligner needs of a telling: its source, its date and the words that say what happened. */
export interface EventTelling {
  source: string;
  /** The sentence told in (source and offset): two dates of one sentence are two events. */
  sentence: string;
  date: string | null;
  /** Whether the date is only approximate ("earlier this month", or a day told against a month). */
  approximate: boolean;
  /** The sentence's words with how near each is to the time expression (1 nearest, less further). */
  terms: Map<string, number>;
  /** The sentence's text and the time expression's, when known: a sentence several sources tell word for word is one event. */
  words?: string;
  expression?: string;
  /** What an undated telling still says of its day ("on Saturday", "17 October" in a source of no known date). */
  calendar?: Calendar | null;
  /** Whether the date places no happening of the case (a day ahead of the writing, a year used as a name). */
  mention?: boolean;
}

/** The parts of a day an expression names without a year to place it: a weekday (0 Sunday), a month (1–12), a day of the month. */
export interface Calendar {
  weekday?: number;
  month?: number;
  day?: number;
}

// How alike two tellings must be (cosine of their weighted words), by how their dates agree: the same day or
// month says much, so a rare word in common suffices (the words most tellings of the case share weigh next to
// nothing, see `weights`); a date within another (a month, a day of it), days a little apart (a source's
// error or a late report) or no date at all must be borne out by the words.
const needed = { day: 0.01, period: 0.05, within: 0.55, near: 0.6, undated: 0.5, dayOfMonth: 0.05, weekday: 0.2 };
// Two events that alone share a date, as the sources give it, need only have a word in common, even one most of
// the case's tellings share (with the weights squared, such a word alone gives a likeness of a few thousandths).
const sole = 0.001;
const nearDays = 3;
// How many of a telling's rarest words look up candidate events in a crowded date.
const rarest = 8;
// A word held by more events than this in a date bucket finds no candidates by itself.
const commonWord = 200;
// Up to this many events under a telling's dates are all compared with it; beyond, only those sharing a rare word.
const scanned = 64;
const dayMs = 86_400_000;
// How much of the shorter of two sentences the other must hold, word for word, to be the same sentence retold.
const sameSentence = 0.9;

type Relation = keyof typeof needed;

/** How two dates agree: the same day, the same month or year, one within the other, days apart, or not at all. */
export function relation(a: string | null, b: string | null): Relation | null {
  if (!a || !b) return 'undated';
  if (a === b) return a.length === 10 ? 'day' : 'period';
  if (a.startsWith(b) || b.startsWith(a)) return 'within';
  if (a.length !== 10 || b.length !== 10) return null;
  return Math.abs(timeOf(a) - timeOf(b)) <= nearDays * dayMs ? 'near' : null;
}

// Each day's time, parsed once: the aligner asks how thousands of pairs of the case's few hundred days agree.
const times = new Map<string, number>();
function timeOf(day: string): number {
  let time = times.get(day);
  if (time === undefined) times.set(day, (time = Date.parse(day)));
  return time;
}

/** Tellings (or events) as the aligner compares them: weighted words, the dates given, the sources. */
interface Unit<T> {
  items: T[];
  sources: Set<string>;
  sentences: Set<string>;
  dates: Map<string | null, number>;
  /** Whether every date is read as the source gives it, not approximately. */
  sure: boolean;
  /** What its undated tellings say of their day. */
  calendars: Calendar[];
  /** Whether a telling's date places no happening of the case (see `EventTelling.mention`). */
  mention: boolean;
  vector: Map<string, number>;
  norm2: number;
  /** The dates that decide what it meets (`givenDates`), kept until it is joined: a unit is compared with many events. */
  given: Array<string | null> | null;
}

/** The keys an event is filed under, so that a telling finds the events whose dates it may meet. */
function fileKeys(date: string | null): string[] {
  if (!date) return ['none'];
  const year = date.slice(0, 4);
  if (date.length === 4) return [`y:${year}`, `Y:${year}`];
  const month = date.slice(0, 7);
  if (date.length === 7) return [`m:${month}`, `M:${month}`, `Y:${year}`];
  return [`d:${date}`, `M:${month}`, `Y:${year}`];
}

/** The keys a date looks under: its own, the days near it, the periods holding it and undated events; all for no date. */
function lookKeys(date: string | null): string[] {
  if (!date) return ['all'];
  const year = date.slice(0, 4);
  if (date.length === 4) return [`Y:${year}`, 'none'];
  const month = date.slice(0, 7);
  if (date.length === 7) return [`M:${month}`, `y:${year}`, 'none'];
  const time = Date.parse(date);
  const days = Array.from({ length: 2 * nearDays + 1 }, (_, at) => `d:${new Date(time + (at - nearDays) * dayMs).toISOString().slice(0, 10)}`);
  return [...days, `m:${month}`, `y:${year}`, 'none'];
}

/**
 * Tellings grouped into events: first greedily in the order given, each joining the event it is most alike
 * among those whose every date it may meet, when alike enough for how their dates agree; then the events so
 * formed, the same way, so that a telling read before the rest of its event's tellings still finds them, and
 * two events alone on a date become one.
 */
export function alignEvents<T extends EventTelling>(tellings: T[]): T[][] {
  const idf = weights(tellings);
  const units = retold(tellings).map((items) => items.map((telling) => unitOf(telling, idf)).reduce((unit, other) => (join(unit, other), unit)));
  let events = group(units, idf);
  // How many events each date has: two events alone on a date are likely one, told in words too different to meet.
  // Counted again after each pass, until no more events join: a pass that joins three events of a day into two
  // leaves two alone on it.
  for (let count = Infinity; events.length < count; ) {
    count = events.length;
    const onDate = new Map<string | null, number>();
    for (const event of events) for (const date of event.dates.keys()) onDate.set(date, (onDate.get(date) ?? 0) + 1);
    events = group(events, idf, onDate);
  }
  return joinSoleSharers(events).map((event) => event.items);
}

/**
 * Tellings grouped by their sentence, where sources tell it word for word (a quote, a wire copy) with the same time
 * expression or date: "tonight" in a quote is one evening, though two sources written a day apart place it on two.
 */
function retold<T extends EventTelling>(tellings: T[]): T[][] {
  // A telling joins a group when it is the same as every member: what that asks of a member is its sentence, its date and
  // its expression, so each group's distinct dates and expressions are kept as it grows and each is asked once (a
  // sentence a wire sent to hundreds of outlets is one group of hundreds of members).
  const kept = new WeakMap<T[], { seen: number; sentences: Set<string>; readings: Map<string, { date: string | null; expression: string | undefined }> }>();
  const fitsAll = (telling: T, group: T[]) => {
    let known = kept.get(group);
    if (!known) kept.set(group, (known = { seen: 0, sentences: new Set(), readings: new Map() }));
    for (; known.seen < group.length; known.seen++) {
      const member = group[known.seen]!;
      const expression = member.expression?.toLowerCase();
      known.sentences.add(member.sentence);
      known.readings.set(`${member.date ?? ''}\0${member.date === null ? 0 : 1}\0${expression ?? ''}\0${expression === undefined ? 0 : 1}`, { date: member.date, expression });
    }
    if (known.sentences.has(telling.sentence)) return false;
    const expression = telling.expression?.toLowerCase();
    for (const reading of known.readings.values()) {
      if (relation(telling.date, reading.date) === null) return false;
      if (telling.date !== reading.date && (expression === undefined || expression !== reading.expression)) return false;
    }
    return true;
  };
  const told = tellings.filter((telling) => telling.words !== undefined);
  const groups = align(told, (telling) => telling.words!, sameSentence, fitsAll);
  const groupOf = new Map(groups.flatMap((items) => items.map((telling) => [telling, items] as const)));
  const seen = new Set<T[]>();
  return tellings.flatMap((telling) => {
    const items = groupOf.get(telling);
    if (!items) return [[telling]];
    if (seen.has(items)) return [];
    seen.add(items);
    return [items];
  });
}

function unitOf<T extends EventTelling>(telling: T, idf: Map<string, number>): Unit<T> {
  const vector = new Map<string, number>();
  let norm2 = 0;
  for (const [word, near] of telling.terms) {
    const weight = near * (idf.get(word) ?? 0);
    vector.set(word, weight);
    norm2 += weight * weight;
  }
  return { items: [telling], sources: new Set([telling.source]), sentences: new Set([telling.sentence]), dates: new Map([[telling.date, 1]]), sure: !telling.approximate, calendars: telling.calendar ? [telling.calendar] : [], mention: telling.mention === true, vector, norm2, given: null };
}

/** Units grouped greedily in order; with `onDate`, two units alone on their date need little in common. */
function group<T>(units: Array<Unit<T>>, idf: Map<string, number>, onDate?: Map<string | null, number>): Array<Unit<T>> {
  const groups: Array<Unit<T>> = [];
  const index = new EventIndex();
  for (const unit of units) {
    let best = -1;
    let bestScore = 0;
    for (const at of index.candidates(unit, idf)) {
      let threshold = thresholdOf(unit, groups[at]!);
      if (threshold === null) continue;
      if (onDate && alone(unit, groups[at]!, onDate)) threshold = calendarDay(unit) && calendarDay(groups[at]!) ? 0 : sole;
      const score = cosine(unit, groups[at]!);
      if (score >= threshold && (best === -1 || score > bestScore)) [best, bestScore] = [at, score];
    }
    if (best === -1) best = groups.push({ items: [], sources: new Set(), sentences: new Set(), dates: new Map(), sure: true, calendars: [], mention: false, vector: new Map(), norm2: 0, given: null }) - 1;
    join(groups[best]!, unit);
    index.file(best, unit);
  }
  return groups;
}

// A month named in an expression ("2 December", "June 10", "Dec. 2nd").
const monthNamed = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/iu;

/**
 * Does every telling of the unit name its day by the calendar ("on 2 December", "June 10"), not by its weekday or
 * against the writing ("on Tuesday", "yesterday")? Two events alone on a day that the sources so name need no word
 * in common: outlets that write out the same date tell the same happening in words of their own ("the decision was
 * adopted", "the committee imposed a fine").
 */
function calendarDay<T>(unit: Unit<T>): boolean {
  return (unit.items as EventTelling[]).every((item) => item.date?.length === 10 && item.expression !== undefined && monthNamed.test(item.expression) && /\d/u.test(item.expression));
}

// A day with more events than this says too much for one word in common to single out one of them.
const fewOnDay = 64;

/**
 * Events left apart once the passes end that share a word, too weakly to meet it, with one alone of their day's events,
 * told by other sources, are that one told in other words ("its owners answered yesterday that they will appeal", "it would lodge an
 * appeal"). Only among events that happened on a day given as such, counting every event of the day (not
 * those grouped so far); the joins are read all at once, then made in order.
 */
function joinSoleSharers<T>(events: Array<Unit<T>>): Array<Unit<T>> {
  const byDay = new Map<string, number[]>();
  events.forEach((event, at) => {
    const [date] = event.dates.keys();
    if (event.dates.size !== 1 || !date || date.length !== 10 || !happened(event)) return;
    const day = byDay.get(date);
    if (day) day.push(at);
    else byDay.set(date, [at]);
  });
  const root = events.map((_, at) => at);
  const find = (at: number): number => (root[at] === at ? at : (root[at] = find(root[at]!)));
  for (const day of byDay.values()) {
    if (day.length > fewOnDay) continue;
    for (const at of day) {
      const sharers = day.filter((other) => other !== at && !shareSource(events[at]!, events[other]!) && cosine(events[at]!, events[other]!) > 0 && thresholdOf(events[at]!, events[other]!) === needed.day);
      if (sharers.length === 1) root[Math.max(find(at), find(sharers[0]!))] = Math.min(find(at), find(sharers[0]!));
    }
  }
  const joined: Array<Unit<T>> = [];
  events.forEach((event, at) => {
    if (find(at) === at) joined[at] = event;
    else join(joined[find(at)]!, event);
  });
  return joined.filter(Boolean);
}

/** Is every date of the unit given as such, of a happening told (not a day ahead, a plan or a forecast)? */
const happened = <T>(unit: Unit<T>) => unit.sure && !unit.mention;

const shareSource = <T>(unit: Unit<T>, event: Unit<T>) => [...unit.sources].some((source) => event.sources.has(source));

/** Do the two events, told by different sources, share their one date, given as such, with no other event? */
function alone<T>(unit: Unit<T>, event: Unit<T>, onDate: Map<string | null, number>): boolean {
  if (!unit.sure || !event.sure || unit.dates.size !== 1 || event.dates.size !== 1 || shareSource(unit, event)) return false;
  const [date] = unit.dates.keys();
  return date !== null && date !== undefined && event.dates.has(date) && onDate.get(date) === 2;
}

/** The likeness two units need, by the least sure agreement of their dates; null when a date of one excludes one of the other. */
function thresholdOf<T>(unit: Unit<T>, event: Unit<T>): number | null {
  // (The fewer sentences are looked up in the more: an event of hundreds of tellings is met by many units.)
  const [fewer, more] = unit.sentences.size <= event.sentences.size ? [unit.sentences, event.sentences] : [event.sentences, unit.sentences];
  for (const sentence of fewer) if (more.has(sentence)) return null;
  let threshold = 0;
  const [ours, theirs] = [givenDates(unit), givenDates(event)];
  // An undated telling that names its day ("on Saturday", "17 October") meets only the dates that day may be.
  const calendars = ours[0] === null ? unit.calendars : theirs[0] === null ? event.calendars : [];
  const dated = ours[0] === null ? theirs : ours;
  if (calendars.length > 0 && dated[0] !== null) {
    for (const date of dated) for (const calendar of calendars) if (!fits(date!, calendar)) return null;
    if (dated.every((date) => date!.length === 10) && calendars.every((calendar) => calendar.day !== undefined || calendar.weekday !== undefined)) {
      return calendars.some((calendar) => calendar.day !== undefined) ? needed.dayOfMonth : needed.weekday;
    }
  }
  for (const a of ours) {
    for (const b of theirs) {
      const met = relation(a, b);
      if (!met) return null;
      threshold = Math.max(threshold, needed[met === 'within' && partFits(a!, b!, unit, event) ? 'period' : met]);
    }
  }
  return threshold;
}

/** The undated tellings of an event that has a date are read at that date: the dates given decide. */
function givenDates<T>(unit: Unit<T>): Array<string | null> {
  const { dates } = unit;
  unit.given ??= dates.size > 1 && dates.has(null) ? [...dates.keys()].filter((date) => date !== null) : [...dates.keys()];
  return unit.given;
}

// The part of a year or month an expression names: "early 2024", "late last month", "the end of March".
const periodPart = /\b(?:(early|beginning of|start of)|(mid|middle of)|(late|end of))\b/iu;

/**
 * Does the less precise of two dates, a year or month, come with the part of it told ("early 2024", "late last month")
 * by every telling that gives it, and does the more precise one fall in that part (January 2024, 26 January)?
 * Then the one is as good as within the other's period.
 */
function partFits<T>(a: string, b: string, unit: Unit<T>, event: Unit<T>): boolean {
  const [wide, narrow] = a.length < b.length ? [a, b] : [b, a];
  // Where the narrow date stands in the wide one, from 0 (its start) to 1 (its end).
  const at = wide.length === 4 ? (Number(narrow.slice(5, 7)) - 0.5) / 12 : (Number(narrow.slice(8, 10)) - 0.5) / 31;
  // Read in place, up to the first telling that says no part, rather than gathered first: an event of hundreds of
  // tellings is asked this by every unit that meets it.
  let told = 0;
  for (const items of [unit.items, event.items]) {
    for (const item of items as EventTelling[]) {
      if (item.date !== wide) continue;
      told++;
      const part = periodPart.exec(item.expression ?? '');
      if (!part || !(part[1] ? at < 0.4 : part[2] ? at > 0.3 && at < 0.7 : at > 0.6)) return false;
    }
  }
  return told > 0;
}

/** May the date be the day the calendar names: its weekday, month and day of the month, as far as the date gives them? */
export function fits(date: string, calendar: Calendar): boolean {
  const month = Number(date.slice(5, 7));
  if (date.length >= 7 && calendar.month !== undefined && calendar.month !== month) return false;
  if (date.length < 10) return true;
  if (calendar.day !== undefined && calendar.day !== Number(date.slice(8, 10))) return false;
  return calendar.weekday === undefined || calendar.weekday === new Date(`${date}T12:00:00Z`).getUTCDay();
}

function cosine<T>(a: Unit<T>, b: Unit<T>): number {
  if (a.norm2 === 0 || b.norm2 === 0) return 0;
  let dot = 0;
  for (const [word, weight] of a.vector) dot += weight * (b.vector.get(word) ?? 0);
  return dot / Math.sqrt(a.norm2 * b.norm2);
}

function join<T>(event: Unit<T>, unit: Unit<T>): void {
  for (const [word, weight] of unit.vector) event.vector.set(word, (event.vector.get(word) ?? 0) + weight);
  event.norm2 = 0;
  for (const weight of event.vector.values()) event.norm2 += weight * weight;
  event.items.push(...unit.items);
  event.sure &&= unit.sure;
  event.mention ||= unit.mention;
  event.calendars.push(...unit.calendars);
  for (const source of unit.sources) event.sources.add(source);
  for (const sentence of unit.sentences) event.sentences.add(sentence);
  for (const [date, count] of unit.dates) event.dates.set(date, (event.dates.get(date) ?? 0) + count);
  event.given = null;
}

/** Events filed by date and, within a date, by word: where a unit looks for the events it may join. */
class EventIndex {
  private buckets = new Map<string, number[]>();
  private postings = new Map<string, Map<string, number[]>>();

  file<T>(at: number, unit: Unit<T>): void {
    for (const key of new Set([...[...unit.dates.keys()].flatMap(fileKeys), 'all'])) {
      const bucket = this.buckets.get(key) ?? [];
      if (bucket.at(-1) !== at) bucket.push(at);
      this.buckets.set(key, bucket);
      let byWord = this.postings.get(key);
      if (!byWord) this.postings.set(key, (byWord = new Map()));
      for (const word of unit.vector.keys()) {
        const list = byWord.get(word) ?? [];
        if (list.at(-1) !== at) list.push(at);
        byWord.set(word, list);
      }
    }
  }

  /** Every event filed under the unit's keys, or in a crowded bucket those sharing one of its rarest words. */
  candidates<T>(unit: Unit<T>, idf: Map<string, number>): number[] {
    const found = new Set<number>();
    const ranked = [...unit.vector.keys()].sort((a, b) => (idf.get(b) ?? 0) - (idf.get(a) ?? 0)).slice(0, rarest);
    for (const key of new Set([...unit.dates.keys()].flatMap(lookKeys))) {
      const bucket = this.buckets.get(key) ?? [];
      if (bucket.length <= scanned) {
        for (const at of bucket) found.add(at);
        continue;
      }
      const byWord = this.postings.get(key);
      for (const word of ranked) {
        const list = byWord?.get(word);
        if (list && list.length <= commonWord) for (const at of list) found.add(at);
      }
    }
    return [...found].sort((a, b) => a - b);
  }
}

/**
 * How telling a word is: the rarer among the case's tellings, the more, and squared, so that the words most
 * tellings share (the town, "fire", the company) count for little beside a name, a number or a verb that only
 * the tellings of one happening share.
 */
function weights(tellings: EventTelling[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const telling of tellings) for (const word of telling.terms.keys()) counts.set(word, (counts.get(word) ?? 0) + 1);
  const total = tellings.length;
  return new Map([...counts].map(([word, count]) => [word, Math.log(1 + total / count) ** 2]));
}

// Words too common to say what happened.
const functionWords = new Set(
  'a an the and or but of to in on at for from by with as that this these those is are was were be been being has have had it its their his her they he she we you i not no also who which what when where than then so if into about after before over under up out more most such there said says told according would could will did does do can may might should must just now still only some all our your my me him them us how why'.split(
    ' ',
  ),
);

// Numbers spelt out, as their digits: "four in the morning" and "4 a.m." tell the same hour.
const numberWords = new Map('one two three four five six seven eight nine ten eleven twelve'.split(' ').map((word, index) => [word, String(index + 1)]));

/** A word's stem for matching: without a common ending, its first six letters ("closed", "closing"; "derailed", "derailment"), a number whole, in digits. */
const stem = (word: string) => numberWords.get(word) ?? (/\d/u.test(word) ? word : word.replace(/['’]s$/u, '').replace(/(?<=.{4})(?:ing|ed|es|s|ors|ers|or|er|ion|ions|ment|ments)$/u, '').replace(/(?<=.{3})e$/u, '').slice(0, 6));

// A mark that closes a clause or opens an aside: the words past it tell less of what the time expression dates.
const clauseMarks = /[,;:()\u2013\u2014]/gu;

/**
 * The words of a sentence that say what happened at its time expression (`at`, `length`), weighted by
 * nearness: the words beside the expression count fully, those further in the sentence less, and
 * those past a clause mark or another time expression (`others`) less again.
 */
export function termsOf(sentence: string, at: number, length: number, others: Array<{ start: number; end: number }> = []): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (word: string, distance: number, blocked: boolean, pastMark: boolean) => {
    if (functionWords.has(word) || word.length < 2) return;
    let weight = distance <= 6 ? 1 : distance <= 14 ? 0.6 : 0.3;
    if (blocked) weight *= 0.5;
    if (pastMark) weight *= 0.5;
    // A compound is told by its parts too: "a two-window ban" and "the first window".
    const parts = word.includes('-') ? word.split('-').filter((part) => part.length >= 2 && !functionWords.has(part)) : [];
    for (const key of new Set([stem(word), ...parts.map(stem)])) terms.set(key, Math.max(terms.get(key) ?? 0, weight));
  };
  for (const [key, weight] of clockTerms(sentence.slice(at, at + length))) terms.set(key, weight);
  const before = wordsWithOffsets(sentence.slice(0, at));
  const after = wordsWithOffsets(sentence.slice(at + length), at + length);
  // The clause marks nearest the expression on either side: the words beyond them are past a mark.
  let markBefore = -1;
  for (const match of sentence.slice(0, at).matchAll(clauseMarks)) markBefore = match.index;
  const markAfter = sentence.slice(at + length).search(clauseMarks);
  const markAt = markAfter === -1 ? Infinity : at + length + markAfter;
  before.forEach((word, position) => add(word.text, before.length - position, others.some((other) => other.end <= at && other.end > word.offset), word.offset < markBefore));
  after.forEach((word, position) => add(word.text, position + 1, others.some((other) => other.start >= at + length && other.start < word.offset), word.offset > markAt));
  return terms;
}

/**
 * A telling's words with a participant it names only by a pronoun ("She replied …"), its name's words weighed as
 * the words beside the time expression: who acted is what another outlet's telling of the same act shares.
 */
export function withParticipant(terms: Map<string, number>, name: string | null): Map<string, number> {
  if (!name) return terms;
  for (const word of words(name)) if (!functionWords.has(word) && word.length >= 2) terms.set(stem(word), 1);
  return terms;
}

// A time of day in an expression: "11:43", "11.43am", "3:42 p.m.", "9AM", "around 11.40 hours", "midday" (not a
// date in numbers, "12.05.2024").
const clockTime = /(?<![\d.:/])(\d{1,2})(?:[:.](\d{2})(?::\d{2})?)?\s*(a|p)\.?\s?m\b\.?|(?<![\d.:/])(\d{1,2})[:.](\d{2})(?::\d{2})?(?![\d.:/]*\d)|\b(noon|midday|midnight)\b/iu;

/**
 * The time of day an expression names, as words of its own: the hour, and the minute when given. Sources
 * that tell one happening give its time ("at 11:43", "at 11.43am") in words that say nothing else alike,
 * and "just after midday" is the hour of "at 12:04".
 */
export function clockTerms(expression: string): Map<string, number> {
  const terms = new Map<string, number>();
  const match = clockTime.exec(expression);
  if (!match) return terms;
  const [, hours, minutes, half, bareHours, bareMinutes, named] = match;
  let hour = Number(hours ?? bareHours);
  if (named) hour = named.toLowerCase() === 'midnight' ? 0 : 12;
  else if (half && hour <= 12) hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  if (!Number.isInteger(hour) || hour > 23) return terms;
  const minute = minutes ?? bareMinutes;
  terms.set(`\0hour ${hour}`, 0.6);
  if (minute !== undefined && Number(minute) < 60) terms.set(`\0clock ${hour}:${minute}`, 1);
  return terms;
}

function wordsWithOffsets(text: string, base = 0): Array<{ text: string; offset: number }> {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].flatMap((match) => {
    const [word] = words(match[0]);
    return word ? [{ text: word, offset: base + (match.index ?? 0) }] : [];
  });
}
