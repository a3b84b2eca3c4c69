// Property-based tests of the whole text path: arbitrary seed text through the per-source pipeline,
// the assembly, the MDX writer and the real MDX compiler. Nothing may throw but a CasefileError, every
// page must compile, and each paragraph must read exactly as its source text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assemble } from '../src/assemble/index.ts';
import { CasefileError } from '../src/errors.ts';
import { contentFiles } from '../src/mdx/index.ts';
import { processSource } from '../src/pipeline/index.ts';
import type { SourceRecord } from '../src/pipeline/types.ts';
import { elementsOf, renderMdx, textOf } from './helpers/mdx.ts';

/** Runs per property (the first runs five times as many); the file takes about 10 s. FUZZ_RUNS=2000 for a long hunt. */
const numRuns = Number(process.env.FUZZ_RUNS ?? 200);

const encoder = new TextEncoder();

/** Pieces of text that mean something to a parser somewhere: MDX, Markdown, HTML, quotes, dates. */
const pieces = [
  '“', '”', '‘', '’', '"', "'", '–', '—', '-', '(', ')', '[', ']', '{', '}', '<', '>', '</', '/>',
  '\nimport ', '\nexport ', 'import x from "node:fs"', '\n#', '\n* ', '\n> ', '\n1. ', '|', '`', '```', '~~~',
  '&amp;', '&', '&#x3C;', '\\', '$', '*', '_', '~', '!', '[x](javascript:alert(1))', '<!--', '-->',
  '\u200B', '\u200D', '\u202E', '\u202C', '\u2066', '\u2069', '\u00A0', '\uFEFF', '\t', ' ', '  ', '\n', '\n\n', '\r\n',
  '{process.exit(1)}', '<script>', '<Component />', '---', ':::', '[^1]:',
  ' said ', ', said ', ' told reporters', ' on Monday', ' in 2021', ' 40,000 ', ' 12 per cent', ' the Council ',
  'Maria Ortega', 'the police', 'The', 'A', 'fire', 'officials', '.', ',', ':', ';', '?',
];

const words = ['council', 'voted', 'library', 'close', 'money', 'books', 'residents', 'protest', 'outside', 'hall', 'after', 'before', 'would', 'not'];

/** A line mostly of prose, so the junk filter keeps it as a paragraph, salted with the pieces above. */
const mixed = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...words).map((word) => ` ${word}`), weight: 4 }, fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), {
    minLength: 6,
    maxLength: 50,
  })
  .map((parts) => `${parts.join('')}.`);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), mixed);

/** The pipeline's answer for a seed: a record, or null when it refused the file with a CasefileError. */
function run(text: string): SourceRecord | null {
  try {
    return processSource({ fileName: 'fuzz.txt', bytes: encoder.encode(text) });
  } catch (error) {
    if (error instanceof CasefileError) return null;
    throw error;
  }
}

describe('arbitrary seed text', () => {
  it('never throws anything but a CasefileError, and keeps paragraph offsets on their text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const record = run(text);
        if (!record) return;
        for (const paragraph of record.paragraphs) {
          expect(paragraph.text.length).toBeGreaterThan(0);
          expect(record.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
        }
      }),
      // (A draw that once made a regular expression of a phrase's last word, "a)", and threw: run every time.)
      { numRuns: numRuns * 5, examples: [[', said A) protest before council“.']] },
    );
  }, 120_000);

  let shownParagraphs = 0;
  it('assembles into pages that compile, with each paragraph shown as its source text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mixed, { minLength: 1, maxLength: 6 }), async (lines) => {
        const record = run(lines.join('\n'));
        if (!record) return;
        const dossier = assemble([record]);
        const files = contentFiles(dossier);
        const source = dossier.sources[0];
        shownParagraphs += source?.paragraphs.length ?? 0;
        expect(source).toBeDefined();
        for (const file of files.filter((candidate) => candidate.path.endsWith('.mdx'))) {
          (globalThis as { pwned?: unknown }).pwned = undefined;
          const { tree, code, frontmatter } = await renderMdx(file.contents);
          expect(typeof frontmatter.title, file.path).toBe('string');
          expect(code).not.toMatch(/^\s*(import|export)\s/m);
          expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
          if (!file.path.startsWith('sources/')) continue;
          expect(frontmatter.title).toBe(source?.title);
          const shown = elementsOf(tree)
            .filter((element) => element.type === 'SourceParagraph')
            .map((element) => textOf(element.props.children).replace(/\n$/, ''));
          expect(shown).toEqual(source?.paragraphs.map((paragraph) => paragraph.text));
        }
      }),
      { numRuns },
    );
    // The generator must reach the interesting case: many pages with paragraphs, not only refusals.
    expect(shownParagraphs).toBeGreaterThan(numRuns);
  }, 120_000);
});
