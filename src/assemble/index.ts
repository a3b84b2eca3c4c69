// The cross-source assembly: all SourceRecords at once → one Dossier, validated by its schema.
// Corrections (seeds/corrections.yaml) apply between the two: after extraction, before any grouping.
import { applyCorrections, emptyCorrections, type Corrections } from '../corrections/index.ts';
import { CasefileError } from '../errors.ts';
import type { SourceRecord } from '../pipeline/types.ts';
import { dossier as dossierSchema, type Dossier } from '../schemas/dossier.ts';
import { dropDuplicates } from './duplicates.ts';
import { assembleEntities } from './entities.ts';
import { assembleFacts } from './facts.ts';
import { assembleFigures } from './figures.ts';
import { foldName } from './speakers.ts';
import { assembleTimeline } from './timeline.ts';
import { toSource } from './sources.ts';
import { assembleStatements } from './statements.ts';
import { summarize } from './summary.ts';

export function assemble(records: SourceRecord[], corrections: Corrections = emptyCorrections()): Dossier {
  const { kept, warnings: duplicateWarnings } = dropDuplicates(records);
  const sorted = [...kept].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const corrected = applyCorrections(sorted, corrections);
  if (corrected.errors.length > 0) {
    const list = corrected.errors.map((error) => `  ${error.toString()}`).join('\n');
    throw new CasefileError('corrections', `The corrections have ${corrected.errors.length} problem${corrected.errors.length === 1 ? '' : 's'}:\n${list}`, corrections.file);
  }
  const ordered = corrected.records;
  const sources = ordered.map(toSource);
  const { speakers, statements } = assembleStatements(ordered);
  const facts = assembleFacts(ordered);
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
    timeline: assembleTimeline(ordered),
    figures: assembleFigures(ordered),
    entities,
    warnings,
    corrections: applied,
  });
}
