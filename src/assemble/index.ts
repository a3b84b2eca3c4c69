// The cross-source assembly: all SourceRecords at once → one Dossier, validated by its schema.
// Corrections (seeds/corrections.yaml) apply between the two: after extraction, before any grouping.
import { applyCorrections, emptyCorrections, type Corrections } from '../corrections/index.ts';
import { CasefileError } from '../errors.ts';
import type { SourceRecord } from '../pipeline/types.ts';
import { dossier as dossierSchema, type Dossier } from '../schemas/dossier.ts';
import { dropDuplicates } from './duplicates.ts';
import { assembleEntities } from './entities.ts';
import { assembleFacts, factSentencesOf } from './facts.ts';
import { assembleFigures } from './figures.ts';
import { foldName } from './speakers.ts';
import { assembleTimeline } from './timeline.ts';
import { toSource } from './sources.ts';
import { assembleStatements } from './statements.ts';
import { summarize } from './summary.ts';

/**
 * Where a step's result may be kept between builds. `step` gives it by name: `reads` says what the step reads of
 * the records (the digest of that is the result's key) and `run` computes it when the key is not the one kept;
 * the result must be plain JSON data. `record` names a record as the pipeline made it, before corrections (its
 * file, text, settings and the pipeline's code), so that a key need not hold every word of every source.
 * Without one (`direct`) every step runs.
 */
export interface StepCache {
  step<T>(name: string, reads: () => unknown[], run: () => T): T;
  record(record: SourceRecord): string;
  /**
   * A part of a step made of each record alone (`run`, plain JSON data), kept per record under what `reads`
   * says of it: when a step must run again, the records a change did not touch are not read again.
   */
  each?<T>(name: string, records: SourceRecord[], reads: (record: SourceRecord) => unknown, run: (record: SourceRecord) => T): T[];
}

const direct: StepCache = { step: (_name, _reads, run) => run(), record: () => '' };

/**
 * What each cached step reads of the records: the record as the pipeline made it, and what a correction may have
 * changed of it since (src/corrections/apply.ts: the paragraphs kept, their section and mark, their quotes; the
 * removed lines), as far as the step reads it. A correction of a paragraph's section then redoes the facts, not
 * the timeline or the statements; an added or edited source redoes every step. tests/assemble-steps.test.ts
 * checks that a correction changes nothing else of a record.
 */
const reads = {
  duplicates: (records: SourceRecord[], name: (record: SourceRecord) => string) => records.map(name),
  statements: (records: SourceRecord[], name: (record: SourceRecord) => string) => records.map((record) => [name(record), record.paragraphs.map((paragraph) => [paragraph.id, paragraph.quotes])]),
  facts: (records: SourceRecord[], name: (record: SourceRecord) => string) => records.map((record) => reads.factsOf(record, name)),
  factsOf: (record: SourceRecord, name: (record: SourceRecord) => string) => [
    name(record),
    record.paragraphs.map((paragraph) => [paragraph.id, paragraph.section, paragraph.corrected ?? null, paragraph.quotes.map((quote) => [quote.start, quote.end])]),
  ],
  timeline: (records: SourceRecord[], name: (record: SourceRecord) => string) => records.map((record) => [name(record), record.paragraphs.map((paragraph) => paragraph.id)]),
};

export interface AssembleOptions {
  /** Where the steps' results are kept between builds. */
  cache?: StepCache;
  /** The records are the caller's to change (read for this assembly only): corrections apply to them, not to copies. */
  owned?: boolean;
}

export function assemble(records: SourceRecord[], corrections: Corrections = emptyCorrections(), options: AssembleOptions = {}): Dossier {
  const cache = options.cache ?? direct;
  // The same article twice: one kept (by file name, so that the result is data and the records are these).
  const byFile = new Map(records.map((record) => [record.file, record]));
  const name = (record: SourceRecord) => cache.record(record);
  const duplicates = cache.step('duplicates', () => reads.duplicates(records, name), () => {
    const found = dropDuplicates(records);
    return { kept: found.kept.map((record) => record.file), warnings: found.warnings };
  });
  const kept = duplicates.kept.flatMap((file) => byFile.get(file) ?? []);
  const duplicateWarnings = duplicates.warnings;
  const sorted = [...kept].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const corrected = applyCorrections(sorted, corrections, !options.owned);
  if (corrected.errors.length > 0) {
    const list = corrected.errors.map((error) => `  ${error.toString()}`).join('\n');
    throw new CasefileError('corrections', `The corrections have ${corrected.errors.length} problem${corrected.errors.length === 1 ? '' : 's'}:\n${list}`, corrections.file);
  }
  const ordered = corrected.records;
  const sources = ordered.map(toSource);
  const { speakers, statements } = cache.step('statements', () => reads.statements(ordered, name), () => assembleStatements(ordered));
  // A record's fact sentences (their sections read sentence by sentence: most of the step's time) are its own.
  const facts = cache.step('facts', () => reads.facts(ordered, name), () =>
    assembleFacts(ordered, cache.each?.('fact-sentences', ordered, (record) => reads.factsOf(record, name), factSentencesOf)),
  );
  const warnings = [
    ...duplicateWarnings,
    ...ordered.flatMap((record) =>
      record.messages.map((message) => ({ file: record.file, line: message.line, column: message.column, ruleId: message.ruleId, message: message.message })),
    ),
    ...corrected.warnings,
  ];
  const entities = assembleEntities(ordered, speakers);
  const machineCase = summarize({ sources, facts, entities });
  const speakerHref = new Map(speakers.map((speaker) => [foldName(speaker.name), speaker.href]));
  const applied = corrected.applied.map((entry) => {
    if (entry.kind === 'case') return { ...entry, machine: entry.field === 'title' ? machineCase.title : machineCase.summary };
    if (entry.kind === 'speaker') return { ...entry, href: speakerHref.get(foldName(entry.target)) ?? null };
    return entry;
  });
  return dossierSchema.parse({
    case: { title: corrected.case.title ?? machineCase.title, summary: corrected.case.summary ?? machineCase.summary },
    sources,
    speakers,
    statements,
    facts,
    timeline: cache.step('timeline', () => reads.timeline(ordered, name), () => assembleTimeline(ordered)),
    figures: assembleFigures(ordered),
    entities,
    warnings,
    corrections: applied,
  });
}
