import { describe, expect, it } from 'vitest';
import { forgetTexts, rememberedPerText } from '../src/pipeline/memo.ts';
import { strongReason } from '../src/pipeline/junk/features.ts';
import { bylineOf, dateLineOf } from '../src/pipeline/meta-lines.ts';
import { normalizeForMatch, unify } from '../src/pipeline/normalize.ts';

describe('answers remembered per text', () => {
  it('reads a text once until the next source starts', () => {
    const read: string[] = [];
    const length = rememberedPerText((text) => {
      read.push(text);
      return text.length === 0 ? null : text.length;
    });
    expect([length('abc'), length('abc'), length(''), length('')]).toEqual([3, 3, null, null]);
    expect(read).toEqual(['abc', '']);
    forgetTexts();
    expect(length('abc')).toBe(3);
    expect(read).toEqual(['abc', '', 'abc']);
  });

  it('keeps at most the size it is given, dropping the oldest', () => {
    const read: string[] = [];
    const upper = rememberedPerText((text) => {
      read.push(text);
      return text.toUpperCase();
    }, 2);
    upper('a');
    upper('b');
    upper('c');
    upper('b');
    upper('a');
    expect(read).toEqual(['a', 'b', 'c', 'a']);
  });

  it('gives the same answers the second time as the first', () => {
    const lines = ['By Jane Roe and Sam Poe', 'Published 15 January 2025, 14:20', 'Sign up for our free daily newsletter', '“Curly” quotes — and  spaces ', 'A plain sentence of the article.'];
    const first = lines.map((line) => [strongReason(line), bylineOf(line), dateLineOf(line), unify(line), normalizeForMatch(line)]);
    expect(lines.map((line) => [strongReason(line), bylineOf(line), dateLineOf(line), unify(line), normalizeForMatch(line)])).toEqual(first);
    forgetTexts();
    expect(lines.map((line) => [strongReason(line), bylineOf(line), dateLineOf(line), unify(line), normalizeForMatch(line)])).toEqual(first);
    expect(first[1]?.[2]).toEqual({ kind: 'published', date: '2025-01-15' });
    expect(first[0]?.[1]).toBe('Jane Roe and Sam Poe');
  });
});
