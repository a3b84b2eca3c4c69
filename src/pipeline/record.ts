// The end of the per-source pipeline: the tree and the file's data, flattened into a SourceRecord.
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { SourceRecord } from './types.ts';

export function toRecord(tree: Root, file: VFile): SourceRecord {
  const text = String(file.value);
  const headings: SourceRecord['headings'] = [];
  const paragraphs: SourceRecord['paragraphs'] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const heading = node as Heading;
      headings.push({ id: heading.data?.id ?? '', text: toString(heading), line: heading.position?.start.line ?? 0 });
    } else if (node.type === 'paragraph') {
      const paragraph = node as Paragraph;
      const data = paragraph.data ?? {};
      paragraphs.push({
        id: data.id ?? '',
        text: toString(paragraph),
        start: paragraph.position?.start.offset ?? 0,
        end: paragraph.position?.end.offset ?? 0,
        line: paragraph.position?.start.line ?? 0,
        heading: data.heading ?? null,
        section: data.section ?? 'event',
        why: data.why ?? [],
        quotes: data.quotes ?? [],
        times: data.times ?? [],
        figures: data.figures ?? [],
        entities: data.entities ?? [],
      });
    }
  }
  const meta = file.data.meta ?? emptyMeta();
  return {
    id: file.data.sourceId ?? '',
    file: file.data.fileName ?? file.basename ?? '',
    digest: file.data.digest ?? '',
    text,
    title: file.data.title?.text ?? '',
    titleDerived: file.data.title?.derived ?? true,
    meta,
    headings,
    paragraphs,
    removed: file.data.removed ?? [],
    ...(file.data.kept ? { kept: file.data.kept } : {}),
    messages: file.messages.map((message) => ({
      line: message.line ?? 0,
      column: message.column ?? 0,
      ruleId: message.ruleId ?? 'casefile',
      message: message.reason,
      fatal: message.fatal === true,
    })),
  };
}

export function emptyMeta(): SourceRecord['meta'] {
  return { outlet: null, url: null, published: null, language: null, title: null, byline: null, dateline: null, inferred: [] };
}
