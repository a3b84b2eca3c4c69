// The seeds against their gold: every boilerplate line removed and nothing else, every gold paragraph
// kept in order, gold headings kept as headings, the headline as title (or a derived title when none).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../src/pipeline/manifest.ts';
import { processSource } from '../src/pipeline/index.ts';
import { normalizeForMatch } from '../src/pipeline/normalize.ts';
import { goldDir } from '../scripts/lib/gold.ts';

interface Gold {
  title: string | null;
  boilerplate: string[];
  headings: string[];
  paragraphs: Array<{ starts: string }>;
}

const seeds = ['000_cdb81a6b92e5c0b9.txt', '004_c9438d38189035c5.txt'];
const root = new URL('../', import.meta.url).pathname;
const manifest = parseManifest(readFileSync(`${root}seeds/sources.yaml`, 'utf8'), 'seeds/sources.yaml', seeds);

describe('clean and structure on the seeds, against the gold', () => {
  it('reads the manifest without errors', () => {
    expect(manifest.errors.map(String)).toEqual([]);
  });

  for (const fileName of seeds) {
    const gold = JSON.parse(readFileSync(`${goldDir}/${fileName.replace(/\.txt$/, '')}.gold.json`, 'utf8')) as Gold;
    const record = processSource({ fileName, bytes: readFileSync(`${root}seeds/${fileName}`), meta: manifest.sources[fileName] });
    const removed = record.removed.map((line) => normalizeForMatch(line.text));
    const kept = [...record.paragraphs.map((paragraph) => paragraph.text), ...record.headings.map((heading) => heading.text)].map(normalizeForMatch);

    it(`${fileName}: removes every boilerplate line (recall 100%)`, () => {
      for (const line of gold.boilerplate) {
        expect(removed, line).toContain(normalizeForMatch(line));
        expect(kept, line).not.toContain(normalizeForMatch(line));
      }
    });

    it(`${fileName}: removes nothing but boilerplate (precision 100%)`, () => {
      const boilerplate = new Set(gold.boilerplate.map(normalizeForMatch));
      expect(removed.filter((line) => !boilerplate.has(line))).toEqual([]);
    });

    it(`${fileName}: keeps every gold paragraph, in order`, () => {
      expect(record.paragraphs.map((paragraph) => normalizeForMatch(paragraph.text.slice(0, 60)))).toEqual(
        gold.paragraphs.map((paragraph) => normalizeForMatch(paragraph.starts)),
      );
    });

    it(`${fileName}: keeps the gold headings as headings`, () => {
      expect(record.headings.map((heading) => heading.text)).toEqual(gold.headings);
    });

    it(`${fileName}: takes the headline for title, or derives one`, () => {
      if (gold.title) expect({ title: record.title, derived: record.titleDerived }).toEqual({ title: gold.title, derived: false });
      else expect(record.titleDerived).toBe(true);
      expect(record.title.length).toBeGreaterThan(10);
    });
  }

  it('writes only what is known into the metadata', () => {
    const [republication, report] = seeds.map((fileName) =>
      processSource({ fileName, bytes: readFileSync(`${root}seeds/${fileName}`), meta: manifest.sources[fileName] }).meta,
    );
    expect(republication?.republishedFrom).toEqual({ outlet: 'CNN', url: null, published: '2023-08-29' });
    expect(republication?.inferred).toContain('outlet');
    expect(republication?.outlet).toBe('News Portal Space');
    expect(report).toMatchObject({ outlet: 'The Guardian', published: '2023-08', language: 'en' });
    expect(report?.inferred).not.toContain('outlet');
  });
});
