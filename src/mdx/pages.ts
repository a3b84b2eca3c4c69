// The dossier's pages as MDX syntax trees, built from the model. Every piece of seed text is a text
// node or an attribute value here; the components named in the elements render them (src/components).
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { Citation, Dossier, Fact, Source, Statement } from '../schemas/dossier.ts';
import { block, inline, paragraph, text } from './jsx.ts';

export interface GeneratedFile {
  /** Path inside content/. */
  path: string;
  contents: string;
}

/** How a source is named in citations: its outlet when known, else its title. */
export function sourceLabel(source: Pick<Source, 'outlet' | 'title' | 'id'>): string {
  return source.outlet ?? source.title ?? source.id;
}

export function sourcePage(source: Source): Root {
  const children: RootContent[] = [];
  let currentHeading: string | null = null;
  for (const item of source.paragraphs) {
    if (item.heading !== currentHeading && item.heading !== null) {
      const heading = source.headings.find((candidate) => candidate.text === item.heading);
      if (heading) children.push(block('SourceHeading', { id: heading.id, text: heading.text }));
    }
    currentHeading = item.heading;
    children.push(
      block('SourceParagraph', { id: item.id, line: item.line, section: item.section, title: `${source.title} ¶ ${item.line}` }, [
        paragraph(item.text),
      ]),
    );
  }
  if (source.removed.length > 0) {
    children.push(
      block(
        'RemovedLines',
        { count: source.removed.length },
        source.removed.map((line) => block('Removed', { line: line.line, reason: line.reason }, [paragraph(line.text)])),
      ),
    );
  }
  return { type: 'root', children };
}

function citations(dossier: Dossier, cited: Citation[]): PhrasingContent[] {
  const sources = new Map(dossier.sources.map((source) => [source.id, source]));
  return cited.map((citation, index) => {
    const source = sources.get(citation.source);
    return inline('Cite', {
      n: index + 1,
      href: `/sources/${citation.source}/#${citation.paragraph}`,
      label: source ? sourceLabel(source) : citation.source,
      url: source?.url,
    });
  });
}

function factBlock(dossier: Dossier, fact: Fact): RootContent {
  const reporting = new Set(fact.sources.map((citation) => citation.source)).size;
  return block(
    'Fact',
    {
      id: fact.id,
      aliases: fact.aliases.join(' ') || null,
      reporting,
      total: dossier.sources.length,
    },
    [paragraph([text(fact.text), ...citations(dossier, fact.sources)])],
  );
}

export function eventPage(dossier: Dossier): Root {
  return { type: 'root', children: dossier.facts.filter((fact) => fact.section === 'event').map((fact) => factBlock(dossier, fact)) };
}

export function contextPage(dossier: Dossier): Root {
  const themes = new Map<string, Fact[]>();
  for (const fact of dossier.facts.filter((candidate) => candidate.section === 'context')) {
    const theme = fact.theme ?? 'Background';
    themes.set(theme, [...(themes.get(theme) ?? []), fact]);
  }
  const children: RootContent[] = [];
  for (const [theme, facts] of themes) {
    children.push(block('Theme', { name: theme }, facts.map((fact) => factBlock(dossier, fact))));
  }
  return { type: 'root', children };
}

function statementBlock(dossier: Dossier, statement: Statement): RootContent {
  const sources = new Map(dossier.sources.map((source) => [source.id, source]));
  const diffs = new Map(statement.diffs.map((diff) => [diff.occurrence, diff.parts]));
  const outlets = [...new Set(statement.occurrences.map((occurrence) => sourceLabel(sources.get(occurrence.source) ?? { id: occurrence.source, outlet: null, title: occurrence.source })))];
  const wordings = statement.occurrences.map((occurrence) => {
    const source = sources.get(occurrence.source);
    const parts = diffs.get(occurrence.id);
    const body: PhrasingContent[] = parts
      ? parts.map((part) =>
          part.added ? inline('ins', {}, [text(part.value)]) : part.removed ? inline('del', {}, [text(part.value)]) : text(part.value),
        )
      : [text(occurrence.text)];
    return block(
      'Wording',
      {
        id: occurrence.id,
        href: `/sources/${occurrence.source}/#${occurrence.paragraph}`,
        outlet: source ? sourceLabel(source) : occurrence.source,
        cue: occurrence.cue,
        diff: parts?.some((part) => part.added || part.removed) ? true : null,
      },
      [paragraph(body)],
    );
  });
  const quotation = block('Quotation', { statement: statement.id, outlets: outlets.join(', '), ...speakerOf(dossier, statement) }, [paragraph(statement.text)]);
  return block('Statement', { id: statement.id, aliases: statement.aliases.filter((alias) => alias !== statement.id).join(' ') || null }, [
    quotation,
    ...(wordings.length > 0 ? [block('Wordings', {}, wordings)] : []),
  ]);
}

/** Who says a statement, for its attribution line: the speaker's name and role (or affiliation). */
function speakerOf(dossier: Dossier, statement: Statement): { speaker?: string; role?: string | null } {
  const speaker = dossier.speakers.find((candidate) => candidate.id === statement.speaker);
  return speaker ? { speaker: speaker.name, role: speaker.role ?? speaker.affiliation } : {};
}

export function statementsPage(dossier: Dossier): Root {
  const children: RootContent[] = [];
  const entityOf = new Map(dossier.entities.flatMap((entity) => (entity.speaker ? [[entity.speaker, `/entities/#${entity.id}`] as const] : [])));
  for (const speaker of dossier.speakers) {
    const statements = dossier.statements.filter((statement) => statement.speaker === speaker.id);
    if (statements.length === 0) continue;
    children.push(
      block(
        'SpeakerSection',
        {
          id: speaker.id,
          name: speaker.name,
          role: speaker.role,
          affiliation: speaker.affiliation,
          type: speaker.type,
          count: statements.length,
          entity: entityOf.get(speaker.id) ?? null,
        },
        statements.map((statement) => statementBlock(dossier, statement)),
      ),
    );
  }
  return { type: 'root', children };
}

export function timelinePage(dossier: Dossier): Root {
  return {
    type: 'root',
    children: dossier.timeline.map((entry) =>
      block('TimelineEntry', { id: entry.id, date: entry.date, approximate: entry.approximate, expression: entry.expression || null }, [
        paragraph([text(entry.text), ...citations(dossier, entry.sources)]),
      ]),
    ),
  };
}

export function entitiesPage(dossier: Dossier): Root {
  return {
    type: 'root',
    children: dossier.entities.map((entity) =>
      block('EntityEntry', { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases.join(' · ') || null, mentions: entity.mentions.length, statements: entity.speaker ? `/statements/#${entity.speaker}` : null }, [
        paragraph(citations(dossier, entity.mentions)),
      ]),
    ),
  };
}
