// The assembly splits a source's paragraphs into sentences in one pass over them all; that must give
// exactly what splitting each paragraph alone gives, whatever the paragraphs hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentencesOf, sentencesOfParagraphs } from '../src/assemble/align.ts';

const pieces = ['The board met.', ' It voted 4-3', ' on Tuesday', '.', ' Mr. Ode left', ' U.S.', ' agents', '!', '?', ' “We will see,” she said.', ' e.g. this', '\u2029', '\u0085', '\r', '\n', ' ', '  ', '…', ' (see above.)', ' 3.5 million', ' and then', '"', ')'];
const paragraph = fc.record({
  text: fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join('')),
  start: fc.nat({ max: 10_000 }),
});

describe('sentencesOfParagraphs', () => {
  it('gives each paragraph the sentences sentencesOf gives it alone', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => {
        expect(sentencesOfParagraphs(paragraphs)).toEqual(paragraphs.map((one) => sentencesOf(one.text, one.start)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps offsets into the source for a paragraph after an empty one', () => {
    const split = sentencesOfParagraphs([
      { text: 'First one. Second one.', start: 0 },
      { text: '', start: 24 },
      { text: '  Third one.', start: 26 },
    ]);
    expect(split).toEqual([
      [{ text: 'First one.', start: 0, end: 10 }, { text: 'Second one.', start: 11, end: 22 }],
      [],
      [{ text: 'Third one.', start: 28, end: 38 }],
    ]);
  });
});
