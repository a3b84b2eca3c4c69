// Dates for a reader: "Tuesday 29 August 2023", "July 2023", "early 2023", "before 29 August 2023", from
// a partial ISO date, the words that gave it and the date the source was written.

const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const instant = (date: string) => new Date(`${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T12:00:00Z`);

/** A partial ISO date in words: a day with its weekday, a month with its year, or a year. */
export function plainDate(date: string): string {
  if (date.length === 10) return `${weekday.format(instant(date))} ${dayMonthYear.format(instant(date))}`;
  if (date.length === 7) return monthYear.format(instant(date));
  return date;
}

/** A day without its weekday, for a bound ("before 29 August 2023"); a month or a year as `plainDate`. */
const boundDate = (date: string) => (date.length === 10 ? dayMonthYear.format(instant(date)) : plainDate(date));

/**
 * The date a time expression gives, in words. `reference` is the date the source was written: "earlier
 * this year" written on 29 August 2023 is "before 29 August 2023", not the year 2023 as a whole.
 */
export function readableDate(date: string, expression: string, reference: string | null): string {
  const words = expression.toLowerCase();
  if (/^(?:before|by|until|till|since|after)\b/u.test(words) && date.length === 10) return `${words.split(/\s/u)[0]} ${boundDate(date)}`;
  if (date.length === 10) return plainDate(date);
  if (/\bearlier\b/u.test(words) && reference && reference.startsWith(date) && reference.length > date.length) {
    return reference.length === 10 ? `before ${boundDate(reference)}` : `earlier in ${plainDate(date)}`;
  }
  const part = /\b(early|mid|late)\b|\b(?:the )?(start|beginning|middle|end) of\b/u.exec(words);
  if (part) {
    const named = part[1] ?? ({ start: 'early', beginning: 'early', middle: 'mid', end: 'late' } as Record<string, string>)[part[2] ?? ''] ?? '';
    return named === 'mid' ? `mid-${plainDate(date)}` : `${named} ${plainDate(date)}`;
  }
  return plainDate(date);
}
