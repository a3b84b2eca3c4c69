// The entities stage and the entity index: titles stripped, acronyms joined to long forms, surnames to
// full names, places from the CLDR country list and the towns and provinces of a gazetteer, bodies from the words that
// end their names; on the seeds, the gold's people and organisations covered.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleEntities } from '../src/assemble/entities.ts';
import { assemble } from '../src/assemble/index.ts';
import { fold } from '../src/pipeline/entities/gazetteer.ts';
import { initialsOf } from '../src/pipeline/entities/names.ts';
import { processSource } from '../src/pipeline/index.ts';
import { goldDir } from '../scripts/lib/gold.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'entities');
const seeds = join(import.meta.dirname, '..', 'seeds');
const gold = goldDir;

describe('entities: fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const record = processSource({ fileName: 'input.txt', bytes: readFileSync(join(fixtures, name, 'input.txt')) });
      const entities = assembleEntities([record]).map(({ name, type, aliases, mentions }) => ({ name, type, aliases, mentions: mentions.length }));
      const expectedPath = join(fixtures, name, 'expected.json');
      if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(entities, null, 2)}\n`);
      expect(entities).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      for (const mention of record.paragraphs.flatMap((paragraph) => paragraph.entities)) {
        expect(record.text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    });
  }

  it('derives acronyms from long names', () => {
    expect(initialsOf('Department of Public Works')).toEqual(['DPW', 'DOPW']);
    expect(initialsOf('UK Office for National Statistics')).toEqual(['UKONS', 'ONS']);
    expect(initialsOf('Department of the Interior')).toContain('DOI');
  });
});

describe.runIf(existsSync(gold))('entities: the seeds against the gold', () => {
  it('covers every gold person and organisation, and links speakers to their entry', () => {
    const records = readdirSync(seeds)
      .filter((name) => name.endsWith('.txt'))
      .map((fileName) => processSource({ fileName, bytes: readFileSync(join(seeds, fileName)), meta: { published: '2023-08-29' } }));
    const dossier = assemble(records);
    const names = dossier.entities.flatMap((entity) => [entity.name, ...entity.aliases].map(fold));
    const wanted = new Set<string>();
    for (const record of records) {
      const expected = JSON.parse(readFileSync(join(gold, record.file.replace(/\.txt$/, '.gold.json')), 'utf8')) as {
        people: string[];
        organizations: string[];
      };
      for (const name of [...expected.people, ...expected.organizations]) wanted.add(name);
    }
    // A gold name is covered by its own spelling, its acronym, or (for a person named once) the surname.
    const covered = [...wanted].filter((name) => {
      const key = fold(name);
      return names.includes(key) || initialsOf(name).some((acronym) => names.includes(fold(acronym))) || names.includes(fold(name.split(' ').at(-1)!));
    });
    expect(covered.length / wanted.size).toBeGreaterThanOrEqual(0.9);
    const speakers = dossier.entities.filter((entity) => entity.speaker);
    expect(speakers.length).toBeGreaterThanOrEqual(3);
  });
});
