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

/**
 * A pattern for the first characters every match of an anchored pattern opens with (`^(?:read more|watch)…` →
 * `^(?:rea|wat)`, in the pattern's own flags, so that case folding is the engine's own), or null when that cannot be
 * read off its source: an alternative not anchored at the start, one that can match an empty text. Lookarounds and
 * word boundaries are passed over (dropping an assertion only lets more through); whatever is not read here (a back
 * reference, a repeated group) ends the prefix where it stands. Asked of a text's first characters, it tells which
 * patterns cannot match the text at all, so that a line is not run through two hundred patterns anchored on words it
 * does not open with.
 */
export function openingGate(pattern: RegExp, length = 3): RegExp | null {
  if (pattern.flags.includes('m') || pattern.flags.includes('v')) return null;
  const prefixes = new Set<string>();
  for (const alternative of topAlternatives(pattern.source)) {
    if (!alternative.startsWith('^')) return null;
    const sequence = parseSequence(alternative.slice(1), pattern.flags.includes('u'));
    if (!sequence) return null;
    expand(sequence, 0, [], length, prefixes, (atoms) => prefixes.add(atoms.join('')));
    if (prefixes.has('') || prefixes.size > 400) return null;
  }
  try {
    return new RegExp(`^(?:${[...prefixes].join('|')})`, pattern.flags.replace(/[gy]/gu, ''));
  } catch {
    return null;
  }
}

type Item =
  | { kind: 'atom'; text: string; min: number; max: number }
  | { kind: 'group'; alternatives: Item[][]; min: number; max: number }
  // A lookaround or a word boundary: no character of its own.
  | { kind: 'assertion' }
  // The end of the text, or what is not read here: the prefix ends before it.
  | { kind: 'stop' };

/**
 * Every run of up to `length` one-character atoms a match of `items` (from `index` on, after `atoms`) opens with;
 * `rest` goes on with what follows the enclosing group once `items` is read through.
 */
function expand(items: Item[], index: number, atoms: string[], length: number, out: Set<string>, rest: (atoms: string[]) => void): void {
  if (out.size > 400) return;
  if (atoms.length >= length) {
    out.add(atoms.slice(0, length).join(''));
    return;
  }
  const item = items[index];
  if (!item) return rest(atoms);
  const next = (after: string[]) => expand(items, index + 1, after, length, out, rest);
  if (item.kind === 'assertion') return next(atoms);
  if (item.kind === 'stop') {
    out.add(atoms.join(''));
    return;
  }
  if (item.min === 0) next(atoms);
  if (item.max === 0) return;
  // Read once; the prefix goes on past the item only where it stands exactly once.
  const after = item.min === 1 && item.max === 1 ? next : (ended: string[]) => void out.add(ended.join(''));
  if (item.kind === 'atom') return after([...atoms, item.text]);
  for (const alternative of item.alternatives) expand(alternative, 0, atoms, length, out, after);
}

/** The items of a sequence (no `|` at its own level), or null for a source not read here. */
function parseSequence(source: string, unicode: boolean): Item[] | null {
  const items: Item[] = [];
  let at = 0;
  while (at < source.length) {
    let item: Item;
    let end: number;
    if (/^\(\?<?[=!]/u.test(source.slice(at, at + 4))) {
      end = groupEnd(source, at) + 1;
      if (end <= 0) return null;
      item = { kind: 'assertion' };
    } else if (source.startsWith('\\b', at) || source.startsWith('\\B', at)) {
      end = at + 2;
      item = { kind: 'assertion' };
    } else if (source[at] === '(') {
      const close = groupEnd(source, at);
      if (close < 0) return null;
      const named = /^\(\?<[A-Za-z]/u.test(source.slice(at, at + 4));
      if (source.startsWith('(?', at) && !source.startsWith('(?:', at) && !named) return null;
      const content = source.startsWith('(?:', at) ? source.slice(at + 3, close) : named ? source.slice(source.indexOf('>', at) + 1, close) : source.slice(at + 1, close);
      const alternatives = topAlternatives(content).map((alternative) => parseSequence(alternative, unicode));
      if (alternatives.some((alternative) => alternative === null)) return null;
      end = close + 1;
      item = { kind: 'group', alternatives: alternatives as Item[][], min: 1, max: 1 };
    } else {
      end = atomEnd(source, at, unicode);
      if (end < 0) {
        // `$`, a back reference, an escape not read here: the prefix stops; nothing after it is read.
        items.push({ kind: 'stop' });
        return items;
      }
      item = { kind: 'atom', text: source.slice(at, end), min: 1, max: 1 };
    }
    const quantifier = /^(?:([?*+])|\{(\d+)(,(\d*))?\})\??/u.exec(source.slice(end, end + 16));
    if (quantifier) {
      if (item.kind === 'assertion') return null;
      const [, sign, low, comma, high] = quantifier;
      item.min = sign === '?' || sign === '*' ? 0 : sign === '+' ? 1 : Number(low);
      item.max = sign ? (sign === '?' ? 1 : Infinity) : comma === undefined ? Number(low) : high ? Number(high) : Infinity;
      end += quantifier[0].length;
    }
    items.push(item);
    at = end;
  }
  return items;
}

/** The alternatives of a pattern's source at its own level (not inside groups or classes). */
function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const { at, character, depth } of structure(source, 0)) {
    if (character !== '|' || depth !== 0) continue;
    out.push(source.slice(start, at));
    start = at + 1;
  }
  out.push(source.slice(start));
  return out;
}

/** The index of the `)` closing the group that opens at `at`, or -1. */
function groupEnd(source: string, at: number): number {
  for (const mark of structure(source, at)) if (mark.character === ')' && mark.depth === 1) return mark.at;
  return -1;
}

/** Each character of a pattern's source from `from` on, escapes and classes passed over, with the depth of groups open before it. */
function* structure(source: string, from: number): Generator<{ at: number; character: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let at = from; at < source.length; at++) {
    const character = source[at] as string;
    if (character === '\\') {
      at++;
      continue;
    }
    if (inClass) {
      if (character === ']') inClass = false;
      continue;
    }
    if (character === '[') {
      inClass = true;
      continue;
    }
    yield { at, character, depth };
    if (character === '(') depth++;
    else if (character === ')') depth--;
  }
}

/**
 * The end of the one-character atom (a literal, `.`, a class, an escape for one character) at `at`, or -1.
 * (Without the `u` flag, `\p{L}` is the letters "p{L}": not one character, so not read.)
 */
function atomEnd(source: string, at: number, unicode: boolean): number {
  const character = source[at];
  if (character === undefined || '()|*+?{}^$'.includes(character)) return -1;
  if (character === '[') {
    for (let index = at + 1; index < source.length; index++) {
      if (source[index] === '\\') index++;
      else if (source[index] === ']') return index + 1;
    }
    return -1;
  }
  if (character !== '\\') return at + 1;
  const escaped = source[at + 1] ?? '';
  if (escaped === 'p' || escaped === 'P') {
    if (!unicode) return -1;
    const close = source.indexOf('}', at);
    return source[at + 2] === '{' && close > 0 ? close + 1 : -1;
  }
  if (/^[dDwWsStnrfv]$/u.test(escaped) || /^[\\/.*+?^$()[\]{}|-]$/u.test(escaped)) return at + 2;
  if (escaped === 'u' && /^[\dA-Fa-f]{4}$/u.test(source.slice(at + 2, at + 6))) return at + 6;
  if (escaped === 'x' && /^[\dA-Fa-f]{2}$/u.test(source.slice(at + 2, at + 4))) return at + 4;
  // Back references, `\u{…}`, control escapes and the rest: not read here.
  return -1;
}
