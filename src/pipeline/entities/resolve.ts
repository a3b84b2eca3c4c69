// From name spans to entity mentions for one source: each span typed (person, organisation, place),
// surnames resolved to the full name, acronyms to the long form the source spells out.
import type { EntityMention } from '../types.ts';
import { countryNamed, fold, isGivenName, isPlaceName } from './gazetteer.ts';
import { compass, eventTails, governedBy, governmentNouns, organizationWords, placeHeads, placeWords, regions, stormHeads, titles, townHeads } from './lexicon.ts';
import { initialsOf, isAcronym, joinedArticle, particles, type NameSpan } from './names.ts';
import { lexiconTag } from './tagger.ts';

type EntityType = EntityMention['type'];

interface Typed {
  span: NameSpan;
  type: EntityType | null;
  name: string;
}

// Place words that no body is named after as a whole ("Division Street"; but "Police District" is a body).
const streets = new Set(['street', 'road', 'avenue', 'lane', 'square', 'boulevard', 'bridge', 'creek', 'river', 'lake', 'forest', 'park', 'mountain', 'valley']);
const unions = new Set(['European Union', 'United Nations', 'Eurozone']);
// Prepositions that, before a lone name, make it a place: "officials in Ruritania".
const placePrepositions = new Set(['in', 'from', 'across', 'near', 'into', 'throughout']);
// "(ABC)" after the words it abbreviates.
const parenthetical = /\((\p{Lu}{2,8})\)/gu;

/** Entity mentions per paragraph, offsets in the source. */
export function resolveNames(paragraphs: Array<{ spans: NameSpan[]; text: string; base: number }>, outlets: Set<string>): EntityMention[][] {
  const typed = paragraphs.map((paragraph) => paragraph.spans.map((span) => typeOf(span, outlets)));
  const longForms = longFormsOf(paragraphs.map((paragraph) => paragraph.text), typed.flat());
  const people = typed.flat().filter((entry) => entry.type === 'person' && entry.span.tokens.length > 1);
  // (Each person's last word, read once: every one-word name of the source is looked up among them.)
  const surnames = people.map((person) => person.name.split(/\s+/).at(-1));
  const firstNames = people.map((person) => person.name.split(/\s+/)[0]);
  const texts = paragraphs.map((paragraph) => paragraph.text);
  // What the source says around a lone name, read once per name (a firm is named many times).
  const bodies = new Map<string, boolean>();
  const bodyNamed = (name: string) => {
    let body = bodies.get(name);
    if (body === undefined) bodies.set(name, (body = actsAsOrganisation(name, texts) || fieldsSide(name, texts) || (!townLike(name) && hasLeaders(name, texts))));
    return body;
  };
  return typed.map((entries, index) => {
    const base = paragraphs[index]!.base;
    const mentions: EntityMention[] = [];
    for (const entry of entries) {
      let { type, name } = entry;
      const aliases: string[] = [];
      // (A place too when a person of the source bears its name, unless a preposition of place stands before it:
      // "Michael Jordan … Jordan said", but "flights to Jordan".)
      if (entry.span.tokens.length === 1 && (type !== 'place' || !(placePrepositions.has(entry.span.before) || ['to', 'at', 'of'].includes(entry.span.before)))) {
        const full = people[surnames.indexOf(name)];
        if (full) {
          type = 'person';
          name = full.name;
          aliases.push(entry.name);
        }
      }
      if (!type && entry.span.tokens.length === 1 && bodyNamed(name)) type = 'organization';
      if (!type && placePrepositions.has(entry.span.before)) type = 'place';
      // A lone name nothing else types: the first name of a person the source names in full ("Maria", after "Maria
      // Roe"), else a town's or a province's ("Kendal", "Sindh") that is no word of English ("Council", "Hope"), unless it
      // speaks.
      if (!type && entry.span.tokens.length === 1) {
        const full = people[firstNames.indexOf(name)];
        if (full) {
          type = 'person';
          name = full.name;
          aliases.push(entry.name);
        } else if (!speaking.has(entry.span.after) && townLike(name)) type = 'place';
      }
      if (!type) continue;
      if (type === 'organization') {
        const long = longForms.get(name);
        if (long) {
          aliases.push(name);
          name = long;
        }
        for (const [acronym, form] of longForms) if (form === name && acronym !== name) aliases.push(acronym);
      }
      if (type === 'person' && name.includes(' ')) aliases.push(name.split(/\s+/).at(-1)!);
      if (type === 'place' && name !== entry.span.text) aliases.push(entry.span.text);
      mentions.push({ name, type, text: entry.span.text, start: base + entry.span.start, end: base + entry.span.end, aliases: [...new Set(aliases)] });
    }
    return mentions;
  });
}

/** Does a lone name stand, with or without "'s", before what `follows` matches, somewhere in the source? */
function before(name: string, follows: RegExp, texts: string[]): boolean {
  for (const text of texts) {
    let at = text.indexOf(name);
    while (at >= 0) {
      const end = at + name.length;
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && follows.test(text.slice(end, end + 40))) return true;
      at = text.indexOf(name, end);
    }
  }
  return false;
}

const leaders = /^(?:['’]s)?\s+(?:president|leaders?|leadership|chairman|chairwoman|chairperson|secretary-general|members|lawmakers|ceo|cfo|coo|cto|founder|co-founder|executives|employees|staff|shareholders)\b/u;
const sides = /^(?:['’]s)?\s+(?:manager|head coach|coach|boss|players?|squad|striker|midfielder|defender|goalkeeper|captain|fans|supporters|academy)\b/u;

/** "Umno president", "Roeco CFO", "Roe members": a lone name with leaders, staff or members is a party, a firm or a body. */
function hasLeaders(name: string, texts: string[]): boolean {
  return before(name, leaders, texts);
}

/** "Chelsea manager", "Barcelona's players", "Roe fans": a club, even one named after its town. */
function fieldsSide(name: string, texts: string[]): boolean {
  return before(name, sides, texts);
}

// Short month names, which name towns too ("Jun", "Mar").
const monthShort = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/iu;

/** A lone word that names a town or a province and is no common word of English ("Police", "Christmas", "Green"). */
function townLike(name: string): boolean {
  const tag = lexiconTag(name.toLowerCase());
  return (tag === null || tag === 'PROPN') && !monthShort.test(name) && isPlaceName(name);
}

// What a firm, a body or a platform has and a person has not, said next to a lone name somewhere in the source:
// "a Roeco spokeswoman", "Roeco said it would", "Roeco, the Lisbon-based operator", "security firm Roeco",
// "an analyst at Roeco", "a post on Roeco".
const kinds = 'company|firm|group|operator|carrier|airline|platform|app|maker|manufacturer|giant|startup|start-up|developer|lender|insurer|retailer|supplier|contractor|club|agency|gang|network|broadcaster|newspaper|outlet|charity|union|regulator|rivals?';
const organisationAfter = new RegExp(`^(?:['’]s)?\\s+(?:spokes(?:person|man|woman)|shares|headquarters|app|platform|customers|subscribers|subsidiary|jets?|planes?|flights?)\\b|^\\s+said\\s+(?:in\\s+a\\s+statement\\s+(?:that\\s+)?)?it\\b|^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${kinds})\\b`, 'iu');
const organisationBefore = new RegExp(`\\b(?:${kinds})\\s+$|\\b(?:spokes(?:person|man|woman)|analyst|researcher|executive|director|engineer|partner|economist|employee|worker)\\s+(?:at|for|with)\\s+$|\\b(?:post(?:ed)?|wrote|statement|video|messages?|account|page)\\s+(?:on|to)\\s+$`, 'iu');

function actsAsOrganisation(name: string, texts: string[]): boolean {
  const lower = name.toLowerCase();
  // "British customers", "the Authority": adjectives and words that head a body's name are no names of their own.
  if (!/^\p{Lu}[\p{L}\p{M}-]*$/u.test(name) || organizationWords.has(lower) || ['ADJ', 'ADV', 'VERB'].includes(lexiconTag(lower) ?? '')) return false;
  for (const text of texts) {
    let at = text.indexOf(name);
    while (at >= 0) {
      const end = at + name.length;
      const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '');
      // "the office in Roeville said it": the place is not the one speaking.
      const governed = /\b(?:in|of|at|from|near)\s+$/iu.test(text.slice(Math.max(0, at - 6), at));
      if (bounded && !governed && (organisationAfter.test(text.slice(end, end + 60)) || organisationBefore.test(text.slice(Math.max(0, at - 40), at)))) return true;
      at = text.indexOf(name, end);
    }
  }
  return false;
}

function typeOf(span: NameSpan, outlets: Set<string>): Typed {
  const words = span.tokens.map((token) => token.text);
  const name = span.text.replace(/\s+/g, ' ');
  // ("Inc.", "Co.": a legal form keeps its stop.)
  const lower = words.map((word) => word.toLowerCase().replace(/\.$/u, ''));
  if (words.length === 1 && governmentNouns.has(span.after) && /(?:ish|ian|ese|an|i|ch)$/.test(lower[0]!)) {
    return { span, type: 'organization', name: `${name} ${span.after}` };
  }
  // "Cyclone Gabrielle", "the Tokyo Olympics": a storm or an event, which the index does not list.
  if (words.length > 1 && (stormHeads.has(lower[0]!) || eventTails.has(lower.at(-1)!))) return { span, type: null, name };
  // "Air New Zealand", "Air Peace": an airline.
  if (words.length > 1 && lower[0] === 'air' && !span.titled) return { span, type: 'organization', name };
  // A lone "Administration" or "Department" opens a sentence; it names nobody.
  if (words.length === 1 && (organizationWords.has(lower[0]!) || placeWords.has(lower[0]!))) return { span, type: null, name };
  const country = countryNamed(isAcronym(name) ? name.replace(/\./g, '') : name);
  // CLDR lists a few unions of countries among its regions; they act as organisations.
  if (country && unions.has(country)) return { span, type: 'organization', name: country };
  if (country) return { span, type: 'place', name: country };
  // A town in capitals is a dateline's ("KARACHI:", "NAIROBI —"), or a town's name set in capitals; short ones only where a
  // dateline stands ("DOHA:"; "NATO" is a town too).
  if (words.length === 1 && isAcronym(name)) {
    const dateline = span.before === '' && /^[:,—–-]$/u.test(span.after);
    if (!name.includes('.') && (name.length >= 5 || dateline) && isPlaceName(name)) return { span, type: 'place', name: capitalised(name) };
    return { span, type: 'organization', name };
  }
  // "Division Street", "Harbour Road": a street named after a body is a place.
  if (words.length > 1 && streets.has(lower.at(-1)!) && !span.titled) return { span, type: 'place', name };
  if (lower.some((word) => organizationWords.has(word)) || [...outlets].some((outlet) => fold(outlet) === fold(name))) {
    return { span, type: 'organization', name };
  }
  // "Athletics Australia", "Transport Canada": a country's body, named for what it does; ("Tom Holland" opens on a name).
  if (words.length > 1 && countryNamed(words.at(-1)!) && lower.slice(0, -1).every((word) => lexiconTag(word) === 'NOUN')) return { span, type: 'organization', name };
  // "director Helen Park": a title before the name makes a person, whatever the name's last word.
  if (span.titled || titles.has(span.before)) return { span, type: 'person', name };
  if (words.length > 1 && placeWords.has(lower.at(-1)!)) return { span, type: 'place', name };
  // "Kuala Lumpur", "West Bengal": a town's or a province's name, unless it speaks; so are "North Waziristan", "Mount
  // Elgon", "Metro Manila", named after a point of the compass or the kind of place.
  const rest = words.slice(1).join(' ');
  if (words.length > 1 && /^[\p{Lu}\s]+$/u.test(name) && isPlaceName(name)) return { span, type: 'place', name: capitalised(name) };
  if (words.length > 1 && !speaking.has(span.after) && (isPlaceName(name) || compass.has(lower[0]!) || placeHeads.has(lower[0]!) || (townHeads.has(lower[0]!) && isPlaceName(rest)))) {
    return { span, type: 'place', name };
  }
  if (regions.has(lower.at(-1)!) && lower.slice(0, -1).every((word) => compass.has(word))) {
    // "central Asia": a lower-case compass word still belongs to the region's name.
    const region = compass.has(span.before) ? `${span.before[0]!.toUpperCase()}${span.before.slice(1)} ${name}` : name;
    return { span, type: 'place', name: region };
  }
  if (governedBy.has(span.after) || span.titled || personShaped(span, words)) return { span, type: 'person', name };
  // (Such a name, capitalised, is most often a body's: a charity, a party, a desk, a service.)
  if (words.length > 1 && span.tokens.every((token) => token.pos === 'PROPN') && commonWords(words)) return { span, type: 'organization', name };
  return { span, type: null, name };
}

// Particles that are also the prepositions of Romance names of places and bodies ("Tour de France", "Rua da Mouraria",
// "Sûreté du Québec"): a name with one of them is a person only when something else says so.
const romance = new Set(['de', 'del', 'della', 'dela', 'delos', 'la', 'le', 'du', 'da', 'das', 'dos', 'di']);
const speaking = new Set(['said', 'says', 'told', 'added', 'wrote', 'explained', 'insisted', 'warned', 'confirmed', 'stated', 'who']);

// Two or more capitalised words the tagger reads as proper nouns ("Anna Roe", "Han Do-yoon"), with lower-case
// particles between them ("Pieter van der Walt"); a capitalised common noun at the end ("Red Cross", "Consumer
// Rights Act", "City Hall") names no person.
function personShaped(span: NameSpan, words: string[]): boolean {
  if (words.length < 2 || particles.has(words.at(-1)!)) return false;
  const proper = span.tokens.every((token) => particles.has(token.text) || (token.pos === 'PROPN' && (/^\p{Lu}\p{Ll}/u.test(token.text) || joinedArticle.test(token.text))));
  if (!proper) return false;
  return (!commonWords(words) && !words.some((word) => romance.has(word))) || speaking.has(span.after);
}

/**
 * "Action Fraud", "Social Democrats", "Evidence Desk": capitalised words of English all, a noun last, name no person;
 * unless the first is a given name too ("Grace Stone", "Bill Gates").
 */
function commonWords(words: string[]): boolean {
  return !isGivenName(words[0]!) && words.every((word) => ['NOUN', 'ADJ', 'VERB', 'ADV'].includes(lexiconTag(word.toLowerCase()) ?? '')) && lexiconTag(words.at(-1)!.toLowerCase()) === 'NOUN';
}

// Acronym → long form, from "(ABC)" after the words and from long names whose initials an acronym of the source matches.
function longFormsOf(texts: string[], typed: Typed[]): Map<string, string> {
  const forms = new Map<string, string>();
  const organisations = typed.filter((entry) => entry.type === 'organization' && entry.span.tokens.length > 1).map((entry) => entry.name);
  const acronyms = new Set(typed.filter((entry) => entry.type === 'organization' && isAcronym(entry.name)).map((entry) => entry.name));
  for (const text of texts) {
    if (!text.includes('(')) continue;
    for (const match of text.matchAll(parenthetical)) {
      const acronym = match[1]!;
      const words = text.slice(0, match.index).trim().split(/\s+/).slice(-8);
      for (let count = 2; count <= words.length; count++) {
        const candidate = words.slice(-count).join(' ');
        if (initialsOf(candidate).includes(acronym)) {
          acronyms.add(acronym);
          if (!forms.has(acronym)) forms.set(acronym, organisations.find((name) => fold(name) === fold(candidate)) ?? titleCase(candidate));
          break;
        }
      }
    }
  }
  for (const name of organisations) for (const acronym of initialsOf(name)) if (acronyms.has(acronym) && !forms.has(acronym)) forms.set(acronym, name);
  return forms;
}

/** "KUALA LUMPUR" → "Kuala Lumpur". */
function capitalised(text: string): string {
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}

function titleCase(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => (/^(?:of|and|for|the|on)$/.test(word) ? word : word[0]!.toUpperCase() + word.slice(1)));
}
