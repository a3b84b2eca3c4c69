// Assembly: the paragraphs that are not statements, as event and context facts with citations.
// Placeholder (one fact per paragraph); the fact aligner replaces it.
import { contentId } from '../pipeline/ids.ts';
import type { SourceRecord } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Fact } from '../schemas/dossier.ts';

export function assembleFacts(records: SourceRecord[]): Fact[] {
  const facts: Fact[] = [];
  for (const record of records) {
    for (const paragraph of record.paragraphs) {
      if (paragraph.section === 'statement') continue;
      const id = contentId('f', paragraph.text);
      facts.push({
        id,
        href: routes.fact(paragraph.section, id),
        text: paragraph.text,
        section: paragraph.section,
        sources: [{ source: record.id, paragraph: paragraph.id }],
        aliases: [],
        theme: null,
      });
    }
  }
  return facts;
}
