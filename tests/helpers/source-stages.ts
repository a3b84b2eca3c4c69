// Runs the decode → parse → clean → structure stages over a fixture folder and compares what a reader
// would check (title, headings, paragraphs, removed lines with reasons, metadata) to expected.json.
// `UPDATE=1 npx vitest run tests/clean.test.ts` rewrites expected.json; read the diff before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import removeJunk from '../../src/pipeline/clean.ts';
import { decode } from '../../src/pipeline/decode.ts';
import parseSource from '../../src/pipeline/parse.ts';
import { emptyMeta } from '../../src/pipeline/record.ts';
import findStructure from '../../src/pipeline/structure.ts';
import type { SourceMeta } from '../../src/pipeline/types.ts';

const processor = unified().use(parseSource).use(removeJunk).use(findStructure).freeze();

export interface StageResult {
  title: string;
  titleDerived: boolean;
  headings: string[];
  /** Each kept paragraph by its first 60 characters, as the gold names them. */
  paragraphs: string[];
  removed: Array<{ line: number; reason: string; text: string }>;
  meta: SourceMeta;
}

export function runStages(text: string, meta: Partial<SourceMeta> = {}, fileName = 'input.txt') {
  const file = new VFile({ path: fileName, value: decode(new TextEncoder().encode(text), fileName).text });
  file.data.meta = { ...emptyMeta(), ...meta };
  file.data.removed = [];
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const result: StageResult = {
    title: file.data.title?.text ?? '',
    titleDerived: file.data.title?.derived ?? true,
    headings: tree.children.filter((node) => node.type === 'heading').map((node) => toString(node)),
    paragraphs: tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node).slice(0, 60)),
    removed: (file.data.removed ?? []).map(({ line, reason, text: removedText }) => ({ line, reason, text: removedText })),
    meta: file.data.meta,
  };
  return { tree, file, result };
}

export function fixtureCases(stage: string): Array<{ name: string; folder: string }> {
  const root = new URL(`../fixtures/${stage}/`, import.meta.url).pathname;
  return readdirSync(root).sort().map((name) => ({ name, folder: join(root, name) }));
}

/** The expected result of a fixture folder, written from `actual` when UPDATE=1. */
export function expectedOf(folder: string, actual: StageResult): StageResult {
  const path = join(folder, 'expected.json');
  if (process.env.UPDATE || !existsSync(path)) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  return JSON.parse(readFileSync(path, 'utf8')) as StageResult;
}

export function metaOf(folder: string): Partial<SourceMeta> {
  const path = join(folder, 'meta.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<SourceMeta>) : {};
}
