// Speakers merged across sources: one record per speaker, whether a source names them in full, by
// surname, by acronym or by long form; roles merged ("spokesman" and "spokesperson" are one role).
import { slug } from 'github-slugger';
import { shortHash } from '../pipeline/ids.ts';
import { normalizeForMatch, words } from '../pipeline/normalize.ts';
import { normalizeRole } from '../pipeline/quotes/lexicon.ts';
import type { SpeakerMention } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Speaker } from '../schemas/dossier.ts';

export const unknownSpeakerId = 'speaker-unknown';

/** Merge every mention into speakers; `idOf` gives the speaker id of a mention. */
export function mergeSpeakers(mentions: SpeakerMention[]): { speakers: Map<string, Speaker>; idOf: (mention: SpeakerMention) => string } {
  const groups = groupMentions(mentions.filter((mention) => mention.type !== 'unknown'));
  const speakers = new Map<string, Speaker>();
  const byKey = new Map<string, string>();
  for (const group of groups) {
    const speaker = toSpeaker(group, speakers);
    speakers.set(speaker.id, speaker);
    for (const mention of group) byKey.set(keyOf(mention), speaker.id);
  }
  if (mentions.some((mention) => mention.type === 'unknown')) {
    speakers.set(unknownSpeakerId, { id: unknownSpeakerId, name: 'unknown', type: 'unknown', role: null, affiliation: null, aliases: [], href: routes.speaker(unknownSpeakerId) });
  }
  return { speakers, idOf: (mention) => (mention.type === 'unknown' ? unknownSpeakerId : (byKey.get(keyOf(mention)) ?? unknownSpeakerId)) };
}

const keyOf = (mention: SpeakerMention) => `${mention.type}\u0000${normalizeForMatch(mention.name)}`;
const namesOf = (mention: SpeakerMention) => [mention.name, ...mention.aliases].map(normalizeForMatch);
const initials = (name: string) =>
  words(name)
    .filter((word) => !['of', 'and', 'the', 'for'].includes(word))
    .map((word) => word.charAt(0))
    .join('');

/** Do two mentions name the same speaker? */
function sameSpeaker(a: SpeakerMention, b: SpeakerMention, fullNames: Map<string, string[]>): boolean {
  const left = namesOf(a);
  const right = namesOf(b);
  if (left.some((name) => right.includes(name))) return true;
  if (a.type !== 'person' && b.type !== 'person') {
    const compact = (name: string) => name.replace(/[^\p{L}\p{N}]/gu, '');
    if (left.some((name) => right.some((other) => (compact(name).length >= 2 && compact(name) === initials(other)) || (compact(other).length >= 2 && compact(other) === initials(name))))) return true;
  }
  if (a.type === 'person' && b.type === 'person') {
    // A surname alone joins the one full name that ends with it.
    const [single, full] = words(a.name).length === 1 ? [a, b] : [b, a];
    const surname = normalizeForMatch(single.name);
    const holders = fullNames.get(surname) ?? [];
    return words(single.name).length === 1 && holders.length === 1 && holders[0] === normalizeForMatch(full.name);
  }
  return false;
}

/** Union of mentions that name the same speaker, in first-seen order. */
function groupMentions(mentions: SpeakerMention[]): SpeakerMention[][] {
  const distinct = new Map<string, SpeakerMention[]>();
  for (const mention of mentions) {
    const list = distinct.get(keyOf(mention)) ?? [];
    list.push(mention);
    distinct.set(keyOf(mention), list);
  }
  const fullNames = new Map<string, string[]>();
  for (const [, list] of distinct) {
    const name = list[0]?.name ?? '';
    if (list[0]?.type !== 'person' || words(name).length < 2) continue;
    const surname = words(name).at(-1) ?? '';
    const holders = fullNames.get(surname) ?? [];
    if (!holders.includes(normalizeForMatch(name))) holders.push(normalizeForMatch(name));
    fullNames.set(surname, holders);
  }
  const keys = [...distinct.keys()];
  const parent = keys.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index] ?? index)));
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = distinct.get(keys[i] ?? '')?.[0];
      const b = distinct.get(keys[j] ?? '')?.[0];
      if (a && b && sameSpeaker(a, b, fullNames)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, SpeakerMention[]>();
  keys.forEach((key, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), ...(distinct.get(key) ?? [])]);
  });
  return [...groups.values()];
}

function toSpeaker(group: SpeakerMention[], taken: Map<string, Speaker>): Speaker {
  const persons = group.filter((mention) => mention.type === 'person');
  // A person's name is the fullest one any source gives; an organisation's, the one most sources use.
  const longest = Math.max(0, ...persons.map((mention) => words(mention.name).length));
  const name = persons.length > 0
    ? (mostFrequent(persons.filter((mention) => words(mention.name).length === longest).map((mention) => mention.name)) ?? '')
    : (mostFrequent(group.map((mention) => mention.name)) ?? '');
  const type = mostFrequent(group.map((mention) => mention.type)) ?? 'unknown';
  // Sources word one role differently ("NSC spokesperson", "National Security Council spokesman"): keep the fullest.
  const role = group.flatMap((mention) => (mention.role ? [normalizeRole(mention.role)] : [])).sort((a, b) => b.length - a.length || compare(a, b))[0];
  const affiliation = mostFrequent(group.flatMap((mention) => (mention.affiliation ? [mention.affiliation] : [])));
  const aliases = [...new Set(group.flatMap((mention) => [mention.name, ...mention.aliases]))].filter((alias) => alias !== name).sort();
  let id = `speaker-${slug(name) || shortHash(name)}`;
  if (taken.has(id)) id = `${id}-${shortHash(`${type} ${name}`)}`;
  return { id, name, type, role: role ?? null, affiliation: affiliation ?? null, aliases, href: routes.speaker(id) };
}

/** The most frequent value; ties go to `prefer`, then to the first seen. */
function mostFrequent<T extends string>(values: T[], prefer: (a: T, b: T) => number = () => 0): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || prefer(a[0], b[0]))[0]?.[0];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
