// chrono-node, taught what news prose needs (parsers.ts: "earlier this year", a bare "in 2019", seasons…;
// refiners.ts: weekdays in the past of the writing, "two days later" counted from the moment told before it).
import * as chrono from 'chrono-node';
import { parsers, where } from './parsers.ts';
import { refiners, type TimeState } from './refiners.ts';

export { isApproximate, isToday, isUnanchored, quoted } from './parsers.ts';
export { looksAhead, type TimeState } from './refiners.ts';

const monthWord = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

// What every match of chrono's parsers holds (their patterns, in chrono-node 2.10, open with `(\W|^)` and so
// are tried at every character): a weekday's or a month's first letters, digits, the word that ends "three
// days ago". A paragraph without it is not read by that parser at all.
export const parserNeeds: Record<string, RegExp> = {
  ENWeekdayParser: /mon|tue|wed|thu|fri|sat|sun|week/i,
  ENTimeExpressionParser: /\d/,
  ENMonthNameLittleEndianParser: monthWord,
  ENMonthNameMiddleEndianParser: monthWord,
  ENMonthNameParser: monthWord,
  ENYearMonthNameParser: monthWord,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENYearMonthDayParser: /\d\d\d\d/,
  ISOFormatParser: /\d\d\d\d-/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENSlashMonthFormatParser: /\d\/\d/,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
};

function withNeeds(parser: chrono.Parser): chrono.Parser {
  const needs = parserNeeds[parser.constructor.name];
  if (!needs) return parser;
  return { pattern: where(needs, (context) => parser.pattern(context)), extract: (context, match) => parser.extract(context, match) };
}

/**
 * A chrono instance whose refiners read and update `state` while a source is parsed; `dayFirst` reads a date in
 * numbers that could be either, "3/2/2025", day first (3 February), as most of the world writes it.
 */
export function createTimeParser(state: TimeState, dayFirst = false): chrono.Chrono {
  const parser = (dayFirst ? chrono.en.GB : chrono.casual).clone();
  // chrono joins a date and a time across a full stop ("on Thursday. Within hours, …"): a sentence ends there.
  // (chrono's own refiner stays as it is: this parser gets one that only differs there.)
  parser.refiners = parser.refiners.map((refiner) =>
    refiner.constructor.name.includes('MergeDateTime') && 'patternBetween' in refiner
      ? (Object.create(refiner, { patternBetween: { value: () => /^\s*(?:,?\s*local\s+time\b,?)?\s*(?:T|at|after|before|on|of|,|-|∙|:)?\s*$/iu } }) as chrono.Refiner)
      : refiner,
  );
  parser.parsers = [...parsers, ...parser.parsers.map(withNeeds)];
  parser.refiners.push(...refiners(state));
  return parser;
}
