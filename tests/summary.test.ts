// The case's title and summary: an outlet's labels go, the summary is drawn from the facts the most
// outlets report, not from one source's first paragraph.
import { describe, expect, it } from 'vitest';
import { cleanHeadline, summarize } from '../src/assemble/summary.ts';
import type { Fact, Source } from '../src/schemas/dossier.ts';

describe('cleanHeadline', () => {
  it.each([
    ['Exclusive: Smuggler with ties to ISIS helped migrants enter US', 'Smuggler with ties to ISIS helped migrants enter US'],
    ['BREAKING: Port closed after chemical spill', 'Port closed after chemical spill'],
    ['BREAKING NEWS Port closed after chemical spill', 'Port closed after chemical spill'],
    ['WATCH: Mayor speaks on the flooding', 'Mayor speaks on the flooding'],
    ['Opinion | The port should never have reopened', 'The port should never have reopened'],
    ['[VIDEO] Flooding in the valley', 'Flooding in the valley'],
    ['Flooding in the valley – live updates', 'Flooding in the valley'],
    ['Port closed after spill | CNN Politics', 'Port closed after spill'],
    ['Port closed after spill - The Guardian', 'Port closed after spill'],
    ['Watch groups say the port is unsafe', 'Watch groups say the port is unsafe'],
    ['Live music returns to the harbour - Opinion', 'Live music returns to the harbour'],
  ])('%s', (headline, clean) => {
    expect(cleanHeadline(headline, ['CNN', 'The Guardian'])).toBe(clean);
  });
});

const paragraph = (id: string, text: string) => ({ id, href: `/s/#${id}`, text, section: 'event' as const, heading: null, start: 0, end: text.length, line: 1, why: [], corrected: null });

function source(id: string, outlet: string, title: string, texts: string[]): Source {
  return {
    id, file: `${id}.txt`, title, titleDerived: false, outlet, url: null, published: null, language: 'en', byline: null, dateline: null, inferred: [],
    digest: id, href: `/sources/${id}/`, headings: [], paragraphs: texts.map((text, index) => paragraph(`p${index}`, text)), removed: [], duplicateOf: null, timesReadAgainst: null,
  };
}

const fact = (id: string, text: string, cited: Array<[string, string]>): Fact => ({ id, href: `/event/#${id}`, text, section: 'event', sources: cited.map(([source, paragraph]) => ({ source, paragraph })), aliases: [], theme: null });

describe('summarize', () => {
  const lede = 'Exclusive details obtained by this outlet show the spill began in a storage tank on the east quay.';
  const sources = [
    source('a', 'Daily A', 'EXCLUSIVE: Chemical spill closes Easthaven port', [lede, 'The port of Easthaven was closed on Monday after a chemical spill.', 'Fire crews contained the spill within six hours.']),
    source('b', 'Daily B', 'Easthaven port closed after chemical spill', ['The port of Easthaven closed on Monday following a chemical spill.', 'Fire crews had contained the spill within six hours, officials said.']),
    source('c', 'Daily C', 'Opinion: The port was never safe', ['The port of Easthaven was shut on Monday after a chemical spill.', 'Critics say the port was never safe.']),
  ];
  const facts = [
    fact('f-lede', lede, [['a', 'p0']]),
    fact('f-closed', 'The port of Easthaven was closed on Monday after a chemical spill.', [['a', 'p1'], ['b', 'p0'], ['c', 'p0']]),
    fact('f-crews', 'Fire crews contained the spill within six hours.', [['a', 'p2'], ['b', 'p1']]),
    fact('f-critics', 'Critics say the port was never safe.', [['c', 'p1']]),
  ];

  it('titles the case with the headline whose words the most sources use, without its label', () => {
    const { title } = summarize({ sources, facts, entities: [] });
    expect(title).toBe('Easthaven port closed after chemical spill');
  });

  it('sums the case up with the most widely reported facts, in their order, and no source\'s first paragraph', () => {
    const { summary } = summarize({ sources, facts, entities: [] });
    expect(summary).toBe('The port of Easthaven was closed on Monday after a chemical spill. Fire crews contained the spill within six hours.');
    for (const each of sources) expect(summary).not.toBe(each.paragraphs[0]?.text);
  });
});
