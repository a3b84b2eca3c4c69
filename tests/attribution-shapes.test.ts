// Ways news writes who said a quotation (wire, broadsheet, tabloid, press release, British and American styles), each
// in one paragraph of an invented article, written for this test: every quotation must go to its speaker.
// tests/fixtures/attribution/shapes.txt holds pairs of lines: the speaker, then the paragraph; passages.txt, the speakers
// of its quotations in order (separated by ";"), then paragraphs separated by " | " (a pronoun, a surname, "the
// minister", a document, a quotation running over paragraphs).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processSource } from '../src/pipeline/index.ts';

function pairs(name: string): Array<{ speaker: string; paragraph: string }> {
  const lines = readFileSync(`tests/fixtures/attribution/${name}`, 'utf8').split('\n');
  return Array.from({ length: Math.floor(lines.length / 2) }, (_, at) => ({ speaker: lines[2 * at]?.trim() ?? '', paragraph: lines[2 * at + 1] ?? '' })).filter((shape) => shape.speaker);
}
const shapes = pairs('shapes.txt');
const passages = pairs('passages.txt');
const ledes = pairs('ledes.txt');

function speakers(paragraph: string, lede = false): string[] {
  const opening = lede ? '' : 'A court in Kelby ruled on Monday that the harbour board may close the east quay to fishing boats from next month.\n\n';
  const page = `Families vow to fight harbour ruling\n\n${opening}${paragraph.split(' | ').join('\n\n')}\n\nThe board said it would begin the closure on schedule.\n`;
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

  it(`gives the quotations of ${passages.length} passages of several sentences or paragraphs to their speakers, in order`, () => {
    const wrong = passages.flatMap(({ speaker, paragraph }) => {
      const found = speakers(paragraph);
      return found.join('; ') === speaker ? [] : [`${paragraph} → ${found.join('; ') || 'no quotation'} (expected ${speaker})`];
    });
    expect(wrong).toEqual([]);
  });

  // ledes.txt: the same, each passage opening the article (a dateline or a kicker before the lede's subject).
  it(`gives the quotations of ${ledes.length} passages that open the article to their speakers, in order`, () => {
    const wrong = ledes.flatMap(({ speaker, paragraph }) => {
      const found = speakers(paragraph, true);
      return found.join('; ') === speaker ? [] : [`${paragraph} → ${found.join('; ') || 'no quotation'} (expected ${speaker})`];
    });
    expect(wrong).toEqual([]);
  });
});
