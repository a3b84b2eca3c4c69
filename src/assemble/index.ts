// The cross-source assembly: all SourceRecords at once → one Dossier, validated by its schema.
import type { SourceRecord } from '../pipeline/types.ts';
import { dossier as dossierSchema, type Dossier } from '../schemas/dossier.ts';
import { dropDuplicates } from './duplicates.ts';
import { assembleEntities } from './entities.ts';
import { assembleFacts } from './facts.ts';
import { assembleFigures } from './figures.ts';
import { assembleTimeline } from './timeline.ts';
import { toSource } from './sources.ts';
import { assembleStatements } from './statements.ts';
import { summarize } from './summary.ts';

export function assemble(records: SourceRecord[]): Dossier {
  const { kept, warnings: duplicateWarnings } = dropDuplicates(records);
  const ordered = [...kept].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const sources = ordered.map(toSource);
  const { speakers, statements } = assembleStatements(ordered);
  const facts = assembleFacts(ordered);
  const warnings = [
    ...duplicateWarnings,
    ...ordered.flatMap((record) =>
      record.messages.map((message) => ({ file: record.file, line: message.line, column: message.column, ruleId: message.ruleId, message: message.message })),
    ),
  ];
  return dossierSchema.parse({
    case: summarize(ordered),
    sources,
    speakers,
    statements,
    facts,
    timeline: assembleTimeline(ordered),
    figures: assembleFigures(ordered),
    entities: assembleEntities(ordered, speakers),
    warnings,
  });
}
