// Stage: people, organisations and places named in each paragraph (`data.entities`). wink-nlp tags
// proper nouns; rules add what it misses: acronyms and their long forms, titles stripped, surnames
// resolved to the full name the source gave first, "the X administration" for a person.
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { resolveNames } from './entities/resolve.ts';
import { tagger } from './entities/tagger.ts';
import { nameSpans, type NameSpan } from './entities/names.ts';
import { outletsOf } from './sections.ts';

export default function findEntities() {
  return (tree: Root, file: VFile) => {
    const tag = tagger();
    const paragraphs: Array<{ node: Paragraph; spans: NameSpan[]; text: string; base: number }> = [];
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const paragraph = node as Paragraph;
      const text = toString(paragraph);
      const base = paragraph.position?.start.offset ?? 0;
      paragraphs.push({ node: paragraph, spans: nameSpans(tag(text), text), text, base });
    }
    const outlets = outletsOf(String(file.value), file.data.meta?.outlet ?? null);
    const resolved = resolveNames(paragraphs, outlets);
    paragraphs.forEach((paragraph, index) => {
      (paragraph.node.data ??= {}).entities = resolved[index] ?? [];
    });
  };
}
