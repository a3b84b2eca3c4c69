// The rows `scripts/train-sections.ts` learns from: collected only when asked, one per paragraph, each with the rule
// that decided it and the counts behind the decision; the same text gives the same sections either way.
import { describe, expect, it } from 'vitest';
import { processSource } from '../src/pipeline/index.ts';
import { collected, probabilities, vectors } from '../src/pipeline/sections/model.ts';

const text = [
  'Harbour crane collapses at Veldmark port',
  '',
  'A crane collapsed at the Veldmark container port on Tuesday morning, injuring two dock workers, the port authority said.',
  '',
  '“We are checking every crane on the quay before work resumes,” said Ines Marlowe, the authority’s safety director.',
  '',
  'Port cranes are inspected every year under national safety rules, and most last for decades.',
  '',
].join('\n');

function read() {
  return processSource({ fileName: 'crane.txt', bytes: new TextEncoder().encode(text) });
}

describe('section model rows', () => {
  it('are collected only when asked, and do not change the sections', () => {
    const plain = read();
    expect(collected.rows).toBeNull();
    collected.rows = [];
    const record = read();
    const rows = collected.rows.flat();
    collected.rows = null;
    expect(record.paragraphs.map((paragraph) => paragraph.section)).toEqual(plain.paragraphs.map((paragraph) => paragraph.section));
    expect(rows.map((row) => row.text)).toEqual(record.paragraphs.map((paragraph) => paragraph.text));
    expect(rows.map((row) => row.rule)).toEqual(record.paragraphs.map((paragraph) => paragraph.section));
    // The quotation decides the second paragraph (branch 1), the weighing of cues the others (branch 0).
    expect(rows.map((row) => row.stats?.branch)).toEqual([0, 1, 0]);
    expect(rows[1]!.stats!.quoted).toBeGreaterThan(0.5);
    expect(rows[0]!.stats!.past).toBeGreaterThan(0);
    expect(rows[2]!.stats!.context).toBeGreaterThan(0);
    const xs = vectors(rows);
    expect(new Set(xs.map((x) => x.length)).size).toBe(1);
    const p = probabilities({ weights: [xs[0]!.map(() => 0), xs[0]!.map(() => 0), xs[0]!.map(() => 0)] }, xs[0]!);
    expect(p.map((value) => value.toFixed(3))).toEqual(['0.333', '0.333', '0.333']);
  });
});
