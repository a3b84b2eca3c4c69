// Assembly: speakers merged across sources, and quotes grouped into statements across outlets.
// Placeholder grouping (same speaker, same normalised words); the statement grouper replaces it.
import { contentId, shortHash } from '../pipeline/ids.ts';
import { normalizeForMatch } from '../pipeline/normalize.ts';
import type { SourceRecord } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Speaker, Statement } from '../schemas/dossier.ts';

export function assembleStatements(records: SourceRecord[]): { speakers: Speaker[]; statements: Statement[] } {
  const speakers = new Map<string, Speaker>();
  const statements = new Map<string, Statement>();
  for (const record of records) {
    for (const paragraph of record.paragraphs) {
      for (const quote of paragraph.quotes) {
        const speakerId = contentId('speaker', quote.speaker.name, 6).replace(/-[0-9a-f]{6}$/, '') || `speaker-${shortHash(quote.speaker.name)}`;
        if (!speakers.has(speakerId)) {
          speakers.set(speakerId, {
            id: speakerId,
            name: quote.speaker.name,
            type: quote.speaker.type,
            role: quote.speaker.role,
            affiliation: quote.speaker.affiliation,
            aliases: quote.speaker.aliases,
            href: routes.speaker(speakerId),
          });
        }
        const occurrenceId = contentId('q', `${record.id} ${quote.text}`);
        const key = `${speakerId}\u0000${normalizeForMatch(quote.text)}`;
        let statement = statements.get(key);
        if (!statement) {
          const id = contentId('s', quote.text);
          statement = { id, href: routes.statement(id), speaker: speakerId, text: quote.text, occurrences: [], diffs: [], aliases: [] };
          statements.set(key, statement);
        }
        statement.occurrences.push({
          id: occurrenceId,
          source: record.id,
          paragraph: paragraph.id,
          text: quote.text,
          cue: quote.cue,
          start: quote.start,
          end: quote.end,
        });
      }
    }
  }
  return { speakers: [...speakers.values()], statements: [...statements.values()] };
}
