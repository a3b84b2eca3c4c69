// The Dossier model: the one contract between the pipeline and the site, and the shape of
// `dist/dossier.json` (published beside it as `dossier.schema.json`).
import { z } from 'zod';

/** A site path, with a `#fragment` where it points into a page. */
const href = z.string().regex(/^\/[^\s]*$/, 'a site path starting with /').describe('Site path of this item');

export const section = z
  .enum(['event', 'statement', 'context'])
  .describe('What a paragraph is mainly about: the case itself, an official statement, or background');

/** How a quote's speaker was found (src/pipeline/quotes/how.ts); "correction" when corrections.yaml set it. */
export const attribution = z
  .enum(['named in the cue', 'surname', 'pronoun', 'description', 'previous paragraph', 'another sentence', 'outlet report', 'unnamed', 'none', 'correction'])
  .describe('How the speaker was found: the cue read ("named in the cue", "surname", "pronoun", "description"), the way taken without one, or "correction"');

/** A correction from corrections.yaml on an item, with what the machine had said. */
export const corrected = z
  .object({
    field: z.string().describe('What the correction set: speaker, section, kept, removed, name'),
    machine: z.string().nullable().describe('What the machine had said'),
    value: z.string().nullable().describe('What the correction says'),
    reason: z.string().nullable().describe('The reason given in corrections.yaml, when there is one'),
  })
  .describe('A correction applied to this item, beside the machine\'s value');

export const paragraph = z.object({
  id: z.string().describe('Stable anchor id, derived from the source and the paragraph text'),
  href,
  text: z.string().describe('The paragraph as the source has it, cleaned of page junk'),
  section,
  heading: z.string().nullable().describe('The in-article heading this paragraph stands under'),
  start: z.number().int().nonnegative().describe('Offset of the paragraph in the decoded source text'),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive().describe('1-based line of the paragraph in the source file'),
  why: z.array(z.string()).default([]).describe('The features that decided the section'),
  corrected: corrected.nullable().default(null),
});

export const removed = z.object({
  text: z.string(),
  reason: z.string().describe('Why the line was taken for page junk'),
  line: z.number().int().positive(),
  corrected: corrected.nullable().default(null).describe('Set when corrections.yaml removed this paragraph as junk, or confirmed the removal'),
});

export const source = z.object({
  id: z.string().describe('Stable id, derived from the file name'),
  file: z.string().describe("The seed's file name"),
  title: z.string(),
  titleDerived: z.boolean().describe('True when the text had no headline and the title was derived from the lede'),
  outlet: z.string().nullable().describe('Publisher of the text, when known'),
  url: z.string().nullable(),
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable()
    .describe('Publication date: YYYY, YYYY-MM or YYYY-MM-DD'),
  language: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  timesReadAgainst: z
    .object({ date: z.string(), kind: z.enum(['published', 'republished', 'dated line', 'dateline', 'dateline, year from the case', 'dated line, year from the case', 'the case']) })
    .nullable()
    .default(null)
    .describe('The date relative times were read against, and where it comes from'),
  inferred: z.array(z.string()).default([]).describe('Names of the fields above that were inferred from the text'),
  republishedFrom: z.object({ outlet: z.string(), url: z.string().nullable(), published: z.string().nullable() }).nullable().optional().describe('The outlet whose article this text republishes, from the manifest'),
  digest: z.string().describe('Content digest of the seed file'),
  href,
  headings: z.array(z.object({ id: z.string(), href, text: z.string() })),
  paragraphs: z.array(paragraph),
  removed: z.array(removed),
  duplicateOf: z.string().nullable().default(null).describe('Id of the source this one repeats, when it does'),
});

export const speakerType = z.enum(['person', 'organization', 'media', 'unknown']);

export const speaker = z.object({
  id: z.string(),
  name: z.string().describe("Canonical name: a person's full name, an agency's common name"),
  type: speakerType,
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  aliases: z.array(z.string()),
  href,
  corrected: corrected.nullable().default(null).describe('Set when corrections.yaml names this speaker: the names the machine had merged into it'),
});

export const occurrence = z.object({
  source: z.string().describe('A source id'),
  paragraph: z.string().describe('A paragraph id'),
  text: z.string().describe('Verbatim from that source, between the quotation marks'),
  cue: z.string().nullable().describe('The words that attribute the quote, e.g. "said in a statement"'),
  start: z.number().int().nonnegative().describe('Offset of the quoted text in the decoded source'),
  end: z.number().int().nonnegative(),
  id: z.string().describe('Stable id of this occurrence; also an anchor on the statement'),
  attribution: attribution.default('none').describe("How this source's quote got its speaker, as the machine read it"),
});

export const diffPart = z.object({
  value: z.string(),
  added: z.boolean(),
  removed: z.boolean(),
});

export const statement = z.object({
  id: z.string(),
  href,
  speaker: z.string().describe('A speaker id'),
  text: z.string().describe('The fullest wording'),
  occurrences: z.array(occurrence),
  diffs: z
    .array(z.object({ occurrence: z.string(), parts: z.array(diffPart) }))
    .default([])
    .describe('Word-level differences of each other wording against the fullest one'),
  aliases: z.array(z.string()).default([]).describe('Other anchor ids that lead to this statement'),
  attribution: attribution.default('none').describe("How the statement's speaker was found: the surest way any of its occurrences gives"),
  corrected: corrected.nullable().default(null),
});

export const citation = z.object({ source: z.string(), paragraph: z.string() });

export const fact = z.object({
  id: z.string(),
  href,
  text: z.string(),
  section,
  sources: z.array(citation).min(1),
  aliases: z.array(z.string()).default([]),
  theme: z.string().nullable().default(null),
});

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** One source's telling of a timeline entry: its sentence, the time expression and the date read from it. */
export const telling = z.object({
  source: z.string(),
  paragraph: z.string(),
  text: z.string().describe('The sentence, verbatim'),
  expression: z.string().describe('The time expression, e.g. "on Tuesday"'),
  date: partialDate.nullable(),
  approximate: z.boolean(),
  when: z.string().nullable().describe('The date for a reader: "Tuesday 29 August 2023", "July 2023", "before 29 August 2023"'),
});

/** A date the sources give an entry; more than one when they disagree. */
export const reading = z.object({
  date: partialDate,
  when: z.string(),
  sources: z.array(z.string()).describe('Ids of the sources that give this date'),
});

export const timelineEntry = z.object({
  id: z.string().describe('Stable anchor id, from the first telling\'s source and sentence, never its date'),
  href,
  kind: z.enum(['event', 'mention']).default('event').describe('An event of the case, or a date the sources mention that dates none (a year used as a name, a deadline ahead)'),
  date: partialDate.nullable().describe('The most precise date any source gives'),
  approximate: z.boolean(),
  when: z.string().nullable().default(null).describe('The date for a reader'),
  text: z.string(),
  expression: z.string().default(''),
  readings: z.array(reading).default([]).describe('Every date the sources give, when they disagree (one per distinct date)'),
  sources: z.array(citation),
  tellings: z.array(telling).default([]),
  aliases: z.array(z.string()).default([]).describe('Other anchor ids that lead to this entry: the other tellings\' ids and earlier ids'),
});

export const figure = z.object({
  id: z.string(),
  text: z.string(),
  sources: z.array(citation),
});

export const entity = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['person', 'organization', 'place']),
  aliases: z.array(z.string()),
  mentions: z.array(citation),
  speaker: z.string().nullable().default(null).describe('Id of the speaker entry for this entity, when it made statements'),
});

export const warning = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  ruleId: z.string(),
  message: z.string(),
});

/** One entry of corrections.yaml as applied, for the dossier's list of corrections. */
export const correction = z.object({
  kind: z.enum(['case', 'speaker', 'statement', 'paragraph', 'line']),
  target: z.string().describe('The id, name or source line corrected, as corrections.yaml writes it'),
  field: z.string(),
  machine: z.string().nullable().describe('What the machine had said'),
  value: z.string().nullable().describe('What the correction says'),
  reason: z.string().nullable(),
  href: href.nullable().describe('Where the corrected item is shown (null when it was removed with nothing left to show)'),
  line: z.number().int().positive().describe('The line of the correction in corrections.yaml'),
});

export const dossier = z.object({
  case: z.object({
    title: z.string(),
    summary: z.string(),
  }),
  sources: z.array(source),
  speakers: z.array(speaker),
  statements: z.array(statement),
  facts: z.array(fact).default([]).describe('Event and context facts, told once across sources'),
  timeline: z.array(timelineEntry),
  figures: z.array(figure).default([]),
  entities: z.array(entity),
  warnings: z.array(warning).default([]),
  corrections: z.array(correction).default([]).describe('Every correction of corrections.yaml applied to this dossier'),
});

export type Section = z.infer<typeof section>;
export type Paragraph = z.infer<typeof paragraph>;
export type Removed = z.infer<typeof removed>;
export type Source = z.infer<typeof source>;
export type Speaker = z.infer<typeof speaker>;
export type SpeakerType = z.infer<typeof speakerType>;
export type Occurrence = z.infer<typeof occurrence>;
export type Statement = z.infer<typeof statement>;
export type Citation = z.infer<typeof citation>;
export type Fact = z.infer<typeof fact>;
export type TimelineEntry = z.infer<typeof timelineEntry>;
export type Telling = z.infer<typeof telling>;
export type Reading = z.infer<typeof reading>;
export type Figure = z.infer<typeof figure>;
export type Entity = z.infer<typeof entity>;
export type Warning = z.infer<typeof warning>;
export type Attribution = z.infer<typeof attribution>;
export type Corrected = z.infer<typeof corrected>;
export type Correction = z.infer<typeof correction>;
export type Dossier = z.infer<typeof dossier>;
