// chrono-node, taught what news prose needs: "earlier this year", a bare "in 2019", weekdays that lie
// in the past of the writing, and "two days later" counted from the moment told before it.
import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult } from 'chrono-node';

/** What the parser carries from one paragraph to the next within one source. */
export interface TimeState {
  /** The last moment the source placed to the day, for "two days later". */
  anchor: Date | null;
}

const approximateTag = 'casefile/approximate';
const anchoredTag = 'casefile/anchored';
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
  );
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
// A year on its own, after a word that makes it a time: "in 2019", "the 2024 campaign".
const yearAlone = /\b(?:in|since|during|until|by|before|after|the|from|of|as of|through)\s+((?:1[89]|20)\d{2})\b(?!\s*(?:,\d|\d|%|percent))/i;

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
  return context.createParsingComponents({ year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() });
}

// "this week", "this month", "this year": the period of writing (a week is told to its month).
const thisPeriod = /\bthis (week|month|year)\b/i;

function extractThisPeriod(context: ParsingContext, match: RegExpMatchArray) {
  const reference = context.refDate;
  const components = context.createParsingComponents({ year: reference.getUTCFullYear() });
  if (!/year/i.test(match[1] ?? '')) components.assign('month', reference.getUTCMonth() + 1);
  return components.addTag(approximateTag);
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

// News mostly tells what has happened: "on Friday" is the Friday before the day of writing, unless the
// sentence looks ahead ("talks will resume on Friday", "by Friday").
function pastWeekday(context: ParsingContext, result: ParsingResult): ParsingResult {
  const start = result.start;
  if (!start.isCertain('weekday') || start.isCertain('day')) return result;
  const date = start.date();
  const reference = context.refDate.getTime();
  const sentence = context.text.slice(0, result.index).split(/[.!?]\s/).pop() ?? '';
  // "this Saturday" is the one coming; "by Friday" too.
  const ahead = future.test(sentence) || /\b(?:by|this|coming)\s+$/i.test(sentence) || /^this\s/i.test(result.text);
  // "on Tuesday" in a report written on a Tuesday is that day, not the week before.
  const sameDay = Math.round((reference - date.getTime()) / day) === 7 && !/\blast\s+$/iu.test(sentence);
  const moved = sameDay ? 7 : ahead && date.getTime() < reference - day / 2 ? 7 : !ahead && date.getTime() > reference + day / 2 ? -7 : 0;
  if (moved === 0) return result;
  const shifted = new Date(date.getTime() + moved * day);
  start.imply('year', shifted.getUTCFullYear()).imply('month', shifted.getUTCMonth() + 1).imply('day', shifted.getUTCDate());
  return result;
}

// Words that put what follows in the future of the writing.
const future = /\b(?:will|shall|due|expect|expects|expected|scheduled|plans?|planned|set to|until|next|coming|upcoming)\b/i;

// "two days later" counts from the moment told before it, when the source has placed one.
function fromAnchor(context: ParsingContext, result: ParsingResult, state: TimeState): ParsingResult {
  if (/\b(?:later|after(?:wards)?)$/i.test(result.text) && result.tags().has('result/relativeDate')) {
    if (state.anchor) {
      const moment = new Date(state.anchor.getTime() + (result.start.date().getTime() - context.refDate.getTime()));
      result.start.assign('year', moment.getUTCFullYear()).assign('month', moment.getUTCMonth() + 1).assign('day', moment.getUTCDate());
      result.addTag(anchoredTag);
    } else {
      result.addTag(approximateTag);
    }
  }
  // "three minutes after" is counted from an event, not a day: it places no day for what follows.
  const clockSpan = /\b(?:seconds?|minutes?|hours?)\b/iu.test(result.text);
  if (!clockSpan && (result.start.isCertain('day') || result.start.isCertain('weekday'))) state.anchor = result.start.date();
  return result;
}
