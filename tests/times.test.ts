// The times stage: fixture folders (input.txt, meta.json → expected.json, regenerated with UPDATE=1),
// and the seeds' gold time expressions that a publication date makes datable.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../src/assemble/index.ts';
import { processSource } from '../src/pipeline/index.ts';
import { normalizeForMatch } from '../src/pipeline/normalize.ts';
import { goldDir } from '../scripts/lib/gold.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'times');
const seeds = join(import.meta.dirname, '..', 'seeds');
const gold = goldDir;

describe('times: fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const folder = join(fixtures, name);
      const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8'));
      const record = processSource({ fileName: 'input.txt', bytes: readFileSync(join(folder, 'input.txt')), meta });
      const times = record.paragraphs.flatMap((paragraph) =>
        paragraph.times.map(({ text, date, approximate }) => ({ text, date, approximate })),
      );
      const expectedPath = join(folder, 'expected.json');
      if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(times, null, 2)}\n`);
      expect(times).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }

  it('keeps offsets that point into the source text', () => {
    const bytes = readFileSync(join(fixtures, 'weekday', 'input.txt'));
    const record = processSource({ fileName: 'input.txt', bytes, meta: { published: '2024-05-15' } });
    for (const time of record.paragraphs.flatMap((paragraph) => paragraph.times)) {
      expect(record.text.slice(time.start, time.end)).toBe(time.text);
    }
  });
});

describe('timeline', () => {
  it('keeps the relative times of a source without a publication date, undated and approximate', () => {
    const record = processSource({ fileName: 'input.txt', bytes: readFileSync(join(fixtures, 'no-publication-date', 'input.txt')) });
    const timeline = assemble([record]).timeline;
    expect(timeline.length).toBeGreaterThan(0);
    for (const entry of timeline) {
      expect(entry.date).toBeNull();
      expect(entry.approximate).toBe(true);
      expect(entry.sources).toEqual([{ source: record.id, paragraph: record.paragraphs[0]!.id }]);
    }
    const warnings = record.messages.filter((message) => message.ruleId === 'time-unplaced');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 1, column: 28, fatal: false });
    expect(warnings[0]?.message).toMatch(/^Unexpected relative time \(“on Tuesday”\)/);
  });

  it('orders dated entries and cites each source once per moment', () => {
    const bytes = readFileSync(join(fixtures, 'two-days-later', 'input.txt'));
    const record = processSource({ fileName: 'input.txt', bytes, meta: { published: '2022-06-10' } });
    const timeline = assemble([record]).timeline;
    expect(timeline.map((entry) => entry.date)).toEqual(['2022-06-02', '2022-06-04']);
    expect(timeline[1]?.expression).toBe('Two days later');
  });
});

describe.runIf(existsSync(gold))('times: the seeds against the gold', () => {
  it('puts every datable gold time expression in the timeline', () => {
    const records = readdirSync(seeds)
      .filter((name) => name.endsWith('.txt'))
      .map((fileName) => processSource({ fileName, bytes: readFileSync(join(seeds, fileName)), meta: { published: '2023-08-29' } }));
    const dossier = assemble(records);
    const missing: string[] = [];
    let datable = 0;
    for (const record of records) {
      const expected = JSON.parse(readFileSync(join(gold, record.file.replace(/\.txt$/, '.gold.json')), 'utf8')) as {
        time_expressions: Array<{ text: string }>;
      };
      // Datable: the stage itself gives the expression a date somewhere in this source.
      const dated = record.paragraphs.flatMap((paragraph) => paragraph.times.filter((time) => time.date));
      for (const { text } of expected.time_expressions) {
        const key = normalizeForMatch(text);
        const time = dated.find((candidate) => key.includes(normalizeForMatch(candidate.text)));
        if (!time) continue;
        datable++;
        const entry = dossier.timeline.find(
          (candidate) => normalizeForMatch(candidate.text).includes(key) && candidate.sources.some((cite) => cite.source === record.id),
        );
        if (!entry) missing.push(`${record.file}: ${text}`);
      }
    }
    expect(datable).toBeGreaterThanOrEqual(7);
    expect(missing).toEqual([]);
  });
});
