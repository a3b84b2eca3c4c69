// The assembly's steps kept between builds (src/assemble/index.ts `StepCache`, scripts/lib/steps.ts): a step
// is read back only while what it reads is the same, and the dossier is then the one a full assembly gives.
// The keys name a record by what made it and add only what a correction may change of it: checked here too.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from '../src/assemble/index.ts';
import { applyCorrections, parseCorrections } from '../src/corrections/index.ts';
import { sourceIdOf } from '../src/pipeline/ids.ts';
import { processSource } from '../src/pipeline/index.ts';
import type { SourceRecord } from '../src/pipeline/types.ts';
import { keptLines } from '../scripts/lib/corrections.ts';
import { stepStore } from '../scripts/lib/steps.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/corrections');
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The fixture's two sources, read with the lines the corrections keep, and the corrections. */
function fixture(corrections = readFileSync(path.join(fixtures, 'valid.yaml'), 'utf8')) {
  const parsed = parseCorrections(corrections, 'corrections.yaml');
  expect(parsed.errors).toEqual([]);
  const keep = keptLines(parsed.corrections);
  const records = ['coast-daily.txt', 'harbor-gazette.txt'].map((fileName) => {
    const lines = keep.get(sourceIdOf(fileName));
    return processSource({ fileName, bytes: readFileSync(path.join(fixtures, 'seeds', fileName)), ...(lines ? { keep: lines } : {}) });
  });
  return { records, corrections: parsed.corrections };
}

/** A record without what a correction may change: its paragraphs' sections, marks and quotes, its removed lines; only the paragraphs in `kept`. */
function unchangeable(record: SourceRecord, kept: Set<string>) {
  const { removed: _removed, ...rest } = record;
  return { ...rest, paragraphs: record.paragraphs.filter((paragraph) => kept.has(paragraph.id)).map(({ section: _section, corrected: _corrected, quotes: _quotes, ...paragraph }) => paragraph) };
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('corrections', () => {
  it('change of a record only its paragraphs kept, their sections, marks and quotes, and its removed lines: what the steps’ keys add to the record’s name', () => {
    const { records, corrections } = fixture();
    const corrected = applyCorrections(records, corrections);
    // Every kind of correction applied: a speaker, a statement moved and one dropped, a section, a paragraph removed, lines.
    expect(new Set(corrected.applied.map((entry) => `${entry.kind} ${entry.field}`))).toEqual(new Set(['case title', 'case summary', 'speaker name', 'statement speaker', 'statement drop', 'paragraph section', 'paragraph junk', 'line keep']));
    expect(JSON.stringify(corrected.records)).not.toBe(JSON.stringify(records));
    corrected.records.forEach((record, index) => {
      const kept = new Set(record.paragraphs.map((paragraph) => paragraph.id));
      expect(unchangeable(record, kept)).toEqual(unchangeable(records[index]!, kept));
    });
  });

  it('apply to the records themselves when the caller owns them, to copies otherwise', () => {
    const { records, corrections } = fixture();
    const before = JSON.stringify(records);
    const copied = applyCorrections(records, corrections);
    expect(JSON.stringify(records)).toBe(before);
    const owned = applyCorrections(records, corrections, false);
    expect(owned.records[0]).toBe(records[0]);
    expect(JSON.stringify(owned.records)).toBe(JSON.stringify(copied.records));
  });
});

describe('the assembly with its steps kept', () => {
  const names = (records: SourceRecord[]) => new Map(records.map((record) => [record.file, `${record.file}\0${record.digest}`]));
  const folder = () => {
    const made = mkdtempSync(path.join(tmpdir(), 'casefile-steps-'));
    folders.push(made);
    return made;
  };

  it('reads a step back only while what it reads is the same, and gives the dossier a full assembly gives', () => {
    const valid = readFileSync(path.join(fixtures, 'valid.yaml'), 'utf8');
    // The same corrections but one paragraph's section: only the facts read sections.
    const section = valid.replace('harbor-gazette#p-the-port-handles-about-4-d4d01f: { section: event }', 'harbor-gazette#p-the-port-handles-about-4-d4d01f: { section: context }');
    // And a statement left to the speaker the machine found: the statements read quotes (the facts their places only).
    const statement = section.replace('  q-harbor-gazette-it-smelled-like-burning-8eceb1: { speaker: Tom Reyes }\n', '');
    expect(new Set([valid, section, statement]).size).toBe(3);
    const kept = folder();
    const runs = [valid, valid, section, statement, valid].map((text) => {
      const { records, corrections } = fixture(text);
      const full = JSON.stringify(assemble(copy(records), corrections));
      const store = stepStore(kept, 'code', names(records));
      const dossier = assemble(records, corrections, { cache: store.cache, owned: true });
      expect(JSON.stringify(dossier)).toBe(full);
      return store;
    });
    expect(runs.map((run) => run.reused.sort().join(' '))).toEqual(['', 'duplicates facts statements timeline', 'duplicates statements timeline', 'duplicates facts timeline', 'duplicates timeline']);
    // When the facts run again, each record's fact sentences are read back but those of the record a correction changed.
    expect(runs.map((run) => run.parts.join(' '))).toEqual(['fact-sentences: 0 of 2 kept', '', 'fact-sentences: 1 of 2 kept', '', 'fact-sentences: 1 of 2 kept']);
    // The same again: nothing runs; `fresh` (`--force`) or another code digest: every step runs again.
    const { records, corrections } = fixture();
    const every = ['duplicates', 'facts', 'statements', 'timeline'];
    const ran = (code: string, fresh = false) => {
      const store = stepStore(kept, code, names(records), fresh);
      assemble(copy(records), corrections, { cache: store.cache });
      return store.ran.sort();
    };
    expect(ran('code')).toEqual([]);
    expect(ran('code', true)).toEqual(every);
    expect(ran('other code')).toEqual(every);
  });

  it('names a source the caller did not name by all its record holds', () => {
    const { records, corrections } = fixture();
    const kept = folder();
    const first = stepStore(kept, 'code', new Map());
    assemble(records, corrections, { cache: first.cache });
    const edited = copy(records);
    edited[0]!.paragraphs[0]!.text += ' More words.';
    const second = stepStore(kept, 'code', new Map());
    assemble(edited, corrections, { cache: second.cache });
    expect(second.reused).toEqual([]);
  });
});
