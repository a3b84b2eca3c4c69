// The "on this page" lists of the long pages, from the same model and ids the generated pages use.
import { slug } from 'github-slugger';
import type { Dossier, Source } from '../schemas/dossier.ts';

export interface TocItem {
  id: string;
  label: string;
}

/** The speakers who have statements, in the order the statements page lists them. */
export function statementsToc(dossier: Dossier): TocItem[] {
  const speaking = new Set(dossier.statements.map((statement) => statement.speaker));
  return dossier.speakers.filter((speaker) => speaking.has(speaker.id)).map((speaker) => ({ id: speaker.id, label: speaker.name }));
}

/** The themes of the context page; `Theme.astro` derives the same ids from the names. */
export function contextToc(dossier: Dossier): TocItem[] {
  const themes = new Set(dossier.facts.filter((fact) => fact.section === 'context').map((fact) => fact.theme ?? 'Background'));
  return [...themes].map((theme) => ({ id: `theme-${slug(theme)}`, label: theme }));
}

/** A source's own headings: those a paragraph stands under, which are the ones its page shows. */
export function sourceToc(source: Source): TocItem[] {
  const used = new Set(source.paragraphs.map((paragraph) => paragraph.heading));
  return source.headings.filter((heading) => used.has(heading.text)).map((heading) => ({ id: heading.id, label: heading.text }));
}
