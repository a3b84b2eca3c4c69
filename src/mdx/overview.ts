// The overview: the case at a glance. The key facts by how many outlets report them, who reports what
// (a picture), the key statements with their speakers, who speaks (a picture), the first and latest
// dated events, who is involved, the key figures and the sources; every list short, each linking to the whole.
import type { Root, RootContent } from 'mdast';
import { keyFacts, mainActors, outletNames } from '../assemble/summary.ts';
import type { Fact, Figure, Statement, TimelineEntry } from '../schemas/dossier.ts';
import type { Coverage, Speaking } from '../site/pictures.ts';
import { block, paragraph } from './jsx.ts';
import { figureNode, limits, placedHref, sourceEntry, sourceLabel, type Lookup } from './pages.ts';

/** How many of each the overview shows; the sections have them all. */
export const glance = { facts: 8, statements: 5, perSpeaker: 2, actors: 10, columns: 12, speakers: 10 };

export function overviewPage(lookup: Lookup, when: RootContent[] = []): Root {
  const outlets = outletsOf(lookup);
  const facts = keyFacts(lookup.dossier, glance.facts);
  const statements = keyStatements(lookup, outlets);
  const children: RootContent[] = [
    ...keyFactsSection(lookup, outlets, facts),
    ...coverageSection(lookup, outlets, facts, statements),
    ...keyStatementsSection(lookup, outlets, statements),
    ...speakersSection(lookup, outlets),
    ...whenSection(lookup, when),
    ...involvedSection(lookup),
    ...figuresSection(lookup),
    ...sourcesSection(lookup),
  ];
  return { type: 'root', children };
}

/** Each source's outlet (its label when it has none), and the outlets by how many sources they gave. */
interface Outlets {
  of: Map<string, string>;
  ranked: string[];
}

function outletsOf({ dossier }: Lookup): Outlets {
  const of = new Map(dossier.sources.map((source) => [source.id, sourceLabel(source)]));
  const counts = new Map<string, number>();
  for (const outlet of of.values()) counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet);
  return { of, ranked };
}

const outletSet = (outlets: Outlets, sources: string[]) => new Set(sources.map((source) => outlets.of.get(source) ?? source));
const namesOf = (names: string[], shown = 4) => (names.length > shown ? `${names.slice(0, shown).join(', ')} and ${names.length - shown} more` : names.join(', '));
const inRankOf = (outlets: Outlets, names: Set<string>) => outlets.ranked.filter((outlet) => names.has(outlet));

function keyFactsSection(lookup: Lookup, outlets: Outlets, facts: Fact[]): RootContent[] {
  if (facts.length === 0) return [];
  const all = lookup.dossier.facts.filter((fact) => fact.section === 'event').length;
  const items = facts.map((fact) => {
    const names = inRankOf(outlets, outletSet(outlets, fact.sources.map((citation) => citation.source)));
    return block('KeyFact', { href: placedHref(lookup, fact.id, fact.href), outlets: names.length, total: outlets.ranked.length, names: namesOf(names) }, [paragraph(fact.text)]);
  });
  return [
    block('OverviewSection', { id: 'key-facts', title: 'Key facts', lede: 'What the most outlets report, the most widely reported first.' }, [block('KeyList', {}, items)]),
    ...(all > facts.length ? [block('MoreLink', { href: '/event/', label: `All ${all.toLocaleString('en')} facts of the event` })] : []),
  ];
}

/**
 * The statements a reader should see first: the most carried, then those of named officials (a
 * speaker with a role or an affiliation), whole sentences before fragments; at most two per speaker
 * while others remain, so that the case's voices are heard.
 */
function keyStatements(lookup: Lookup, outlets: Outlets): Statement[] {
  const rank = new Map(lookup.dossier.speakers.map((speaker, index) => [speaker.id, index]));
  const official = (statement: Statement) => {
    const speaker = lookup.speakers.get(statement.speaker);
    if (!speaker || speaker.type === 'unknown') return 0;
    return speaker.type === 'media' ? 1 : speaker.role || speaker.affiliation ? 3 : 2;
  };
  const ranked = lookup.dossier.statements
    .map((statement, index) => ({ statement, index, carried: outletSet(outlets, statement.occurrences.map((occurrence) => occurrence.source)).size, official: official(statement), whole: statement.text.split(/\s+/).length >= 6 }))
    .sort((a, b) => b.carried - a.carried || Number(b.whole) - Number(a.whole) || b.official - a.official || (rank.get(a.statement.speaker) ?? 0) - (rank.get(b.statement.speaker) ?? 0) || a.index - b.index);
  const picked: Statement[] = [];
  const perSpeaker = new Map<string, number>();
  for (const { statement } of ranked) {
    if (picked.length >= glance.statements) break;
    const count = perSpeaker.get(statement.speaker) ?? 0;
    if (count >= glance.perSpeaker) continue;
    perSpeaker.set(statement.speaker, count + 1);
    picked.push(statement);
  }
  for (const { statement } of ranked) if (picked.length < glance.statements && !picked.includes(statement)) picked.push(statement);
  return picked;
}

function keyStatementsSection(lookup: Lookup, outlets: Outlets, statements: Statement[]): RootContent[] {
  if (statements.length === 0) return [];
  const items = statements.map((statement) => {
    const speaker = lookup.speakers.get(statement.speaker);
    const names = inRankOf(outlets, outletSet(outlets, statement.occurrences.map((occurrence) => occurrence.source)));
    return block(
      'KeyStatement',
      { href: placedHref(lookup, statement.id, statement.href), speaker: speaker?.name, role: speaker?.role ?? speaker?.affiliation, outlets: names.length, total: outlets.ranked.length, names: namesOf(names) },
      [paragraph(statement.text)],
    );
  });
  const all = lookup.dossier.statements.length;
  return [
    block('OverviewSection', { id: 'key-statements', title: 'Key statements', lede: 'The words the most outlets carry, and those of the officials in the case.' }, items),
    ...(all > statements.length ? [block('MoreLink', { href: '/statements/', label: `All ${all.toLocaleString('en')} statements` })] : []),
  ];
}

/** The outlets drawn as columns: those that gave the most sources; the others are counted together. */
function columnsOf(outlets: Outlets): { columns: string[]; others: number } {
  const columns = outlets.ranked.slice(0, glance.columns);
  return { columns, others: outlets.ranked.length - columns.length };
}

const short = (text: string) => text.replace(/\s+/g, ' ').trim();

function coverageSection(lookup: Lookup, outlets: Outlets, facts: Fact[], statements: Statement[]): RootContent[] {
  if (facts.length + statements.length === 0) return [];
  const { columns, others } = columnsOf(outlets);
  const shown = new Set(columns);
  const row = (label: string, kind: 'fact' | 'statement', sources: string[]) => {
    const names = outletSet(outlets, sources);
    return { label, kind, reporting: columns.map((outlet) => names.has(outlet)), others: [...names].filter((name) => !shown.has(name)).length, outlets: names.size };
  };
  const coverage: Coverage = {
    columns,
    others,
    total: outlets.ranked.length,
    rows: [
      ...facts.map((fact, index) => row(`${index + 1}. ${short(fact.text)}`, 'fact', fact.sources.map((citation) => citation.source))),
      ...statements.map((statement) => {
        const speaker = lookup.speakers.get(statement.speaker)?.name;
        return row(`${speaker ? `${speaker}: ` : ''}“${short(statement.text)}”`, 'statement', statement.occurrences.map((occurrence) => occurrence.source));
      }),
    ],
  };
  return [
    block('OverviewSection', { id: 'coverage', title: 'Who reports what', lede: 'Each key fact and statement against the outlets that report it: wide agreement and one-source claims at a glance.' }, [
      block('Coverage', { picture: JSON.stringify(coverage) }),
    ]),
  ];
}

function speakersSection(lookup: Lookup, outlets: Outlets): RootContent[] {
  const { dossier } = lookup;
  if (dossier.statements.length === 0) return [];
  const { columns, others } = columnsOf(outlets);
  const shown = new Set(columns);
  const bySpeaker = new Map<string, Statement[]>();
  for (const statement of dossier.statements) bySpeaker.set(statement.speaker, [...(bySpeaker.get(statement.speaker) ?? []), statement]);
  const speakers = dossier.speakers.filter((speaker) => bySpeaker.has(speaker.id)).sort((a, b) => bySpeaker.get(b.id)!.length - bySpeaker.get(a.id)!.length);
  const rows = speakers.slice(0, glance.speakers).map((speaker) => {
    const statements = bySpeaker.get(speaker.id)!;
    const carried = statements.map((statement) => outletSet(outlets, statement.occurrences.map((occurrence) => occurrence.source)));
    const count = (outlet: string) => carried.filter((names) => names.has(outlet)).length;
    return {
      name: speaker.name,
      role: speaker.role ?? speaker.affiliation,
      statements: statements.length,
      byOutlet: columns.map(count),
      others: carried.filter((names) => [...names].some((name) => !shown.has(name))).length,
    };
  });
  const speaking: Speaking = { columns, others, rows, moreSpeakers: Math.max(0, speakers.length - rows.length) };
  return [
    block('OverviewSection', { id: 'who-speaks', title: 'Who speaks', lede: 'Statements per speaker, and how many of each speaker\'s statements each outlet carries.' }, [
      block('Speaking', { picture: JSON.stringify(speaking) }),
    ]),
  ];
}

/** The latest day any source was written: an entry dated after it was read wrong (a time with no day of its own). */
function lastWriting({ dossier }: Lookup): string | null {
  const dates = dossier.sources.flatMap((source) => [source.published, source.republishedFrom?.published].filter((date): date is string => Boolean(date)));
  return dates.length > 0 ? dates.sort().at(-1)! : null;
}

/** `when` holds what more the section shows (the timeline strip of issue 14 goes there). */
function whenSection(lookup: Lookup, when: RootContent[]): RootContent[] {
  const limit = lastWriting(lookup);
  const dated = lookup.dossier.timeline.filter((entry): entry is TimelineEntry & { date: string } => entry.date !== null && (!limit || entry.date.slice(0, limit.length) <= limit.slice(0, entry.date.length)));
  if (dated.length === 0 && when.length === 0) return [];
  const sorted = [...dated].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const moment = (label: string, entry: TimelineEntry & { date: string }) =>
    block('Moment', { label, date: entry.date, approximate: entry.approximate || null, href: placedHref(lookup, entry.id, entry.href) }, [paragraph(entry.text)]);
  const first = sorted[0];
  const latest = sorted.at(-1);
  const moments = [...(first ? [moment('First', first)] : []), ...(latest && latest !== first ? [moment('Latest', latest)] : [])];
  return [
    block('OverviewSection', { id: 'when', title: 'When', lede: 'The first and the latest dated events the sources report.' }, [...moments, ...when]),
    block('MoreLink', { href: '/timeline/', label: 'The whole timeline' }),
  ];
}

function involvedSection(lookup: Lookup): RootContent[] {
  const { dossier } = lookup;
  const actors = mainActors(dossier.entities, glance.actors, outletNames(dossier.sources));
  if (actors.length === 0) return [];
  const items = actors.map((entity) => {
    const speaker = entity.speaker ? lookup.speakers.get(entity.speaker) : undefined;
    return block('Actor', {
      name: entity.name,
      href: placedHref(lookup, entity.id, `/entities/#${entity.id}`),
      role: speaker?.role ?? (speaker?.affiliation && speaker.affiliation !== entity.name ? speaker.affiliation : null) ?? (entity.type === 'person' ? 'person' : 'organisation'),
      sources: new Set(entity.mentions.map((mention) => mention.source)).size,
      total: dossier.sources.length,
      statements: entity.speaker ? placedHref(lookup, entity.speaker, `/statements/#${entity.speaker}`) : null,
    });
  });
  const all = dossier.entities.length;
  return [
    block('OverviewSection', { id: 'involved', title: 'Who is involved', lede: 'People and organisations by the number of sources that name them.' }, [block('KeyList', { plain: true }, items)]),
    ...(all > actors.length ? [block('MoreLink', { href: '/entities/', label: `All ${all.toLocaleString('en')} names` })] : []),
  ];
}

/** The figures most sources give, in the order of the figures page. */
function figuresSection(lookup: Lookup): RootContent[] {
  const { dossier } = lookup;
  const reporting = (figure: Figure) => new Set(figure.sources.map((citation) => citation.source)).size;
  const figures = dossier.figures
    .map((figure, index) => ({ figure, index, reporting: reporting(figure) }))
    .sort((a, b) => b.reporting - a.reporting || a.index - b.index)
    .slice(0, limits.figures)
    .sort((a, b) => a.index - b.index)
    .map(({ figure }) => figureNode(lookup, figure));
  if (figures.length === 0) return [];
  return [
    block('OverviewSection', { id: 'figures', title: 'Key figures' }, [block('FigureList', {}, figures)]),
    ...(dossier.figures.length > figures.length ? [block('MoreLink', { href: '/figures/', label: `All ${dossier.figures.length} figures` })] : []),
  ];
}

function sourcesSection({ dossier }: Lookup): RootContent[] {
  const sources = dossier.sources.slice(0, limits.sources).map(sourceEntry);
  return [
    block('OverviewSection', { id: 'sources', title: 'Sources' }, [block('SourceList', { numbered: true }, sources)]),
    ...(dossier.sources.length > sources.length ? [block('MoreLink', { href: '/sources/', label: `All ${dossier.sources.length} sources` })] : []),
  ];
}
