// Assembly: the case's chronology. Every placed time expression becomes an entry told by its sentence;
// entries of several sources with the same date and a similar sentence are one, citing them all.
// A source without a publication date contributes its relative times undated and marked approximate.
import { isUndatable } from '../pipeline/times.ts';
import type { SourceRecord, TimeMention } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { TimelineEntry } from '../schemas/dossier.ts';
import { align, occurrenceId, sentencesOfParagraphs, type SentenceOccurrence } from './align.ts';

interface TimedSentence extends SentenceOccurrence {
  time: TimeMention;
}

// Same date, and a third of the content words in common: two tellings of one moment.
const sameMoment = 0.3;

export function assembleTimeline(records: SourceRecord[]): TimelineEntry[] {
  const byDate = new Map<string, TimedSentence[]>();
  for (const sentence of timedSentences(records)) {
    const key = sentence.time.date ?? '';
    const bucket = byDate.get(key);
    if (bucket) bucket.push(sentence);
    else byDate.set(key, [sentence]);
  }
  const entries: TimelineEntry[] = [];
  for (const [date, sentences] of [...byDate.entries()].sort(([a], [b]) => compareDates(a, b))) {
    const groups = date ? align(sentences, (sentence) => sentence.text, sameMoment) : sentences.map((sentence) => [sentence]);
    for (const group of groups) entries.push(toEntry(group));
  }
  return entries;
}

function timedSentences(records: SourceRecord[]): TimedSentence[] {
  const timed: TimedSentence[] = [];
  // Sentences already placed, as source, start and date: a lookup, not a scan of every earlier one.
  const placed = new Set<string>();
  for (const record of records) {
    const undated = !record.meta.published;
    // Split only a source with a time to place, all its paragraphs at once (see `sentencesOfParagraphs`).
    let split: ReturnType<typeof sentencesOfParagraphs> | undefined;
    for (const [index, paragraph] of record.paragraphs.entries()) {
      for (const time of paragraph.times) {
        if (!time.date && !(undated && !isUndatable(time.text))) continue;
        split ??= sentencesOfParagraphs(record.paragraphs);
        const sentence = (split[index] ?? []).find((candidate) => time.start >= candidate.start && time.start < candidate.end);
        if (!sentence) continue;
        const key = `${record.id}\0${sentence.start}\0${time.date}`;
        if (placed.has(key)) continue;
        placed.add(key);
        timed.push({ ...sentence, source: record.id, paragraph: paragraph.id, time });
      }
    }
  }
  return timed;
}

function toEntry(group: TimedSentence[]): TimelineEntry {
  const first = group[0]!;
  const id = occurrenceId('t', first.source, `${first.time.date ?? ''} ${first.text}`);
  return {
    id,
    href: routes.timelineEntry(id),
    date: first.time.date,
    approximate: group.every((sentence) => sentence.time.approximate),
    text: first.text,
    expression: first.time.text,
    sources: group.map((sentence) => ({ source: sentence.source, paragraph: sentence.paragraph })),
  };
}

// Undated entries last; a year before the months of that year.
function compareDates(a: string, b: string): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a < b ? -1 : a > b ? 1 : 0;
}
