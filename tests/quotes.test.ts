// Quote extraction: fixture folders (input.txt → expected.json, regenerated with UPDATE=1), and the
// marks themselves: straight and curly, apostrophes, single quotes, a quote running over paragraphs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Paragraph } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../src/pipeline/parse.ts';
import { processSource } from '../src/pipeline/index.ts';
import findQuotes from '../src/pipeline/quotes.ts';
import { findSpans } from '../src/pipeline/quotes/extract.ts';

const fixtures = path.resolve(import.meta.dirname, 'fixtures/quotes');

function run(name: string) {
  const bytes = readFileSync(path.join(fixtures, name, 'input.txt'));
  const record = processSource({ fileName: `${name}.txt`, bytes });
  const quotes = record.paragraphs.flatMap((paragraph) =>
    paragraph.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker.name, type: quote.speaker.type, verbatim: record.text.slice(quote.start, quote.end) === quote.text })),
  );
  const messages = record.messages.filter((message) => message.ruleId === 'quote-speaker').map((message) => ({ line: message.line, column: message.column, ruleId: message.ruleId }));
  return { quotes, messages };
}

describe('quotes stage', () => {
  it('is a unified plugin returning a transformer', () => {
    expect(typeof findQuotes).toBe('function');
    expect(typeof findQuotes()).toBe('function');
  });

  for (const name of readdirSync(fixtures).sort()) {
    it(`fixture ${name}`, () => {
      const actual = run(name);
      const expectedPath = path.join(fixtures, name, 'expected.json');
      if (process.env.UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      for (const quote of actual.quotes) expect(quote.verbatim).toBe(true);
    });
  }
});

describe('findSpans', () => {
  const texts = (text: string) => findSpans(text).map((span) => text.slice(span.start, span.end));

  it('reads straight and curly double quotes', () => {
    expect(texts('He said "yes, today" and then “no, tomorrow”.')).toEqual(['yes, today', 'no, tomorrow']);
  });

  it('keeps single quotes nested in double ones inside the outer quote', () => {
    expect(texts('“She told me ‘go home’ and left,” he said.')).toEqual(['She told me ‘go home’ and left,']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(texts('The mayor’s office said it isn’t the officials’ plan.')).toEqual([]);
  });

  it('ends a quotation in single marks where a new one opens after its sentence, and lets the new one run on', () => {
    expect(texts('She said: ‘It was frightening and the guard’s answer was telling. ‘They told me to stay away.')).toEqual(['It was frightening and the guard’s answer was telling.', 'They told me to stay away.']);
  });

  it('closes a quotation in single marks on a plural possessive when another quotation opens after it', () => {
    expect(texts('The councillor said the ‘rallies’ in the square ‘are not normal’.')).toEqual(['rallies', 'are not normal']);
    expect(texts('He said the ‘officials’ plans are wrong’ today.')).toEqual(['officials’ plans are wrong']);
  });

  it('reads single quotes used as the outer marks', () => {
    expect(texts('‘We are ready,’ the coach said.')).toEqual(['We are ready,']);
    expect(texts("'We are ready,' the coach said.")).toEqual(['We are ready,']);
  });

  it('reads a closing curly mark that a page also types to open, and wire copy\'s ``double backticks\'\'', () => {
    expect(texts('”The two men were taken to hospital,” he said.')).toEqual(['The two men were taken to hospital,']);
    expect(texts('”The inquiry continues.')).toEqual(['The inquiry continues.']);
    expect(texts("``Expect heavy rain,'' Roe said, warning of a ``major storm'' by Friday.")).toEqual(['Expect heavy rain,', 'major storm']);
    expect(texts("He said `no' twice.")).toEqual([]);
    expect(texts('“The reports are false.’’ The statement ended there.')).toEqual(['The reports are false.']);
    expect(texts('“They had forged papers on them. “They are not from here,” he said.')).toEqual(['They had forged papers on them.', 'They are not from here,']);
    // (A closing mark typed as an opening one, after the quotation's last comma, the cue after it.)
    expect(texts('“We will bring in travel agents from every state,“ he said after the launch.')).toEqual(['We will bring in travel agents from every state,']);
    // (A short quotation nested in the quotation, its sentence going on after it, closes nothing.)
    expect(texts('“These are the “imaginary bullets” that hit the police car” said Roe in a statement.')).toEqual(['These are the “imaginary bullets” that hit the police car']);
  });

  it('opens a straight quotation glued to the end of the sentence before it', () => {
    expect(texts('The award came in 2017."Winning it is an honour," said Roe.')).toEqual(['Winning it is an honour,']);
    expect(texts('He was “ready.”Then he left.')).toEqual(['ready.']);
  });

  it('runs an unclosed quote to the end of the paragraph', () => {
    const [span] = findSpans('“The first part of a long quote.');
    expect(span?.runsOn).toBe(true);
    expect(span?.end).toBe('“The first part of a long quote.'.length);
  });

  it('keeps offsets into the paragraph', () => {
    const text = 'Officials said “a b c” twice.';
    const [span] = findSpans(text);
    expect(span && text.slice(span.start, span.end)).toBe('a b c');
    expect(span?.open).toBe(text.indexOf('“'));
  });
});

describe('quotes stage on any text', () => {
  const pieces = fc.constantFrom('“', '”', '"', '‘', '’', "'", ',', '.', ' ', '\n', 'said', 'Jane Roe', 'the agency', 'she', 'according to', 'NSC', '(NSC)', 'told CNN', 'a spokesperson for', 'we will', '—', '…', 'so-called', 'a spokesman for the company', 'the agency said', 'the statement', 'her', 'the report says', 'Mr.', '(R-Ohio)', ':', 'That was how', 'put it', 'So said', 'In her own words', 'asked', 'says that', 'and said', 'the 61-year-old');
  it('never throws, and every quote is verbatim at its offsets', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const value = parts.join('');
        const tree = parseSourceText(value);
        const file = new VFile({ value });
        findQuotes()(tree, file);
        for (const node of tree.children) {
          for (const quote of (node as Paragraph).data?.quotes ?? []) expect(value.slice(quote.start, quote.end)).toBe(quote.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
