// The per-source pipeline, composed in one place so the order of stages reads as one list.
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import removeJunk from './clean.ts';
import { decode } from './decode.ts';
import assignIds, { sourceIdOf } from './ids.ts';
import parseSource from './parse.ts';
import findQuotes from './quotes.ts';
import { emptyMeta, toRecord } from './record.ts';
import classifySections from './sections.ts';
import findEntities from './entities.ts';
import findFigures from './figures.ts';
import removeFurniture from './furniture.ts';
import findStructure from './structure.ts';
import findTimes from './times.ts';
import { forgetTexts } from './memo.ts';
import { isPageFile, pageSeed } from './page/seed.ts';
import type { SourceMeta, SourceRecord } from './types.ts';

export interface SourceInput {
  /** The seed's file name, e.g. `000_abc.txt` (pasted text) or `story.html` (a saved page). */
  fileName: string;
  bytes: Uint8Array;
  /** Metadata from the manifest, when there is one. */
  meta?: Partial<SourceMeta>;
  /** Line numbers corrections.yaml keeps as article text, whatever the junk classifier says. */
  keep?: number[];
  /** Lines of the web page the text was taken from that its article left out (`npm run add` writes them beside the seed). */
  removed?: Array<{ text: string; reason: string; line: number }>;
  /** The dates the case's other sources were written, for a dateline that gives no year ("LYON, May 4 (Wire) —"). */
  caseDates?: string[];
}

const processor = unified()
  .use(parseSource)
  .use(removeJunk)
  .use(findStructure)
  .use(removeFurniture)
  .use(assignIds)
  .use(findQuotes)
  .use(classifySections)
  .use(findTimes)
  .use(findFigures)
  .use(findEntities)
  .freeze();

/** Run every per-source stage over one seed. Throws a CasefileError for a file that cannot be read. */
export function processSource(input: SourceInput): SourceRecord {
  // What one source's lines were found to be is not carried over to the next.
  forgetTexts();
  // A saved page: its article's text, its own metadata where the text's would be inferred, its furniture removed.
  const decoded = isPageFile(input.fileName)
    ? pageSeed(input.bytes, input.fileName)
    : { ...decode(input.bytes, input.fileName), meta: {}, removed: (input.removed ?? []).map((line) => ({ ...line, start: 0, end: 0 })) };
  const file = new VFile({ path: input.fileName, value: decoded.text });
  file.data.fileName = input.fileName;
  file.data.sourceId = sourceIdOf(input.fileName);
  file.data.digest = digestOf(input.bytes);
  file.data.meta = { ...emptyMeta(), ...decoded.meta, ...input.meta };
  file.data.removed = decoded.removed;
  if (input.keep && input.keep.length > 0) file.data.keep = input.keep;
  if (input.caseDates && input.caseDates.length > 0) file.data.caseDates = input.caseDates;
  for (const warning of decoded.warnings) {
    const message = file.message(warning.message, { place: { line: warning.line, column: warning.column }, ruleId: warning.ruleId, source: 'casefile' });
    message.fatal = false;
  }
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return toRecord(tree, file);
}

export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
