// Progress of a long stage in a log (not a terminal): a line at each quarter, none for a few items.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatWarnings, printWarnings, progress } from '../scripts/lib/report.ts';

afterEach(() => vi.restoreAllMocks());

describe('progress', () => {
  it('prints a line at each quarter of a long stage in a log, and nothing for a short one', () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
    const long = progress('ingest');
    for (let done = 1; done <= 1000; done++) long(done, 1000);
    const short = progress('ingest');
    for (let done = 1; done <= 10; done++) short(done, 10);
    expect(lines).toEqual(['casefile ingest     250/1,000\n', 'casefile ingest     500/1,000\n', 'casefile ingest     750/1,000\n']);
  });
});

describe('printWarnings', () => {
  const warning = (n: number) => ({ file: `s${String(n).padStart(3, '0')}.txt`, line: n, column: 1, ruleId: n % 3 === 0 ? 'time-unplaced' : 'quote-speaker', message: `Unexpected thing ${n}` });

  it('prints every warning when there are few, and a summary, the first ones and the list file when many', () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    printWarnings([warning(2), warning(1)], 'content/warnings.txt');
    expect(lines).toEqual(['\n2 warnings:\n', 's001.txt:1:1  Unexpected thing 1  [quote-speaker]\n', 's002.txt:2:1  Unexpected thing 2  [quote-speaker]\n']);
    lines.length = 0;
    printWarnings(Array.from({ length: 90 }, (_, n) => warning(n + 1)), 'content/warnings.txt', 5);
    expect(lines[0]).toBe('\n90 warnings:\n');
    expect(lines[1]).toBe('60 quote-speaker, 30 time-unplaced; the first 5:\n');
    expect(lines.slice(2, 7).map((line) => line.split(':')[0])).toEqual(['s001.txt', 's002.txt', 's003.txt', 's004.txt', 's005.txt']);
    expect(lines.at(-1)).toBe('… and 85 more: every warning is in content/warnings.txt\n');
    expect(formatWarnings([warning(3)])).toEqual(['s003.txt:3:1  Unexpected thing 3  [time-unplaced]']);
  });
});
