// The phrases news prose dates that chrono-node does not: "earlier this year", a bare "in 2019", seasons,
// "on the 24th", "07.40 local time", "the following day". Each is a pattern and how to read it, in one list.
import type { Parser, ParsedResult, ParsingContext } from 'chrono-node';
import { tenseOf } from '../entities/tagger.ts';

export const approximateTag = 'casefile/approximate';
const todayTag = 'casefile/today';
const day = 24 * 60 * 60 * 1000;

/** Is the date only approximate ("earlier this month", "last summer")? */
export function isApproximate(result: ParsedResult): boolean {
  return result.tags().has(approximateTag);
}

export const unanchoredTag = 'casefile/unanchored';

/** Is it a count from a happening the text does not date ("a day after the managers were questioned"), so no date at all? */
export function isUnanchored(result: ParsedResult): boolean {
  return result.tags().has(unanchoredTag);
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// "earlier this year", "late last month", "at the start of this week".
const vaguePeriod = /\b(?:earlier|later|early|late|at the (?:start|end|beginning) of)\s+(this|last|next)\s+(year|month|week)\b/i;
// A year on its own, after a word that makes it a time: "in 2019", "the 2024 campaign", "going back to 2019",
// "a 1958 bridge", "the ministry's own 2024 report"; not a count ("a 2000-strong crowd", "to 2000 people").
// A possessive makes one too ("Ireland’s 2011 data law", "the firm’s 2024 sales"): chrono drops a bare number.
const yearAlone =
  /(?:\b(?:in|since|during|until|by|before|after|the|from|of|as of|through|between|(?:back|dating|dates|date) to|a|an|its|their|his|her|our|own)|\b\p{L}+['’]s)\s+((?:1[89]|20)\d{2})\b(?!\s*(?:,\d|\d|%|percent|per\b)|[-–/][\p{L}\d])/iu;

// The end of a span of years: "to 2024" in "from 2019 to 2024", "and 2024" in "between 2019 and 2024".
const yearRangeEnd = /(?<=\b(?:from|between|since)\s+(?:1[89]|20)\d{2}\s+)(?:to|and|until|through|till)\s+((?:1[89]|20)\d{2})\b/i;

// A year listed after a year: "2024" in "in 2023 and 2024", "2023" in "in 2021, 2022 or 2023" (chrono reads the first alone).
// (Read with its conjunction: chrono drops a bare number.)
const yearListed = /(?<=\b(?:in|during|since|between|from|of)\s+(?:(?:1[89]|20)\d{2},\s+)*(?:1[89]|20)\d{2},?\s+)(?:and|or|&)\s+((?:1[89]|20)\d{2})\b(?!\s*(?:,\d|\d|%|percent|per\b)|[-–/][\p{L}\d])/iu;

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

// A month's name as news writes it: whole, or cut short with or without a point ("Jan.", "Sept").
// Capitalised, as English writes months: "may" and "march" in lower case are verbs.
const monthName = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const dayNumber = '([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';

// "between 7 and 14 July", "on 9 and 10 March", "from 2 June", "since 3 March 2024": a day of a month, or the
// first of a span of days in one month (chrono reads the last, or "from 2" as two o'clock).
const dayOfNamedMonth = new RegExp(
  `\\b(?:(?:[Bb]etween|[Ff]rom|[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter)\\s+)${dayNumber}(?:\\s*(?:and|to|until|till|-|–|&)\\s*(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${monthName}(?![\\p{L}])(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
  'u',
);

function extractDayOfNamedMonth(context: ParsingContext, match: RegExpMatchArray) {
  const month = months.findIndex((name) => name.startsWith((match[2] ?? '').toLowerCase().replace(/\.$/u, '').slice(0, 3))) + 1;
  if (month === 0) return null;
  const components = context.createParsingComponents({ month, day: Number(match[1]) });
  if (match[3]) components.assign('year', Number(match[3]));
  else components.imply('year', context.refDate.getUTCFullYear());
  return components;
}

function extractYear(context: ParsingContext, match: RegExpMatchArray) {
  return context.createParsingComponents({ year: Number(match[1]) });
}

// "in fiscal 2027", "the 2024 financial year", "FY2025": a fiscal year, told by the calendar year it is named by.
const fiscalYear = /\b(?:fiscal(?:\s+year)?|financial\s+year|FY)\s*((?:19|20)\d{2})\b(?![-–/]\d)/iu;

// "early 2024", "mid-2023", "late 2019": the year, approximately.
const partOfYear = /\b(?:early|mid|late|the (?:start|end|beginning|middle) of)[\s-]+((?:1[89]|20)\d{2})\b/i;

// The day of writing: "this morning", "tonight", "overnight", "earlier today", "in the early hours of today".
const dayPart = /\b(?:(?:earlier |later )?(?:this (?:morning|afternoon|evening|lunchtime)|today|tonight)|overnight|throughout the day|earlier in the day|in the early hours of today|at first light|at lunchtime|a short (?:while|time) ago|moments ago)\b/i;

function extractToday(context: ParsingContext) {
  const reference = context.refDate;
  return context.createParsingComponents({ year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() }).addTag(todayTag);
}

/** Is `index` inside a quotation of the text: more quotation marks opened than closed before it? */
export function quoted(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const opened = (before.match(/[“‘]|(?<![\p{L}\p{N}])"/gu) ?? []).length;
  const closed = (before.match(/[”’](?![\p{L}])|(?<=[\p{L}\p{N}.,!?])"/gu) ?? []).length;
  return opened > closed;
}

/** Is the result the day of writing told as such ("today", "this morning", "tonight")? */
export function isToday(result: ParsedResult): boolean {
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
  // "the fall of the wall", "a fall in prices": only a season that names a year, or one told from the writing;
  // "in the autumn", "during the summer" (not "fall") by the tense of the clause before it.
  if (!explicit && !which) return name !== 'fall' && /^(?:in|during|over)\s+the\s/iu.test(match[0]) ? seasonByTense(context, match, name) : null;
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

// Words before a season that put it ahead of the writing: "work will start in the autumn", "is due in the spring".
const seasonAhead = /\b(?:will|shall|going to|due|set to|scheduled|expected|plans?|planned|aims?|hopes?|next|coming|upcoming)\b|['’]ll\b/iu;

/**
 * "in the autumn" told from the writing: the one to come when the clause looks ahead (this year's if it has not
 * ended), the one before when it tells the past (this year's if it has begun), else this year's; approximately.
 */
function seasonByTense(context: ParsingContext, match: RegExpMatchArray, name: string) {
  const reference = context.refDate;
  const before = context.text.slice(Math.max(0, (match.index ?? 0) - 120), match.index ?? 0);
  const clause = before.slice(Math.max(0, ...[...before.matchAll(/[.!?;]\s/gu)].map((found) => (found.index ?? 0) + found[0].length)));
  const end = seasonEnds[name] ?? 7;
  const ended = reference.getUTCMonth() > end;
  const started = reference.getUTCMonth() >= end - 2;
  let year = reference.getUTCFullYear();
  if (seasonAhead.test(clause)) year += ended ? 1 : 0;
  else if (tenseOf(clause).past) year -= started ? 0 : 1;
  return context.createParsingComponents({ year }).addTag(approximateTag);
}

// "last winter", "this winter", "next winter": a winter told from the writing, which straddles two years, is read
// as the December it opens with, approximately (the winter under way in January is the one that opened in December).
const winter = /\b(last|past|this|next|coming)\s+winter\b(?!-)/iu;

function extractWinter(context: ParsingContext, match: RegExpMatchArray) {
  const reference = context.refDate;
  const month = reference.getUTCMonth();
  const which = (match[1] ?? '').toLowerCase();
  // The winter under way (December to February), or else the one to come.
  const current = month === 11 ? reference.getUTCFullYear() : month <= 1 ? reference.getUTCFullYear() - 1 : null;
  const coming = current ?? reference.getUTCFullYear();
  const year = which === 'last' || which === 'past' ? (current ?? coming) - 1 : which === 'this' ? coming : current !== null ? current + 1 : coming;
  return context.createParsingComponents({ year, month: 12 }).addTag(approximateTag);
}

// "mid-December", "early March", "late in July": a month, approximately, told with its part.
const partOfMonth = new RegExp(`\\b(?:early|mid|late)(?:-|\\s+|\\s+in\\s+)${monthName}(?![\\p{L}])(?:,?\\s+((?:19|20)\\d{2})\\b)?`, 'iu');

function extractPartOfMonth(context: ParsingContext, match: RegExpMatchArray) {
  const month = months.findIndex((name) => name.startsWith((match[1] ?? '').toLowerCase().slice(0, 3))) + 1;
  if (month === 0) return null;
  const components = context.createParsingComponents({ month });
  if (match[2]) components.assign('year', Number(match[2]));
  else components.imply('year', context.refDate.getUTCFullYear());
  return components.addTag(approximateTag);
}

// "by the end of the year", "until the end of 2026", "the end of the first quarter of next year": the last month
// of the year or quarter, approximately.
const endOfPeriod = /\bthe\s+end\s+of\s+(?:the\s+(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+)?(?:(this|next|last)\s+year|the\s+year|((?:19|20)\d{2})\b)/iu;

const quarters: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

function extractEndOfPeriod(context: ParsingContext, match: RegExpMatchArray) {
  const quarter = quarters[(match[1] ?? '').toLowerCase()] ?? 4;
  const shift = match[2]?.toLowerCase() === 'next' ? 1 : match[2]?.toLowerCase() === 'last' ? -1 : 0;
  const year = match[3] ? Number(match[3]) : context.refDate.getUTCFullYear() + shift;
  return context.createParsingComponents({ year, month: quarter * 3 }).addTag(approximateTag);
}

// "in Q3", "the third quarter", "Q2 2024", "the fourth quarter of 2025", "third-quarter profit": a quarter, read as its
// year (approximately). Without a year, the writing's year when the quarter has begun by then, or when the words
// before it look ahead ("expects a profit in the fourth quarter"); else the year before ("a loss in Q3" told in March).
const quarter = /\b(?:Q([1-4])|(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter)(?:\s+(?:of\s+)?((?:19|20)\d{2})\b|\s+(?:of\s+)?(this|last|next)\s+year\b)?(?![\p{L}\d-]|\s+(?:of|in)\s+(?:the|a|an)\b)/iu;
const quarterAhead = /\b(?:will|shall|expects?|expected|forecasts?|projects?|sees|plans?|aims?|targets?|guidance|outlook|due|by|until|next|coming|from)\b[^.;]{0,60}$/iu;

const quarterOfYear = /\b(?:profits?|loss(?:es)?|revenues?|sales|earnings|results|growth|GDP|economy|economic|output|production|fiscal|financial|quarterly|shares|dividends?|deliveries|margins?|guidance|forecasts?|inflation|turnover|income|orders|spending|investment)\b/iu;

/** The sentence around an offset (up to the stops on either side). */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(0, ...[...text.slice(0, at).matchAll(/[.!?]\s/gu)].map((found) => (found.index ?? 0) + 1));
  const stop = /[.!?](?:\s|$)/u.exec(text.slice(at));
  return text.slice(start, stop ? at + stop.index + 1 : text.length);
}

function extractQuarter(context: ParsingContext, match: RegExpMatchArray) {
  const number = match[1] ? Number(match[1]) : (quarters[(match[2] ?? '').toLowerCase()] ?? 0);
  if (!number) return null;
  // ("in the third quarter" of a match is no quarter of a year: spelt out without a year, only where money or output is told.)
  if (!match[1] && !match[3] && !match[4] && !quarterOfYear.test(sentenceAround(context.text, match.index ?? 0))) return null;
  const reference = context.refDate;
  const shift = match[4]?.toLowerCase() === 'next' ? 1 : match[4]?.toLowerCase() === 'last' ? -1 : 0;
  let year = match[3] ? Number(match[3]) : reference.getUTCFullYear() + shift;
  if (!match[3] && !match[4]) {
    const begun = reference.getUTCMonth() >= (number - 1) * 3;
    if (!begun && !quarterAhead.test(context.text.slice(Math.max(0, (match.index ?? 0) - 80), match.index ?? 0))) year -= 1;
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

// "at 1430 GMT", "by 0800 local time", "around 2215 hours": a wire's clock of four figures, told with its zone (or
// "local time", "hours") so that it is no year ("in 2000") nor a count.
const wireClock = /\b(?:at|around|about|by|from|until|before|after|since)\s+(?:about\s+|around\s+|approximately\s+)?([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC|Z\b|local\s+time|hours|hrs|(?:[ECMP][SD]T|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|WIB|SAST|WAT|EAT)\b)/u;

// "hours earlier", "within hours", "within an hour of the result": the same day as the moment told before.
const hoursAway = /\b(?:(?:hours|minutes|moments)\s+(?:earlier|later|before|after(?:wards)?)|within\s+(?:hours|minutes|an hour|the hour))\b/i;

// "in the early hours", "the small hours of the morning": a part of a day the text names elsewhere (not one it names
// after them: "in the early hours of Sunday, April 27" is that Sunday, read by chrono).
const smallHours = /\b(?:in|during|into|until|through)\s+the\s+(?:early|small|wee)\s+hours(?:\s+of\s+the\s+morning)?\b(?!\s+of\b)/i;

// "mid-morning", "late afternoon": a part of a day the text names elsewhere.
const partOfDay = /\b(?:mid|late|early)[\s-]?(?:morning|afternoon|evening)\b/i;

function extractPartOfDay(context: ParsingContext) {
  return context.createParsingComponents();
}

// "at dawn", "by nightfall", "shortly after sunrise", "by eight o'clock": a moment of a day the text names elsewhere
// (not one it names after them, "at dawn on Friday", which is that Friday).
const dayLight = /\b(?:(?:at|by|before|after|until|till|around|from)\s+(?:dawn|daybreak|sunrise|sunset|dusk|nightfall)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock)\b(?![,\s]+(?:on|of|in the)\s)/i;

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
  // "the year before" is a year, "the following month" a month, "the next day" a day.
  const components = context.createParsingComponents({ year: moment.getUTCFullYear() });
  if (unit !== 'year') components.assign('month', moment.getUTCMonth() + 1);
  if (unit !== 'month' && unit !== 'year') components.assign('day', moment.getUTCDate());
  return components.addTag('result/relativeDate');
}

// "the day before yesterday", "the day after tomorrow": two days from the writing (not "the day before", counted
// from the moment told before, and "yesterday" apart).
const twoDaysAway = /\bthe\s+day\s+(before\s+yesterday|after\s+tomorrow)\b/iu;

function extractTwoDaysAway(context: ParsingContext, match: RegExpMatchArray) {
  const moment = new Date(context.refDate.getTime() + (/^before/iu.test(match[1] ?? '') ? -2 : 2) * day);
  return context.createParsingComponents({ year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() });
}

// "that day", "on the same day", "the same night": the day told before (counted from it, as "two days later" is).
const sameDay = /\b(?:that|the\s+same)\s+(?:day|night|evening|morning|afternoon)\b/i;

function extractSameDay(context: ParsingContext) {
  const reference = context.refDate;
  return context.createParsingComponents({ year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() }).addTag('result/relativeDate');
}

// "by Christmas", "before the Christmas recess", "over Christmas", "on Christmas Day": the Christmas of the year of
// writing (in January, the one just past); December, or its day when the text names one.
const christmas = /\b(?:by|before|until|till|after|since|over|at|for|ahead of|around|on|during)\s+(?:the\s+)?Christmas(?:\s+(?:recess|break|holidays?|period|(Day|Eve)))?\b/u;

function extractChristmas(context: ParsingContext, match: RegExpMatchArray) {
  const reference = context.refDate;
  const year = reference.getUTCFullYear() - (reference.getUTCMonth() === 0 ? 1 : 0);
  const components = context.createParsingComponents({ year, month: 12 });
  if (match[1]) return components.assign('day', match[1] === 'Eve' ? 24 : 25);
  return components.addTag(approximateTag);
}

// "seventeen months ago", "twenty-five years earlier", "a fortnight ago": counts chrono reads only up to twelve.
const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const longCount = new RegExp(`\\b(?:(${units.slice(12).join('|')}|(?:${tens.join('|')})(?:[-\\s](?:${units.slice(0, 9).join('|')}))?)\\s+(days|weeks|months|years)|(a\\s+fortnight))\\s+(ago|later|earlier|before|after)\\b`, 'iu');

function extractLongCount(context: ParsingContext, match: RegExpMatchArray) {
  const [ten, unit] = (match[1] ?? '').toLowerCase().split(/[-\s]/u);
  const count = match[3] ? 2 : ten && tens.includes(ten) ? (tens.indexOf(ten) + 2) * 10 + (unit ? units.indexOf(unit) + 1 : 0) : units.indexOf(ten ?? '') + 1;
  const what = match[3] ? 'weeks' : (match[2] ?? '').toLowerCase();
  const sign = /^(?:ago|earlier|before)$/iu.test(match[4] ?? '') ? -1 : 1;
  const moment = new Date(context.refDate.getTime());
  if (what === 'years') moment.setUTCFullYear(moment.getUTCFullYear() + sign * count);
  else if (what === 'months') moment.setUTCMonth(moment.getUTCMonth() + sign * count);
  else moment.setUTCDate(moment.getUTCDate() + sign * count * (what === 'weeks' ? 7 : 1));
  const components = context.createParsingComponents({ year: moment.getUTCFullYear() });
  if (what !== 'years') components.assign('month', moment.getUTCMonth() + 1);
  if (what === 'days' || what === 'weeks') components.assign('day', moment.getUTCDate());
  return components.addTag('result/relativeDate');
}

// "shortly afterwards", "a short time later", "soon after": the day of the moment told before (as "two days later"
// counts from it); "soon after the vote" is the vote's, not this.
const shortlyAfter = /\b(?:shortly|soon|not long|a short (?:time|while))\s+(?:after(?:wards)?|later|thereafter)\b(?!\s+(?:\d|the\b|an?\b|his\b|her\b|their\b|its\b|\p{Lu}))/iu;

/** A pattern that never matches, tried at the text's start only. */
const nothing = /(?!)/y;

/**
 * `pattern`, when the paragraph holds what every match of it holds (`needs`: a year's digits, a word it
 * cannot do without); else nothing. chrono runs each pattern over the whole paragraph, and most paragraphs
 * name no year: a cheap test spares them the costly patterns (lookbehinds, a possessive before a year).
 */
export function where(needs: RegExp, pattern: RegExp | ((context: ParsingContext) => RegExp)): (context: ParsingContext) => RegExp {
  return (context) => (!needs.test(context.text) ? nothing : typeof pattern === 'function' ? pattern(context) : pattern);
}

/** The parsers, tried before chrono's own. */
export const parsers: Parser[] = [
  { pattern: where(/\d{4}\s*(?:[A-Z]|local|hours|hrs)/u, wireClock), extract: extractDottedClock },
  { pattern: () => endOfPeriod, extract: extractEndOfPeriod },
  { pattern: () => vaguePeriod, extract: extractVaguePeriod },
  { pattern: where(/(?:1[89]|20)\d\d/, yearAlone), extract: extractYear },
  { pattern: where(/(?:19|20)\d\d/, bareYear), extract: extractYear },
  { pattern: where(/year/i, monthOfYear), extract: extractMonthOfYear },
  { pattern: () => partOfYear, extract: extractYear },
  { pattern: where(/(?:19|20)\d\d/, fiscalYear), extract: extractYear },
  { pattern: () => dayPart, extract: extractToday },
  { pattern: () => nextMonth, extract: extractNextMonth },
  { pattern: () => thisPeriod, extract: extractThisPeriod },
  { pattern: where(/(?:1[89]|20)\d\d/, yearRangeEnd), extract: extractYear },
  { pattern: where(/(?:1[89]|20)\d\d\W+(?:and|or|&)\W+(?:1[89]|20)\d\d/u, yearListed), extract: extractYear },
  { pattern: () => season, extract: extractSeason },
  { pattern: where(/winter/iu, winter), extract: extractWinter },
  { pattern: () => partOfMonth, extract: extractPartOfMonth },
  { pattern: () => partOfPeriod, extract: extractPartOfPeriod },
  { pattern: where(/quarter|\bQ[1-4]/iu, quarter), extract: extractQuarter },
  { pattern: where(/\d(?:st|nd|rd|th)/iu, dayOfMonth), extract: extractDayOfMonth },
  { pattern: where(/\d/u, dayOfNamedMonth), extract: extractDayOfNamedMonth },
  { pattern: where(/\d\.\d/i, dottedClock), extract: extractDottedClock },
  { pattern: () => partOfDay, extract: extractPartOfDay },
  { pattern: () => smallHours, extract: extractPartOfDay },
  { pattern: () => hoursAway, extract: extractPartOfDay },
  { pattern: where(/dawn|daybreak|sun(?:rise|set)|dusk|nightfall|o['’]clock/iu, dayLight), extract: extractPartOfDay },
  { pattern: where(/yesterday|tomorrow/iu, twoDaysAway), extract: extractTwoDaysAway },
  { pattern: () => nextStep, extract: extractNextStep },
  { pattern: () => sameDay, extract: extractSameDay },
  { pattern: where(/Christmas/u, christmas), extract: extractChristmas },
  { pattern: where(/ago|later|earlier|before|after/iu, longCount), extract: extractLongCount },
  { pattern: () => shortlyAfter, extract: extractSameDay },
];
