// The registry's word reader (quotes/registry.ts tokensOf) tests its tokens with string methods, not patterns,
// for speed: it must give exactly what the pattern-based reading gave, whatever the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokensOf } from '../src/pipeline/quotes/registry.ts';

/** The reading as written with patterns: a stop ends a sentence after a word without inner stops that is no abbreviation. */
function byPatterns(text: string, abbreviation: (word: string) => boolean) {
  return [...text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}&'’-]|\.(?=\p{L}))*\.?|[,;:()\u2026]/gu)].map((match) => {
    let value = match[0];
    let last = false;
    if (value.endsWith('.') && !/\./.test(value.slice(0, -1)) && value.length > 2 && !abbreviation(value.slice(0, -1).toLowerCase())) {
      value = value.slice(0, -1);
      last = true;
    }
    const word = value.replace(/['’]s$/, '');
    return { text: word, last, possessive: word !== value, start: match.index ?? 0 };
  });
}

const pieces = ['Roe', "Roe's", 'Roe’s', 'U.S.', 'Mr.', 'Dr.', 'St.', 'said.', 'it.', 'a.', 'Jr.', 's', "'s", '’s', '.', ' ', ',', ':', 'e.g.', 'No.', '3.5', 'ministry’s.', "Ode's.", 'x.y', '…'];

describe('tokensOf', () => {
  it('reads what the pattern-based reading read', () => {
    // Which words are abbreviations, read off the function itself: a word followed by a stop and a word.
    const abbreviation = (word: string) => tokensOf(`${word}. Next`)[0]?.last === false && !word.includes('.');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join(parts.length % 2 ? ' ' : '');
        const tokens = tokensOf(text).map(({ text: word, last, possessive, start }) => ({ text: word, last, possessive: possessive ?? false, start }));
        expect(tokens).toEqual(byPatterns(text, abbreviation));
      }),
      { numRuns: 1000 },
    );
  });
});
