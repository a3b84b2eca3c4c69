// The cheap tests that spare chrono's costliest parsers the paragraphs they cannot read (times/chrono.ts,
// times/parsers.ts `where`): a text a parser reads always passes its test, so no time is lost.
import * as chrono from 'chrono-node';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../scripts/lib/corpus.ts';
import { createTimeParser, parserNeeds } from '../src/pipeline/times/chrono.ts';

const examples = [
  'The plant closed three days ago.',
  'Crews returned two weeks later.',
  'The vote is next Tuesday, and the hearing was on Thu.',
  'It reopened on March 3, 2025 and again on 4 Sept.',
  'Talks resume at 5pm on the weekend.',
  'In May the council met.',
  'The firm’s 2024 report, published in 2019, ran until the 21st.',
  'Officials met at 10.30 local time before Christmas.',
  'The flood came forty years ago.',
  'Filed 2025-05-13 and 2025/5/13, due 05/13/2025 or 5/2025.',
  'It happened in 2019 March, and again last night and this morning.',
  'By the end of the month, or next week, or tomorrow.',
];

function lines(): string[] {
  const texts = [...readdirSync('tests/fixtures/corpus').flatMap((name) => {
    const folder = join('tests/fixtures/corpus', name, 'seeds');
    return readdirSync(folder).filter((file) => file.endsWith('.txt')).map((file) => readFileSync(join(folder, file), 'utf8'));
  }), ...corpus(30, 5).map((file) => file.text)];
  return [...examples, ...new Set(texts.flatMap((text) => text.split('\n')).map((line) => line.trim()).filter(Boolean))];
}

describe('times: parser needs', () => {
  it('a line any gated chrono parser matches passes that parser’s needs', () => {
    const context = new chrono.ParsingContext('', new Date(), {});
    const gated = chrono.casual.parsers.filter((parser) => parserNeeds[parser.constructor.name]);
    expect(gated.length).toBe(Object.keys(parserNeeds).length);
    let matched = 0;
    for (const line of lines()) {
      for (const parser of gated) {
        const pattern = new RegExp(parser.pattern(context).source, parser.pattern(context).flags);
        if (!pattern.test(line)) continue;
        matched++;
        expect(parserNeeds[parser.constructor.name]?.test(line), `${parser.constructor.name} on “${line}”`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('still reads the times the gated parsers are for', () => {
    const state = { anchor: null, past: null, moment: null, written: null };
    const parser = createTimeParser(state);
    const reference = { instant: new Date('2026-03-27T00:00:00Z'), timezone: 0 };
    const read = (text: string) => parser.parse(text, reference, { forwardDate: false }).map((result) => [result.index, result.text, result.start.date().toISOString()]);
    expect(read(examples[0] ?? '')).toEqual([[17, 'three days ago', '2026-03-24T00:00:00.000Z']]);
    expect(read('The firm’s 2024 report ran until the 21st.').map(([, text]) => text)).toEqual(['firm’s 2024', 'until the 21st']);
    expect(read('Workers left at 10.30 local time.').map(([, text]) => text)).toEqual(['at 10.30 local time']);
    expect(read('The talks ran until Christmas.').map(([, text]) => text)).toEqual(['until Christmas']);
    expect(read('The vote is next Tuesday.').map(([, text]) => text)).toEqual(['next Tuesday']);
    expect(read('It reopened on March 3, 2025.').map(([, text]) => text)).toEqual(['March 3, 2025']);
    expect(read('The order was filed 2025-05-13.').map(([, text]) => text)).toEqual(['2025-05-13']);
    expect(read('It is due 05/13/2025.').map(([, text]) => text)).toEqual(['05/13/2025']);
    expect(read('They met yesterday and again this morning.').map(([, text]) => text)).toEqual(['yesterday', 'this morning']);
  });
});
