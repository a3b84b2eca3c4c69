// Duplicate sources: the same article saved twice (identical, or near-identical after cleaning) is kept
// once, with a warning that names both files. Near means word 5-shingles with a Jaccard index ≥ 0.8.
import { words } from '../pipeline/normalize.ts';
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

/** Keep one source of each article: the cleaner (fewer removed lines), then the first by file name. */
export function dropDuplicates(records: SourceRecord[]): { kept: SourceRecord[]; warnings: DuplicateWarning[] } {
  const ordered = [...records].sort((a, b) => a.removed.length - b.removed.length || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const shingles = ordered.map(shinglesOf);
  const candidates = candidatesOf(shingles, ordered.length);
  const kept: number[] = [];
  const byText = new Map<string, number>();
  const warnings: DuplicateWarning[] = [];
  ordered.forEach((record, index) => {
    const own = shingles[index] ?? new Set<string>();
    const key = [...own].join('\n');
    const original =
      byText.get(key) ?? kept.find((other) => candidates.get(index)?.has(other) && jaccard(own, shingles[other] ?? new Set()) >= threshold);
    if (original === undefined) {
      kept.push(index);
      byText.set(key, index);
      return;
    }
    const keptRecord = ordered[original];
    if (!keptRecord) return;
    const share = Math.round(jaccard(own, shingles[original] ?? new Set()) * 100);
    warnings.push({
      file: record.file,
      line: 1,
      column: 1,
      ruleId: 'duplicate-source',
      message: `Unexpected second copy of the article in \`${keptRecord.file}\` (${share}% of the same text), expected each article once: kept \`${keptRecord.file}\`, left out \`${record.file}\`.`,
    });
  });
  return { kept: kept.flatMap((index) => ordered[index] ?? []).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), warnings };
}

/** The article's word 5-shingles over its paragraphs (headings and removed lines play no part). */
function shinglesOf(record: SourceRecord): Set<string> {
  const tokens = record.paragraphs.flatMap((paragraph) => words(paragraph.text));
  const result = new Set<string>();
  if (tokens.length > 0 && tokens.length < shingleSize) result.add(tokens.join(' '));
  for (let index = 0; index + shingleSize <= tokens.length; index++) result.add(tokens.slice(index, index + shingleSize).join(' '));
  return result;
}

/**
 * Pairs worth comparing, from an index of shingles to sources. A shingle most sources share (a quote
 * every outlet carries) nominates nobody, so that a thousand sources cost far less than a million comparisons.
 */
function candidatesOf(shingles: Array<Set<string>>, count: number): Map<number, Set<number>> {
  const holders = new Map<string, number[]>();
  shingles.forEach((set, index) => {
    for (const shingle of set) {
      const list = holders.get(shingle);
      if (list) list.push(index);
      else holders.set(shingle, [index]);
    }
  });
  const common = Math.max(20, Math.ceil(count * 0.05));
  const candidates = new Map<number, Set<number>>();
  for (const list of holders.values()) {
    if (list.length < 2 || list.length > common) continue;
    for (const later of list) {
      const set = candidates.get(later) ?? new Set<number>();
      for (const earlier of list) if (earlier < later) set.add(earlier);
      candidates.set(later, set);
    }
  }
  return candidates;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared++;
  return shared / (a.size + b.size - shared);
}
