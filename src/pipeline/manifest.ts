// The optional manifest (`seeds/sources.yaml`): what is known of each seed (outlet, url, date, title,
// language, the outlet it republishes), validated so that every error names the file, the entry and the field.
import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { CasefileError, errors } from '../errors.ts';
import type { SourceMeta } from './types.ts';

const date = z
  .union([z.string(), z.number().int(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
  .pipe(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'))
  .describe('Publication date, as precise as is known: 2023, 2023-08 or 2023-08-29');

const text = z.string().trim().min(1, 'expected a non-empty text');

/** One seed's entry. Every field is optional: write only what you know. */
export const manifestEntry = z.strictObject({
  outlet: text.optional().describe('The publisher of this copy of the text'),
  url: z.url({ error: 'expected an absolute URL (https://…)' }).optional().describe('Where this copy was published'),
  published: date.optional(),
  title: text.optional().describe("The article's headline; it overrides the one read off the text"),
  byline: text.optional().describe('Who wrote it, as the page credits them'),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as en or en-GB')
    .optional()
    .describe('BCP 47 language tag'),
  republishedFrom: z
    .strictObject({ outlet: text, url: z.url({ error: 'expected an absolute URL (https://…)' }).optional(), published: date.optional() })
    .optional()
    .describe('The outlet whose article this text republishes, and what is known of the original'),
});

export type ManifestEntry = z.infer<typeof manifestEntry>;

export interface Manifest {
  /** Metadata per seed file name, ready for `processSource({ fileName, bytes, meta })`. */
  sources: Record<string, Partial<SourceMeta>>;
  /** Every problem found; the build should print them all and stop when there is any. */
  errors: CasefileError[];
}

/** Parse and check a manifest. `seedFiles` are the seed file names it may speak of. */
export function parseManifest(yamlText: string, manifestPath: string, seedFiles: string[]): Manifest {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: CasefileError[] = [];
  const fail = (node: YamlNode | null | undefined, field: string, problem: string) => {
    const offset = node?.range?.[0];
    const line = offset === undefined ? undefined : lineCounter.linePos(offset).line;
    problems.push(new CasefileError('manifest', errors.manifest(manifestPath, field, problem).message, manifestPath, line));
  };
  for (const error of document.errors) fail(null, '(yaml)', `Unexpected YAML syntax, expected a mapping of seed file names to entries: ${error.message}`);
  if (problems.length > 0) return { sources: {}, errors: problems };
  if (document.contents === null) return { sources: {}, errors: [] };
  if (!isMap(document.contents)) {
    fail(document.contents, '(root)', 'Unexpected value at the top, expected a mapping of seed file names to entries');
    return { sources: {}, errors: problems };
  }

  const known = new Set(seedFiles);
  const sources: Manifest['sources'] = {};
  for (const pair of document.contents.items) {
    const key = pair.key as YamlNode | null;
    const name = String((key as { value?: unknown } | null)?.value ?? '');
    if (!known.has(name)) {
      fail(key, '(entry)', `Unexpected entry "${name}", expected the file name of a seed in the folder (there is no such seed)`);
      continue;
    }
    const parsed = manifestEntry.safeParse((pair.value as YamlNode | null)?.toJSON?.() ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOf(issue);
        const path = [name, ...issue.path.map(String), ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
        fail(nearestNode(document, path) ?? key, field, `entry "${name}": ${problemOf(issue)}`);
      }
      continue;
    }
    sources[name] = toMeta(parsed.data);
  }
  return { sources, errors: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** The node at `path`, or at the longest part of it that exists (a missing field points at its parent). */
function nearestNode(document: ReturnType<typeof parseDocument>, path: string[]): YamlNode | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node) return node;
  }
  return undefined;
}

function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return [...issue.path, ...issue.keys].join('.');
  return issue.path.join('.') || '(entry)';
}

function problemOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `Unexpected field, expected one of ${Object.keys(manifestEntry.shape).join(', ')} (republishedFrom: outlet, url, published)`;
  }
  if (issue.code === 'invalid_type' && issue.path.length === 0) return 'Unexpected value, expected a mapping of fields';
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `Unexpected missing field, expected a ${issue.expected} here`;
  return `Unexpected value, ${issue.message.replace(/^Invalid input: /, '')}`;
}

/** An entry as the metadata the pipeline takes (`processSource({ meta })`). */
export function toMeta(entry: ManifestEntry): Partial<SourceMeta> {
  const meta: Partial<SourceMeta> = {};
  if (entry.outlet) meta.outlet = entry.outlet;
  if (entry.url) meta.url = entry.url;
  if (entry.published) meta.published = entry.published;
  if (entry.title) meta.title = entry.title;
  if (entry.byline) meta.byline = entry.byline;
  if (entry.language) meta.language = entry.language;
  if (entry.republishedFrom) {
    const { outlet, url, published } = entry.republishedFrom;
    meta.republishedFrom = { outlet, url: url ?? null, published: published ?? null };
  }
  return meta;
}
