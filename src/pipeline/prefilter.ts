// Cheap tests run before a costly pattern: each is a pattern that matches every text the costly one matches (and
// some more), so that asking it first can only spare work, never change an answer.

/**
 * The pattern's source without its word boundaries (`\b`) outside character classes and negative lookarounds.
 * Dropping an assertion only lets more through; inside `(?!…)` or `(?<!…)` it would let less through, so those stay.
 */
export function withoutWordBoundaries(source: string): string {
  let out = '';
  let inClass = false;
  // For each open group: is it a negative lookaround, or inside one?
  const negative: boolean[] = [];
  for (let at = 0; at < source.length; at++) {
    const character = source[at] as string;
    if (character === '\\') {
      const next = source[at + 1] ?? '';
      at++;
      if (next === 'b' && !inClass && !negative.at(-1)) continue;
      out += character + next;
      continue;
    }
    if (inClass) {
      if (character === ']') inClass = false;
    } else if (character === '[') {
      inClass = true;
    } else if (character === '(') {
      negative.push(Boolean(negative.at(-1)) || source.startsWith('(?!', at) || source.startsWith('(?<!', at));
    } else if (character === ')') {
      negative.pop();
    }
    out += character;
  }
  return out;
}

/**
 * A looser copy of a case-insensitive Unicode pattern that holds word boundaries, or null. (V8 reads `\b` under the
 * `iu` flags slowly, trying the whole pattern at every character of the text: the copy without it is several times
 * faster on a line it does not match, which is nearly every line.)
 */
export function looserCopy(pattern: RegExp): RegExp | null {
  if (!pattern.flags.includes('i') || !pattern.flags.includes('u') || !pattern.source.includes('\\b')) return null;
  const source = withoutWordBoundaries(pattern.source);
  return source === pattern.source ? null : new RegExp(source, pattern.flags.replace(/[gy]/gu, ''));
}
