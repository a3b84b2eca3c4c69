// The shape of `seeds/corrections.yaml`: what a person knows better than the machine, keyed by the
// ids the dossier shows in its permalinks. Every field carries a doc line; the file is optional.
import { z } from 'zod';

const text = z.string().trim().min(1, 'expected a non-empty text');

export const caseCorrection = z
  .strictObject({
    title: text.optional().describe("The dossier's title, in place of the headline the machine picked"),
    summary: text.optional().describe('One or two sentences for the overview, in place of the first lede'),
  })
  .describe('What the case is called and how the overview sums it up');

export const speakerCorrection = z
  .strictObject({
    name: text.describe('The canonical name; every speaker listed in aliases is merged into it'),
    aliases: z.array(text).default([]).describe('Other names the machine gave this speaker (a surname, a misspelling)'),
    role: text.optional().describe('e.g. spokesperson'),
    affiliation: text.optional().describe('The organisation the speaker speaks for'),
    type: z.enum(['person', 'organization', 'media'], { error: 'expected person, organization or media' }).optional(),
  })
  .describe('One speaker as they should be shown');

const oneOf = <T extends Record<string, unknown>>(fields: string[]) => (value: T) => fields.filter((field) => value[field] !== undefined).length === 1;

export const statementCorrection = z
  .strictObject({
    speaker: text.optional().describe('Reattribute: a name from speakers: or one the dossier already has'),
    drop: text.optional().describe('Remove the statement (a scare quote, a title), with the reason'),
  })
  .refine(oneOf(['speaker', 'drop']), { message: 'expected exactly one of speaker or drop' });

export const paragraphCorrection = z
  .strictObject({
    section: z.enum(['event', 'statement', 'context'], { error: 'expected event, statement or context' }).optional().describe('The section the paragraph belongs to'),
    junk: text.optional().describe('Remove the paragraph as page furniture, with the reason'),
  })
  .refine(oneOf(['section', 'junk']), { message: 'expected exactly one of section or junk' });

export const lineCorrection = z
  .strictObject({
    keep: z.boolean({ error: 'expected true (the line is article text) or false (rightly removed)' }).describe('true: a removed line is article text; false: confirms the removal'),
  });

export const correctionsFile = z.strictObject({
  case: caseCorrection.optional(),
  speakers: z.array(speakerCorrection).default([]),
  statements: z.record(z.string(), statementCorrection).default({}).describe('By statement id (q-…), as in /statements/#<id>'),
  paragraphs: z.record(z.string(), paragraphCorrection).default({}).describe('By <source id>#<paragraph id>, as in /sources/<source>/#<paragraph>'),
  lines: z.record(z.string(), lineCorrection).default({}).describe('By <source id>:<line number>, as the source page lists removed lines'),
});

export type CorrectionsFile = z.infer<typeof correctionsFile>;

/** The keys of the mappings: what each must look like, and how to say so. */
export const keyFormats = {
  statements: { pattern: /^q-[a-z0-9-]+$/u, expected: 'a statement id such as q-we-will-not-comment-1a2b3c, as in the statement\'s permalink /statements/#<id>' },
  paragraphs: { pattern: /^[^\s#]+#p-[a-z0-9-]+$/u, expected: '<source id>#<paragraph id>, as in the paragraph\'s permalink /sources/<source id>/#<paragraph id>' },
  lines: { pattern: /^[^\s:#]+:[1-9]\d*$/u, expected: '<source id>:<line number>, e.g. 000-abc:12' },
} as const;
