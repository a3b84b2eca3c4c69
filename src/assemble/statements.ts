// Assembly: quotes grouped into statements across outlets. One statement per thing said, however each
// outlet words it (dashes, "US"/"United States", a bracketed substitution, an ellipsis, a dropped
// clause); a partial quote inside a longer one of the same speaker joins it. Ids stay put as sources are added.
import { diffWords } from 'diff';
import { contentId } from '../pipeline/ids.ts';
import { normalizeForMatch, unify } from '../pipeline/normalize.ts';
import type { SourceRecord } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Occurrence, Speaker, Statement } from '../schemas/dossier.ts';
import { mergeSpeakers } from './speakers.ts';

interface Found {
  occurrence: Occurrence;
  speaker: string;
  words: string[];
}

export function assembleStatements(records: SourceRecord[]): { speakers: Speaker[]; statements: Statement[] } {
  const ordered = [...records].sort((a, b) => compare(a.file, b.file));
  const mentions = ordered.flatMap((record) => record.paragraphs.flatMap((paragraph) => paragraph.quotes.map((quote) => quote.speaker)));
  const { speakers, idOf } = mergeSpeakers(mentions);
  const seen = new Map<string, number>();
  const found: Found[] = [];
  for (const record of ordered) {
    for (const paragraph of record.paragraphs) {
      for (const quote of [...paragraph.quotes].sort((a, b) => a.start - b.start)) {
        const base = contentId('q', `${record.id} ${quote.text}`);
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        found.push({
          speaker: idOf(quote.speaker),
          words: matchWords(quote.text),
          occurrence: {
            id: count === 1 ? base : `${base}-${count}`,
            source: record.id,
            paragraph: paragraph.id,
            text: quote.text,
            cue: quote.cue,
            start: quote.start,
            end: quote.end,
          },
        });
      }
    }
  }
  const groups = group(found);
  const counts = new Map<string, number>();
  for (const members of groups) counts.set(members[0]?.speaker ?? '', (counts.get(members[0]?.speaker ?? '') ?? 0) + 1);
  const rankedSpeakers = [...speakers.values()]
    .filter((speaker) => counts.has(speaker.id))
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || compare(a.name, b.name));
  const rank = new Map(rankedSpeakers.map((speaker, index) => [speaker.id, index]));
  const statements = groups
    .map(toStatement)
    .sort((a, b) => (rank.get(a.speaker) ?? 0) - (rank.get(b.speaker) ?? 0));
  return { speakers: rankedSpeakers, statements };
}

/** Occurrences of one speaker that say the same thing, in the order they were found. */
function group(found: Found[]): Found[][] {
  const groups: Found[][] = [];
  for (const candidate of found) {
    const home = groups.find((members) => members[0]?.speaker === candidate.speaker && members.some((member) => sameStatement(member.words, candidate.words)));
    if (home) home.push(candidate);
    else groups.push([candidate]);
  }
  return groups;
}

/** The same words, or the shorter contained in the longer, or ≥80% of the shorter's words shared. */
export function sameStatement(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  if (` ${long.join(' ')} `.includes(` ${short.join(' ')} `)) return true;
  if (short.length < 5) return false;
  const pool = new Map<string, number>();
  for (const word of long) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of short) {
    const count = pool.get(word) ?? 0;
    if (count > 0) {
      shared++;
      pool.set(word, count - 1);
    }
  }
  return shared >= 0.8 * short.length;
}

/** Words for matching: spellings of one country unified, bracketed substitutions and ellipses dropped. */
export function matchWords(text: string): string[] {
  const plain = unify(text.replace(/[\u2012-\u2015\u2212]/g, ' '))
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\.{3}|\u2026/g, ' ')
    .replace(/\bthe\s+United\s+States(?:\s+of\s+America)?\b|\bUnited\s+States(?:\s+of\s+America)?\b|\bthe\s+U\.?S\.?A?\b(?!\p{L})|\bU\.S\.A?\.?(?!\p{L})|\bUSA?\b/gu, ' US ')
    .replace(/\bthe\s+United\s+Kingdom\b|\bUnited\s+Kingdom\b|\bthe\s+U\.?K\.?(?!\p{L})|\bU\.K\.?(?!\p{L})/gu, ' UK ');
  return normalizeForMatch(plain).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

function toStatement(members: Found[]): Statement {
  const first = members[0] as Found;
  const fullest = members.reduce((best, member) => (member.words.length > best.words.length ? member : best), first);
  const id = first.occurrence.id;
  return {
    id,
    href: routes.statement(id),
    speaker: first.speaker,
    text: fullest.occurrence.text,
    occurrences: members.map((member) => member.occurrence),
    diffs: members
      .filter((member) => member !== fullest)
      .map((member) => ({
        occurrence: member.occurrence.id,
        parts: diffWords(fullest.occurrence.text, member.occurrence.text).map((part) => ({
          value: part.value,
          added: Boolean(part.added),
          removed: Boolean(part.removed),
        })),
      })),
    // The statement's own id is its first occurrence's; every other occurrence id still leads here.
    aliases: members.map((member) => member.occurrence.id).filter((alias) => alias !== id),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
