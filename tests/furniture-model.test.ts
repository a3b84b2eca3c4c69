// The furniture model (src/pipeline/junk/model.ts, learned by scripts/train-junk.ts) and the stage that acts on it
// (src/pipeline/furniture.ts): the weights fit the features, a caption the rules keep is removed with the model's
// reason, corrections.yaml can keep it, and the article's own structure is never the model's to remove.
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import removeFurniture, { ownStructure } from '../src/pipeline/furniture.ts';
import { processSource } from '../src/pipeline/index.ts';
import { classifyLines } from '../src/pipeline/junk/classify.ts';
import { furnitureProbability, furnitureThreshold, lineFeatures } from '../src/pipeline/junk/model.ts';
import { learnedReason } from '../src/pipeline/junk/reason.ts';
import { furnitureWeights } from '../src/pipeline/junk/weights.ts';

// An invented page: a picture's caption pasted between the date and the article, which no rule of the junk stage removes
// (the portrait's name under it and the links after the article, they do).
const page = [
  'Ferry operator suspends night crossings after engine fire',
  'By Sam Quill',
  '12 March 2026',
  'Crew members stand beside the damaged engine of the Harrow Star at Kelby harbour',
  'Marta Ode',
  'The Kelby Ferry Company suspended all night crossings on Tuesday after an engine fire on one of its vessels forced 140 passengers to return to port.',
  'The fire broke out in the engine room of the Harrow Star shortly after it left Kelby harbour at 9.40pm, the company said.',
  '"Our crew acted quickly and everyone is safe," said Marta Ode, the company\'s operations director.',
  'Passengers were taken back to the terminal and offered hotel rooms for the night.',
  'The harbour authority said it would inspect the company\'s other three vessels before crossings resume.',
  'An investigation into the cause of the fire has begun, the maritime safety agency said on Wednesday.',
  'Posted by Jane Harrow',
  'Councillors demand answers over harbour budget',
  'Harbour pilots vote to strike over pay',
].join('\n');
const caption = 'Crew members stand beside the damaged engine of the Harrow Star at Kelby harbour';

describe('the furniture model', () => {
  it('has one weight per feature', () => {
    const lines = page.split('\n');
    const features = lineFeatures(lines, classifyLines(lines).map((verdict) => verdict.reason));
    expect(furnitureWeights.length).toBeGreaterThan(0);
    expect(features.every((row) => row.length === furnitureWeights.length || row.length === 0)).toBe(true);
    expect(features.filter((row) => row.length > 0).length).toBeGreaterThan(5);
  });

  it('never reads a sentence of fifteen words or more inside the article, whose the article is', () => {
    const lines = page.split('\n');
    const features = lineFeatures(lines, classifyLines(lines).map((verdict) => verdict.reason));
    // (The lede and the last paragraph close the body: read; so is "Passengers were taken back …", of fourteen words.
    // Those between them of fifteen words or more: settled.)
    expect(features.map((row) => row.length > 0)).toEqual([true, true, true, true, true, true, false, false, true, false, true, true, true, true]);
  });

  it('removes a caption the rules keep, says so, and keeps every paragraph of the article', () => {
    const lines = page.split('\n');
    const reasons = classifyLines(lines).map((verdict) => verdict.reason);
    expect(reasons[3]).toBeNull();
    expect(furnitureProbability(lineFeatures(lines, reasons)[3]!)).toBeGreaterThanOrEqual(furnitureThreshold);
    const record = processSource({ fileName: 'ferry.txt', bytes: new TextEncoder().encode(page) });
    const removed = record.removed.find((line) => line.text === caption);
    expect(removed?.reason).toMatch(new RegExp(`^${learnedReason.replace(/[()]/gu, '\\$&')}, \\d+ %$`, 'u'));
    expect(removed?.line).toBe(4);
    expect(record.paragraphs.map((paragraph) => paragraph.text)).toEqual(page.split('\n').slice(5, 11));
  });

  it('keeps the line when corrections.yaml says it is the article’s', () => {
    const record = processSource({ fileName: 'ferry.txt', bytes: new TextEncoder().encode(page), keep: [4] });
    expect(record.removed.some((line) => line.text === caption)).toBe(false);
    expect(record.paragraphs[0]?.text).toBe(caption);
  });
});

/** Run the stage alone over paragraphs whose model reading is given. */
function runStage(lines: Array<[string, number]>): { kept: string[]; removed: string[] } {
  const tree: Root = {
    type: 'root',
    children: lines.map(([text, furniture], index) => ({
      type: 'paragraph',
      children: [{ type: 'text', value: text }],
      position: { start: { line: index + 1, column: 1, offset: index * 100 }, end: { line: index + 1, column: 1 + text.length, offset: index * 100 + text.length } },
      data: { furniture },
    })),
  };
  const file = new VFile({ value: '' });
  file.data.removed = [];
  const out = unified().use(removeFurniture).runSync(tree, file) as Root;
  return { kept: out.children.map((node) => (node.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0].value : '')), removed: file.data.removed.map((line) => line.text) };
}

const prose = 'The council said the new rules would be enforced by its licensing officers from the start of next year.';

describe('the furniture stage', () => {
  it('removes what the model is sure of, and only that', () => {
    const { kept, removed } = runStage([[prose, 0.1], ['Harbour pilots vote to strike over pay', 0.99], [prose.replace('council', 'ministry'), 0.5]]);
    expect(removed).toEqual(['Harbour pilots vote to strike over pay']);
    expect(kept).toHaveLength(2);
  });

  it('never removes the items of a list the text introduces, nor three summary points in a row', () => {
    const listed = runStage([['The new regulations include:', 0.1], ['a ban on flavoured cartridges', 0.99], ['fines for retailers who break the law', 0.99], [prose, 0.1]]);
    expect(listed.removed).toEqual([]);
    const points = runStage([['Ban on single-use vapes to take effect from next September', 0.99], ['New limits on flavours and packaging of reusable products', 0.99], ['Fines of up to 5,000 for retailers who break the law', 0.99], [prose, 0.1]]);
    expect(points.removed).toEqual([]);
    const advice = runStage([[prose, 0.1], ['What shoppers should do', 0.99], ['do not eat the bars if you have a peanut allergy', 0.99], ['take the bars back to the shop for a refund', 0.99]]);
    expect(advice.removed).toEqual([]);
  });

  it('leaves to the model a run of other stories’ headlines after the article', () => {
    const related = ['Councillors demand answers over harbour budget', 'Harbour pilots vote to strike over pay', 'New ferry terminal opens two years late'];
    expect(ownStructure([prose, prose, ...related]).size).toBe(0);
    expect(runStage([[prose, 0.1], [prose, 0.1], ...related.map((line): [string, number] => [line, 0.99])]).removed).toEqual(related);
  });

  it('keeps the subheadings of a page that has three or more, and not a lone short line', () => {
    const live = ['Death toll unchanged, police say', 'Rail service suspended until Friday', 'Union says it warned regulators'];
    const page = live.flatMap((heading) => [heading, prose]);
    expect([...ownStructure(page)].sort()).toEqual([0, 2, 4]);
    expect(ownStructure([prose, 'Councillors demand answers over harbour budget', prose]).size).toBe(0);
  });

  it('derives the title again from the first paragraph it leaves, when it removes the one the title was derived from', () => {
    const tree: Root = {
      type: 'root',
      children: [['Harbour pilots vote to strike over pay', 0.99], [prose, 0.1]].map(([text, furniture], index) => ({
        type: 'paragraph' as const,
        children: [{ type: 'text' as const, value: String(text) }],
        position: { start: { line: index + 1, column: 1, offset: index * 200 }, end: { line: index + 1, column: 1, offset: index * 200 + String(text).length } },
        data: { furniture: Number(furniture) },
      })),
    };
    const file = new VFile({ value: '' });
    file.data.removed = [];
    file.data.title = { text: 'Harbour pilots vote to strike over pay', derived: true };
    unified().use(removeFurniture).runSync(tree, file);
    expect(file.data.title).toEqual({ text: 'The council said the new rules would be enforced by its licensing officers from the start…', derived: true });
    // (A headline the page gave stays, whatever the stage removes.)
    const given = new VFile({ value: '' });
    given.data.removed = [];
    given.data.title = { text: 'Pilots strike', derived: false };
    unified().use(removeFurniture).runSync(structuredClone(tree), given);
    expect(given.data.title).toEqual({ text: 'Pilots strike', derived: false });
  });
});
