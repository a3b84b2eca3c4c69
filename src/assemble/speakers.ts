// Speakers merged across sources: one record per speaker, whether a source names them in full, by
// surname, by acronym or by long form; roles merged ("spokesman" and "spokesperson" are one role).
import { slug } from 'github-slugger';
import { shortHash } from '../pipeline/ids.ts';
import { normalizeForMatch, words } from '../pipeline/normalize.ts';
import { isGivenName } from '../pipeline/entities/gazetteer.ts';
import { isLexiconWord } from '../pipeline/entities/tagger.ts';
import { isRoleWord, normalizeRole, otherOrder } from '../pipeline/quotes/lexicon.ts';
import type { SpeakerMention } from '../pipeline/types.ts';
import { routes } from '../routes.ts';
import type { Speaker } from '../schemas/dossier.ts';

export const unknownSpeakerId = 'speaker-unknown';

// Legal forms that end a company's official name: "Sdn Bhd", "Pte Ltd", "plc", "GmbH", "S.A.", "Tbk" …
const legalForms = String.raw`(?:Sdn\.?\s+Bhd|Pte\.?\s+Ltd|Pty\.?\s+Ltd|Pvt\.?\s+Ltd|Co\.,?\s+Ltd|Bhd|Berhad|Ltd|Limited|PLC|plc|Inc|Corp|LLC|LLP|GmbH|AG|S\.A|SA|SE|N\.V|NV|B\.V|BV|S\.p\.A|SpA|S\.R\.L|SRL|Srl|SARL|SAS|Oyj|Oy|AB|ASA|A/S|K\.K|Tbk)\.?`;
const nameWord = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*`;
const legalName = new RegExp(String.raw`(?<![\p{L}\p{N}])(${nameWord}(?:[ \t]+(?:(?:of|and|&|de|da|do|dos|du|la|van|von|der|e|y)[ \t]+)?${nameWord}){0,6}?),?[ \t]+(${legalForms})(?![\p{L}\p{N}])`, 'gu');

/** Words that name a part of a body after the body's own name: "Kelby League Appeal Committee", "… Disciplinary Panel". */
const partOfBody = /^(?:committee|subcommittee|panel|board|tribunal|commission|unit|division|branch|chapter|section|wing|directorate)$/u;

/** A short form stands for the whole name that gives it, unless two whole names give it: then for nobody (null). */
function claim(forms: Map<string, string | null>, key: string, whole: string): void {
  const known = forms.get(key);
  if (known === undefined) forms.set(key, whole);
  // (With and without "The" in front, a name is one: "The Roe Works Ltd", "Roe Works Ltd".)
  else if (known !== null && foldName(known).replace(/^the\s+/u, '') !== foldName(whole).replace(/^the\s+/u, '')) forms.set(key, null);
}

/**
 * Companies' official names as the texts write them somewhere ("Roe Bina Holdings Bhd", "Roe Logistics GmbH"), by
 * the name without the legal form, and by each shorter end or start of it ("Bina Holdings", "Roe"): a form two names
 * share is nobody's (null).
 */
export function legalNamesIn(texts: string[]): Map<string, string | null> {
  const names = new Map<string, string | null>();
  for (const text of texts) {
    // (One cheap test before the pattern: most texts name no company with its legal form.)
    if (!/(?:Bhd|Berhad|Ltd|Limited|PLC|plc|Inc|Corp|LLC|LLP|GmbH|AG|SA|S\.A|SE|NV|N\.V|BV|B\.V|SpA|S\.p\.A|SRL|Srl|S\.R\.L|SARL|SAS|Oy|AB|ASA|A\/S|K\.K|Tbk)\b/u.test(text)) continue;
    for (const match of text.matchAll(legalName)) {
      const parts = (match[1] ?? '').split(/[ \t]+/u);
      const form = (match[2] ?? '').replace(/\s+/gu, ' ');
      for (let from = 0; from < parts.length; from++) {
        if (!/^\p{Lu}/u.test(parts[from] ?? '')) continue;
        const base = parts.slice(from).join(' ');
        const whole = `${base} ${form}`;
        claim(names, foldName(base).replace(/^the\s+/u, ''), whole);
      }
      // (And by each shorter start: "Driver" for "Driver Group PLC", the brand a text calls the company by.)
      const lead = /^the$/iu.test(parts[0] ?? '') ? 1 : 0;
      for (let to = lead + 1; to < parts.length; to++) {
        if (/^\p{Lu}/u.test(parts[to - 1] ?? '')) claim(names, foldName(parts.slice(lead, to).join(' ')), `${parts.join(' ')} ${form}`);
      }
    }
  }
  return names;
}

/**
 * People's fuller names as the texts write them anywhere, a caption or an embedded post the cleaning removed included
 * ("Jane Quill Roe" for "Quill Roe", "Qelbir Zorawar Odeh" for "Qelbir Odeh", "Scott Quillon" for "Quillon"):
 * three capitalised words that open on a given name, by the last two and by the first and last; a given name and a
 * surname, by the surname. A form two fuller names share is nobody's (null).
 */
export function fullerNamesIn(texts: string[]): Map<string, string | null> {
  const names = new Map<string, string | null>();
  const nameWord = (word: string) => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) && !isRoleWord(word.toLowerCase());
  for (const text of texts) {
    for (const match of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,5}/gu)) {
      const parts = match[0].replace(/['’]s$/u, '').split(/[ \t]+/u);
      for (let at = 0; at + 3 <= parts.length; at++) {
        const [first = '', middle = '', last = ''] = parts.slice(at, at + 3);
        if (![first, middle, last].every(nameWord) || (at + 3 < parts.length && nameWord(parts[at + 3] ?? ''))) continue;
        const whole = `${first} ${middle} ${last}`;
        // (By the last two only after a given name: "Canadian Quill Roe" gives her no first name. By the first and
        // last, a middle name that is no English word, or a given name: "Qelbir Zorawar Odeh".)
        if (isGivenName(first)) claim(names, foldName(`${middle} ${last}`), whole);
        if (isGivenName(first) || isGivenName(middle) || !isLexiconWord(middle.toLowerCase())) claim(names, foldName(`${first} ${last}`), whole);
      }
      // ("Premier Scott Quillon" in a removed headline, "Quillon said" in the body: a given name and a surname, by the surname.)
      for (let at = 0; at + 2 <= parts.length; at++) {
        const [first = '', last = ''] = parts.slice(at, at + 2);
        if (isGivenName(first) && nameWord(last) && !isGivenName(last) && !(at + 2 < parts.length && nameWord(parts[at + 2] ?? ''))) claim(names, foldName(last), `${first} ${last}`);
      }
    }
  }
  return names;
}

/**
 * The bodies the case's texts name in full (the organisations the entity stage found), by each shorter start and end of
 * their names of two words or more ("Harrowgate Ashby" for "Harrowgate Ashby Advisory", "Fire Service" for "Kelby Fire
 * Service"): a source that calls a body so speaks of the one body the texts name in full. A form two bodies share is
 * nobody's (null); so is a form that is a body's whole name in some text.
 */
export function bodyNamesIn(names: string[]): Map<string, string | null> {
  const bodies = new Map<string, string | null>();
  const wholes = new Set(names.map((name) => foldName(name).replace(/^the\s+/u, '')));
  for (const name of new Set(names)) {
    // (Not a body's name with its spokesperson's word run on, "Foreign Office Spokesperson": the body is "Foreign Office".)
    if (/\sspokes(?:man|woman|person|people)$/iu.test(name)) continue;
    const parts = name.replace(/^the\s+/iu, '').split(/\s+/u);
    for (let cut = 2; cut < parts.length; cut++) {
      // (Not a body's start before a part of it: "Kelby League" is not the "Kelby League Appeal Committee", which belongs
      // to it.)
      const starts = parts.slice(cut).some((word) => partOfBody.test(word.toLowerCase())) ? [] : [parts.slice(0, cut)];
      for (const part of [...starts, parts.slice(parts.length - cut)]) {
        if (!/^\p{Lu}/u.test(part[0] ?? '') || !/^\p{Lu}/u.test(part.at(-1) ?? '')) continue;
        const key = foldName(part.join(' '));
        if (!wholes.has(key)) claim(bodies, key, name);
      }
    }
    // ("the Kelby government" for the "Kelby State Government", "a Transport Kelby spokesperson" for "Transport for
    // Kelby", "James Roe Hospital" for the "James Roe University Hospital": the name's first and last words kept, a block of
    // the words between them left out; "the Department" for the "Department of Harrow Affairs": the head of a name of
    // something, alone.)
    const middles = parts.length >= 3 && /^\p{Lu}/u.test(parts[0] ?? '') ? range(1, parts.length - 1).flatMap((from) => range(from + 1, parts.length).map((to) => [...parts.slice(0, from), ...parts.slice(to)].join(' '))) : [];
    const short = [...middles, parts.length >= 3 && /^(?:of|for)$/u.test(parts[1] ?? '') ? (parts[0] ?? '') : ''];
    for (const form of short) {
      if (form && !wholes.has(foldName(form))) claim(bodies, foldName(form), name);
    }
    // ("the Met" for the Metroquill Police, "the Kel" for the Kelbyshire Constabulary: a long first word clipped to its first
    // three letters.)
    const first = parts[0] ?? '';
    if (parts.length >= 2 && first.length >= 7 && /^\p{Lu}\p{Ll}+$/u.test(first) && !wholes.has(foldName(first.slice(0, 3)))) claim(bodies, foldName(first.slice(0, 3)), name);
  }
  return bodies;
}

/**
 * Merge every mention into speakers; `idOf` gives the speaker id of a mention. An organisation any text names with
 * its legal form (`legal`, from `legalNamesIn`) is named so: the fullest, official name; so is one a source calls by the
 * start or the end of a body's name that the case's texts give in full (`bodies`, from `bodyNamesIn`).
 */
export function mergeSpeakers(mentions: SpeakerMention[], legal: Map<string, string | null> = new Map(), bodies: Map<string, string | null> = new Map(), people: Map<string, string | null> = new Map()): { speakers: Map<string, Speaker>; idOf: (mention: SpeakerMention) => string } {
  const official = (mention: SpeakerMention) => {
    if (mention.type !== 'organization') return null;
    const key = foldName(mention.name).replace(/^the\s+/u, '');
    return legal.get(key) ?? bodies.get(key) ?? null;
  };
  // (Copies with the official name as an alias, so that sources joined only by it meet; the mentions stay as they are.)
  // (A person the sources name by two words that some text, a caption perhaps, gives a third: named so, the two an alias.)
  const fuller = (mention: SpeakerMention) => (mention.type === 'person' && words(mention.name).length <= 2 ? (people.get(foldName(mention.name)) ?? null) : null);
  const known = mentions.filter((mention) => mention.type !== 'unknown').map((mention) => {
    const name = official(mention);
    const full = fuller(mention);
    return full ? { ...mention, name: full, aliases: [...mention.aliases, mention.name] } : name ? { ...mention, aliases: [...mention.aliases, name] } : mention;
  });
  const groups = groupMentions(known);
  const speakers = new Map<string, Speaker>();
  const byKey = new Map<string, string>();
  for (const group of groups) {
    const speaker = toSpeaker(group, speakers, official);
    speakers.set(speaker.id, speaker);
    for (const mention of group) byKey.set(keyOf(mention), speaker.id);
  }
  if (mentions.some((mention) => mention.type === 'unknown')) {
    speakers.set(unknownSpeakerId, { id: unknownSpeakerId, name: 'unknown', type: 'unknown', role: null, affiliation: null, aliases: [], href: routes.speaker(unknownSpeakerId), corrected: null });
  }
  return { speakers, idOf: (mention) => (mention.type === 'unknown' ? unknownSpeakerId : (byKey.get(keyOf({ ...mention, name: fuller(mention) ?? mention.name })) ?? unknownSpeakerId)) };
}

// Letters that carry their mark in their shape (ø, ł, æ …) do not decompose: spelled out as ASCII writers do.
const spelled: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', ħ: 'h' };
/**
 * A name without its diacritics, so that "Tomáš Kreml" and "Tomas Kreml" are one speaker; and with its particles apart,
 * as "Ana dela Cruz" and "Ana de la Cruz" are one.
 */
export const foldName = (name: string) => normalizeForMatch(name).normalize('NFD').replace(/\p{M}/gu, '').replace(/[øłđðþæœßıħ]/gu, (letter) => spelled[letter] ?? letter).replace(/(?<![\p{L}\p{N}])del(a|os|as)(?![\p{L}\p{N}])/giu, (_, rest: string) => `de l${rest.toLowerCase()}`);
const keyOf = (mention: SpeakerMention) => `${mention.type}\u0000${foldName(mention.name)}`;
/** How many letters carry a diacritic: the more, the more exact the spelling. */
const marks = (name: string) => (name.normalize('NFD').match(/\p{M}/gu) ?? []).length;
const compact = (name: string) => name.replace(/[^\p{L}\p{N}]/gu, '');
const initials = (name: string) =>
  words(name)
    .filter((word) => !['of', 'and', 'the', 'for'].includes(word))
    .map((word) => word.charAt(0))
    .join('');

/**
 * Union of mentions that name the same speaker, in first-seen order: a shared name or alias, an
 * acronym and its long form, or a surname alone and the one full name that ends with it. Found
 * through maps, so a thousand sources do not compare every pair of names.
 */
function groupMentions(mentions: SpeakerMention[]): SpeakerMention[][] {
  const distinct = new Map<string, SpeakerMention[]>();
  for (const mention of mentions) {
    const list = distinct.get(keyOf(mention)) ?? [];
    list.push(mention);
    distinct.set(keyOf(mention), list);
  }
  const keys = [...distinct.keys()];
  const parent = keys.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index] ?? index)));
  const join = (a: number, b: number) => {
    const [rootA, rootB] = [find(a), find(b)];
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  };
  const byName = new Map<string, number>();
  const byCompact = new Map<string, number>();
  const byInitials = new Map<string, number>();
  const fullNames = new Map<string, Set<number>>();
  keys.forEach((key, index) => {
    const list = distinct.get(key) ?? [];
    const person = list[0]?.type === 'person';
    const own = foldName(list[0]?.name ?? '');
    // A person's surname alias would join two people of one surname: surnames are matched below instead.
    // "The London Dispatch" and "London Dispatch": an organisation's name with and without its article is one name.
    const names = [...new Set(list.flatMap((mention) => [mention.name, ...mention.aliases]).map((name) => (person ? foldName(name) : foldName(name).replace(/^the\s+/u, ''))))]
      .filter((name) => name && (!person || name === own || words(name).length > 1));
    // "Health Ministry" and "Ministry of Health": one body, its words in either order.
    if (!person) {
      for (const name of [...names]) {
        const reordered = otherOrder(name);
        if (reordered) names.push(reordered);
      }
    }
    for (const name of names) {
      const known = byName.get(name);
      if (known === undefined) byName.set(name, index);
      else join(known, index);
      if (person) continue;
      // An acronym meets its long form from either side: FBI ↔ Federal Bureau of Investigation.
      const [short, long] = [compact(name), initials(name)];
      const longHolder = short.length >= 2 ? byInitials.get(short) : undefined;
      const shortHolder = long.length >= 2 ? byCompact.get(long) : undefined;
      if (longHolder !== undefined) join(longHolder, index);
      if (shortHolder !== undefined) join(shortHolder, index);
      if (short.length >= 2 && !byCompact.has(short)) byCompact.set(short, index);
      if (long.length >= 2 && words(name).length > 1 && !byInitials.has(long)) byInitials.set(long, index);
      // "TSB" for "Transportation Safety Board of Canada": the acronym of the name before its "of <place>".
      const stem = /^(.+?)\s+(?:of|for|in)\s+[^\s]+(?:\s+[^\s]+)?$/u.exec(name)?.[1];
      const short2 = stem && words(stem).length > 1 ? initials(stem) : '';
      if (short2.length >= 2 && !byInitials.has(short2)) byInitials.set(short2, index);
    }
    const full = words(foldName(list[0]?.name ?? ''));
    if (person && full.length > 1) {
      const holders = fullNames.get(full.at(-1) ?? '') ?? new Set<number>();
      holders.add(index);
      fullNames.set(full.at(-1) ?? '', holders);
    }
  });
  // "Rural Fire Service" joins the one "NSW Rural Fire Service" that ends with it: the same body, named in part;
  // so does "Roe Bina" the one "Roe Bina Holdings" that begins with it.
  const organizations = keys.flatMap((key, index) => ((distinct.get(key) ?? [])[0]?.type === 'organization' ? [{ index, name: foldName((distinct.get(key) ?? [])[0]?.name ?? '').replace(/^the\s+/u, '') }] : []));
  for (const part of organizations) {
    if (words(part.name).length < 2) continue;
    const wholes = organizations.filter((other) => other.index !== part.index && other.name.endsWith(` ${part.name}`));
    if (wholes.length === 1 && wholes[0]) join(wholes[0].index, part.index);
    // (Not a part of the body that bears its name first: "Kelby League Appeal Committee" is not the "Kelby League".)
    const longer = organizations.filter((other) => other.index !== part.index && other.name.startsWith(`${part.name} `) && !words(other.name.slice(part.name.length)).some((word) => partOfBody.test(word)));
    if (longer[0] && new Set(longer.map((other) => find(other.index))).size === 1) join(longer[0].index, part.index);
  }
  // "Brightwing" joins the one "Brightwing Airways": news calls a company by the first word of its name.
  const firstWords = new Map<string, Set<number>>();
  for (const whole of organizations) {
    if (words(whole.name).length < 2) continue;
    const first = words(whole.name)[0] ?? '';
    firstWords.set(first, (firstWords.get(first) ?? new Set()).add(whole.index));
  }
  for (const part of organizations) {
    if (words(part.name).length !== 1) continue;
    const holders = [...(firstWords.get(part.name) ?? [])];
    if (holders[0] !== undefined && new Set(holders.map(find)).size === 1) join(holders[0], part.index);
  }
  // A surname alone joins the one full name that ends with it; so does a one-word "organisation" that is no
  // company's first word (a source that never gave the full name took "Stöckl" for a body).
  keys.forEach((key, index) => {
    const list = distinct.get(key) ?? [];
    const name = words(foldName(list[0]?.name ?? ''));
    const bare = list[0]?.type === 'organization' && name.length === 1 && !firstWords.has(name[0] ?? '');
    if ((list[0]?.type !== 'person' && !bare) || name.length !== 1) return;
    const holders = [...(fullNames.get(name[0] ?? '') ?? [])];
    const roots = new Set(holders.map(find));
    if (roots.size === 1 && holders[0] !== undefined) join(holders[0], index);
  });
  // "João Brás" joins the one "João Gonçalo Brás": a middle name one source leaves out.
  const ends = new Map<string, Set<number>>();
  const personWords = (index: number) => {
    const first = (distinct.get(keys[index] ?? '') ?? [])[0];
    return first?.type === 'person' ? words(foldName(first.name)) : [];
  };
  keys.forEach((_, index) => {
    const name = personWords(index);
    if (name.length < 3) return;
    // ("Joaquín Ibarra" for "Joaquín Ibarra Solé": a first name and the first of two surnames, too.)
    for (const key of new Set([`${name[0]} ${name.at(-1)}`, ...(name.length === 3 ? [`${name[0]} ${name[1]}`] : [])])) ends.set(key, (ends.get(key) ?? new Set()).add(index));
  });
  keys.forEach((_, index) => {
    const name = personWords(index);
    if (name.length !== 2) return;
    const holders = [...(ends.get(name.join(' ')) ?? [])];
    if (holders[0] !== undefined && new Set(holders.map(find)).size === 1) join(holders[0], index);
  });
  const groups = new Map<number, SpeakerMention[]>();
  keys.forEach((key, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) for (const mention of distinct.get(key) ?? []) group.push(mention);
    else groups.set(root, [...(distinct.get(key) ?? [])]);
  });
  return [...groups.values()];
}

/** The spellings with the most diacritics: a name written with and without them keeps the exact one. */
function fullest(names: string[]): string[] {
  const most = Math.max(0, ...names.map(marks));
  return names.filter((name) => marks(name) === most);
}

function toSpeaker(group: SpeakerMention[], taken: Map<string, Speaker>, official: (mention: SpeakerMention) => string | null = () => null): Speaker {
  const fixed = group.find((mention) => mention.corrected);
  if (fixed?.corrected) return correctedSpeaker(group, fixed, fixed.corrected, taken);
  const persons = group.filter((mention) => mention.type === 'person');
  // A person's name is the fullest one any source gives; an organisation's, the one most sources use, with its
  // legal form when a text gives it.
  const longest = Math.max(0, ...persons.map((mention) => words(mention.name).length));
  const common = persons.length > 0 ? null : (mostFrequent(wholeNames(group.map((mention) => mention.name))) ?? '');
  const name = common === null
    ? (mostFrequent(fullest(persons.filter((mention) => words(mention.name).length === longest).map((mention) => mention.name))) ?? '')
    : (official(group.find((mention) => mention.name === common) ?? group[0]!) ?? common);
  // A full name makes a person, whatever one-word mentions beside it were taken for.
  const type = persons.some((mention) => words(mention.name).length > 1) ? 'person' : (mostFrequent(group.map((mention) => mention.type)) ?? 'unknown');
  // Sources word one role differently ("WRB spokesperson", "Water Resources Board spokesman"): keep the fullest.
  const role = group.flatMap((mention) => (mention.role ? [normalizeRole(mention.role)] : [])).sort((a, b) => b.length - a.length || compare(a, b))[0];
  const affiliation = mostFrequent(group.flatMap((mention) => (mention.affiliation ? [mention.affiliation] : [])));
  const names = group.flatMap((mention) => [mention.name, ...mention.aliases]);
  // "Health Ministry" is also found as "Ministry of Health": a body's name in the other order is one of its names.
  const reordered = type === 'person' ? [] : names.flatMap((alias) => otherOrder(alias) ?? []);
  // ("Prince Abdullah bin Faisal", "Sheikh Abdullah bin Zayed": a royal's style, which the text gives as the title, is
  // part of how the person is called: one of their names.)
  const styled = type === 'person' ? group.flatMap((mention) => (mention.role && royalStyle.test(mention.role.trim()) ? [`${mention.role.trim()} ${name}`] : [])) : [];
  // ("Gardaí said", "a Garda spokesperson": Ireland's police by its officers' name; its own name is one of its names.)
  const force = type !== 'person' && /^(?:the\s+)?garda[ií]?$/iu.test(name) ? ['An Garda Síochána'] : [];
  const aliases = [...new Set([...names, ...reordered, ...styled, ...force])].filter((alias) => alias !== name).sort();
  let id = `speaker-${slug(name) || shortHash(name)}`;
  if (taken.has(id)) id = `${id}-${shortHash(`${type} ${name}`)}`;
  return { id, name, type, role: role ?? null, affiliation: affiliation ?? null, aliases, href: routes.speaker(id), corrected: null };
}

/** A royal's style, when it is all the role the text gives: "Prince", "Sheikha", "Crown Prince". */
const royalStyle = /^(?:Crown Prince|Prince|Princess|Sheikh|Sheikha|Emir|Sultan|King|Queen|Tunku|Tengku|Raja)$/u;

/** A speaker corrections.yaml names: its name, and the role, affiliation and type it gives, over the machine's. */
function correctedSpeaker(group: SpeakerMention[], fixed: SpeakerMention, correction: NonNullable<SpeakerMention['corrected']>, taken: Map<string, Speaker>): Speaker {
  const name = fixed.name;
  const type = correction.type ?? mostFrequent(group.map((mention) => mention.type)) ?? 'person';
  const role = correction.role ?? group.flatMap((mention) => (mention.role ? [normalizeRole(mention.role)] : [])).sort((a, b) => b.length - a.length || compare(a, b))[0] ?? null;
  const affiliation = correction.affiliation ?? mostFrequent(group.flatMap((mention) => (mention.affiliation ? [mention.affiliation] : []))) ?? null;
  const aliases = [...new Set(group.flatMap((mention) => [mention.name, ...mention.aliases]))].filter((alias) => alias !== name).sort();
  const machine = [...new Set(group.map((mention) => mention.corrected?.machine ?? mention.name))].sort();
  const machineRole = correction.role ? (mostFrequent(group.flatMap((mention) => (mention.corrected?.machineRole ? [normalizeRole(mention.corrected.machineRole)] : []))) ?? 'no role') : null;
  const was = [machine.join('; '), machineRole !== role ? machineRole : null].filter(Boolean).join(', ');
  const now = [name, machineRole !== role ? role : null].filter(Boolean).join(', ');
  let id = `speaker-${slug(name) || shortHash(name)}`;
  if (taken.has(id)) id = `${id}-${shortHash(`${type} ${name}`)}`;
  return {
    id, name, type, role, affiliation, aliases, href: routes.speaker(id),
    corrected: was === now ? null : { field: 'name', machine: was, value: now, reason: null },
  };
}

/** The names that are not part of a longer one: "NSW Rural Fire Service", not "Rural Fire Service" or "Brightwing". */
function wholeNames(names: string[]): string[] {
  const keys = [...new Set(names.map((name) => foldName(name).replace(/^the\s+/u, '')))];
  const partOf = (key: string) => keys.some((other) => other !== key && (other.endsWith(` ${key}`) || other.startsWith(`${key} `)));
  const whole = names.filter((name) => !partOf(foldName(name).replace(/^the\s+/u, '')));
  return whole.length > 0 ? whole : names;
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

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, at) => from + at);
