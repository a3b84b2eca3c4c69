// Decoding a seed's bytes into text: UTF-8 with or without BOM, Windows-1252 as the fallback,
// line ends unified, Unicode NFC. Binary files are refused.
import { errors } from '../errors.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  warnings: Array<{ line: number; column: number; ruleId: string; message: string }>;
}

export function decode(bytes: Uint8Array, fileName: string): Decoded {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = countLines(bytes, nul);
    throw errors.binary(fileName, line);
  }
  const warnings: Decoded['warnings'] = [];
  let text: string;
  let encoding: Decoded['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    encoding = 'windows-1252';
    text = new TextDecoder('windows-1252').decode(bytes);
    warnings.push({
      line: 1,
      column: 1,
      ruleId: 'not-utf8',
      message: 'Unexpected bytes that are not UTF-8, expected UTF-8 text: read as Windows-1252. Save the file as UTF-8 to be sure.',
    });
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') throw errors.empty(fileName);
  return { text, encoding, warnings };
}

function countLines(bytes: Uint8Array, upTo: number): number {
  let line = 1;
  for (let index = 0; index < upTo; index++) if (bytes[index] === 0x0a) line++;
  return line;
}
