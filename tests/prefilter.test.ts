// The looser copies asked before a costly pattern: without their word boundaries they match every text the pattern
// matches (a cheap test may spare work, never change an answer); boundaries in classes and negative lookarounds stay.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../scripts/lib/corpus.ts';
import { looserCopy, withoutWordBoundaries } from '../src/pipeline/prefilter.ts';
import { strongPatterns } from '../src/pipeline/junk/lexicon.ts';
import { createTimeParser } from '../src/pipeline/times/chrono.ts';
import { mayHoldTime } from '../src/pipeline/times/needs.ts';
import { camelBrand, mayHoldCamelBrand } from '../src/pipeline/quotes/index.ts';
import fc from 'fast-check';

describe('prefilter: looser copies', () => {
  it('drops word boundaries, keeps an escaped backslash, a class and a negative lookaround', () => {
    expect(withoutWordBoundaries(String.raw`\bfor (?:general )?use only\b`)).toBe('for (?:general )?use only');
    expect(withoutWordBoundaries(String.raw`a\\b[\b]c`)).toBe(String.raw`a\\b[\b]c`);
    expect(withoutWordBoundaries(String.raw`(?<!\b(?:no|not)\s)later(?!\s+\bthan)\b`)).toBe(String.raw`(?<!\b(?:no|not)\s)later(?!\s+\bthan)`);
    expect(withoutWordBoundaries(String.raw`(?:\bx(?=\by))\b`)).toBe('(?:x(?=y))');
  });

  it('copies only case-insensitive Unicode patterns that hold a boundary, without their global flag', () => {
    expect(looserCopy(/\bsaid\b/u)).toBeNull();
    expect(looserCopy(/^said$/iu)).toBeNull();
    expect(looserCopy(/\bsaid\b/giu)?.flags).toBe('iu');
  });

  it('matches every line its pattern matches, and more', () => {
    const lines = [
      'This article is for general informational purposes only.',
      'Market data delayed by 15 minutes',
      'Our reporting depends on readers like you. Please give today.',
      'Thanks for reading! See you tomorrow.',
      'Please enable JavaScript to view the comments.',
      'The minister said the report was not later than expected.',
      'A substitute for professional medical advice it is not.',
    ];
    let copied = 0;
    for (const { pattern } of strongPatterns) {
      const looser = looserCopy(pattern);
      if (!looser) continue;
      copied++;
      for (const line of lines) if (pattern.test(line)) expect(looser.test(line), `${looser} on “${line}”`).toBe(true);
    }
    expect(copied).toBeGreaterThan(10);
    // Looser: "forum" holds "for" with no boundary after it.
    expect(looserCopy(/\bfor\b/iu)?.test('forum')).toBe(true);
  });
});

// The pre-check before the date parsers (times/needs.ts): a text it turns away gets no reading from any of them, so
// the times found with and without it are the same; and it turns away most lines of prose.
describe('prefilter: words a date parser needs', () => {
  const state = () => ({ anchor: null, past: null, moment: null, written: null });
  const parsers = [createTimeParser(state()), createTimeParser(state(), true)];
  const references = [undefined, { instant: new Date('2026-03-27T00:00:00Z'), timezone: 0 }, { instant: new Date('2025-12-02T00:00:00Z'), timezone: 0 }];
  /** The texts the check turns away that some parser reads anyway (none, if the check is exact). */
  const missed = (texts: string[]) =>
    texts.filter((text) => !mayHoldTime(text) && parsers.some((parser) => references.some((reference) => parser.parse(text, reference, { forwardDate: false }).length > 0)));

  // Words and pieces of words the parsers' patterns are built of, with near misses, joined every way chrono allows
  // ("lastfriday", "a fewdays", "3 daysago") and some it does not.
  const pieces = [
    ...'now today tonight tomorrow yesterday tmr lastnight morning afternoon evening night midnight midday noon lunchtime overnight dawn dusk sunrise sunset nightfall daybreak'.split(' '),
    ...'jan january feb mar march apr may june jul aug sep sept oct nov dec grammar dismay decent octave sepal junior'.split(' '),
    ...'sun sunday mon monday tue tuesday wed thu thur thurs fri sat saturday weekend weekday showed common salmon'.split(' '),
    ...'s sec second seconds m min mins minute h hr hrs hour hours d day days w week weeks mo mon mos month months qtr quarter y yr year years'.split(' '),
    ...'one two three ten twelve half a an few several the couple of about around within in for'.split(' '),
    ...'this last past next after ago before earlier later from henceforth forward out and shortly soon thereafter'.split(' '),
    ...'first second third twentieth twenty thirty on of spring summer autumn fall winter season christmas moments fortnight o’clock light'.split(' '),
    ...'Jan. Sept. Fri. Mr them they tens ones plans was has sand same light'.split(' '),
  ];
  const joints = ['', ' ', ' ', ' ', '  ', ', ', '-', '.', '/', '’', '(', ') '];

  it('turns away no random text a date parser reads', () => {
    let seed = 17;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
    const words = (list: string) => list.split(' ');
    // Shaped as chrono's durations and relative dates are: a lead, a count, a unit, what follows ("within a few hrs").
    const shapes = [words('within in for this last past next after + - on the'), words('a an the few several one ten twelve half couple of a few half an a couple of'), words('s sec m min mins h hr hrs d w mo mon mos qtr y yr day weeks'), words('ago later after before earlier from out forward and . ,')];
    const shaped = () => shapes.map((list) => (random() < 0.2 ? '' : pick(list) + pick(['', ' ', ' ', '  ']))).join('');
    const free = () => Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(pieces) + pick(joints)).join('');
    const texts = Array.from({ length: 8000 }, (_, at) => (at % 2 === 0 ? free() : shaped()));
    expect(missed(texts)).toEqual([]);
    // (Enough of them are turned away for the test to say something.)
    expect(texts.filter((text) => !mayHoldTime(text)).length).toBeGreaterThan(1000);
  });

  it('turns away no line of the corpus a date parser reads, and most lines that hold no time', () => {
    const texts = [...readdirSync('tests/fixtures/corpus').flatMap((name) => {
      const folder = join('tests/fixtures/corpus', name, 'seeds');
      return readdirSync(folder).filter((file) => file.endsWith('.txt')).map((file) => readFileSync(join(folder, file), 'utf8'));
    }), ...corpus(30, 5).map((file) => file.text)];
    const lines = [...new Set(texts.flatMap((text) => text.split(/\n|(?<=[.!?])\s+/u)).map((line) => line.trim()).filter(Boolean))];
    expect(missed(lines)).toEqual([]);
    expect(lines.filter((line) => !mayHoldTime(line)).length / lines.length).toBeGreaterThan(0.3);
  });

  it('reads a word only with its boundaries, and a touching word chrono allows', () => {
    for (const text of ['every event', 'even so', 'someone said', 'the sessions', 'it showed', 'a common view', 'the same plan']) expect(mayHoldTime(text), text).toBe(false);
    for (const text of ['on Friday', 'lastfriday', 'a fewdays ago', 'the d ago', 'since 2019', 'in the autumn', 'lasts', 'mid-morning']) expect(mayHoldTime(text), text).toBe(true);
  });
});

describe('prefilter: a brand with a small first letter', () => {
  const matches = (text: string) => new RegExp(camelBrand.source, 'u').test(text);

  it('says yes exactly where the brand pattern matches, in any script', () => {
    // Small and capital letters of ASCII, Latin-1, Greek and the astral plane, title case, marks the pattern looks behind for, digits, spaces.
    const character = fc.constantFrom(...'aeZQßéÉǅσΣ𝐚𝐀’\'.@/- 1x'.match(/./gsu)!);
    fc.assert(fc.property(fc.array(character, { maxLength: 24 }), (characters) => {
      const text = characters.join('');
      expect(mayHoldCamelBrand(text), text).toBe(matches(text));
    }), { numRuns: 20000 });
  });

  it('agrees with the pattern on every text of the corpus and on brands', () => {
    const texts = [...readdirSync('tests/fixtures/corpus').flatMap((name) => {
      const folder = join('tests/fixtures/corpus', name, 'seeds');
      return readdirSync(folder).filter((file) => file.endsWith('.txt')).map((file) => readFileSync(join(folder, file), 'utf8'));
    }), ...corpus(30, 5).map((file) => file.text)];
    const paragraphs = texts.flatMap((text) => text.split('\n'));
    for (const text of [...texts, ...paragraphs]) expect(mayHoldCamelBrand(text), text.slice(0, 80)).toBe(matches(text));
    for (const text of ['roeBank said', 'the app, zipLine', 'a ’roeBank', 'McRoe said', 'www.roeBank.com', 'roebankofthenorthX']) expect(mayHoldCamelBrand(text), text).toBe(matches(text));
    expect(mayHoldCamelBrand('said roeBank chief executive Jane Roe')).toBe(true);
    expect(mayHoldCamelBrand('McRoe said')).toBe(false);
  });
});
