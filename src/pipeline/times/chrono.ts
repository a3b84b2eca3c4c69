// chrono-node, taught what news prose needs (parsers.ts: "earlier this year", a bare "in 2019", seasons…;
// refiners.ts: weekdays in the past of the writing, "two days later" counted from the moment told before it).
import * as chrono from 'chrono-node';
import { parsers } from './parsers.ts';
import { refiners, type TimeState } from './refiners.ts';

export { isApproximate, isToday, quoted } from './parsers.ts';
export { looksAhead, type TimeState } from './refiners.ts';

/** A chrono instance whose refiners read and update `state` while a source is parsed. */
export function createTimeParser(state: TimeState): chrono.Chrono {
  const parser = chrono.casual.clone();
  // chrono joins a date and a time across a full stop ("on Thursday. Within hours, …"): a sentence ends there.
  // (chrono's own refiner stays as it is: this parser gets one that only differs there.)
  parser.refiners = parser.refiners.map((refiner) =>
    refiner.constructor.name.includes('MergeDateTime') && 'patternBetween' in refiner
      ? (Object.create(refiner, { patternBetween: { value: () => /^\s*(?:T|at|after|before|on|of|,|-|∙|:)?\s*$/iu } }) as chrono.Refiner)
      : refiner,
  );
  parser.parsers.unshift(...parsers);
  parser.refiners.push(...refiners(state));
  return parser;
}
