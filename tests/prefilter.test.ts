// The looser copies asked before a costly pattern: without their word boundaries they match every text the pattern
// matches (a cheap test may spare work, never change an answer); boundaries in classes and negative lookarounds stay.
import { describe, expect, it } from 'vitest';
import { looserCopy, withoutWordBoundaries } from '../src/pipeline/prefilter.ts';
import { strongPatterns } from '../src/pipeline/junk/lexicon.ts';

describe('prefilter: looser copies', () => {
  it('drops word boundaries, keeps an escaped backslash, a class and a negative lookaround', () => {
    expect(withoutWordBoundaries(String.raw`\bfor (?:general )?use only\b`)).toBe('for (?:general )?use only');
    expect(withoutWordBoundaries(String.raw`a\\b[\b]c`)).toBe(String.raw`a\\b[\b]c`);
    expect(withoutWordBoundaries(String.raw`(?<!\b(?:no|not)\s)later(?!\s+\bthan)\b`)).toBe(String.raw`(?<!\b(?:no|not)\s)later(?!\s+\bthan)`);
    expect(withoutWordBoundaries(String.raw`(?:\bx(?=\by))\b`)).toBe('(?:x(?=y))');
  });

  it('copies only case-insensitive Unicode patterns that hold a boundary, without their global flag', () => {
    expect(looserCopy(/\bsaid\b/u)).toBeNull();
    expect(looserCopy(/^said$/iu)).toBeNull();
    expect(looserCopy(/\bsaid\b/giu)?.flags).toBe('iu');
  });

  it('matches every line its pattern matches, and more', () => {
    const lines = [
      'This article is for general informational purposes only.',
      'Market data delayed by 15 minutes',
      'Our reporting depends on readers like you. Please give today.',
      'Thanks for reading! See you tomorrow.',
      'Please enable JavaScript to view the comments.',
      'The minister said the report was not later than expected.',
      'A substitute for professional medical advice it is not.',
    ];
    let copied = 0;
    for (const { pattern } of strongPatterns) {
      const looser = looserCopy(pattern);
      if (!looser) continue;
      copied++;
      for (const line of lines) if (pattern.test(line)) expect(looser.test(line), `${looser} on “${line}”`).toBe(true);
    }
    expect(copied).toBeGreaterThan(10);
    // Looser: "forum" holds "for" with no boundary after it.
    expect(looserCopy(/\bfor\b/iu)?.test('forum')).toBe(true);
  });
});
