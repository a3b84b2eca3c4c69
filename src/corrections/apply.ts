// Corrections applied to the per-source records, after extraction and before the assembly groups them:
// speakers renamed and merged, paragraphs moved to another section or removed, statements reattributed
// or dropped. Ids stay as they are: a statement keeps its id when its speaker changes. A correction whose
// target is gone is a warning with its place in corrections.yaml; two corrections of one target, an error.
import { CasefileError } from '../errors.ts';
import { assembleStatements } from '../assemble/statements.ts';
import { foldName } from '../assemble/speakers.ts';
import type { QuoteMention, SourceRecord, SpeakerMention } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Correction, Statement, Warning } from '../schemas/dossier.ts';
import type { At, Corrections, SpeakerEntry } from './parse.ts';

export interface Applied {
  records: SourceRecord[];
  /** Every correction applied, for the dossier's list (a speaker's href is set once speakers have ids). */
  applied: Correction[];
  warnings: Warning[];
  errors: CasefileError[];
  case: { title: string | null; summary: string | null };
}

/** Everything a run of corrections reports, in one place for the steps below. */
interface Run {
  file: string;
  applied: Correction[];
  warnings: Warning[];
  errors: CasefileError[];
}

/** `copy`: correct copies of the records (they may be a cache's); without it, the records themselves. */
export function applyCorrections(records: SourceRecord[], corrections: Corrections, copy = true): Applied {
  const run: Run = { file: corrections.file, applied: [], warnings: [], errors: [] };
  const empty = corrections.speakers.length + corrections.statements.length + corrections.paragraphs.length + corrections.lines.length === 0;
  // The records may be a cache's: corrected copies, never the originals.
  const copies = empty || !copy ? records : structuredClone(records);
  const title = corrections.case.title;
  const summary = corrections.case.summary;
  if (title) run.applied.push({ kind: 'case', target: 'case', field: 'title', machine: null, value: title.value, reason: null, href: routes.home, line: title.at.line });
  if (summary) run.applied.push({ kind: 'case', target: 'case', field: 'summary', machine: null, value: summary.value, reason: null, href: routes.home, line: summary.at.line });
  if (!empty) {
    const reattributed = new Set(corrections.statements.flatMap((entry) => (entry.speaker ? [foldName(entry.speaker)] : [])));
    const names = renameSpeakers(copies, corrections.speakers, reattributed, run);
    correctLines(copies, corrections, run);
    correctParagraphs(copies, corrections, run);
    correctStatements(copies, corrections, names, run);
  }
  return { records: copies, applied: run.applied, warnings: run.warnings, errors: run.errors, case: { title: title?.value ?? null, summary: summary?.value ?? null } };
}

function warn(run: Run, at: At, message: string): void {
  run.warnings.push({ file: run.file, line: at.line, column: at.column, ruleId: 'stale-correction', message });
}

const quotesOf = (records: SourceRecord[]) => records.flatMap((record) => record.paragraphs.flatMap((paragraph) => paragraph.quotes));

/** The mention a speaker entry stands for, built on a machine mention of it (or on nothing). */
function canonical(entry: SpeakerEntry, type: SpeakerMention['type'], base: SpeakerMention | null): SpeakerMention {
  const machine = base?.name ?? entry.name;
  return {
    name: entry.name,
    type: entry.type ?? type,
    role: entry.role ?? base?.role ?? null,
    affiliation: entry.affiliation ?? base?.affiliation ?? null,
    aliases: [...new Set([...(base?.aliases ?? []), machine])].filter((alias) => alias !== entry.name),
    corrected: { machine, machineRole: base?.role ?? null, role: entry.role, affiliation: entry.affiliation, type: entry.type },
  };
}

/**
 * Every quote whose speaker a speaker entry names (by its name or an alias) takes the entry's name, so the
 * assembly merges them into one speaker. Returns the entries by every name they claim, folded.
 */
function renameSpeakers(records: SourceRecord[], entries: SpeakerEntry[], reattributed: Set<string>, run: Run): Map<string, { entry: SpeakerEntry; type: SpeakerMention['type'] }> {
  const byName = new Map<string, SpeakerEntry>();
  for (const entry of entries) for (const name of [entry.name, ...entry.aliases.map((alias) => alias.name)]) byName.set(foldName(name), entry);
  const quotes = quotesOf(records).filter((quote) => quote.speaker.type !== 'unknown' && byName.has(foldName(quote.speaker.name)));
  const matched = new Map<SpeakerEntry, QuoteMention[]>();
  for (const quote of quotes) {
    const entry = byName.get(foldName(quote.speaker.name)) as SpeakerEntry;
    matched.set(entry, [...(matched.get(entry) ?? []), quote]);
  }
  const names = new Map<string, { entry: SpeakerEntry; type: SpeakerMention['type'] }>();
  for (const entry of entries) {
    const found = matched.get(entry) ?? [];
    const type = entry.type ?? mostFrequent(found.map((quote) => quote.speaker.type)) ?? 'person';
    for (const name of [entry.name, ...entry.aliases.map((alias) => alias.name)]) names.set(foldName(name), { entry, type });
    // A speaker the machine never found is no stale correction when a statement is given to them.
    if (found.length === 0 && reattributed.has(foldName(entry.name))) continue;
    if (found.length === 0) {
      warn(run, entry.at, `Unexpected speaker "${entry.name}": no statement in the dossier has this speaker or any of its aliases (a source removed, or the name read differently now). Remove the entry, or give the names the dossier shows under speakers.${entry.aliases.length ? 'aliases' : ''}`);
      continue;
    }
    const seen = new Set(found.flatMap((quote) => [quote.speaker.name, ...quote.speaker.aliases].map(foldName)));
    for (const alias of entry.aliases) {
      if (!seen.has(foldName(alias.name))) warn(run, alias.at, `Unexpected alias "${alias.name}" of "${entry.name}": no statement in the dossier has this speaker. Remove the alias, or write the name as the dossier shows it`);
    }
    const machine = [...new Set(found.map((quote) => quote.speaker.name))].sort();
    const role = entry.role ? (mostFrequent(found.flatMap((quote) => (quote.speaker.role ? [quote.speaker.role] : []))) ?? 'no role') : null;
    const affiliation = entry.affiliation ? (mostFrequent(found.flatMap((quote) => (quote.speaker.affiliation ? [quote.speaker.affiliation] : []))) ?? 'no affiliation') : null;
    for (const quote of found) quote.speaker = canonical(entry, type, quote.speaker);
    run.applied.push({
      kind: 'speaker', target: entry.name, field: 'name',
      machine: [machine.join('; '), role, affiliation].filter(Boolean).join(', '), value: [entry.name, entry.role, entry.affiliation].filter(Boolean).join(', '),
      reason: null, href: null, line: entry.at.line,
    });
  }
  return names;
}

/** Lines kept as article text were kept by the pipeline (SourceInput.keep): here they are marked, and stale ones reported. */
function correctLines(records: SourceRecord[], corrections: Corrections, run: Run): void {
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const entry of corrections.lines) {
    const record = byId.get(entry.source);
    const target = `${entry.source}:${entry.line}`;
    if (!record) {
      warn(run, entry.at, `Unexpected source "${entry.source}" in lines.${target}: no source has this id (removed or renamed). Remove the correction`);
      continue;
    }
    if (entry.keep) {
      const kept = record.kept?.find((line) => line.line === entry.line);
      if (!kept) {
        warn(run, entry.at, `Unexpected lines.${target}: line ${entry.line} of ${record.file} is not a removed line (the text changed?). Remove the correction, or give the line the source page lists`);
        continue;
      }
      const paragraph = record.paragraphs.find((candidate) => candidate.start <= kept.start && kept.start < Math.max(candidate.end, candidate.start + 1));
      const mark = { field: 'kept', machine: `removed as ${kept.reason}`, value: 'kept as article text', reason: null };
      if (paragraph && !paragraph.corrected) paragraph.corrected = mark;
      run.applied.push({ kind: 'line', target, field: 'keep', machine: mark.machine, value: mark.value, reason: null, href: paragraph ? routes.paragraph(record.id, paragraph.id) : routes.source(record.id), line: entry.at.line });
      continue;
    }
    const removed = record.removed.find((line) => line.line === entry.line);
    if (!removed) {
      warn(run, entry.at, `Unexpected lines.${target}: line ${entry.line} of ${record.file} is not a removed line. Remove the correction`);
      continue;
    }
    removed.corrected = { field: 'removed', machine: removed.reason, value: 'removed (confirmed)', reason: null };
    run.applied.push({ kind: 'line', target, field: 'keep', machine: `removed as ${removed.reason}`, value: 'removed (confirmed)', reason: null, href: routes.source(record.id), line: entry.at.line });
  }
}

/** A paragraph moved to another section, or removed as page furniture with the reason given. */
function correctParagraphs(records: SourceRecord[], corrections: Corrections, run: Run): void {
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const entry of corrections.paragraphs) {
    const target = `${entry.source}#${entry.paragraph}`;
    const record = byId.get(entry.source);
    const index = record?.paragraphs.findIndex((paragraph) => paragraph.id === entry.paragraph) ?? -1;
    const paragraph = record?.paragraphs[index];
    if (!record || !paragraph) {
      warn(run, entry.at, record
        ? `Unexpected paragraph "${entry.paragraph}" in paragraphs.${target}: ${record.file} has no paragraph with this id now (its text changed, or it was removed). Remove the correction, or take the id from the paragraph's permalink`
        : `Unexpected source "${entry.source}" in paragraphs.${target}: no source has this id (removed or renamed). Remove the correction`);
      continue;
    }
    if (entry.section) {
      paragraph.corrected = { field: 'section', machine: paragraph.section, value: entry.section, reason: null };
      run.applied.push({ kind: 'paragraph', target, field: 'section', machine: paragraph.section, value: entry.section, reason: null, href: routes.paragraph(record.id, paragraph.id), line: entry.at.line });
      paragraph.section = entry.section;
      continue;
    }
    record.paragraphs.splice(index, 1);
    const machine = `kept as a paragraph (${paragraph.section})`;
    record.removed.push({ text: paragraph.text, reason: entry.junk ?? 'page furniture', line: paragraph.line, start: paragraph.start, end: paragraph.end, corrected: { field: 'removed', machine, value: 'removed', reason: entry.junk } });
    record.removed.sort((a, b) => a.line - b.line);
    run.applied.push({ kind: 'paragraph', target, field: 'junk', machine, value: 'removed', reason: entry.junk, href: routes.source(record.id), line: entry.at.line });
  }
}

/**
 * A statement reattributed or dropped: found among the statements the machine would group (by its id or
 * any other wording's id), then every one of its quotes changed, so the assembly groups them anew.
 */
function correctStatements(records: SourceRecord[], corrections: Corrections, names: Map<string, { entry: SpeakerEntry; type: SpeakerMention['type'] }>, run: Run): void {
  if (corrections.statements.length === 0) return;
  const machine = assembleStatements(records);
  const speakerName = new Map(machine.speakers.map((speaker) => [speaker.id, speaker.name]));
  const byId = new Map<string, Statement>();
  for (const statement of machine.statements) for (const id of [statement.id, ...statement.aliases]) byId.set(id, statement);
  const quotes = new Map<string, { quote: QuoteMention; list: QuoteMention[] }>();
  for (const record of records) for (const paragraph of record.paragraphs) for (const quote of paragraph.quotes) quotes.set(`${record.id}\u0000${quote.start}`, { quote, list: paragraph.quotes });
  const targeted = new Map<string, { id: string; at: At }>();
  for (const entry of corrections.statements) {
    const statement = byId.get(entry.id);
    if (!statement) {
      warn(run, entry.at, `Unexpected statement id "${entry.id}": no statement has it now (its source removed, or its words changed). Remove the correction, or take the id from the statement's permalink`);
      continue;
    }
    const earlier = targeted.get(statement.id);
    if (earlier) {
      run.errors.push(new CasefileError('corrections', `Unexpected second correction of statement ${statement.id} ("${entry.id}", and "${earlier.id}" at line ${earlier.at.line}), expected one correction per statement: keep one of them.`, run.file, entry.at.line, entry.at.column));
      continue;
    }
    targeted.set(statement.id, { id: entry.id, at: entry.at });
    const was = speakerName.get(statement.speaker) ?? 'unknown';
    const members = statement.occurrences.flatMap((occurrence) => quotes.get(`${occurrence.source}\u0000${occurrence.start}`) ?? []);
    const excerpt = `“${statement.text.length > 60 ? `${statement.text.slice(0, 59)}…` : statement.text}” (${was})`;
    if (entry.drop) {
      for (const { quote, list } of members) list.splice(list.indexOf(quote), 1);
      const first = statement.occurrences[0];
      run.applied.push({ kind: 'statement', target: entry.id, field: 'drop', machine: excerpt, value: null, reason: entry.drop, href: first ? routes.paragraph(first.source, first.paragraph) : null, line: entry.at.line });
      continue;
    }
    const speaker = resolveSpeaker(entry.speaker ?? '', records, names, machine.speakers);
    if (!speaker) {
      warn(run, entry.at, `Unexpected speaker "${entry.speaker}" for statement ${entry.id}: no speaker and no name in the dossier is called so; the correction was not applied. Add the speaker under speakers: with its type, or write a name the dossier shows`);
      continue;
    }
    for (const { quote } of members) {
      quote.machine = { speaker: was, attribution: quote.machine?.attribution ?? quote.attribution ?? 'none' };
      quote.speaker = speaker;
      quote.attribution = 'correction';
    }
    run.applied.push({ kind: 'statement', target: entry.id, field: 'speaker', machine: was, value: speaker.name, reason: null, href: routes.statement(statement.id), line: entry.at.line });
  }
}

/** A name from speakers:, else a speaker the dossier has, else a person or organisation it names. */
function resolveSpeaker(name: string, records: SourceRecord[], names: Map<string, { entry: SpeakerEntry; type: SpeakerMention['type'] }>, speakers: Array<{ name: string; type: SpeakerMention['type']; role: string | null; affiliation: string | null; aliases: string[] }>): SpeakerMention | null {
  const key = foldName(name);
  const listed = names.get(key);
  if (listed) return canonical(listed.entry, listed.type, null);
  const speaker = speakers.find((candidate) => candidate.type !== 'unknown' && [candidate.name, ...candidate.aliases].some((alias) => foldName(alias) === key));
  if (speaker) return { name: speaker.name, type: speaker.type, role: speaker.role, affiliation: speaker.affiliation, aliases: speaker.aliases };
  for (const record of records) {
    for (const paragraph of record.paragraphs) {
      const entity = paragraph.entities.find((candidate) => [candidate.name, ...candidate.aliases].some((alias) => foldName(alias) === key));
      if (entity) return { name: entity.name, type: entity.type === 'person' ? 'person' : 'organization', role: null, affiliation: null, aliases: entity.aliases };
    }
  }
  return null;
}

function mostFrequent<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
