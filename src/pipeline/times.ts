// Stage: time expressions in each paragraph (`data.times`), dated against the best date the source has
// (`referenceDate`); without one, only dates that name their year are placed and the rest stay approximate.
import type { ParsedResult } from 'chrono-node';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { createTimeParser, isToday, looksAhead, type TimeState } from './times/chrono.ts';
import { referenceDate, referenceOf, toMention } from './times/resolve.ts';
import type { TimeMention } from './types.ts';

// Times a reader notes that no calendar can place; kept so the paragraph shows them, undated.
const undatable = /\b(?:in recent (?:years|months|weeks)|recently|at this point|at the time|subsequently|immediately|soon after|in a given year|only later|later)\b/giu;

// "in the morning", "at 5pm": a time of day says nothing about the case's calendar.
const clockOnly = (result: ParsedResult) => !(['day', 'weekday', 'month', 'year'] as const).some((unit) => result.start.isCertain(unit));

// "three minutes after the slide", "23 minutes later": a moment of the day the source tells of, counted from an event.
const clockSpan = (result: ParsedResult) => /\b(?:seconds?|minutes?|hours?)\s+(?:after|later|afterwards|before|earlier)\b/iu.test(result.text);

// A reading that names a day ("on Saturday", "14 February"), not a time of day or a span counted in minutes.
const placesDay = (result: ParsedResult) => !clockOnly(result) && !clockSpan(result) && (result.start.isCertain('day') || result.start.isCertain('weekday'));

// "at 2:30pm", "in the evening", "shortly after 8 a.m.": a time of the day the source last told of (or of the
// day it was written), approximate; without such a day it names no date and is left out.
function clockTime(result: ParsedResult, base: number, day: Date | null, before: string): TimeMention[] {
  if (!day || !/\d|morning|afternoon|evening|night|midday|noon|midnight|minutes?|hours?/iu.test(result.text)) return [];
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

// Words before "night" or "day" that make no occasion of it: articles, prepositions, a time of their own.
const notOccasion = /^(?:.{1,3}|that|this|these|those|last|next|every|each|same|some|other|another|following|previous|late|early|through|throughout|during|from|until|into|over|across|when|while|before|after|since|their|your|whose|which|what|yesterday|tomorrow|good|whole|entire|first|second|third|final|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;

/** The occasion a bare "night" or "day" is of ("election night", "polling day"), or null. */
function occasionOf(text: string, result: ParsedResult): string | null {
  if (!/^(?:night|day|evening|morning)$/iu.test(result.text.trim())) return null;
  const word = /(\p{L}+)\s+$/u.exec(text.slice(0, result.index))?.[1];
  return word && !notOccasion.test(word) ? word.toLowerCase() : null;
}

/** Occasions the source dates: "the May 6 election", "election night, May 6". */
function occasionsOf(read: Array<{ readable: string; results: ParsedResult[] }>): Map<string, Date> {
  const dated = new Map<string, Date>();
  for (const { readable, results } of read) {
    for (const result of results) {
      if (!placesDay(result)) continue;
      const after = /^\s+(\p{Ll}+)/u.exec(readable.slice(result.index + result.text.length))?.[1];
      if (after && /\bthe\s+$/iu.test(readable.slice(0, result.index))) dated.set(after, result.start.date());
      const before = /(\p{L}+)\s+$/u.exec(readable.slice(0, result.index))?.[1];
      if (before && !notOccasion.test(before) && /^(?:night|day|evening|morning)\b/iu.test(result.text)) dated.set(before.toLowerCase(), result.start.date());
    }
  }
  return dated;
}

/** Is `index` inside a quotation of the text: more quotation marks opened than closed before it? */
function quoted(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const opened = (before.match(/[“‘]|(?<![\p{L}\p{N}])"/gu) ?? []).length;
  const closed = (before.match(/[”’](?![\p{L}])|(?<=[\p{L}\p{N}.,!?])"/gu) ?? []).length;
  return opened > closed;
}

// How long before the writing a quotation's "today" may have been said.
const quoteAge = 3 * 24 * 60 * 60 * 1000;

/**
 * "Our thoughts are with the families who lost a loved one this morning", quoted in the next day's paper: the
 * "today" of a quotation is the day its paragraph names (or `said`, the day the paragraph before names when the
 * quotation opens its own), when that is a day or two before the writing; else it stays the day of writing.
 */
function toldDay(result: ParsedResult, results: ParsedResult[], said: Date | null, written: number): void {
  const own = results.filter((other) => placesDay(other) && !toldFromNow(other) && other.start.date().getTime() <= written).at(-1)?.start.date() ?? null;
  const day = own ?? said;
  if (!day || written - day.getTime() > quoteAge) return;
  const start = result.start as ParsedResult['start'] & { assign(unit: string, value: number): unknown };
  start.assign('year', day.getUTCFullYear());
  start.assign('month', day.getUTCMonth() + 1);
  start.assign('day', day.getUTCDate());
}

/** A day told from the writing ("today", "last night", "yesterday"): it says nothing of when a quotation was said. */
const toldFromNow = (result: ParsedResult) =>
  isToday(result) || (!result.start.isCertain('weekday') && !result.start.isCertain('day') && [...result.tags()].some((tag) => tag.startsWith('casualReference')));

/** True for a time no calendar can place ("recently", "at the time"). */
export function isUndatable(text: string): boolean {
  undatable.lastIndex = 0;
  const match = undatable.exec(text);
  undatable.lastIndex = 0;
  return match?.[0].length === text.length;
}

// "now", "for nine hours", "in ten minutes", "the last days": a present, a duration or a span, not a date.
const notADate = /^(?:(?:right )?now|for\b.*|(?:in|within|after)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several)\s+(?:seconds?|minutes?|hours?|days|weeks|months|years|decades)|.*\b(?:seconds?|minutes?|hours?)|(?:the\s+)?(?:last|past|next|coming)\s+(?:few\s+)?(?:days|weeks|months|years))$/i;

export default function findTimes() {
  const state: TimeState = { anchor: null, past: null, moment: null, written: null };
  const parser = createTimeParser(state);
  return (tree: Root, file: VFile) => {
    const reference = referenceOf(referenceDate(file.data.meta)?.date);
    state.anchor = null;
    state.past = null;
    state.moment = null;
    state.written = reference ? reference.instant.getTime() : null;
    let warned = false;
    // Read every paragraph first: a time of day told before any day is of the first day the source names (a
    // report written on Sunday tells Saturday's events "at 11:43"; a live page names the day at its end).
    const read = tree.children.flatMap((node) => {
      if (node.type !== 'paragraph') return [];
      const paragraph = node as Paragraph;
      const text = toString(paragraph);
      // "next month's race", "last week's vote": chrono reads the time without its possessive (same length, same offsets).
      const readable = text.replace(/\b(day|night|week|month|year|weekend|morning|evening|afternoon)(['’]s)\b/giu, (_, word: string) => `${word}  `);
      const before = { anchor: state.anchor, past: state.past };
      const results = parser.parse(readable, reference ? { instant: reference.instant, timezone: 0 } : undefined, { forwardDate: false });
      return [{ paragraph, text, readable, results, before }];
    });
    // Only a day before the writing: a live page also names days still to come ("the peak on Thursday").
    const named = read.flatMap((entry) => entry.results).find((result) => placesDay(result))?.start.date() ?? null;
    const firstDay = named && (!reference || reference.precision !== 'day' || named.getTime() < reference.instant.getTime() - 12 * 60 * 60 * 1000) ? named : null;
    // The day the source tells of most: the day of its times of day that no paragraph near them dates.
    const counts = new Map<string, { date: Date; count: number; first: number }>();
    read.flatMap((entry) => entry.results).forEach((result, at) => {
      if (!placesDay(result) || (reference && result.start.date().getTime() > reference.instant.getTime() + 12 * 60 * 60 * 1000)) return;
      const key = result.start.date().toISOString().slice(0, 10);
      const entry = counts.get(key) ?? { date: result.start.date(), count: 0, first: at };
      entry.count++;
      counts.set(key, entry);
    });
    const mainDay = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0]?.date ?? null;
    const occasions = occasionsOf(read);
    let previous: Date | null = null;
    let previousSaid: Date | null = null;
    for (const { paragraph, text, readable, results, before } of read) {
      const base = paragraph.position?.start.offset ?? 0;
      const fallback = firstDay ?? (reference?.precision === 'day' ? reference.instant : null);
      // A time of day belongs to the day named last before it in its own paragraph, else to a day told before:
      // a day not after the writing, unless the time's clause looks ahead ("the hearing will open at 10am").
      const written = reference ? reference.instant.getTime() + 12 * 60 * 60 * 1000 : Infinity;
      const dayBefore = (result: ParsedResult) => {
        // "on election night": the night of the election the source dates, or no day at all.
        const occasion = occasionOf(readable, result);
        if (occasion) return occasions.get(occasion) ?? null;
        const ahead = looksAhead(readable, result.index, result.text.length, false);
        const named = results.filter((other) => other.index < result.index && placesDay(other) && (ahead || other.start.date().getTime() <= written)).at(-1)?.start.date();
        if (named) return named;
        if (ahead) return before.anchor ?? fallback;
        // "that evening" is of the day told last; "in the afternoon", "at 2pm" of the day the paragraph before
        // names, else of the day the source tells of most.
        return (/^that\s/iu.test(result.text) ? before.past : (previous ?? mainDay)) ?? fallback;
      };
      // A quotation that opens its paragraph was said where the paragraph before says it was.
      const said = /^[“‘"']/u.test(readable) ? previousSaid : null;
      for (const result of results) if (isToday(result) && quoted(readable, result.index)) toldDay(result, results, said, written);
      const times: TimeMention[] = results
        .filter((result) => !notADate.test(result.text.trim()))
        .flatMap((result) => (clockOnly(result) || clockSpan(result) ? clockTime(result, base, dayBefore(result), readable.slice(0, result.index)) : [toMention(result, base, reference)]));
      previous = results.filter((other) => placesDay(other) && other.start.date().getTime() <= written).at(-1)?.start.date() ?? null;
      previousSaid = results.filter((other) => placesDay(other) && !toldFromNow(other) && other.start.date().getTime() <= written).at(-1)?.start.date() ?? null;
      for (const match of text.matchAll(undatable)) {
        const start = base + (match.index ?? 0);
        const end = start + match[0].length;
        if (times.some((time) => time.start < end && start < time.end)) continue;
        times.push({ text: match[0], start, end, date: null, approximate: true });
      }
      (paragraph.data ??= {}).times = times.sort((a, b) => a.start - b.start);
      const unplaced = reference ? undefined : times.find((time) => !time.date && !isUndatable(time.text));
      if (unplaced && !warned) {
        warned = true;
        warnUnplaced(file, paragraph, unplaced, base);
      }
    }
  };
}
