// Decoding seed bytes: UTF-8 with or without BOM, CRLF and CR line ends, Windows-1252 read with a
// warning, NUL bytes refused, NFC; what readers see keeps its curly quotes, dashes and U+202F.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CasefileError } from '../src/errors.ts';
import { decode } from '../src/pipeline/decode.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/decode/${name}`, import.meta.url)));

describe('decode', () => {
  it('reads UTF-8 with a BOM and CRLF line ends, keeping typography', () => {
    const { text, encoding, warnings } = decode(fixture('utf8-bom-crlf.txt'), 'a.txt');
    expect(encoding).toBe('utf-8');
    expect(warnings).toEqual([]);
    expect(text.startsWith('Officials')).toBe(true);
    expect(text).not.toContain('\r');
    expect(text).toContain('\u201cno threat\u201d was found\u202fat');
    expect(text).toContain('\u2014 ordered in May \u2014');
  });

  it('puts a capture tool\'s date stamp glued to the first line on a line of its own, every offset kept', () => {
    const raw = ' date 2024-06-11 KELBY: The council voted on Monday to close the ferry.\nIt will shut in July.';
    const { text } = decode(new TextEncoder().encode(raw), 'a.txt');
    expect(text).toBe(' date 2024-06-11\nKELBY: The council voted on Monday to close the ferry.\nIt will shut in July.');
    expect(text.length).toBe(raw.length);
    // (Only as the text's opening: "the date 2024-06-11 was set" inside prose stays as it is.)
    const prose = 'The hearing date 2024-06-11 was set on Monday.';
    expect(decode(new TextEncoder().encode(prose), 'a.txt').text).toBe(prose);
  });

  it('turns old Mac CR line ends into LF', () => {
    expect(decode(fixture('old-mac-cr.txt'), 'a.txt').text).toBe('First line of the report.\nSecond line of the report.\n');
  });

  it('reads a file that is not UTF-8 as Windows-1252, with a warning at the first bad byte', () => {
    const { text, encoding, warnings } = decode(fixture('windows-1252.txt'), 'a.txt');
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('\u201ca turning point\u201d \u2013 and said the caf\u00e9 would');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 1, column: 24, ruleId: 'not-utf8' });
    expect(warnings[0]?.message).toMatch(/^Unexpected bytes that are not UTF-8, expected UTF-8/);
  });

  it('refuses a file with NUL bytes, naming the file and the line', () => {
    expect(() => decode(fixture('binary.txt'), 'scan.txt')).toThrow(CasefileError);
    try {
      decode(fixture('binary.txt'), 'scan.txt');
    } catch (error) {
      expect(String(error)).toMatch(/^scan\.txt:1: Unexpected NUL byte, expected text/);
    }
  });

  it('reads UTF-16 when a byte-order mark says so, instead of refusing it for its NUL bytes', () => {
    const { text, encoding } = decode(fixture('utf16le-bom.txt'), 'a.txt');
    expect(encoding).toBe('utf-16le');
    expect(text).toBe('Officials said the review continues.\n');
  });

  it('normalises to NFC', () => {
    expect(decode(fixture('decomposed.txt'), 'a.txt').text).toBe('Caf\u00e9 owners met the mayor.\n');
  });

  it('refuses an empty file', () => {
    expect(() => decode(new TextEncoder().encode(' \n\r\n'), 'empty.txt')).toThrow(/holds no text/);
  });
});
