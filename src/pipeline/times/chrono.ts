// chrono-node, taught what news prose needs (parsers.ts: "earlier this year", a bare "in 2019", seasons…;
// refiners.ts: weekdays in the past of the writing, "two days later" counted from the moment told before it).
import * as chrono from 'chrono-node';
import { parsers } from './parsers.ts';
import { refiners, type TimeState } from './refiners.ts';

export { isApproximate, isToday } from './parsers.ts';
export { looksAhead, type TimeState } from './refiners.ts';

/** A chrono instance whose refiners read and update `state` while a source is parsed. */
export function createTimeParser(state: TimeState): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.unshift(...parsers);
  parser.refiners.push(...refiners(state));
  return parser;
}
