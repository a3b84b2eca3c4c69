// Which day a time of day is of ("at 2pm", "that evening", "on election night"), and which day a quotation's
// "this morning" was said: read from the days the source names around it, never from the clock alone.
import type { ParsedResult } from 'chrono-node';
import type { TimeMention } from '../types.ts';
import { isToday, looksAhead, quoted } from './chrono.ts';

/** A paragraph as the times stage read it: its text for chrono, what chrono found, and the days told before it. */
export interface ReadParagraph {
  readable: string;
  results: ParsedResult[];
  /** The last day the source placed before this paragraph, and the last one not after the writing. */
  before: { anchor: Date | null; past: Date | null };
}

// "in the morning", "at 5pm": a time of day says nothing about the case's calendar.
export const clockOnly = (result: ParsedResult) => !(['day', 'weekday', 'month', 'year'] as const).some((unit) => result.start.isCertain(unit));

// "three minutes after the slide", "23 minutes later": a moment of the day the source tells of, counted from an event.
export const clockSpan = (result: ParsedResult) => /\b(?:seconds?|minutes?|hours?)\s+(?:after|later|afterwards|before|earlier)\b/iu.test(result.text);

// A reading that names a day ("on Saturday", "14 February"), not a time of day or a span counted in minutes.
export const placesDay = (result: ParsedResult) => !clockOnly(result) && !clockSpan(result) && (result.start.isCertain('day') || result.start.isCertain('weekday'));

/** The last day the results place, not after `written` (ms), nor told from the writing when `said` ("today", "last night"). */
export function lastDay(results: ParsedResult[], written: number, said = false): Date | null {
  return results.filter((result) => placesDay(result) && (!said || !toldFromNow(result)) && result.start.date().getTime() <= written).at(-1)?.start.date() ?? null;
}

// A verb of telling just before a day, with who told it: "said on Friday:", "This was reported by the Ministry of
// Transport on Sunday", "told reporters on Monday", "said in a statement Tuesday".
const tellingVerb = /\b(?:said|says|reported|announced|confirmed|stated|added|wrote|told\s+(?:reporters|journalists|the\s+press|(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}))(?:\s+by(?:\s+(?:the|of|and|\p{Lu}[\p{L}'’.-]*)){1,6})?(?:\s+in\s+(?:a|an|the|its|their)\s+(?:statement|post|video|interview|letter|briefing|update))?\s+(?:(?:late|early)\s+)?(?:on\s+)?$/u;

/**
 * Is the day one on which something was told ("Dr Roe said on Friday: …"), the day of the telling rather than of a
 * happening? The telling often comes a day after what it tells of: a time of day in the next paragraph ("The parade
 * was halted at 7.15pm") is of the happening the source tells, not of the day someone spoke of it.
 */
export function toldOn(readable: string, result: ParsedResult): boolean {
  return tellingVerb.test(readable.slice(Math.max(0, result.index - 120), result.index));
}

/** The day the source tells of most (the first named among equals), not after `written`. */
export function mainDayOf(read: ReadParagraph[], written: number): Date | null {
  const counts = new Map<string, { date: Date; count: number; first: number }>();
  read.flatMap((entry) => entry.results).forEach((result, at) => {
    if (!placesDay(result) || result.start.date().getTime() > written) return;
    const key = result.start.date().toISOString().slice(0, 10);
    const entry = counts.get(key) ?? { date: result.start.date(), count: 0, first: at };
    entry.count++;
    counts.set(key, entry);
  });
  return [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0]?.date ?? null;
}

/** What the day of a time of day is chosen from, besides its own paragraph. */
export interface DayContext {
  /** Moments after the writing (ms) are of days still to come. */
  written: number;
  /** The last day the paragraph before names, the day the source tells of most, the day of writing. */
  previous: Date | null;
  mainDay: Date | null;
  writing: Date | null;
  occasions: Map<string, Date>;
}

/**
 * The day of a time of day: the day named last before it in its own paragraph (not after the writing, unless
 * its clause looks ahead: "the hearing will open at 10am"); else "that evening" is of the day told last, and
 * "in the afternoon", "at 2pm" of the day the paragraph before names, else of the day the source tells of most
 * ("shortly after midnight" told so is of the night after that day).
 * "On election night" is the night of the election the source dates, or of no day at all.
 */
export function dayOfClock(result: ParsedResult, paragraph: ReadParagraph, context: DayContext): Date | null {
  const occasion = occasionOf(paragraph.readable, result);
  if (occasion) return context.occasions.get(occasion) ?? null;
  const ahead = looksAhead(paragraph.readable, result.index, result.text.length, false);
  const named = paragraph.results.filter((other) => other.index < result.index && placesDay(other) && (ahead || other.start.date().getTime() <= context.written)).at(-1);
  if (named) return named.start.date();
  if (ahead) return paragraph.before.anchor ?? context.writing;
  const told = /^that\s/iu.test(result.text) ? paragraph.before.past : (context.previous ?? context.mainDay);
  return (told && afterMidnight(paragraph.readable, result) ? nightAfter(told, context.written) : told) ?? context.writing;
}

// "In a statement issued shortly after midnight, the organisers …": a time past midnight told after the story's day.
const pastMidnight = /\b(?:after|past)\s+$/iu;
const afterMidnight = (readable: string, result: ParsedResult) => /^midnight$/iu.test(result.text.trim()) && pastMidnight.test(readable.slice(Math.max(0, result.index - 20), result.index));

/** The night after a day the story told is the next day's early hours, unless that is after the writing. */
function nightAfter(told: Date, written: number): Date {
  const next = new Date(told.getTime() + 24 * 60 * 60 * 1000);
  return next.getTime() <= written ? next : told;
}

// Words before "night" or "day" that make no occasion of it: short words, determiners, prepositions, times of their own.
const notOccasion = /^(?:.{1,3}|that|this|these|those|last|next|every|each|same|some|other|another|following|previous|late|early|through|throughout|during|from|until|into|over|across|when|while|before|after|since|their|your|whose|which|what|yesterday|tomorrow|good|whole|entire|first|second|third|final|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;

/** The occasion a bare "night" or "day" is of ("election night", "polling day"), or null. */
function occasionOf(text: string, result: ParsedResult): string | null {
  if (!/^(?:night|day|evening|morning)$/iu.test(result.text.trim())) return null;
  const word = /(\p{L}+)\s+$/u.exec(text.slice(0, result.index))?.[1];
  return word && !notOccasion.test(word) ? word.toLowerCase() : null;
}

/** Occasions the source dates: "the May 6 election", "election night, May 6". */
export function occasionsOf(read: ReadParagraph[]): Map<string, Date> {
  const dated = new Map<string, Date>();
  for (const { readable, results } of read) {
    for (const result of results) {
      if (!placesDay(result)) continue;
      // "the May 6 election", "the carrier’s Oct. 14 outage", "Tuesday’s ruling".
      const rest = readable.slice(result.index + result.text.length);
      const after = /^\s+(\p{Ll}{3,})/u.exec(rest)?.[1];
      if (after && /(?:\bthe|\p{L}['’]s)\s+$/iu.test(readable.slice(0, result.index))) dated.set(after, result.start.date());
      const owned = /^['’]s\s+(\p{Ll}{3,})/u.exec(rest)?.[1];
      if (owned) dated.set(owned, result.start.date());
      const before = /(\p{L}+)\s+$/u.exec(readable.slice(0, result.index))?.[1];
      if (before && !notOccasion.test(before) && /^(?:night|day|evening|morning)\b/iu.test(result.text)) dated.set(before.toLowerCase(), result.start.date());
    }
  }
  // "The rocket exploded on Tuesday", "councillors voted on Thursday night": what a sentence that names one day
  // tells in a past verb is an occasion of that day, found again by its noun ("after the explosion", "since the
  // vote"); a verb told of two days dates neither. (Only where no noun names the occasion.)
  const told = new Map<string, Date | null>();
  for (const { readable, results } of read) {
    for (const sentence of readable.matchAll(/[^.!?]+[.!?]*/gu)) {
      const from = sentence.index ?? 0;
      const inside = results.filter((result) => result.index >= from && result.index < from + sentence[0].length && placesDay(result) && !quoted(readable, result.index));
      const days = new Set(inside.map((result) => result.start.date().toISOString().slice(0, 10)));
      if (days.size !== 1) continue;
      const date = inside[0]!.start.date();
      for (const verb of sentence[0].matchAll(/\b(\p{Ll}{4,}ed)\b/gu)) {
        const key = `\0${occasionStem(verb[1]!)}`;
        const known = told.get(key);
        told.set(key, known === undefined || (known && known.getTime() === date.getTime()) ? date : null);
      }
    }
  }
  for (const [key, date] of told) if (date) dated.set(key, date);
  return dated;
}

/** What a verb and its noun share ("exploded", "explosion"; "voted", "vote"; "failed", "failure"). */
const occasionStem = (word: string) => word.toLowerCase().replace(/(?:ed|e|ions?|ures?|ing|ments?)$/u, '').slice(0, 5);

/** The day of an occasion: by its noun ("the May 6 election"), else by the verb that told it ("the rocket exploded on Tuesday"). */
function occasionDay(occasions: Map<string, Date>, noun: string): Date | undefined {
  return occasions.get(noun.toLowerCase()) ?? (noun.length >= 4 ? occasions.get(`\0${occasionStem(noun)}`) : undefined);
}


// How long before the writing a quotation's "today" may have been said.
const quoteAge = 3 * 24 * 60 * 60 * 1000;

/**
 * "Our thoughts are with the families who lost a loved one this morning", quoted in the next day's paper: the
 * "today" of a quotation is the day its paragraph names (or `said`, the day the paragraph before names when the
 * quotation opens its own), when that is a day or two before the writing; else it stays the day of writing.
 */
export function redateQuotedToday(paragraph: ReadParagraph, said: Date | null, written: number): void {
  const day = lastDay(paragraph.results, written, true) ?? (/^[“‘"']/u.test(paragraph.readable) ? said : null);
  if (!day || written - day.getTime() > quoteAge) return;
  for (const result of paragraph.results) {
    if (!isToday(result) || !quoted(paragraph.readable, result.index)) continue;
    redate(result, day);
  }
}

// What a quotation says of the day it was said in: "today", "tonight", "this morning".
const todayWords = /^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/iu;

/**
 * "Roe, who wrote on the day of the blackout that “today we fell short”", "She apologised that morning: “Today …”":
 * the "today" of a quotation is the day its sentence names before the quotation opens, however long before the
 * writing (`redateQuotedToday` reads only days a day or two before it, where the sentence names none).
 */
export function todayOfQuotingSentence(readable: string, base: number, times: TimeMention[]): void {
  for (const time of times) {
    const at = time.start - base;
    if (!todayWords.test(time.text) || !quoted(readable, at)) continue;
    const opening = Math.max(...[...readable.slice(0, at).matchAll(/[“‘"]/gu)].map((match) => match.index ?? 0));
    const sentence = Math.max(0, ...[...readable.slice(0, opening).matchAll(/[.!?][”’"]?\s/gu)].map((match) => (match.index ?? 0) + match[0].length));
    const named = [...times].sort((a, b) => a.start - b.start).filter((other) => other !== time && other.date?.length === 10 && !todayWords.test(other.text) && other.start - base >= sentence && other.end - base <= opening).at(-1);
    if (!named) continue;
    time.date = named.date;
    time.approximate = named.approximate;
  }
}

/** Give a reading another day. */
export function redate(result: ParsedResult, day: Date): void {
  const start = result.start as ParsedResult['start'] & { assign(unit: string, value: number): unknown };
  start.assign('year', day.getUTCFullYear());
  start.assign('month', day.getUTCMonth() + 1);
  start.assign('day', day.getUTCDate());
}

/** A day told from the writing ("today", "last night", "yesterday"): it says nothing of when a quotation was said. */
const toldFromNow = (result: ParsedResult) =>
  isToday(result) || (!result.start.isCertain('weekday') && !result.start.isCertain('day') && [...result.tags()].some((tag) => tag.startsWith('casualReference')));

// "on the day of the outage", "since the fire", "after the hearing", "within hours of the recount's end": a time
// told by an occasion of the case, placed when the source dates that occasion ("the Oct. 14 outage").
const byOccasion =
  /\b(?:(?:on|in)\s+the\s+(?:day|morning|afternoon|evening|night|hours|days)\s+(?:of|after|before|following)|(?:shortly|just|hours|minutes|moments|soon|(?:about\s+|around\s+|some\s+)?(?:an?|one|two|three|half an|\d+)\s+(?:hours?|minutes?))\s+(?:after|before)|since|after|before|ahead of|until|following|within\s+(?:(?:an?|one|two|three|half an)\s+)?(?:hours?|minutes?|days?)\s+of)\s+the\s+(\p{Ll}{3,})(?:['’]s\s+(?:end|start|close|result))?\b/giu;

// Ties that keep a moment within the day of its occasion: "within hours of the result", "shortly after the vote",
// "on the night of the fire" (not "since", "after", "until", which may be days away).
const sameDayTie = /^(?:(?:on|in)\s+the\s+(?:day|morning|afternoon|evening|night|hours)\s+of|(?:shortly|just|hours|minutes|moments|(?:about\s+|around\s+|some\s+)?(?:an?|one|two|three|half an|\d+)\s+(?:hours?|minutes?))\s+(?:after|before)|within\s+(?:(?:an?|one|two|three|half an)\s+)?(?:hours?|minutes?)\s+of)\s/iu;

/**
 * The times of a paragraph that an occasion the source dates places (`base`: the paragraph's offset in the source);
 * an occasion it does not date, tied to within a day ("filed the petition last Thursday, within hours of the
 * recount's end"), is of the day its paragraph names before it (`times`, read already), else of the day the
 * paragraph before names last (`previous`).
 */
export function occasionTimes(readable: string, base: number, occasions: Map<string, Date>, times: TimeMention[] = [], previous: Date | null = null): TimeMention[] {
  if (occasions.size === 0 && times.length === 0 && !previous) return [];
  return [...readable.matchAll(byOccasion)].flatMap((match) => {
    const start = base + (match.index ?? 0);
    const day = occasionDay(occasions, match[1] ?? '');
    if (day) return [{ text: match[0], start, end: start + match[0].length, date: day.toISOString().slice(0, 10), approximate: true }];
    if (!sameDayTie.test(match[0])) return [];
    const told = times.filter((time) => time.end <= start && time.date?.length === 10).at(-1)?.date ?? previous?.toISOString().slice(0, 10);
    return told ? [{ text: match[0], start, end: start + match[0].length, date: told, approximate: true }] : [];
  });
}
