// Page furniture of common site families (written for this test from the shapes such sites show, no page's text), each
// line alone in an invented article where pages put it: above the headline, under it, between paragraphs, at the foot.
// Every line must go and no paragraph with it. A line that is furniture in one place only is tested there only.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processSource } from '../src/pipeline/index.ts';
import { runStages } from './helpers/source-stages.ts';

const read = (name: string) => readFileSync(`tests/fixtures/furniture/${name}.txt`, 'utf8').split('\n').filter(Boolean);
const headline = 'Harbour board fined after fuel spill at east quay';
const paragraphs = [
  'The Kelby harbour board was fined 12,000 on Tuesday after fuel leaked into the east basin during repairs last spring.',
  'Magistrates heard that a contractor left a valve open for most of a weekend, and that the board had no one on duty to notice.',
  '"We accept the court\'s decision and have changed how we supervise contractors," the board\'s chief executive, Mara Lind, said outside the court.',
  'Fishermen who work from the quay said the spill had kept them ashore for nine days at the height of the season.',
  'The board said it had paid for the clean-up itself and had since installed alarms on every fuel line in the harbour.',
  'A hearing on compensation for the fishing crews is set for next month, the court said.',
];

// Between paragraphs, a date or a name is a live page's post stamp or its author, and an author's line of biography may
// be the article's own: these stay there (they go under the headline and at the foot).
const staysBetween = /^(?:updated|published|last updated|first published|posted|yesterday|monday|jane doe|staff reporter|senior correspondent|reporter)\b/iu;

function survivors(lines: string[], line: string): string[] {
  const { result } = runStages(lines.join('\n\n'));
  const removed = new Set(result.removed.map((entry: { text: string }) => entry.text.trim()));
  const lost = paragraphs.filter((paragraph) => removed.has(paragraph));
  return [...(removed.has(line) ? [] : [`kept: ${line}`]), ...lost.map((paragraph) => `lost with ${line}: ${paragraph.slice(0, 40)}`)];
}

describe('page furniture of common site families', () => {
  it('goes above the headline', () => {
    expect(read('top').flatMap((line) => survivors([line, headline, ...paragraphs], line))).toEqual([]);
  });
  it('goes under the headline, between paragraphs and after the last', () => {
    const lines = read('middle');
    const problems = [
      ...lines.filter((line) => !/^(?:jane doe is a)/iu.test(line)).flatMap((line) => survivors([headline, line, ...paragraphs], line)),
      ...lines.filter((line) => !staysBetween.test(line)).flatMap((line) => survivors([headline, ...paragraphs.slice(0, 3), line, ...paragraphs.slice(3)], line)),
      ...lines.flatMap((line) => survivors([headline, ...paragraphs, line], line)),
    ];
    expect(problems).toEqual([]);
  });
  it('goes at the foot', () => {
    expect(read('bottom').flatMap((line) => survivors([headline, ...paragraphs, line], line))).toEqual([]);
  });

  // headline-tops.txt: blocks of a page's top, "@" where the headline stands (menus, labels, breaking tags, a deck, a
  // byline, a date, share rows, a reading time).
  it('leaves the headline as the title and nothing of the top in the article, whatever stands around it', () => {
    const tops = readFileSync('tests/fixtures/furniture/headline-tops.txt', 'utf8').split('\n\n').map((block) => block.split('\n').filter(Boolean));
    const problems = tops.flatMap((top) => {
      const at = top.indexOf('@');
      const record = processSource({ fileName: 'top.txt', bytes: Buffer.from([...top.slice(0, at), headline, ...top.slice(at + 1), ...paragraphs].join('\n\n')) });
      const kept = record.paragraphs.map((paragraph) => paragraph.text).filter((text) => !paragraphs.includes(text));
      return record.title === headline && kept.length === 0 ? [] : [`${top.join(' / ')}: title ${JSON.stringify(record.title)}, kept ${JSON.stringify(kept)}`];
    });
    expect(problems).toEqual([]);
  });
});
