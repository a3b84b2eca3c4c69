// Duplicate sources: the same article saved twice (identical, or near-identical after cleaning) is kept
// once, with a warning that names both files; on two outlets' pages it is kept twice, as a republication.
// Near means word 5-shingles with a Jaccard index ≥ 0.8.
import type { SourceRecord } from '../pipeline/types.ts';

export interface DuplicateWarning {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

const shingleSize = 5;
const threshold = 0.8;
/** Size of the bottom-k sketch that screens a pair before the exact count. */
const sketchSize = 64;

/** One source's shingles: hashed, sorted ascending, without repeats. */
type Shingles = Uint32Array;

/** Keep one source of each article: the cleaner (fewer removed lines), then the first by file name. */
export function dropDuplicates(records: SourceRecord[]): { kept: SourceRecord[]; warnings: DuplicateWarning[] } {
  const ordered = [...records].sort((a, b) => a.removed.length - b.removed.length || byFile(a, b));
  const shingles = ordered.map(shinglesOf);
  const prefixes = prefixesOf(shingles);
  const index = new Map<number, number[]>();
  const kept: number[] = [];
  const warnings: DuplicateWarning[] = [];
  // The sources met through a shared shingle, in the order first met: marked in an array by the position that met
  // them, rather than gathered in a set (copies of one wire story meet each other through hundreds of shingles).
  const met = new Int32Array(ordered.length).fill(-1);
  ordered.forEach((record, position) => {
    const own = shingles[position] ?? new Uint32Array();
    const candidates: number[] = [];
    for (const shingle of prefixes[position] ?? []) {
      for (const holder of index.get(shingle) ?? []) {
        if (met[holder] === position) continue;
        met[holder] = position;
        candidates.push(holder);
      }
    }
    let original: number | undefined;
    let share = 0;
    for (const candidate of candidates) {
      share = similarity(own, shingles[candidate] ?? new Uint32Array());
      if (share >= threshold) {
        original = candidate;
        break;
      }
    }
    const keptRecord = original === undefined ? undefined : ordered[original];
    // The same article on two outlets' pages (a syndicated or republished story) is two sources: each outlet carried it.
    if (keptRecord && otherOutlet(record, keptRecord)) {
      warnings.push({
        file: record.file,
        line: 1,
        column: 1,
        ruleId: 'republished-source',
        message: `Unexpected near-copy of \`${keptRecord.file}\` (${Math.round(share * 100)}% of the same text) from another outlet (${record.meta.outlet} and ${keptRecord.meta.outlet}): both kept, as republications of one story.`,
      });
    }
    if (!keptRecord || otherOutlet(record, keptRecord)) {
      kept.push(position);
      for (const shingle of prefixes[position] ?? []) {
        const holders = index.get(shingle);
        if (holders) holders.push(position);
        else index.set(shingle, [position]);
      }
      return;
    }
    warnings.push({
      file: record.file,
      line: 1,
      column: 1,
      ruleId: 'duplicate-source',
      message: `Unexpected second copy of the article in \`${keptRecord.file}\` (${Math.round(share * 100)}% of the same text), expected each article once: kept \`${keptRecord.file}\`, left out \`${record.file}\`.`,
    });
  });
  return { kept: kept.flatMap((position) => ordered[position] ?? []).sort(byFile), warnings };
}

/** Both sources name their outlet, and the names differ. */
function otherOutlet(a: SourceRecord, b: SourceRecord): boolean {
  const name = (record: SourceRecord) => (record.meta.outlet ?? '').toLowerCase().replace(/^the\s+/, '').trim();
  return name(a) !== '' && name(b) !== '' && name(a) !== name(b);
}

function byFile(a: SourceRecord, b: SourceRecord): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * The article's word 5-shingles over its paragraphs (headings and removed lines play no part), each
 * hashed (FNV-1a over the words) so that sets are typed arrays, quick to sort, merge and sketch.
 * Words are letters and digits, lower-cased: copies of one article differ in quotes and dashes, not in words.
 */
function shinglesOf(record: SourceRecord): Shingles {
  const tokens: number[] = [];
  for (const paragraph of record.paragraphs) {
    for (const word of paragraph.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) tokens.push(hashWord(word));
  }
  if (tokens.length === 0) return new Uint32Array();
  // A text shorter than one shingle is one shingle of all its words.
  const hashes = new Uint32Array(Math.max(1, tokens.length - shingleSize + 1));
  for (let start = 0; start < hashes.length; start++) {
    let hash = 0x811c9dc5;
    for (let offset = start; offset < Math.min(start + shingleSize, tokens.length); offset++) hash = Math.imul(hash ^ (tokens[offset] ?? 0), 0x01000193);
    hashes[start] = hash >>> 0;
  }
  hashes.sort();
  let size = 0;
  for (const hash of hashes) if (size === 0 || hash !== hashes[size - 1]) hashes[size++] = hash;
  return hashes.slice(0, size);
}

function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let position = 0; position < word.length; position++) hash = Math.imul(hash ^ word.charCodeAt(position), 0x01000193);
  return hash >>> 0;
}

/**
 * Prefix filtering (Bayardo et al., "Scaling up all pairs similarity search"): with the shingles of
 * every source in one global order, rarest first, two sets with a Jaccard index ≥ t must share one of
 * their first |A| − ⌈t·|A|⌉ + 1 shingles. Indexing only those finds every near copy among a thousand
 * sources without comparing each pair.
 */
function prefixesOf(shingles: Shingles[]): number[][] {
  // How many sources hold each shingle: every source's shingles in one sorted array, counted run by run (a map of
  // hundreds of thousands of numbers is slower to fill than one typed array to sort).
  const all = new Uint32Array(shingles.reduce((total, set) => total + set.length, 0));
  let at = 0;
  for (const set of shingles) {
    all.set(set, at);
    at += set.length;
  }
  all.sort();
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let start = 0; start < all.length; ) {
    let end = start + 1;
    while (end < all.length && all[end] === all[start]) end++;
    distinct.push(all[start] ?? 0);
    counts.push(end - start);
    start = end;
  }
  // A source's shingles are sorted too: each is looked up from where the one before it was found.
  const frequencyOf = (set: Shingles) => {
    const found = new Float64Array(set.length);
    let low = 0;
    for (let position = 0; position < set.length; position++) {
      const shingle = set[position] ?? 0;
      let high = distinct.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((distinct[middle] ?? 0) < shingle) low = middle + 1;
        else high = middle;
      }
      found[position] = counts[low] ?? 0;
    }
    return found;
  };
  return shingles.map((set) => {
    // Rarity first, the hash to break ties: one number per shingle sorts without a comparator.
    const frequency = frequencyOf(set);
    const keys = Float64Array.from(set, (shingle, position) => (frequency[position] ?? 0) * 2 ** 32 + shingle).sort();
    return Array.from(keys.subarray(0, set.length - Math.ceil(threshold * set.length) + 1), (key) => key % 2 ** 32);
  });
}

/** Jaccard index of two sorted sets, screened by their bottom-k sketches so that unlike pairs cost little. */
function similarity(a: Shingles, b: Shingles): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (Math.min(a.length, b.length) < threshold * Math.max(a.length, b.length)) return 0;
  if (estimate(a, b) < threshold - 0.2) return 0;
  let shared = 0;
  for (let left = 0, right = 0; left < a.length && right < b.length; ) {
    const x = a[left] ?? 0;
    const y = b[right] ?? 0;
    if (x === y) shared++;
    if (x <= y) left++;
    if (y <= x) right++;
  }
  return shared / (a.length + b.length - shared);
}

/** Bottom-k estimate of the Jaccard index: of the k smallest hashes of the union, the share both sets hold. */
function estimate(a: Shingles, b: Shingles): number {
  let shared = 0;
  let taken = 0;
  let left = 0;
  let right = 0;
  while (taken < sketchSize && (left < a.length || right < b.length)) {
    const x = left < a.length ? (a[left] ?? 0) : Infinity;
    const y = right < b.length ? (b[right] ?? 0) : Infinity;
    if (x === y) shared++;
    if (x <= y) left++;
    if (y <= x) right++;
    taken++;
  }
  return taken === 0 ? 1 : shared / taken;
}
