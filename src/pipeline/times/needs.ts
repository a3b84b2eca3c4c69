// The exact pre-check before the date parsers: a text is read by chrono-node (2.10, English, casual and day-first)
// and casefile's parsers (parsers.ts) only if it holds a word one of them can accept. Each entry names what a class
// of parsers cannot match without, read from their patterns; a text that holds none of them gets no result from
// any parser, so skipping it changes nothing (tests/prefilter.test.ts compares the readings with and without it).
// Word boundaries are ASCII (no `u` flag), as chrono's `(\W|^)` and `(?=\W|$)` are: a boundary casefile's `iu`
// patterns see is one this sees too.

const months = 'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const weekdays = 'sun|sunday|mon|monday|tue|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|weekend|weekday';
// chrono's time units (TIME_UNIT_DICTIONARY), abbreviations included.
const units = 's|sec|seconds?|m|mins?|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?';
const ordinalWords = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';
// chrono's NUMBER_PATTERN without digits, by how a count ends ("the", "a few", "half an", "a couple of").
const countWords = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of';
// What may follow a count's unit inside a match: the end of a word, or a word chrono lets touch it ("3 daysago").
const unitEnd = `(?![a-z0-9_])|(?=ago|before|earlier|later|after|from|henceforth|forward|out|and|about|around|${countWords.replace('an?', 'an?\\b')}|acouple)`;

/** What each class of parsers needs, by name. */
export const timeNeeds: Record<string, string> = {
  // Every clock, date in figures and year (chrono's time expressions, ISO and slash dates; casefile's years, "the 24th").
  digit: '[0-9]',
  // A month's name: after a boundary, or touching the ordinal or "of"/"in" chrono allows before it ("firstjan");
  // before a non-letter, or the ordinal word chrono allows after it ("mayfirst").
  month: `(?:\\b|st|nd|rd|th|of|in)(?:${months})(?:(?![a-z])|(?=${ordinalWords}))`,
  // A weekday, touching the "on", "this", "last" chrono allows around it ("lastfriday", "fridaynextweek").
  weekday: `(?:\\b|on|this|last|past|next)(?:${weekdays})(?:\\b|(?=of|this|last|past|next))`,
  // A part of the day, touching "this", "last", "mid", "late", "early" ("lastnight", "mid-morning" without its hyphen).
  dayPart: '(?:\\b|this|last|mid|late|early)(?:morning|afternoon|evening|night|midnight|midday|noon)\\b',
  // The words chrono's casual parsers and casefile's parsers read on their own.
  word: '\\b(?:now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|lunchtime|overnight|ago|moments|fortnight|season|spring|summer|autumn|fall|winter|dawn|daybreak|sunrise|sunset|dusk|nightfall|christmas|first light)\\b|\\bo[\'’]clock\\b',
  // A unit of time standing alone ("the following week", "within hours", "the end of the month").
  unit: '\\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?)\\b',
  // "this week", "lastmonth", "past yr": chrono's relative dates, a unit touching its modifier.
  relative: `\\b(?:this|last|past|next|after\\s*this)\\s*(?:${units})\\b`,
  // A count and a unit ("a few hrs", "the d ago", "a fewdays"): chrono's durations (ago, later, within, "last 2 weeks")
  // read only a count with a space or a figure in it.
  count: `(?:(?:${countWords})\\s{1,3}|half\\s{1,2}an?|an?\\s{1,2}few|a\\s{1,2}couple(?:of)?|couple\\s{1,2}of)(?:${units})(?:${unitEnd})`,
  // "shortly afterwards", "soon after", "a short time later": casefile's moment just after the one told before.
  shortly: '\\b(?:shortly|soon|not long|a short (?:time|while))\\s+(?:after|later|thereafter)',
};

// A letter that case-insensitive Unicode patterns read as an ASCII one ("ſ" as "s", the Kelvin sign as "k"): a text
// that holds one is always read.
const foldsToAscii = /[\u017f\u212a]/u;

const needed = new RegExp(Object.values(timeNeeds).join('|'), 'i');

/** May any date parser read something in the text? False only when none can. */
export function mayHoldTime(text: string): boolean {
  return needed.test(text) || foldsToAscii.test(text);
}
