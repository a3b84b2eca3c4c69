// Decoding a seed's bytes into text: UTF-8 with or without BOM (UTF-16 when a BOM says so), Windows-1252
// as the fallback with a warning, line ends unified, Unicode NFC. Binary files are refused.
import { errors } from '../errors.ts';
import { lowComma } from './normalize.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: Array<{ line: number; column: number; ruleId: string; message: string }>;
}

export function decode(bytes: Uint8Array, fileName: string): Decoded {
  const utf16 = utf16Of(bytes);
  if (utf16) return finish(new TextDecoder(utf16).decode(bytes), utf16, [], fileName);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw errors.binary(fileName, lineAt(bytes, nul).line);
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8', [], fileName);
  } catch {
    // Pages saved by older Windows tools: 0x93/0x94 are curly quotes there, and every byte decodes.
    const place = lineAt(bytes, firstInvalidUtf8(bytes));
    const warning = {
      ...place,
      ruleId: 'not-utf8',
      message: 'Unexpected bytes that are not UTF-8, expected UTF-8 text: read as Windows-1252. Save the file as UTF-8 to be sure.',
    };
    return finish(new TextDecoder('windows-1252').decode(bytes), 'windows-1252', [warning], fileName);
  }
}

function finish(raw: string, encoding: Decoded['encoding'], warnings: Decoded['warnings'], fileName: string): Decoded {
  // (" date 2025-01-29 GEORGE TOWN: …": a capture tool's date stamp glued to the first line is a line of its own; the
  // space becomes the line's end, so that every offset stays where it was.)
  // (A comma set as the low quotation mark, "chairperson‚ Mzi Roe": the comma; see `lowComma`.)
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC').replace(/^(\s*date \d{4}-\d{2}-\d{2}) (?=\S)/u, '$1\n').replace(lowComma, ',');
  if (text.trim() === '') throw errors.empty(fileName);
  return { text, encoding, warnings };
}

function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Offset of the first byte that breaks UTF-8, so the warning points at it. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    index += length;
  }
  return 0;
}

/** 1-based line and column (in bytes) of an offset. */
function lineAt(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
