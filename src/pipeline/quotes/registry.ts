// The source-level registry of who is named in an article: people with their titles, organisations
// with their acronyms and long forms, news outlets; and where each is mentioned, for back-references.
import { distance } from 'fastest-levenshtein';
import {
  abbreviations,
  titleModifiers,
  placeHalves,
  acronymsAsNames,
  documentWords,
  knownOutlets,
  mediaNameWords,
  organizationWords,
  isParticle,
  isHonorificPair,
  isDescribingCompound,
  isPatronymic,
  monthNames,
  weekdayNames,
  isWeekday,
  isRoleWord,
  otherOrder,
  surnameOf,
  generation,
  isTitleWord,
  isDemonym,
  isJoinedName,
  kinWords,
  sentenceWords,
  roleAcronyms,
  listedFields,
  listedHead,
  frontedOpeners,
  honourNames,
} from './lexicon.ts';
import { countryNamed, isGivenName, isPlaceName } from '../entities/gazetteer.ts';
import { firmTails, platforms } from '../entities/lexicon.ts';
import { isLexiconNoun, isLexiconWord, lexiconTag } from '../entities/tagger.ts';
import { rememberedPerText } from '../memo.ts';

export type EntityType = 'person' | 'organization' | 'media';

export interface Entity {
  name: string;
  type: EntityType;
  role: string | null;
  affiliation: string | null;
  aliases: Set<string>;
  /** Read off a gendered title or a "his"/"her" in the cue, so that "she" skips a man named last. */
  gender?: 'female' | 'male';
  /** "Ana Roe, 42,": the age the text gives, so that "the 42-year-old" finds her. */
  age?: number;
  /** Another role the text gave them beside their title ("PNP chief, Director General Jane Roe"), for "the PNP chief". */
  described?: string;
  /** Where a quotation of theirs was read so far (an offset in the source): "she" far from any name is a speaker's. */
  quoted?: number;
  /** What the text calls an organisation ("the charity Open Wake", "Unite, the union,"), so that "the charity said" finds it. */
  kinds?: Set<string>;
  /** Named with an honour before the name ("Datuk Seri", "Tan Sri"): a person, whatever else the text says. */
  honoured?: boolean;
  /** Named with a partner who shares the surname ("Mary and Martin Roe"): a person, whatever else the text says. */
  paired?: boolean;
}

const femaleWords = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'congresswoman', 'chairwoman', 'councilwoman', 'businesswoman', 'sister', 'mother', 'grandmother', 'wife', 'daughter', 'actress', 'widow', 'aunt', 'woman', 'girl']);
// ("chairman Maria Roe … She added": British papers give a woman who chairs a board the title "chairman" too.)
const maleWords = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'spokesman', 'congressman', 'councilman', 'businessman', 'brother', 'father', 'grandfather', 'husband', 'son', 'actor', 'widower', 'uncle', 'man', 'boy']);

/** The gender a title or role states, if any. */
export function genderOf(role: string | null): 'female' | 'male' | undefined {
  // "Mr Roe's lawyer": the owner's title tells the owner's gender, not the lawyer's.
  const words = (role ?? '').toLowerCase().replace(/^.*['’]s\s+/u, '').split(/\s+/);
  if (words.some((word) => femaleWords.has(word))) return 'female';
  if (words.some((word) => maleWords.has(word))) return 'male';
  return undefined;
}

export interface Registry {
  entities: Entity[];
  /** Lower-cased name or alias → entity. */
  byName: Map<string, Entity>;
  /** Mentions in source order (offsets into the source). */
  /** (`said`: the gender of a "he" or "she" that stood for the entity there, which a pronoun of the other gender never means.) */
  /** (`cue`: the mention is the subject of a speech verb, "…, said police chief Jane Roe", whom a later "she" goes on with.) */
  mentions: Array<{ entity: Entity; offset: number; owner?: boolean; article?: boolean; said?: 'female' | 'male'; cue?: boolean }>;
  /** A "he" or "she" that spoke, where it stands and the person it was read as: for the next pronoun of that sex only. */
  spoken: Array<{ entity: Entity; offset: number; owner?: boolean; article?: boolean; said: 'female' | 'male'; cue?: boolean }>;
  /** The source's own outlet, when known: never the speaker of "the report". */
  outlet: string | null;
  /** Surnames two people share: resolved by the nearest mention, never by the name table. */
  shared: Set<string>;
  /** Those of them the text calls by a title and the surname ("Mrs Roe"): the surname alone is then another's. */
  titled: Set<Entity>;
  /** Names the text puts after "in", "of the town of", "from": places, whatever else they look like. */
  places: Set<string>;
  /** How often each capitalised word stands alone (no name word beside it): "Brightwing said", "Roe said". */
  alone: Map<string, number>;
  /** Single names a cue made speak that no text typed ("Roe said", "Brightwing said"), taken for organisations, and where. */
  guesses: Array<{ entity: Entity; offset: number }>;
  /** Brands the source writes with a small first letter, as the readers see them ("BlendZ") → as written ("blendZ"). */
  brands: Map<string, string>;
  /** Kinds a noun gave a name a person could also bear ("operator Deutsche Bahn", "the operator, Ana Roe"): the name's, if it is a body's. */
  kindsIfBody: Map<string, string>;
  /** Bodies the text names only inside quotations: no one's until "the district said" finds no other district. */
  quoted: Entity[];
}

export interface Token {
  text: string;
  /** Lower-cased once, since every word list is looked up in lower case. */
  lower: string;
  capital: boolean;
  /** True when a sentence ends after this word. */
  last: boolean;
  start: number;
  /** "Labour's": a name ends here, and what follows is the one it owns. */
  possessive?: boolean;
  /** The word as written, with its possessive ("Sheriff's"), when that differs from `text`. */
  written?: string;
  /** "‘Sonny’" between a name's words: a nickname, written with its marks. */
  nickname?: boolean;
}

// Places, and the time zones a time is given in ("13:24 (1224 GMT)"): acronyms no one speaks as.
const placeAcronyms = new Set([
  'US', 'U.S.', 'UK', 'U.K.', 'USA', 'UAE', 'EU', 'UN', 'DRC', 'PRC', 'NYC', 'DC', 'D.C.',
  'N.Y.', 'N.J.', 'N.H.', 'N.M.', 'N.C.', 'N.D.', 'S.C.', 'S.D.', 'R.I.', 'B.C.', 'N.S.', 'N.B.',
  'ET', 'PT', 'CT', 'MT', 'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT',
  'AKST', 'AKDT', 'HST', 'IST', 'JST', 'KST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'SGT', 'HKT', 'WIB', 'MSK', 'SAST',
  'AM', 'PM', 'A.M.', 'P.M.',
  // Things and fields written in letters ("its IT systems", "CCTV footage", "a DNA test", "the ICU"): no one speaks as them,
  // and "It said" is never "IT".
  'IT', 'AI', 'ID', 'TV', 'PC', 'CCTV', 'DNA', 'GPS', 'ATM', 'SUV', 'PPE', 'ICU', 'GDP', 'VAT', 'PIN', 'SMS', 'USB', 'HIV', 'MRI', 'IVF', 'OTP', 'QR', 'LPG', 'CNG', 'EV', 'PDF', 'URL', 'VPN', 'WiFi', 'CEO',
]);
// "Tavora Engenharia e Construção", "Banco de la Nación": the joining words of names in other languages too.
const connectors = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'la', 'van', 'von', 'al', 'bin', '&', 'e', 'y', 'et', 'und', 'da', 'do', 'dos', 'das', 'del', 'della', 'dela', 'delos', 'der', 'den', 'di', 'des', 'es']);
/** Known outlets by their first word, so that a text is read word by word, not against every name. */
const outletsByFirstWord = new Map<string, string[]>();
for (const outlet of knownOutlets) {
  const first = outlet.split(' ')[0] ?? outlet;
  outletsByFirstWord.set(first, [...(outletsByFirstWord.get(first) ?? []), outlet].sort((a, b) => b.length - a.length));
}

export function createRegistry(outlet: string | null): Registry {
  const registry: Registry = { entities: [], byName: new Map(), mentions: [], spoken: [], outlet, shared: new Set(), titled: new Set(), places: new Set(), alone: new Map(), guesses: [], brands: new Map(), kindsIfBody: new Map(), quoted: [] };
  // "The Consumer Desk" is also "Consumer Desk": never a person of that name.
  if (outlet) add(registry, { name: outlet, type: 'media', role: null, affiliation: null, aliases: new Set([outlet.replace(/^the\s+/i, '')]) }, -1);
  return registry;
}

/**
 * "reported by user @harbourwatch", "Another user, @mira_travels, wrote": an account's handle in the prose is
 * someone who can speak ("he wrote" after it), named by the handle (and without its "@").
 * (Not an address, "desk@paper.com", nor a handle in brackets after the name it belongs to.)
 */
function readHandles(registry: Registry, frame: string, base: number) {
  for (const match of frame.matchAll(/(?<![\p{L}\p{N}_.@(])@([\p{L}\p{N}_]{2,30})(?![\p{L}\p{N}_@]|\.[\p{L}])/gu)) {
    const handle = match[1] ?? '';
    if (/^\d+$/u.test(handle)) continue;
    const known = registry.byName.get(`@${handle}`.toLowerCase());
    const entity: Entity = known ?? { name: `@${handle}`, type: 'person', role: null, affiliation: null, aliases: new Set([handle]) };
    add(registry, entity, base + (match.index ?? 0));
  }
}

/** The points of the compass, as a district's name opens. */
const compassPoint = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|mid|inner|outer)$/u;

/** The parts of speech of the language's small words: articles, pronouns, prepositions, conjunctions. */
const closedClass = /^(?:DET|PRON|ADP|SCONJ|CCONJ|AUX|PART)$/u;

/** Read one paragraph frame (quotes blanked) into the registry; returns its tokens, for `readShortMentions`. */
export function readFrame(registry: Registry, text: string, base: number): Token[] {
  // ("SHANE Ross has dismissed …": a paper's lede sets its first word in capitals; a first name so set is read as the
  // name's first word, of the same length.)
  // ("THE headmaster of a grammar school told …": so is a small word of the language, before one in small letters; no
  // body's letters, "THE", are read in it.)
  const dropped = /^\p{Lu}{3,}(?=\s+\p{Lu}\p{Ll})/u.exec(text)?.[0];
  const small = dropped ? undefined : /^\p{Lu}{3,}(?=\s+\p{Ll})/u.exec(text)?.[0];
  const lowered = (dropped && isGivenName(dropped)) || (small && closedClass.test(lexiconTag(small.toLowerCase()) ?? '')) ? (dropped ?? small ?? '') : '';
  // ("MOY PARK has recorded growth …": two or more words in capitals before one in small letters, the lede's opening set
  // in capitals, are a name written so; each word of three letters or more is read in title case, of the same length.)
  const capitalRun = lowered ? undefined : /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3}(?=\s+\p{Ll})/u.exec(text)?.[0];
  const frame = lowered
    ? `${lowered.charAt(0)}${lowered.slice(1).toLowerCase()}${text.slice(lowered.length)}`
    : capitalRun
      ? `${capitalRun.replace(/\p{Lu}{3,}/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase())}${text.slice(capitalRun.length)}`
      : text;
  const tokens = tokensOf(frame);
  // ("the Department for Environment, Food and Rural Affairs": a name that lists its fields is one body, not two.)
  const listed = frame.includes(', ') && (frame.includes(' and ') || frame.includes(' & ')) && (frame.includes(' of ') || frame.includes(' for ')) ? readListedFields(registry, frame, base) : [];
  const runs = listed.length === 0 ? capitalizedRuns(tokens) : capitalizedRuns(tokens).filter((run) => !run.some((token) => listed.some(([from, to]) => token.start >= from && token.start < to)));
  // ("The six towns yet to report are Kelbyton, Harrow, San Roe, and Quill": a list of places named as such.)
  if (placeList.test(frame)) {
    for (const match of frame.matchAll(placeListed)) for (const item of (match[1] ?? '').split(/,\s+(?:and\s+)?|\s+and\s+/u)) if (item.trim()) registry.places.add(item.trim().replace(/\.$/u, '').toLowerCase());
  }
  // ("LONDON (Reuters) - …", "KAMLOOPS – …": the dateline's place in capitals is no body's acronym.)
  // (Not "ROE: …", a transcript's speaker before a colon.)
  const place = capitalDateline.exec(frame);
  if (place?.[1]) registry.places.add(place[1].toLowerCase());
  // ("New Delhi: More than 70 flights …", "Metro Manila, Philippines – The commission …": a dateline in small letters
  // too, when its words open as a place's do or a country follows them.)
  const written = mixedDateline.exec(frame);
  if (written?.[1] && (placeOpenings.test((written[1].split(' ')[0] ?? '').toLowerCase()) || (written[2] && countryNamed(written[2])))) registry.places.add(written[1].toLowerCase());
  // ("Karachi [Pakistan], Nov 3 (ANI):": a wire's dateline with its country in square brackets.)
  const bracketed = bracketDateline.exec(frame);
  if (bracketed?.[1] && bracketed[2]) for (const place of [bracketed[1], bracketed[2], `${bracketed[1]} ${bracketed[2]}`]) registry.places.add(place.toLowerCase());
  if (frame.includes(':')) readTickers(registry, frame, base);
  readAcronymDefinitions(registry, frame, base);
  readSpokespeople(registry, frame, base);
  readOrganizations(registry, runs, base);
  readCompanyAppositions(registry, tokens, runs, base);
  if (frame.includes(' police')) readPlacePolice(registry, frame, base);
  if (frame.includes('&')) readLetterBodies(registry, frame, base);
  readRelatives(registry, frame, base);
  readOutlets(registry, runs, tokens, frame, base);
  readPeople(registry, tokens, frame, base);
  readPartners(registry, frame, base);
  if (frame.includes(' and ')) readCouples(registry, frame, base);
  readAges(registry, frame);
  if (frame.includes('@')) readHandles(registry, frame, base);
  if (frame.includes(' itself ') || frame.includes(' called ') || frame.includes(' known as ')) readSelfNamed(registry, frame, base);
  readKnownBodies(registry, runs, base);
  return tokens;
}

/**
 * "The label Kelby FM … On Monday, Kelby FM released the following statement:": a body read before (or earlier in the
 * paragraph), named again in full by a run of capitalised words, is mentioned there, whatever its words look like, so
 * that "it" and what the sentence introduces find it.
 */
function readKnownBodies(registry: Registry, runs: Token[][], base: number) {
  for (const run of runs) {
    const words = run[0]?.lower === 'the' && run.length > 1 ? run.slice(1) : run;
    const last = words.at(-1);
    if (!last || words.length < 2) continue;
    const name = words.map((token) => token.text).join(' ').replace(/['’]s$/u, '');
    const entity = registry.byName.get(name.toLowerCase());
    const offset = base + (words[0]?.start ?? 0);
    if (entity?.type !== 'organization' || registry.mentions.some((mention) => mention.offset === offset)) continue;
    registry.mentions.push(last.possessive ? { entity, offset, owner: true } : { entity, offset });
  }
}

/**
 * "the Brussels police", "Ixelles police said": a place's police force, written in small letters after its name, is a body
 * by that name, so that "the police said" finds it. (Not "Yesterday police", "Local police": a time, an adjective.)
 */
function readPlacePolice(registry: Registry, frame: string, base: number) {
  for (const match of frame.matchAll(/(?<=^|[\s(])((?:\p{Lu}[\p{L}'’-]+\s){1,2})police\b(?!\s+(?:[Ff]orce|[Ss]ervice|[Dd]epartment))/gu)) {
    // (The name alone: no capitalised word before it, "Jane Roe police", nor a possessive; nor a clock's "3.15 PM police".)
    if (/\p{Lu}[\p{L}'’-]*\s$/u.test(frame.slice(0, match.index ?? 0)) || (/^(?:AM|PM)\s$/u.test(match[1] ?? '') && /\d\s*$/u.test(frame.slice(0, match.index ?? 0)))) continue;
    const place = (match[1] ?? '').trim();
    if (place.split(/\s+/u).some((word) => /^(?:ADV|ADJ|DET|PRON|ADP|NUM|CCONJ|SCONJ|VERB|AUX)$/u.test(lexiconTag(word.toLowerCase()) ?? '') || /^(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu.test(word)) || registry.byName.get(place.toLowerCase())?.type === 'person') continue;
    // (The force the text also names in full, "the Lakemont Police Department": that body, called so for short.)
    const full = registry.entities.find((entity) => entity.type === 'organization' && entity.name.toLowerCase().startsWith(`${place.toLowerCase()} police `));
    if (full) add(registry, full, base + (match.index ?? 0));
    else organization(registry, null, `${place} police`, base + (match.index ?? 0));
  }
}

/**
 * "The RD&E trust apologised": a body's letters joined by "&", then its kind in small letters, is that body (so that "It
 * said" after finds it). (Letters with "&" are no place's, no rank's and no person's.)
 */
function readLetterBodies(registry: Registry, frame: string, base: number) {
  for (const match of frame.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{1,4}&\p{Lu}{1,4})\s+(trust|council|board|authority|commission|agency|union|group)\b/gu)) {
    const letters = match[1] ?? '';
    organization(registry, letters, `${letters} ${match[2] ?? ''}`, base + (match.index ?? 0));
  }
}

/**
 * "a group calling itself Kravcorp", "the gang, which calls itself Roe Team", "a little-known outfit called Roe": the
 * name a group goes by is an organisation's, whatever else it looks like, so that "the group wrote" finds it.
 */
const selfNamed = /\b(?:group|gang|organi[sz]ation|movement|collective|outfit|cell|faction|crew|network|militia|coalition|campaign|syndicate)\b,?\s+(?:which\s+|that\s+)?(?:calling\s+itself|calls\s+itself|called\s+itself|called|known\s+as|that\s+goes\s+by|going\s+by)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,3})/gu;
function readSelfNamed(registry: Registry, frame: string, base: number) {
  for (const match of frame.matchAll(selfNamed)) {
    const name = match[1] ?? '';
    const known = registry.byName.get(name.toLowerCase());
    if (known?.type === 'person' && !known.role && !known.gender && known.age === undefined) known.type = 'organization';
    organization(registry, null, name, base + (match.index ?? 0) + match[0].lastIndexOf(name));
  }
}

const wordsWithParticles = /(?<![\p{L}\p{N}/])(?:[aA]\/[lLpP]|[sSdD]\/[oO])(?![\p{L}\p{N}/])|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}&'’-]|\.(?=\p{L}))*\.?|[,;:()\u2026\u2013\u2014]/gu;
const plainWords = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}&'’-]|\.(?=\p{L}))*\.?|[,;:()\u2026\u2013\u2014]/gu;

export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  const source = text;
  // ("Ravi a/l Kumar", "Devi d/o Raman": a particle of descent written with a slash is one word.)
  // (Without a slash in the text that particle cannot stand in it: the shorter pattern, tried at every character, finds the same words.)
  // (One shared pattern read with `exec`, not `matchAll`, which copies it for every text; nothing called below reads words.)
  const words = text.includes('/') ? wordsWithParticles : plainWords;
  words.lastIndex = 0;
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    let value = match[0];
    let last = false;
    // (String tests, not patterns: this runs for every word of every paragraph.)
    if (value.endsWith('.') && value.indexOf('.') === value.length - 1 && value.length > 2 && !abbreviations.has(value.slice(0, -1).toLowerCase())) {
      value = value.slice(0, -1);
      last = true;
    }
    // ("the U.S. Virgin Islands’ hurricane plan", "the Nurses' Union": a plural's possessive drops its mark alone; a mark
    // before a comma or a stop closes a quotation.)
    const plural = (value.endsWith("s'") || value.endsWith('s’')) && value.length > 3 && /^\s+\p{L}/u.test(source.slice(match.index + value.length, match.index + value.length + 2));
    const text = value.endsWith("'s") || value.endsWith('’s') ? value.slice(0, -2) : plural ? value.slice(0, -1) : value;
    const first = text.charAt(0);
    const capital = first !== first.toLowerCase();
    const token: Token = { text, lower: text.toLowerCase(), capital: capital || isJoinedName(text), last, start: match.index, possessive: text !== value };
    // ("Juan Roe ‘Sonny’ Poe": a nickname in quotation marks between a name's words is one of them, written with its marks.)
    const marked = /^[’']$/u.test(value.slice(-1)) ? '' : source.charAt(match.index + value.length);
    const end = match.index + value.length + marked.length;
    if (capital && tokens.at(-1)?.capital && !tokens.at(-1)?.last && /^[‘“"']$/u.test(source.charAt(match.index - 1)) && /^[’”"']$/u.test(marked || value.slice(-1)) && /^ \p{Lu}/u.test(source.slice(end, end + 2))) {
      token.text = `${source.charAt(match.index - 1)}${value}${marked}`;
      token.lower = (marked ? value : value.slice(0, -1)).toLowerCase();
      token.nickname = true;
    }
    if (text !== value) token.written = value;
    // "Tan Sri Roslan", "Datuk Seri Lee": an honour of two words (either of which alone can be a name) opens no name.
    const before = tokens.at(-1);
    if (before && !before.last && (token.lower === 'sri' || token.lower === 'seri' || token.lower === 'puan') && isHonorificPair(before.text, text)) {
      before.capital = false;
      token.capital = false;
    }
    tokens.push(token);
  }
  return tokens;
}

const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);
export const isAcronym = (word: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(word) || /^\p{Lu}{2,}\d{0,3}$/u.test(word);

/**
 * "Comelec" for the "Commission on Elections", "Ofgem" for the "Office of Gas and Electricity Markets", "Nawro" for the
 * "National Water Regulatory Office": a body's short name made of the first letters of each word of its long name, in
 * order, that the text uses without defining it. One long name only, or none.
 */
function readContractions(registry: Registry, frames: Array<{ tokens: Token[]; base: number }>) {
  const bodies = registry.entities.filter((entity) => entity.type === 'organization' && /[\s-]/u.test(entity.name));
  if (bodies.length === 0) return;
  const seen = new Set<string>();
  for (const { tokens } of frames) {
    for (const token of tokens) {
      // (Capitals, "KE", or a word of four letters or more, "Sebi": never a title's abbreviation, "Mr", "Dr".)
      if (!token.capital || seen.has(token.lower) || token.text.length > 10 || !/^\p{Lu}[\p{L}]+$/u.test(token.text) || (token.text.length < 4 && !isAcronym(token.text))) continue;
      seen.add(token.lower);
      const known = registry.byName.get(token.lower);
      // (A word of the dictionary, or a name the text gave someone or something whole, is no contraction.)
      if ((known && !(known.type === 'organization' && known.name === token.text && known.aliases.size <= 1)) || (!isAcronym(token.text) && isLexiconWord(token.lower))) continue;
      const long = bodies.filter((entity) => entity !== known && contracts(token.lower, entity.name));
      if (long.length !== 1 || !long[0]) continue;
      const body = long[0];
      body.aliases.add(token.text);
      if (known) {
        for (const mention of registry.mentions) if (mention.entity === known) mention.entity = body;
        registry.entities.splice(registry.entities.indexOf(known), 1);
      }
      registry.byName.set(token.lower, body);
    }
  }
}

/** Whether `short` (lower case) is the first letters of each word of `name` (its small connectors aside), in order. */
function contracts(short: string, name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/u).filter((word) => word && !connectors.has(word) && word !== 'in');
  if (words.length < 2 || words.length > short.length) return false;
  const from = (at: number, word: number): boolean => {
    if (word === words.length) return at === short.length;
    const whole = words[word] ?? '';
    for (let take = Math.min(whole.length, short.length - at); take >= 1; take--) if (short.startsWith(whole.slice(0, take), at) && from(at + take, word + 1)) return true;
    return false;
  };
  return from(0, 0);
}

/** A word of a department's name, a noun of the language ("Settlements", "Affairs", "Health"). */
function departmentWord(lower: string): boolean {
  return isLexiconNoun(lower) || isLexiconNoun(lower.replace(/s$/u, ''));
}

// ("Lord Roe", "Baroness Roe": a peer is called by the title and the one name together; see `attribute.ts`.)
const peerTitles = /^(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess|Duke|Duchess|Marquess|Marchioness)$/u;

/**
 * The one person named in full whose surname `word` misspells by a letter ("Mr Nguze" after "Mbuvi Ngunze", "Muralidaran
 * says" after "E Muralidharan"): a word of five letters or more, with the surname's first letter.
 */
export function misspeltHolder(registry: Registry, word: string): Entity | undefined {
  if (word.length < 5) return undefined;
  // (Not a plural's letter: "Rovers" is no misspelt "Rover".)
  const found = registry.entities.filter((entity) => {
    const surname = surnameOf(entity.name);
    return entity.type === 'person' && entity.name.includes(' ') && surname.charAt(0) === word.charAt(0) && distance(surname, word) === 1 && `${surname}s` !== word && `${word}s` !== surname;
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Once every paragraph is read: a surname met before the full name it belongs to ("Ibarra says …" atop a live blog
 * that names Joaquín Ibarra Solé only further down, a headline, a lede that names someone in full later) is a mention
 * of that person too, so that "he said" after it finds them; so is a company's first word ("Altaterra is …"), for "it".
 */
export function readShortMentions(registry: Registry, frames: Array<{ tokens: Token[]; base: number }>): void {
  const first = new Map<Entity, number>();
  for (const mention of registry.mentions) if (mention.entity.type === 'person' && !((first.get(mention.entity) ?? Infinity) <= mention.offset)) first.set(mention.entity, mention.offset);
  // "Altaterra" for "Altaterra Mineração": a company called by the first word of its name, when no other shares it.
  const companies = new Map<string, Entity | null>();
  for (const entity of registry.entities) {
    const [word, ...rest] = entity.name.split(' ');
    if (entity.type !== 'organization' || rest.length === 0 || !word || !/^\p{Lu}\p{Ll}/u.test(word)) continue;
    const lower = word.toLowerCase();
    companies.set(lower, companies.has(lower) || registry.byName.has(lower) ? null : entity);
  }
  readContractions(registry, frames);
  let added = false;
  for (const { tokens, base } of frames) {
    tokens.forEach((token, index) => {
      if (!isNameToken(token)) return;
      // (Only a name standing alone: "Ibarra", not the "Ibarra" of another "Ana Ibarra".)
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      const offset = base + token.start;
      const titled = previous && !previous.last && !(next && !token.last && isNameToken(next)) && (isRoleWord(previous.lower) || isAcronym(previous.text)) && !registry.byName.has(token.lower) ? titledWordHolder(registry, token.text) : null;
      if (titled) {
        registry.mentions.push(token.possessive ? { entity: titled, offset, owner: true } : { entity: titled, offset });
        added = true;
        return;
      }
      // ("Irked by the request, Justice Aurangzeb asked …", "Mr Obinna said": after a title, one name no one else bears
      // and no dictionary holds is a person's, whom "he" after it can mean.)
      const single = previous && !previous.last && previous.capital && !(next && !token.last && isNameToken(next)) && !(tokens[index - 2] && !tokens[index - 2]?.last && isNameToken(tokens[index - 2] as Token)) && isTitleWord(previous.text, isLexiconNoun) && !peerTitles.test(previous.text) && !isLexiconWord(token.lower) && !isAcronym(token.text) && !registry.byName.has(token.lower) && !registry.places.has(token.lower) && !countryNamed(token.text) && !registry.entities.some((entity) => entity.name.split(' ').includes(token.text));
      if (single) {
        // ("Mbuvi Ngunze … Mr Nguze was adamant": a surname a letter away from one the text gave in full is that one,
        // misspelt.)
        const misspelt = misspeltHolder(registry, token.text);
        if (misspelt) registry.mentions.push(token.possessive ? { entity: misspelt, offset, owner: true } : { entity: misspelt, offset });
        else person(registry, token.text, previous.text, null, offset, token.possessive === true);
        added = true;
        return;
      }
      if ((previous && !previous.last && isNameToken(previous)) || (next && !token.last && isNameToken(next))) return;
      // ("Environment Secretary Jane Roe" is no mention of the Environment Agency: a word of the dictionary before a title.)
      const company = next && isRoleWord(next.lower) && isLexiconNoun(token.lower) ? undefined : companies.get(token.lower);
      if (company) {
        registry.mentions.push(token.possessive ? { entity: company, offset, owner: true } : { entity: company, offset });
        added = true;
        return;
      }
      const entity = registry.byName.get(token.lower);
      // ("Whether Kravcorp publishes more. Its post said …": a body of one word, no acronym, is mentioned wherever it stands.)
      if (entity?.type === 'organization' && entity.name.toLowerCase() === token.lower && !isAcronym(token.text) && !registry.mentions.some((mention) => mention.entity === entity && mention.offset === offset)) {
        registry.mentions.push(token.possessive ? { entity, offset, owner: true } : { entity, offset });
        added = true;
        return;
      }
      if (entity?.type !== 'person' || offset >= (first.get(entity) ?? -1)) return;
      registry.mentions.push(token.possessive ? { entity, offset, owner: true } : { entity, offset });
      added = true;
    });
  }
  if (added) registry.mentions.sort((a, b) => a.offset - b.offset);
}

/**
 * "Peter Lim Boon Huat … said Dr Lim", "Wong Kai Ming … Mr Wong": a family name need not be the last word (East Asian
 * names put it first, some Western ones before a given name in the middle). After a title, a word of exactly one
 * named person's name (not their last, which is an alias already) is that person.
 */
export function titledWordHolder(registry: Registry, word: string): Entity | null {
  if (word.length < 2 || registry.shared.has(word.toLowerCase())) return null;
  let found: Entity | null = null;
  for (const entity of registry.entities) {
    if (entity.type !== 'person') continue;
    const words = entity.name.split(' ');
    if (words.length < 3 || !words.slice(0, -1).includes(word) || words.some((part) => isPatronymic(part.toLowerCase()))) continue;
    if (found) return null;
    found = entity;
  }
  return found;
}

/**
 * Once every paragraph is read: a "person" the text also names as a place ("swamps Uherské Hradiště",
 * then "the mayor of Uherské Hradiště") is the place, and leaves the registry.
 */
export function forgetPlaces(registry: Registry): void {
  // News calls a person by the last word of the name and a company by the first: a "person" the text calls
  // only by its first word ("Brightwing" for "Brightwing Airways") is a company.
  // (Only when its last word is a common noun, "Airways", "Mining": "Ana Kovač" is still Ana when her first name stands alone.)
  for (const entity of registry.entities) {
    const words = entity.name.toLowerCase().split(' ');
    // ("Roslan bin Daud" is "Roslan" later: a name with a particle of descent is called by its first words.)
    if (entity.type !== 'person' || words.length < 2 || words.some(isPatronymic) || entity.paired) continue;
    const last = words.at(-1) ?? '';
    // (Or, whatever its last word, one the text calls by its first word again and again and never gives an age, a role or a title.)
    const firstAlone = registry.alone.get(words[0] ?? '') ?? 0;
    const undescribed = entity.role === null && entity.age === undefined && entity.gender === undefined && !entity.honoured;
    // (Not a woman or man the text calls by her given name, "his mother, Deborah," of "Deborah Harper": a harper is a noun too.)
    const givenAlone = entity.gender !== undefined && isGivenName(entity.name.split(' ')[0] ?? '');
    // (Nor "Dr Peter Carter", whom a courtesy title names a person, though a carter is a noun and "Peter" stands alone once.)
    const courtesy = entity.role !== null && /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?$/u.test(entity.role);
    if (firstAlone > 0 && !givenAlone && !courtesy && (registry.alone.get(last) ?? 0) === 0 && (isLexiconNoun(last) || organizationWords.has(last) || (firstAlone >= 2 && undescribed))) entity.type = 'organization';
  }
  // ("DPM Wong" in a headline read before the body names Wong Kai Ming: the rank and a word of that person's name are
  // the person, not a body; see `clubLike`.)
  const ranked = new Set<Entity>();
  for (const entity of registry.entities) {
    const [rank = '', word = '', ...rest] = entity.name.split(' ');
    const holder = entity.type === 'organization' && rest.length === 0 && isAcronym(rank) ? titledWordHolder(registry, word) : null;
    if (!holder) continue;
    for (const mention of registry.mentions) if (mention.entity === entity) mention.entity = holder;
    for (const [key, named] of registry.byName) if (named === entity) registry.byName.set(key, holder);
    ranked.add(entity);
  }
  if (ranked.size > 0) registry.entities = registry.entities.filter((entity) => !ranked.has(entity));
  // ("Deputy spokesperson for Eskar Dikatso Roe says": a body's name read with the name of the person who speaks for it,
  // whom the text names as a person there, is the body's words before it.)
  for (const body of registry.entities) {
    if (body.type !== 'organization') continue;
    // (Not a field after "and" in words of the language, "Ministry of Trade and Regional Integration", which no one is named.)
    const field = (name: string) => /\sand$/u.test(body.name.slice(0, -name.length - 1)) && !isGivenName(name.split(' ')[0] ?? '') && name.split(' ').every((word) => isLexiconWord(word.toLowerCase()));
    const person = registry.entities.find((candidate) => candidate.type === 'person' && candidate.name.includes(' ') && body.name.endsWith(` ${candidate.name}`) && personLike(candidate.name) && !field(candidate.name));
    const short = person ? body.name.slice(0, -person.name.length - 1) : '';
    if (!person || !/^\p{Lu}/u.test(short) || (registry.byName.get(short.toLowerCase()) ?? body) !== body) continue;
    body.aliases.delete(body.name);
    registry.byName.delete(body.name.toLowerCase());
    body.name = short;
    body.aliases.add(short);
    registry.byName.set(short.toLowerCase(), body);
  }
  // (Not one a role describes: "Wallabies coach Dave Rennie" is a person though a quotation says "get back to Dave Rennie".)
  const gone = new Set(registry.entities.filter((entity) => entity.type === 'person' && entity.role === null && registry.places.has(entity.name.toLowerCase())));
  if (gone.size === 0) return;
  registry.entities = registry.entities.filter((entity) => !gone.has(entity));
  registry.mentions = registry.mentions.filter((mention) => !gone.has(mention.entity));
  for (const [key, entity] of registry.byName) if (gone.has(entity)) registry.byName.delete(key);
}

/** "A spokesperson for Greenfield Power declined …": whoever a spokesperson speaks for is an organisation. */
function readSpokespeople(registry: Registry, frame: string, base: number) {
  if (!/spokes/iu.test(frame)) return;
  for (const match of frame.matchAll(/\bspokes(?:man|woman|person|people)\s+(?:for|of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&'’.-]*)(?:\s+(?:of|and|for|&)?\s*\p{Lu}[\p{L}\p{N}&'’.-]*){0,5})/gu)) {
    const name = (match[1] ?? '').replace(/['’]s$/u, '');
    const known = registry.byName.get(name.toLowerCase());
    // ("a spokesperson for the German aviation authority": a nationality describes the body, it does not name it.)
    if (known?.type === 'media' || isDemonym(name)) continue;
    // ("a spokeswoman for Roe", Dana Roe named before: a person's spokeswoman; Roe stays a person.)
    if (known?.type === 'person' && known.name.toLowerCase() !== name.toLowerCase()) continue;
    if (known?.type === 'person') known.type = 'organization';
    organization(registry, null, name, base + (match.index ?? 0) + match[0].indexOf(match[1] ?? ''));
  }
}

const bracketDateline = /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2})\s*\[(\p{Lu}[\p{L} ]+)\]/u;
const mixedDateline = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})(?:,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}))?\s*(?::|\s[-–—])\s/u;
const capitalDateline = /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3})(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?\s*(?:\([^)]{1,40}\)\s*)?[-–—]/u;

/**
 * "Roe Pharma (NASDAQ:RPH) shares", "Roe (LON:) said": a name before a stock ticker is a listed company's; the
 * exchange in the ticker is not a speaker.
 */
function readTickers(registry: Registry, frame: string, base: number) {
  for (const match of frame.matchAll(/(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})\s+\((NYSE|NASDAQ|Nasdaq|LSE|LON|TSX|ASX|NSE|BSE|HKEX|SGX|ETR|FRA|EPA|AMS|OTC|TYO|JSE|NZX)\s*:\s*[\p{Lu}\p{N}.]{0,8}\)/gu)) {
    const name = (match[1] ?? '').replace(/^(?:The|A|An)\s+/u, '');
    registry.places.add((match[2] ?? '').toLowerCase());
    if (registry.byName.get(name.toLowerCase())?.type === 'person') continue;
    describeAs(organization(registry, null, name, base + (match.index ?? 0) + (match[0].indexOf(name))), 'company');
  }
}

const timeWords = new RegExp(`^(?:Yesterday|Today|Tonight|Tomorrow|${weekdayNames}|${monthNames})$`, 'u');

/** "water resources board (WRB)": a long form followed by its acronym in brackets. */
function readAcronymDefinitions(registry: Registry, frame: string, base: number) {
  // ("ministry of defence (MoD)", "Department for Education (DfE)": small letters inside the letters are the connectors'.)
  for (const match of frame.matchAll(/\((\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,7})\)/gu)) {
    const acronym = match[1] ?? '';
    const at = match.index ?? 0;
    const words = wordsBefore(frame, at);
    let long = longFormFor(acronym.replace(/\p{Ll}/gu, ''), words) ?? bodyBefore(words);
    // ("the Kelby Airways Flight Attendants Union (FAU)": letters for the last words of a longer name, which is the body's.)
    const fuller = long ? bodyBefore(words) : null;
    const added = fuller && long && fuller.endsWith(` ${long}`) ? fuller.slice(0, -long.length - 1).split(' ') : [];
    if (fuller && added.length > 0 && added.length <= 4 && added.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !timeWords.test(word) && !/^(?:ADV|ADP|CCONJ|SCONJ|DET|PRON|VERB|AUX)$/u.test(lexiconTag(word.toLowerCase()) ?? ''))) long = fuller;
    // ("divisional forest officer (DFO)", "Chief Executive Officer (CEO)": a role's letters, which a person holds, not a
    // body's name.)
    if (!long || (isRoleWord((long.split(/\s+/u).at(-1) ?? '').toLowerCase()) && !organizationWords.has((long.split(/\s+/u).at(-1) ?? '').toLowerCase()))) continue;
    // "NSW Rural Fire Service (RFS)": an acronym just before the long form qualifies it and belongs to the name.
    const qualifier = words[words.length - long.split(/\s+/).length - 1];
    if (qualifier && isAcronym(qualifier) && !isAcronym(long.split(/\s+/)[0] ?? '')) long = `${qualifier} ${long}`;
    organization(registry, acronym, /^\p{Lu}/u.test(long) ? long : titleCase(long), base + at - long.length - 1);
  }
  // ("the Kelby Office of Police (Kelpol)": a short name in brackets after a body's, made of its words' openings in order.)
  for (const match of frame.includes(' (') ? frame.matchAll(/\((\p{Lu}\p{Ll}{3,9})\)/gu) : []) {
    const short = match[1] ?? '';
    const long = bodyBefore(wordsBefore(frame, match.index ?? 0));
    if (!long || isLexiconWord(short.toLowerCase()) || registry.places.has(short.toLowerCase()) || !spelledFrom(short.toUpperCase(), long) || long.split(/\s+/u).length < 2) continue;
    organization(registry, short, long, base + (match.index ?? 0) - long.length - 1);
  }
  // ("Members of KALPA (Kelby Airline Pilots Association) held …": the letters, then the long form in brackets after them,
  // each word's letter in order, the body's name ending in a body's word.)
  for (const match of frame.includes(' (') ? frame.matchAll(/\b(\p{Lu}{2,8})\s+\((\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|&|the|\p{Lu}[\p{L}'’-]*)){1,8})\)/gu) : []) {
    const [, acronym = '', long = ''] = match;
    if (!spelledFrom(acronym, long) || !organizationWords.has((long.split(/\s+/u).at(-1) ?? '').toLowerCase()) || registry.byName.get(acronym.toLowerCase())?.type === 'person') continue;
    organization(registry, acronym, long, base + (match.index ?? 0) + match[0].indexOf(long));
  }
  // ("The Nigeria Union of Petroleum and Natural Gas Workers, NUPENG, has said": the letters set between commas after a
  // body's name, when they spell it in order from its first letter on, as a union's or party's letters often take more
  // than initials.)
  if (!frame.includes(', ')) return;
  for (const match of frame.matchAll(/,\s(\p{Lu}{2,8}),\s/gu)) {
    const acronym = match[1] ?? '';
    const at = match.index ?? 0;
    const words = wordsBefore(frame, at);
    const long = longFormFor(acronym, words) ?? bodyBefore(words, true);
    if (!long || !spelledFrom(acronym, long)) continue;
    organization(registry, acronym, long, base + at - long.length);
  }
}

/** The last eight words before `at`, up to any that is no plain word (a figure, a mark): where a long form can stand. */
function wordsBefore(frame: string, at: number): string[] {
  const words = frame.slice(Math.max(0, at - 120), at).trim().split(/\s+/).slice(-8);
  const cut = words.findLastIndex((word) => !/^[\p{L}&'’-]+$/u.test(word));
  return cut >= 0 ? words.slice(cut + 1) : words;
}

/** Whether the letters of `acronym` stand in `name` in order, the first of them its first letter ("NUPENG" in "Nigeria Union of PEtroleum and Natural Gas"). */
function spelledFrom(acronym: string, name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (letters.charAt(0) !== acronym.charAt(0)) return false;
  let at = 0;
  for (const letter of acronym) {
    at = letters.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "the Aviation Safety Investigation Office (GISA)": a body's capitalised name right before an acronym in another
 * language's letters is still its long form, when it ends in a word for a body.
 */
function bodyBefore(words: string[], anywhere = false): string | null {
  // ("a Quebec provincial police (SQ) operation", "Kelby city council (KCC)": a place's capitalised name, then the body's
  // words in small letters, its last a body's word; the letters need not be the name's, a translation's often are not.)
  let tail = 0;
  while (tail < 3 && /^\p{Ll}+$/u.test(words[words.length - 1 - tail] ?? '') && !connectors.has(words[words.length - 1 - tail] ?? '') && /^(?:NOUN|ADJ|PROPN)$/u.test(lexiconTag(words[words.length - 1 - tail] ?? '') ?? 'NOUN')) tail++;
  if (!anywhere && tail > 0 && organizationWords.has(words.at(-1) ?? '')) {
    let start = words.length - tail;
    while (start > 0 && start > words.length - tail - 3 && /^\p{Lu}\p{Ll}+$/u.test(words[start - 1] ?? '') && !timeWords.test(words[start - 1] ?? '')) start--;
    if (start < words.length - tail) return words.slice(start).join(' ');
  }
  let from = words.length;
  // ("Brazil's National Mining Agency (ANM)": the owner before the name is no part of it.)
  while (from > 0 && !/['’]s$/u.test(words[from - 1] ?? '') && (/^\p{Lu}/u.test(words[from - 1] ?? '') || (connectors.has((words[from - 1] ?? '').toLowerCase()) && from < words.length))) from--;
  while (from < words.length && connectors.has((words[from] ?? '').toLowerCase())) from++;
  const candidate = words.slice(from).filter((word, index) => index > 0 || !/^(?:The|A|An)$/u.test(word));
  // ("Directorate-General of Health (DGS)", "Ministry of Health (MINSA)": a body's word may open the name, before "of".)
  const opens = candidate.length >= 3 && organizationWords.has((candidate[0] ?? '').toLowerCase().split('-')[0] ?? '') && /^(?:of|for)$/u.test(candidate[1] ?? '');
  // (`anywhere`: a body's word anywhere in the name will do, "Nigeria Union of Petroleum and Natural Gas Workers".)
  const body = anywhere ? candidate.some((word) => organizationWords.has(word.toLowerCase())) : organizationWords.has((candidate.at(-1) ?? '').toLowerCase()) || opens;
  if (candidate.length < 2 || !body) return null;
  return candidate.join(' ');
}

/** The last words of `words` whose initials spell `acronym` (connectors may be skipped). */
function longFormFor(acronym: string, words: string[]): string | null {
  for (let from = words.length - 1; from >= 0; from--) {
    const candidate = words.slice(from);
    const first = candidate[0] ?? '';
    if (connectors.has(first.toLowerCase())) continue;
    const initials = candidate
      .filter((word) => !connectors.has(word.toLowerCase()))
      .map((word) => (isAcronym(word) ? word.replace(/\./g, '') : word.charAt(0)))
      .join('')
      .toUpperCase();
    if (initials === acronym) return candidate.join(' ');
    // "Medicines and Healthcare products Regulatory Agency (MHRA)": a lower-case word inside the name has no letter.
    const capitals = candidate.filter((word) => !connectors.has(word.toLowerCase()) && /^\p{Lu}/u.test(word)).map((word) => (isAcronym(word) ? word.replace(/\./g, '') : word.charAt(0))).join('');
    if (capitals === acronym && /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(candidate.at(-1) ?? '')) return candidate.join(' ');
    if (initials.length > acronym.length && capitals.length > acronym.length) return null;
  }
  return null;
}

function titleCase(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((word, index) => (index > 0 && connectors.has(word.toLowerCase()) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** Capitalised runs with an organisation word ("Department of Coastal Affairs"), and bare acronyms. */
function readOrganizations(registry: Registry, runs: Token[][], base: number) {
  // "the Department of Justice's Division of Criminal Investigation": a body that owns another is a name of its own.
  const pieces = runs.flatMap((run) => {
    const owner = run.findIndex((token, index) => token.possessive === true && index < run.length - 1 && run.slice(0, index + 1).some((part) => organizationWords.has(part.lower)));
    return owner > 0 ? [run.slice(0, owner + 1), run.slice(owner + 1)] : [run];
  });
  for (const piece of pieces) {
    // ("the Upper House R. Devika Menon": an initial and two words of a name end the body's name; see `readPeople`.)
    const initial = piece.findIndex((token, index) => index > 0 && isInitial(token) && token.text.endsWith('.') && piece[index + 2] !== undefined);
    const owned = initial > 0 ? piece.slice(0, initial) : piece;
    // "Brazil's National Mining Agency": the owner before a body's name is no part of it.
    // ("Children's Hospital", "People's Party" keep theirs: only a country owns from outside the name.)
    const owner = owned.findLastIndex((token, index) => token.possessive === true && index < owned.length - 1 && countryNamed(owned.slice(0, index + 1).map((part) => part.text).join(' ')) !== undefined);
    const whole = owner >= 0 ? owned.slice(owner + 1) : owned;
    // ("said Mayor Jacqui Church": a title, a given name and a surname that is also a body's word name a person.)
    if (whole.length >= 3 && isRoleWord(whole[0]?.lower ?? '') && whole.slice(0, -2).every((token) => isRoleWord(token.lower)) && isGivenName(whole.at(-2)?.text ?? '') && organizationWords.has(whole.at(-1)?.lower ?? '')) continue;
    // "NSW Rural Fire Service Commissioner Jane Roe": the organisation ends where a title begins.
    // ("Ministry of Justice", "Office of the General Counsel": a role word after "of" is the body's own.)
    // ("Office of the Attorney General": a title of two words after "of the" is the body's own too.)
    // ("Waikato District Mayor Jacqui Church": a title, then a given name and a surname that is also a body's word.)
    // ("Roe Airways Director Service Delivery Jane Poe": so does a title the body's word follows, when a person's name ends the run.)
    const title = whole.findIndex((token, index) => index > 0 && isRoleWord(token.lower) && !connectors.has(whole[index - 1]?.lower ?? '') && !(index >= 2 && isRoleWord(whole[index - 1]?.lower ?? '') && connectors.has(whole[index - 2]?.lower ?? '')) && (whole.slice(0, index).some((before) => organizationWords.has(before.lower)) || (whole.length - index > 2 && !isLexiconNoun(whole.at(-1)?.lower ?? '') && !organizationWords.has(whole.at(-1)?.lower ?? '')) || (whole.length - index === 3 && isGivenName(whole[index + 1]?.text ?? ''))));
    // "the Health Ministry on Vasile Alecsandri Street": where a body stands is no part of its name.
    const at = whole.findIndex((token, index) => index > 0 && /^(?:on|in|at)$/u.test(token.lower) && placeEndings.test(whole.at(-1)?.lower ?? ''));
    const end = [title, at].filter((index) => index > 0);
    const run = end.length > 0 ? whole.slice(0, Math.min(...end)) : whole;
    // ("Clearwater County Sheriff's Office", "Children's Hospital": a possessive inside a body's name stays written.)
    const words = run.map((token, index) => (index < run.length - 1 && token.written ? token.written : token.text));
    let skipped = 0;
    // ("Tulsa-based Green Country Authority", "Nasdaq-listed Roe Group": where a body is based is no part of its name.)
    const described = words.findLastIndex((word, index) => index < words.length - 1 && isDescribingCompound(word));
    if (described >= 0) {
      words.splice(0, described + 1);
      skipped += described + 1;
    }
    while (words.length > 1 && ['The', 'A', 'An'].includes(words[0] ?? '')) {
      words.shift();
      skipped++;
    }
    // ("Jim Roe of Kelby Highway Patrol said": a person's two names, the first no English word, then "of" and the body; the body's
    // name is what follows, the person is read on their own.)
    const of = words.indexOf('of');
    // ("Professor Rosa Kim of Kelby University": a title before the name, too.)
    let titled = 0;
    while (titled < of - 2 && (isRoleWord((words[titled] ?? '').toLowerCase()) || isRoleWord((words[titled] ?? '').toLowerCase().replace(/\.$/u, ''))) && /^\p{Lu}/u.test(words[titled] ?? '')) titled++;
    const named = words.slice(titled, of);
    // ("Ben Ode of Kelby Council": a given name that is also an English word, "Ben", "Will", "Rose", opens it too.)
    // ("John O’Roe of Special Crime Operations", "Ann Roe-Poe of …": a surname's apostrophe or hyphen is a name's too.)
    if (named.length >= 2 && named.length <= 3 && words.length - of > 2 && (!isLexiconWord((named[0] ?? '').toLowerCase()) || isGivenName(named[0] ?? '')) && named.every((word) => /^\p{Lu}(?:\p{Ll}*['’]\p{Lu})?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word) && !organizationWords.has(word.toLowerCase()) && !isRoleWord(word.toLowerCase()) && !countryNamed(word))) {
      words.splice(0, of + 1);
      skipped += of + 1;
      // ("Jim Roe of the Kelby Highway Patrol": the article after "of" is no part of the body's name.)
      while (words.length > 1 && words[0] === 'the') {
        words.shift();
        skipped++;
      }
    }
    const offset = base + (run[skipped]?.start ?? 0);
    // ("Air Kelby", "Air India Express": an airline by the word it opens with; not a rank, "Air Vice Marshal Jane Roe".)
    const airline = words.length > 1 && words[0] === 'Air' && !/^(?:Marshal|Vice|Vice-Marshal|Chief|Commodore|Commander|Officer|Force|Traffic|Quality|Pollution|Ambulance|Conditioning|Show)$/u.test(words[1] ?? '');
    // ("Air India Express Spokesperson": the role after the airline's name is no part of it.)
    while (airline && words.length > 2 && isRoleWord((words.at(-1) ?? '').toLowerCase())) words.pop();
    // ("CEO speculation", "an MP's office": a role's acronym names no body.)
    // ("Friends of Kelby Park", "Parents for Safe Streets": a group named for its members, a plural noun before "of" or "for".)
    const members = words.length >= 3 && /^\p{Lu}\p{Ll}{2,}s$/u.test(words[0] ?? '') && isLexiconNoun((words[0] ?? '').toLowerCase()) && /^(?:of|for)$/u.test(words[1] ?? '');
    // ("Manitoba RCMP say", "Virden RCMP", "Kelby OPP": a national force's detachment by the place's name before its letters.)
    const detachment = words.length >= 2 && words.length <= 3 && /^(?:RCMP|OPP|PSNI|SAPS|PNP)$/u.test(words.at(-1) ?? '') && words.slice(0, -1).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && !sentenceWords.has(word.toLowerCase()) && !isRoleWord(word.toLowerCase()));
    // ("A FEMALE ranger was taken", "BREAKING": a word shouted in capitals, an adjective or a verb, is no body's letters.)
    // ("numerical PINS", "the TAXES": a plural noun of the dictionary in capitals, too.)
    const lower = (words[0] ?? '').toLowerCase();
    const shouted = lower.length >= 4 && (/^(?:ADJ|VERB|ADV)$/u.test(lexiconTag(lower) ?? '') || (lower.endsWith('s') && lexiconTag(lower.slice(0, -1)) === 'NOUN' && isLexiconNoun(lower)));
    if (words.length === 1 && isAcronym(words[0] ?? '') && !shouted && !placeAcronyms.has(words[0] ?? '') && !knownOutlets.has(words[0] ?? '') && !isRoleWord(words[0] ?? '') && !registry.places.has((words[0] ?? '').toLowerCase())) {
      organization(registry, words[0] ?? '', null, offset);
    } else if (words.length > 1 && /^(?:Street|Road|Lane|Avenue|Drive|Crescent|Terrace|Boulevard)$/u.test(words.at(-1) ?? '')) {
      // ("at Quill House in School Lane", "on Church Street", "College Road": a street's name, a body's word in it or not.)
      registry.places.add(words.join(' ').toLowerCase());
    } else if (words.length > 1 && (airline || members || detachment || words.some((word) => organizationWords.has(word.toLowerCase())) || / Fire and Rescue$/u.test(words.join(' '))) && !knownOutlets.has(words.join(' '))) {
      // ("Kelby Fire and Rescue attended …": a fire and rescue service by the words of its trade, "Service" left out.)
      const long = words.join(' ');
      const acronym = words
        .filter((word) => !connectors.has(word.toLowerCase()))
        .map((word) => (isAcronym(word) ? word.replace(/\./g, '') : word.charAt(0)))
        .join('');
      // ("Marine Accident Board of Norway" is "the MAB": a national body's acronym leaves out "of" and its country.)
      const national = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L} ]+)$/u.exec(long);
      const short = national?.[1] && national[2] && countryNamed(national[2]) !== undefined ? national[1].split(/\s+/u).filter((word) => !connectors.has(word.toLowerCase())).map((word) => word.charAt(0)).join('') : '';
      const named = short.length >= 2 && registry.byName.get(short.toLowerCase())?.type === 'organization' ? short : null;
      const body = organization(registry, detachment ? null : (named ?? (acronym.length >= 2 ? acronym : null)), long, offset);
      // ("Manitoba RCMP say … The RCMP said": the force's letters alone are the detachment the text named, when no other body
      // goes by them.)
      const letters = detachment ? (words.at(-1) ?? '') : '';
      if (body && letters && !registry.byName.has(letters.toLowerCase())) {
        body.aliases.add(letters);
        add(registry, body, -1);
      }
      if (body && short.length >= 2 && !named && !registry.byName.has(short.toLowerCase())) {
        body.aliases.add(short);
        add(registry, body, -1);
      }
      // ("Georgia Department of Natural Resources" is "the Georgia DNR", "DNR": a state's or city's body goes by the
      // letters of its name without the place.)
      const local = words.length >= 3 && !organizationWords.has((words[0] ?? '').toLowerCase()) && organizationWords.has((words[1] ?? '').toLowerCase()) ? words.slice(1).filter((word) => !connectors.has(word.toLowerCase())).map((word) => word.charAt(0)).join('') : '';
      if (body && local.length >= 3 && local !== short && !registry.byName.has(local.toLowerCase())) {
        body.aliases.add(local);
        add(registry, body, -1);
      }
    } else if (words.length === 2 && clubLike(registry, words)) {
      // "RCD Mediterráneo", "NHS Lothian": an acronym before a name no dictionary holds is a body, called later by that name.
      const long = words.join(' ');
      organization(registry, null, long, offset);
      const body = registry.byName.get(long.toLowerCase());
      const short = words[1] ?? '';
      if (body && !registry.byName.has(short.toLowerCase())) {
        body.aliases.add(short);
        registry.byName.set(short.toLowerCase(), body);
      }
    }
  }
}

/** A saint's title, which opens the names of schools, churches and hospitals. */
const saintly = /^(?:St\.?|Saint|Ste\.?|San|Santa|São)$/u;

/** "On Saturday Roe said": a day after "on", "last" or "this" dates the sentence; it opens no one's name. */
function datedBy(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  return isWeekday(tokens[at]?.text ?? '') && before !== undefined && !before.last && /^(?:on|last|this|next|since|until|by|from|before|after)$/u.test(before.lower);
}

/** A navy's or a kind of ship's prefix before its name: "BRP Boracay", "HMS Ardent", "MV Kelby Star". */
const vesselPrefix = /^(?:BRP|HMS|HMAS|HMCS|HMNZS|USS|USNS|USCGC|INS|PNS|KRI|RFA|MV|M\/V|MT|FV|RV)$/u;

/**
 * An acronym (no place, outlet or rank) and a capitalised word that is no English word nor a person's surname. (Not an
 * office's letters before its holder's name: "CM Shah", "DCP Patel".)
 */
function clubLike(registry: Registry, [first = '', second = '']: string[]): boolean {
  if (!isAcronym(first) || vesselPrefix.test(first) || placeAcronyms.has(first) || knownOutlets.has(first) || isRoleWord(first.toLowerCase()) || roleAcronyms.has(first)) return false;
  // ("B.J. Poe said": two or three letters each with its stop, before a surname, are a person's initials.)
  if (/^(?:\p{Lu}\.){2,3}$/u.test(first) && !/^(?:U\.S\.|U\.K\.|E\.U\.|U\.N\.)$/u.test(first)) return false;
  const lower = second.toLowerCase();
  // ("DPM Wong" after "Wong Kai Ming": a rank before a word of a named person's name is theirs; see `titledWordHolder`.)
  // ("a statement by the EC Thursday morning": a day after the letters dates what they did.)
  return /^\p{Lu}\p{Ll}/u.test(second) && !isRoleWord(lower) && !isLexiconNoun(lower) && !calendarWord.test(lower) && registry.byName.get(lower)?.type !== 'person' && !titledWordHolder(registry, second);
}

/**
 * "The main contractor, Tavora Engenharia e Construção,", "the carrier Brightwing Air": a name right after a noun
 * for a company is that company's whole name, whatever language its words are in.
 */
function readCompanyAppositions(registry: Registry, tokens: Token[], runs: Token[][], base: number) {
  for (const run of runs) {
    const at = tokens.indexOf(run[0] as Token);
    const comma = tokens[at - 1]?.text === ',';
    const noun = tokens[at - (comma ? 2 : 1)];
    // ("The agency's David Roe": a noun in the possessive owns the one named after it, a person as often as not.)
    if (!noun || noun.last || noun.possessive || run.length < 2 || connectors.has(run.at(-1)?.lower ?? '')) continue;
    // "the builder, Tavora Engenharia e Construção": after a noun a person can also be, only a name no person bears.
    const unlikePerson = run.some((token) => connectors.has(token.lower) || organizationWords.has(token.lower));
    // ("Danish maker Norvik Therapeutics", "drugmaker Roe Pharma": a maker of goods before a name, no comma between, is a company.)
    const makerOf = !comma && /^(?:maker|drugmaker|carmaker|automaker|chipmaker|planemaker|steelmaker|toymaker|producer)$/.test(noun.lower);
    // ("Vancouver contractor Robert Smid": a contractor may be a man as well as a firm.)
    const personToo = /^(?:builder|operator|developer|maker|owner|employer|constructor|contractor|subcontractor)$/.test(noun.lower);
    // ("operator Deutsche Bahn": a noun a person can be too, before a name like any other: the kind, should the name be a body's.)
    if (personToo && !unlikePerson && !comma) registry.kindsIfBody.set(run.map((token) => token.text).join(' ').toLowerCase(), noun.lower);
    if ((!companyNouns.test(noun.lower) || personToo) && !makerOf && !(personToo && unlikePerson)) continue;
    // "the head of the civil protection agency, André Roe,": the name is in apposition to the role, not to the agency.
    if (comma && !unlikePerson && roleOfBefore(tokens, at - 2)) continue;
    const name = run.map((token) => token.text).join(' ');
    if (registry.byName.get(name.toLowerCase())?.type === 'person' || knownOutlets.has(name)) continue;
    describeAs(organization(registry, null, name, base + (run[0]?.start ?? 0)), noun.lower);
  }
  readKindsAfter(registry, tokens, runs, base);
}

/** Nouns for a company, before its name ("the carrier Brightwing") or for it ("the company said"). */
const companyWords = 'firm|company|group|agency|charity|bank|club|carrier|airline|broadcaster|newspaper|insurer|retailer|manufacturer|start-?up|chain|brand|platform|website|consultancy|publisher|contractor|subcontractor|supplier|lender|utility|brewery|distillery|winery|bakery|restaurant|eatery|hotel|resort|supermarket|pharmacy|factory|dairy|dealership|franchise';
/** Nouns for a kind of organisation that a text uses to point back at one ("the union said"). */
const kindNouns = new RegExp(`^(?:${companyWords}|union|watchdog|regulator|non-?profit|organi[sz]ation|association|federation|foundation|institute|trust|party|coalition|alliance|network|operator|developer|builder|maker|drugmaker|carmaker|automaker|chipmaker|planemaker|steelmaker|ngo|university|hospital|college|school|council|board|authority|body)$`, 'u');

/**
 * "Open Wake, a Lisbon-based charity,", "Unite, the union, said": a name in apposition with a noun for a kind of
 * organisation is one, and is that kind. (Only the head noun of the apposition: "Jane Roe, a charity worker" is a person.)
 */
function readKindsAfter(registry: Registry, tokens: Token[], runs: Token[][], base: number) {
  for (const run of runs) {
    const last = run.at(-1) as Token;
    const at = tokens.indexOf(last) + 1;
    // ("the Unite union", "the GMB union": a name between "the" and the noun for its kind of body.)
    const kind = tokens[at];
    if (run.length <= 2 && !last.last && tokens[tokens.indexOf(run[0] as Token) - 1]?.lower === 'the' && kind && !kind.capital && namedKinds.test(kind.lower) && !kind.possessive && run.every((token) => lexiconTag(token.lower) !== 'ADJ' && !registry.places.has(token.lower))) {
      const name = run.map((token) => token.text).join(' ');
      const known = registry.byName.get(name.toLowerCase());
      if (known?.type !== 'person' && !knownOutlets.has(name) && countryNamed(name) === undefined) describeAs(known ?? organization(registry, null, name, base + (run[0]?.start ?? 0)), kind.lower);
      continue;
    }
    if (last.last || tokens[at]?.text !== ',' || !/^(?:a|an|the)$/u.test(tokens[at + 1]?.lower ?? '')) continue;
    const noun = kindAfter(tokens, at + 2);
    if (!noun) continue;
    const name = run.map((token) => token.text).join(' ');
    const known = registry.byName.get(name.toLowerCase());
    if (known?.type === 'person' || knownOutlets.has(name)) continue;
    describeAs(known ?? organization(registry, null, name, base + (run[0]?.start ?? 0)), noun);
  }
}

/** Kinds of body whose name stands before the noun: "the Unite union", "the Reform party". */
const namedKinds = /^(?:union|party|charity|campaign|movement|coalition|alliance|association|federation|group)$/u;

/** The noun for a kind of organisation that heads the phrase opening at `from` ("a Lisbon-based charity,"), if any. */
function kindAfter(tokens: Token[], from: number): string | null {
  for (let end = from; end < Math.min(tokens.length, from + 4); end++) {
    const token = tokens[end] as Token;
    // ("Dianne Roe, a Bank of America customer": a capitalised noun opens a body's name, whose member or customer follows.)
    if (kindNouns.test(token.lower) && !token.possessive && !(token.capital && !token.last && tokens[end + 1]?.lower === 'of' && tokens[end + 2]?.capital)) {
      const next = tokens[end + 1];
      // ("Harrow Foods, a Kelby-based food maker led by …": who leads or owns it follows the noun.)
      return token.last || !next || /^(?:,|;|that|which|who|based|in|of|for|with|run|founded|representing|backed|whose|led|owned|headed|operated|controlled)$/u.test(next.lower) ? token.lower : null;
    }
    // ("a Kelby-based food maker", "a Nasdaq-listed drugmaker": where it is based or listed describes it.)
    if (token.capital && isDescribingCompound(token.text)) continue;
    if (token.capital || !/^[\p{Ll}\p{N}][\p{L}\p{N}-]*$/u.test(token.text)) return null;
    // ("Dana Roe, a spokesperson for the board,", "a member of the council": the head noun came before the preposition
    // or article; the body after it is the one the person serves.)
    if (/^(?:for|of|at|to|in|on|with|from|by|the|a|an|and|or)$/u.test(token.lower)) return null;
  }
  return null;
}

const relativeInApposition = new RegExp(`(\\p{Lu}[\\p{L}'’-]+)['’]s\\s+(?:(?:eldest|youngest|older|younger|elder|only|\\d+-year-old)\\s+)?(${kinWords}),\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)\\s*,`, 'gu');

/** "Kowalczyk's daughter, Megan, stood …": a relative named by first name takes the family's surname. */
function readRelatives(registry: Registry, frame: string, base: number) {
  // "The Kowalczyk family released a statement": the family of the person of that surname, as one speaker.
  for (const match of frame.matchAll(/\b[Tt]he (\p{Lu}[\p{L}'’-]+) family\b/gu)) {
    // The first person of that surname the text named: the one the story is about, not a relative met later.
    const surname = (match[1] ?? '').toLowerCase();
    const holder = registry.entities.find((entity) => entity.type === 'person' && entity.name.toLowerCase().split(' ').at(-1) === surname);
    if (!holder) continue;
    const name = `${holder.name}'s family`;
    const family = registry.byName.get(name.toLowerCase()) ?? { name, type: 'organization' as const, role: null, affiliation: null, aliases: new Set<string>() };
    add(registry, family, base + (match.index ?? 0));
  }
  if (!/['’]s\s/u.test(frame)) return;
  for (const match of frame.matchAll(relativeInApposition)) {
    const [owner = '', relation = '', name = ''] = [match[1], match[2], match[3]];
    const holder = registry.byName.get(owner.toLowerCase());
    const surname = holder?.type === 'person' ? (holder.name.split(' ').at(-1) ?? owner) : owner;
    const full = name.includes(' ') ? name : `${name} ${surname}`;
    const at = base + (match.index ?? 0) + match[0].indexOf(name, owner.length);
    person(registry, full, relation, null, at);
  }
}

const partnerByFirstName = new RegExp(`\\b([Hh]is|[Hh]er)\\s+(${kinWords})\\s+(\\p{Lu}\\p{Ll}+)\\b(?![\\s-]+\\p{Lu})`, 'gu');

/**
 * "Linda Roe, 63, and her husband Keith": a relative called by a first name after "his"/"her" takes the surname
 * of the person of the paragraph named before it, so that "Mr Roe" later is Keith, not Linda.
 */
function readPartners(registry: Registry, frame: string, base: number) {
  if (!/\b[Hh](?:is|er)\s/u.test(frame)) return;
  for (const match of frame.matchAll(partnerByFirstName)) {
    const [owner = '', relation = '', first = ''] = [match[1], match[2], match[3]];
    const at = base + (match.index ?? 0);
    const gender = owner.toLowerCase() === 'her' ? 'female' : 'male';
    const holder = registry.mentions.filter((mention) => mention.offset >= base && mention.offset < at && mention.entity.type === 'person' && (!mention.entity.gender || mention.entity.gender === gender)).at(-1)?.entity;
    if (!holder || !holder.name.includes(' ') || registry.byName.has(first.toLowerCase())) continue;
    holder.gender ??= gender;
    person(registry, `${first} ${surnameOf(holder.name)}`, relation, null, at + match[0].indexOf(first, owner.length + relation.length));
  }
}

// "Mary and Martin Roe": a given name alone before another's full name, joined by "and", shares its surname.
const couple = /(?<![\p{L}'’.-]\s?)(?<![\p{Lu}][\p{L}'’-]*\s)(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s\p{Lu})/gu;

function readCouples(registry: Registry, frame: string, base: number) {
  for (const match of frame.matchAll(couple)) {
    const [first = '', partner = ''] = [match[1], match[2]];
    const known = registry.byName.get(partner.toLowerCase());
    // (Only a first name no word list holds, beside a person the text named in full: not "Police and Jane Roe".)
    if (known?.type !== 'person' || known.name !== partner || isLexiconWord(first.toLowerCase()) || registry.byName.has(first.toLowerCase()) || registry.places.has(first.toLowerCase()) || countryNamed(first)) continue;
    person(registry, `${first} ${surnameOf(partner)}`, null, null, base + (match.index ?? 0));
    const named = registry.byName.get(`${first} ${surnameOf(partner)}`.toLowerCase());
    if (named?.type === 'person') named.paired = known.paired = true;
  }
}

/** "Ana Roe, 42,", "Roe (42)": a person's age beside their name. */
function readAges(registry: Registry, frame: string) {
  if (!/\d/u.test(frame)) return;
  for (const match of frame.matchAll(/(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})(?:,\s*|\s*\()(\d{1,3})(?:,|\))/gu)) {
    // ("Manager Tom Roe, 51,": the name after a title that opens the sentence, its last words.)
    const words = (match[1] ?? '').split(' ');
    const entity = words.map((_, at) => registry.byName.get(words.slice(at).join(' ').toLowerCase())).find((found) => found?.type === 'person');
    if (entity) entity.age ??= Number(match[2]);
  }
}

/**
 * Names that list their fields ("Ministry of Environment, Forest and Climate Change"): a body's is registered whole, with
 * its initials; an office's is left to the person it titles. Returns where each stands, so that its pieces are read as
 * no names of their own.
 */
function readListedFields(registry: Registry, frame: string, base: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of frame.matchAll(listedFields)) {
    const kind = listedHead(match[1] ?? '');
    if (!kind) continue;
    const article = /^(?:The|A|An)\s+/u.exec(match[0])?.[0].length ?? 0;
    const start = (match.index ?? 0) + article;
    spans.push([start, start + match[0].length - article]);
    if (kind !== 'body') continue;
    const long = match[0].slice(article).replace(/\s+/gu, ' ');
    const initials = long.split(/[\s,]+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.charAt(0)).join('');
    organization(registry, initials.length >= 2 ? initials : null, long, base + start);
  }
  return spans;
}

/** Runs of capitalised words, joined by connectors ("Customs and Border Protection"). */
function capitalizedRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    if (token.capital && !sentenceWords.has(token.lower) && !datedBy(tokens, index)) run.push(token);
    // ("the 26 Engineer Regiment", "the 101st Airborne Division": a unit's number opens its name.)
    else if (run.length === 0 && /^\d{1,3}(?:st|nd|rd|th)?$/u.test(token.text) && tokens[index - 1]?.lower === 'the' && !tokens[index - 1]?.last && !token.last && next?.capital && !calendarWord.test(next.lower)) run.push(token);
    // "Regional 911 Authority": a number inside a body's name.
    // ("the Health Ministry on Tuesday": a day or a month after a connector ends the name.)
    // ("On Facebook the Kelby Police wrote": "the" joins a name only after a connector, "Bank of the …", or a verb, "Save
    // the Children"; after a name it opens the next one.)
    // ("St. John the Apostle Catholic School", "St Mary the Virgin Church": a saint's epithet after "the" inside the name.)
    else if (run.length >= 2 && token.lower === 'the' && saintly.test(tokens[index - 2]?.text ?? '') && next?.capital && !token.last && !tokens[index - 1]?.last) run.push(token);
    // ("wrote Kelby Fire Service on Facebook": "on" before a platform tells where a body wrote, no part of its name.)
    else if (run.length > 0 && ((connectors.has(token.lower) && (token.lower !== 'the' || connectors.has(tokens[index - 1]?.lower ?? '') || lexiconTag(tokens[index - 1]?.lower ?? '') === 'VERB')) || (/^\d{1,4}$/u.test(token.text) && !/^(?:1[89]|20)\d\d$/u.test(token.text))) && next?.capital && !token.last && !calendarWord.test(next.lower) && !(token.lower === 'on' && platforms.test(next.text))) run.push(token);
    // ("the Office of the Attorney General", "Bank of the West": "of the" inside a body's name, after the body's word, before
    // its next capitalised word; not a title's, "Speaker of the House … Jane Roe".)
    else if (run.length > 0 && organizationWords.has(run.at(-1)?.lower ?? '') && /^(?:of|for)$/u.test(token.lower) && next?.lower === 'the' && !token.last && !next.last && tokens[index + 2]?.capital === true && !sentenceWords.has(tokens[index + 2]?.lower ?? '') && !calendarWord.test(tokens[index + 2]?.lower ?? '')) run.push(token);
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (token.last && run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function organization(registry: Registry, acronym: string | null, long: string | null, offset: number): Entity | null {
  // ("DCP (North)", "the PS": an office by its initials, alone, is the person who holds it, no body.)
  const letters = long ?? acronym;
  if (letters !== null && roleAcronyms.has(letters) && (acronym === null || acronym === letters)) return null;
  // "Health Ministry" after "Ministry of Health": the same body, its words in the other order.
  const reordered = long ? otherOrder(long) : null;
  const known = (acronym ? registry.byName.get(acronym.toLowerCase()) : undefined) ?? (long ? registry.byName.get(long.toLowerCase()) : undefined) ?? (reordered ? registry.byName.get(reordered.toLowerCase()) : undefined) ?? (long ? fullerOrganization(registry, long) : undefined);
  if (known && known.type !== 'organization') return null;
  const entity = known ?? { name: '', type: 'organization' as const, role: null, affiliation: null, aliases: new Set<string>() };
  if (acronym) entity.aliases.add(acronym);
  if (long) entity.aliases.add(long);
  const longForm = [...entity.aliases].find((alias) => /\s(?:of|for)\s/.test(alias)) ?? [...entity.aliases].find((alias) => /\s/.test(alias));
  const short = [...entity.aliases].find((alias) => isAcronym(alias));
  entity.name = short && (acronymsAsNames.has(short) || !longForm) ? short : (longForm ?? short ?? long ?? entity.name);
  add(registry, entity, offset);
  return entity;
}

/**
 * "the High Court" after "the Northgate High Court": a body named again by the tail of the name the text gave it
 * first is that body, when one body alone ends so ("the Commission" is no one's when two commissions were named).
 */
function fullerOrganization(registry: Registry, long: string): Entity | undefined {
  const tail = ` ${long.toLowerCase()}`;
  // ("Kelby Fire and Rescue" after "Kelby Fire and Rescue Service", "Roe Foods" after "Roe Foods Ltd": so is a name of two
  // words or more without the body's word that ends it.)
  const head = /\s/u.test(long) ? `${long.toLowerCase()} ` : null;
  const ends = (name: string) => name.endsWith(tail) || (head !== null && name.startsWith(head) && organizationWords.has(name.slice(head.length)));
  let found: Entity | undefined;
  for (const entity of registry.entities) {
    if (entity.type !== 'organization' || !ends(entity.name.toLowerCase())) continue;
    if (found && found !== entity) return undefined;
    found = entity;
  }
  return found;
}

/** Note what the text calls an organisation: "the Lisbon-based charity Open Wake" is a charity. */
function describeAs(entity: Entity | null | undefined, noun: string): void {
  if (entity?.type === 'organization') (entity.kinds ??= new Set()).add(noun.toLowerCase());
}

function readOutlets(registry: Registry, runs: Token[][], tokens: Token[], frame: string, base: number) {
  for (const whole of runs) {
    // ("Britain's Daily Telegraph": the country that owns the paper is no part of its name.)
    const owner = whole.findLastIndex((token, index) => token.possessive === true && index < whole.length - 1 && (countryNamed(token.text) || registry.places.has(token.lower)));
    const run = owner >= 0 ? whole.slice(owner + 1) : whole;
    const words = run.map((token) => token.text);
    if (words[0] === 'The' && words.length > 1) words.shift();
    if (words.length < 2 || !isOutletName(words)) continue;
    const name = words.join(' ');
    const entity = registry.byName.get(name.toLowerCase()) ?? { name, type: 'media' as const, role: null, affiliation: null, aliases: new Set<string>() };
    entity.type = 'media';
    add(registry, entity, base + (run[0]?.start ?? 0));
  }
  for (const token of tokens) {
    const candidates = token.capital ? outletsByFirstWord.get(token.text) : undefined;
    const name = candidates?.find((outlet) => frame.startsWith(outlet, token.start) && !/\p{L}/u.test(frame.charAt(token.start + outlet.length)));
    if (!name) continue;
    const entity = registry.byName.get(name.toLowerCase()) ?? { name, type: 'media' as const, role: null, affiliation: null, aliases: new Set<string>() };
    entity.type = 'media';
    add(registry, entity, base + token.start);
  }
  // An outlet a statement is given to: "told X", "a statement to X", "confirmed to X", "sent to X".
  for (const match of frame.matchAll(/\b(?:told|(?:statement|comment|comments|interview|spoke|speaking|confirmed|sent|said)\s+(?:to|with))\s+((?:\p{Lu}[\p{L}.&'’-]*\s?){1,4})/gu)) {
    const name = (match[1] ?? '').trim().replace(/['’]s$/, '');
    if (!name || registry.byName.get(name.toLowerCase())?.type === 'person' || /^(?:The|He|She|They|It|We|I|You)$/.test(name)) continue;
    if (name.split(/\s+/).some((word) => organizationWords.has(word.toLowerCase()) && !/^(?:news|post|times|journal|press)$/i.test(word))) continue;
    // ("it told Roe Air to cancel flights": an order given, not words given to an outlet.)
    if (match[0].startsWith('told') && /^\s*to\s+\p{Ll}/u.test(frame.slice((match.index ?? 0) + match[0].length))) continue;
    const known = registry.byName.get(name.toLowerCase());
    const entity = known ?? { name, type: 'media' as const, role: null, affiliation: null, aliases: new Set<string>() };
    entity.type = 'media';
    add(registry, entity, base + (match.index ?? 0) + match[0].indexOf(name));
  }
}

/** People: a title before a name, an apposition after it, or any two or three capitalised names. */
function readPeople(registry: Registry, tokens: Token[], frame: string, base: number) {
  for (let index = 0; index < tokens.length; index++) {
    // "H E Jassim Roe": His (or Her) Excellency's letters, written without stops, are an honour before the name, not its
    // initials (which would take two of its four words).
    if (excellency(tokens, index) || (index > 0 && excellency(tokens, index - 1))) continue;
    const name: Token[] = [];
    // Whether the name began after other capitalised words ("… Varna Sabha M. Ravi Kumar"): see below.
    let restarted = false;
    // (Four words of a name, its particles aside: "Siti Hajar binti Abdul Rahman", "Maria da Conceição dos Santos".)
    let words = 0;
    // ("Minister of Disaster Management Ana Maria Roe": after a title and "of", the department's words come first, and
    // are left to the title below; the name after them is read whole.)
    const department = index >= 2 && /^(?:of|for)$/u.test(tokens[index - 1]?.lower ?? '') && !tokens[index - 1]?.last && isTitleWord(tokens[index - 2]?.text ?? '', isLexiconNoun);
    // ("Minister for Water and Sanitation Ahmed Raza Khan": after "and" in a portfolio, its last field comes first; see below.)
    const fieldAfterAnd = index >= 3 && /^(?:and|&)$/u.test(tokens[index - 1]?.lower ?? '') && !tokens[index - 1]?.last && tokens.slice(Math.max(0, index - 8), index - 1).some((token) => /^(?:of|for)$/u.test(token.lower) && !token.last);
    const most = department ? 6 : fieldAfterAnd ? 5 : 4;
    for (let at = index; at < tokens.length && words < most; at++) {
      const token = tokens[at] as Token;
      // ("Leader of the Opposition in the Varna Sabha M. Ravi Kumar": an initial followed by two words of a name opens
      // the name; the capitalised words before it are a title or a body, not a first name with a middle initial.)
      if (name.length >= 2 && !name.some(isInitial) && isInitial(token) && /\.$/u.test(token.text) && !token.last && isNameToken(tokens[at + 1] as Token) && !(tokens[at + 1] as Token).last && tokens[at + 2] !== undefined && isNameToken(tokens[at + 2] as Token)) {
        name.length = 0;
        words = 0;
        index = at;
        restarted = true;
      }
      // "Fergal Ó Roe", "Ursula von der Roe": a surname's particle inside a name, never at its ends.
      const particle = name.length > 0 && !token.last && isParticle(token.text) && (isNameToken(tokens[at + 1] as Token) || (isParticle(tokens[at + 1]?.text ?? '') && isNameToken(tokens[at + 2] as Token)));
      // ("R K Sharma", "N. Ramesh Kumar": initials open a name, before its words.)
      // ("John W. Combe", "Mary K. Olsen": a middle initial between a first name and the surname is the name's too.)
      // ("Peter A Smith": a middle initial written without its stop, "A" too, between a first name and the surname.)
      // ("Marcus JT Roe": two middle initials run together, as British papers write them.)
      const middle = name.length > 0 && !name.some(isInitial) && (isInitial(token) ? /\.$/u.test(token.text) || name.length === 1 : (token.text === 'A' || (/^\p{Lu}{2}$/u.test(token.text) && !roleAcronyms.has(token.text) && !isRoleWord(token.lower))) && name.length === 1) && !token.last && tokens[at + 1] !== undefined && isNameToken(tokens[at + 1] as Token) && !(tokens[at + 1] as Token).last;
      // ("General Secretary CH Roe", "Chief Minister MK Roe": initials run together open a name after a title, before a
      // surname that ends it.)
      // ("resident TJ Roe said": after a role in small letters too.)
      const before = tokens[at - 1];
      const titledBefore = before !== undefined && !before.last && ((before.capital && isTitleWord(before.text, isLexiconNoun)) || (/^\p{Ll}+$/u.test(before.text) && isRoleWord(before.lower)));
      const runTogether = name.length === 0 && /^\p{Lu}{2,3}$/u.test(token.text) && !roleAcronyms.has(token.text) && !token.last && at > 0 && titledBefore && isNameToken(tokens[at + 1]) && !(isNameToken(tokens[at + 2]) && !tokens[at + 1]?.last) && registry.byName.get(token.lower)?.type !== 'organization';
      // ("District Collector A Md Imtiaz": after a title, "A" before a name is an initial, not the article.)
      // ("C A Roe": nor after another initial, before the surname.)
      // ("police commissioner A K Roe", "said A K Roe": "A" before another initial and a surname, after a word in small letters
      // too.)
      const titledA = (name.length === 0 && token.text === 'A' && !token.last && at > 0 && tokens[at - 1]?.capital === true && !tokens[at - 1]?.last && isTitleWord(tokens[at - 1]?.text ?? '', isLexiconNoun) && isNameToken(tokens[at + 1])) ||
        (name.length === 0 && token.text === 'A' && !token.last && at > 0 && !tokens[at - 1]?.last && /^\p{Ll}/u.test(tokens[at - 1]?.text ?? '') && tokens[at + 1] !== undefined && isInitial(tokens[at + 1] as Token) && !tokens[at + 1]?.last && isNameToken(tokens[at + 2])) || (name.length > 0 && name.every(isInitial) && !name.at(-1)?.last && token.text === 'A' && !token.last && isNameToken(tokens[at + 1]));
      const initial = middle || runTogether || titledA || (name.every(isInitial) && isInitial(token) && !token.last && tokens[at + 1] !== undefined && (isNameToken(tokens[at + 1] as Token) || isInitial(tokens[at + 1] as Token) || (tokens[at + 1]?.text === 'A' && !tokens[at + 1]?.last && isNameToken(tokens[at + 2]))));
      // ("Abid Jalaluddin Sheikh, chief operating officer": a title that is also a surname, last after two names.)
      const titledSurname = name.length >= 2 && /^(?:Sheikh|Shaikh|Sultan|Mirza|Syed|Malik|Raja|Rana|Pasha|Begum|Bibi)$/u.test(token.text) && !(tokens[at + 1] && !token.last && isNameToken(tokens[at + 1] as Token));
      // ("Prime Minister Sheikh Hasina said": an honour South Asian names carry as their first word, before one word of a
      // name alone, is the name's.)
      const honourName = name.length === 0 && honourNames.test(token.text) && !token.last && isNameToken(tokens[at + 1]) && (tokens[at + 1]?.last === true || tokens[at + 1]?.possessive === true || !isNameToken(tokens[at + 2])) && !registry.entities.some((candidate) => candidate.type === 'person' && !candidate.name.startsWith(`${token.text} `) && candidate.name.split(' ').length > 1 && candidate.name.split(' ').includes(tokens[at + 1]?.text.replace(/['’]s$/u, '') ?? ''));
      if (!isNameToken(token) && !particle && !initial && !titledSurname && !honourName && !roleSurname(registry, tokens, name, at)) break;
      // ("Lizzy Roe Ward 22 councillor", "Jan Poe Route 9": a word a number follows is a ward's or a road's, no name's.)
      if (name.length >= 2 && !token.last && /^\d/u.test(tokens[at + 1]?.text ?? '')) break;
      // "Updated Oct. 23", "No. 10": a date's month and a number's sign are never part of a name.
      // ("said union president Jane Roe Tuesday": the day after a name, as American papers write it, is no part of it.)
      if (/^(?:no|nos)\.$/u.test(token.lower) || (calendarWord.test(token.lower.replace(/\.$/u, '')) && (token.text.endsWith('.') || /^\d/u.test(tokens[at + 1]?.text ?? ''))) || (name.length > 0 && isWeekday(token.text)) || (name.length === 0 && datedBy(tokens, at))) break;
      name.push(token);
      if (!isParticle(token.text)) words++;
      if (token.last || token.possessive) break;
    }
    // "Francisco Roe III", "Jose Roe Jr.": a generation's mark closes the name (its surname stays the word before it).
    const mark = tokens[index + name.length];
    if (name.length >= 2 && mark && generation.test(mark.text) && /^\p{Lu}/u.test(mark.text) && !name.at(-1)?.last && !name.at(-1)?.possessive) name.push(mark);
    // "Sentencing Oskar Roe at the crown court, …": a participle opening the sentence, capitalised only for standing
    // first, is not the first name of the name after it; nor before a surname alone that closes the phrase ("Sentencing
    // Roe, Justice …").
    const opening = name[0];
    const closed = name.length === 2 && frame.charAt((name[1]?.start ?? 0) + (name[1]?.text.length ?? 0)) === ',';
    // ("Councillor for Health, Cultural Diversity and Learning Neil Roe": so is the last of a portfolio's fields.)
    // ("Addressing Trump's recent remarks, …": or before a name in the possessive.)
    // ("Minister for National Food Security and Research Chaudhary Tariq Bashir Cheema": or a noun of the language that no
    // one is named, a portfolio's last field after "and".)
    const lastField = fieldAfterAnd && name.length >= 3 && opening !== undefined && !opening.last && isLexiconNoun(opening.lower) && !isGivenName(opening.text);
    if (lastField || ((name.length >= 3 || closed || name.at(-1)?.possessive === true) && opening && (index === 0 || tokens[index - 1]?.last || (name.length >= 3 && /^(?:and|&)$/u.test(tokens[index - 1]?.lower ?? ''))) && /^\p{L}{4,}ing$/u.test(opening.lower) && lexiconTag(opening.lower) === 'VERB')) {
      name.shift();
      index++;
      restarted = true;
    }
    // ("Deputy Inspector General (DIG) East Amir Roe", "representative for north Kelby Mark Roe": a point of the compass
    // after a title, or the place it qualifies, is the post's district, no part of the name of two words after it.)
    const district = tokens[index - 1];
    if (name.length >= 3 && name[0] && !name[0].last && ((compassPoint.test(name[0].lower) && district !== undefined && !district.last && (district.text === ')' || isTitleWord(district.text, isLexiconNoun))) || (district !== undefined && !district.capital && !district.last && compassPoint.test(district.lower) && /^(?:for|of)$/u.test(tokens[index - 2]?.lower ?? '')))) {
      name.shift();
      index++;
      restarted = true;
    }
    // ("Australian Defense on Sunday named …", "Kenyan Jane Roe won": a country's adjective opens no one's name.)
    // ("Popular Vermont craft brewery …", "Embattled Kelby mayor Jane Roe …": nor does an adjective capitalised only for
    // standing first before one other capitalised word, unless it is a given name or a surname's, "Rich", "Brown", "Young".
    // "Independent Retailers Ireland" keeps its first word.)
    const firstWord = index === 0 || tokens[index - 1]?.last === true;
    if (name.length >= 2 && name[0] && !name[0].last && (isCountryAdjective(name[0].text) || (firstWord && name.length === 2 && isOpeningAdjective(name[0].text)))) {
      name.shift();
      index++;
      restarted = true;
    }
    // ("Democrat Brett Roe told supporters": an American party's member, written before the name as a title is, opens no name
    // of two words after it.)
    if (name.length >= 3 && name[0] && !name[0].last && /^(?:Democrat|Republican)$/u.test(name[0].text)) {
      name.shift();
      index++;
      restarted = true;
    }
    const before = tokens[index - 1];
    // "the construction company Tavora", "the carrier Brightwing": one name after a noun for a company is the company's.
    // ("network operator T-Mobile", "the telco Kelnet": so is a single name after "operator" or "telco", which before a
    // name of two words is a person's trade, "ferry operator Jan Roe".)
    if (name.length === 1 && before && !before.last && (companyNouns.test(before.lower) || /^(?:operator|telco)$/u.test(before.lower)) && registry.byName.get(name[0]?.lower ?? '')?.type !== 'person') {
      describeAs(organization(registry, null, name[0]?.text ?? '', base + (name[0]?.start ?? 0)), before.lower);
      continue;
    }
    // ("Aston Villa's Jack Roe": a name after one in the possessive is a name of its own.)
    // ("On Monday Jane Roe beat …": a day that dates the sentence, read as no name, opens none before hers.)
    if (name.length < 2 || (before && !before.last && isNameToken(before) && !before.possessive && !restarted && !datedBy(tokens, index - 1))) continue;
    // "Harrow & Roe", "Lyle & Poe": names joined by an ampersand are a firm's, never a person's.
    const joined = name.slice(1).some((token, at) => {
      const previous = name[at] as Token;
      return frame.slice(previous.start + (previous.written ?? previous.text).length, token.start).includes('&');
    });
    if (joined) {
      const last = name.at(-1) as Token;
      organization(registry, null, frame.slice(name[0]?.start ?? 0, last.start + last.text.length), base + (name[0]?.start ?? 0));
      index += name.length - 1;
      continue;
    }
    // "the Hospital do Espírito Santo", "University of Santa Cruz": the rest of a body's name, not a person.
    if (before && !before.last && connectors.has(before.lower) && organizationWords.has(tokens[index - 2]?.lower ?? '') && name.length <= 2) {
      index += name.length - 1;
      continue;
    }
    // "the sports law firm Ferrand Lyle", "the airline Brightwing Air": a name after a noun for a company is the company's;
    // so is a name ending in a trade ("Kovac Mining", "Brill Shipping").
    // ("Lee Mei Ling", "Chen King": a short word that merely ends so is no trade.)
    const trade = /^\p{L}{3,}ing$/u.test(name.at(-1)?.lower ?? '') && isLexiconNoun(name.at(-1)?.lower ?? '');
    // ("Oslo-listed Roe Marine", "the state-owned Roe Rail": what is listed, traded or owned is a company.)
    const listed = before !== undefined && !before.last && /-(?:listed|owned|registered|traded|quoted|headquartered|operated)$/iu.test(before.text);
    // ("Harrow Foods reported …", "Kelby Capital said": a word no one is named, then a firm's trade, is a firm.)
    const firm = name.length === 2 && firmTails.has(name[1]?.lower ?? '') && !isGivenName(name[0]?.text ?? '') && !name[1]?.possessive;
    // ("Harrow Global have confirmed it is closing …", "Kelby Water are warning …": a name a plural verb follows, as British
    // papers write of a company, is no one person; not the last of several, "Jo Roe and Sam Poe have", nor a country.)
    const verb = tokens[index + name.length];
    const plural = (name.length === 2 || name.length === 3) && verb !== undefined && !name.at(-1)?.last && !name.at(-1)?.possessive && !verb.last && (verb.lower === 'have' ? /^\p{Ll}+$/u : /^\p{Ll}+ing$/u).test(tokens[index + name.length + 1]?.text ?? '') && /^(?:have|are)$/u.test(verb.lower) && countryNamed(name.map((token) => token.text).join(' ')) === undefined && !isGivenName(name[0]?.text ?? '') && !/^(?:and|&|,|or|nor)$/u.test(before?.lower ?? '');
    // (Not a given name and a surname after a noun a man can be too: "Vancouver contractor Robert Smid".)
    const kindOfFirm = before !== undefined && !before.last && !before.possessive && companyNouns.test(before.lower) && !(/^(?:sub)?contractor$/u.test(before.lower) && name.length === 2 && isGivenName(name[0]?.text ?? ''));
    if (trade || listed || firm || plural || kindOfFirm) {
      const entity = organization(registry, null, name.map((token) => token.text).join(' '), base + (name[0]?.start ?? 0));
      if (before && companyNouns.test(before.lower)) describeAs(entity, before.lower);
      index += name.length - 1;
      continue;
    }
    // "in Staré Město", "the mayor of Uherské Hradiště", "a student from Co Galway": a place, not a person.
    // "a Co Galway man", "County Kerry": an Irish or British county is a place.
    // ("Sta. Maria Bulacan", "Sto. Tomas": Santa and Santo shortened open a Philippine or Latin American town's name.)
    if (/^(?:co|county)$/u.test(name[0]?.lower ?? '') || (before?.lower === 'co' && !before.last) || (before !== undefined && /^(?:sta|sto)\.?$/u.test(before.lower) && before.capital)) {
      registry.places.add(name.map((token) => token.lower).join(' '));
      index += name.length - 1;
      continue;
    }
    // "Tonawanda, N.Y.", "West Amherst, N.Y.-based", "Kelby, Calif.": a name before an American state's or a Canadian
    // province's abbreviation, as American and Canadian papers write them, is a town.
    if (stateAfter.test(frame.slice((name.at(-1)?.start ?? 0) + (name.at(-1)?.text.length ?? 0)))) {
      registry.places.add(name.map((token) => token.lower).join(' '));
      index += name.length - 1;
      continue;
    }
    // "Rua da Mouraria", "Calle Mayor", "Piazza Navona": a name that opens with a kind of street is the place.
    if (/^(?:rua|avenida|calle|via|viale|rue|piazza|plaza|praça|largo|strasse|straße|platz|ulica|aleja|avenue|boulevard|mount|lake|port|fort|saint|st)$/u.test(name[0]?.lower ?? '') && !speaksAsPerson(tokens, index, name.length)) {
      registry.places.add(name.map((token) => token.lower).join(' '));
      index += name.length - 1;
      continue;
    }
    // ("Cyclone Gabrielle", "Hurricane Ana", "Tropical Storm Roe": a storm's name, no one's.)
    // ("BRP Boracay", "HMS Ardent", "MV Kelby Star": a ship, named by its navy's or its kind's prefix, speaks for no one.)
    if (/^(?:cyclone|hurricane|typhoon|tropical)$/u.test(name[0]?.lower ?? '') || (name.length >= 2 && vesselPrefix.test(name[0]?.text ?? ''))) {
      index += name.length - 1;
      continue;
    }
    // "on Orchard Lane", "off Harbour Road": a name that ends in a kind of place is the place.
    // "Prof Hyun-woo Park, a consultant, said", "Jane Hill said": a person whose surname is a kind of place.
    if (placeEndings.test(name.at(-1)?.lower ?? '') && !speaksAsPerson(tokens, index, name.length)) {
      registry.places.add(name.map((token) => token.lower).join(' '));
      index += name.length - 1;
      continue;
    }
    // ("the MP for Kelby-on-Sea Central", "the member for Harrow West": after an elected member's title and "for", the seat.)
    // (Not a title over a name, "Councillor for Kelby North Ann Roe": "the" before the member's title says it describes.)
    if (before?.lower === 'for' && !before.last && seatHolders.test(tokens[index - 2]?.lower ?? '') && tokens[index - 3]?.lower === 'the') {
      registry.places.add(name.map((token) => token.lower).join(' '));
      index += name.length - 1;
      continue;
    }
    // ("a trial between Roy Sand and his accuser": after "between" come the parties to something, people as often as
    // places; a place's name there is a country or opens with a word places open with.)
    const parties = before?.lower === 'between' && !countryNamed(name.map((token) => token.text).join(' ')) && !placeOpenings.test(name[0]?.lower ?? '');
    // ("Former Kelby Ambassador to Switzerland Jane Roe said": after a title and "to", the post, then the person.)
    const posted = before?.lower === 'to' && name.length > 2 && isTitleWord(tokens[index - 2]?.text ?? '', isLexiconNoun) && countryNamed(name[0]?.text ?? '') !== undefined;
    if (before && !before.last && !parties && !posted && /^(?:in|at|near|of|from|to|into|across|outside|around|towards?|between|across)$/.test(before.lower)) {
      const governor = tokens[index - 2]?.lower ?? '';
      // "Administrator of Elections Lorraine Roe": after a title and "of" comes a department, then a person.
      const titled = /^(?:of|for)$/.test(before.lower) && name.length > 2 && isTitleWord(tokens[index - 2]?.text ?? '', isLexiconNoun);
      // "a letter from Loretta Roe of Okmulgee": a person of a place, not the place.
      const ofPlace = name.length >= 2 && name.length <= 3 && tokens[index + name.length]?.lower === 'of' && tokens[index + name.length + 1]?.capital === true && !name.at(-1)?.last;
      // ("the retirement of Mene Roe, the long-time head of research": a name a role describes is a person's.)
      const described = name.length >= 2 && appositionAfter(frame, (name.at(-1)?.start ?? 0) + (name.at(-1)?.text.length ?? 0), registry).role !== null;
      // ("a recording of John Roe, of Kelby Grammar School,": a given name and a surname alone, no town's name, are a person's.)
      const personal = before.lower === 'of' && name.length === 2 && isGivenName(name[0]?.text ?? '') && !isPlaceName(name.map((token) => token.text).join(' ')) && !placeOpenings.test(name[0]?.lower ?? '') && !placeEndings.test(name[1]?.lower ?? '');
      if (!titled && !ofPlace && !described && !personal && !(before.lower === 'from' && documentWords.has(governor)) && !(before.lower === 'of' && /^(?:wife|husband|son|daughter|mother|father|brother|sister|widow|family|lawyer|friend)$/.test(governor))) {
        registry.places.add(name.map((token) => token.lower).join(' '));
        index += name.length - 1;
        continue;
      }
    }
    // "Administrator Deanne Roe": a title by its form stands before the name, not in it.
    let from = index;
    // "Minister for Health Órla Roe": the department goes with the title before it.
    // ("Labour councillor for Kelby North Ann Roe": a place of two words or more too, up to a name of three words that
    // opens with no point of the compass: "Minister of Flood Management Aruna Devi Roe".)
    if (name.length > 2 && before && (/^(?:for|of)$/.test(before.lower) || posted) && isTitleWord(tokens[index - 2]?.text ?? '', isLexiconNoun)) {
      // ("The former District Chief Executive of Sekyere Afram Plains said": a title after "the" describes someone; the
      // words after its "of" are all its place's or body's, no name set after them.)
      let opening = index - 2;
      while (opening > 0 && !tokens[opening - 1]?.last && tokens[opening - 1]?.capital && (isTitleWord(tokens[opening - 1]?.text ?? '', isLexiconNoun) || isLexiconNoun(tokens[opening - 1]?.lower ?? ''))) opening--;
      const article = tokens[opening - 1]?.lower === 'the' || (/^(?:former|then|new|acting|late)$/u.test(tokens[opening - 1]?.lower ?? '') && tokens[opening - 2]?.lower === 'the');
      if (article && !name.at(-1)?.last && /^(?:said|says|told|added|stated|noted|explained|argued|insisted|warned|claimed|revealed|disclosed|urged|maintained|has|had|was|is)$/u.test(tokens[index + name.length]?.lower ?? '')) {
        index += name.length - 1;
        continue;
      }
      const keep = isParticle(name.at(-2)?.text ?? '') ? 3 : 2;
      do {
        name.shift();
        from++;
      } while (name.length > keep && !isInitial(name[0] as Token) && (name.length > 3 || placeHalves.test(name[0]?.lower ?? '') || departmentWord(name[0]?.lower ?? '')));
    }
    // ("Spaniard Sanchez, however, said" after "Felix Sanchez": a nationality before the surname of a person named before
    // describes them; it is no part of the name.)
    if (name.length === 2 && isDemonym(name[0]?.text ?? '') && registry.entities.some((candidate) => candidate.type === 'person' && candidate.name.endsWith(` ${name[1]?.text ?? ''}`))) {
      name.shift();
      from++;
    }
    while (name.length > 2 && (isTitleWord(name[0]?.text ?? '', isLexiconNoun) || (department && name.length > 3 && isLexiconNoun(name[0]?.lower ?? '') && !registry.byName.has(name[0]?.lower ?? '')))) {
      name.shift();
      from++;
    }
    // "Director Service Delivery James Roe": after a title, capitalised words of the language name its department,
    // not the person. (Only before a name of two words: "Director Rose Baker", "Ir. Tan Boon Huat" are names that
    // open with words of the language.)
    const gap = titledRun(tokens, from);
    if (name.length > 2 && gap >= 0 && gap + name.length >= 4) {
      // (Never the first name before a surname's particles: "Prosecutor Tom Van De Roe".)
      // (Nor a lineage name that opens it: "director Datuk Wan Ahmad Zaki Wan Roe".)
      // (Nor a given name the lexicon also holds as a word: "Major-General Muhammad Issa Al Roe".)
      while (name.length > 2 && isLexiconNoun(name[0]?.lower ?? '') && !isGivenName(name[0]?.text ?? '') && !registry.byName.has(name[0]?.lower ?? '') && !isParticle(name[1]?.text ?? '') && !isParticle(name[0]?.text ?? '')) {
        name.shift();
        from++;
      }
    }
    if (name.length === 2 && isTitleWord(name[0]?.text ?? '', isLexiconNoun)) {
      const holder = registry.byName.get(name[1]?.lower ?? '');
      if (holder?.type === 'person') {
        add(registry, holder, base + (name[1]?.start ?? 0));
        index += 1;
        continue;
      }
    }
    const after = tokens[from + name.length];
    // "Quebec Transport Minister Jane Roe": the words before a title are her ministry, not a person.
    // "Opposition Socialist leader Pedro Roe": so are capitalised words before a lower-case role and a name.
    // ("The Police Public Relations Officer, SP Ana Roe": capitalised words that a capitalised role closes are the role's.)
    // ("the Natural Resources Minister", "Lands and Natural Resources Minister": after an article or another field, capitalised
    // words before a capitalised role are its portfolio.)
    const portfolio = after?.capital === true && before !== undefined && !before.last && (/^(?:the|a|an)$/u.test(before.lower) || (/^(?:and|&)$/u.test(before.lower) && tokens[from - 2]?.capital === true));
    // (Not a person's name in the possessive before a word in small letters: "Tom Roe's house", "Jane Roe's office".)
    const owned = name.at(-1)?.possessive === true && after !== undefined && !after.capital;
    if (after && !owned && (organizationWords.has(after.lower) || (isRoleWord(after.lower) && ((!after.last && tokens[from + name.length + 1]?.capital) || (after.capital && before?.capital === true && !before.last) || portfolio)))) continue;
    // ("Kenya Red Cross secretary general Idris Roe", "Roe Motors chief executive Jane Poe": capitalised words before a
    // role in lower case and a name are the body the person works for, not a person.)
    if (after && !after.capital && !name.at(-1)?.last && roleBeforeName(tokens, from + name.length)) continue;
    // ("one Fine Gael minister told", "a Sinn Féin councillor said": after an article, capitalised words before a role in
    // small letters are the body its holder belongs to; no name is set after them.)
    if (after && !after.capital && !name.at(-1)?.last && !name.at(-1)?.possessive && isRoleWord(after.lower) && /^(?:a|an|one|another|the|two|three|several|senior|junior|former)$/u.test(tokens[from - 1]?.lower ?? '')) {
      organization(registry, null, name.map((token) => token.text).join(' '), base + (name[0]?.start ?? 0));
      index = from + name.length - 1;
      continue;
    }
    // ("Kelby Food and Pharmacy said": two names whose last word is a thing, and one more thing after "and", no given name
    // among them: a company's name, read whole.)
    const and = tokens[from + name.length];
    const thing = tokens[from + name.length + 1];
    if (name.length === 2 && and && /^(?:and|&)$/u.test(and.lower) && !name[1]?.last && !and.last && thing?.capital && !thing.possessive && !tokens[from + name.length + 2]?.capital && isLexiconNoun(name[1]?.lower ?? '') && isLexiconNoun(thing.lower) && !isGivenName(name[0]?.text ?? '') && !isGivenName(thing.text)) {
      organization(registry, null, [...name, and, thing].map((token) => token.text).join(' '), base + (name[0]?.start ?? 0));
      index = from + name.length + 1;
      continue;
    }
    const full = name.map((token) => token.text).join(' ');
    // (A place a sentence listed as one, "San Roe" among the towns: no person.)
    if (name.length >= 2 && registry.places.has(full.toLowerCase()) && !registry.byName.has(full.toLowerCase())) {
      index = from + name.length - 1;
      continue;
    }
    if (registry.byName.get(full.toLowerCase())?.type === 'media' || knownOutlets.has(full) || (registry.places.has(full.toLowerCase()) && countryNamed(name.at(-1)?.text ?? '') !== undefined)) continue;
    // ("the Elections Act", "the Commonwealth Games", "the Paris Summit": a law or an event by its last word, no one's name.)
    // ("the Finance Bill", "the Online Safety Bill": a bill by its last word after words no one is given as a name.)
    const bill = name.length >= 2 && /^Bills?$/u.test(name.at(-1)?.text ?? '') && !isGivenName(name[0]?.text ?? '');
    if (lawOrEvent.test(name.at(-1)?.text ?? '') || bill) {
      index = from + name.length - 1;
      continue;
    }
    // "Tavora Engenharia" of "Tavora Engenharia e Construção": the first words of a company read just before.
    if (registry.entities.some((entity) => entity.type === 'organization' && entity.name.toLowerCase().startsWith(`${full.toLowerCase()} `))) {
      index = from + name.length - 1;
      continue;
    }
    // "United States", "South Africa": a country is a place, whatever its capitals say.
    if (countryNamed(full)) {
      index = from + name.length - 1;
      continue;
    }
    // ("Roe blendZ", "NutriCo zipFresh": a name holding a brand written with a small first letter is a company's.)
    if (name.some((token) => registry.brands.has(token.text))) {
      organization(registry, null, full, base + (name[0]?.start ?? 0));
      index = from + name.length - 1;
      continue;
    }
    const title = titleBefore(tokens, from, registry);
    const apposition = appositionAfter(frame, (name.at(-1)?.start ?? 0) + (name.at(-1)?.text.length ?? 0), registry);
    // ("When New Era visited the clinic": two words, the first an adjective no one is given as a name, no title or role
    // beside them: a title of a paper or a product, no person.)
    if (name.length === 2 && !title.role && !apposition.role && titleAdjectives.test(name[0]?.lower ?? '') && !isGivenName(name[0]?.text ?? '')) {
      index = from + name.length - 1;
      continue;
    }
    // ("Deputy Leader of Opposition in the assembly, Rakib Roe, questioned …": the title that opens the sentence, the name
    // set after it between commas.)
    // ("the Vice Chancellor, Prof. Jane Roe, said": an honorific alone before the name gives way to the office set before it.)
    const honorificOnly = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|fr|rev|hon)\.?$/iu.test(title.role ?? '');
    const opensAt = honorificOnly ? (tokens[from - 1]?.start ?? name[0]?.start ?? 0) : (name[0]?.start ?? 0);
    const fronted = (honorificOnly ? null : title.role) ?? apposition.role ?? frontedTitle(frame, opensAt, (name.at(-1)?.start ?? 0) + (name.at(-1)?.text.length ?? 0)) ?? title.role;
    person(registry, full, fronted, title.affiliation ?? apposition.affiliation, base + (name[0]?.start ?? 0), name.at(-1)?.possessive === true);
    // ("Juan Miguel “Migz” Roe" is also "Juan Miguel Roe", the name without the nickname.)
    const nicknamed = name.some((token) => token.nickname) ? registry.mentions.at(-1)?.entity : undefined;
    if (nicknamed?.type === 'person') nicknamed.aliases.add(name.filter((token) => !token.nickname).map((token) => token.text).join(' '));
    // ("Datuk Seri Rina Mohd Harun": an honour before the name says a person bears it, whom "Rina said" later names.)
    const honoured = registry.mentions.at(-1)?.entity;
    if (honoured?.type === 'person' && from >= 2 && isHonorificPair(tokens[from - 2]?.text ?? '', tokens[from - 1]?.text ?? '')) honoured.honoured = true;
    // "gave his name to the Red Cross": a name after "the" is seldom a person's, so "he" and "she" pass it by.
    const mention = registry.mentions.at(-1);
    if (tokens[from - 1]?.lower === 'the' && mention?.entity.name === full) mention.article = true;
    index = from + name.length - 1;
  }
  tokens.forEach((token, index) => {
    if (!isNameToken(token)) return;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    // ("Peter Q. Roe": a middle initial between two words of a name joins them; "Peter" is not alone there.)
    const initialled = (at: number, step: number) => {
      const initial = tokens[at];
      const beyond = tokens[at + step];
      return initial !== undefined && beyond !== undefined && isInitial(initial) && !(step > 0 ? initial : beyond).last && isNameToken(beyond);
    };
    const joinedBefore = previous !== undefined && !previous.last && (isNameToken(previous) || initialled(index - 1, -1));
    // (Nor "Nick" before "Nurse", a surname that is a role word.)
    const joinedAfter = next !== undefined && !token.last && (isNameToken(next) || initialled(index + 1, 1) || roleSurname(registry, tokens, [token], index + 1));
    if (!joinedBefore && !joinedAfter) registry.alone.set(token.lower, (registry.alone.get(token.lower) ?? 0) + 1);
  });
  // "The judge was unmoved": a role named with "the" is a mention of the person who holds it, so "she" can find her.
  tokens.forEach((token, index) => {
    const role = tokens[index + 1];
    if (token.lower !== 'the' || !role || role.capital || !isRoleWord(role.lower) || tokens[index + 2]?.capital) return;
    const holder = latest(registry, base + token.start, (entity) => entity.type === 'person' && (entity.role ?? '').toLowerCase().split(/\s+/).includes(role.lower), true);
    if (holder) add(registry, holder, base + token.start);
  });
  // Later mentions by surname alone point back at the full name; "Mr." or "Ms." before one tells the gender.
  tokens.forEach((token, index) => {
    if (!token.capital) return;
    // "Mr Roe" when two people share the surname: the one of that gender.
    const gender = registry.shared.has(token.lower) ? genderOf(tokens[index - 1]?.text ?? null) : undefined;
    if (gender) {
      const holders = registry.entities.filter((entity) => entity.type === 'person' && entity.gender === gender && surnameOf(entity.name).toLowerCase() === token.lower);
      if (holders.length === 1 && holders[0]) {
        registry.titled.add(holders[0]);
        add(registry, holders[0], base + token.start, token.possessive === true);
      }
      return;
    }
    // ("Phil Roe killed his wife Di Roe … Mrs Roe was found … Roe confessed": the surname alone, when the text calls one
    // of those who share it by a title and the surname, is the one it does not.)
    if (registry.shared.has(token.lower) && registry.titled.size > 0 && !(tokens[index + 1] && !token.last && isNameToken(tokens[index + 1] as Token)) && !(tokens[index - 1] && !tokens[index - 1]?.last && isNameToken(tokens[index - 1] as Token))) {
      const holders = registry.entities.filter((entity) => entity.type === 'person' && surnameOf(entity.name).toLowerCase() === token.lower);
      const untitled = holders.filter((entity) => !registry.titled.has(entity));
      if (holders.length > untitled.length && untitled.length === 1 && untitled[0]) add(registry, untitled[0], base + token.start, token.possessive === true);
      return;
    }
    const entity = registry.byName.get(token.lower) ?? firstNamed(registry, tokens, index);
    if (entity?.type !== 'person' || entity.name === token.text) return;
    // (The last word of the full name just read is that mention, not another.)
    const words = entity.name.split(' ');
    if (words.length > 1 && words.at(-1) === token.text && words.slice(0, -1).every((word, at) => tokens[index - words.length + 1 + at]?.text === word)) return;
    entity.gender ??= genderOf(tokens[index - 1]?.text ?? null);
    add(registry, entity, base + token.start, token.possessive === true);
  });
}

/**
 * "Kerry-Ann, who works as a dinner lady, …" after "Kerry-Ann Walsh, 44,": a first name standing alone is a mention of
 * the one person of the text given it with an age, a role or a gender (features call people so).
 */
/**
 * "Nick Nurse", "Justin King", "Emma Bishop": a role word right after a given name that opens the name, and closing it, is
 * the surname. (Not "Jordan King Abdullah", "the Victoria Premier": a title, before a name or after an article; nor "Dallas
 * Sheriff's Office"; nor after a country or a place the text's datelines name. Other places are not asked: the gazetteer
 * holds towns called "Justin" and "Emma".)
 */
function roleSurname(registry: Registry, tokens: Token[], name: Token[], at: number): boolean {
  const [given] = name;
  const token = tokens[at];
  if (name.length !== 1 || !given || given.last || given.possessive || !token || token.possessive || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || token.lower.endsWith('s')) return false;
  if (!isRoleWord(token.lower) || !isGivenName(given.text) || countryNamed(given.text) || registry.places.has(given.lower)) return false;
  const before = tokens[at - 2];
  const after = tokens[at + 1];
  return !(before && !before.last && /^(?:the|a|an|this|that|its|their|our)$/u.test(before.lower)) && !(after && !token.last && (isNameToken(after) || /^(?:of|for)$/u.test(after.lower)));
}

function firstNamed(registry: Registry, tokens: Token[], index: number): Entity | undefined {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (!isNameToken(token) || (next && !token.last && isNameToken(next))) return undefined;
  // (A given name no dictionary holds, "Demi-Lee", "Obiageli", needs no description: no common word reads as it.)
  return givenNameHolder(registry, token.text, isLexiconWord(token.lower));
}

/**
 * The one person whose full name opens with `word`, a name no one else bears alone or shares (with an age, a role or
 * a gender the text gave them, when `described`).
 */
export function givenNameHolder(registry: Registry, word: string, described: boolean): Entity | undefined {
  if (registry.shared.has(word.toLowerCase())) return undefined;
  const holders = registry.entities.filter((entity) => entity.type === 'person' && entity.name.includes(' ') && entity.name.split(' ')[0] === word && (!described || entity.age !== undefined || entity.role !== null || entity.gender !== undefined));
  return holders.length === 1 ? holders[0] : undefined;
}

/** Words a place's name opens with ("New Delhi", "San Pedro", "Port Moresby"), never a person's first name. */
// The abbreviations of American states and Canadian provinces in news style ("N.Y.", "Calif.", "Ont."), after a town's
// name and a comma; the end of the phrase follows (a stop, a comma, "-based").
const stateAfter = /^,\s(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|Ont|Que|Alta|Sask|Man|B\.C|N\.S|N\.B)\.(?=-based\b|[\s,;:)]|$)/u;
/** "Australian", "Kenyan", "Pakistani", "Japanese", "British": an adjective made from a country's name, or one of the older ones. */
/** An adjective of the language that is no name's word: "Popular", "Embattled", not "Brown", "Young" or "Rich". */
export function isOpeningAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  return lexiconTag(lower) === 'ADJ' && !isGivenName(word) && !surnameAdjectives.has(lower);
}
// Places a sentence lists as such: "towns … are A, B, and C", "the provinces of A, B and C", "villages including A, B and C".
const placeKinds = 'towns|cities|villages|municipalities|provinces|districts|counties|regions|islands|barangays|suburbs|townships';
const placeList = new RegExp(`\\b(?:${placeKinds})\\b`, 'u');
const placeName = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}";
const placeListed = new RegExp(`\\b(?:${placeKinds})\\b[^.;:\u201C\u201D"]{0,60}?\\b(?:are|were|include|included|including|such as|namely|of)\\s*:?\\s+(${placeName}(?:,\\s+(?:and\\s+)?${placeName})+(?:\\s+and\\s+${placeName})?)`, 'gu');
// Adjectives that open the names of papers, movements and products ("New Era", "Daily Monitor", "Free Voice"), never a
// person's given name.
const titleAdjectives = /^(?:new|old|daily|weekly|great|big|free|modern|national|global|royal|true|public|central|united|independent|open|future|next)$/u;
const surnameAdjectives = new Set('brown black white green gray grey young long strong little rich sharp wise bright small hardy moody noble short swift bold gentle golden savage gay gross frank free hale good best fair sweet sterling stern stout keen rapid grand major'.split(' '));

function isCountryAdjective(word: string): boolean {
  if (/^(?:British|Irish|Scottish|Welsh|English|French|Dutch|Danish|Swedish|Finnish|Polish|Spanish|Turkish|Greek|Thai|Swiss|Czech)$/u.test(word)) return true;
  if (!isDemonym(word) && !/(?:n|i)$/u.test(word)) return false;
  const stems = [word.slice(0, -1), `${word.slice(0, -3)}a`, word.slice(0, -3), `${word.slice(0, -2)}a`];
  return isLexiconWord(word.toLowerCase()) && stems.some((stem) => stem.length >= 3 && countryNamed(stem) !== undefined);
}

const placeOpenings = /^(?:new|north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|great|san|santa|santo|são|los|las|st|st\.|saint|port|fort|mount|lake|cape|hong|sri|costa|el|la|le|al|abu|kuala|buenos|rio|puerto|ho|addis|dar)$/u;
// ("Ponatahi Rd", "Mill St.": a street's kind abbreviated.)
const placeEndings = /^(?:street|road|lane|avenue|drive|boulevard|rd\.?|st\.?|ave\.?|blvd\.?|hwy\.?|square|bridge|river|creek|lake|park|highway|motorway|way|close|crescent|terrace|place|hill|valley|station|airport|harbour|harbor|port|beach|island|islands|isles|mountains|hills|lakes|falls|heights|springs|highlands|plains|valleys|county|district|province|region|north|south|east|west)$/;

const companyNouns = new RegExp(`^(?:${companyWords})$`, 'u');

/** A capital letter standing for a name: "R", "K." (never the pronoun "I" nor the article "A"). */
// (A capital, astral or not, and a stop are three code units at most: longer words, nearly all, are not asked the pattern.)
// ("D.D. Roe", "J.R. Roe": initials run together, each with its stop.)
const isInitial = (token: Token) => ((token.text.length <= 3 && /^\p{Lu}\.?$/u.test(token.text)) || /^(?:\p{Lu}\.){2,3}$/u.test(token.text)) && !/^[IA]$/u.test(token.text);

/** "Three Hollin supporters died", "Several Roe Bank clients": a number or a quantity opening a sentence names no one. */
const quantityWords = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens|several|many|some|most|few|both|all|each|every|no|none)$/u;

/** "H E" before a name: the honour of an ambassador or a minister. */
function excellency(tokens: Token[], at: number): boolean {
  return tokens[at]?.text === 'H' && tokens[at + 1]?.text === 'E' && !tokens[at + 1]?.last && isNameToken(tokens[at + 2]);
}

/** A name no word of which names a body, in the singular or the plural ("Area Schools" is none). */
export function personLike(name: string): boolean {
  return name.split(/\s+/u).every((word) => !organizationWords.has(word.toLowerCase()) && !organizationWords.has(word.toLowerCase().replace(/s$/u, '')));
}

/** A word that can be part of a person's name: capitalised, not an acronym, a role, an organisation or a function word. */
function isNameToken(token: Token | undefined): boolean {
  // (Asked of the word after another, which the text may not have: "… a particle o" at its very end.)
  return token !== undefined && token.capital && (token.nickname === true || isNameWord(token.text));
}

/** The word test of `isNameToken`, for a capitalised token: asked several times of every word, read once per source. */
const isNameWord = rememberedPerText((text: string): boolean => {
  const second = text.charAt(1);
  const lower = text.toLowerCase();
  return (
    // ("O'Loughlin", "D’Souza": an Irish or Indian surname's apostrophe stands second.)
    // ("K.D.Lal Kantha": initials glued to the first name by their stops.)
    // ("T-Mobile", "K-Electric": a brand's letter joined to a word.)
    ((second !== '' && second !== second.toUpperCase()) || /^\p{Lu}['’]\p{Lu}\p{Ll}/u.test(text) || /^(?:\p{Lu}\.){1,3}\p{Lu}\p{Ll}+$/u.test(text) || /^\p{Lu}-\p{Lu}\p{Ll}{2,}$/u.test(text)) &&
    !/^(?:the|a|an)$/.test(lower) &&
    !isRoleWord(lower) &&
    !organizationWords.has(lower) &&
    !sentenceWords.has(lower) &&
    !quantityWords.test(lower) &&
    !isDescribingCompound(text)
  );
});

/** "Harbour Board spokesman" before a name: the role words and the organisation before them. */
function titleBefore(tokens: Token[], index: number, registry: Registry): { role: string | null; affiliation: string | null } {
  let at = index - 1;
  const role: string[] = [];
  // ("DCP (North) Jane Roe", "SP (Rural) Jan Poe": a district in brackets between the office and the name is the office's.)
  const district = tokens[at - 1];
  if (tokens[at]?.text === ')' && district && tokens[at - 2]?.text === '(' && /^\p{L}+$/u.test(district.text) && (isTitleWord(tokens[at - 3]?.text ?? '', isLexiconNoun) || /^(?:of|for)$/u.test(tokens[at - 4]?.lower ?? ''))) {
    role.unshift(`(${district.text})`);
    at -= 3;
  }
  // ("DIG East Jane Roe": a point of the compass between the title and the name is the post's district.)
  if (tokens[at]?.capital && compassPoint.test(tokens[at]?.lower ?? '') && !tokens[at]?.last && (tokens[at - 1]?.text === ')' || isTitleWord(tokens[at - 1]?.text ?? '', isLexiconNoun))) {
    role.unshift(tokens[at--]?.text ?? '');
    // ("Deputy Inspector General (DIG) East": the title's letters in brackets before it.)
    if (tokens[at]?.text === ')' && tokens[at - 2]?.text === '(' && /^\p{Lu}{2,6}$/u.test(tokens[at - 1]?.text ?? '')) {
      role.unshift(`(${tokens[at - 1]?.text ?? ''})`);
      at -= 3;
    }
  }
  // ("Representative for north Clondalkin Jane Roe": a district, a point of the compass and a place, after "for".)
  else if (tokens[at]?.capital && !tokens[at]?.last && compassPoint.test(tokens[at - 1]?.lower ?? '') && !tokens[at - 1]?.capital && /^(?:for|of)$/u.test(tokens[at - 2]?.lower ?? '') && isRoleWord(tokens[at - 3]?.lower ?? '')) {
    role.unshift(tokens[at - 3]?.text ?? '', tokens[at - 2]?.text ?? '', tokens[at - 1]?.text ?? '', tokens[at]?.text ?? '');
    at -= 4;
  }
  // ("deputy commissioner of police Jane Roe", "head of security Jan Poe": a title in small letters with the field it
  // holds after "of".)
  const field = tokens[at];
  if (field && !field.last && /^\p{Ll}{3,}$/u.test(field.text) && isLexiconNoun(field.lower) && !/^(?:the|his|her|its|their|our|this|that)$/u.test(field.lower) && /^(?:of|for)$/u.test(tokens[at - 1]?.lower ?? '') && isRoleWord(tokens[at - 2]?.lower ?? '') && !tokens[at - 2]?.last) {
    role.unshift(tokens[at - 1]?.text ?? '', field.text);
    at -= 2;
  }
  // ("Secretary of State Jane Roe", "Director of Public Prosecutions Jan Poe": a capitalised title with its capitalised
  // field after "of" or "for", up to three words.)
  if (role.length === 0) {
    let back = at;
    const fieldWords: string[] = [];
    while (back >= 0 && fieldWords.length < 3 && !tokens[back]?.last && tokens[back]?.capital && !isRoleWord(tokens[back]?.lower ?? '') && !sentenceWords.has(tokens[back]?.lower ?? '')) fieldWords.unshift(tokens[back--]?.text ?? '');
    const of = tokens[back];
    const title = tokens[back - 1];
    if (fieldWords.length > 0 && of && title && !of.last && !title.last && /^(?:of|for)$/u.test(of.lower) && title.capital && isRoleWord(title.lower)) {
      role.unshift(of.text, ...fieldWords);
      at = back - 1;
    }
  }
  // ("chief financial officer Jane Roe", "managing director Jan Poe": a title's words in small letters between its roles.)
  while (at >= 0 && !tokens[at]?.last && (isRoleWord(tokens[at]?.lower ?? '') || (tokens[at]?.capital && isTitleWord(tokens[at]?.text ?? '', isLexiconNoun)) || (role.length > 0 && !tokens[at]?.capital && titleModifiers.has(tokens[at]?.lower ?? '')))) role.unshift(tokens[at--]?.text ?? '');
  if (role.length === 0 || role[0]?.startsWith('(') || /^(?:of|for)$/u.test(role[0] ?? '')) return { role: null, affiliation: null };
  const organization: string[] = [];
  while (at >= 0 && !tokens[at]?.last && (tokens[at]?.capital || connectors.has(tokens[at]?.lower ?? '')) && !sentenceWords.has(tokens[at]?.lower ?? '')) {
    organization.unshift(tokens[at--]?.text ?? '');
  }
  while (organization.length > 0 && connectors.has((organization[0] ?? '').toLowerCase())) organization.shift();
  const affiliation = organization.length > 0 ? organizationOf(registry, organization.join(' ')) : null;
  return { role: [...organization, ...role].join(' '), affiliation };
}

/** An office's name that lists its fields, then the comma before the name it titles. */
const listedOffice = new RegExp(`${listedFields.source},\\s*$`, 'u');

/** "Deputy Leader of Opposition in the assembly, " opening the sentence before a name that a comma closes: the title. */
function frontedTitle(frame: string, start: number, end: number): string | null {
  // ("The Ashanti Regional Minister, Simon Roe has justified …": the comma that should close the name left out, the
  // sentence's verb in small letters after it.)
  if (frame.charAt(end) !== ',' && !/^\s+\p{Ll}/u.test(frame.slice(end, end + 3))) return null;
  // ("the Minister of Justice, Legal and Parliamentary Affairs, Jan Roe,": an office that lists its fields.)
  const window = frame.slice(Math.max(0, start - 160), start);
  const office = window.includes(' and ') || window.includes(' & ') ? listedOffice.exec(window) : null;
  if (office?.[1] && listedHead(office[1]) === 'office') return office[0].replace(/^(?:the|a|an)\s+/iu, '').replace(/,\s*$/u, '').replace(/\s+/gu, ' ');
  // ("In an embarrassing move, the Speaker of the National Assembly, Jacob Roe, removed …": after a clause of its own too,
  // the title opening with "the".)
  const near = frame.slice(Math.max(0, start - 100), start);
  const match = /(?:^|[.!?]\s+)((?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,9}),\s*$/u.exec(near) ?? /,\s+(the\s+\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,9}),\s*$/u.exec(near);
  const phrase = match?.[1];
  if (!phrase) return null;
  // (The head of the phrase, before "of", "in", "for": a role by its form, "Deputy Leader", "Chief Executive".)
  const head = phrase.replace(/^the\s+/iu, '').split(/\s+(?:of|in|for|at|to)\s+/u)[0]?.split(/\s+/u) ?? [];
  // ("Government spokesman and minister of the presidency, Jordi Roe, has stated": two roles joined, in small letters.)
  const joined = head.length <= 5 && head.includes('and') && head.every((word) => /^\p{Lu}/u.test(word) || word === 'and' || isRoleWord(word.toLowerCase()));
  return head.length > 0 && (head.length <= 3 || joined) && (joined || head.every((word) => /^\p{Lu}/u.test(word))) && isRoleWord((head.at(-1) ?? '').toLowerCase()) ? phrase.replace(/^the\s+/iu, '') : null;
}

// A phrase that opens its sentence, of where or to whom someone spoke, up to the name it ends on: "In an interview on
// El Matí on Catalunya Ràdio", "Speaking to Kelby FM", "Asked by reporters at Roe House".
const frontedPhrase = new RegExp(`(?:^|[.!?]\\s+|\\n)(?:${frontedOpeners})\\s[^,.;:!?\\u201C\\u201D"]{3,140}$`, 'u');

const unclosedApposition = /\s+(?:said|says|told|tells|added|adds|stated|explained|noted|wrote|warned|insisted|confirmed|announced|claimed|argued)\b.*$/u;

/**
 * The role an apposition gives, without its article: "a Kelby Bank customer for more than 30 years who was surprised …" is
 * a "Kelby Bank customer"; the role ends where a clause about the person, or how long they have been it, begins.
 */
export function roleIn(apposition: string): string {
  return apposition
    .replace(/^(?:a|an|the|his|her|its|their)\s+/iu, '')
    .replace(/\s+(?:who|which|whose|that|where)\s.*$|\s+(?:for|since)\s+(?:more than |nearly |almost |over |about |some )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|many|several)\s+(?:years|months|decades|weeks)\b.*$/u, '');
}

/** ", a WRB spokesperson," after a name. */
export function appositionAfter(frame: string, from: number, registry: Registry): { role: string | null; affiliation: string | null } {
  const match = /^\s*,\s*((?:a|an|the)\s+[^,.;:"\u201C\u201D]{2,80}?)\s*(,|\.|;|:|$)/u.exec(frame.slice(from));
  // ("According to Jane Roe, the man who died was …": after "according to" and a name, the comma opens the sentence's own
  // clause; an apposition there closes with a second comma.)
  if (match && match[2] !== ',' && /\baccording to\s+[^,.;]{0,80}$/iu.test(frame.slice(Math.max(0, from - 90), from))) return { role: null, affiliation: null };
  // ("In an interview on Catalunya Ràdio, the minister took aim at …", "Speaking to Kelby FM, the mayor said …": a name that
  // closes a phrase set before the sentence's subject; the comma opens the sentence's own clause, not an apposition.)
  if (match && frontedPhrase.test(frame.slice(Math.max(0, from - 160), from))) return { role: null, affiliation: null };
  // ("Jane Roe, a volunteer for Citizens for Kelby told the agency …": an apposition the copy did not close with a comma
  // ends at the speech verb.)
  const phrase = match?.[1]?.replace(unclosedApposition, '');
  if (!phrase || !phrase.split(/\s+/).some((word) => isRoleWord(word.toLowerCase()))) return { role: null, affiliation: null };
  // ("according to its manager, Jane Roe, the Prince George-area case has passed several levels …": a finite verb outside a
  // relative clause makes the words after the comma the sentence's own clause, no apposition.)
  if (finiteClause.test(phrase)) return { role: null, affiliation: null };
  const role = roleIn(phrase);
  const organizationName = /\b(?:for|of|at|with)\s+(?:the\s+)?(.+)$/.exec(role)?.[1] ?? role.split(/\s+/).filter((word) => isCapitalized(word)).join(' ');
  return { role, affiliation: organizationName ? organizationOf(registry, organizationName) : null };
}

const finiteClause = /^(?:(?!\b(?:who|which|that|whose|whom)\b)[^,])*?\s(?:has|have|had|is|are|was|were|will|would|may|might|could|should|can)\s+(?:\p{Ll}+ly\s+|not\s+|been\s+)?\p{Ll}{3,}/u;

const seatHolders = /^(?:mp|mla|msp|mep|mpp|td|member|representative|senator|congressman|congresswoman|councillor|councilor|assemblyman|assemblywoman)$/u;

/** "The Harbor Gazette", "Morning Star": a capitalised name that ends like a news outlet's. */
export function isOutletName(words: string[]): boolean {
  const last = (words.at(-1) ?? '').toLowerCase();
  // ("Air India Express", "Roe Rail Express": a carrier's service by its name, no newspaper.)
  return knownOutlets.has(words.join(' ')) || (mediaNameWords.has(last) && words.every((word) => /^\p{Lu}/u.test(word) || connectors.has(word)) && !words.some((word) => carrierWords.test(word)));
}
const carrierWords = /^(?:Air|Airways|Airlines|Airline|Aviation|Rail|Railways?|Bus|Buses|Freight|Cargo|Logistics|Shipping|Ferries|Transit)$/u;

/** The organisation an affiliation names, or null when the words name none ("Energy", "Fire"). */
export function organizationOf(registry: Registry, text: string): string | null {
  const cleaned = text.replace(/^(?:the|a|an)\s+/i, '').trim();
  const known = registry.byName.get(cleaned.toLowerCase());
  if (known) return known.type === 'person' ? null : known.name;
  const words = cleaned.split(/\s+/);
  const named = words.every((word) => /^\p{Lu}/u.test(word) || connectors.has(word.toLowerCase()));
  return named && (words.some((word) => organizationWords.has(word.toLowerCase())) || (words.length === 1 && isAcronym(cleaned))) ? cleaned : null;
}

/** The registry's name for an organisation written as `text` (acronym or long form), else the text. */
export function canonicalOrganization(registry: Registry, text: string): string {
  const cleaned = text.replace(/^(?:the|a|an)\s+/i, '').trim();
  return registry.byName.get(cleaned.toLowerCase())?.name ?? cleaned;
}

/**
 * A role as a lede's capitals give it, "JUSTICE MINISTER FRANCES Roe has confirmed …": the given name the capitals ran on
 * into is the person's, not the role's, and the role's words are written as a title is ("Justice Minister").
 */
export function fittedRole(role: string | null, name: string): string | null {
  if (!role || role !== role.toUpperCase() || !/\p{Lu}{4}/u.test(role)) return role;
  const words = role.split(/\s+/u);
  const given = name.includes(' ') ? (name.split(' ')[0] ?? '') : '';
  const kept = words.length > 1 && words.at(-1)?.toLowerCase() === given.toLowerCase() ? words.slice(0, -1) : words;
  return kept.map((word) => (word.length >= 4 ? word.charAt(0) + word.slice(1).toLowerCase() : word)).join(' ');
}

function person(registry: Registry, full: string, role: string | null, affiliation: string | null, offset: number, owner = false) {
  const entity = registry.byName.get(full.toLowerCase()) ?? samePerson(registry, full) ?? { name: full, type: 'person' as const, role: null, affiliation: null, aliases: new Set<string>() };
  if (entity.type !== 'person') return;
  // "Mohammed bin Rashid" in the headline, "Mohammed bin Rashid Al Maktoum" in the body: one person, called by the fuller name.
  if (entity.name !== full && full.length > entity.name.length && full.toLowerCase().startsWith(`${entity.name.toLowerCase()} `)) {
    entity.aliases.add(entity.name);
    entity.name = full;
  }
  entity.role ??= fittedRole(role, entity.name);
  entity.affiliation ??= affiliation;
  entity.gender ??= genderOf(role);
  const surname = surnameOf(full);
  // A surname shared by two people stays ambiguous: it is registered for neither.
  const holder = registry.byName.get(surname.toLowerCase());
  if (holder && holder !== entity && holder.type === 'person') {
    registry.byName.delete(surname.toLowerCase());
    registry.shared.add(surname.toLowerCase());
  }
  entity.aliases.add(surname);
  // "Maria do Céu Pires" is "Céu Pires" later: the last two words of a long name, past its particles.
  const tail = full.split(' ').slice(-2);
  if (full.split(' ').length >= 4 && !isParticle(tail[0] ?? '') && !registry.byName.has(tail.join(' ').toLowerCase())) entity.aliases.add(tail.join(' '));
  // ("Muhammad Sanusi Md Nor" is "Muhammad Sanusi" later, "Kennith Tan Aik Kiang" "Kennith Tan": a long name is also called by
  // its first two words, when no one else answers to them.)
  const lead = full.split(' ').slice(0, 2);
  if (full.split(' ').length >= 4 && lead.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) && !registry.byName.has(lead.join(' ').toLowerCase())) entity.aliases.add(lead.join(' '));
  // ("Adel al-Roe" is "Roe" later: an Arabic article glued to the surname by its hyphen, which texts drop.)
  const article = /^(?:al|el|ad|ar|as|ash|at|az|an)-(\p{Lu}\p{L}{2,})$/iu.exec(surname)?.[1];
  if (article && !registry.byName.has(article.toLowerCase()) && !isLexiconWord(article.toLowerCase())) entity.aliases.add(article);
  // "Ó Roe" is also "Roe" in a text that drops the particle.
  const last = full.split(' ').at(-1) ?? full;
  if (last !== surname && !generation.test(last) && !registry.byName.has(last.toLowerCase())) entity.aliases.add(last);
  // "Lucía Marenco Díaz" is "Marenco" later: a name of three words is also called by its middle one (a first surname).
  const parts = full.split(' ');
  const middle = parts.length === 3 ? parts[1] ?? '' : '';
  if (middle && /^\p{Lu}\p{Ll}{2,}$/u.test(middle) && !connectors.has(middle.toLowerCase())) {
    const other = registry.byName.get(middle.toLowerCase());
    if (!other && !isLexiconNoun(middle.toLowerCase())) entity.aliases.add(middle);
    // "Helena Tanaka Moura" is "Tanaka Moura" later: both surnames together ("Anthony Yaw Baah" is "Dr Yaw Baah", though
    // "yaw" is an English word).
    const both = parts.slice(1).join(' ');
    if (!registry.byName.has(both.toLowerCase())) entity.aliases.add(both);
  }
  // "Aina binti Roslan" is "Aina" (or "Dr Aina") later, and "Aina Roslan" where the particle is dropped:
  // the words before a particle of descent are the person's own name.
  const descent = parts.findIndex((part, index) => index > 0 && isPatronymic(part));
  if (descent > 0 && descent < parts.length - 1) {
    const own = parts.slice(0, descent).join(' ');
    const other = registry.byName.get(own.toLowerCase());
    if (other && other !== entity && other.type === 'person' && other.name !== own) {
      registry.byName.delete(own.toLowerCase());
      registry.shared.add(own.toLowerCase());
    } else if (!other) entity.aliases.add(own);
    const dropped = parts.filter((part) => !isPatronymic(part)).join(' ');
    if (!registry.byName.has(dropped.toLowerCase())) entity.aliases.add(dropped);
  }
  add(registry, entity, offset, owner);
}

/**
 * A person already named by the first words of `full` ("Ana Roe" before "Ana Roe Vidal"), or by a longer name that
 * `full` opens: the same person, when the shorter name has two words at least and no one else answers to it.
 */
function samePerson(registry: Registry, full: string): Entity | undefined {
  const lower = full.toLowerCase();
  if (!lower.includes(' ')) return undefined;
  let found: Entity | undefined;
  for (const entity of registry.entities) {
    if (entity.type !== 'person') continue;
    const name = entity.name.toLowerCase();
    if (!name.includes(' ') || !(lower.startsWith(`${name} `) || name.startsWith(`${lower} `))) continue;
    if (found) return undefined;
    found = entity;
  }
  return found;
}

function add(registry: Registry, entity: Entity, offset: number, owner = false) {
  if (!registry.entities.includes(entity)) registry.entities.push(entity);
  registry.byName.set(entity.name.toLowerCase(), entity);
  for (const alias of entity.aliases) {
    const key = alias.toLowerCase();
    if (!registry.byName.has(key) && !registry.shared.has(key)) registry.byName.set(key, entity);
  }
  // "Roe's lawyer, Jane Poe, said": a name in the possessive owns the subject, it is not the subject.
  if (offset >= 0) registry.mentions.push(owner ? { entity, offset, owner } : { entity, offset });
}

/** The accepted entity mentioned last before `offset`, else (unless `onlyBefore`) the first after. */
export function latest(registry: Registry, offset: number, accept: (entity: Entity) => boolean, onlyBefore = false): Entity | null {
  let best: { entity: Entity; offset: number } | null = null;
  let next: { entity: Entity; offset: number } | null = null;
  for (const mention of registry.mentions) {
    if (!accept(mention.entity)) continue;
    if (mention.offset < offset && (!best || mention.offset >= best.offset)) best = mention;
    if (mention.offset >= offset && (!next || mention.offset < next.offset)) next = mention;
  }
  return (best ?? (onlyBefore ? null : next))?.entity ?? null;
}


/**
 * How many capitalised words stand between a title and token `at` ("Director Service Delivery …": 1 before
 * "Delivery"), or -1 when no title opens the run of capitals that leads up to it.
 */
function titledRun(tokens: Token[], at: number): number {
  for (let back = at - 1; back >= Math.max(0, at - 4); back--) {
    const token = tokens[back] as Token;
    if (!token.capital || token.last) return -1;
    if (isRoleWord(token.lower)) return at - back - 1;
  }
  return -1;
}

/** A role in lower case, of up to three words, that ends in one and opens a name: "secretary general Idris …". */
function roleBeforeName(tokens: Token[], at: number): boolean {
  let role = false;
  for (let index = at; index < Math.min(tokens.length, at + 4); index++) {
    const token = tokens[index] as Token;
    if (token.capital) return role && isNameToken(token) && !token.last;
    if (token.last || !/^\p{Ll}[\p{Ll}-]*$/u.test(token.text)) return false;
    role = isRoleWord(token.lower) || (role && /^(?:general|officer|director|executive)$/u.test(token.lower));
    if (!role && !/^(?:chief|deputy|acting|senior|former|vice|interim|managing|executive|general|assistant)$/u.test(token.lower)) return false;
  }
  return false;
}

/** "the head of the … agency": a role word governs the noun phrase that ends at `end` through "of" (or "at"). */
function roleOfBefore(tokens: Token[], end: number): boolean {
  for (let at = end - 1; at >= Math.max(1, end - 6); at--) {
    const token = tokens[at] as Token;
    if (token.last || token.text === ',') return false;
    if (/^(?:of|at|for)$/.test(token.lower)) {
      const head = tokens[at - 1]?.lower ?? '';
      return isRoleWord(head) || isRoleWord(tokens[at - 1]?.text ?? '') || /^(?:head|chief|boss|leader|director|spokesperson|spokesman|spokeswoman)$/.test(head);
    }
  }
  return false;
}

/** A name of two or three words that a title opens, or that the sentence has say or tell something. */
function speaksAsPerson(tokens: Token[], index: number, length: number): boolean {
  if (length > 3) return false;
  const before = tokens[index - 1];
  if (before && !before.last && /^(?:in|at|near|on|off|from|to|into|outside|around|across|through|past|along|by)$/.test(before.lower)) return false;
  // ("Deputy coroner Jaqueline Lake recorded …": a role in small letters before the name is a person's too.)
  if (before && !before.last && (before.capital ? isTitleWord(before.text, isLexiconNoun) : isRoleWord(before.lower))) return true;
  for (let at = index + length; at < Math.min(tokens.length, index + length + 25); at++) {
    const token = tokens[at] as Token;
    if (at === index + length && token.text !== ',' && !/^(?:said|says|told|tells|added|adds|wrote|writes)$/.test(token.lower)) return false;
    if (/^(?:said|says|told|tells|added|adds|wrote|writes)$/.test(token.lower)) return true;
    if (token.last) return false;
  }
  return false;
}

/** The last word of a law's or an event's name, never of a person's. */
const lawOrEvent = /^(?:Act|Acts|Amendment|Directive|Treaty|Convention|Protocol|Ordinance|Statute|Regulations|Charter|Constitution|Declaration|Accord|Covenant|Manifesto|Games|Olympics|Paralympics|Championships?|Cup|League|Festival|Summit|Conference|Awards|Expo|Marathon|Olympiad|Tournament|War|Wars)$/u;

const calendarWord = new RegExp(`^(?:${weekdayNames}|${monthNames}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$`.toLowerCase(), 'u');
