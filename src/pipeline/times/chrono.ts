// chrono-node, taught what news prose needs: "earlier this year", a bare "in 2019", weekdays that lie
// in the past of the writing, and "two days later" counted from the moment told before it.
import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { tenseOf } from '../entities/tagger.ts';

/** What the parser carries from one paragraph to the next within one source. */
export interface TimeState {
  /** The last moment the source placed to the day. */
  anchor: Date | null;
  /** The last day the source placed that is not after its writing: what "two days later" and "at 2pm" count from. */
  past: Date | null;
  /** The last moment of any precision the source placed, not after its writing: what "two months later" counts from. */
  moment: Date | null;
  /** When the source was written (chrono's reference), when known. */
  written: number | null;
}

const approximateTag = 'casefile/approximate';
const anchoredTag = 'casefile/anchored';
const todayTag = 'casefile/today';
const day = 24 * 60 * 60 * 1000;

/** A chrono instance whose refiners read and update `state` while a source is parsed. */
export function createTimeParser(state: TimeState): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.unshift(
    { pattern: () => vaguePeriod, extract: extractVaguePeriod },
    { pattern: () => yearAlone, extract: extractYear },
    { pattern: () => bareYear, extract: extractYear },
    { pattern: () => monthOfYear, extract: extractMonthOfYear },
    { pattern: () => partOfYear, extract: extractYear },
    { pattern: () => dayPart, extract: extractToday },
    { pattern: () => nextMonth, extract: extractNextMonth },
    { pattern: () => thisPeriod, extract: extractThisPeriod },
    { pattern: () => yearRangeEnd, extract: extractYear },
    { pattern: () => season, extract: extractSeason },
    { pattern: () => partOfPeriod, extract: extractPartOfPeriod },
    { pattern: () => dayOfMonth, extract: extractDayOfMonth },
    { pattern: () => dottedClock, extract: extractDottedClock },
    { pattern: () => partOfDay, extract: extractPartOfDay },
    { pattern: () => nextStep, extract: extractNextStep },
  );
  parser.refiners.push({ refine: (context, results) => results.map((result) => dayOfPartOfDay(context, result)) });
  parser.refiners.push({ refine: joinRanges });
  parser.refiners.push({ refine: (context, results) => results.map((result) => pastWeekday(context, result)) });
  parser.refiners.push({ refine: (context, results) => results.map((result) => fromAnchor(context, result, state)) });
  return parser;
}

export function isApproximate(result: chrono.ParsedResult): boolean {
  return result.tags().has(approximateTag);
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// "earlier this year", "late last month", "at the start of this week".
const vaguePeriod = /\b(?:earlier|later|early|late|at the (?:start|end|beginning) of)\s+(this|last|next)\s+(year|month|week)\b/i;
// A year on its own, after a word that makes it a time: "in 2019", "the 2024 campaign", "going back to 2019",
// "a 1958 bridge", "the ministry's own 2024 report"; not a count ("a 2000-strong crowd", "to 2000 people").
const yearAlone =
  /\b(?:in|since|during|until|by|before|after|the|from|of|as of|through|between|(?:back|dating|dates|date) to|a|an|its|their|his|her|our|own)\s+((?:1[89]|20)\d{2})\b(?!\s*(?:,\d|\d|%|percent|per\b)|[-–]\p{L})/iu;

// The end of a span of years: "to 2024" in "from 2019 to 2024", "and 2024" in "between 2019 and 2024".
const yearRangeEnd = /(?<=\b(?:from|between|since)\s+(?:1[89]|20)\d{2}\s+)(?:to|and|until|through|till)\s+((?:1[89]|20)\d{2})\b/i;

function extractVaguePeriod(context: ParsingContext, match: RegExpMatchArray) {
  const reference = context.refDate;
  const shift = match[1]?.toLowerCase() === 'last' ? -1 : match[1]?.toLowerCase() === 'next' ? 1 : 0;
  const unit = match[2]?.toLowerCase();
  const components = context.createParsingComponents();
  if (unit === 'year') {
    components.assign('year', reference.getUTCFullYear() + shift);
  } else if (unit === 'month') {
    const moment = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth() + shift, 1));
    components.assign('year', moment.getUTCFullYear()).assign('month', moment.getUTCMonth() + 1);
  } else {
    const moment = new Date(reference.getTime() + shift * 7 * day);
    components.assign('year', moment.getUTCFullYear()).assign('month', moment.getUTCMonth() + 1).imply('day', moment.getUTCDate());
  }
  return components.addTag(approximateTag);
}

// A year standing alone ("2019-20", "the 2024 report", "to 2024"), not a count ("2000 people", "about 2000").
const bareYear = /(?<![\d,.$€£#-]|(?:about|around|some|than|nearly|almost|over|under|of|to|just)\s)((?:19[5-9]|20[0-3])\d)\b(?:[-–/](?:\d{2}|\d{4})\b)?(?!\s*(?:,\d|\d|%|percent|per\b|\.\d|[a-z]+s\b))/;

// "in September last year", "on September 1 next year", "March this year": a month of a year told from the writing.
const monthOfYear = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${months.join('|')})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(last|next|this) year\\b`, 'i');

function extractMonthOfYear(context: ParsingContext, match: RegExpMatchArray) {
  const shift = match[4]?.toLowerCase() === 'last' ? -1 : match[4]?.toLowerCase() === 'next' ? 1 : 0;
  const components = context.createParsingComponents({ year: context.refDate.getUTCFullYear() + shift, month: months.indexOf((match[2] ?? '').toLowerCase()) + 1 });
  const day = Number(match[1] ?? match[3] ?? 0);
  if (day >= 1 && day <= 31) components.assign('day', day);
  return components;
}

function extractYear(context: ParsingContext, match: RegExpMatchArray) {
  return context.createParsingComponents({ year: Number(match[1]) });
}

// "early 2024", "mid-2023", "late 2019": the year, approximately.
const partOfYear = /\b(?:early|mid|late|the (?:start|end|beginning|middle) of)[\s-]+((?:1[89]|20)\d{2})\b/i;

// The day of writing: "this morning", "tonight", "overnight", "earlier today", "in the early hours".
const dayPart = /\b(?:(?:earlier |later )?(?:this (?:morning|afternoon|evening|lunchtime)|today|tonight)|overnight|throughout the day|earlier in the day|in the early hours(?: of (?:the morning|today))?|at first light|at lunchtime)\b/i;

function extractToday(context: ParsingContext) {
  const reference = context.refDate;
  return context.createParsingComponents({ year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() }).addTag(todayTag);
}

/** Is the result the day of writing told as such ("today", "this morning", "tonight")? */
export function isToday(result: chrono.ParsedResult): boolean {
  return result.tags().has(todayTag);
}

// "this week", "this month", "this year": the period of writing (a week is told to its month).
const thisPeriod = /\bthis (week|month|year)\b/i;

function extractThisPeriod(context: ParsingContext, match: RegExpMatchArray) {
  const reference = context.refDate;
  const components = context.createParsingComponents({ year: reference.getUTCFullYear() });
  if (!/year/i.test(match[1] ?? '')) components.assign('month', reference.getUTCMonth() + 1);
  return components.addTag(approximateTag);
}

// "last summer", "since the autumn", "next spring", "in fall 2027": the year of a season, told from the writing
// (the one before it after "last" or "since", the one to come after "next", "until" or "before"). Winter, which
// straddles two years, is left out.
const season = /\b(?:(last|next|this|coming|past)\s+|(since|until|till|before|by|after)\s+the\s+|(?:in|during|over|by)\s+(?:the\s+)?)?(spring|summer|autumn|fall)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b(?!-)/i;
// Northern seasons by the month they end in (0-based); the year of a season is the year it ends in.
const seasonEnds: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10 };

function extractSeason(context: ParsingContext, match: RegExpMatchArray) {
  const explicit = match[4] ? Number(match[4]) : null;
  const which = (match[1] ?? match[2] ?? '').toLowerCase();
  const name = (match[3] ?? '').toLowerCase();
  // "the fall of the wall", "a fall in prices": only a season that names a year, or one told from the writing.
  if (!explicit && !which) return null;
  if (name === 'fall' && !explicit && !/^(?:last|next|this|coming|past)$/u.test(which)) return null;
  const reference = context.refDate;
  let year = explicit ?? reference.getUTCFullYear();
  if (!explicit) {
    const ended = reference.getUTCMonth() > (seasonEnds[name] ?? 7);
    const started = reference.getUTCMonth() >= (seasonEnds[name] ?? 7) - 2;
    if (/^(?:last|past|since)$/u.test(which)) year -= ended ? 0 : 1;
    else if (/^(?:next|coming|until|till|before|by|after)$/u.test(which)) year += (which === 'next' ? started : ended) ? 1 : 0;
  }
  return context.createParsingComponents({ year }).addTag(approximateTag);
}

// "the end of the week", "the rest of the month", "the turn of the year", "the end of the season": a part of
// the period the source was written in (a week or a month to its month, a season or a year to its year).
const partOfPeriod = /\bthe\s+(?:end|rest|start|beginning|middle|turn)\s+of\s+the\s+(week|month|year|season)\b/i;

function extractPartOfPeriod(context: ParsingContext, match: RegExpMatchArray) {
  const reference = context.refDate;
  const components = context.createParsingComponents({ year: reference.getUTCFullYear() });
  if (/week|month/i.test(match[1] ?? '')) components.assign('month', reference.getUTCMonth() + 1);
  return components.addTag(approximateTag);
}

// "on the 24th", "until the 27th": a day of the month of writing, or of the month before (after "on", "since")
// or after ("until", "by") when the day has not come yet, or has passed.
const dayOfMonth = /\b(on|until|till|by|from|since|before|after|through)\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?\p{L}*(?:century|anniversary|floor|minute|time|day|week|month|year|place|round|birthday|amendment))/iu;

function extractDayOfMonth(context: ParsingContext, match: RegExpMatchArray) {
  const reference = context.refDate;
  const day = Number(match[2]);
  const ahead = /^(?:until|till|by|before|through)$/iu.test(match[1] ?? '');
  let month = reference.getUTCMonth();
  if (ahead && day < reference.getUTCDate()) month++;
  if (!ahead && day > reference.getUTCDate()) month--;
  // "the 31st" told in March is of January: the nearest month that has the day, in the same direction.
  for (let tries = 0; tries < 3; tries++, month += ahead ? 1 : -1) {
    const moment = new Date(Date.UTC(reference.getUTCFullYear(), month, day, 12));
    if (moment.getUTCDate() === day) return context.createParsingComponents({ year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day });
  }
  return null;
}

// "at about 07.40 local time", "around 11.40 hours", "at 11.43": a time of day written with a point, as
// British and European outlets do; not an amount ("at 2.45 per cent", "at 3.50 euros").
const dottedClock = /\b(?:at|around|about|by|from|until|before|after)\s+(?:about\s+|around\s+|approximately\s+)?([01]?\d|2[0-3])\.([0-5]\d)\b(?!\.\d|\s*(?:%|per\b|percent|m\b|bn\b|million|billion|euros?|pounds?|dollars?|points?|metres?|meters?|km|kilo|miles?|seconds?|minutes?))(?:\s*(?:local time|GMT|BST|CET|CEST|UTC))?/i;

function extractDottedClock(context: ParsingContext, match: RegExpMatchArray) {
  const components = context.createParsingComponents();
  components.imply('hour', Number(match[1])).imply('minute', Number(match[2]));
  return components;
}

// "mid-morning", "late afternoon": a part of a day the text names elsewhere.
const partOfDay = /\b(?:mid|late|early)[\s-]?(?:morning|afternoon|evening)\b/i;

function extractPartOfDay(context: ParsingContext) {
  return context.createParsingComponents();
}

// "next September", "last March": the month after, or before, the month of writing.
const nextMonth = new RegExp(`\\b(next|last|this coming|this past)\\s+(${months.join('|')})\\b`, 'i');

function extractNextMonth(context: ParsingContext, match: RegExpMatchArray) {
  const reference = context.refDate;
  const month = months.indexOf((match[2] ?? '').toLowerCase());
  const ahead = /next|coming/i.test(match[1] ?? '');
  let year = reference.getUTCFullYear();
  if (ahead && month <= reference.getUTCMonth()) year++;
  if (!ahead && month >= reference.getUTCMonth()) year--;
  return context.createParsingComponents({ year, month: month + 1 });
}

// "between 21 October and 3 November 2025", "from January to March 2024": one span, read from its start, when the
// start takes its year from the end.
function joinRanges(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
  const joined: ParsingResult[] = [];
  for (const result of results) {
    const first = joined.at(-1);
    const between = first ? context.text.slice(first.index + first.text.length, result.index) : '';
    // Only a start that borrows its year from the end: "March 2023 and August 2024" are two dates the text gives.
    const borrows = first && first.start.isCertain('month') && !first.start.isCertain('year') && result.start.isCertain('year');
    if (!first || !borrows || !/^\s*(?:and|to|until|till|through|[-–])\s*$/iu.test(between) || !/\b(?:between|from)\s+$/iu.test(context.text.slice(0, first.index))) {
      joined.push(result);
      continue;
    }
    first.start.assign('year', result.start.get('year')! - ((first.start.get('month') ?? 0) > (result.start.get('month') ?? 0) ? 1 : 0));
    first.end = result.start;
    first.text = context.text.slice(first.index, result.index + result.text.length);
  }
  return joined;
}

// "the afternoon of Jan. 24", "election night, May 6": chrono joins the part of the day and the date, then keeps
// only the time; the date is read again from the words after it.
const partThenDate = /^(?:the\s+)?(?:(?:early|late|mid)[\s-]?)?(?:morning|afternoon|evening|night)(?:\s+of|,)\s+(.+)$/iu;

function dayOfPartOfDay(context: ParsingContext, result: ParsingResult): ParsingResult {
  const tail = partThenDate.exec(result.text)?.[1];
  if (!tail || result.start.isCertain('day')) return result;
  const [date] = chrono.casual.parse(tail, context.reference, { forwardDate: false });
  if (!date || date.index !== 0) return result;
  for (const unit of ['year', 'month', 'day', 'weekday'] as const) {
    const value = date.start.get(unit);
    if (value === null) continue;
    if (date.start.isCertain(unit)) result.start.assign(unit, value);
    else result.start.imply(unit, value);
  }
  return result;
}

// News mostly tells what has happened: "on Friday" is the Friday before the day of writing, unless its clause
// looks ahead: a word that says so ("talks will resume on Friday", "would meet Tuesday", "by Friday", "is holding
// the clinic Saturday"), or a verb in the present and none in the past ("the council meets Monday").
function pastWeekday(context: ParsingContext, result: ParsingResult): ParsingResult {
  const start = result.start;
  if (!start.isCertain('weekday') || start.isCertain('day')) return result;
  const date = start.date();
  const reference = context.refDate.getTime();
  const before = context.text.slice(0, result.index);
  const ahead = looksAhead(context.text, result.index, result.text.length);
  // "on Tuesday" in a report written on a Tuesday is that day, not the week before; "last Tuesday" is.
  const sameDay = Math.round((reference - date.getTime()) / day) === 7 && !/\blast\s+$/iu.test(before) && !/^last\s/iu.test(result.text);
  const moved = sameDay ? 7 : ahead && date.getTime() < reference - day / 2 ? 7 : !ahead && date.getTime() > reference + day / 2 ? -7 : 0;
  if (moved === 0) return result;
  const shifted = new Date(date.getTime() + moved * day);
  start.imply('year', shifted.getUTCFullYear()).imply('month', shifted.getUTCMonth() + 1).imply('day', shifted.getUTCDate());
  return result;
}

// Words that put their clause in the future of the writing.
const future = /\b(?:will|shall|would(?!\s+have)|going to|due|set to|expects?|expected|scheduled|plans?|planned|forecast|upcoming|coming|next|until at least|at least until)\b|['’]ll\b|\b(?:is|are|am)\s+(?:\w+ly\s+)?\w+ing\b/i;
const clauseEnds = /[;:()•—–"“”]|,\s/gu;

/**
 * Does the clause of `text.slice(index, index + length)` tell of what is still to come? Read backwards from
 * the expression: its own clause first, then the sentence before it; a date that opens its sentence ("• Tuesday:
 * the commission meets") is told by what follows it. Without `byTense`, only by the words that say so (cheap).
 */
export function looksAhead(text: string, index: number, length: number, byTense = true): boolean {
  const before = text.slice(0, index);
  if (/\b(?:by|this|coming|next)\s+$/iu.test(before) || /^(?:this|next|coming)\s/iu.test(text.slice(index))) return true;
  if (/\b(?:last|past|since)\s+$/iu.test(before) || /^(?:last|past|since)\s/iu.test(text.slice(index))) return false;
  const sentence = before.slice(Math.max(0, ...[...before.matchAll(/[.!?]\s/gu)].map((match) => (match.index ?? 0) + match[0].length)));
  const clause = sentence.slice(Math.max(0, ...[...sentence.matchAll(clauseEnds)].map((match) => (match.index ?? 0) + match[0].length)));
  if (!byTense) return future.test(clause);
  for (const part of [clause, sentence]) {
    if (future.test(part)) return true;
    const told = tenseOf(part);
    if (told.past) return false;
    if (told.present) return true;
  }
  if (/\p{L}/u.test(sentence)) return false;
  const rest = text.slice(index + length);
  const following = rest.slice(0, /[.!?](?:\s|$)/u.exec(rest)?.index ?? rest.length);
  const told = tenseOf(following);
  return future.test(following) || (!told.past && told.present);
}

// "two days later", "four days earlier", "the following day": counted from the moment told before.
const relativeToAnchor = /\b(?:later|after(?:wards)?|earlier|before)$|^the\s+(?:following|next|previous|preceding)\s|^the\s+(?:day|week|month|year)\s+(?:before|after)\b/iu;

// "the following day", "the previous week", "the day before": one step from the moment told before.
const nextStep = /\bthe\s+(?:(following|next|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)|(day|week|month|year)\s+(before|after))\b/i;

function extractNextStep(context: ParsingContext, match: RegExpMatchArray) {
  const unit = (match[2] ?? match[3] ?? 'day').toLowerCase();
  const back = /^(?:previous|preceding|before)$/iu.test(match[1] ?? match[4] ?? '');
  const reference = context.refDate;
  const moment = new Date(reference.getTime());
  if (unit === 'month') moment.setUTCMonth(moment.getUTCMonth() + (back ? -1 : 1));
  else if (unit === 'year') moment.setUTCFullYear(moment.getUTCFullYear() + (back ? -1 : 1));
  else moment.setUTCDate(moment.getUTCDate() + (back ? -1 : 1) * (unit === 'week' ? 7 : 1));
  const components = context.createParsingComponents({ year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1 });
  if (unit !== 'month' && unit !== 'year') components.assign('day', moment.getUTCDate());
  return components.addTag('result/relativeDate');
}

// "two days later" counts from the moment told before it, when the source has placed one.
function fromAnchor(context: ParsingContext, result: ParsingResult, state: TimeState): ParsingResult {
  if (relativeToAnchor.test(result.text) && result.tags().has('result/relativeDate')) {
    // Months and years may count from a month ("in March 2023 … two months later"); days from a day.
    const byMonths = /\b(?:months?|years?)\b/iu.test(result.text);
    const anchor = byMonths ? state.moment : (state.past ?? state.anchor);
    if (anchor) {
      const target = result.start.date();
      const reference = context.refDate;
      const moment = byMonths
        ? new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + (target.getUTCFullYear() - reference.getUTCFullYear()) * 12 + target.getUTCMonth() - reference.getUTCMonth(), Math.min(anchor.getUTCDate(), 28), 12))
        : new Date(anchor.getTime() + (target.getTime() - reference.getTime()));
      result.start.assign('year', moment.getUTCFullYear()).assign('month', moment.getUTCMonth() + 1);
      if (result.start.isCertain('day')) result.start.assign('day', moment.getUTCDate());
      result.addTag(anchoredTag);
    } else {
      result.addTag(approximateTag);
    }
  }
  // "three minutes after" is counted from an event, not a day: it places no day for what follows.
  const clockSpan = /\b(?:seconds?|minutes?|hours?)\b/iu.test(result.text);
  const placed = result.start.isCertain('year') || result.start.isCertain('month') || result.start.isCertain('day');
  if (!clockSpan && placed && (state.written === null || result.start.date().getTime() <= state.written + day / 2)) state.moment = result.start.date();
  if (!clockSpan && (result.start.isCertain('day') || result.start.isCertain('weekday'))) {
    state.anchor = result.start.date();
    if (state.written === null || state.anchor.getTime() <= state.written + day / 2) state.past = state.anchor;
  }
  return result;
}
