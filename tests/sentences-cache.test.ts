// sentenceSpans keeps each text's sentences for the source (the sections stage asks for one paragraph's several
// times): whatever the order of the texts asked for, each gets its own sentences, in a list of its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segments, sentenceSpans } from '../src/pipeline/sentences.ts';

const pieces = ['The board met.', ' It voted 4-3', ' on Tuesday', '.', ' Mr. Ode left', ' U.S.', ' agents', '!', '?', ' “We will see,” she said.', '\n', ' ', '…'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join(''));

/** What the segmenter gives, read afresh. */
function fresh(value: string) {
  return [...segments(value)].flatMap((part) => {
    const trimmed = part.segment.trim();
    const start = part.index + part.segment.indexOf(trimmed);
    return trimmed ? [{ text: trimmed, start, end: start + trimmed.length }] : [];
  });
}

describe('sentenceSpans: the kept sentences', () => {
  it('gives every text its own sentences, asked in any order and again', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), (texts) => {
        for (const value of [...texts, ...texts.toReversed()]) expect(sentenceSpans(value)).toEqual(fresh(value));
      }),
      { numRuns: 300 },
    );
  });

  it('hands out a list of its own each time', () => {
    const first = sentenceSpans('The board met. It voted on Tuesday.');
    first.pop();
    expect(sentenceSpans('The board met. It voted on Tuesday.')).toHaveLength(2);
  });
});
