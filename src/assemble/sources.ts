// Assembly: each SourceRecord as the model's Source, with site paths.
import { referenceDate } from '../pipeline/times/resolve.ts';
import type { SourceRecord } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Source } from '../schemas/dossier.ts';

export function toSource(record: SourceRecord): Source {
  const headingText = new Map(record.headings.map((heading) => [heading.id, heading.text]));
  return {
    id: record.id,
    file: record.file,
    title: record.title,
    titleDerived: record.titleDerived,
    outlet: record.meta.outlet,
    url: record.meta.url,
    published: record.meta.published,
    language: record.meta.language,
    byline: record.meta.byline,
    dateline: record.meta.dateline,
    timesReadAgainst: referenceDate(record.meta),
    inferred: record.meta.inferred,
    republishedFrom: record.meta.republishedFrom ?? null,
    digest: record.digest,
    href: routes.source(record.id),
    headings: record.headings.map((heading) => ({ id: heading.id, href: routes.heading(record.id, heading.id), text: heading.text })),
    paragraphs: record.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      href: routes.paragraph(record.id, paragraph.id),
      text: paragraph.text,
      section: paragraph.section,
      heading: paragraph.heading ? (headingText.get(paragraph.heading) ?? null) : null,
      start: paragraph.start,
      end: paragraph.end,
      line: paragraph.line,
      why: paragraph.why,
      corrected: paragraph.corrected ?? null,
    })),
    removed: record.removed.map(({ text, reason, line, corrected }) => ({ text, reason, line, corrected: corrected ?? null })),
    duplicateOf: null,
  };
}
