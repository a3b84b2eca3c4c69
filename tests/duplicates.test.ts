// Duplicate sources: the same article twice (identical, or the same text with page junk around it) is
// kept once with a warning naming both files; two reports of one story that share a quote are not duplicates.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropDuplicates } from '../src/assemble/duplicates.ts';
import { processSource } from '../src/pipeline/index.ts';
import type { SourceRecord } from '../src/pipeline/types.ts';

function recordsOf(folder: string): SourceRecord[] {
  const root = new URL(`./fixtures/duplicates/${folder}/`, import.meta.url);
  return readdirSync(root)
    .filter((name) => name.endsWith('.txt'))
    .map((fileName) => processSource({ fileName, bytes: readFileSync(new URL(fileName, root)) }));
}

describe('duplicates', () => {
  it('keeps one of two identical files, the first by name, and names both in the warning', () => {
    const { kept, warnings } = dropDuplicates(recordsOf('identical'));
    expect(kept.map((record) => record.file)).toEqual(['a.txt']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'b.txt', line: 1, column: 1, ruleId: 'duplicate-source' });
    expect(warnings[0]?.message).toMatch(/^Unexpected second copy of the article in `a\.txt` \(100% of the same text\), expected each article once/);
    expect(warnings[0]?.message).toContain('`b.txt`');
  });

  it('keeps the cleaner copy when one was saved with page junk', () => {
    const records = recordsOf('with-junk');
    const { kept, warnings } = dropDuplicates([...records].reverse());
    expect(kept.map((record) => record.file)).toEqual(['a-clean.txt']);
    expect(warnings.map((warning) => warning.file)).toEqual(['b-page.txt']);
  });

  it('keeps two reports of the same story that share a quote', () => {
    const { kept, warnings } = dropDuplicates(recordsOf('same-story'));
    expect(kept.map((record) => record.file)).toEqual(['a.txt', 'b.txt']);
    expect(warnings).toEqual([]);
  });

  it('finds copies among many sources that all carry the same quote', () => {
    const [base] = recordsOf('same-story');
    if (!base) throw new Error('fixture missing');
    const many = Array.from({ length: 60 }, (_, index) => ({
      ...base,
      file: `${String(index).padStart(3, '0')}.txt`,
      paragraphs: [
        { ...base.paragraphs[1]!, text: base.paragraphs[1]!.text },
        { ...base.paragraphs[0]!, text: `Report number ${index} tells the story in words of its own, from desk ${index * 7} in city ${index * 13} on day ${index}.` },
      ],
    }));
    const copy = { ...many[5]!, file: 'zz-copy.txt' };
    const { kept, warnings } = dropDuplicates([...many, copy]);
    expect(kept).toHaveLength(60);
    expect(warnings.map((warning) => warning.file)).toEqual(['zz-copy.txt']);
  });
});
