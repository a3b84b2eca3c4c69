// From a chrono result to a TimeMention: how precise the date is, and whether it is only approximate.
import type { ParsedResult } from 'chrono-node';
import type { SourceMeta, TimeMention } from '../types.ts';
import { isApproximate, isUnanchored } from './chrono.ts';

export type Precision = 'year' | 'month' | 'day';

/** The publication date as chrono's reference: noon UTC of the day, or the middle of a partial date. */
export interface Reference {
  instant: Date;
  precision: Precision;
}

/** Where a source's reference date comes from, in the order it is looked for. */
export type ReferenceKind = 'published' | 'republished' | 'dated line' | 'dateline' | 'dateline, year from the case' | 'dated line, year from the case' | 'the case';

/**
 * The date the source's text was written: its own publication date (from the manifest, or read off a
 * dated line or the dateline, whose year may be the case's: \`inferred\` says which), else the original's date
 * when it republishes another outlet's article (the text was written then).
 */
export function referenceDate(meta: Pick<SourceMeta, 'published' | 'inferred' | 'dateline' | 'republishedFrom' | 'yearFromCase' | 'caseDay'> | undefined): { date: string; kind: ReferenceKind } | null {
  if (!meta) return null;
  if (meta.published) {
    if (!meta.inferred.includes('published')) return { date: meta.published, kind: 'published' };
    // A dateline with a day in it ("LYON, May 4 (Wire) —") dated the text when no dated line did.
    const fromDateline = meta.dateline !== null && /\d/u.test(meta.dateline);
    if (fromDateline && meta.yearFromCase) return { date: meta.published, kind: 'dateline, year from the case' };
    if (meta.yearFromCase) return { date: meta.published, kind: 'dated line, year from the case' };
    return { date: meta.published, kind: fromDateline ? 'dateline' : 'dated line' };
  }
  if (meta.republishedFrom?.published) return { date: meta.republishedFrom.published, kind: 'republished' };
  if (meta.caseDay) return { date: meta.caseDay, kind: 'the case' };
  return null;
}

/** Would the case's dates date this source: a dateline or a day line that gives a day and a month and no date found for the text, or a date in numbers read two ways? */
export function wantsCaseYear(meta: Pick<SourceMeta, 'published' | 'republishedFrom' | 'publishedEither' | 'yearFromText'>): boolean {
  // (A date in numbers that reads two ways, "11/02/2027", is decided by the other sources' dates too; so is a
  // dateline's year that only the article's text gave, and a text with no date at all is read against theirs.)
  if (meta.publishedEither || meta.yearFromText) return true;
  return !meta.published && !meta.republishedFrom?.published;
}

/** The dates the sources were written, as they themselves give them: what a dateline without a year is dated by. */
export function caseDates(metas: Array<Pick<SourceMeta, 'published' | 'inferred' | 'dateline' | 'republishedFrom' | 'yearFromCase' | 'publishedEither' | 'yearFromText' | 'caseDay'>>): string[] {
  return metas.flatMap((meta) => {
    if (meta.publishedEither || meta.yearFromText) return [];
    const reference = referenceDate(meta);
    return reference && !reference.kind.endsWith('year from the case') && reference.kind !== 'the case' ? [reference.date] : [];
  });
}

const rank: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** Read `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else gives no reference. */
export function referenceOf(published: string | null | undefined): Reference | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published ?? '');
  if (!match) return null;
  const [, year, month, date] = match;
  const precision: Precision = date ? 'day' : month ? 'month' : 'year';
  const instant = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 6, date ? Number(date) : month ? 15 : 1, 12));
  return { instant, precision };
}

export function toMention(result: ParsedResult, base: number, reference: Reference | null): TimeMention {
  const start = base + result.index;
  const mention = { text: result.text.replace(/[\s,.;:]+$/u, ''), start, end: 0, date: null as string | null, approximate: true };
  mention.end = start + mention.text.length;
  const explicitYear = /\b\d{4}\b/.test(result.text);
  // Without a publication date only a date that names its year can be placed.
  if (!reference && !explicitYear) return mention;
  let precision = precisionOf(result);
  // A count from a happening the text does not date ("a day after the inspection") names no date.
  if (!precision || isUnanchored(result)) return mention;
  let approximate = isApproximate(result);
  if (reference && !explicitYear && rank[precision] > rank[reference.precision]) {
    precision = reference.precision;
    approximate = true;
  }
  mention.date = format(result.start.date(), precision);
  mention.approximate = approximate;
  return mention;
}

function precisionOf(result: ParsedResult): Precision | null {
  const start = result.start;
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day';
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  return null;
}

function format(date: Date, precision: Precision): string {
  const iso = date.toISOString();
  return precision === 'day' ? iso.slice(0, 10) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/**
 * The day a source with no date of its own is read against: of the days the case's other sources were written
 * (days only), the week that holds the most of them, and its latest day (a weekday it names, "on Monday", is then
 * in that week's past, not the week before). Null without such days.
 */
export function caseDayOf(caseDates: string[]): string | null {
  const days = caseDates.filter((date) => /^\d{4}-\d{2}-\d{2}$/u.test(date)).sort();
  if (days.length === 0) return null;
  const week = 6 * 24 * 60 * 60 * 1000;
  let best: { count: number; last: string } | null = null;
  for (const [index, first] of days.entries()) {
    const inWeek = days.slice(index).filter((day) => Date.parse(day) - Date.parse(first) <= week);
    if (!best || inWeek.length > best.count) best = { count: inWeek.length, last: inWeek.at(-1)! };
  }
  return best?.last ?? null;
}
