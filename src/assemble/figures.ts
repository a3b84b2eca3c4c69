// Assembly: key figures across sources. One figure per wording (after normalisation), citing every
// paragraph that gives it, in the order the sources first give them.
import { contentId } from '../pipeline/ids.ts';
import { normalizeForMatch } from '../pipeline/normalize.ts';
import type { SourceRecord } from '../pipeline/types.ts';
import type { Figure } from '../schemas/dossier.ts';

export function assembleFigures(records: SourceRecord[]): Figure[] {
  const figures = new Map<string, Figure>();
  for (const record of records) {
    for (const paragraph of record.paragraphs) {
      for (const mention of paragraph.figures) {
        const key = normalizeForMatch(mention.text);
        let figure = figures.get(key);
        if (!figure) {
          figure = { id: contentId('n', mention.text), text: mention.text, sources: [] };
          figures.set(key, figure);
        }
        if (!figure.sources.some((cite) => cite.source === record.id && cite.paragraph === paragraph.id)) {
          figure.sources.push({ source: record.id, paragraph: paragraph.id });
        }
      }
    }
  }
  return [...figures.values()];
}
