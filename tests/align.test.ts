// The sentence aligner of facts and timeline tellings: its shortcuts (a score counted only while it may still
// reach the best found, candidate groups tallied in an array) must group exactly as comparing every candidate in full.
import { describe, expect, it } from 'vitest';
import { align, signature, similarity } from '../src/assemble/align.ts';

/** The aligner as first written: every candidate sharing two of the rarest words scored in full. */
function reference<T extends { source: string }>(items: T[], textOf: (item: T) => string, threshold: number, accepts: (item: T, group: T[], score: number) => boolean = () => true): T[][] {
  const groups: Array<{ items: T[]; signature: Set<string>; sources: Set<string> }> = [];
  const byWord = new Map<string, number[]>();
  for (const item of items) {
    const key = signature(textOf(item));
    const postings = [...key].map((word) => byWord.get(word)).filter((list): list is number[] => list !== undefined && list.length <= 200).sort((a, b) => a.length - b.length).slice(0, 8);
    const shared = new Map<number, number>();
    for (const list of postings) for (const index of list) shared.set(index, (shared.get(index) ?? 0) + 1);
    let best: (typeof groups)[number] | null = null;
    let bestScore = threshold;
    for (const index of [...shared].filter(([, count]) => count >= 2).map(([index]) => index).sort((a, b) => a - b)) {
      const group = groups[index]!;
      if (group.sources.has(item.source)) continue;
      const score = similarity(key, group.signature);
      if (score >= bestScore && accepts(item, group.items, score)) [best, bestScore] = [group, score];
    }
    if (best) {
      best.items.push(item);
      best.sources.add(item.source);
    } else {
      const index = groups.push({ items: [item], signature: key, sources: new Set([item.source]) }) - 1;
      for (const word of key) byWord.set(word, [...(byWord.get(word) ?? []), index]);
    }
  }
  return groups.map((group) => group.items);
}

/** Invented sentences from a small vocabulary, with numbers, so that many share words and some their numbers. */
function sentences(count: number, seed: number): Array<{ source: string; text: string }> {
  let state = seed;
  const next = (below: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };
  const vocabulary = 'council ferry harbour storm closed reopened inspectors bridge tuesday night residents evacuated wharf crane engineers report delayed shipments union strike mayor budget repairs tide flooded road'.split(' ');
  return Array.from({ length: count }, () => {
    const length = 5 + next(10);
    const words = Array.from({ length }, () => (next(6) === 0 ? String(10 + next(5)) : vocabulary[next(vocabulary.length)]!));
    return { source: `s${next(12)}`, text: `${words.join(' ')}.` };
  });
}

describe('align', () => {
  it('scores two signatures by the words they share over the shorter, numbers agreeing', () => {
    expect(similarity(signature('The ferry crossed the harbour at dawn on Tuesday'), signature('ferry crossed harbour dawn'))).toBe(1);
    expect(similarity(signature('Inspectors found 12 cracks in the harbour bridge'), signature('Inspectors found 14 cracks in the harbour bridge'))).toBe(0);
    expect(similarity(signature('ferry harbour'), signature('ferry harbour'))).toBe(0);
  });

  for (const threshold of [0.45, 0.9]) {
    it(`groups as scoring every candidate in full would, at ${threshold}`, () => {
      for (const seed of [1, 2, 3]) {
        const items = sentences(600, seed);
        expect(align(items, (item) => item.text, threshold).length).toBeLessThan(items.length * 0.95);
        const accepts = (item: { text: string }, group: Array<{ text: string }>) => group.every((other) => other.text.length % 3 !== item.text.length % 3 || other.text.length === item.text.length);
        expect(align(items, (item) => item.text, threshold)).toEqual(reference(items, (item) => item.text, threshold));
        expect(align(items, (item) => item.text, threshold, accepts)).toEqual(reference(items, (item) => item.text, threshold, accepts));
      }
    });
  }
});
