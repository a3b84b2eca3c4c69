// The matching key is computed without regular expressions that scan a text once per position; it must
// stay exactly what the plain regular-expression definition gives, for any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstWords, normalizeForMatch, unify, words } from '../src/pipeline/normalize.ts';

// The definitions as first written: the reference the quicker code is held to.
const plainUnify = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u2035`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u2036«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
const plainKey = (text: string) => plainUnify(text).replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '').toLowerCase();

const pieces = ['a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u202f', '\u2029', '.', ',', '“', '”', '’', '—', '-', '😀', '\ud83d', '\ude00', '€', '$', 'é', 'ﬁ', '１', '(', '…', '©', '\u200b', '\ufeff', '1'];

describe('unify and normalizeForMatch', () => {
  it('equal the plain definitions on texts of spaces, punctuation, symbols and surrogates', () => {
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 20 })), (value) => {
        expect(unify(value)).toBe(plainUnify(value));
        expect(normalizeForMatch(value)).toBe(plainKey(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('strips what surrounds the words and keeps what is inside', () => {
    expect(normalizeForMatch('  “The Board’s  vote —”  😀 ')).toBe("the board's vote");
    expect(normalizeForMatch('…')).toBe('');
  });
});

describe('firstWords', () => {
  it('are the first words of words(), however many the text holds', () => {
    const character = fc.constantFrom(...'ab Z9 ’\'-.,é𝐚\u00a0'.match(/./gsu)!);
    fc.assert(fc.property(fc.array(character, { maxLength: 40 }), fc.integer({ min: 0, max: 7 }), (characters, count) => {
      const text = characters.join('');
      expect(firstWords(text, count)).toEqual(words(text).slice(0, count));
    }), { numRuns: 5000 });
    expect(firstWords('Crews reached the ferry’s hull at dawn on Tuesday.', 5)).toEqual(['crews', 'reached', 'the', "ferry's", 'hull']);
  });
});
