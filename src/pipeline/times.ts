// Stage: time expressions in each paragraph (`data.times`), dated against the best date the source has
// (`referenceDate`); without one, only dates that name their year are placed and the rest stay approximate.
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { writesDayFirst } from './meta-lines.ts';
import { createTimeParser, isToday, quoted, type TimeState } from './times/chrono.ts';
import { clockOnly, clockSpan, dayOfClock, lastDay, mainDayOf, occasionsOf, occasionTimes, placesDay, redate, redateQuotedToday, todayOfQuotingSentence, toldOn, type DayContext } from './times/days.ts';
import { mayHoldTime } from './times/needs.ts';
import { referenceDate, referenceOf, toMention } from './times/resolve.ts';
import type { TimeMention } from './types.ts';

// Times a reader notes that no calendar can place; kept so the paragraph shows them, undated ("no later than" is a
// deadline's words, "later on Tuesday" the day's: not a time of its own).
const undatable = /\b(?:in recent (?:years|months|weeks)|recently|at this point|at the time|subsequently|immediately|soon after|in a given year|only later|(?<!\b(?:no|not)\s)later(?!\s+(?:than|on|that|this|in the)\b))\b/giu;

// "at 2:30pm", "in the evening", "shortly after 8 a.m.": a time of the day `dayOfClock` finds, approximate;
// without such a day (or without a date of writing, when chrono would count from today's clock) it names no date
// and is left out.
function clockTime(result: ParsedResult, base: number, day: Date | null, before: string): TimeMention[] {
  if (!day || !/\d|morning|afternoon|evening|night|midday|noon|midnight|dawn|daybreak|sunrise|sunset|dusk|o['’]clock|minutes?|hours?/iu.test(result.text)) return [];
  // "their morning briefing book", "a night shift": a part of the day that names a thing, not a time.
  if (/^(?:morning|afternoon|evening|night)$/iu.test(result.text.trim()) && /(?:\b(?:their|his|her|its|our|my|your|a|an)|['’]s)\s+$/iu.test(before)) return [];
  const text = result.text.replace(/[\s,.;:]+$/u, '');
  const start = base + result.index;
  return [{ text, start, end: start + text.length, date: day.toISOString().slice(0, 10), approximate: true }];
}

// Once per source: without a publication date, "on Tuesday" cannot be placed, and the reader should know why.
function warnUnplaced(file: VFile, paragraph: Paragraph, time: TimeMention, base: number): void {
  const line = paragraph.position?.start.line ?? 1;
  const column = (paragraph.position?.start.column ?? 1) + (time.start - base);
  const message = file.message(
    `Unexpected relative time (“${time.text}”) in a source without a publication date, expected \`published\` in the manifest or a dated line; its times stay approximate`,
    {
      place: { start: { line, column, offset: time.start }, end: { line, column: column + time.text.length, offset: time.end } },
      ruleId: 'time-unplaced',
      source: 'casefile',
    },
  );
  message.fatal = false;
}

/** True for a time no calendar can place ("recently", "at the time"). */
export function isUndatable(text: string): boolean {
  undatable.lastIndex = 0;
  const match = undatable.exec(text);
  undatable.lastIndex = 0;
  return match?.[0].length === text.length;
}

// "now", "for nine hours", "in ten minutes", "the last days": a present, a duration or a span, not a date
// ("within hours" is: the day of the moment told before; "in the early hours" a part of a day).
const notADate = /^(?:(?:right )?now|for\b.*|(?:in|within|after)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several)\s+(?:seconds?|minutes?|hours?|days|weeks|months|years|decades)|(?!within\s+(?:hours|minutes|an hour|the hour)$)(?!.*\b(?:early|small|wee)\s+hours\b).*\b(?:seconds?|minutes?|hours?)|(?:the\s+)?(?:last|past|next|coming)\s+(?:few\s+)?(?:days|weeks|months|years))$/i;

// "have spent the past year pitching", "over the last month": the span up to the writing, not last year or last month.
const pastSpan = (readable: string, result: ParsedResult) => /^(?:past|last)\s+(?:year|month|week|decade)$/iu.test(result.text.trim()) && /\bthe\s+$/iu.test(readable.slice(0, result.index));


const stampMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const stampMonth = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const stampClock = '\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?\\s?[Mm]\\.?)?';
// "10:41 a.m. Sept. 16", "Oct 15, 10:26 AM EDT", "16 Mar 14.05 GMT": the time stamp of a live page's post, a line of its own.
const postStamp = new RegExp(
  `^(?:${stampClock},?\\s+(?:${stampMonth}\\s+(\\d{1,2})|(\\d{1,2})\\s+${stampMonth})|(?:${stampMonth}\\s+(\\d{1,2})|(\\d{1,2})\\s+${stampMonth}),?\\s+${stampClock})(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?$`,
  'u',
);

/** The day a live page's post stamp names, in the year that puts it nearest the date of writing. */
function stampDay(text: string, reference: Date): Date | null {
  const match = postStamp.exec(text.trim());
  if (!match) return null;
  const name = (match[1] ?? match[4] ?? match[5] ?? match[8] ?? '').toLowerCase();
  const day = Number(match[2] ?? match[3] ?? match[6] ?? match[7]);
  const month = stampMonths.indexOf(name.slice(0, 3));
  if (month === -1 || !(day >= 1 && day <= 31)) return null;
  const year = reference.getUTCFullYear();
  return [year - 1, year, year + 1].map((candidate) => new Date(Date.UTC(candidate, month, day, 12))).sort((a, b) => Math.abs(a.getTime() - reference.getTime()) - Math.abs(b.getTime() - reference.getTime()))[0] ?? null;
}

/** The minute of the day a stamp's clock names ("1:12 a.m.", "14.05"), or null. */
function clockMinutes(text: string): number | null {
  const match = /(\d{1,2})[:.](\d{2})\s*(?:([AaPp])\.?\s?[Mm]\.?)?/u.exec(text);
  if (!match) return null;
  // (Without "a.m." or "p.m." the clock is of twenty-four hours: "22.10" is ten past ten at night.)
  const hour = match[3] ? (Number(match[1]) % 12) + (/p/iu.test(match[3]) ? 12 : 0) : Number(match[1]);
  return hour * 60 + Number(match[2]);
}

// Before this minute of its day, a post still tells of the evening before: its "tonight" and its "midnight".
const smallHours = 5 * 60;

/**
 * The day of a time of day in a post stamped with its clock ("1:12 a.m. Sept. 16"), when its paragraph names no day
 * before it: the stamp's day, or the day before for a time later than the stamp ("shortly after 10:30 p.m." posted at
 * "1:12 a.m."; "by midnight", the one that ended the evening).
 */
function dayOfStampedClock(result: ParsedResult, entry: { results: ParsedResult[] }, stamp: { day: Date; minutes: number | null } | null): Date | null {
  // (The post's own "today" or "tonight" is no day named: it is told from the stamp.)
  if (!stamp || stamp.minutes === null || entry.results.some((other) => other.index < result.index && placesDay(other) && !isToday(other))) return null;
  const minutes = /\bmidnight\b/iu.test(result.text) ? 24 * 60 : result.start.isCertain('hour') ? (result.start.get('hour') ?? 0) * 60 + (result.start.get('minute') ?? 0) : null;
  if (minutes === null) return null;
  return minutes <= stamp.minutes + 30 ? stamp.day : new Date(stamp.day.getTime() - 24 * 60 * 60 * 1000);
}

// "16:20", "21.35 GMT", "2:31 PM EDT": a post's stamp that gives its clock only, a line of its own.
const clockStamp = new RegExp(`^${stampClock}(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?$`, 'u');

const dayLength = 24 * 60 * 60 * 1000;

/** A live page's post stamp: the line, where it stands in the text, the day it names and its clock. */
interface PostStamp {
  line: number;
  start: number;
  end: number;
  text: string;
  day: Date;
  minutes: number | null;
  /** True when the stamp gives its clock only and its day is the one the stamps before it reached. */
  clockOnly: boolean;
}

/**
 * A live page's posts, each under its time stamp ("10:41 a.m. Sept. 16", "16:20"): a post is written on the day its
 * stamp names, which may be a day or two after the page was first published. The stamps, by line, from the removed
 * lines and the headings; only stamps within a week of the date of writing. A stamp with a clock only counts on a
 * page with three of them or more that run one way (newest first or oldest first): its day is the day of the dated
 * stamp above it, or the date of writing, a day earlier (or later) each time the clock turns back.
 */
function postDays(tree: Root, removed: Array<{ text: string; line: number; start: number; end: number }>, reference: Date): PostStamp[] {
  const headings = tree.children.filter((node) => node.type === 'heading').map((node) => ({ text: toString(node), line: node.position?.start.line ?? 0, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 }));
  const lines = [...removed, ...headings].filter(({ text }) => text.length <= 40).sort((a, b) => a.line - b.line);
  // (A page's stamps share one shape: "2:07" among "4:41 p.m." stamps is a video's length, not a post's clock.)
  const shapes = lines.filter(({ text }) => clockStamp.test(text.trim())).map(({ text }) => stampShape(text.trim()));
  const shape = mostCommon(shapes);
  const candidates = lines.filter(({ text }) => clockStamp.test(text.trim()) && stampShape(text.trim()) === shape).map(({ text, line }) => ({ line, minutes: clockMinutes(text) ?? 0 }));
  const signs = (clocks: Array<{ minutes: number }>) => clocks.slice(1).map((clock, index) => Math.sign(clock.minutes - clocks[index]!.minutes));
  const way = (clocks: Array<{ minutes: number }>) => (signs(clocks).filter((sign) => sign < 0).length >= signs(clocks).filter((sign) => sign > 0).length ? -1 : 1);
  // (A clock out of order between two stamps in order, "2:07" between "23:40" and "21:05", is a video's length.)
  const rough = way(candidates);
  const inOrder = (a: { minutes: number }, b: { minutes: number }) => Math.sign(b.minutes - a.minutes) !== -rough;
  const stamped = candidates.filter((clock, index) => {
    const before = candidates[index - 1];
    const after = candidates[index + 1];
    return !(before && after && inOrder(before, after) && !(inOrder(before, clock) && inOrder(clock, after)));
  });
  const pairs = signs(stamped);
  const against = pairs.filter((sign) => sign === -way(stamped)).length;
  // (One turn of the clock per day the page runs over; more, and the clocks are not one page's stamps.)
  const direction = stamped.length >= 3 && against <= Math.max(1, Math.floor(pairs.length / 4)) ? way(stamped) : 0;
  const clockLines = new Set(stamped.map((clock) => clock.line));
  const isClockStamp = (text: string, line: number) => clockLines.has(line) && clockStamp.test(text);
  const stamps: PostStamp[] = [];
  let day: Date = reference;
  let previous: number | null = null;
  for (const { text, line, start, end } of lines) {
    const trimmed = text.trim();
    const dated = stampDay(trimmed, reference) ?? headingDay(trimmed, reference);
    if (dated) {
      day = dated;
      previous = clockMinutes(trimmed);
    } else if (direction !== 0 && isClockStamp(trimmed, line)) {
      const minutes = clockMinutes(trimmed);
      if (minutes !== null && previous !== null && Math.sign(minutes - previous) === -direction) day = new Date(day.getTime() + direction * dayLength);
      previous = minutes;
    } else continue;
    if (Math.abs(day.getTime() - reference.getTime()) > 7 * dayLength) continue;
    stamps.push({ line, start, end, text: trimmed, day, minutes: clockMinutes(trimmed), clockOnly: !dated });
  }
  return stamps;
}

/** How a clock stamp is written: its separator, with or without "a.m."/"p.m.", with or without a zone. */
function stampShape(text: string): string {
  return `${/\d:\d/u.test(text) ? ':' : '.'}${/\d\s*[AaPp]\.?\s?[Mm]/u.test(text) ? 'm' : ''}${/[A-Z]{2,5}(?:[+-]\d{1,2})?$/u.test(text) ? 'z' : ''}`;
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

// "Tuesday 24 November", "Monday, Nov. 23, 2026": a live page's heading over the posts of one day.
const dayHeading = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${stampMonth}|${stampMonth}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+((?:19|20)\\d{2}))?$`, 'u');

/** The day a day heading names, in its year or the one that puts it nearest the date of writing. */
function headingDay(text: string, reference: Date): Date | null {
  const match = dayHeading.exec(text);
  if (!match) return null;
  const month = stampMonths.indexOf((match[2] ?? match[3] ?? '').slice(0, 3).toLowerCase());
  const day = Number(match[1] ?? match[4]);
  if (month === -1 || !(day >= 1 && day <= 31)) return null;
  const year = reference.getUTCFullYear();
  const years = match[5] ? [Number(match[5])] : [year - 1, year, year + 1];
  return years.map((candidate) => new Date(Date.UTC(candidate, month, day, 12))).sort((a, b) => Math.abs(a.getTime() - reference.getTime()) - Math.abs(b.getTime() - reference.getTime()))[0] ?? null;
}

/** A post's stamp as a time of the post: kept with the paragraph that follows it (its offsets are the stamp's own). */
function stampMention(stamp: PostStamp, text: string): TimeMention {
  const at = text.indexOf(stamp.text, stamp.start);
  const start = at >= 0 && at < stamp.end ? at : stamp.start;
  return { text: stamp.text, start, end: start + stamp.text.length, date: stamp.day.toISOString().slice(0, 10), approximate: stamp.clockOnly };
}

// "Update, 14 March:", "UPDATED (Aug. 26, 2:45 p.m.) —", "Correction, May 3:": a paragraph an outlet added on a later
// day, opened by that day; its weekdays and its "today" are told from it, not from the first publication.
const updateLead = /^(?:update[ds]?|correction|clarification|editor['’]s note)\b[\s,(]*(?:on\s+)?((?:[^:;()\n—–]|:(?=\d)){3,40}?)\s*(?:\)\s*)?[:—–]\s/iu;

/** The day an update's lead names ("Update, August 26, 2:45 p.m.:"), within a week of the date of writing, or null. */
export function updateDay(text: string, reference: Date): Date | null {
  const lead = updateLead.exec(text)?.[1];
  if (!lead || !/\d/u.test(lead)) return null;
  const [result] = chrono.casual.parse(lead, { instant: reference, timezone: 0 }, { forwardDate: false });
  if (!result || !result.start.isCertain('day') || !result.start.isCertain('month')) return null;
  const date = result.start.date();
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12));
  return Math.abs(day.getTime() - reference.getTime()) <= 7 * 24 * 60 * 60 * 1000 ? day : null;
}

export default function findTimes() {
  const state: TimeState = { anchor: null, past: null, moment: null, written: null };
  const monthFirst = createTimeParser(state);
  let dayFirst: chrono.Chrono | null = null;
  return (tree: Root, file: VFile) => {
    const against = referenceDate(file.data.meta);
    const reference = referenceOf(against?.date);
    // (Read against the case's day, not its own: every time it places without naming its year is approximate.)
    const guessed = against?.kind === 'the case';
    // (A page that writes "14/05/2025" means 3 February by its "3/2/2025".)
    const parser = writesDayFirst(String(file.value)) ? (dayFirst ??= createTimeParser(state, true)) : monthFirst;
    Object.assign(state, { anchor: null, past: null, moment: null, written: reference ? reference.instant.getTime() : null });
    const stamps = reference?.precision === 'day' ? postDays(tree, file.data.removed ?? [], reference.instant) : [];
    // Read every paragraph first: a time of day may be of the day the source tells of most, named later.
    const read = tree.children.flatMap((node) => {
      if (node.type !== 'paragraph') return [];
      const paragraph = node as Paragraph;
      const text = toString(paragraph);
      // "next month's race", "last week's vote": chrono reads the time without its possessive (same length, same offsets).
      let readable = text.replace(/\b(day|night|week|month|year|weekend|morning|evening|afternoon|today|tonight|yesterday|tomorrow)(['’]s)\b/giu, (_, word: string) => `${word}  `);
      const before = { anchor: state.anchor, past: state.past };
      // A live page's post is read against the day of its stamp.
      const line = paragraph.position?.start.line ?? 0;
      const stamp = stamps.findLast((candidate) => candidate.line < line);
      // (An update opens its own paragraph only: what follows it is often the story as first written.)
      const updated = reference?.precision === 'day' && /^(?:update|correction|clarification|editor)/iu.test(text) ? updateDay(text, reference.instant) : null;
      const own = reference && updated ? { instant: updated, precision: reference.precision } : reference && stamp ? { instant: stamp.day, precision: reference.precision } : reference;
      // (Its lead word is no verb of the sentence: "Update, Aug. 26: the quake that hit on Wednesday …" tells no present.)
      if (updated) readable = readable.replace(/^\p{L}+(?:['’]s\s+\p{L}+)?/u, (word) => ' '.repeat(word.length));
      if (own) state.written = own.instant.getTime();
      // A paragraph with no word any date parser accepts gets no reading from them: skip it (times/needs.ts).
      const results = mayHoldTime(readable) ? parser.parse(readable, own ? { instant: own.instant, timezone: 0 } : undefined, { forwardDate: false }) : [];
      // "Tonight" in a post stamped in the small hours is the evening before.
      if (stamp && !updated && stamp.minutes !== null && stamp.minutes < smallHours) {
        for (const result of results) if (isToday(result) && /\b(?:tonight|this evening)\b/iu.test(result.text)) redate(result, new Date(stamp.day.getTime() - 24 * 60 * 60 * 1000));
      }
      return [{ paragraph, text, readable, results, before, own, stamp: updated ? null : (stamp ?? null) }];
    });
    // A moment up to half a day past the day of writing is still of that day.
    const latest = Math.max(reference ? reference.instant.getTime() : -Infinity, ...stamps.map((stamp) => stamp.day.getTime()));
    const pageWritten = reference ? latest + 12 * 60 * 60 * 1000 : Infinity;
    const context: DayContext = { written: pageWritten, previous: null, mainDay: mainDayOf(read, pageWritten), writing: null, occasions: occasionsOf(read) };
    let said: Date | null = null;
    let warned = false;
    // Each post stamp, as a time of the first paragraph after it; so too a date a heading names ("What happened on Oct. 14?").
    const stampsOf = new Map<Paragraph, TimeMention[]>();
    const headingDays = new Map<Paragraph, Date>();
    const attach = (line: number, mentions: TimeMention[]) => {
      const next = read.find((entry) => (entry.paragraph.position?.start.line ?? 0) > line);
      if (next && mentions.length > 0) stampsOf.set(next.paragraph, [...(stampsOf.get(next.paragraph) ?? []), ...mentions]);
    };
    for (const stamp of stamps) attach(stamp.line, [stampMention(stamp, String(file.value))]);
    if (reference) {
      const stamped = new Set(stamps.map((stamp) => stamp.line));
      const saved = { ...state };
      for (const node of tree.children) {
        const line = node.position?.start.line ?? 0;
        if (node.type !== 'heading' || stamped.has(line)) continue;
        const text = toString(node);
        if (!/\d/u.test(text)) continue;
        const stamp = stamps.findLast((candidate) => candidate.line < line);
        const own = stamp ? { instant: stamp.day, precision: reference.precision } : reference;
        state.written = own.instant.getTime();
        const base = node.position?.start.offset ?? 0;
        const at = String(file.value).indexOf(text, base);
        // (A heading's date only: its clock is no moment of the story, its "today" told from nothing.)
        const results = parser.parse(text, { instant: own.instant, timezone: 0 }, { forwardDate: false }).filter((result) => !notADate.test(result.text.trim()) && !clockOnly(result) && !clockSpan(result) && (result.start.isCertain('day') || result.start.isCertain('month') || result.start.isCertain('year')));
        if (at < 0) continue;
        attach(line, results.map((result) => toMention(result, at, own)));
        // (A heading that names one day, "What happened on May 4?", is the day its section's times of day are of.)
        const days = results.filter((result) => result.start.isCertain('day'));
        const next = read.find((entry) => (entry.paragraph.position?.start.line ?? 0) > line);
        if (days.length === 1 && next) headingDays.set(next.paragraph, days[0]!.start.date());
      }
      Object.assign(state, saved);
    }
    for (const entry of read) {
      const { paragraph, text, results, own, stamp } = entry;
      const base = paragraph.position?.start.offset ?? 0;
      const written = own ? own.instant.getTime() + 12 * 60 * 60 * 1000 : Infinity;
      context.written = written;
      context.writing = own?.precision === 'day' ? own.instant : null;
      redateQuotedToday(entry, said, written);
      context.previous = headingDays.get(paragraph) ?? context.previous;
      const times: TimeMention[] = results
        .filter((result) => !notADate.test(result.text.trim()) && !pastSpan(entry.readable, result))
        .flatMap((result) => (clockOnly(result) || clockSpan(result) ? clockTime(result, base, reference ? (dayOfStampedClock(result, entry, stamp?.clockOnly ? null : stamp) ?? dayOfClock(result, entry, context)) : null, entry.readable.slice(0, result.index)) : [toMention(result, base, own)]));
      // A time an occasion places ("on the morning of the outage") is read whole, in place of what chrono read of it ("morning").
      const occasional = reference ? occasionTimes(entry.readable, base, context.occasions, times, context.previous) : [];
      if (occasional.length > 0) {
        const kept = times.filter((time) => !occasional.some((other) => time.start < other.end && other.start < time.end));
        times.splice(0, times.length, ...kept, ...occasional);
      }
      // A quotation's "today" is of the day its sentence says it was said.
      if (reference) todayOfQuotingSentence(entry.readable, base, times);
      // (A day named inside a quotation is what someone said, not the day the story has reached; nor is the day on which
      // someone said something, "Dr Roe said on Friday: …".)
      context.previous = lastDay(results.filter((result) => !quoted(entry.readable, result.index) && !toldOn(entry.readable, result)), written);
      said = lastDay(results, written, true);
      times.push(...undatableIn(text, base, times), ...(stampsOf.get(paragraph) ?? []));
      if (guessed) for (const time of times) if (!/\b\d{4}\b/u.test(time.text)) time.approximate = true;
      (paragraph.data ??= {}).times = times.sort((a, b) => a.start - b.start);
      const unplaced = guessed ? times.find((time) => time.start >= base && time.approximate && !isUndatable(time.text)) : reference ? undefined : times.find((time) => !time.date && !isUndatable(time.text));
      if (unplaced && !warned) {
        warned = true;
        warnUnplaced(file, paragraph, unplaced, base);
      }
    }
  };
}

/** "Recently", "at the time": times no calendar places, kept undated where no dated time covers them. */
function undatableIn(text: string, base: number, times: TimeMention[]): TimeMention[] {
  return [...text.matchAll(undatable)].flatMap((match) => {
    const start = base + (match.index ?? 0);
    const end = start + match[0].length;
    return times.some((time) => time.start < end && start < time.end) ? [] : [{ text: match[0], start, end, date: null, approximate: true }];
  });
}
