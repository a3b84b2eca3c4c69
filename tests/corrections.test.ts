// Corrections (seeds/corrections.yaml): checked with file:line:col and the field, applied after
// extraction and before grouping, shown beside the machine's value; stale ones warn, two of one target stop.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCorrections } from '../src/corrections/index.ts';
import { contentFiles } from '../src/mdx/index.ts';
import { reviewQueue } from '../src/review/queue.ts';
import type { Dossier } from '../src/schemas/dossier.ts';
import { ingest } from '../scripts/lib/ingest.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/corrections');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const folders: string[] = [];

/** A fresh copy of the fixture seeds (and more files), with `corrections` as corrections.yaml. */
function seedsWith(corrections: string | null, extra: string[] = []): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'casefile-corrections-'));
  folders.push(folder);
  cpSync(path.join(fixtures, 'seeds'), folder, { recursive: true });
  for (const file of extra) cpSync(path.join(fixtures, 'added', file), path.join(folder, file));
  if (corrections !== null) writeFileSync(path.join(folder, 'corrections.yaml'), corrections);
  return folder;
}

const build = async (seedsDir: string) => ingest({ seedsDir, workers: 0 });
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const statementOf = (dossier: Dossier, id: string) => dossier.statements.find((statement) => statement.id === id || statement.aliases.includes(id));
const speakerName = (dossier: Dossier, id: string | undefined) => dossier.speakers.find((speaker) => speaker.id === id)?.name;
const page = (dossier: Dossier, file: string) => contentFiles(dossier).find((entry) => entry.path === file)?.contents ?? '';

describe('corrections.yaml is checked', () => {
  it('reads every kind of correction with its place', () => {
    const { corrections, errors } = parseCorrections(fixture('valid.yaml'), 'seeds/corrections.yaml');
    expect(errors).toEqual([]);
    expect(corrections.case.title).toEqual({ value: 'The Easthaven port spill', at: { line: 2, column: 10 } });
    expect(corrections.speakers[0]).toMatchObject({ name: 'Dana Kowalski', aliases: [{ name: 'Dana Kowalsky', at: { line: 6, column: 15 } }], role: 'spokesperson', type: null });
    expect(corrections.statements).toEqual([
      { id: 'q-harbor-gazette-it-smelled-like-burning-8eceb1', speaker: 'Tom Reyes', drop: null, at: { line: 12, column: 3 } },
      { id: 'q-coast-daily-the-cleanup-could-take-4bdc41', speaker: null, drop: 'not reported speech', at: { line: 13, column: 3 } },
    ]);
    expect(corrections.paragraphs[1]).toMatchObject({ source: 'coast-daily', paragraph: 'p-residents-said-the-smell-reached-23815b', junk: 'photo caption', section: null });
    expect(corrections.lines).toEqual([
      { source: 'harbor-gazette', line: 24, keep: true, at: { line: 18, column: 3 } },
      { source: 'harbor-gazette', line: 5, keep: false, at: { line: 19, column: 3 } },
    ]);
  });

  it('reports every problem as file:line:col with the field and what to do', () => {
    const { errors } = parseCorrections(fixture('invalid.yaml'), 'seeds/corrections.yaml');
    expect(errors.map(String)).toEqual([
      expect.stringMatching(/^seeds\/corrections\.yaml:3:3: Invalid correction, field "case\.subtitle": Unexpected field, expected one of title, summary\.$/),
      expect.stringMatching(/^seeds\/corrections\.yaml:7:11: .*field "speakers\.0\.type": Unexpected value, expected person, organization or media/),
      expect.stringMatching(/^seeds\/corrections\.yaml:11:3: .*field "statements\.q-we-will-not-1a2b3c": Unexpected value, expected exactly one of speaker or drop/),
      expect.stringMatching(/^seeds\/corrections\.yaml:12:3: .*field "statements\.paragraph-one": Unexpected key "paragraph-one", expected a statement id/),
      expect.stringMatching(/^seeds\/corrections\.yaml:14:40: .*field "paragraphs\.src-a#p-some-text-1a2b3c\.section": Unexpected value, expected event, statement or context/),
      expect.stringMatching(/^seeds\/corrections\.yaml:16:3: .*field "lines\.src-a:0": Unexpected key "src-a:0", expected <source id>:<line number>/),
      expect.stringMatching(/^seeds\/corrections\.yaml:17:21: .*field "lines\.src-a:12\.keep": Unexpected value, expected true/),
    ]);
  });

  it('takes a name given to two speakers, or a key written twice, for two corrections of one target', () => {
    const speakers = parseCorrections('speakers:\n  - name: Jane Roe\n    aliases: [Roe]\n  - name: John Roe\n    aliases: [Roe]\n', 'c.yaml');
    expect(speakers.errors.map(String)).toEqual([expect.stringMatching(/^c\.yaml:5:15: .*"speakers\.1": Unexpected name "Roe" in two speakers \("Jane Roe" and "John Roe"\)/)]);
    const twice = parseCorrections('statements:\n  q-a-1b2c3d: { drop: x }\n  q-a-1b2c3d: { drop: y }\n', 'c.yaml');
    expect(twice.errors.map(String)).toEqual([expect.stringMatching(/^c\.yaml:3:3: .*field "q-a-1b2c3d": Unexpected second correction of the same target/)]);
  });

  it('stops the build (ingest throws) on an invalid file, naming it', async () => {
    await expect(build(seedsWith(fixture('invalid.yaml')))).rejects.toThrow(/corrections\.yaml:3:3: Invalid correction, field "case\.subtitle"/);
  });
});

describe('corrections applied to the fixture seeds', async () => {
  const machine = (await build(seedsWith(null))).dossier;
  const result = await build(seedsWith(fixture('valid.yaml')));
  const corrected = result.dossier;

  it('sets the case title and summary, with the machine\'s beside them', () => {
    expect(corrected.case).toEqual({ title: 'The Easthaven port spill', summary: 'A chemical spill closed the port of Easthaven for a day.' });
    expect(corrected.corrections.find((entry) => entry.field === 'title')?.machine).toBe(machine.case.title);
  });

  it('merges speakers, and the merged speaker\'s statements group together under one id', () => {
    const before = machine.statements.filter((statement) => statement.text.startsWith('We have contained'));
    expect(new Set(before.map((statement) => speakerName(machine, statement.speaker)))).toEqual(new Set(['Dana Kowalski', 'Dana Kowalsky']));
    const after = corrected.statements.filter((statement) => statement.text.startsWith('We have contained'));
    expect(after).toHaveLength(1);
    // Its id is one the machine gave (the first wording's), and the other wording's still leads to it.
    expect(before.map((statement) => statement.id)).toContain(after[0]?.id);
    expect(new Set([after[0]?.id, ...(after[0]?.aliases ?? [])])).toEqual(new Set(before.map((statement) => statement.id)));
    expect(after[0]?.occurrences.map((occurrence) => occurrence.source).sort()).toEqual(['coast-daily', 'harbor-gazette']);
    const speaker = corrected.speakers.find((candidate) => candidate.name === 'Dana Kowalski');
    expect(speaker).toMatchObject({ role: 'spokesperson', affiliation: 'Easthaven Port Authority', corrected: { field: 'name' } });
    expect(speaker?.aliases).toContain('Dana Kowalsky');
    expect(corrected.speakers.some((candidate) => candidate.name === 'Dana Kowalsky')).toBe(false);
  });

  it('reattributes a statement: same id, the new speaker, attribution "correction", the machine\'s speaker beside it', () => {
    const id = 'q-harbor-gazette-it-smelled-like-burning-8eceb1';
    expect(statementOf(machine, id)).toMatchObject({ attribution: 'pronoun' });
    const statement = statementOf(corrected, id);
    expect(statement?.id).toBe(id);
    expect(speakerName(corrected, statement?.speaker)).toBe('Tom Reyes');
    expect(statement).toMatchObject({ attribution: 'correction', corrected: { field: 'speaker', machine: 'Maria Lopez', value: 'Tom Reyes' } });
    expect(statement?.occurrences[0]?.attribution).toBe('pronoun');
    expect(page(corrected, 'pages/statements.mdx')).toMatch(/<Quotation statement="q-harbor-gazette-it-smelled-like-burning-8eceb1"[^>]*corrected="speaker Maria Lopez"/);
  });

  it('drops a statement, and lists it with the reason', () => {
    expect(statementOf(machine, 'q-coast-daily-the-cleanup-could-take-4bdc41')).toBeDefined();
    expect(statementOf(corrected, 'q-coast-daily-the-cleanup-could-take-4bdc41')).toBeUndefined();
    expect(corrected.corrections).toContainEqual(expect.objectContaining({ kind: 'statement', field: 'drop', reason: 'not reported speech' }));
  });

  it('moves a paragraph to another section, and its facts with it', () => {
    const paragraph = (dossier: Dossier) => dossier.sources.find((source) => source.id === 'harbor-gazette')?.paragraphs.find((candidate) => candidate.id === 'p-the-port-handles-about-4-d4d01f');
    expect(paragraph(machine)?.section).toBe('context');
    expect(paragraph(corrected)).toMatchObject({ section: 'event', corrected: { field: 'section', machine: 'context', value: 'event' } });
    const fact = (dossier: Dossier) => dossier.facts.find((candidate) => candidate.text.startsWith('The port handles about 4,000'));
    expect(fact(machine)?.section).toBe('context');
    expect(fact(corrected)?.section).toBe('event');
    expect(page(corrected, 'sources/harbor-gazette.mdx')).toMatch(/id="p-the-port-handles-about-4-d4d01f"[^>]*section="event"[^>]*corrected="section context"/);
  });

  it('removes a paragraph as junk, with the reason, and what the machine had done', () => {
    const source = corrected.sources.find((candidate) => candidate.id === 'coast-daily');
    expect(source?.paragraphs.some((paragraph) => paragraph.id === 'p-residents-said-the-smell-reached-23815b')).toBe(false);
    expect(source?.removed).toContainEqual(expect.objectContaining({ reason: 'photo caption', text: 'Residents said the smell reached the town centre by noon.', corrected: expect.objectContaining({ machine: 'kept as a paragraph (event)' }) }));
    expect(corrected.facts.some((fact) => fact.text.startsWith('Residents said the smell'))).toBe(false);
  });

  it('keeps a removed line as article text, and confirms another removal', () => {
    const before = machine.sources.find((candidate) => candidate.id === 'harbor-gazette');
    const after = corrected.sources.find((candidate) => candidate.id === 'harbor-gazette');
    expect(before?.removed.some((line) => line.line === 24)).toBe(true);
    expect(after?.removed.some((line) => line.line === 24)).toBe(false);
    expect([...(after?.paragraphs ?? []).map((paragraph) => paragraph.text), ...(after?.headings ?? []).map((heading) => heading.text)]).toContain('Share this article');
    expect(after?.removed.find((line) => line.line === 5)?.corrected).toMatchObject({ value: 'removed (confirmed)' });
  });

  it('lists every correction applied, and the Corrections page names them', () => {
    expect(corrected.corrections.map((entry) => `${entry.kind} ${entry.field}`).sort()).toEqual([
      'case summary', 'case title', 'line keep', 'line keep', 'paragraph junk', 'paragraph section', 'speaker name', 'statement drop', 'statement speaker',
    ]);
    const list = page(corrected, 'pages/corrections.mdx');
    expect(list.match(/<CorrectionEntry/g)).toHaveLength(9);
    expect(page(machine, 'pages/corrections.mdx')).toBe('');
    expect(result.warnings.filter((warning) => warning.ruleId === 'stale-correction')).toEqual([]);
  });

  it('takes corrected items out of the review queue', () => {
    const listed = (dossier: Dossier) => reviewQueue(dossier).map((entry) => entry.href);
    expect(listed(machine)).toContain('/statements/#q-harbor-gazette-it-smelled-like-burning-8eceb1');
    expect(listed(corrected)).not.toContain('/statements/#q-harbor-gazette-it-smelled-like-burning-8eceb1');
  });
});

describe('corrections whose target is gone, or two of one target', () => {
  it('warns with the place in corrections.yaml and the id, and the build goes on', async () => {
    const yaml = [
      'statements:',
      '  q-harbor-gazette-words-no-longer-there-123abc: { drop: scare quote }',
      'paragraphs:',
      '  harbor-gazette#p-gone-123abc: { section: event }',
      '  removed-source#p-gone-123abc: { junk: caption }',
      'lines:',
      '  harbor-gazette:7: { keep: true }',
      'speakers:',
      '  - name: Nobody Here',
    ].join('\n');
    const result = await build(seedsWith(yaml));
    const stale = result.warnings.filter((warning) => warning.ruleId === 'stale-correction').map((warning) => `${path.basename(warning.file)}:${warning.line}:${warning.column} ${warning.message}`);
    expect(stale).toEqual([
      expect.stringMatching(/^corrections\.yaml:9:11 Unexpected speaker "Nobody Here"/),
      expect.stringMatching(/^corrections\.yaml:7:3 Unexpected lines\.harbor-gazette:7: line 7 of harbor-gazette\.txt is not a removed line/),
      expect.stringMatching(/^corrections\.yaml:4:3 Unexpected paragraph "p-gone-123abc"/),
      expect.stringMatching(/^corrections\.yaml:5:3 Unexpected source "removed-source"/),
      expect.stringMatching(/^corrections\.yaml:2:3 Unexpected statement id "q-harbor-gazette-words-no-longer-there-123abc"/),
    ]);
    expect(result.dossier.statements.length).toBeGreaterThan(0);
    expect(result.dossier.corrections).toEqual([]);
  });

  it('stops on two corrections of one statement, by its id and another wording\'s id', async () => {
    const yaml = 'speakers:\n  - name: Dana Kowalski\n    aliases: [Dana Kowalsky]\nstatements:\n  q-harbor-gazette-we-have-contained-the-ec7979: { drop: a }\n  q-coast-daily-we-have-contained-the-0b1487: { drop: b }\n';
    await expect(build(seedsWith(yaml))).rejects.toThrow(/corrections\.yaml:6:3: Unexpected second correction of statement q-[a-z-]+-we-have-contained-the-[0-9a-f]+ .*expected one correction per statement/);
  });

  it('still applies a correction keyed by id after another source is added', async () => {
    const yaml = 'speakers:\n  - name: Port Authority\n    type: organization\nstatements:\n  q-harbor-gazette-we-have-contained-the-ec7979: { speaker: Port Authority }\n';
    const before = (await build(seedsWith(yaml))).dossier;
    const after = (await build(seedsWith(yaml, ['0-eastern-wire.txt']))).dossier;
    for (const dossier of [before, after]) {
      const statement = statementOf(dossier, 'q-harbor-gazette-we-have-contained-the-ec7979');
      expect(speakerName(dossier, statement?.speaker)).toBe('Port Authority');
      expect(statement?.attribution).toBe('correction');
    }
    // The added source quotes the words first: the statement's id is now its wording's, the old one an alias.
    const statement = statementOf(after, 'q-harbor-gazette-we-have-contained-the-ec7979');
    expect(statement?.occurrences.map((occurrence) => occurrence.source)).toContain('0-eastern-wire');
    expect(after.corrections.find((entry) => entry.kind === 'statement')?.href).toBe(statement?.href);
  });
});
