// The dossier's pages as MDX syntax trees, built from the model. Every piece of seed text is a text
// node or an attribute value here; the components named in the elements render them (src/components).
// Lists that grow with the number of sources (citations, wordings, outlets) show their first few and
// link to a page of their own with all of them, so that no page grows without bound.
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { slug } from 'github-slugger';
import type { Citation, Corrected, Dossier, Entity, Fact, Figure, Source, Speaker, Statement, TimelineEntry } from '../schemas/dossier.ts';
import { block, inline, paragraph, text } from './jsx.ts';
import { counted, fileInto, href, type Group, type Item, type SectionSpec } from './plan.ts';
import { stripOf } from './strip.ts';

export interface GeneratedFile {
  /** Path inside content/. */
  path: string;
  contents: string;
}

/** How many of a growing list a page shows before it links to the list's own page. */
export const limits = { cites: 10, wordings: 6, carriers: 10, carriersPerItem: 200, aliases: 20, figures: 12, sources: 20 };

/** How a source is named in citations: its outlet when known, else its title. */
export function sourceLabel(source: Pick<Source, 'outlet' | 'title' | 'id'>): string {
  return source.outlet ?? source.title ?? source.id;
}

/** What the builders look up: sources and speakers by id, and the page of every item once planned. */
export interface Lookup {
  dossier: Dossier;
  sources: Map<string, Source>;
  speakers: Map<string, Speaker>;
  /** The page an id is shown on and the id it leads to (an alias leads to its item), once planned. */
  placed: Map<string, [page: string, target: string]>;
}

/** The link to where an id is shown, or `fallback` while the pages are not planned yet. */
export function placedHref(lookup: Lookup, id: string, fallback: string): string {
  const place = lookup.placed.get(id);
  return place ? `${place[0]}#${place[1]}` : fallback;
}

export function lookupOf(dossier: Dossier): Lookup {
  return {
    dossier,
    sources: new Map(dossier.sources.map((source) => [source.id, source])),
    speakers: new Map(dossier.speakers.map((speaker) => [speaker.id, speaker])),
    placed: new Map(),
  };
}

const paragraphHref = (citation: Citation) => `/sources/${citation.source}/#${citation.paragraph}`;
const labelOf = (lookup: Lookup, sourceId: string) => {
  const source = lookup.sources.get(sourceId);
  return source ? sourceLabel(source) : sourceId;
};

export function sourcePage(source: Source): Root {
  const children: RootContent[] = [];
  const headings = new Map(source.headings.map((heading) => [heading.text, heading]));
  let currentHeading: string | null = null;
  for (const item of source.paragraphs) {
    if (item.heading !== currentHeading && item.heading !== null) {
      const heading = headings.get(item.heading);
      if (heading) children.push(block('SourceHeading', { id: heading.id, text: heading.text }));
    }
    currentHeading = item.heading;
    children.push(
      block('SourceParagraph', { id: item.id, line: item.line, section: item.section, title: `${source.title} ¶ ${item.line}`, corrected: machineOf(item.corrected) }, [
        paragraph(item.text),
      ]),
    );
  }
  if (source.removed.length > 0) {
    children.push(
      block(
        'RemovedLines',
        { count: source.removed.length },
        source.removed.map((line) => {
          const confirmed = line.corrected?.value === 'removed (confirmed)';
          return block('Removed', { line: line.line, reason: confirmed ? `${line.reason}, confirmed in corrections.yaml` : line.reason, corrected: confirmed ? null : machineOf(line.corrected) }, [paragraph(line.text)]);
        }),
      ),
    );
  }
  return { type: 'root', children };
}

/** What the machine had said of a corrected item, in the words of the mark beside it. */
export function machineOf(corrected: Corrected | null | undefined): string | null {
  if (!corrected) return null;
  if (corrected.field === 'speaker') return corrected.machine === 'unknown' || !corrected.machine ? 'no speaker' : `speaker ${corrected.machine}`;
  if (corrected.field === 'section') return `section ${corrected.machine ?? 'none'}`;
  if (corrected.field === 'name') return corrected.machine ?? 'no name';
  return corrected.machine;
}

/** Numbered citations, the first `limits.cites` of them and a link to the rest on `more`. */
function citations(lookup: Lookup, cited: Citation[], more: string): PhrasingContent[] {
  const shown = cited.slice(0, limits.cites).map((citation, index) => {
    const source = lookup.sources.get(citation.source);
    return inline('Cite', { n: index + 1, href: paragraphHref(citation), label: labelOf(lookup, citation.source), url: source?.url });
  });
  return cited.length > limits.cites ? [...shown, inline('More', { href: more, count: cited.length - limits.cites, noun: 'citation' })] : shown;
}

/** The pages that list every source of an item whose citations are cut short elsewhere. */
function citationPages(lookup: Lookup, route: string, title: string, lede: string, cited: Citation[]): SectionSpec | null {
  if (cited.length <= limits.cites) return null;
  const items: Item[] = cited.map((citation, index) => ({
    ids: [],
    key: `${citation.source}#${citation.paragraph}`,
    node: block('SourceLink', { n: index + 1, href: paragraphHref(citation), label: labelOf(lookup, citation.source), title: lookup.sources.get(citation.source)?.title }),
  }));
  return {
    route,
    title,
    description: `All ${cited.length} sources: ${lede}`,
    lede,
    tocOfGroups: false,
    unsearched: true,
    groups: [{ key: 'sources', label: title, items, wrap: (children) => block('SourceList', { numbered: true }, children) }],
  };
}

const aliasesOf = (id: string, aliases: string[]) => {
  const others = aliases.filter((alias) => alias !== id);
  return others.slice(0, limits.aliases).join(' ') || null;
};

function factItem(lookup: Lookup, fact: Fact, section: 'event' | 'context'): Item {
  const reporting = new Set(fact.sources.map((citation) => citation.source)).size;
  const node = block('Fact', { id: fact.id, aliases: aliasesOf(fact.id, fact.aliases), reporting, single: reporting === 1 && lookup.dossier.sources.length > 1 }, [
    paragraph([text(fact.text), ...citations(lookup, fact.sources, href(`${section}/${fact.id}`))]),
  ]);
  return { ids: [fact.id, ...fact.aliases.filter((alias) => alias !== fact.id)], node };
}

const factsOf = (dossier: Dossier, section: 'event' | 'context') => dossier.facts.filter((fact) => fact.section === section);

export function eventSection(lookup: Lookup): SectionSpec {
  return {
    route: 'event',
    title: 'The event',
    description: 'What happened, told once across the sources, each fact cited.',
    lede: 'What happened, as the sources report it. Each fact is told once and cites every source that reports it; facts only one source reports are marked.',
    tocOfGroups: false,
    groups: [{ key: 'facts', label: 'Facts', items: factsOf(lookup.dossier, 'event').map((fact) => factItem(lookup, fact, 'event')) }],
  };
}

export function contextSection(lookup: Lookup): SectionSpec {
  const themes = fileInto(
    factsOf(lookup.dossier, 'context'),
    (fact) => ({ key: `theme-${slug(fact.theme ?? 'Background')}`, label: fact.theme ?? 'Background' }),
    (fact) => factItem(lookup, fact, 'context'),
  );
  return {
    route: 'context',
    title: 'Context',
    description: 'Background, figures and politics around the case, kept apart from the case\'s facts.',
    lede: 'Background, figures and politics that the sources give around the case, grouped by theme.',
    tocOfGroups: true,
    count: counted('fact'),
    // Theme.astro gives its heading the same id, `theme-` and the slug of the name.
    groups: themes.map((group) => ({ ...group, anchored: true, wrap: (children) => block('Theme', { name: group.label }, children) })),
  };
}

/** Who says a statement, for its attribution line: the speaker's name and role (or affiliation). */
function speakerOf(lookup: Lookup, statement: Statement): { speaker?: string; role?: string | null } {
  const speaker = lookup.speakers.get(statement.speaker);
  return speaker ? { speaker: speaker.name, role: speaker.role ?? speaker.affiliation } : {};
}

/** One wording as an outlet gives it, with the word differences from the quotation when there are any. */
function wordingBody(statement: Statement, diffs: Map<string, Statement['diffs'][number]['parts']>, occurrence: Statement['occurrences'][number]) {
  const parts = diffs.get(occurrence.id);
  const body: PhrasingContent[] = parts
    ? parts.map((part) => (part.added ? inline('ins', {}, [text(part.value)]) : part.removed ? inline('del', {}, [text(part.value)]) : text(part.value)))
    : [text(occurrence.text)];
  return { body, differs: parts?.some((part) => part.added || part.removed) ?? false };
}

/**
 * One wording with the outlets that give it (`carriers`). The words of the quotation itself are not
 * shown twice: their wording names only its outlets, "word for word"; another wording shows its words
 * with the differences marked.
 */
function wordingNode(statement: Statement, diffs: Map<string, Statement['diffs'][number]['parts']>, occurrences: Statement['occurrences'], carriers: PhrasingContent[]): RootContent {
  const first = occurrences[0]!;
  if (wordsOf(first.text) === wordsOf(statement.text)) return block('Wording', { id: first.id, same: true }, [block('Carriers', { same: true }, [paragraph(carriers)])]);
  const { body, differs } = wordingBody(statement, diffs, first);
  return block('Wording', { id: first.id }, [paragraph(body), block('Carriers', { diff: differs || null }, [paragraph(carriers)])]);
}

const carrier = (lookup: Lookup, occurrence: Statement['occurrences'][number]) =>
  inline('Carrier', { href: paragraphHref(occurrence), outlet: labelOf(lookup, occurrence.source), cue: occurrence.cue });

/** A wording as compared: the comma or full stop that closes a quotation belongs to the sentence around it. */
const wordsOf = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/[\s,.;:]+$/, '');

/** A statement's occurrences by wording, and whether the statement's page must show what its section cannot. */
function wordingsOf(statement: Statement): { distinct: Map<string, Statement['occurrences']>; cut: boolean } {
  const distinct = new Map<string, Statement['occurrences']>();
  for (const occurrence of statement.occurrences) {
    const key = wordsOf(occurrence.text);
    const list = distinct.get(key);
    if (list) list.push(occurrence);
    else distinct.set(key, [occurrence]);
  }
  const cut = statement.occurrences.length > limits.wordings && (distinct.size > limits.wordings || [...distinct.values()].some((list) => list.length > limits.carriers));
  return { distinct, cut };
}

/**
 * A statement: the quotation, then each distinct wording once with the outlets that carry it. At most
 * `limits.wordings` wordings and `limits.carriers` outlets each; the statement's own page has them all.
 */
function statementItem(lookup: Lookup, statement: Statement): Item {
  const diffs = new Map(statement.diffs.map((diff) => [diff.occurrence, diff.parts]));
  const { distinct, cut } = wordingsOf(statement);
  const all = href(`statements/${statement.id}`);
  const wordings = [...distinct.values()].slice(0, limits.wordings).map((occurrences) => {
    const first = occurrences[0]!;
    const carriers: PhrasingContent[] = occurrences.slice(0, limits.carriers).map((occurrence) => carrier(lookup, occurrence));
    if (occurrences.length > limits.carriers) carriers.push(inline('More', { href: all, count: occurrences.length - limits.carriers, noun: 'outlet' }));
    return wordingNode(statement, diffs, occurrences, carriers);
  });
  const left = distinct.size - limits.wordings;
  if (left > 0) wordings.push(block('MoreLink', { href: all, label: `${left.toLocaleString('en')} more wording${left === 1 ? '' : 's'}` }));
  const outlets = [...new Set(statement.occurrences.map((occurrence) => labelOf(lookup, occurrence.source)))];
  const shownOutlets = outlets.length > limits.carriers ? `${outlets.slice(0, limits.carriers).join(', ')} and ${outlets.length - limits.carriers} more` : outlets.join(', ');
  const quotation = block('Quotation', { statement: statement.id, outlets: shownOutlets, ...speakerOf(lookup, statement), all: cut ? all : null, corrected: machineOf(statement.corrected) }, [paragraph(statement.text)]);
  const node = block('Statement', { id: statement.id, aliases: aliasesOf(statement.id, statement.aliases) }, [
    quotation,
    ...(wordings.length > 0 ? [block('Wordings', {}, wordings)] : []),
  ]);
  return { ids: [statement.id, ...statement.aliases.filter((alias) => alias !== statement.id)], node };
}

/** Every wording of a statement, each distinct one once with every outlet that gives it (in runs of
 * `limits.carriersPerItem`, so that no single item outgrows a page), on the statement's own pages. */
function wordingPages(lookup: Lookup, statement: Statement): SectionSpec | null {
  const { distinct, cut } = wordingsOf(statement);
  if (!cut) return null;
  const diffs = new Map(statement.diffs.map((diff) => [diff.occurrence, diff.parts]));
  const speaker = lookup.speakers.get(statement.speaker)?.name;
  const items: Item[] = [...distinct.values()].flatMap((occurrences) => {
    const runs: Item[] = [];
    for (let start = 0; start < occurrences.length; start += limits.carriersPerItem) {
      const run = occurrences.slice(start, start + limits.carriersPerItem);
      runs.push({ ids: [], key: `${run[0]!.id}:${start}`, node: wordingNode(statement, diffs, run, run.map((occurrence) => carrier(lookup, occurrence))) });
    }
    return runs;
  });
  return {
    route: `statements/${statement.id}`,
    title: speaker ? `Every wording of a statement by ${speaker}` : 'Every wording of a statement',
    description: `All ${statement.occurrences.length} wordings of: ${statement.text}`,
    lede: `“${statement.text}”: ${distinct.size} wording${distinct.size === 1 ? '' : 's'}, in ${statement.occurrences.length} places.`,
    tocOfGroups: false,
    unsearched: true,
    groups: [{ key: 'wordings', label: 'Wordings', items, wrap: (children) => block('Wordings', {}, children) }],
  };
}

export function statementsSection(lookup: Lookup): SectionSpec {
  const { dossier } = lookup;
  const bySpeaker = new Map<string, Statement[]>();
  for (const statement of dossier.statements) {
    const list = bySpeaker.get(statement.speaker);
    if (list) list.push(statement);
    else bySpeaker.set(statement.speaker, [statement]);
  }
  const entityOf = new Map(dossier.entities.flatMap((entity) => (entity.speaker ? [[entity.speaker, entity.id] as const] : [])));
  const groups: Group[] = dossier.speakers
    .filter((speaker) => bySpeaker.has(speaker.id))
    .map((speaker) => {
      const statements = bySpeaker.get(speaker.id)!;
      const entity = entityOf.get(speaker.id);
      return {
        key: speaker.id,
        label: speaker.name,
        anchored: true,
        items: statements.map((statement) => statementItem(lookup, statement)),
        // The count of the speaker's statements heads the first page only: a further page changes with its own items.
        wrap: (children, first) =>
          block(
            'SpeakerSection',
            {
              id: speaker.id,
              name: speaker.name,
              role: speaker.role,
              affiliation: speaker.affiliation,
              type: speaker.type,
              count: first ? statements.length : null,
              entity: entity ? placedHref(lookup, entity, `/entities/#${entity}`) : null,
              corrected: machineOf(speaker.corrected),
            },
            children,
          ),
      };
    });
  return {
    route: 'statements',
    title: 'Statements',
    description: 'Every direct quote, by speaker, with each outlet\'s wording and the differences.',
    lede: 'Every direct quote in the sources, grouped by speaker. Each statement shows every outlet\'s wording; differences from the fullest wording are marked as insertions and deletions.',
    tocOfGroups: true,
    count: counted('statement'),
    groups,
  };
}

const monthName = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The timeline's groups: a month when the date has one, else a year; undated events; dates only mentioned. */
function periodOf(entry: TimelineEntry): { key: string; label: string } {
  if (entry.kind === 'mention') return { key: 'mentioned', label: 'Dates mentioned' };
  if (!entry.date) return { key: 'undated', label: 'Undated events' };
  if (entry.date.length === 4) return { key: entry.date, label: entry.date };
  const month = entry.date.slice(0, 7);
  return { key: month, label: monthName.format(new Date(`${month}-01T00:00:00Z`)) };
}

/** "29 August (CNN) · 30 August (Reuters)": every date the sources give an entry, when they disagree. */
function conflictOf(lookup: Lookup, entry: TimelineEntry): string | null {
  if ((entry.readings ?? []).length < 2) return null;
  return entry.readings.map((reading) => `${reading.when} (${reading.sources.map((source) => labelOf(lookup, source)).join(', ')})`).join(' · ');
}

function timelineItem(lookup: Lookup, entry: TimelineEntry): Item {
  const aliases = entry.aliases ?? [];
  const others = (entry.tellings ?? []).filter((telling) => telling.text !== entry.text).slice(0, limits.wordings);
  const tellings = others.map((telling) =>
    paragraph([text(`${labelOf(lookup, telling.source)}${telling.when ? `, ${telling.when}` : ''}: “${telling.text}”`), inline('Cite', { n: 1, href: paragraphHref(telling), label: labelOf(lookup, telling.source), url: lookup.sources.get(telling.source)?.url })]),
  );
  const node = block('TimelineEntry', { id: entry.id, when: entry.when ?? null, approximate: entry.approximate, expression: entry.expression || null, aliases: aliasesOf(entry.id, aliases), conflict: conflictOf(lookup, entry) }, [
    paragraph([text(entry.text), ...citations(lookup, entry.sources, href(`timeline/${entry.id}`))]),
    ...(tellings.length > 0 ? [block('TimelineTellings', { count: others.length }, tellings)] : []),
  ]);
  return { ids: [entry.id, ...aliases.filter((alias) => alias !== entry.id)], node };
}

/** The strip of the timeline's dated events, for the timeline page or (small) the overview; null with fewer than two. */
export function timelineStrip(lookup: Lookup, small = false): RootContent | null {
  const strip = stripOf(lookup.dossier.timeline);
  return strip ? block('TimelineStrip', { strip: JSON.stringify(strip), small: small || null, href: small ? '/timeline/' : null }) : null;
}

export function timelineSection(lookup: Lookup): SectionSpec {
  const groups = fileInto(lookup.dossier.timeline, periodOf, (entry) => timelineItem(lookup, entry));
  const strip = timelineStrip(lookup);
  return {
    route: 'timeline',
    title: 'Timeline',
    description: 'The case\'s chronology: each event once, dated as precisely as any source allows.',
    lede: 'The events of the case in order, each told once with every source that dates it; where sources disagree on a date, each date is shown. Events no source dates come after, and dates the sources only mention (a year used as a name, a deadline ahead) last.',
    tocOfGroups: false,
    count: counted('entry', 'entries'),
    ...(strip ? { head: [strip] } : {}),
    groups,
  };
}

/** The letter an entity is filed under: the first letter of its name, or `other`. */
function letterOf(entity: Entity): { key: string; label: string } {
  const first = entity.name.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toLowerCase();
  return /^[a-z]$/.test(first) ? { key: first, label: first.toUpperCase() } : { key: 'other', label: 'Other' };
}

export function entitiesSection(lookup: Lookup): SectionSpec {
  const groups = fileInto(lookup.dossier.entities, letterOf, (entity) => ({
    ids: [entity.id],
    node: block(
      'EntityEntry',
      {
        id: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: entity.aliases.join(' · ') || null,
        mentions: entity.mentions.length,
        statements: entity.speaker ? placedHref(lookup, entity.speaker, `/statements/#${entity.speaker}`) : null,
      },
      [paragraph(citations(lookup, entity.mentions, href(`entities/${entity.id}`)))],
    ),
  }));
  return {
    route: 'entities',
    title: 'People & organisations',
    description: 'People, organisations and places named in the sources.',
    lede: 'People, organisations and places named in the sources, each with the paragraphs that mention it.',
    tocOfGroups: false,
    count: counted('name'),
    groups: groups.sort((a, b) => (a.key === 'other' ? 1 : b.key === 'other' ? -1 : a.key.localeCompare(b.key))),
  };
}

export const figureNode = (lookup: Lookup, figure: Figure) =>
  block('FigureEntry', { id: figure.id }, [paragraph([text(figure.text), ...citations(lookup, figure.sources, href(`figures/${figure.id}`))])]);

export function figuresSection(lookup: Lookup): SectionSpec {
  return {
    route: 'figures',
    title: 'Figures',
    description: 'Every number the sources give about the case, with the sources that give it.',
    lede: 'Every number the sources give, with the sources that give it.',
    tocOfGroups: false,
    groups: [{ key: 'figures', label: 'Figures', items: lookup.dossier.figures.map((figure) => ({ ids: [figure.id], node: figureNode(lookup, figure) })), wrap: (children) => block('FigureList', {}, children) }],
  };
}

export const sourceEntry = (source: Source) =>
  block('SourceEntry', {
    href: source.href,
    title: source.title,
    outlet: sourceLabel(source),
    published: source.published,
    derived: source.titleDerived || null,
    paragraphs: source.paragraphs.length,
    removed: source.removed.length,
  });

export function sourcesSection(lookup: Lookup): SectionSpec {
  return {
    route: 'sources',
    title: 'Sources',
    description: 'Every source, cleaned of page junk, with paragraph anchors.',
    lede: 'Every source as it was published, cleaned of page junk, with an anchor on every paragraph.',
    tocOfGroups: false,
    // A source's own page is /sources/<id>/, so further parts of the list take two segments.
    part: (route, name) => `${route}/page/${name}`,
    groups: [{ key: 'sources', label: 'Sources', items: lookup.dossier.sources.map((source) => ({ ids: [], key: source.id, node: sourceEntry(source) })), wrap: (children) => block('SourceList', { numbered: true }, children) }],
  };
}

/** The pages listing everything an item's cut-short lists leave out. */
export function detailSections(lookup: Lookup): SectionSpec[] {
  const { dossier } = lookup;
  const specs: Array<SectionSpec | null> = [
    ...dossier.facts.flatMap((fact) => (fact.section === 'event' || fact.section === 'context' ? [citationPages(lookup, `${fact.section}/${fact.id}`, 'Every source of a fact', fact.text, fact.sources)] : [])),
    ...dossier.statements.map((statement) => wordingPages(lookup, statement)),
    ...dossier.timeline.map((entry) => citationPages(lookup, `timeline/${entry.id}`, `Every source dating ${entry.when ?? 'an undated entry'}`, entry.text, entry.sources)),
    ...dossier.entities.map((entity) => citationPages(lookup, `entities/${entity.id}`, `Every mention of ${entity.name}`, entity.name, entity.mentions)),
    ...dossier.figures.map((figure) => citationPages(lookup, `figures/${figure.id}`, 'Every source of a figure', figure.text, figure.sources)),
  ];
  return specs.filter((spec): spec is SectionSpec => spec !== null);
}
