// Fact assembly: sentences of several sources that report one fact are told once, citing them all;
// a fact of one source stays marked by its single citation; ids are stable when a source is added.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctIds, similarity, signature } from '../src/assemble/align.ts';
import { assembleFacts } from '../src/assemble/facts.ts';
import { assembleTimeline } from '../src/assemble/timeline.ts';
import { processSource } from '../src/pipeline/index.ts';

const folder = join(import.meta.dirname, 'fixtures', 'facts', 'two-outlets');
const read = (fileName: string) =>
  processSource({ fileName, bytes: readFileSync(join(folder, fileName)), meta: { published: '2024-02-12' } });

describe('facts', () => {
  it('tells a fact reported by two outlets once, with both citations', () => {
    const facts = assembleFacts([read('a.txt'), read('b.txt')]);
    const explosion = facts.find((fact) => fact.text.includes('gas explosion'));
    expect(explosion?.sources.map((cite) => cite.source)).toEqual(['a', 'b']);
    expect(explosion?.aliases).toHaveLength(1);
    const single = facts.find((fact) => fact.text.startsWith('Neighbours'));
    expect(single?.sources).toHaveLength(1);
  });

  it('keeps background apart, with its theme when the article has a heading', () => {
    const facts = assembleFacts([read('a.txt')]);
    expect(facts.find((fact) => fact.text.startsWith('Gas leaks'))?.section).toBe('context');
    expect(facts.filter((fact) => fact.section === 'event').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the ids of existing facts when a source is added', () => {
    const before = assembleFacts([read('a.txt')]).map((fact) => fact.id);
    const after = new Set(assembleFacts([read('a.txt'), read('b.txt')]).map((fact) => fact.id));
    for (const id of before) expect(after.has(id)).toBe(true);
  });

  it('reads a mixed paragraph sentence by sentence, and gives background a topic without a heading', () => {
    const record = processSource({ fileName: 'input.txt', bytes: readFileSync(join(folder, '..', 'mixed', 'input.txt')) });
    const facts = assembleFacts([record]);
    const texts = facts.map((fact) => fact.text);
    expect(texts).toContain('The buses were escorted down the next morning.');
    expect(texts.some((text) => text.includes('We will reopen'))).toBe(false);
    expect(texts).toContain('The drivers had waited for eleven hours.');
    expect(texts.some((text) => text.startsWith('Varga said'))).toBe(false);
    const background = facts.find((fact) => fact.text.startsWith('Lawmakers'));
    expect(background?.section).toBe('context');
    expect(background?.theme).toBe('Economy');
  });

  it('orders events by date, an undated one beside its neighbours in its own source, and reads a fact without its dateline', () => {
    const source = (fileName: string, text: string) => processSource({ fileName, bytes: Buffer.from(text), meta: { published: '2025-03-20', title: 'A ferry fire' } });
    const a = source('a.txt', [
      'HARWICK, March 20 (Wire) — The ferry Marisol caught fire in the harbour at Harwick on March 18, officials said on Thursday.',
      'Firefighters boarded the burning vessel from two tugs.',
      'A similar fire gutted a cargo ship at the same quay in 2019, port records show.',
      'The crew reported thick smoke on the car deck.',
    ].join('\n\n'));
    const b = source('b.txt', [
      'Coastguard divers searched the hull for a missing deckhand.',
      'The deckhand was found alive on March 19, clinging to a buoy.',
    ].join('\n\n'));
    const events = assembleFacts([a, b]).filter((fact) => fact.section === 'event').map((fact) => fact.text.slice(0, 24));
    expect(events[0]).toBe('The ferry Marisol caught');
    // The 2019 background places nothing after it: the crew's smoke stays with the fire of March 18.
    expect(events.indexOf('The crew reported thick ')).toBeLessThan(events.indexOf('Coastguard divers search'));
    // Told before the dated sentence of its source, an undated fact goes just before it, not first of all.
    expect(events.indexOf('Coastguard divers search')).toBeGreaterThan(events.indexOf('Firefighters boarded the'));
    expect(events.indexOf('Coastguard divers search')).toBeLessThan(events.indexOf('The deckhand was found a'));
  });

  it('does not align sentences whose numbers disagree', () => {
    const a = signature('Police arrested 12 protesters outside the parliament building on Friday.');
    const b = signature('Police arrested 40 protesters outside the parliament building on Friday.');
    expect(similarity(a, b)).toBe(0);
    expect(similarity(a, signature('Police arrested 12 protesters outside parliament on Friday evening.'))).toBeGreaterThan(0.45);
  });

  it('gives every fact and timeline entry an id of its own when a source repeats a sentence', () => {
    const sentence = 'Crews shut the Elm Street bridge on Monday after inspectors found a crack in its main beam.';
    const text = `Bridge shut after crack found\n\n${sentence}\n\nThe council said repairs would take a month.\n\n${sentence}\n\nDrivers were told to use the ring road.\n`;
    const record = processSource({ fileName: 'repeat.txt', bytes: Buffer.from(text), meta: { published: '2024-02-12' } });
    for (const items of [assembleFacts([record]), assembleTimeline([record])]) {
      const ids = items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(items.map((item) => item.href)).size).toBe(ids.length);
    }
    const [first, second] = distinctIds([{ id: 'f-a', href: '/a', aliases: [] }, { id: 'f-a', href: '/a', aliases: ['f-b'] }, { id: 'f-a', href: '/a', aliases: ['f-b'] }], (_item, id) => `/${id}`);
    expect([first?.id, second?.id]).toEqual(['f-a', 'f-b']);
  });
});
