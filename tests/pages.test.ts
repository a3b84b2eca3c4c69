// Lists that grow with the number of sources are cut short on the section pages and given in full on
// a page of their own: citations of a fact, wordings of a statement and the outlets that carry each.
import { describe, expect, it } from 'vitest';
import { planPages } from '../src/mdx/index.ts';
import { limits, lookupOf } from '../src/mdx/pages.ts';
import type { Dossier } from '../src/schemas/dossier.ts';

const count = 30;
const sourceIds = Array.from({ length: count }, (_, index) => `s${index}`);

function dossier(): Dossier {
  const sources = sourceIds.map((id, index) => ({
    id, file: `${id}.txt`, title: `Report ${index}`, titleDerived: false, outlet: `Outlet ${index % 7}`, url: null, published: '2026-03-0' + ((index % 9) + 1),
    language: 'en', byline: null, dateline: null, inferred: [], republishedFrom: null, digest: id, href: `/sources/${id}/`, headings: [],
    paragraphs: [{ id: `p-${id}`, href: `/sources/${id}/#p-${id}`, text: 'A paragraph.', section: 'event', heading: null, start: 0, end: 12, line: 1, why: '' }],
    removed: [], duplicateOf: null,
  }));
  // Three wordings: the first carried by 24 sources, the others by 3 each.
  const occurrences = sourceIds.map((id, index) => ({
    source: id, paragraph: `p-${id}`, text: index < 24 ? 'We will rebuild the bridge' : index < 27 ? 'We will rebuild that bridge' : 'We will rebuild the old bridge',
    cue: 'said', start: 0, end: 10, id: `q-${id}`,
  }));
  return {
    case: { title: 'A case', summary: 'A summary.' },
    sources,
    speakers: [{ id: 'speaker-mayor', name: 'Ana Mayor', type: 'person', role: 'mayor', affiliation: null, aliases: [], href: '/statements/#speaker-mayor' }],
    statements: [{ id: 'q-s0', href: '/statements/#q-s0', speaker: 'speaker-mayor', text: 'We will rebuild the bridge', occurrences, diffs: [], aliases: occurrences.map((o) => o.id) }],
    facts: [{ id: 'f-bridge', href: '/event/#f-bridge', text: 'The bridge fell.', section: 'event', sources: sourceIds.map((id) => ({ source: id, paragraph: `p-${id}` })), aliases: [], theme: null }],
    timeline: [], figures: [], entities: [], warnings: [],
  } as unknown as Dossier;
}

const names = (node: unknown): string[] => JSON.stringify(node).match(/"name":"([A-Z][A-Za-z]*)"/g)?.map((match) => match.slice(8, -1)) ?? [];

describe('long lists', () => {
  const { pages, details } = planPages(lookupOf(dossier()));
  const page = (route: string) => [...pages, ...details].find((candidate) => candidate.route === route);

  it('cite the first sources of a fact and link to a page with every one', () => {
    const event = names(page('event')?.tree);
    expect(event.filter((name) => name === 'Cite')).toHaveLength(limits.cites);
    expect(JSON.stringify(page('event')?.tree)).toContain('"value":"/event/f-bridge/"');
    expect(names(page('event/f-bridge')?.tree).filter((name) => name === 'SourceLink')).toHaveLength(count);
    // A full list repeats what search finds on the section page: it is left out of the index.
    expect(page('event/f-bridge')?.unsearched).toBe(true);
    expect(page('event')?.unsearched).toBeUndefined();
  });

  it('show each distinct wording once, with at most a few outlets, and the rest on the statement\'s page', () => {
    const statements = page('statements');
    const shown = names(statements?.tree);
    expect(shown.filter((name) => name === 'Wording')).toHaveLength(3);
    expect(shown.filter((name) => name === 'Carrier')).toHaveLength(limits.carriers + 3 + 3);
    expect(JSON.stringify(statements?.tree)).toContain('"name":"count","value":"14"');
    const all = page('statements/q-s0');
    expect(names(all?.tree).filter((name) => name === 'Carrier')).toHaveLength(count);
    expect(names(all?.tree).filter((name) => name === 'Wording')).toHaveLength(3);
  });

  it('keep only a few alias anchors inline; the anchor map has every alias', () => {
    const statements = page('statements');
    const aliases = JSON.stringify(statements?.tree).match(/"name":"aliases","value":"([^"]*)"/)?.[1]?.split(' ') ?? [];
    expect(aliases).toHaveLength(limits.aliases);
    const mapped = new Map(statements?.anchors);
    for (const id of sourceIds.map((source) => `q-${source}`)) expect(mapped.get(id), id).toBe('q-s0');
  });
});
