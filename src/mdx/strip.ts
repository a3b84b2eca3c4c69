// The timeline strip's geometry, computed at build time: each dated event of the case placed on a line
// from the first date to the last (a day at its noon, a month or a year at its middle), events of one
// day or period drawn as one mark sized by how many there are, and ticks at years or months.
import { plainDate } from '../assemble/dates.ts';
import type { TimelineEntry } from '../schemas/dossier.ts';

export interface StripMark {
  /** Position on the line, 0 to 1000. */
  at: number;
  /** The date in words, and how many events it holds. */
  when: string;
  count: number;
  /** The first event's anchor. */
  id: string;
}

export interface Strip {
  from: string;
  to: string;
  events: number;
  marks: StripMark[];
  ticks: Array<{ at: number; label: string }>;
}

const middle = (date: string) =>
  date.length === 10 ? Date.parse(`${date}T12:00:00Z`) : date.length === 7 ? Date.parse(`${date}-15T00:00:00Z`) : Date.parse(`${date}-07-01T00:00:00Z`);

/** The strip of a timeline's dated events, or null when fewer than two are dated. */
export function stripOf(timeline: TimelineEntry[]): Strip | null {
  const dated = timeline.filter((entry) => entry.kind === 'event' && entry.date);
  if (dated.length < 2) return null;
  const times = dated.map((entry) => middle(entry.date!));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const span = Math.max(last - first, 86_400_000);
  const at = (time: number) => Math.round(((time - first) / span) * 1000);
  const marks = new Map<string, StripMark>();
  dated.forEach((entry, index) => {
    const mark = marks.get(entry.date!) ?? { at: at(times[index]!), when: entry.when ?? entry.date!, count: 0, id: entry.id };
    mark.count += 1;
    marks.set(entry.date!, mark);
  });
  return {
    from: plainDate(dated[0]!.date!),
    to: plainDate(dated.at(-1)!.date!),
    events: dated.length,
    marks: [...marks.values()],
    ticks: ticksOf(first, last).map((tick) => ({ at: at(tick.time), label: tick.label })),
  };
}

const month = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

// Years when the strip spans more than two of them, else months; at most a dozen, so that labels do not meet.
function ticksOf(first: number, last: number): Array<{ time: number; label: string }> {
  const start = new Date(first);
  const end = new Date(last);
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  const ticks: Array<{ time: number; label: string }> = [];
  if (years >= 2) {
    const step = Math.ceil((years + 1) / 8);
    for (let year = start.getUTCFullYear() + 1; year <= end.getUTCFullYear(); year += step) ticks.push({ time: Date.UTC(year, 0, 1), label: String(year) });
    return ticks;
  }
  const months = years * 12 + end.getUTCMonth() - start.getUTCMonth();
  const step = Math.max(1, Math.ceil(months / 8));
  for (let index = 1; index <= months; index += step) {
    const time = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + index, 1);
    const date = new Date(time);
    ticks.push({ time, label: date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : month.format(date) });
  }
  return ticks;
}
