// Ways news writes who said a quotation (wire, broadsheet, tabloid, press release, British and American styles), each
// in one paragraph of an invented article, written for this test: every quotation must go to its speaker.
// tests/fixtures/attribution/shapes.txt holds pairs of lines: the speaker, then the paragraph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processSource } from '../src/pipeline/index.ts';

const lines = readFileSync('tests/fixtures/attribution/shapes.txt', 'utf8').split('\n');
const shapes = Array.from({ length: Math.floor(lines.length / 2) }, (_, at) => ({ speaker: lines[2 * at]?.trim() ?? '', paragraph: lines[2 * at + 1] ?? '' })).filter((shape) => shape.speaker);

function speakers(paragraph: string): string[] {
  const page = `Families vow to fight harbour ruling\n\nA court in Kelby ruled on Monday that the harbour board may close the east quay to fishing boats from next month.\n\n${paragraph}\n\nThe board said it would begin the closure on schedule.\n`;
  const record = processSource({ fileName: 'shape.txt', bytes: Buffer.from(page) });
  return record.paragraphs.flatMap((entry) => entry.quotes.map((quote) => quote.speaker.name ?? 'unknown'));
}

describe('attribution shapes', () => {
  it(`gives every quotation of ${shapes.length} shapes to its speaker`, () => {
    const wrong = shapes.flatMap(({ speaker, paragraph }) => {
      const found = speakers(paragraph);
      return found.length > 0 && found.every((name) => name === speaker) ? [] : [`${paragraph} → ${found.join(', ') || 'no quotation'}`];
    });
    expect(wrong).toEqual([]);
  });
});
