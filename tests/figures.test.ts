// The figures stage: numbers with what they count, and none for years or times of day.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresIn } from '../src/pipeline/figures.ts';
import { processSource } from '../src/pipeline/index.ts';
import { normalizeForMatch } from '../src/pipeline/normalize.ts';
import { goldDir } from '../scripts/lib/gold.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'figures');
const seeds = join(import.meta.dirname, '..', 'seeds');
const gold = goldDir;

describe('figures', () => {
  it('counts', () => {
    const record = processSource({ fileName: 'input.txt', bytes: readFileSync(join(fixtures, 'counts', 'input.txt')) });
    const figures = record.paragraphs.flatMap((paragraph) => paragraph.figures.map((figure) => figure.text));
    const expectedPath = join(fixtures, 'counts', 'expected.json');
    if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(figures, null, 2)}\n`);
    expect(figures).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    for (const figure of record.paragraphs.flatMap((paragraph) => paragraph.figures)) {
      expect(record.text.slice(figure.start, figure.end)).toBe(figure.text);
    }
  });

  it('keeps a qualifier in any case, and what is counted with the spaces the text puts between its words', () => {
    const text = 'Nearly  1,200 riot   police officers arrived at 9, and about a dozen of the  volunteers stayed; SOME 40 Ferry Workers left and up to 3.5 million litres spilled.';
    expect(figuresIn(text).map((figure) => figure.text)).toEqual(['Nearly  1,200 riot   police officers', 'about a dozen of the  volunteers', 'SOME 40 Ferry Workers left', 'up to 3.5 million litres']);
  });

  it('leaves a year, a superlative and a pronoun alone', () => {
    expect(figuresIn('In 2020 one of the two biggest floods hit; one that nobody expected.').map((figure) => figure.text)).toEqual([]);
  });
});

describe.runIf(existsSync(gold))('figures: the seeds against the gold', () => {
  it('finds every gold figure with what it counts', () => {
    const missing: string[] = [];
    for (const fileName of readdirSync(seeds).filter((name) => name.endsWith('.txt'))) {
      const expected = JSON.parse(readFileSync(join(gold, fileName.replace(/\.txt$/, '.gold.json')), 'utf8')) as { figures: Array<{ text: string }> };
      const record = processSource({ fileName, bytes: readFileSync(join(seeds, fileName)) });
      const found = new Set(record.paragraphs.flatMap((paragraph) => paragraph.figures.map((figure) => normalizeForMatch(figure.text))));
      for (const figure of expected.figures) if (!found.has(normalizeForMatch(figure.text))) missing.push(`${fileName}: ${figure.text}`);
    }
    expect(missing).toEqual([]);
  });
});
