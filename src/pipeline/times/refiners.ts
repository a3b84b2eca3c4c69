// What chrono-node's readings need before casefile dates them: a span read from its start, the date of "the
// afternoon of Jan. 24", a weekday in the past of the writing unless its clause looks ahead, and "two days
// later" counted from the moment the source told before.
import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { tenseOf, verbReadAsNoun } from '../entities/tagger.ts';
import { approximateTag, isToday, quoted, unanchoredTag } from './parsers.ts';

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

const anchoredTag = 'casefile/anchored';
// A count tied to the clause after it with no day before it in its sentence ("A day after two managers were questioned").
const tiedTag = 'casefile/tied';
const day = 24 * 60 * 60 * 1000;

/** The refiners, in the order they run after chrono's own; the last reads and updates `state`. */
export function refiners(state: TimeState): chrono.Refiner[] {
  return [
    { refine: (context, results) => results.map((result) => dayOfPartOfDay(context, result)) },
    { refine: (context, results) => results.filter((result) => !wordNotWeekday(context, result) && !numberNotClock(context, result)) },
    { refine: splitRanges },
    { refine: joinRanges },
    { refine: (context, results) => results.map((result) => withoutSpan(result)) },
    { refine: (_, results) => results.map(dayListNotYear) },
    { refine: (context, results) => monthOfThatYear(context, results, state) },
    { refine: (context, results) => results.map((result) => yearOfMonth(context, result)) },
    { refine: (_, results) => results.map(monthOfYearsAgo) },
    { refine: (context, results) => results.map((result) => pastWeekday(context, result, state)) },
    { refine: weekdayList },
    { refine: clauseAfterDay },
    { refine: (context, results) => results.map((result) => fromAnchor(context, result, state)) },
  ];
}

// "anyone who sat on the floor", "the sun", "Thu Nguyen said": a weekday's short form alone, in lower case or
// before a name, is a word or a name, not a day.
function wordNotWeekday(context: ParsingContext, result: ParsingResult): boolean {
  if (!/^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?$/iu.test(result.text.trim())) return false;
  return /^\p{Ll}/u.test(result.text) || /^\s+\p{Lu}\p{Ll}/u.test(context.text.slice(result.index + result.text.length));
}

// "aged 15 to 17", "at 23 addresses", "€50,000 a day", "9,912 to 9,903": a number with no mark of the clock (a colon,
// "am", "pm", "h", "o'clock") and no day beside it, or one that ends a longer number or follows a currency sign, is a
// count, an age or an amount, not an hour.
function numberNotClock(context: ParsingContext, result: ParsingResult): boolean {
  const before = context.text.slice(0, result.index);
  // ("RM1.21 on Tuesday": the day stays, read with the number's tail.)
  const dated = result.start.isCertain('weekday') || result.start.isCertain('day') || result.start.isCertain('month');
  if (/^\d/u.test(result.text) && /(?:\d[,.]|[$€£¥]\s?)$/u.test(before) && !dated) return true;
  return /^(?:(?:at|by|until|till|from|before|after|around|about)\s+)?\d{1,3}(?:\s*(?:to|and|-|–)\s*\d{1,3})?(?:\s+a)?$/iu.test(result.text.trim());
}

// "from April 2023 until September 2024", "8 November 2025 to 14 November 2025": two dates the text gives in full,
// each a time of its own (chrono reads them as one span, dated by its start).
function splitRanges(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
  return results.flatMap((result) => {
    const end = result.end;
    // ("2019-2020" is one span, a season or a term: only a dash between spaces divides two dates.)
    const joint = /\s+(?:to|until|till|through|and|[-–])\s+/giu;
    const cut = [...result.text.matchAll(joint)].at(-1);
    if (!end || !cut || !result.start.isCertain('year') || !end.isCertain('year') || !end.isCertain('month')) return [result];
    const first = result.text.slice(0, cut.index);
    // "until September 2024" keeps its word, which tells how the date bounds what happened; "to", "and", a dash do not.
    const kept = /^\s*(?:until|till|through)\s+/iu.test(cut[0]) ? cut[0].trimStart() : '';
    const at = (cut.index ?? 0) + cut[0].length - kept.length;
    if (!/\b\d{4}\b/u.test(first) || !/\b\d{4}\b/u.test(result.text.slice(at))) return [result];
    const second = context.createParsingResult(result.index + at, result.text.slice(at), end);
    result.text = first;
    result.end = undefined;
    return [result, second];
  });
}

// "last Thursday, within hours of the recount's end": chrono joins a day and "within hours" as its time; the
// day is the reading, the rest a span counted from an event.
function withoutSpan(result: ParsingResult): ParsingResult {
  const cut = /,\s+(?:within\s+)?(?:hours|minutes|moments|an hour)\b/iu.exec(result.text);
  if (!cut || cut.index === 0 || !(result.start.isCertain('day') || result.start.isCertain('weekday') || result.start.isCertain('month'))) return result;
  result.text = result.text.slice(0, cut.index);
  return result;
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
    if (!first || !borrows || !/^\s*(?:and|to|until|till|through|[-–])\s*$/iu.test(between) || !/\b(?:between|from)\s+$/iu.test(context.text.slice(0, first.index)) && !/^(?:between|from)\s/iu.test(first.text)) {
      joined.push(result);
      continue;
    }
    first.start.assign('year', result.start.get('year')! - ((first.start.get('month') ?? 0) > (result.start.get('month') ?? 0) ? 1 : 0));
    first.end = result.start;
    first.text = context.text.slice(first.index, result.index + result.text.length);
  }
  return joined;
}

// "the afternoon of Jan. 24", "in the morning on October 14th", "election night, May 6": chrono joins the part of the day and the date, then keeps
// only the time; the date is read again from the words after it.
const partThenDate = /^(?:the\s+)?(?:(?:early|late|mid)[\s-]?)?(?:morning|afternoon|evening|night)(?:\s+of|\s+on|,)\s+(.+)$/iu;

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

// "on Jan. 26, 27 and 28", "on Jan. 26, 27 people were hurt": two digits after a day and a comma are another day or
// a count, not a year ('27 is written with its apostrophe).
function dayListNotYear(result: ParsingResult): ParsingResult {
  const cut = /^(.*\b\d{1,2}(?:st|nd|rd|th)?),\s*\d{2}$/iu.exec(result.text);
  if (!cut || !result.start.isCertain('year') || !result.start.isCertain('day')) return result;
  result.text = cut[1]!;
  result.start.delete('year');
  return result;
}

// "that year", "of that same year" right after a month: the year is one the text told before.
const thatYear = /^\s*(?:of\s+)?that\s+(?:same\s+)?year\b/iu;

/**
 * "in fiscal 2027, which begins in April of that year", "opened in 2019. In June that year it took on …": a month of
 * "that year" is of the year told last, in its sentence or before (chrono took the month nearest the writing).
 */
function monthOfThatYear(context: ParsingContext, results: ParsingResult[], state: TimeState): ParsingResult[] {
  for (const [at, result] of results.entries()) {
    if (!result.start.isCertain('month') || result.start.isCertain('year')) continue;
    const end = result.index + result.text.replace(/\s+of$/iu, '').length;
    const tail = thatYear.exec(context.text.slice(end));
    if (!tail) continue;
    const told = results.slice(0, at).findLast((other) => other.start.isCertain('year'));
    const year = told ? told.start.get('year') : state.moment?.getUTCFullYear();
    if (!year) continue;
    result.start.assign('year', year);
    result.text = context.text.slice(result.index, end + tail[0].length);
  }
  return results;
}

// "in March", "on 2 June", "Oct. 14": chrono takes the nearest such month, which is right for most ("the hearing
// is set for April 14", "ordered him to surrender on April 14"), but not after "since" or "by", nor for a month far
// from the writing that its clause tells in the past ("in June the firm fined …" told in December) or ahead.
function yearOfMonth(context: ParsingContext, result: ParsingResult): ParsingResult {
  const start = result.start;
  if (!start.isCertain('month') || start.isCertain('year') || result.tags().has('result/relativeDate')) return result;
  const reference = context.refDate;
  const month = start.get('month')!;
  const date = start.isCertain('day') ? start.get('day')! : null;
  const key = (year: number) => Date.UTC(year, month - 1, date ?? 1, 12);
  // Compared by day when the day is given, by month otherwise ("by mid-December" told on 4 December is this December).
  const now = date === null ? Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), 1, 12) : Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate(), 12);
  const past = key(reference.getUTCFullYear()) > now ? reference.getUTCFullYear() - 1 : reference.getUTCFullYear();
  // "Friday, Sept. 12": the year whose day falls on that weekday, when only one near the writing does.
  if (date !== null && start.isCertain('weekday')) {
    const fits = [past - 1, past, past + 1].filter((year) => new Date(key(year)).getUTCDay() === start.get('weekday'));
    if (fits.length === 1) {
      start.imply('year', fits[0]!);
      return result;
    }
  }
  const future = now - key(past) > 31 * day ? past + 1 : past;
  const before = context.text.slice(Math.max(0, result.index - 200), result.index);
  // ("last December" told in December is the one a year before.)
  if (/\blast\s+$/iu.test(before) && date === null && month === reference.getUTCMonth() + 1) start.imply('year', past - 1);
  else if (/\b(?:since|last)\s+(?:(?:early|mid|late)[\s-]+)?$/iu.test(before)) start.imply('year', past);
  else if (/\b(?:by|until|till|through|next|coming)\s+(?:(?:early|mid|late)[\s-]+)?$/iu.test(before)) start.imply('year', future);
  else if (Math.abs(start.date().getTime() - now) > 92 * day) {
    const direction = monthDirection(context.text, result.index, result.text.length);
    if (direction) start.imply('year', direction === 'past' ? past : future);
    // (Half a year off either way, and nothing says which: news tells of what has happened more than of what will,
    // "the June round" told in December is the last one.)
    else if (Math.abs(start.date().getTime() - now) > 150 * day) start.imply('year', past);
  }
  return result;
}

// Words just before a month that put it after the writing: "will reopen in June", "is due in March".
const monthFuture = /\b(?:will|shall|going to|due|set to|scheduled|expected to|plans? to|planned for|next|coming|upcoming)\b|['’]ll\b/iu;

/** Does the clause of a month far from the writing tell of the past, of what is to come, or neither? */
function monthDirection(text: string, index: number, length: number): 'past' | 'ahead' | null {
  const before = text.slice(Math.max(0, index - 200), index);
  const sentence = before.slice(Math.max(0, ...[...before.matchAll(/[.!?]\s/gu)].map((match) => (match.index ?? 0) + match[0].length)));
  const clause = sentence.slice(Math.max(0, ...[...sentence.matchAll(clauseEnds)].map((match) => (match.index ?? 0) + match[0].length)));
  const near = clause.split(/\s+/u).slice(-8).join(' ');
  const rest = text.slice(index + length, index + length + 200).replace(/^[\s,]+/u, '');
  // A month that opens its clause ("In March, the ministry signed …") is told by the words after it.
  const after = rest.slice(0, /[.!?;:](?:\s|$)|,\s/u.exec(rest)?.index ?? rest.length);
  const opens = !/\p{L}{3,}/u.test(clause.replace(/\b(?:in|on|at|from|of|the|early|late|mid)\b/giu, ''));
  const told = opens ? after : clause;
  if (monthFuture.test(opens ? after : near)) return 'ahead';
  // "had been expected to lead the team in September": a past that told of a month still to come.
  if (/\b(?:had been|was to|were to|expected|hoped|intended|meant to)\b/iu.test(told)) return null;
  return tenseOf(told).past ? 'past' : null;
}

// "a year ago", "two years ago": about the month of writing, that many years before (chrono gives the year alone).
function monthOfYearsAgo(result: ParsingResult): ParsingResult {
  if (!/\byears?\s+ago$/iu.test(result.text) || result.start.isCertain('month') || !result.tags().has('result/relativeDate')) return result;
  result.start.assign('month', result.start.get('month')!);
  return result.addTag(approximateTag);
}

// News mostly tells what has happened: "on Friday" is the Friday before the day of writing, unless its clause
// looks ahead: a word that says so ("talks will resume on Friday", "would meet Tuesday", "by Friday", "is holding
// the clinic Saturday"), or a verb in the present and none in the past ("the council meets Monday").
function pastWeekday(context: ParsingContext, result: ParsingResult, state: TimeState): ParsingResult {
  const start = result.start;
  if (!start.isCertain('weekday') || start.isCertain('day')) return result;
  const date = start.date();
  const reference = context.refDate.getTime();
  const before = context.text.slice(Math.max(0, result.index - 40), result.index);
  // "workers had heard noises on the Tuesday": a weekday with "the" is of the week the story tells, the one
  // nearest the day it told last (not the week of writing).
  if ((/\bthe\s+$/iu.test(before) || /^the\s/iu.test(result.text)) && /^(?:the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/iu.test(result.text) && state.past) {
    const offset = (((start.get('weekday') ?? 0) - state.past.getUTCDay() + 10) % 7) - 3;
    const shifted = new Date(state.past.getTime() + offset * day);
    start.imply('year', shifted.getUTCFullYear()).imply('month', shifted.getUTCMonth() + 1).imply('day', shifted.getUTCDate());
    return result;
  }
  // "on Tuesday" in a report written on a Tuesday is that day, not the week before; "last Tuesday" is.
  const sameDay = Math.round((reference - date.getTime()) / day) === 7 && !/\blast\s+$/iu.test(before) && !/^last\s/iu.test(result.text);
  // Which way the clause looks is read only when the date could move (the tagger is the costly part).
  const early = date.getTime() < reference - day / 2;
  const late = date.getTime() > reference + day / 2;
  const ahead = !sameDay && (early || late) ? looksAhead(context.text, result.index, result.text.length) : false;
  const moved = sameDay ? 7 : ahead && early ? 7 : !ahead && late ? -7 : 0;
  if (moved === 0) return result;
  const shifted = new Date(date.getTime() + moved * day);
  start.imply('year', shifted.getUTCFullYear()).imply('month', shifted.getUTCMonth() + 1).imply('day', shifted.getUTCDate());
  return result;
}

// What joins the days of a list: "Monday and Tuesday", "Friday, Saturday or Sunday", "Monday to Wednesday".
const listJoint = /^\s*(?:,\s*(?:and|or)?|and|or|&|to|through|till|until|[-–])\s*$/iu;
const bareWeekday = (result: ParsingResult) => result.start.isCertain('weekday') && !result.start.isCertain('day');

/**
 * "46 crossings scheduled for Monday and Tuesday have been called off": weekdays listed together are days of one
 * week, in the order told, but each was read on its own clause, which may put one in the week to come and the
 * next in the week gone. The day read nearest the writing keeps its date (news tells of the days around it); the
 * others are the nearest such weekdays before it and after it, in the list's order.
 */
function weekdayList(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
  let list: ParsingResult[] = [];
  const place = () => {
    if (list.length > 1) orderList(list, context.refDate.getTime());
    list = [];
  };
  for (const result of results) {
    const last = list.at(-1);
    if (last && bareWeekday(result) && listJoint.test(context.text.slice(last.index + last.text.length, result.index))) list.push(result);
    else {
      place();
      if (bareWeekday(result)) list.push(result);
    }
  }
  place();
  return results;
}

function orderList(list: ParsingResult[], reference: number): void {
  const distance = (result: ParsingResult) => Math.abs(result.start.date().getTime() - reference);
  const nearest = list.reduce((best, result) => (distance(result) < distance(best) ? result : best));
  const at = list.indexOf(nearest);
  const setDay = (result: ParsingResult, date: Date) => result.start.imply('year', date.getUTCFullYear()).imply('month', date.getUTCMonth() + 1).imply('day', date.getUTCDate());
  let told = nearest.start.date();
  for (const result of list.slice(0, at).reverse()) {
    const back = ((told.getUTCDay() - (result.start.get('weekday') ?? 0) + 6) % 7) + 1;
    told = new Date(told.getTime() - back * day);
    setDay(result, told);
  }
  told = nearest.start.date();
  for (const result of list.slice(at + 1)) {
    const on = (((result.start.get('weekday') ?? 0) - told.getUTCDay() + 6) % 7) + 1;
    told = new Date(told.getTime() + on * day);
    setDay(result, told);
  }
}

// Words that put their clause in the future of the writing ("plans to", not the noun: "activated its emergency plan on Sunday"); a verb in the progressive ("is holding the clinic
// Saturday") does too, unless the clause has a past ("24 are missing after the dam gave way on Monday").
const future = /\b(?:will|shall|would(?!\s+have)|going to|due|set to|expects?|expected|scheduled|plans?\s+to|planned\s+(?:to|for)|forecast|upcoming|coming|next|until at least|at least until)\b|['’]ll\b/i;
const progressive = /\b(?:is|are|am)\s+(?:\w+ly\s+)?\w+ing\b/i;
// Where a clause ends: a stop inside a sentence, a bracket, a dash, a quotation mark (a British single one only
// where it closes a quoted sentence, "homes,’ she said": else it may be an apostrophe or a scare quote).
const clauseEnds = /[;:()•—–"“”]|,\s|[,.!?]’/gu;

/**
 * Does the clause of `text.slice(index, index + length)` tell of what is still to come? Read backwards from
 * the expression: its own clause first, then the sentence before it; a date that opens its sentence ("• Tuesday:
 * the commission meets") is told by what follows it. Without `byTense`, only by the words that say so (cheap).
 */
export function looksAhead(text: string, index: number, length: number, byTense = true): boolean {
  // (The sentence before a weekday is all it reads: a few hundred characters, never the whole source.)
  const before = text.slice(Math.max(0, index - 400), index);
  if (/\b(?:this|coming|next)\s+$/iu.test(before) || /^(?:this|next|coming)\s/iu.test(text.slice(index))) return true;
  if (/\b(?:last|past|since)\s+$/iu.test(before) || /^(?:last|past|since)\s/iu.test(text.slice(index))) return false;
  const sentence = before.slice(Math.max(0, ...[...before.matchAll(/[.!?]\s/gu)].map((match) => (match.index ?? 0) + match[0].length)));
  const clause = sentence.slice(Math.max(0, ...[...sentence.matchAll(clauseEnds)].map((match) => (match.index ?? 0) + match[0].length)));
  // "by Friday" is a deadline still to come ("must pay by Friday", "will have contacted everyone by Friday"), unless the clause tells it in the past: "By
  // Sunday morning guests were arriving at the hospital", "the water had fallen by Tuesday".
  // (Read by tense even when asked to be cheap: "by" before a date is rare.)
  if (/\bby\s+$/iu.test(before)) return future.test(clause) || !(tenseOf(clause).past || tenseOf(clauseAfter(text.slice(index + length))).past);
  // "has kept the district under a red warning until Thursday night": a state that lasts until a day, told in the
  // present or the present perfect, lasts into days to come ("the road is closed until Friday"; "stayed sealed until
  // Wednesday" is past).
  if (byTense && /\b(?:until|till)\s+$/iu.test(before) && /\b(?:has|have|is|are|remains?)\b/iu.test(clause)) return future.test(clause) || !tenseOf(clause.replace(/\b(?:is|are|has|have)\s+(?:been\s+)?(?:\p{L}+ly\s+)?\p{L}+/giu, 'is')).past;
  // "The arrival is foreseen for Monday", "a hearing set for Friday": a day something is set for is to come, unless
  // told in the past ("is foreseen" is a present: its participle tells no past).
  if (byTense && /\bfor\s+$/iu.test(before) && !/['’]s?$/u.test(text.slice(index, index + length + 2).trim())) return future.test(clause) || !tenseOf(clause.replace(/\b(?:is|are|has been|have been)\s+(?:\p{L}+ly\s+)?\p{L}+/giu, 'is')).past;
  if (!byTense) return future.test(clause) || progressive.test(clause);
  // Its own clause first (the part nearest the date that has a verb: "has opened an inquiry and is sending
  // investigators on Wednesday"), then the sentence before.
  // (Only a clause with "and" or "but" has parts to try: the rest go to the tagger once.)
  const parts = clause.split(/\b(?=(?:and|but)\s)/iu);
  const nearest = parts.length === 1 ? clause : (parts.map((_, at) => parts.slice(at).join('')).reverse().find((part) => future.test(part) || progressive.test(part) || ((told) => told.past || told.present)(tenseOf(part))) ?? clause);
  for (const part of [nearest, narration(sentence)]) {
    if (future.test(part)) return true;
    const told = tenseOf(part);
    if (told.past) return false;
    if (told.present || progressive.test(part)) return true;
  }
  // A subject with no verb before the date is told by the verb after it, when that says it is to come: "the home
  // game against Northbrook on Sunday will go ahead" (by a modal: "figures released on Tuesday show more deaths
  // than expected" is no plan).
  // A sentence that ends at the date and whose verb the tagger read as a noun ("Mediterráneo hosts Atlético Duero on
  // Sunday.") is in the present: a fixture to come.
  if (/\p{L}/u.test(sentence.replace(/\b(?:from|on|at|in|by|until|till|before|after|during|early|late)\b/giu, ''))) {
    const after = clauseAfter(text.slice(index + length));
    return /\b(?:will|shall|going to|(?:is|are) due to|(?:is|are) set to|(?:is|are) scheduled to)\b|['’]ll\b/iu.test(after) || (!/\p{L}/u.test(after) && verbReadAsNoun(narration(sentence)));
  }
  // A date that opens its sentence is told by its own clause, after it: "From Friday we expect …", "On Monday the
  // governor said: ‘We will not stop …’" (by its first verb: "… described it as … and said it would …" is past).
  const following = clauseAfter(text.slice(index + length));
  const told = tenseOf(following);
  if (told.past || told.present) return told.present && !told.past;
  return future.test(following) || progressive.test(following);
}

/**
 * A sentence without what it quotes: "‘… the tribunal will see that,’ said the director, at a briefing on Tuesday"
 * tells of the briefing, not of what the quotation looks forward to (a quotation opened in a sentence before ends
 * at its closing mark).
 */
function narration(sentence: string): string {
  const straight = (sentence.match(/"/gu) ?? []).length;
  let told = sentence.replace(/^[^“”]*”/u, ' ').replace(/“[^”]*”/gu, ' ');
  if (straight % 2 === 1) told = told.replace(/^[^"]*"/u, ' ');
  return told.replace(/"[^"]*"/gu, ' ');
}

/** The clause that follows a date, up to the first stop inside its sentence that has words before it. */
function clauseAfter(rest: string): string {
  const sentenceAfter = rest.slice(0, /[.!?](?:\s|$)/u.exec(rest)?.index ?? rest.length);
  clauseEnds.lastIndex = 0;
  return sentenceAfter.slice(0, [...sentenceAfter.matchAll(clauseEnds)].find((match) => /\p{L}/u.test(sentenceAfter.slice(0, match.index)))?.index ?? sentenceAfter.length);
}

// "a day after", "two months before": a count and the word that ties it to what follows.
const countTied = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:(day|week|fortnight)|(month|year))s?\s+(?:after|before)$/iu;

/**
 * "The regulator suspended the licence on Wednesday, a day after the rocket exploded", "the company collapsed in May
 * 2023, two months after it froze withdrawals": a count after the day its sentence names, tied to the clause after
 * it, dates that clause's happening, counted back from that day (chrono counts it on from the writing); set right
 * beside a day that opens the sentence, it only restates it. Without a day before it in its sentence ("A day after
 * two managers were questioned, records show …") it is counted from the day the source told last (`fromAnchor`); when
 * the source has told none, it dates nothing (see `fromAnchor`).
 */
function clauseAfterDay(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
  for (const [at, result] of results.entries()) {
    const count = countTied.exec(result.text.trim());
    if (!count || !result.tags().has('result/relativeDate')) continue;
    // What follows is a clause or a noun phrase of its own ("after the rocket exploded"), not the sentence's end.
    if (!/^\s+[\p{L}\d]/u.test(context.text.slice(result.index + result.text.length))) continue;
    const before = results.slice(0, at).findLast((other) => other.start.isCertain('day') || other.start.isCertain('weekday') || (count[2] !== undefined && other.start.isCertain('month')));
    // Its day is told in the same sentence, just before: "on Wednesday, a day after".
    if (!before || /[.!?]\s/u.test(context.text.slice(before.index + before.text.length, result.index))) {
      result.addTag(tiedTag);
      continue;
    }
    const told = before.start.date();
    // "In February 2023, a month before the first tender was announced, he wrote": set beside the day that opens its
    // sentence, the count restates it.
    // (Only a day that opens its sentence: "the company collapsed in May 2023, two months after it froze withdrawals" counts back.)
    const opening = context.text.slice(0, before.index).split(/[.!?:;]\s/u).at(-1) ?? '';
    if (/^\s*,\s*$/u.test(`${/[\s,]*$/u.exec(before.text)?.[0] ?? ''}${context.text.slice(before.index + before.text.length, result.index)}`) && opening.trim().split(/\s+/u).filter(Boolean).length <= 1) {
      const byDay = before.start.isCertain('day') || before.start.isCertain('weekday');
      result.start.assign('year', told.getUTCFullYear());
      if (byDay || before.start.isCertain('month')) result.start.assign('month', told.getUTCMonth() + 1);
      if (byDay) result.start.assign('day', told.getUTCDate());
      result.addTag(anchoredTag);
      continue;
    }
    const shift = result.start.date().getTime() - context.refDate.getTime();
    let moment: Date;
    if (count[2]) {
      const months = Math.round(shift / (30.44 * 24 * 60 * 60 * 1000));
      moment = new Date(Date.UTC(told.getUTCFullYear(), told.getUTCMonth() - months, Math.min(told.getUTCDate(), 28), 12));
    } else moment = new Date(told.getTime() - shift);
    const start = result.start;
    start.assign('year', moment.getUTCFullYear());
    start.assign('month', moment.getUTCMonth() + 1);
    if (count[1] && (before.start.isCertain('day') || before.start.isCertain('weekday'))) start.assign('day', moment.getUTCDate());
    result.addTag(anchoredTag);
  }
  return results;
}

// "two days later", "four days earlier", "the following day", "that day": counted from the moment told before.
const relativeToAnchor = /\b(?:later|after(?:wards)?|earlier|before)$|^the\s+(?:following|next|previous|preceding)\s|^the\s+(?:day|week|month|year)\s+(?:before|after)\b|^(?:that|the\s+same)\s+(?:day|night|evening|morning|afternoon)$/iu;

// "two days later" counts from the moment told before it, when the source has placed one.
function fromAnchor(context: ParsingContext, result: ParsingResult, state: TimeState): ParsingResult {
  if (relativeToAnchor.test(result.text) && result.tags().has('result/relativeDate') && !result.tags().has(anchoredTag)) {
    // Months and years may count from a month ("in March 2023 … two months later"); days from a day.
    const byMonths = /\b(?:months?|years?)\b/iu.test(result.text);
    const anchor = byMonths ? state.moment : (state.past ?? state.anchor);
    if (anchor) {
      const target = result.start.date();
      const reference = context.refDate;
      const moment = byMonths
        ? new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + (target.getUTCFullYear() - reference.getUTCFullYear()) * 12 + target.getUTCMonth() - reference.getUTCMonth(), Math.min(anchor.getUTCDate(), 28), 12))
        : new Date(anchor.getTime() + (target.getTime() - reference.getTime()));
      result.start.assign('year', moment.getUTCFullYear());
      if (result.start.isCertain('month')) result.start.assign('month', moment.getUTCMonth() + 1);
      else result.start.imply('month', moment.getUTCMonth() + 1);
      if (result.start.isCertain('day')) result.start.assign('day', moment.getUTCDate());
      result.addTag(anchoredTag);
    } else if (result.tags().has(tiedTag)) {
      // A count tied to its clause, with no day told before: chrono would count it from the writing ("a day after" the
      // writing, a day to come), but it counts from the happening its clause tells, which nothing dates. It is left
      // undated rather than read on a wrong day, and places nothing for what follows.
      result.addTag(unanchoredTag);
      return result;
    } else {
      result.addTag(approximateTag);
    }
  }
  // A quotation's "today" may be of the day it was said, not of the writing: it places nothing for what follows;
  // nor does a span of days ("between 7 and 15 July"), which tells a period, not the moment told of.
  if ((isToday(result) && quoted(context.text, result.index)) || /^between\s/iu.test(result.text)) return result;
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
