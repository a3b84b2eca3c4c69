// Statements: speakers merged across sources, quotes grouped across outlets with word diffs, stable
// ids; and the seeds scored against the gold (quote F1, speaker accuracy, shared statements grouped).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../src/assemble/index.ts';
import { assembleStatements, matchWords, prepare, sameStatement } from '../src/assemble/statements.ts';
import { f1, ratio, scoreFile, scoreGrouping, type CrossSourceEntry, type GoldFile } from '../src/eval/score.ts';
import { processSource } from '../src/pipeline/index.ts';
import type { QuoteMention, SourceRecord, SpeakerMention } from '../src/pipeline/types.ts';
import { goldDir } from '../scripts/lib/gold.ts';

const root = path.resolve(import.meta.dirname, '..');

const person = (name: string, aliases: string[] = [], role: string | null = null): SpeakerMention => ({ name, type: 'person', role, affiliation: null, aliases });
const agency = (name: string, aliases: string[] = []): SpeakerMention => ({ name, type: 'organization', role: null, affiliation: null, aliases });

/** A source record holding only quotes, one paragraph each. */
function record(file: string, quotes: Array<[string, SpeakerMention]>): SourceRecord {
  let offset = 0;
  const paragraphs = quotes.map(([text, speaker], index) => {
    const quote: QuoteMention = { text, start: offset + 1, end: offset + 1 + text.length, speaker, cue: 'said' };
    offset += text.length + 10;
    return { id: `p-${file}-${index}`, text, start: quote.start - 1, end: quote.end + 1, line: index + 1, heading: null, section: 'statement' as const, why: [], quotes: [quote], times: [], figures: [], entities: [] };
  });
  return { id: file.replace(/\.txt$/, ''), file, digest: file, text: '', title: file, titleDerived: false, meta: { outlet: null, url: null, published: null, language: null, title: null, byline: null, dateline: null, inferred: [] }, headings: [], paragraphs, removed: [], messages: [] };
}

describe('matching wordings', () => {
  it('unifies country spellings, drops bracketed substitutions and ellipses, splits dashes', () => {
    expect(matchWords('the United States [agency] said … yes—no')).toEqual(['us', 'said', 'yes', 'no']);
    expect(matchWords('in the U.S.')).toEqual(['in', 'us']);
    expect(matchWords('between 8 p.m. and 10PM')).toEqual(matchWords('between 8pm and 10 pm'));
  });

  it('meets British and American spellings and a compound with or without its hyphen, and no other word', () => {
    expect(matchWords('Price-fixing is a criminal offence: we will analyse the centre’s catalogue and the labour programme.'))
      .toEqual(matchWords('Price fixing is a criminal offense: we will analyze the center’s catalog and the labor program.'));
    expect(matchWords('They organised it; the realisation centred on theatres')).toEqual(matchWords('They organized it; the realization centered on theaters'));
    expect(matchWords('four hours for your tour')).toEqual(['four', 'hours', 'for', 'your', 'tour']);
    expect(matchWords('the filling and the filing')).toEqual(['the', 'filling', 'and', 'the', 'filing']);
    const wording = (text: string) => prepare(matchWords(text));
    expect(sameStatement(wording('Bid-rigging is not a victimless offence.'), wording('Bid rigging is not a victimless offense'))).toBe(true);
  });

  it('groups a dropped clause and a contained partial quote, not a different sentence', () => {
    const wording = (text: string) => prepare(matchWords(text));
    const full = wording('We will rebuild the school before the autumn term, whatever it costs the county.');
    expect(sameStatement(full, wording('We will rebuild the school … whatever it costs the county.'))).toBe(true);
    expect(sameStatement(full, wording('before the autumn term'))).toBe(true);
    expect(sameStatement(full, wording('The county cannot afford a new school this year.'))).toBe(false);
  });
});

describe('assembleStatements', () => {
  const first = record('a.txt', [
    ['The river will be dredged before the spring floods arrive in the United States,', person('Ines Moreau', ['Moreau'], 'Water Board spokeswoman')],
    ['dredged before the spring floods', person('Moreau')],
    ['All permits are in order.', agency('Environmental Protection Agency', ['EPA'])],
  ]);
  const second = record('b.txt', [
    ['The river will be dredged before the spring floods arrive in the US', person('Ines Moreau', [], 'Water Board spokesperson')],
    ['All permits are in order', agency('EPA')],
  ]);

  it('merges a speaker across surname, acronym and role spellings', () => {
    const { speakers } = assembleStatements([first, second]);
    expect(speakers.map((speaker) => speaker.name)).toEqual(['Environmental Protection Agency', 'Ines Moreau']);
    const moreau = speakers.find((speaker) => speaker.name === 'Ines Moreau');
    expect(moreau?.role).toBe('Water Board spokesperson');
    expect(moreau?.aliases).toContain('Moreau');
    expect(moreau?.id).toBe('speaker-ines-moreau');
  });

  it('keeps two people of one surname apart', () => {
    const { speakers } = assembleStatements([
      record('a.txt', [['We will appeal the ruling', person('Ines Moreau', ['Moreau'])]]),
      record('b.txt', [['The harbour stays open', person('Paul Moreau', ['Moreau'])]]),
    ]);
    expect(speakers.map((speaker) => speaker.name).sort()).toEqual(['Ines Moreau', 'Paul Moreau']);
  });

  it('groups wordings across outlets, attaches a partial quote, and diffs against the fullest', () => {
    const { statements } = assembleStatements([first, second]);
    const river = statements.find((statement) => statement.text.startsWith('The river'));
    expect(river?.occurrences.map((occurrence) => occurrence.source)).toEqual(['a', 'a', 'b']);
    expect(river?.text).toBe('The river will be dredged before the spring floods arrive in the United States,');
    expect(river?.diffs).toHaveLength(2);
    const changed = river?.diffs.find((diff) => diff.occurrence === river.occurrences[2]?.id)?.parts.filter((part) => part.added || part.removed);
    expect(changed?.map((part) => part.value.trim())).toEqual(['United States,', 'US']);
  });

  it('joins the same long wording under any speaker into one statement, as a spokesperson and the agency she speaks for', () => {
    const unknown: SpeakerMention = { name: 'unknown', type: 'unknown', role: null, affiliation: null, aliases: [] };
    const words = 'Every pump in the district will be replaced before the end of the year';
    const { statements } = assembleStatements([
      record('a.txt', [[words, unknown]]),
      record('b.txt', [[`${words},`, person('Ines Moreau')]]),
      record('c.txt', [[words, agency('Water Board')]]),
      record('d.txt', [[words, person('Ines Moreau')]]),
    ]);
    // One outlet erred or named the agency for its spokesperson: the speaker is the one most wordings have.
    expect(statements.map((statement) => [statement.speaker, statement.occurrences.map((occurrence) => occurrence.source)])).toEqual([
      ['speaker-ines-moreau', ['a', 'b', 'c', 'd']],
    ]);
  });

  it('takes a name with and without its letters like ø and å for one speaker, named in the exact spelling', () => {
    const { speakers } = assembleStatements([
      record('a.txt', [['We will replace every battery', person('Håkon Ødegård')]]),
      record('b.txt', [['Nothing matters more than safety', person('Hakon Odegard')]]),
    ]);
    expect(speakers.map((speaker) => [speaker.name, speaker.aliases])).toEqual([['Håkon Ødegård', ['Hakon Odegard']]]);
  });

  it('keeps a short wording of two known speakers apart: two people may both say "We will appeal"', () => {
    const { statements } = assembleStatements([
      record('a.txt', [['We will appeal the ruling', person('Ines Moreau')]]),
      record('b.txt', [['We will appeal the ruling', person('Tomas Weir')]]),
    ]);
    expect(statements.map((statement) => statement.speaker).sort()).toEqual(['speaker-ines-moreau', 'speaker-tomas-weir']);
  });

  it('makes one statement of two parts that a third outlet quotes as one, keeping both ids', () => {
    const [a, b] = ['Nobody should have to queue for clean water in this city.', 'We will find out who signed off on the closure.'];
    const parts = assembleStatements([record('a.txt', [[a, person('Ines Moreau')]]), record('b.txt', [[b, person('Ines Moreau')]])]).statements;
    expect(parts).toHaveLength(2);
    const { statements } = assembleStatements([record('a.txt', [[a, person('Ines Moreau')]]), record('b.txt', [[b, person('Ines Moreau')]]), record('c.txt', [[`${a} ${b}`, person('Ines Moreau')]])]);
    expect(statements.map((statement) => statement.occurrences.map((occurrence) => occurrence.source))).toEqual([['a', 'b', 'c']]);
    for (const part of parts) expect([statements[0]?.id, ...(statements[0]?.aliases ?? [])]).toContain(part.id);
    // Two people's words stay apart, whatever a third wording holds.
    const apart = assembleStatements([record('a.txt', [[a, person('Ines Moreau')]]), record('b.txt', [[b, person('Tomas Weir')]]), record('c.txt', [[`${a} ${b}`, person('Ines Moreau')]])]).statements;
    expect(apart).toHaveLength(2);
  });

  it('makes one statement of two stretches of one remark that share a sentence, and of unattributed words inside a known wording', () => {
    const unknown: SpeakerMention = { name: 'unknown', type: 'unknown', role: null, affiliation: null, aliases: [] };
    const { statements } = assembleStatements([
      record('a.txt', [['He loved the river more than anything. He fished there every summer with his father.', person('Ines Moreau')]]),
      record('b.txt', [['He fished there every summer with his father. Now the water is poison.', person('Ines Moreau')]]),
      record('c.txt', [['fished there every summer with his father', unknown]]),
      record('d.txt', [['He loved the river more than anything.', person('Tomas Weir')]]),
    ]);
    expect(statements.map((statement) => [statement.speaker, statement.occurrences.map((occurrence) => occurrence.source)])).toEqual([
      ['speaker-ines-moreau', ['a', 'b', 'c']],
      ['speaker-tomas-weir', ['d']],
    ]);
  });

  it('keeps ids stable when a source is added: the old id is the id or an alias', () => {
    const before = assembleStatements([second]).statements;
    const after = assembleStatements([first, second]).statements;
    for (const statement of before) {
      expect(after.some((candidate) => candidate.id === statement.id || candidate.aliases.includes(statement.id))).toBe(true);
    }
    expect(assembleStatements([second, first])).toEqual(assembleStatements([first, second]));
  });
});

describe('the seeds against the gold', () => {
  const seeds = readdirSync(path.join(root, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
  const records = seeds.map((fileName) => processSource({ fileName, bytes: readFileSync(path.join(root, 'seeds', fileName)) }));
  const dossier = assemble(records);
  const texts = new Map(records.map((source) => [source.file, source.text]));
  const golds = readdirSync(goldDir)
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => JSON.parse(readFileSync(path.join(goldDir, name), 'utf8')) as GoldFile);
  const scores = golds.map((gold) => scoreFile(dossier, gold, texts.get(gold.file) ?? ''));
  const total = (pick: (score: (typeof scores)[number]) => { hit: number; total: number }) =>
    scores.map(pick).reduce((a, b) => ({ hit: a.hit + b.hit, total: a.total + b.total }), { hit: 0, total: 0 });

  it('finds the quotes: F1 ≥ 0.97', () => {
    const precision = ratio(total((score) => score.quotes.precision));
    const recall = ratio(total((score) => score.quotes.recall));
    expect(f1(precision, recall)).toBeGreaterThanOrEqual(0.97);
  });

  it('names the speakers: accuracy ≥ 0.97', () => {
    expect(ratio(total((score) => score.speakers))).toBeGreaterThanOrEqual(0.97);
  });

  it('groups the 5 statements quoted in both seeds', () => {
    const entries = JSON.parse(readFileSync(path.join(goldDir, 'cross-source.json'), 'utf8')) as CrossSourceEntry[];
    const { grouped } = scoreGrouping(dossier, entries, texts);
    expect(grouped).toEqual({ hit: 5, total: 5 });
  });
});
