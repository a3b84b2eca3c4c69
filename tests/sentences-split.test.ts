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

describe('sentences after abbreviations', () => {
  it('does not end a sentence after a title, a month, an initial or an acronym before a name', () => {
    const texts = (text: string) => sentencesOf(text, 0).map((sentence) => sentence.text);
    expect(texts('She testified against Mr. Ashdown at the trial. He denied it.')).toEqual(['She testified against Mr. Ashdown at the trial.', 'He denied it.']);
    expect(texts('Det. Insp. Karen Bright and Gov. Ana Ruiz met on Jan. 5 in St. Paul.')).toHaveLength(1);
    expect(texts('J. R. Moss spoke first.')).toEqual(['J. R. Moss spoke first.']);
    expect(texts('Some 64 pupils who lack proof of vaccination have been told to stay home until Feb. 27, county health officials said Wednesday.')).toHaveLength(1);
    expect(texts('The U.S. State Department said so.')).toEqual(['The U.S. State Department said so.']);
    // A dotted acronym before a word that opens sentences, and every other full stop, still ends one.
    expect(texts('They flew back to the U.S. The FBI was told.')).toEqual(['They flew back to the U.S.', 'The FBI was told.']);
    expect(texts('It cost 3.5 million. Mr. Ode left.')).toEqual(['It cost 3.5 million.', 'Mr. Ode left.']);
    expect(sentencesOfParagraphs([{ text: 'He thanked Dr.', start: 0 }, { text: 'Lund said so.', start: 15 }]).map((split) => split.length)).toEqual([1, 1]);
  });
});
