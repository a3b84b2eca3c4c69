// A saved web page in the seeds folder (`*.html`, `*.htm`), read as the same kind of seed as pasted
// text: the article's text, the page's metadata in place of what would be inferred, the rest as removed.
import type { Decoded } from '../decode.ts';
import { toMeta } from '../manifest.ts';
import type { RemovedLine, SourceMeta } from '../types.ts';
import { readPage } from './index.ts';

export interface PageSeed extends Pick<Decoded, 'text' | 'warnings'> {
  meta: Partial<SourceMeta>;
  removed: RemovedLine[];
}

export function isPageFile(fileName: string): boolean {
  return /\.html?$/i.test(fileName);
}

export function pageSeed(bytes: Uint8Array, fileName: string): PageSeed {
  const page = readPage({ bytes, where: fileName });
  return {
    text: page.text,
    warnings: page.warnings.map((message) => ({ line: 1, column: 1, ruleId: 'page-charset', message })),
    meta: toMeta(page.entry),
    removed: page.removed,
  };
}
