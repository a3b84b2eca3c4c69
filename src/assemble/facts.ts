// Assembly: the sentences that are not statements, as event and context facts told once across
// sources: sentences aligned by similarity, one fact per group with every citation, ordered by time;
// background grouped by the article's subheading or, without one, by topic.
import type { SourceRecord } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Fact, Section } from '../schemas/dossier.ts';
import { sentenceSection } from '../pipeline/sections/classify.ts';
import { datelineOf } from '../pipeline/meta-lines.ts';
import { outletsOf } from '../pipeline/sections.ts';
import { align, distinctIds, occurrenceId, sentencesOfParagraphs, type SentenceOccurrence } from './align.ts';
import { themeOf } from './themes.ts';

export interface FactSentence extends SentenceOccurrence {
  /** The sentence as the paragraph has it, dateline included: what the fact's id is made from. */
  whole: string;
  section: Section;
  theme: string | null;
  /** The date of the sentence's first placed time expression, if any. */
  date: string | null;
}

// Half the content words in common: reworded reports of one fact still meet, neighbouring facts do not.
const sameFact = 0.45;

/**
 * The facts of the records. `perRecord` gives each record's fact sentences (`factSentencesOf`) when the
 * caller kept them between builds: a record's sentences depend on that record alone.
 */
export function assembleFacts(records: SourceRecord[], perRecord?: FactSentence[][]): Fact[] {
  const groups = align((perRecord ?? records.map(factSentencesOf)).flat(), (sentence) => sentence.text, sameFact);
  const facts = distinctIds(groups.map((group) => toFact(group)), (fact, id) => routes.fact(fact.section, id));
  return inTimeOrder(facts, groups);
}

/** The sentences of one record that tell a fact (not a statement), with their section, theme and date: plain data. */
export function factSentencesOf(record: SourceRecord): FactSentence[] {
  const sentences: FactSentence[] = [];
  const headings = new Map(record.headings.map((heading) => [heading.id, heading.text]));
  const outlets = outletsOf(record.text, record.meta.outlet);
  const split = sentencesOfParagraphs(record.paragraphs);
  for (const [index, paragraph] of record.paragraphs.entries()) {
    const heading = paragraph.heading ? (headings.get(paragraph.heading) ?? null) : null;
    for (const sentence of split[index] ?? []) {
      const section = sentenceSectionOf(paragraph, sentence, heading, outlets);
      if (!section) continue;
      // A wire's dateline ("LYON, May 4 (Wire) – ") is not part of what happened: the fact reads, aligns and is dated without it.
      const dateline = sentence.start === paragraph.start ? datelineOf(sentence.text) : null;
      const text = dateline ? sentence.text.slice(dateline.length) : sentence.text;
      const from = sentence.start + (dateline?.length ?? 0);
      const time = paragraph.times.find(
        (candidate) => candidate.date && candidate.start >= from && candidate.end <= sentence.end && !afterWriting(candidate.date, record.meta.published),
      );
      sentences.push({ ...sentence, text, whole: sentence.text, source: record.id, paragraph: paragraph.id, section, theme: heading, date: time?.date ?? null });
    }
  }
  return sentences;
}

type RecordParagraph = SourceRecord['paragraphs'][number];

// A statement's own sentences are left to the statements; see `sentenceSection` for mixed paragraphs.
function sentenceSectionOf(paragraph: RecordParagraph, sentence: { text: string; start: number; end: number }, heading: string | null, outlets: Set<string>): Section | null {
  // A section set in corrections.yaml holds for every sentence of the paragraph.
  if (paragraph.corrected?.field === 'section') return paragraph.section === 'statement' ? null : paragraph.section;
  const base = paragraph.start;
  const features = {
    text: paragraph.text,
    quotes: paragraph.quotes.map((quote) => ({ start: quote.start - base, end: quote.end - base })),
    heading,
    lede: false,
    outlets,
  };
  const section = sentenceSection(features, paragraph.section, { text: sentence.text, start: sentence.start - base, end: sentence.end - base });
  return section === 'statement' ? null : section;
}

function toFact(group: FactSentence[]): Fact {
  const first = group[0]!;
  const ids = group.map((sentence) => occurrenceId('f', sentence.source, sentence.whole));
  const section = majority(group.map((sentence) => sentence.section)) ?? first.section;
  return {
    id: ids[0]!,
    href: routes.fact(section, ids[0]!),
    text: first.text,
    section,
    sources: group.map((sentence) => ({ source: sentence.source, paragraph: sentence.paragraph })),
    aliases: [...new Set(ids.slice(1))].filter((id) => id !== ids[0]),
    theme: section === 'context' ? themeOf(first.text, group.find((sentence) => sentence.theme)?.theme ?? null) : null,
  };
}

// Dated facts go by their date; an undated one keeps its place beside the facts around it in the source that
// first tells it: after the dated event before it there, else before the dated event after it. Facts of a source
// that dates nothing follow the dated ones.
function inTimeOrder(facts: Fact[], groups: FactSentence[][]): Fact[] {
  const dateOf = groups.map((group) => group.find((sentence) => sentence.date)?.date ?? null);
  const bySource = new Map<string, number[]>();
  groups.forEach((group, index) => {
    const source = group[0]!.source;
    bySource.set(source, [...(bySource.get(source) ?? []), index]);
  });
  const keys: string[] = [];
  for (const list of bySource.values()) {
    list.sort((a, b) => groups[a]![0]!.start - groups[b]![0]!.start);
    let carried: string | null = null;
    const waiting: number[] = [];
    for (const index of list) {
      const date = dateOf[index];
      // Background ("in 2019 a freight train derailed") places nothing after it in the case's story.
      if (date && facts[index]!.section !== 'event') {
        keys[index] = date;
        continue;
      }
      if (date) {
        carried = date;
        for (const before of waiting.splice(0)) keys[before] = date;
      }
      if (carried) keys[index] = carried;
      else waiting.push(index);
    }
    for (const index of waiting) keys[index] = '\uffff';
  }
  const keyed = facts.map((fact, index) => ({ fact, key: keys[index] ?? '\uffff', index }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  return keyed.map((entry) => entry.fact);
}

// "heading into the 2024 campaign" looks ahead: a date after the writing does not place what happened.
function afterWriting(date: string, published: string | null): boolean {
  if (!published) return false;
  const length = Math.min(date.length, published.length);
  return date.slice(0, length) > published.slice(0, length);
}

function majority<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
