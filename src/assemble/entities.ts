// Assembly: the entity index. Mentions of all sources merged by name, alias and acronym into one
// entry per person, organisation and place, with a canonical name, its aliases, every citation, and
// the speaker entry of the same name, so that statements lead to their speaker's entry.
import { slug } from 'github-slugger';
import { fold } from '../pipeline/entities/gazetteer.ts';
import { companyWords, firmTails } from '../pipeline/entities/lexicon.ts';
import { initialsOf, isAcronym } from '../pipeline/entities/names.ts';
import type { EntityMention, SourceRecord } from '../pipeline/types.ts';
import type { Citation, Entity, Speaker } from '../schemas/dossier.ts';

interface Group {
  type: EntityMention['type'];
  names: Map<string, number>;
  mentions: Citation[];
  /** The cited paragraphs as `source paragraph`, so a repeat is found without scanning every citation. */
  cited: Set<string>;
}

const citeKey = (cite: Citation) => `${cite.source}\u0000${cite.paragraph}`;

/** Add a citation unless the group already cites that paragraph. */
function cite(group: Group, citation: Citation): void {
  const key = citeKey(citation);
  if (group.cited.has(key)) return;
  group.cited.add(key);
  group.mentions.push(citation);
}

const order: Record<EntityMention['type'], number> = { person: 0, organization: 1, place: 2 };

export function assembleEntities(records: SourceRecord[], speakers: Speaker[] = []): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const record of records) {
    for (const paragraph of record.paragraphs) {
      for (const mention of paragraph.entities) {
        const group = find(byKey, mention) ?? create(groups, mention.type);
        for (const name of [mention.name, ...mention.aliases]) {
          group.names.set(name, (group.names.get(name) ?? 0) + (name === mention.name ? 1 : 0));
          byKey.set(`${mention.type}:${fold(name)}`, group);
        }
        cite(group, { source: record.id, paragraph: paragraph.id });
      }
    }
  }
  mergeAcronyms(groups);
  mergeShortForms(groups);
  mergeIntoLegalNames(groups);
  const entities = groups.filter((group) => group.mentions.length > 0).map((group) => toEntity(group, speakers));
  const seen = new Map<string, number>();
  for (const entity of entities) {
    const count = (seen.get(entity.id) ?? 0) + 1;
    seen.set(entity.id, count);
    if (count > 1) entity.id = `${entity.id}-${count}`;
  }
  return entities.sort((a, b) => order[a.type] - order[b.type] || a.name.localeCompare(b.name));
}

const wordCount = (name: string) => name.trim().split(/\s+/).length;
const firstWord = (name: string) => fold(name.trim().split(/\s+/)[0] ?? '');

// A full name joins the entry of its own name or aliases; through a one-word alias (a surname, an acronym) only an
// entry whose full names start as this one does: "Jane Roe" and "Jane A. Roe" are one person, "Jane Roe" and "John Roe"
// two, "Aurvik Space" and "Nord Space" two firms.
function find(byKey: Map<string, Group>, mention: EntityMention): Group | undefined {
  const full = wordCount(mention.name) > 1;
  for (const name of [mention.name, ...mention.aliases]) {
    const group = byKey.get(`${mention.type}:${fold(name)}`);
    if (!group) continue;
    if (full && wordCount(name) === 1 && [...group.names.keys()].some((other) => wordCount(other) > 1 && firstWord(other) !== firstWord(mention.name))) continue;
    return group;
  }
  return undefined;
}

function create(groups: Group[], type: EntityMention['type']): Group {
  const group: Group = { type, names: new Map(), mentions: [], cited: new Set() };
  groups.push(group);
  return group;
}

/** One entry taken into another: its names (those `keep` accepts) and its citations; it is left empty. */
function absorb(into: Group, from: Group, keep: (name: string, count: number) => boolean = () => true): void {
  for (const [name, count] of from.names) if (keep(name, count)) into.names.set(name, (into.names.get(name) ?? 0) + count);
  for (const citation of from.mentions) cite(into, citation);
  from.mentions = [];
  from.cited.clear();
}

// An organisation known in one source only by its acronym joins the one spelled out in another.
function mergeAcronyms(groups: Group[]): void {
  for (const group of groups) {
    if (group.type !== 'organization' || group.mentions.length === 0) continue;
    const acronyms = new Set([...group.names.keys()].flatMap((name) => initialsOf(name)));
    for (const other of groups) {
      if (other === group || other.type !== 'organization' || other.mentions.length === 0) continue;
      if (![...other.names.keys()].some((name) => isAcronym(name) && acronyms.has(name.replace(/\./g, '')))) continue;
      absorb(group, other);
    }
  }
}

// A firm the sources call by the first word of its name ("Roeco" said it…, "Roeco Space" launched…): the one longer
// name that opens with that word is the same body, an organisation even where its own words did not say so.
function mergeShortForms(groups: Group[]): void {
  const live = groups.filter((group) => group.mentions.length > 0);
  for (const short of live) {
    if (short.type !== 'organization' || short.mentions.length === 0) continue;
    const word = [...short.names.keys()].find((name) => wordCount(name) === 1 && !isAcronym(name));
    if (!word) continue;
    const longer = live.filter((group) => group !== short && group.mentions.length > 0 && group.type !== 'place' && [...group.names.keys()].some((name) => wordCount(name) === 2 && firstWord(name) === fold(word)));
    if (longer.length !== 1) continue;
    const [long] = longer as [Group];
    if (long.type === 'person') {
      // A person's surname alias ("Space" of "Roeco Space") names no firm.
      for (const [name, count] of long.names) if (count === 0 && wordCount(name) === 1) long.names.delete(name);
      long.type = 'organization';
    }
    absorb(long, short);
  }
}

// "Roe Bina", "Roe Bina Contractors", "Roe Bina Contractors Sdn Bhd": a name that the longest one only extends by a
// company's trade or legal form is that company, so long as every longer name it opens is one chain.
function mergeIntoLegalNames(groups: Group[]): void {
  const live = groups.filter((group) => group.type !== 'place' && group.mentions.length > 0);
  const nameOf = (group: Group) => canonical(group);
  const ordered = [...live].sort((a, b) => wordCount(nameOf(a)) - wordCount(nameOf(b)));
  for (const short of ordered) {
    if (short.mentions.length === 0) continue;
    const name = fold(nameOf(short));
    if (wordCount(name) < 2) continue;
    const longer = live.filter((group) => group !== short && group.type === 'organization' && group.mentions.length > 0 && fold(nameOf(group)).startsWith(`${name} `) && fold(nameOf(group)).slice(name.length + 1).split(/\s+/).every((word) => companyWords.has(word) || firmTails.has(word)));
    if (longer.length === 0) continue;
    const longest = longer.reduce((a, b) => (wordCount(nameOf(b)) > wordCount(nameOf(a)) ? b : a));
    if (!longer.every((group) => fold(nameOf(longest)).startsWith(fold(nameOf(group))))) continue;
    // (A person's surname alias is no name of the company.)
    absorb(longest, short, (alias, count) => short.type !== 'person' || count > 0 || wordCount(alias) > 1);
  }
}

// The canonical name: a spelled-out name over an acronym, the fuller over the shorter, then the most used.
function canonical(group: Group): string {
  const names = [...group.names.entries()];
  names.sort(([a, countA], [b, countB]) => {
    // The same name in other letters ("UEFA" / "Uefa", "Ødegaard" / "Odegaard"): the more exact, then the more used.
    if (fold(a) === fold(b)) return marked(b) - marked(a) || countB - countA || a.localeCompare(b);
    const spelled = Number(isAcronym(a)) - Number(isAcronym(b));
    if (spelled !== 0) return spelled;
    const words = b.split(/\s+/).length - a.split(/\s+/).length;
    if (words !== 0) return words;
    return countB - countA || a.localeCompare(b);
  });
  return names[0]![0];
}

const marked = (name: string) => name.replace(/[\p{ASCII}]/gu, '').length;

function toEntity(group: Group, speakers: Speaker[]): Entity {
  const name = canonical(group);
  const keys = new Set([...group.names.keys()].map(fold));
  const aliases = [...group.names.keys()].filter((alias) => alias !== name && fold(alias) !== fold(name));
  const speaker = speakers.find((candidate) => [candidate.name, ...candidate.aliases].some((alias) => keys.has(fold(alias))));
  return {
    id: `e-${slug(name) || 'entity'}`,
    name,
    type: group.type,
    aliases: [...new Map(aliases.map((alias) => [fold(alias), alias])).values()],
    mentions: group.mentions,
    speaker: speaker?.id ?? null,
  };
}
