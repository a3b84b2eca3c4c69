// Progress of a long stage in a log (not a terminal): a line at each quarter, none for a few items.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progress } from '../scripts/lib/report.ts';

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
