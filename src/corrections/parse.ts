// Reading `seeds/corrections.yaml`: checked like the manifest, so that every problem names the file,
// the line and column, and the field; the corrections come back with where each was written, for the
// warnings of corrections whose target is gone and for the dossier's list of corrections.
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { CasefileError, errors } from '../errors.ts';
import { foldName } from '../assemble/speakers.ts';
import { correctionsFile, keyFormats, type CorrectionsFile } from './schema.ts';

/** A place in corrections.yaml, 1-based. */
export interface At {
  line: number;
  column: number;
}

export interface SpeakerEntry {
  name: string;
  aliases: Array<{ name: string; at: At }>;
  role: string | null;
  affiliation: string | null;
  type: 'person' | 'organization' | 'media' | null;
  at: At;
}

export interface StatementEntry {
  id: string;
  speaker: string | null;
  drop: string | null;
  at: At;
}

export interface ParagraphEntry {
  source: string;
  paragraph: string;
  section: 'event' | 'statement' | 'context' | null;
  junk: string | null;
  at: At;
}

export interface LineEntry {
  source: string;
  line: number;
  keep: boolean;
  at: At;
}

export interface Corrections {
  /** The file as messages name it. */
  file: string;
  case: { title: { value: string; at: At } | null; summary: { value: string; at: At } | null };
  speakers: SpeakerEntry[];
  statements: StatementEntry[];
  paragraphs: ParagraphEntry[];
  lines: LineEntry[];
}

export function emptyCorrections(file = 'corrections.yaml'): Corrections {
  return { file, case: { title: null, summary: null }, speakers: [], statements: [], paragraphs: [], lines: [] };
}

/** Parse and check corrections.yaml; `errors` lists every problem, and the build stops when there is any. */
export function parseCorrections(yamlText: string, file: string): { corrections: Corrections; errors: CasefileError[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: CasefileError[] = [];
  const atOf = (node: YamlNode | null | undefined): At => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const fail = (at: At, field: string, problem: string) => problems.push(errors.correction(file, field, problem, at.line, at.column));
  for (const error of document.errors) {
    const { line, col: column } = lineCounter.linePos(error.pos[0]);
    const duplicate = /unique/i.test(error.message);
    fail({ line, column }, duplicate ? (/^[^\n]*?(?=:\s|:$)/mu.exec(yamlText.slice(error.pos[0]))?.[0] ?? '(yaml)') : '(yaml)', duplicate
      ? 'Unexpected second correction of the same target (a key written twice), expected one correction per target: merge the two'
      : `Unexpected YAML syntax, expected a mapping of case, speakers, statements, paragraphs and lines: ${error.message.split('\n')[0]}`);
  }
  const corrections = emptyCorrections(file);
  if (problems.length > 0 || document.contents === null) return { corrections, errors: problems };
  if (!isMap(document.contents)) {
    fail(atOf(document.contents), '(root)', 'Unexpected value at the top, expected a mapping of case, speakers, statements, paragraphs and lines');
    return { corrections, errors: problems };
  }
  const parsed = correctionsFile.safeParse(document.toJSON());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fail(atOf(nearestNode(document, issuePath(issue), issue.code === 'unrecognized_keys')), fieldOf(issue), problemOf(issue));
  }
  for (const kind of ['statements', 'paragraphs', 'lines'] as const) {
    const map = document.get(kind, true);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      if (!keyFormats[kind].pattern.test(key)) fail(atOf(pair.key as YamlNode), `${kind}.${key}`, `Unexpected key "${key}", expected ${keyFormats[kind].expected}`);
    }
  }
  if (problems.length === 0 && parsed.success) read(parsed.data, document, atOf, corrections, fail);
  return { corrections, errors: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)) };
}

type Fail = (at: At, field: string, problem: string) => void;

/** The checked file as lists of corrections, each with its place; a name claimed by two speakers is an error. */
function read(data: CorrectionsFile, document: Document, atOf: (node: YamlNode | null | undefined) => At, corrections: Corrections, fail: Fail): void {
  const at = (path: Array<string | number>) => atOf(nearestNode(document, path));
  if (data.case?.title) corrections.case.title = { value: data.case.title, at: at(['case', 'title']) };
  if (data.case?.summary) corrections.case.summary = { value: data.case.summary, at: at(['case', 'summary']) };
  const claimed = new Map<string, string>();
  data.speakers.forEach((speaker, index) => {
    const entry: SpeakerEntry = {
      name: speaker.name,
      aliases: speaker.aliases.map((alias, aliasIndex) => ({ name: alias, at: at(['speakers', index, 'aliases', aliasIndex]) })),
      role: speaker.role ?? null,
      affiliation: speaker.affiliation ?? null,
      type: speaker.type ?? null,
      at: at(['speakers', index, 'name']),
    };
    for (const [name, place] of [[speaker.name, entry.at] as const, ...entry.aliases.map((alias) => [alias.name, alias.at] as const)]) {
      const owner = claimed.get(foldName(name));
      if (owner !== undefined && owner !== speaker.name) {
        fail(place, `speakers.${index}`, `Unexpected name "${name}" in two speakers ("${owner}" and "${speaker.name}"), expected each name in one speaker only: two corrections of the same speaker, merge them`);
      } else if (owner === undefined) claimed.set(foldName(name), speaker.name);
      else if (place !== entry.at) fail(place, `speakers.${index}.aliases`, `Unexpected alias "${name}", the same as the speaker's own name; remove it`);
    }
    corrections.speakers.push(entry);
  });
  for (const [id, correction] of Object.entries(data.statements)) {
    corrections.statements.push({ id, speaker: correction.speaker ?? null, drop: correction.drop ?? null, at: at(['statements', id]) });
  }
  for (const [key, correction] of Object.entries(data.paragraphs)) {
    const [source = '', paragraph = ''] = key.split('#');
    corrections.paragraphs.push({ source, paragraph, section: correction.section ?? null, junk: correction.junk ?? null, at: at(['paragraphs', key]) });
  }
  for (const [key, correction] of Object.entries(data.lines)) {
    const split = key.lastIndexOf(':');
    corrections.lines.push({ source: key.slice(0, split), line: Number(key.slice(split + 1)), keep: correction.keep, at: at(['lines', key]) });
  }
}

/**
 * The node at `path`, or at the longest part of it that exists (a missing field points at its parent).
 * A mapping entry is pointed at by its key when it is a mapping or list itself, or when `key` asks so.
 */
function nearestNode(document: Document, path: Array<string | number>, key = false): YamlNode | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node) {
      const parent = length > 0 ? document.getIn(path.slice(0, length - 1), true) : null;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === String(path[length - 1]));
        if (pair?.key && (key || isMap(node) || isSeq(node))) return pair.key as YamlNode;
      }
      return node;
    }
  }
  return undefined;
}

function issuePath(issue: z.core.$ZodIssue): Array<string | number> {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  return issue.code === 'unrecognized_keys' ? [...path, ...issue.keys.slice(0, 1)] : path;
}

function fieldOf(issue: z.core.$ZodIssue): string {
  return issuePath(issue).join('.') || '(root)';
}

const fieldsOf: Record<string, string> = {
  '': 'case, speakers, statements, paragraphs, lines',
  case: 'title, summary',
  speakers: 'name, aliases, role, affiliation, type',
  statements: 'speaker, drop',
  paragraphs: 'section, junk',
  lines: 'keep',
};

function problemOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `Unexpected field, expected one of ${fieldsOf[String(issue.path[0] ?? '')] ?? fieldsOf['']}`;
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `Unexpected missing field, expected a ${issue.expected} here`;
  if (issue.code === 'invalid_type' && issue.expected === 'object') return 'Unexpected value, expected a mapping of fields';
  if (issue.code === 'invalid_type' && issue.expected === 'array') return 'Unexpected value, expected a list (each item starting with "- ")';
  if (issue.code === 'invalid_type' && issue.expected === 'record') return 'Unexpected value, expected a mapping of ids to corrections';
  return `Unexpected value, ${issue.message.replace(/^Invalid input: /, '')}`;
}
