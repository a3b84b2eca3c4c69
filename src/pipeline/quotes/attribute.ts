// Attribution: a cue's noun phrase → who speaks. Names resolve through the source's registry
// (surname → full name, acronym → organisation), pronouns and "the agency" to the nearest fitting
// mention, a written statement to its author, an outlet's "report" to the outlet.
import type { SpeakerMention } from '../types.ts';
import {
  anonymousSpeakers,
  placeHalves,
  documentWords,
  knownOutlets,
  mediaBackReferences,
  normalizeRole,
  organizationBackReferences,
  organizationWords,
  personalPronouns,
  isParticle,
  isHonorificPair,
  isJoinedName,
  isRoleWord,
  familyGroups,
  isDemonym,
  roleAcronyms,
  kinWords,
  bodyPeople,
  frontedOpeners,
  isTitleWord,
  isDescribingCompound,
  spokesRoles,
  linkingOpeners,
  weekdayNames,
  monthNames,
  speechVerbs,
  localPeople,
  publicPeople,
  surnameOf,
  generation,
  honourNames,
  mediaNameWords,
} from './lexicon.ts';
import { countryNamed, givenNameGender, isGivenName, isPlaceName } from '../entities/gazetteer.ts';
import { firmTails } from '../entities/lexicon.ts';
import { rememberedPerText } from '../memo.ts';
import { isLexiconNoun, isLexiconWord, lexiconTag } from '../entities/tagger.ts';
import { fittedRole, genderOf, givenNameHolder, isAcronym, isOutletName, latest, misspeltHolder, organizationOf, personLike, roleIn, titledWordHolder, type Entity, type Registry } from './registry.ts';

/** A written statement: its words belong to its author when one is named, else to its owner. */
export interface Document {
  owner: Reference;
  author: Entity | null;
  /** Told as issued ("X has issued a statement"), not only quoted from ("X said in a statement"). */
  issued?: boolean;
}

export type Reference =
  | { kind: 'entity'; entity: Entity; spokesperson: boolean }
  | { kind: 'document'; document: Document }
  | { kind: 'anonymous'; description: string };

/** What attribution remembers while it reads a source in order. */
export interface Discourse {
  registry: Registry;
  documents: Document[];
  /** Where the sentences of the paragraph being read start (offsets in the source), for "she said". */
  sentences?: number[];
  /** The last sentence of the paragraph before, as [start, end) offsets: "she said" may open a paragraph. */
  before?: [number, number];
  /** The reporter's words before a quotation that runs on over paragraphs opened, as [start, end) offsets. */
  opened?: [number, number];
  /** The last body that spoke through a spokesperson ("a spokeswoman for X said"), and where. */
  voice?: { entity: Entity; offset: number };
  /** Where the paragraph before starts (an offset in the source). */
  previousParagraph?: number;
  /** The last spokesperson described but not placed ("a police spokesperson"), and where: "the spokesperson" after it. */
  unnamedVoice?: { reference: Reference; offset: number };
  /** The source's text (offsets are into it). */
  source?: string;
  /** The last unnamed man or woman a cue made speak ("the mother of the victim said"), and where: "she told …" after it. */
  unnamedSpoke?: { reference: Reference; offset: number; gender: 'female' | 'male' };
  /** The last organisation a cue made speak, and where: "a spokesman added" after it speaks for it. */
  spoke?: { entity: Entity; offset: number };
}

const whenSaid = new RegExp(`\\s+(?:(?:late|early)\\s+)?(?:on|last|this|overnight|earlier|later)(?:\\s+(?:${weekdayNames}|week|month|year|morning|afternoon|evening|night|today|yesterday)\\b.*)?$`, 'iu');

const whereSaid = /\s+(?:on|in|via|through)\s+(?:his|her|its|their|the|a|an)\s+(?:(?:official|verified|personal|own)\s+)?(?:\p{L}[\p{L}-]*\s+)?(?:page|account|handle|feed|blog|channel|timeline|website|site|profile|post)$/iu;

/** A word without a plural's "s" (after three letters at least). */
const stemOf = (word: string) => word.replace(/(?<=\p{L}{3})s$/u, '');
/** A name's words, lower-cased and stemmed: read once per name, not for every mention `latest` walks past. */
const nameStems = rememberedPerText((name: string): readonly string[] => Object.freeze(name.toLowerCase().split(/\s+/).map(stemOf)));
/** An organisation one of whose names holds every stem. */
function nameHasStems(candidate: Entity, stems: string[]): boolean {
  return candidate.type === 'organization' && [candidate.name, ...candidate.aliases].some((name) => stems.every((stem) => nameStems(name).includes(stem)));
}

/** Resolve a cue's phrase, read at `offset` in the source. */
const connectorsBeforeName = /^(?:of|for|to|with|by|from|at|on|and|or|in|the|a|an)$/u;

export function resolvePhrase(discourse: Discourse, phrase: string, apposition: string | null, offset: number): Reference | null {
  // ("Nurses rallying outside Australia's most populous state, New South Wales, vowed …": a name set beside a place's
  // description is that place, which says nothing.)
  // (Not "Jane Roe, the head of the village": a person whose role is of a place.)
  if (apposition && placeNouns.test(apposition.trim()) && !/\b(?:of|for|at|in|from|with|on)\b/u.test(apposition) && /^\p{Lu}/u.test(phrase.trim())) return null;
  // ("A statement by the KDF's Spokesperson's Office says", "the Kelby Police Press Office said": a body's office for the
  // press speaks for the body.)
  const pressOffice = /^(?:the\s+)?(\p{Lu}.*?)(?:['’]s?)?\s+(?:(?:[Ss]pokes(?:person|man|woman)(?:['’]s)?|[Pp]ress|[Mm]edia|[Cc]ommunications?|[Pp]ublic\s+[Aa]ffairs|[Pp]ublic\s+[Rr]elations|[Ii]nformation)\s+)(?:[Oo]ffice|[Uu]nit|[Tt]eam|[Dd]esk|[Dd]epartment|[Dd]irectorate|[Dd]ivision)$/u.exec(phrase.trim());
  if (pressOffice?.[1]) {
    const owner = resolvePhrase(discourse, pressOffice[1], null, offset);
    if (owner?.kind === 'entity' && owner.entity.type === 'organization') return owner;
  }
  // ("The 31-year-old teacher from Quillby told Kelby News": a description in small letters of someone the text named, with
  // where they come from; the place is no name of theirs.)
  // (Most phrases hold neither word: a plain test first, the pattern only for those that may.)
  const from = (phrase.includes(' from ') || phrase.includes(' in ')) && /^\s*(?:[Tt]he|[Aa]n?)\s/u.test(phrase) && /^((?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}\p{N}-]+\s+){1,4}?)(?:from|in)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u.exec(phrase.trim());
  if (from && from[1] && (from[1].trim().split(/\s+/u).some((word) => isRoleWord(word)) || /\d+-year-old/u.test(from[1]))) return resolvePhrase(discourse, from[1].trim(), apposition, offset);
  // ("… said The Financial Times. … said the Times": a paper named before, by the word its name ends with.)
  const paper = /^the\s+(\p{Lu}\p{Ll}+)$/u.exec(phrase.trim())?.[1];
  if (paper && mediaNameWords.has(paper.toLowerCase())) {
    const named = latest(discourse.registry, offset, (candidate) => candidate.type === 'media' && candidate.name.split(/\s+/u).length > 1 && candidate.name.endsWith(` ${paper}`), true);
    if (named) return entity(named);
  }
  // ("Kelbyfest has been cancelled, organisers said", "a statement from the event organisers": an event's organisers speak
  // for the event the text names, a festival, a race, a show.)
  if (/^(?:the\s+)?(?:(?:event|festival|race|show|tournament|concert)\s+)?organi[sz]ers$/iu.test(phrase.trim())) {
    const event = (candidate: Entity) => candidate.type === 'organization' && (eventName.test(candidate.name) || [...(candidate.kinds ?? [])].some((kind) => eventName.test(kind)));
    const held = latest(discourse.registry, offset, event, true) ?? latest(discourse.registry, offset, event);
    if (held) return entity(held);
    // (An event the registry read no name for: "the closing night of Kelby Fest", its name's last word its kind.)
    const named = [...(discourse.source ?? '').matchAll(eventInText)].map((match) => match[1]?.replace(nameOpeners, '') ?? '').find((name) => name.includes(' '));
    const body = named ? ensure(discourse.registry, named, 'organization') : null;
    // (Read as a person's two names, with nothing a person has: the event's.)
    if (body?.type === 'person' && !body.role && !body.gender && body.age === undefined) body.type = 'organization';
    if (body?.type === 'organization') return entity(body);
  }
  // ("Roe, the Chief PRO, said … . However, another railway official said … . ¶ “…,” the official said": the other one,
  // unnamed, whom no name has followed.)
  const other = otherOneBefore(discourse, phrase, offset);
  if (other) return other;
  // ("K.L. Ferries said … ¶ “…,” K.L Ferries said", "U.K. Steel … UK Steel said": a name of two words or more the text gave
  // before with its letters' stops, or without them, is that one.)
  const bare = phrase.trim().replace(/^the\s+/iu, '');
  if (/\s/u.test(bare) && /\p{Lu}\.?\p{Lu}/u.test(bare) && !discourse.registry.byName.has(bare.toLowerCase())) {
    const same = discourse.registry.entities.find((candidate) => candidate.type !== 'media' && [candidate.name, ...candidate.aliases].some((name) => undotted(name) === undotted(bare)));
    if (same) return entity(same);
  }
  // ("DICT Undersecretary Jeff Roe said … ¶ “…,” DICT Undersecretary said": a title alone, word for word the one the
  // text gave a person before, is that person, not the body its letters name.)
  const title = /^(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){1,4})$/u.exec(phrase.trim())?.[1];
  if (title && isRoleWord(title.split(/\s+/u).at(-1) ?? '')) {
    const holder = latest(discourse.registry, offset, (candidate) => candidate.type === 'person' && candidate.role !== null && sameTitle(candidate.role) === sameTitle(title), true);
    if (holder) return entity(holder);
  }
  // ("“…,” CM Sindh said": an office's letters and the place it serves, the person who holds that office there.)
  const office = /^(\p{Lu}{2,3})\s+(\p{Lu}\p{Ll}+)$/u.exec(phrase.trim());
  if (office?.[1] && office[2]) {
    const [letters, place] = [office[1], office[2]];
    // ("Chief Minister of Sindh": the title's words, the place and "of" aside, give the letters.)
    const initials = (role: string) => role.split(/\s+/u).filter((word) => word !== place && !/^(?:of|the|for)$/iu.test(word)).map((word) => word.charAt(0).toUpperCase()).join('');
    const holder = latest(discourse.registry, offset, (candidate) => candidate.type === 'person' && new RegExp(`\\b${place}\\b`, 'u').test(candidate.role ?? '') && initials(candidate.role ?? '') === letters, true);
    if (holder) return entity(holder);
  }
  // ("said editors at the Kelby Journal of Medicine", "said staff at Kelby Hospital": a body's people where they work speak
  // for it.)
  const workplace = peopleAt.exec(phrase.trim())?.[1];
  if (workplace) {
    const body = resolvePhrase(discourse, workplace, null, offset);
    if (body?.kind === 'entity' && body.entity.type === 'organization') return body;
  }
  // ("read a post on the Kelby Rovers Facebook page", "a post on the club's Facebook page read": whose page it is speaks.)
  const paged = pagePost.exec(phrase.trim());
  if (paged?.[1]) {
    const owner = paged[1].replace(/^the\s+(?=\p{Lu})/u, '');
    const principal = resolvePhrase(discourse, owner, null, offset);
    // (Never the platform the page is on, which a body's noun may find named last.)
    if (principal?.kind === 'entity' && !platformName.test(principal.entity.name)) return principal;
  }
  // ("said a spokeswoman at the public prosecutor's office in Duisburg, Anna Weiler on Thursday": the voice described,
  // then named in apposition, a day after the name aside.)
  const voiced = apposition?.trim().replace(/[.,;:]$/u, '').replace(/\s+(?:on|last|this|early|late)\s+\p{L}+(?:\s+\p{L}+)?$/u, '');
  if (voiced && /^(?:a|an|the)\s/iu.test(phrase.trim()) && pressRole.test(phrase) && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u.test(voiced) && voiced.split(/\s+/u).every((word) => !isRoleWord(word.toLowerCase()) && !organizationWords.has(word.toLowerCase()))) {
    const holder = discourse.registry.byName.get(voiced.toLowerCase());
    if (holder?.type !== 'organization' && holder?.type !== 'media') {
      const person = holder ?? ensure(discourse.registry, voiced, 'person');
      person.role ??= phrase.trim().replace(/^(?:a|an|the)\s+/iu, '');
      return entity(person);
    }
  }

  const found = resolveWords(discourse, phrase, apposition, offset);
  if (found?.kind === 'entity' && found.entity.type !== 'organization') return found;
  // ("According to the MCE, Hon. Kwame Roe, …": an office by its letters, then the person the text named holding it.)
  const holderName = found?.kind === 'entity' && /^the\s+\p{Lu}{2,6}$/u.test(phrase.trim()) ? /^(?:(?:Hon|Dr|Mr|Mrs|Ms|Rev)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u.exec(voiced ?? '')?.[1] : undefined;
  const officeHolder = holderName ? discourse.registry.byName.get(holderName.toLowerCase()) : undefined;
  if (officeHolder?.type === 'person') return entity(officeHolder);
  if (found?.kind === 'anonymous') {
    const registry = discourse.registry;
    // ("the progressive teachers’ group Alliance of Concerned Teachers called out": a kind of body in small letters, then
    // the name of a body the text knows, is that body.)
    const words = phrase.trim().split(/\s+/u);
    const first = words.findIndex((word) => /^\p{Lu}/u.test(word));
    const named = first > 0 && words.slice(0, first).every((word) => /^\p{Ll}/u.test(word)) ? registry.byName.get(words.slice(first).join(' ').toLowerCase()) : undefined;
    if (named?.type === 'organization' && organizationWords.has((words[first - 1] ?? '').toLowerCase())) return entity(named);
    // ("The State's largest teaching union, the INTO, has said": a body described, then named in apposition by its
    // letters or a name the text gave a body, is that body.)
    const name = apposition ? /^\s*(?:the\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,5})\s*[,;]?\s*$/u.exec(apposition)?.[1] : undefined;
    const known = name ? registry.byName.get(name.toLowerCase()) : undefined;
    if (name && (known?.type === 'organization' || (!known && /^\p{Lu}{2,8}$/u.test(name) && organizationWords.has((found.description.trim().split(/\s+/u).at(-1) ?? '').toLowerCase())))) return entity(known ?? ensure(registry, name, 'organization'));
  }
  return personAtEnd(discourse.registry, phrase) ?? (found === null || found.kind === 'anonymous' ? partOf(discourse, phrase, offset) : null) ?? found;
}

/** "the official" after "another railway official said", no one named since: that other one, unnamed. */
function otherOneBefore(discourse: Discourse, phrase: string, offset: number): Reference | null {
  const noun = /^[Tt]he\s+(\p{Ll}[\p{Ll}-]+)$/u.exec(phrase.trim())?.[1];
  if (!noun || discourse.source === undefined) return null;
  const from = Math.max(0, offset - 600);
  const told = [...discourse.source.slice(from, offset).matchAll(new RegExp(`\\b(?:[Aa]nother|[Aa] second|[Aa] third|[Aa] different|[Oo]ne other)\\s+((?:[\\p{Ll}-]+\\s+){0,3}?${noun})\\b`, 'gu'))].at(-1);
  if (!told?.[1]) return null;
  const at = from + (told.index ?? 0);
  if (discourse.registry.mentions.some((mention) => mention.offset > at && mention.offset < offset && mention.entity.type === 'person')) return null;
  return { kind: 'anonymous', description: told[1] };
}

const placeNouns = /(?:^|\s)(?:state|city|country|province|county|region|capital|town|village|island|district|nation|territory|suburb|municipality|neighbou?rhood)$/u;

/**
 * "The high command of the Kelby Police Force has assured … ¶ “…,” said the high command": a part of a body the text
 * named as the part "of" that body speaks for it (not a role, "the chairman", whose holder may be named).
 */
function partOf(discourse: Discourse, phrase: string, offset: number): Reference | null {
  const part = /^the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/iu.exec(phrase.trim())?.[1]?.toLowerCase();
  const source = discourse.source;
  if (!part || !source || part.split(/\s+/u).some((word) => isRoleWord(word) || word in personalPronouns)) return null;
  let body: Entity | null = null;
  for (const match of source.slice(0, offset).matchAll(new RegExp(`\\bthe\\s+${part.replace(/\s+/gu, '\\s+')}\\s+of\\s+(?:the\\s+)?`, 'giu'))) {
    const at = (match.index ?? 0) + match[0].length;
    body = discourse.registry.mentions.find((mention) => mention.offset === at && mention.entity.type === 'organization')?.entity ?? body;
  }
  return body ? entity(body) : null;
}

/**
 * "Leader of the Opposition in the National Assembly Ana Roe said": a phrase read as a body's name, or as no one, that
 * ends on a person's full name is theirs, whatever title and body stand before it.
 */
const publicOf = new RegExp(`^(?:a|an|one|another)\\s+(?:\\p{Lu}[\\p{L}&'’.-]*\\s+){1,3}(?:${publicPeople})$`, 'u');
const localPerson = new RegExp(`^(?:a|an|one|another)\\s+(?:\\p{Ll}+\\s+)?(?:${localPeople})\\s+(?:of|from|in)\\s`, 'u');

function personAtEnd(registry: Registry, phrase: string): Reference | null {
  const words = phrase.split(/\s+/u).filter(Boolean);
  const lower = words.map((word) => word.toLowerCase());
  for (const size of [3, 2]) {
    const tail = words.slice(-size);
    if (words.length <= size || !tail.every((word) => /^\p{Lu}/u.test(word)) || /['’]s$/u.test(words.at(-1) ?? '')) continue;
    // (Not "the family of Ana Roe", "a spokesperson for Kelby Area Schools": whom the phrase is of, or a body's last words.)
    if (connectorsBeforeName.test(lower[words.length - size - 1] ?? '') || registry.byName.get(lower.slice(-size - 1).join(' '))?.type === 'organization') continue;
    const named = registry.byName.get(lower.slice(-size).join(' '));
    if (named?.type === 'person' && named.name.split(/\s+/u).length === size) return entity(named);
  }
  return null;
}

function resolveWords(discourse: Discourse, phrase: string, apposition: string | null, offset: number): Reference | null {
  // "Its post on Thursday said", "the ministry's statement late on Monday said": when is not who.
  const timed = whenSaid.exec(phrase);
  if (timed && timed.index > 0) phrase = phrase.slice(0, timed.index);
  // "Roe on his Twitter page said", "the ministry via its Facebook account said": where it was said is not who.
  const posted = whereSaid.exec(phrase);
  if (posted && posted.index > 0) phrase = phrase.slice(0, posted.index);
  // ("Reader Linh Roe in Houston told us", "Jane Poe from Leeds said": where a named person is from is no part of them.)
  const placed = /^(.*?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+(?:in|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.exec(phrase.trim());
  if (placed?.[1] && discourse.registry.byName.get((/(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)$/u.exec(placed[1])?.[1] ?? '').toLowerCase())?.type === 'person') phrase = placed[1];
  const words = phrase.split(/\s+/).filter(Boolean);
  const lower = words.map((word) => word.replace(/['’]s$/, '').toLowerCase());
  const head = lower.at(-1) ?? '';
  const registry = discourse.registry;
  if (words.length === 0) return null;
  // ("the human resources ministry said", "the health department said": a government's body by its field, in small letters:
  // the body the text names with that field, else the body by those words, which "the ministry" then goes on with.)
  const field = lower.slice(1, -1);
  if (lower[0] === 'the' && /^(?:ministry|department)$/u.test(head) && field.length >= 1 && field.length <= 2 && words.slice(1, -1).every((word) => /^\p{Ll}[\p{Ll}-]+$/u.test(word)) && (isLexiconNoun(field.at(-1) ?? '') || /^(?:foreign|interior|home|environmental|agricultural|educational)$/u.test(field.at(-1) ?? '')) && field.every((word) => !isRoleWord(word) && !/^(?:new|old|local|same|other|former|whole|entire|relevant|concerned|said|police|fire)$/u.test(word))) {
    const named = latest(registry, offset, (candidate) => candidate.type === 'organization' && [candidate.name, ...candidate.aliases].some((name) => field.every((word) => new RegExp(`\\b${word}\\b`, 'iu').test(name)) && new RegExp(`\\b${head}\\b`, 'iu').test(name)), true);
    return entity(named ?? ensure(registry, [...field, head].map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' '), 'organization'));
  }
  if (words.length === 1 && head in personalPronouns) {
    // (The paragraph before, up to its last sentence: the person it opens with is its topic, for "she" after it.)
    const topic: [number, number] | undefined = discourse.previousParagraph !== undefined && discourse.before ? [discourse.previousParagraph, discourse.before[0]] : undefined;
    const meant = spokesperson(discourse, head, offset) ?? pronoun(registry, head, offset, discourse.sentences, discourse.before, topic, discourse);
    // ("Speaking …, he said: “…” ¶ He added that …": the one a speaking "he" or "she" stood for is mentioned there, for the
    // pronoun that goes on with them.)
    if (meant?.kind === 'entity' && meant.entity.type === 'person' && (head === 'he' || head === 'she') && !registry.spoken.some((mention) => mention.offset === offset)) {
      registry.spoken.push({ entity: meant.entity, offset, said: head === 'she' ? 'female' : 'male' });
    }
    return meant;
  }
  // ("a resident of downtown Kelby told": one of a place's people, unnamed; the place speaks for no one.)
  // ("said one TTC user", "a Kelby Rovers fan told": one of a body's or a place's public, unnamed; the body is no speaker.)
  if (localPerson.test(phrase.trim()) || publicOf.test(phrase.trim())) return { kind: 'anonymous', description: phrase.trim() };
  // ("The county's medical officer of health, Dr Rosa Kim, … “…,” the medical officer of health said": a role of several
  // words, "of" and all, word for word the one the text gave a person before, is that person.)
  if (/^the$/iu.test(words[0] ?? '') && words.length >= 4 && lower.includes('of') && lower.slice(1).some((word) => isRoleWord(word))) {
    const role = lower.slice(1).join(' ');
    const holder = latest(registry, offset, (candidate) => candidate.type === 'person' && (candidate.role ?? '').toLowerCase().replace(/^(?:the|a|an)\s+/u, '').replace(/^\p{L}+['’]s\s+/u, '') === role, true);
    if (holder) return entity(holder);
  }
  // ("An emergency department nurse from Wollongong said": someone by their work and their town, unnamed; not "an official
  // from the ministry", who speaks for it.)
  const byWork = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s+(?:of|from|in)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})$/u.exec(phrase.trim());
  if (byWork?.[1] && byWork[2] && isRoleWord(byWork[1]) && !spokesRoles.test(byWork[1]) && !/^(?:official|officer|representative|source|member|staff|employee|agent|spokes\p{L}*)$/u.test(byWork[1]) && !byWork[2].split(/\s+/u).some((word) => organizationWords.has(word.toLowerCase())) && registry.byName.get(byWork[2].toLowerCase())?.type !== 'organization') return { kind: 'anonymous', description: phrase.trim() };
  // "the head of state remarked", "the head of government said": the president or monarch, the prime minister, named before.
  const headOf = /^the\s+(?:\p{Ll}+\s+)?head of (state|government)$/u.exec(phrase.trim().toLowerCase());
  if (headOf) {
    const office = headOf[1] === 'state' ? /\b(?:president|king|queen|emir|monarch|sultan|governor-general)\b/iu : /\b(?:prime minister|premier|chancellor|taoiseach)\b/iu;
    const holder = latest(registry, offset, (candidate) => candidate.type === 'person' && office.test(`${candidate.role ?? ''} ${candidate.described ?? ''} ${titleBefore(discourse, candidate)}`), true);
    if (holder) return entity(holder);
  }
  // "His Highness said", "Her Excellency added": the person the text named after that honorific, last before.
  const honour = /^(?:his|her)\s+(?:royal\s+)?(highness|majesty|excellency|holiness|eminence|beatitude|lordship|ladyship)$/iu.exec(phrase.trim());
  if (honour?.[1] && discourse.source) {
    const named = new RegExp(`\\b${honour[1]}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`, 'iu');
    const holder = registry.mentions.filter((mention) => mention.entity.type === 'person' && mention.offset < offset && named.test(discourse.source?.slice(Math.max(0, mention.offset - 60), mention.offset) ?? '')).at(-1);
    if (holder) return entity(holder.entity);
  }
  // "the 58-year-old added": the person the text gave that age.
  // ("the 34-year-old mother-of-two said": a tabloid's family count is the person's own description, like the age alone.)
  // ("the 32-year-old singer said": any one word for the person after the age, the age deciding.)
  const aged = /^(?:the|a)\s+(\d{1,3})-year-old(?:\s+(woman|man|mother|father|grandmother|grandfather|girl|boy|(?:mother|father|mum|mom|dad|grandmother|grandfather|grandad|gran)-of-(?:one|two|three|four|five|six|seven|eight|\d{1,2})|\p{Ll}[\p{Ll}-]{2,}))?$/iu.exec(phrase.trim());
  if (aged) {
    const person = latest(registry, offset, (candidate) => candidate.type === 'person' && candidate.age === Number(aged[1]));
    if (person) return entity(person);
    // ("Manager Roe praised his side. “…,” the 52-year-old said": an age no one was given is that of the person the
    // sentence before opens with, when one does.)
    const subject = aged[2] && !aged[2].includes('-of-') ? null : subjectBefore(discourse, offset);
    if (subject?.kind === 'entity' && subject.entity.age === undefined) {
      subject.entity.age = Number(aged[1]);
      return subject;
    }
  }
  // "the 45-year-old Dutchman said", "the Welshwoman added": a nationality's man or woman (one capitalised word
  // ending so, after "the") is the person of that sex, and that age if one is given, named last before.
  const national = /^the\s+(?:(\d{1,3})-year-old\s+)?(?:\p{Ll}[\p{Ll}-]+\s+)?(\p{Lu}\p{Ll}{2,}?(woman|man))$/u.exec(phrase.trim().replace(/\s+/gu, ' '));
  if (national?.[2] && !registry.byName.has(national[2].toLowerCase())) {
    const gender = national[3] === 'woman' ? 'female' : 'male';
    const age = national[1] ? Number(national[1]) : undefined;
    const person = latest(registry, offset, (candidate) => candidate.type === 'person' && (!candidate.gender || candidate.gender === gender) && (age === undefined || candidate.age === undefined || candidate.age === age), true);
    if (person) {
      person.gender ??= gender;
      if (age !== undefined) person.age ??= age;
      return entity(person);
    }
  }
  // "the Brampton, Ont., woman said", "the retired teacher said": the person of that sex the text named last.
  // (An age in the description must be the person's: "the 52-year-old man" is no woman named before.)
  const described = /\d/u.test(phrase) ? null : /^the\s+(?:[^"“”]{0,40}\s)?(woman|man|mother|father|grandmother|grandfather|wife|husband|widow|girl|boy)$/iu.exec(phrase.trim().replace(/\s+/gu, ' '));
  if (described?.[1]) {
    const gender = genderOf(described[1]) ?? (/^(?:woman|girl|widow)$/iu.test(described[1]) ? 'female' : 'male');
    const person = latest(registry, offset, (candidate) => candidate.type === 'person' && (!candidate.gender || candidate.gender === gender), true);
    if (person) {
      person.gender ??= gender;
      return entity(person);
    }
  }
  const relative = relativeNamed(discourse, phrase, apposition, offset) ?? familyOf(discourse, phrase, offset);
  if (relative) return relative;
  // ("Kelby's mayor said", "Ardia's foreign minister said": a place's office, as "the Kelby mayor" is; not a person's or a
  // body's own, "Roe's lawyer", "the club's manager".)
  const placeRole = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))$/u.exec(phrase.trim());
  if (placeRole?.[1] && placeRole[2] && isRoleWord(placeRole[3] ?? '') && !spokesRoles.test(placeRole[3] ?? '') && registry.byName.get(placeRole[1].toLowerCase())?.type !== 'person' && registry.byName.get(placeRole[1].toLowerCase())?.type !== 'organization') {
    const held = resolvePhrase(discourse, `the ${placeRole[1]} ${placeRole[2]}`, apposition, offset);
    if (held?.kind === 'entity') return held;
  }
  // ("Education Minister Jane Roe … In a statement, her office said": the office of the one the pronoun means, as "Roe's
  // office" is.)
  const ownOffice = /^(his|her)\s+(office|campaign|press office)$/iu.exec(phrase.trim());
  if (ownOffice?.[1] && ownOffice[2]) {
    const holder = resolvePhrase(discourse, ownOffice[1].toLowerCase() === 'his' ? 'he' : 'she', null, offset);
    if (holder?.kind === 'entity' && holder.entity.type === 'person') return resolvePhrase(discourse, `${holder.entity.name}'s ${ownOffice[2].toLowerCase()}`, apposition, offset);
  }
  // "the senator's office", "Roe's campaign", "a Roe spokesperson": they speak for the one named.
  // ("a spokesman for the Information Commissioner's Office": a capitalised "Office" after a spokesperson's "for" is
  // the body's own name, said whole, not the commissioner's office.)
  const namedOffice = /\bspokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?\p{Lu}[^']*['’]s\s+\p{Lu}/iu.test(phrase);
  // ("a statement from the KYC President’s office": the office whose statement it is.)
  const possessive = namedOffice ? null : /^(.+?)(?:['’]s|(?<=s)['’])\s+(?:office|campaign|team|spokes(?:man|woman|person)|representatives?|press office)$/iu.exec(phrase.replace(/^(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:statement|letter|release|note|message)\s+(?:from|by)\s+/iu, ''));
  // ("the sheriff's office" after "the Clearwater County Sheriff's Office": a body so named, not the sheriff.)
  const bodyNamed = possessive?.[1] ? phrase.replace(/^(?:the|a|an)\s+/iu, '').replace(/['’]s\b/gu, '').toLowerCase() : '';
  const office = bodyNamed ? latest(registry, offset, (candidate) => candidate.type === 'organization' && candidate.name.replace(/['’]s\b/gu, '').toLowerCase().endsWith(bodyNamed)) : null;
  if (office) return entity(office);
  // ("a spokesperson with the Secretary of State's office", "Bellows' office said": an official's office speaks as a body
  // of its own, named as the text first names it; the official's name and role name it too, so later mentions find it.)
  if (possessive?.[1] && /^(?:office|campaign)$/iu.test(head)) {
    const principal = resolvePhrase(discourse, possessive[1], null, offset);
    const holder = principal?.kind === 'entity' && principal.entity.type === 'person' ? principal.entity : null;
    const written = possessive[1].replace(/^(?:(?:the|a|an)\s+)?(?:spokes(?:man|woman|person)|representative|official)\s+(?:for|with|of|at|from)\s+/iu, '').replace(/^(?:the|a|an)\s+/iu, '');
    const titled = holder?.role && holder.role.split(/\s+/u).some((word) => isRoleWord(word.toLowerCase())) && !/^(?:mr|mrs|ms|dr|miss|mx)\.?$/iu.test(holder.role) ? holder.role : undefined;
    // ("candidate Kari Roe's campaign": the name as the text wrote it, without the role before it.)
    const mark = phrase.includes('’') ? '’' : "'";
    const names = [holder && written.endsWith(holder.name) ? holder.name : written, holder?.name, titled].flatMap((name) => (name ? [`${name}${/s$/u.test(name) ? mark : `${mark}s`} ${head}`] : []));
    const known = latest(registry, offset, (candidate) => candidate.type === 'organization' && names.some((name) => [candidate.name, ...candidate.aliases].some((alias) => alias.toLowerCase() === name.toLowerCase())), true);
    const body = known ?? ensure(registry, names[0] ?? `${written}'s ${head}`, 'organization');
    for (const name of names) if (name !== body.name) body.aliases.add(name);
    return entity(body);
  }
  if (possessive?.[1]) {
    const principal = resolvePhrase(discourse, possessive[1], null, offset);
    if (principal?.kind === 'entity') return { ...principal, spokesperson: principal.entity.type !== 'person' };
    // ("The prime minister's spokesman said": someone's spokesman whom the text never named speaks for no body named before.)
    if (/spokes(?:man|woman|person)$/iu.test(phrase) && /^(?:the|a|an)\s+\p{Ll}/iu.test(possessive[1])) return { kind: 'anonymous', description: phrase.trim() };
  }
  // "the Kelsham Evening Post": a capitalised "Post" after a name is an outlet's, not a written post.
  const outletName = /^\p{Lu}/u.test(words.at(-1) ?? '') && /^\p{Lu}/u.test(words.at(-2) ?? '');
  // "Kelsham's 2024-25 annual report", "its sustainability report": a report someone owns is their document, not an outlet's.
  const ownedReport = /^reports?$/u.test(head) && words.slice(0, -1).some((word) => /['’]s$|^(?:his|her|its|their)$/iu.test(word));
  const ruling = courtDocument(registry, lower, offset);
  if (ruling) return entity(ruling);
  // ("The letter, signed by headteacher Jane Roe, said": who signed it speaks.)
  const signer = /^(?:signed|written|penned|authored)\s+by\s+(.+)$/u.exec(apposition?.trim().replace(/[.,;:]$/u, '') ?? '')?.[1];
  const signed = signer && documentWords.has(head) ? resolvePhrase(discourse, signer, null, offset) : null;
  if (signed?.kind === 'entity') return signed;
  if ((documentWords.has(head) || ownedReport) && !outletName) return document(discourse, words.slice(0, -1), offset, false, head);
  // ("The statement on Kelby Hospital continued": what a document is about is no one who wrote it; the document is as
  // "the statement" alone is.)
  // ("the notice to families stated": nor whom it was sent to.)
  const about = lower.findIndex((word, index) => index > 0 && (/^(?:on|about|regarding|concerning)$/u.test(word) || (/^(?:to|for)$/u.test(word) && words.slice(index + 1).every((after) => /^\p{Ll}/u.test(after)))) && documentWords.has(lower[index - 1] ?? ''));
  if (about > 0) return document(discourse, words.slice(0, about - 1), offset, false, lower[about - 1]);
  // ("a statement attributed to Jane Roe": the author after "attributed to" as after "from".)
  const fromIndex = lower.findIndex((word, index) => word === 'from' || word === 'by' || (word === 'to' && lower[index - 1] === 'attributed'));
  // ("a press release issued by the Kelby Park Service": the participle between the document and "by".)
  const documentAt = lower[fromIndex] === 'to' || (lower[fromIndex] === 'by' && /^(?:issued|released|published|circulated|signed)$/u.test(lower[fromIndex - 1] ?? '')) ? fromIndex - 2 : fromIndex - 1;
  if (fromIndex > 0 && documentWords.has(lower[documentAt] ?? '')) return document(discourse, words.slice(fromIndex + 1), offset, true);
  if (lower.length <= 3 && /^(?:the|this|that)$/.test(lower[0] ?? '') && mediaBackReferences.has(head)) {
    // ("The Kelby Medical College published its annual report on Monday. … “…,” the report reads": a report the text says
    // someone issued is theirs, not an outlet's.)
    const issued = /^reports?$/u.test(head) ? issuerBefore(discourse, offset, 'report') : null;
    if (issued) return issued.reference;
    const outlet = latestOutlet(registry, offset);
    if (outlet) return entity(outlet);
  }
  // ("said the DCP", "the Commissioner of Police said": the title of the person named right after it, see `titleHolder`.)
  const titledBody = lower.length > 1 && lower[0] === 'the' ? registry.byName.get(lower.slice(1).join(' ')) : undefined;
  const titledPerson = titledBody?.type === 'organization' ? titleHolder(discourse, titledBody, offset) : null;
  if (titledPerson) return entity(titledPerson);
  // "Education Cabinet Secretary Jane Roe … “…,” the CS said": a title's initials call the one who holds it.
  // (The title's own words, last in it: "the FBI said" is not "FBI Director Jane Roe" nor "Director of the FBI".)
  if (lower.length === 2 && lower[0] === 'the' && /^\p{Lu}{2,5}$/u.test(words[1] ?? '') && registry.byName.get(head)?.type !== 'person') {
    const holder = latest(registry, offset, (candidate) => candidate.type === 'person' && titleInitials(candidate.role ?? '', words[1] ?? ''), true);
    if (holder) return entity(holder);
  }
  // ("“…,” CM wrote in his tweet" after "Chief Minister Jane Roe": the initials alone, as South Asian papers write them,
  // when no body the text named goes by them.)
  if (lower.length === 1 && /^\p{Lu}{2,4}$/u.test(words[0] ?? '') && ![...registry.entities].some((candidate) => candidate.type !== 'person' && [candidate.name, ...candidate.aliases].includes(words[0] ?? '') && !registry.guesses.some((guess) => guess.entity === candidate))) {
    const holder = latest(registry, offset, (candidate) => candidate.type === 'person' && titleInitials(candidate.role ?? '', words[0] ?? ''), true);
    if (holder) return entity(holder);
  }
  // "the trust", "the regulator": a word of an organisation's name, used for the organisation named before.
  if (lower.length <= 3 && lower.length > 1 && /^(?:the|this|that)$/.test(lower[0] ?? '') && !isRoleWord(head)) {
    // ("the appeals court" is the Appeals Court, though a Superior Court was named since: every word, else the head.)
    // ("the appeals court" is also the Court of Appeal: words compared without a plural's "s".)
    const every = lower.slice(1).map(stemOf);
    const named = (lower.length === 3 ? latest(registry, offset, (candidate) => nameHasStems(candidate, every), true) : null) ?? latest(registry, offset, (candidate) => nameHasStems(candidate, [stemOf(head)]), true);
    if (named) return entity(named);
    // ("Flights were diverted to Kelby International Airport. … The airport said": a place that is also an institution,
    // named before with that word last, speaks as a body.)
    if (lower.length === 2 && facilityWords.test(head) && discourse.source) {
      const place = [...discourse.source.slice(0, offset).matchAll(new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,4}${head.charAt(0).toUpperCase()}${head.slice(1)})(?![\\p{L}])`, 'gu'))].at(-1)?.[1];
      // (Words that open a sentence or date it are no part of the name: "On Monday Kelby Airport …".)
      const name = place?.replace(nameOpeners, '');
      if (name && name.includes(' ')) return entity(ensure(registry, name, 'organization'));
      // ("Boardmasters music festival cancelled … . In a statement, the festival said": a name set before the word in small
      // letters, a word of its kind between perhaps, is what the word stands for.)
      const kind = [...discourse.source.slice(0, offset).matchAll(new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3})(?:\\p{Ll}+\\s+)?${head}(?![\\p{L}])`, 'gu'))].at(-1)?.[1]?.trim().replace(nameOpeners, '');
      if (kind && /^\p{Lu}/u.test(kind) && !isLexiconWord(kind.toLowerCase()) && registry.byName.get(kind.toLowerCase())?.type !== 'person') {
        // (A festival goes by its name, "Boardmasters"; a place's airport or zoo by the place and the word, "Kelby Airport".)
        const place = registry.places.has(kind) || isPlaceName(kind);
        const name = head === 'festival' && !place ? kind : `${kind} ${head.charAt(0).toUpperCase()}${head.slice(1)}`;
        const body = registry.byName.get(name.toLowerCase()) ?? ensure(registry, name, 'organization');
        (body.kinds ??= new Set()).add(head);
        return entity(body);
      }
    }
  }
  // "the Chinese embassy", "the British government": a country's state body by its people's name is that country's, the
  // one the text named so, else a body of its own (never the ministry named last, of another country). ("the Chinese
  // company" is the firm named before, which the demonym only describes.)
  if (lower.length === 3 && lower[0] === 'the' && isDemonym(words[1] ?? '') && /^(?:embassy|consulate|government|administration|military|army|navy|parliament|cabinet)$/u.test(head)) {
    const qualifier = words[1] ?? '';
    const named = latest(registry, offset, (candidate) => candidate.type === 'organization' && [candidate.name, ...candidate.aliases].some((name) => name.includes(qualifier) && name.toLowerCase().includes(head)), true);
    return entity(named ?? ensure(registry, `${qualifier} ${head}`, 'organization'));
  }
  // ("Four Chilean soldiers were killed near the Peruvian border, the military said": a country's armed forces the text
  // names by no name, the body of the country its story opens on, by the first people's name it gives.)
  if (lower.length === 2 && lower[0] === 'the' && /^(?:military|army|navy)$/u.test(head)) {
    const named = latest(registry, offset, (candidate) => candidate.type === 'organization' && [candidate.name, ...candidate.aliases].some((name) => name.toLowerCase().includes(head)), true);
    const people = named ? undefined : (discourse.source?.slice(0, offset).match(/(?<![\p{L}])\p{Lu}\p{Ll}+(?![\p{L}])/gu) ?? []).find((word) => isDemonym(word));
    if (named ?? people) return entity(named ?? ensure(registry, `${people} ${head}`, 'organization'));
  }
  // ("the force said", "a post on the force's page": British papers call a police service "the force"; the one the text
  // named, by its police words, or a body named "… Force" itself.)
  if (lower.length === 2 && /^(?:the|this|that)$/.test(lower[0] ?? '') && head === 'force') {
    const force = latest(registry, offset, (candidate) => candidate.type === 'organization' && /\b(?:police|constabulary|garda|gardaí|force)\b/iu.test(candidate.name), true);
    if (force) return entity(force);
  }
  // ("Directors said …", "the board said", "Bosses said", "its management said": the people who run a business speak for
  // it, as "the company" does; else no one named, never a body called "Bosses".)
  // ("the board said" after "the Kelby School Board": the body of that name first.)
  if (governing.test(lower.join(' '))) {
    const company = (head === 'board' || head === 'directors' ? latestOrganization(registry, 'board', offset) : null) ?? latestOrganization(registry, 'company', offset) ?? bodyTakenForPerson(discourse, offset) ?? loneBody(discourse, 'company', offset) ?? wordsTakenForPerson(registry, 'company', offset);
    return company ? entity(company) : { kind: 'anonymous', description: phrase.trim() };
  }
  // ("Jane Roe, 34, who denies murder, … . The defendant said: “…”": the defendant, or the accused, is the person the text
  // says is on trial.)
  if (lower[0] === 'the' && lower.length === 2 && /^(?:defendant|accused|convict)$/u.test(head)) {
    const accused = onTrial(discourse, offset);
    if (accused) return entity(accused);
  }
  // ("“…,” the board of education said" after "the Kelby Metropolitan Board of Education": a body's name in small letters,
  // "of" and its field, is the body named before whose name ends so.)
  if (lower[0] === 'the' && lower.length >= 4 && lower.length <= 8 && words.slice(1).every((word) => /^\p{Ll}/u.test(word)) && /\s(?:of|for)\s/u.test(phrase)) {
    const tail = ` ${lower.slice(1).join(' ')}`;
    const body = latest(registry, offset, (candidate) => candidate.type === 'organization' && [candidate.name, ...candidate.aliases].some((name) => ` ${name.toLowerCase()}`.endsWith(tail)), true);
    if (body) return entity(body);
  }
  // ("According to the village, …" or "the village council said" after "the village of Kelby": the municipality the text named
  // in small letters, "Village of Kelby", when no body by that word was named.)
  const township = municipality(discourse, lower, offset);
  if (township) return entity(township);
  // "Police said" without an article: the police force the text named, as "the police" is.
  // ("the food safety watchdog said", "the national rail operator said": two words in small letters before the noun too.)
  const backReference = lower.length <= 3 || (lower.length === 4 && words.slice(1, -1).every((word) => /^\p{Ll}[\p{Ll}-]+$/u.test(word)));
  // ("the food maker said", "the tech giant said", "the dairy producer said": a business by what it makes, or its size.)
  if ((backReference && /^(?:the|this|that)$/.test(lower[0] ?? '') && (organizationBackReferences.has(head) || /^(?:maker|producer|giant)$/u.test(head))) || (lower.length === 1 && head === 'police')) {
    const organization = speakingBody(discourse, head, offset) ?? latestOrganization(registry, head, offset) ?? (namedOnly.has(head) ? null : bodyTakenForPerson(discourse, offset)) ?? (commercial.has(head) ? loneBody(discourse, head, offset) ?? wordsTakenForPerson(registry, head, offset) : null);
    if (organization) return entity(organization);
  }
  // ("Police said", "Local police have praised …": no force named anywhere before, the police as the text calls them.)
  if (/^(?:(?:the\s+)?local\s+|the\s+)?police$/iu.test(phrase.trim()) && !registry.entities.some((candidate) => candidate.type === 'organization' && /\b(?:police|constabulary|garda)\b/iu.test(candidate.name))) return entity(ensure(registry, 'Police', 'organization'));
  // "the first-term Member of Parliament said", "the new Minister for Health said": a body's role with words before it,
  // the person named before with that role, else the one the sentence before opens with.
  // ("The former District Chief Executive of Sekyere said": capitalised words of the title before its head.)
  const roleOf = /^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{L}[\p{L}-]*)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]*$/u.exec(phrase.trim());
  if (roleOf?.[1] && isRoleWord(roleOf[1].toLowerCase()) && !spokesRoles.test(roleOf[1])) {
    const role = roleOf[1].toLowerCase();
    const holder = latest(registry, offset, (candidate) => candidate.type === 'person' && new RegExp(`\\b${role}\\b`, 'iu').test(spelledOut(`${candidate.role ?? ''} ${candidate.described ?? ''}`)), true);
    if (holder) return entity(holder);
    const subject = subjectBefore(discourse, offset);
    if (subject) return subject;
  }
  // "the governor", "the coach": the nearest person whose role it is.
  // ("our coach said", "our captain added": a club's or a company's own site calls its people so.)
  // ("its chief executive said", "their coach said": the role of the body just named, held by the one given it.)
  // ("Her father, Tom Roe, paid tribute. … “…,” her father said": "his" or "her" before a relation the text named first.)
  // (The relation may be the words before the person's first mention, "Her father, Tom Roe,", or after it, "Tom Roe, her father,".)
  // (Only a word of kinship makes the patterns: the phrase's last word may be any text, "a)" too.)
  const kin = /^(?:his|her)$/.test(lower[0] ?? '') && lower.length === 2 && familyWord.test(head) ? head : null;
  const calledKin = (candidate: Entity, word: string) => {
    const first = registry.mentions.find((mention) => mention.entity === candidate);
    const after = first ? (discourse.source ?? '').slice(first.offset + candidate.name.length, first.offset + candidate.name.length + 40) : '';
    const kinWord = new RegExp(`\\b${word}\\b`, 'iu');
    return kinWord.test(candidate.role ?? '') || kinWord.test(titleBefore(discourse, candidate)) || new RegExp(`^,\\s+(?:his|her|their)\\s+${word}\\b`, 'iu').test(after);
  };
  const kinNamed = kin ? latest(registry, offset, (candidate) => candidate.type === 'person' && calledKin(candidate, kin), true) : null;
  if (kinNamed) return entity(kinNamed);
  if (/^(?:the|this|that|our|its|their)$/.test(lower[0] ?? '') && lower.length > 1 && lower.slice(1).every((word) => isRoleWord(word))) {
    // (A role by any word news calls it, "the judge" for a justice, "the CEO" for the chief executive: see `roleKin`.)
    const kin = roleKin[lower.slice(1).join(' ')] ?? roleKin[head] ?? [head];
    // ("Dr Rosa Roe, the county's health officer, … the doctor said": the title the text first gave the person counts too.)
    const holder = latest(registry, offset, (candidate) => candidate.type === 'person' && kin.some((word) => spelledOut(candidate.role ?? '').toLowerCase().includes(word) || (head === 'doctor' && /\b(?:Dr|Doctor)\.?\s*$/u.test(titleBefore(discourse, candidate)))));
    if (holder) return entity(holder);
    // ("“…,” Roe said. The president described it as “…”": no one holds the role by name; the one who just spoke.)
    // (The last speaker only for a bare "the lawmaker" written in lower case: "the MRS" is a body's letters, "the prime
    // minister's spokesman" someone else.)
    const epithet = lower.length === 2 && /^\p{Ll}+$/u.test(words.at(-1) ?? '');
    // (Not one the text gave another role: "Republican candidate Donald Trump … Trump is expected to be sworn in. But the
    // ambassador said" is the ambassador who spoke, not Trump.)
    const previous = !spokesRoles.test(head) ? subjectBefore(discourse, offset) : null;
    const holdsOther = previous?.kind === 'entity' && previous.entity.role !== null && !kin.some((word) => spelledOut(previous.entity.role ?? '').toLowerCase().includes(word)) ? previous.entity : undefined;
    const subject = !spokesRoles.test(head) ? (holdsOther ? null : previous) ?? (epithet ? lastSpeaker(registry, offset, holdsOther) : null) : null;
    if (subject) return subject;
    // ("District Collector Jane Roe told reporters, “…” ¶ “…,” the official further added": the official who just spoke,
    // whatever the title the text gave her.)
    const official = epithet && lower[0] === 'the' && head === 'official' ? lastSpeaker(registry, offset) : null;
    if (official?.kind === 'entity' && official.entity.role) return official;
  }
  // "the PNP chief said", "the local police chief said": a role with words for whose it is, the person named
  // before with that role (the body's words are left to the role the text gave them, which may word it otherwise).
  // ("the Coastal Resources and Harbour Safety Minister said": a ministry's name of many words, capitalised, before the role.)
  const department = lower.length <= 9 && words.slice(1, -1).every((word) => /^\p{Lu}/u.test(word) || /^(?:and|of|for|&)$/u.test(word));
  // ("Spokesman for the Command, DSP Jane Roe said … . “…”, the police spokesman added": the one person the text named as a
  // spokesperson before, whatever words it calls their body by now.)
  // (Not "the spokesperson" bare, after "A spokesperson for Greenfield Power declined …": that one, unnamed, again.)
  if (lower[0] === 'the' && lower.length >= 3 && lower.length <= 4 && /^spokes(?:man|woman|person)$/u.test(head) && !(discourse.unnamedVoice && discourse.unnamedVoice.offset < offset)) {
    const spokespeople = registry.entities.filter((candidate) => candidate.type === 'person' && registry.mentions.some((mention) => mention.entity === candidate && mention.offset < offset) && pressRole.test(`${candidate.role ?? ''} ${titleBefore(discourse, candidate)}`));
    if (spokespeople.length === 1 && spokespeople[0]) return entity(spokespeople[0]);
  }
  if (/^(?:the|this|that)$/.test(lower[0] ?? '') && lower.length > 2 && (lower.length <= 5 || department) && isRoleWord(head) && !spokesRoles.test(head) && !lower.slice(1, -1).some((word) => documentWords.has(word))) {
    // ("Deputy Inspector General Amir Roe said … . “…,” said the police officer": a police rank is a police officer's.)
    const police = /^(?:cop|policeman|policewoman)$/u.test(head) || (head === 'officer' && lower.includes('police'));
    const kinWords = roleKin[head] ?? [head.replace(/[.]/g, '\\.')];
    const holds = (candidate: Entity) => candidate.type === 'person' && (new RegExp(`\\b(?:${kinWords.join('|')})\\b`, 'iu').test(spelledOut(`${candidate.role ?? ''} ${candidate.described ?? ''}`)) || (police && policeRank.test(spelledOut(`${candidate.role ?? ''} ${candidate.described ?? ''}`))));
    const modifiers = lower.slice(1, -1).filter((word) => word.length > 3 && !isRoleWord(word));
    // ("Foreign Minister Jane Roe … Prime Minister Sam Poe … . “…,” the foreign minister said": of those with the role,
    // the one whose title holds the words before it.)
    const qualified = modifiers.length > 0 ? latest(registry, offset, (candidate) => holds(candidate) && modifiers.every((word) => new RegExp(`\\b${word}`, 'iu').test(`${candidate.role ?? ''} ${candidate.described ?? ''}`)), true) : null;
    const holder = qualified ?? latest(registry, offset, holds, true);
    if (holder) return entity(holder);
    // ("Joe Roe, president of the Roe Labour Congress, … “…,” the labour leader said": the words before the role
    // name the body the person was given, quoted before.)
    // ("Department of Health (DOH) Secretary Jane Roe … . “…,” said the Health chief": the words of the title the text
    // first gave the person, right before the name, count as theirs.)
    const member = modifiers.length > 0 ? latest(registry, offset, (candidate) => candidate.type === 'person' && candidate.quoted !== undefined && modifiers.every((word) => new RegExp(`\\b${word}`, 'iu').test(`${candidate.role ?? ''} ${candidate.affiliation ?? ''} ${candidate.described ?? ''} ${titleBefore(discourse, candidate)}`)), true) : null;
    if (member) return entity(member);
    // ("Director (MIS) of the health directorate, Prof Md Jane Roe … . The MIS director said": the body's name in the title
    // of a person named right after it, before.)
    const titled = titledBy(registry, words.slice(1, -1).join(' ').replace(/['’]s$/u, ''), offset);
    if (titled) return entity(titled);
    // ("The Ofoase Roe MP said": a role for a place or a body no one was given by name is the person the text has been
    // quoting, never a person named after the place.)
    // (With "the" before it, a name is none of a person's: "the Jane Roe MP" is no English.)
    const place = registry.byName.get(words.slice(1, -1).join(' ').toLowerCase());
    // ("the SNP leader said", "the PML-N president said": a party's or body's letters, which no one was given with the role,
    // likewise.)
    const letters = words.length === 3 && /^\p{Lu}{2,6}(?:-\p{Lu})?$/u.test(words[1] ?? '') && place?.type !== 'person';
    if ((words.slice(1, -1).every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && (!place || (place.type === 'person' && place.quoted === undefined))) || letters) {
      const quoted = registry.entities.filter((candidate) => candidate.type === 'person' && candidate.quoted !== undefined && candidate.quoted < offset).sort((a, b) => (b.quoted ?? 0) - (a.quoted ?? 0))[0];
      if (quoted) return entity(quoted);
    }
    // ("Nick Roe was at home when it occurred to him: “…,” said the Raptors head coach": a role no one was given, with words
    // for whose it is, describes the one the sentence opens with, as "the coach" does.)
    const subject = !spokesRoles.test(head) ? (ownSubject(discourse, offset) ?? subjectBefore(discourse, offset)) : null;
    if (subject) return subject;
  }
  // "said the head of the Viminale": a person described by the body they lead, the one named so or just before.
  // ("Jane Roe, the chairperson of the Electoral Commission announced": any role of a body, the one given it.)
  const leader = /^[Tt]he\s+(?:head|chief|boss|leader|(\p{Ll}[\p{Ll}-]+))\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(phrase.trim());
  // (A role other than the head's is the one given that role: "the secretary of the board" is not its chairperson.)
  if (leader?.[2] && (!leader[1] || (isRoleWord(leader[1]) && !spokesRoles.test(leader[1])))) return leaderOf(discourse, leader[2], offset, leader[1]) ?? { kind: 'anonymous', description: phrase.trim() };
  // "The Dane said", "the Republican said": a nationality or party for a person the text named before.
  // ("the Irish-born Australian said", "the 58-year-old New Zealander added": with words that describe the person before it.)
  // ("the Ohio Democrat said", "the New York Republican added": a party's member by the state or place they sit for, as
  // American papers name lawmakers.)
  const middle = words.slice(1, -1);
  const describedNational = lower.length >= 3 && lower.length <= 5 && (middle.every((word) => /^(?:[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+|\p{Ll}+|New|South|North)$/u.test(word)) || (middle.length <= 2 && middle.every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && isPlaceName(middle.join(' ')) && registry.byName.get(middle.join(' ').toLowerCase())?.type !== 'person'));
  // (A description the registry read as a name, "an Ohio Democrat" after "Sen. Jane Roe,", names no one.)
  const misread = registry.byName.get(head);
  const misreadDescription = describedNational && misread?.type === 'person' && misread.name.toLowerCase() === lower.slice(1).join(' ');
  if ((lower.length === 2 || describedNational) && lower[0] === 'the' && isDemonym(words.at(-1) ?? '') && (!misread || misreadDescription) && !knownOutlets.has(`The ${words.at(-1)}`)) {
    // ("Sen. Jane Roe, an Ohio Democrat, … Sam Poe … . “…,” the Ohio Democrat said": the one the text called so right after
    // naming them, or marked with the party's letter, "Jane Roe (D-Ohio)", first.)
    const letter = /^democrats?$/u.test(head) ? 'D' : /^republicans?$/u.test(head) ? 'R' : null;
    const calledSo = new RegExp(`^[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}[^.!?“”"]{0,60}?(?:\\b${head.replace(/[^\p{L}-]/gu, '')}\\b${letter ? `|[(,]\\s*${letter}-\\p{Lu}` : ''})`, 'iu');
    const source = discourse.source ?? '';
    const so = registry.mentions.filter((mention) => mention.entity.type === 'person' && mention.entity !== misread && mention.offset < offset && calledSo.test(source.slice(mention.offset, mention.offset + 120))).at(-1);
    if (so && describedNational) return entity(so.entity);
    // (The one the sentence before opens with first: "Lindqvist was pleased. “…,” the Swede said.")
    const subject = subjectBefore(discourse, offset);
    if (subject) return subject;
    const person = latest(registry, offset, (candidate) => candidate.type === 'person', true);
    if (person) return entity(person);
  }
  // ("Jan Roe, the sarpanch of the village, said … ¶ “…,” the sarpanch added": the title the text gave someone, in a word
  // no list of roles holds, calls them.)
  if (lower.length === 2 && lower[0] === 'the' && /^\p{Ll}{3,}$/u.test(words[1] ?? '') && !isRoleWord(head)) {
    // (The role's head word, before its "of" or alone: "the team" is not the "Team boss".)
    // ("Dana Roe, a Kelby Rail driver, … “…,” the driver said": the head may follow words for what or whose, as "train
    // driver" does.)
    const titled = new RegExp(`^(?:(?:the|a|an)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,3}${head}(?:\\s+(?:of|for|at|in)\\b|$)`, 'iu');
    const holder = latest(registry, offset, (candidate) => candidate.type === 'person' && titled.test(candidate.role ?? ''), true);
    if (holder) return entity(holder);
  }
  return roleNamedNear(discourse, words, offset) ?? named(discourse, words, apposition, offset);
}

/** Places that are also institutions, which speak through their management: "the airport said", "the zoo said". */
/** Words that open a sentence or date it, no part of a name after them: "On Monday Kelby Airport …". */
const nameOpeners = new RegExp(`^(?:(?:The|A|An|On|In|At|From|To|By|Last|This|${weekdayNames}|${monthNames})\\s+)+`, 'u');

/** The last words of events' names: "Kelby Fest", "Harrow Marathon". */
const eventWords = 'Festival|Fest|Marathon|Tournament|Show|Fair|Expo|Carnival|Parade|Rally|Summit|Conference|Concert';
/** An event by its name or its kind ("Kelby Fest", a festival, a tournament). */
const eventName = new RegExp(`(?:^|\\s)(?:${eventWords})$`, 'iu');
/** An event's name in the text, up to four capitalised words and the word of its kind. */
const eventInText = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,4}(?:${eventWords}))(?![\\p{L}])`, 'gu');

const facilityWords = /^(?:airport|zoo|museum|stadium|prison|library|aquarium|gallery|theatre|theater|cathedral|festival)$/u;

/** The title ends in the acronym ("Education CS") or in words it is the initials of ("… Cabinet Secretary"), with no "of". */
function titleInitials(title: string, acronym: string): boolean {
  // ("divisional forest officer (DFO) of the Roe Reserve": a title that spells its letters out in brackets; not a body's
  // inside it, "president of the Kelby Labour Congress (KLC)".)
  const spelled = title.indexOf(`(${acronym})`);
  if (spelled > 0) {
    const before = title.slice(0, spelled).trim().split(/\s+/u).slice(-acronym.length);
    if (before.length === acronym.length && before.every((word, at) => word.charAt(0).toUpperCase() === acronym[at]) && isRoleWord((before.at(-1) ?? '').toLowerCase())) return true;
  }
  // ("DCP (North)": the district in brackets after the office is no word of its title.)
  const words = title.replace(/\s+\(\p{L}[\p{L} -]*\)$/u, '').trim().split(/\s+/u);
  // ("deputy commissioner of police … the DCP", "Superintendent of Police … the SP": an office known by its initials is
  // the whole title's, "of" aside, in either case.)
  if (roleAcronyms.has(acronym)) {
    const initials = words.filter((word) => !/^(?:of|the|for)$/iu.test(word)).map((word) => word.charAt(0).toUpperCase()).join('');
    if (initials === acronym) return true;
  }
  // ("Vice-Chancellor of Kelby University … the VC said", "Managing Director of Roe Ltd … the MD": the office's own words
  // before "of", a hyphened word's parts each a letter, the last a role.)
  const of = words.findIndex((word) => /^of$/iu.test(word));
  if (of > 0) {
    const parts = words.slice(0, of).flatMap((word) => word.split('-')).filter(Boolean);
    if (parts.length === acronym.length && parts.every((part, at) => part.charAt(0) === acronym[at] && /^\p{Lu}\p{Ll}/u.test(part)) && isRoleWord((parts.at(-1) ?? '').toLowerCase())) return true;
    return false;
  }
  if (words.at(-1) === acronym) return true;
  const tail = words.slice(-acronym.length);
  return tail.length === acronym.length && tail.every((word, at) => word[0] === acronym[at] && /^\p{Lu}\p{Ll}/u.test(word));
}

/**
 * "A judge has praised a constable for his “sharp policing” … ¶ Judge Aurelio Roe made the comments …", "Kelsham Air's
 * chief executive described it as a “turning point” … ¶ … President and CEO Jane Roe said": a role no name goes with
 * (after "a" or someone's possessive) is the person the text gives that role, before, else within the next lines, as
 * news names the one its first sentence described.
 */
function roleNamedNear(discourse: Discourse, phraseWords: string[], offset: number): Reference | null {
  // ("Bradford's director of public health": the role before its field, the field's words to be found in the holder's title.)
  const of = phraseWords.findIndex((word, index) => index > 0 && word.toLowerCase() === 'of');
  const field = of > 0 ? phraseWords.slice(of + 1).filter((word) => /^\p{Ll}/u.test(word)) : [];
  const words = of > 0 && field.length === phraseWords.length - of - 1 ? phraseWords.slice(0, of) : phraseWords;
  const lower = words.map((word) => word.replace(/['’]s$/u, '').toLowerCase());
  const head = lower.at(-1) ?? '';
  const indefinite = /^(?:a|an)$/u.test(lower[0] ?? '') && lower.length <= 4;
  const owner = words.findIndex((word) => /['’]s$|s['’]$/u.test(word));
  const possessive = owner >= 0 && owner >= lower.length - 3 && owner < lower.length - 1 && lower.length <= 5;
  if (!(indefinite || possessive) || !isRoleWord(head) || spokesRoles.test(head) || /^(?:official|officer|source|member|resident|witness|voter|worker|employee|fan|student|parent|user|customer|passenger|driver|player)s?$/u.test(head)) return null;
  const pattern = head === 'ceo' || (head === 'executive' && lower.at(-2) === 'chief') ? /\b(?:ceo|chief executive)\b/iu : new RegExp(`\\b${head.replace(/[^\p{L}-]/gu, '')}\\b`, 'iu');
  // (The role's own words must be theirs too: "Canada's transport minister" is no infrastructure minister of Portugal.)
  const modifiers = lower
    .slice(possessive ? owner + 1 : 1, head === 'executive' && lower.at(-2) === 'chief' ? -2 : -1)
    .filter((word) => !/^(?:top|senior|former|new|then)$/u.test(word))
    .concat(words === phraseWords ? [] : field.map((word) => word.toLowerCase()))
    .map((word) => new RegExp(`\\b${word.replace(/[^\p{L}-]/gu, '')}`, 'iu'));
  const ownerName = possessive ? words.slice(0, owner + 1).join(' ').replace(/['’]s?$/u, '') : '';
  const foreignOwner = ownerName !== '' && (countryNamed(ownerName) !== undefined || isDemonym(ownerName));
  const holds = (candidate: Entity) => {
    if (candidate.type !== 'person') return false;
    const known = `${candidate.role ?? ''} ${candidate.described ?? ''} ${candidate.affiliation ?? ''}`;
    return pattern.test(known) && modifiers.every((modifier) => modifier.test(known)) && !(foreignOwner && !known.includes(ownerName));
  };
  const before = latest(discourse.registry, offset, holds, true);
  if (before) return entity(before);
  const after = discourse.registry.mentions.find((mention) => mention.offset > offset && mention.offset < offset + 1500 && holds(mention.entity));
  return after ? entity(after.entity) : null;
}

/** Titles as abbreviated before a name, and the word "the …" calls their holder by ("Gov. Jane Roe", "Supt Joe Roe" … "the governor"). */
const abbreviatedTitles: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', supt: 'superintendent', insp: 'inspector', det: 'detective',
  sgt: 'sergeant', capt: 'captain', cpt: 'captain', lt: 'lieutenant', col: 'colonel', gen: 'general', cmdr: 'commander', atty: 'attorney',
  prof: 'professor', pres: 'president', sec: 'secretary', amb: 'ambassador', adm: 'admiral', maj: 'major', cpl: 'corporal',
  dep: 'deputy', asst: 'assistant', cllr: 'councillor', coun: 'councillor', dr: 'doctor', rev: 'reverend', supv: 'supervisor',
  snr: 'senior', const: 'constable', ldg: 'leading', comm: 'commissioner',
};

/** A role with its abbreviated titles written out beside them, for matching "the governor" to "Gov.". */
function spelledOut(role: string): string {
  return role.replace(/(?<!\p{L})(\p{Lu}\p{Ll}{1,4})\.?(?=\s|$)/gu, (whole, word: string) => {
    const full = abbreviatedTitles[word.toLowerCase()];
    return full ? `${whole} ${full}` : whole;
  });
}

/** The person named right after a title taken for a body ("Commissioner of Police (West) Jane Roe"), if one is. */
function titleHolder(discourse: Discourse, title: Entity, offset: number): Entity | null {
  const registry = discourse.registry;
  // (A title's head is a role, before the body it holds office in: "Deputy Commissioner of Police", "Director of Prosecutions".)
  const head = /^(.+?)\s+(?:of|for)\s+\p{Lu}/u.exec(title.name)?.[1]?.split(' ') ?? [];
  if (head.length === 0 || !isRoleWord((head.at(-1) ?? '').toLowerCase()) || !head.every((word) => isTitleWord(word, isLexiconNoun))) return null;
  // (The latest such mention: "the DCP" said before is a mention of the title too, with no name after it.)
  const named = (at: { offset: number }) => registry.mentions.find((mention) => mention.entity.type === 'person' && mention.offset >= at.offset + title.name.length && mention.offset <= at.offset + title.name.length + 14);
  const written = registry.mentions.filter((mention) => mention.entity === title && discourse.source?.slice(mention.offset, mention.offset + title.name.length).toLowerCase() === title.name.toLowerCase());
  // (Else the first one after: "The Chief of Merseyside Police has criticised … as “…”" in the lede, "Chief of Merseyside
  // Police Jane Roe said …" further down.)
  const later = () => {
    const source = discourse.source?.toLowerCase() ?? '';
    for (let at = source.indexOf(title.name.toLowerCase(), offset + 1); at >= 0; at = source.indexOf(title.name.toLowerCase(), at + 1)) {
      const found = named({ offset: at });
      if (found) return found;
    }
    return undefined;
  };
  const person = written.filter((mention) => mention.offset < offset).map(named).findLast((found) => found !== undefined) ?? later();
  if (!person) return null;
  person.entity.role ??= title.name;
  return person.entity;
}

/** The person whose role or affiliation names `body`, else the person the sentence before opens with. */
function leaderOf(discourse: Discourse, body: string, offset: number, role?: string): Reference | null {
  const lower = body.toLowerCase();
  const registry = discourse.registry;
  const holds = (candidate: Entity) => !role || new RegExp(`\\b${role}\\b`, 'iu').test(`${candidate.role ?? ''} ${candidate.described ?? ''}`);
  const named = latest(registry, offset, (candidate) => candidate.type === 'person' && holds(candidate) && [candidate.role, candidate.affiliation].some((text) => (text ?? '').toLowerCase().includes(lower)), true);
  return named ? entity(named) : role ? null : subjectBefore(discourse, offset);
}

/** The person the sentence before opens with (the last of the paragraph before, for a paragraph's first sentence). */
/**
 * The person quoted last, when no other person has been named since: "Roe said it was “too early” … ¶ “…,” the lawmaker
 * said" (a role no one in the text holds by name, for the one whose words the text is giving).
 */
function lastSpeaker(registry: Registry, offset: number, passedOver?: Entity): Reference | null {
  let last: Entity | null = null;
  for (const candidate of registry.entities) if (candidate.type === 'person' && candidate.quoted !== undefined && candidate.quoted < offset && (last?.quoted ?? -1) < candidate.quoted) last = candidate;
  const since = last?.quoted ?? offset;
  // (Quoted just before: a paragraph or two, not the far end of a long page; no one named since but one known to be
  // someone else.)
  if (!last || offset - since > 1200 || registry.mentions.some((mention) => mention.entity !== last && mention.entity !== passedOver && mention.entity.type === 'person' && mention.offset > since && mention.offset < offset)) return null;
  return entity(last);
}

// The start of a sentence up to a name inside a phrase set before its subject: "In an interview on ", "Speaking to ".
const frontedBefore = new RegExp(`^\\s*(?:${frontedOpeners})\\s[^,.;:!?\\u201C\\u201D"]{0,140}\\s(?:on|to|with|by|at|in|for)\\s+(?:the\\s+)?$`, 'u');

function subjectBefore(discourse: Discourse, offset: number): Reference | null {
  const registry = discourse.registry;
  const sentences = discourse.sentences ?? [];
  const own = sentences.findLastIndex((start) => start <= offset);
  const [from, to] = own > 0 ? [sentences[own - 1], sentences[own]] : (discourse.before ?? []);
  if (from === undefined || to === undefined) return null;
  const guessed = (candidate: Entity) => candidate.type === 'organization' && registry.guesses.some((guess) => guess.entity === candidate);
  // (Not a name that closes a phrase set before the subject: "In an interview on Catalunya Ràdio, the minister took aim at
  // …" is the minister's sentence.)
  const fronted = (offset: number) => discourse.source !== undefined && frontedBefore.test(discourse.source.slice(from, offset));
  const subject = registry.mentions.filter((mention) => !mention.owner && !mention.article && mention.offset >= from && mention.offset < to && (mention.entity.type === 'person' || guessed(mention.entity)) && !fronted(mention.offset)).sort((a, b) => a.offset - b.offset)[0];
  if (subject) {
    subject.entity.type = 'person';
    return entity(subject.entity);
  }
  // ("Lindqvist was also pleased. “…,” the Swede said", "Kamau said … . “…,” the minister told …": a single name that
  // opens the sentence before, with no one else named there, is the person a role, a nationality or an age stands for,
  // even if a cue had taken it for a body since no text typed it.)
  const lone = loneSubject(discourse, from, to);
  if (!lone) return null;
  const known = registry.byName.get(lone.word.toLowerCase());
  if (known && known.type !== 'person' && !guessed(known)) return null;
  const person = known ?? ensure(registry, lone.word, 'person');
  person.type = 'person';
  registry.mentions.push({ entity: person, offset: lone.offset });
  return entity(person);
}

/**
 * The person the cue's own sentence opens with, when the words quoted come after that name ("Jane Roe was at home when it
 * occurred to her: “…,” said the coach"), or null.
 */
function ownSubject(discourse: Discourse, offset: number): Reference | null {
  const sentences = discourse.sentences ?? [];
  const start = sentences[sentences.findLastIndex((at) => at <= offset)];
  if (start === undefined) return null;
  const first = discourse.registry.mentions.filter((mention) => !mention.owner && !mention.article && mention.offset >= start && mention.offset < offset).sort((a, b) => a.offset - b.offset)[0];
  if (!first || first.entity.type !== 'person') return null;
  const opening = discourse.source?.slice(start, first.offset) ?? '';
  return ownSubjectOpening.test(opening) ? entity(first.entity) : null;
}

/** What may stand before a sentence's subject: quotation marks, a linking word ("But", "Meanwhile,"). */
const ownSubjectOpening = new RegExp(`^[\\s\\p{Pi}\\p{Pf}"]*(?:(?:${linkingOpeners}),?\\s+)?$`, 'u');

// ("CertainTeed Canada says …": a name set in two capitals, and a country after it, a company's arm there.)
const loneOpening = new RegExp(`^[\\s\\p{Pi}\\p{Pf}"]*(?:(?:${linkingOpeners}),?\\s+)?(\\p{Lu}\\p{Ll}+(?:['’]\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}\\p{Ll}+)?)?)\\s+(?:(?:also|then|later|still|too|again|now|has|had|have)\\s+)?(\\p{Ll}+)`, 'u');

/** The single capitalised name a sentence opens with, as its subject ("Lindqvist was …", "Kamau says …"), if any. */
function loneSubject(discourse: Discourse, from: number, to: number): { word: string; offset: number } | null {
  const text = discourse.source?.slice(from, Math.min(to, from + 60)) ?? '';
  // (Its verb next, as the tagger's lexicon knows the word: "Lindqvist was", "Kamau says", not "Anti-immigrant protesters".)
  const opening = loneOpening.exec(text);
  const word = opening?.[1];
  const tag = opening?.[2] ? lexiconTag(opening[2]) : null;
  if (!word || (tag !== 'VERB' && tag !== 'AUX')) return null;
  // (Two words or three: the first a name's, the rest a country's.)
  const [first = '', ...country] = word.split(/\s+/u);
  if (country.length > 0 && (countryNamed(country.join(' ')) === undefined || isGivenName(first) || isPlaceName(first) || countryNamed(first) !== undefined)) return null;
  const lower = first.toLowerCase();
  if (lower in personalPronouns || isLexiconWord(lower) || discourse.registry.places.has(first) || countryNamed(first) !== undefined || isDemonym(first)) return null;
  return { word, offset: from + opening[0].lastIndexOf(word, opening[0].length) };
}

/**
 * "Northvale Health apologised … . “…,” the group said": no organisation named before, the subject of the sentence
 * before (or of the quote's own) that was taken for a person, though its last word is a common noun no text uses
 * alone and no role, age or sex was given to it, is the body.
 */
function bodyTakenForPerson(discourse: Discourse, offset: number): Entity | null {
  const registry = discourse.registry;
  const sentences = discourse.sentences ?? [];
  const own = sentences.findLastIndex((start) => start <= offset);
  const windows: Array<[number | undefined, number | undefined]> = [[sentences[own], offset], [sentences[own - 1], sentences[own]]];
  if (own <= 0 && discourse.before) windows.push(discourse.before);
  for (const [from, to] of windows) {
    if (from === undefined || to === undefined) continue;
    const first = registry.mentions.filter((mention) => !mention.owner && mention.offset >= from && mention.offset < to).sort((a, b) => a.offset - b.offset)[0];
    if (!first) continue;
    const candidate = first.entity;
    const words = candidate.name.split(' ');
    const last = (words.at(-1) ?? '').toLowerCase();
    if (candidate.type !== 'person' || words.length < 2 || candidate.role || candidate.gender || candidate.age !== undefined) return null;
    if (!isLexiconNoun(last) || (registry.alone.get(last) ?? 0) > 0) return null;
    candidate.type = 'organization';
    return candidate;
  }
  return null;
}

/** The words of `bare` (a run of `words` with possessives taken off) as `words` wrote them. */
function asWritten(bare: string[], words: string[]): string[] {
  let from = 0;
  return bare.map((word) => {
    const at = words.findIndex((candidate, index) => index >= from && candidate.replace(/['’]s$/u, '') === word);
    if (at === -1) return word;
    from = at + 1;
    return words[at] ?? word;
  });
}

// "Department of Health officials", "NTSB investigators": a body's people at their work, after its name.
const bodyPeopleAfter = new RegExp(`^(.+?)\\s+(?:${bodyPeople})$`, 'u');
const peopleAt = new RegExp(`^(?:the\\s+)?(?:${bodyPeople}|editors)\\s+at\\s+((?:the\\s+)?\\p{Lu}.*)$`, 'u');

/** A name compared without its stops: "K.L. Ferries", "K.L Ferries" and "KL Ferries" are one. */
function undotted(name: string): string {
  return name.replace(/\./gu, '').toLowerCase();
}

/** A plural of people by what they do or are ("Workers", "Protesters", "Residents", "Migrants"), as the lexicon knows it. */
function peoplePlural(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.replace(/s$/u, '');
  return /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ants|ents|ians|ees)$/u.test(word) && isLexiconNoun(lower) && isLexiconNoun(singular) && !organizationWords.has(lower);
}

/** A name, a title and name, an organisation, an outlet, or someone unnamed. */
function named(discourse: Discourse, words: string[], apposition: string | null, offset: number): Reference | null {
  const registry = discourse.registry;
  // "says Kelby Weather Service Meteorologist, Jane Roe": a title that ends in its role, the person's name in apposition.
  const appositionWords = apposition?.trim().replace(/[.,;:]$/u, '').split(/\s+/u) ?? [];
  if (appositionWords.length >= 2 && appositionWords.length <= 3 && isTitleWord(words.at(-1) ?? '', isLexiconNoun) && appositionWords.every((word) => /^\p{Lu}[\p{Ll}'’]/u.test(word) && !isRoleWord(word.toLowerCase()) && !organizationWords.has(word.toLowerCase())) && appositionWords.some((word) => !isLexiconWord(word.toLowerCase()))) {
    const person = named(discourse, appositionWords, null, offset);
    if (person?.kind === 'entity' && person.entity.type === 'person') {
      person.entity.role ??= words.join(' ');
      return person;
    }
  }
  const bare = words.map((word) => word.replace(/['’]s$/, ''));
  // ("the Tulsa-based Red River Authority": where a body is based is no part of its name.)
  // ("Bursa Malaysia-listed Roe Holdings", "the state-owned Roe Rail": nor where it is listed, nor who owns it.)
  const described = bare.findLastIndex((word, index) => index < bare.length - 1 && isDescribingCompound(word));
  if (described >= 0) bare.splice(0, described + 1);
  // (Not the "A" of initials: "said A K Roe".)
  while (bare.length > 1 && /^(?:the|a|an|one)$/i.test(bare[0] ?? '') && !(bare[0] === 'A' && bare.length >= 3 && isInitial(bare[1] ?? ''))) bare.shift();
  // "Eamon Walsh TD", "Jane Roe MP": letters after a name are no part of it; a generation's mark is ("John Doe Jr.",
  // "Bernard Roe II": the name as the text gives it).
  while (bare.length > 2 && postNominals.test(bare.at(-1) ?? '') && !generation.test(bare.at(-1) ?? '')) bare.pop();
  const text = bare.join(' ');
  // ("Save the Children said", "Unite the Union said": a call to act, its verb in capitals, then "the" and a name, is a body.)
  if (bare.length >= 3 && bare[1] === 'the' && /^\p{Lu}\p{Ll}+$/u.test(bare[0] ?? '') && lexiconTag((bare[0] ?? '').toLowerCase()) === 'VERB' && bare.slice(2).every((word) => /^\p{Lu}/u.test(word))) return entity(ensure(registry, text, 'organization'));
  // ("K&Q said", "H&Q said": letters joined by an ampersand name a company; not the abbreviations of things, "Q&A", "A&E".)
  if (bare.length === 1 && /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u.test(text) && !ampersandThings.has(text)) return entity(ensure(registry, text, 'organization'));
  // ("according to NYPD Staten Island", "PSNI Belfast said", "NHS Fife said": a body's letters, then a place the text has
  // named as a place or the gazetteer knows (and no one named bears as a surname), are the body's branch there, which
  // speaks; never a person called by the place's name. Not "ACFO Hadfield", a rank and a surname that a town also bears.)
  const branchPlace = bare.slice(1).join(' ');
  if (bare.length >= 2 && bare.length <= 4 && /^\p{Lu}{2,6}$/u.test(bare[0] ?? '') && !roleAcronyms.has(bare[0] ?? '') && (registry.places.has(branchPlace.toLowerCase()) || (isPlaceName(branchPlace) && !registry.entities.some((candidate) => candidate.type === 'person' && candidate.name.endsWith(` ${branchPlace}`)))) && registry.byName.get(text.toLowerCase())?.type !== 'person') {
    return entity(ensure(registry, text, 'organization'));
  }
  // "the Kenyan foreign ministry said", "the Philippine coast guard said": a nation's body, named by common nouns.
  if (bare.length >= 2 && bare.length <= 4 && isDemonym(bare[0] ?? '') && bare.slice(1).every((word) => /^\p{Ll}+$/u.test(word)) && organizationWords.has(bare.at(-1) ?? '')) {
    const body = ensure(registry, text, 'organization');
    if (body.type === 'organization') return entity(body);
  }
  // ("Peru's Directorate-General of Health": a country that owns a body the text named is no part of its name.)
  const country = words.findIndex((word, index) => /['’]s$/u.test(word) && index < words.length - 1 && countryNamed(bare.slice(0, index + 1 - (words.length - bare.length)).join(' ')) !== undefined);
  // "Azhar Roslan said … ¶ Azhar said": a lone name that makes someone speak is the given name of the one person the
  // text named with it, as Malay, Thai or Icelandic names are used (and children's in any story).
  const given = bare.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(text) && !registry.byName.has(text.toLowerCase()) ? givenNameHolder(registry, text, false) : undefined;
  // (Called so, the person is mentioned there, for the pronouns that follow: "Azhar said … ¶ “…,” he added.")
  if (given) {
    registry.mentions.push({ entity: given, offset });
    registry.mentions.sort((a, b) => a.offset - b.offset);
  }
  const known = registry.byName.get(text.toLowerCase()) ?? (country >= 0 ? registry.byName.get(words.slice(country + 1).join(' ').toLowerCase()) : undefined) ?? given;
  // ("Prof Jane Roe of Kelby University": a title opening what the text took for a body's name is a person's, of that body.)
  const member = known && !(known.type === 'organization' && isRoleWord((bare[0] ?? '').toLowerCase()) && bare.length > 3) ? null : memberOf(bare);
  if (member) {
    // "Jane Roe of the dockers' union": the person speaks, the organisation is her affiliation.
    const speaker = named(discourse, member.name, apposition, offset);
    if (speaker?.kind === 'entity' && speaker.entity.type === 'person') {
      // ("Femke de Wit of the alliance" after "the Quay Watch Alliance": a body by its common noun is the one named so before.)
      const noun = member.organization;
      const body = /^\p{Ll}+$/u.test(noun) ? latest(registry, offset, (candidate) => candidate.type === 'organization' && (candidate.kinds?.has(noun) === true || candidate.name.toLowerCase().split(/\s+/u).includes(noun)), true) : null;
      speaker.entity.affiliation ??= body?.name ?? organizationOf(registry, noun) ?? noun;
      return speaker;
    }
  }
  if (known?.type === 'organization' && registry.guesses.some((guess) => guess.entity === known)) registry.guesses.push({ entity: known, offset });
  // "Deputy Commissioner of Police (North) Jane Roe said … . “…,” said the DCP": a title the text read as a body's
  // name, written just before a person's, is that person's; so is its acronym.
  const titled = known?.type === 'organization' ? titleHolder(discourse, known, offset) : null;
  if (titled) return entity(titled);
  if (known) return personWithApposition(registry, known, apposition);
  if (knownOutlets.has(text) || (bare.length > 1 && isOutletName(bare))) return entity(ensure(registry, text, 'media'));
  // "Department of Health officials had warned": officials of a body the text named speak for it.
  // ("NTSB investigators said", "Kelby Police detectives said": a body's people at their work speak for it, as its officials do.)
  const officials = bodyPeopleAfter.exec(text);
  const officialsOf = officials?.[1] ? registry.byName.get(officials[1].toLowerCase()) : undefined;
  if (officialsOf?.type === 'organization') return { kind: 'entity', entity: officialsOf, spokesperson: true };
  // ("DCI headquarters said", "KRA officials said": letters no one bears, then a body's people, are the body's letters,
  // even letters a rank goes by elsewhere.)
  const letters = officials?.[1]?.replace(/^the\s+/u, '') ?? '';
  if (!officialsOf && isAcronym(letters) && !countryNamed(letters)) return { kind: 'entity', entity: ensure(registry, letters, 'organization'), spokesperson: true };
  // ("health unit officials wrote" after "the Kelby District Health Unit": the body's last words, in small letters, name
  // it as "the health unit" would.)
  const lowerBody = officials?.[1] && /^(?:the\s+)?\p{Ll}[\p{Ll} -]*$/u.test(officials[1]) ? officials[1].replace(/^the\s+/u, '').split(/\s+/u) : [];
  const officialsOfNamed = lowerBody.length > 0 && lowerBody.length <= 3 ? latest(registry, offset, (candidate) => nameHasStems(candidate, lowerBody.map(stemOf)) && lowerBody.every((word) => (candidate.name.toLowerCase().split(/\s+/u).slice(-lowerBody.length).map(stemOf)).includes(stemOf(word))), true) : null;
  if (officialsOfNamed) return { kind: 'entity', entity: officialsOfNamed, spokesperson: true };
  // ("county health officials said" after "the Kelby County Health Department": the one body the text named with those
  // words anywhere in its name; not words any government has, "state", "federal", "local".)
  const specific = lowerBody.filter((word) => !/^(?:state|federal|local|government|public|national|city|top|senior|other)$/u.test(word));
  const bodies = specific.length > 0 && specific.length === lowerBody.length && lowerBody.length <= 3 ? registry.entities.filter((candidate) => candidate.type === 'organization' && nameHasStems(candidate, specific.map(stemOf)) && registry.mentions.some((mention) => mention.entity === candidate && mention.offset < offset)) : [];
  if (bodies.length === 1 && bodies[0]) return { kind: 'entity', entity: bodies[0], spokesperson: true };
  if (anonymousSpeakers.test(text)) return { kind: 'anonymous', description: text };
  // "Opposition TDs", "Republican senators", "local doctors": people of a role, in the plural, are no one person.
  const plural = (bare.at(-1) ?? '').replace(/(?<=\p{L})s$/u, '');
  if (plural !== bare.at(-1) && isRoleWord(plural.toLowerCase()) && !isRoleWord((bare.at(-1) ?? '').toLowerCase()) && !spokesRoles.test(bare.at(-1) ?? '')) return { kind: 'anonymous', description: text };
  // "said King": a role's word alone that is the surname of a person the text named ("Assistant Principal Charles King") is that person.
  const surnamed = bare.length === 1 && isRoleWord((bare[0] ?? '').toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(bare[0] ?? '') ? surnameHolder(registry, bare[0] ?? '', offset) : undefined;
  if (surnamed) return personWithApposition(registry, surnamed, apposition);
  // "FBI Director Jane Roe": the name is what follows the last role word.
  let nameFrom = bare.length;
  // ("O'Donnell-Reyes", "D'Souza": a capital after an apostrophe is a name's too.)
  // ("Speaker of the House of Representatives Ali Roe": a role's plural in a body's name is no name's word either.)
  // ("T-Mobile said", "K-Electric said": a brand's letter joined to a word.)
  const nameWord = (word: string) => (/^\p{Lu}(?:\p{Ll}|['’]\p{Lu}|-\p{Lu}\p{Ll}{2,})/u.test(word) || isJoinedName(word)) && !isRoleWord(word.toLowerCase()) && !organizationWords.has(word.toLowerCase()) && !(/s$/u.test(word) && isRoleWord(word.toLowerCase().slice(0, -1)));
  // ("Ursula von der Roe", "Fergal Ó Roe": particles between names are the surname's.)
  // ("Assistant Principal Charles King": a role's word after a given name that a title opens is a surname; not a place's
  // "Westmorland General", with no title before it.)
  if (bare.length >= 3 && isRoleWord((bare.at(-1) ?? '').toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(bare.at(-1) ?? '') && nameWord(bare.at(-2) ?? '') && !isLexiconWord((bare.at(-2) ?? '').toLowerCase()) && isTitleWord(bare.at(-3) ?? '', isLexiconNoun)) nameFrom--;
  // ("Waikato District Mayor Jacqui Church": after a role, a given name and a surname that is also a body's word.)
  if (bare.length >= 3 && organizationWords.has((bare.at(-1) ?? '').toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(bare.at(-1) ?? '') && isGivenName(bare.at(-2) ?? '') && isRoleWord((bare.at(-3) ?? '').toLowerCase())) nameFrom = bare.length - 2;
  while (nameFrom > 0 && (nameWord(bare[nameFrom - 1] ?? '') || (nameFrom > 1 && nameFrom < bare.length && isParticle(bare[nameFrom - 1] ?? '') && (nameWord(bare[nameFrom - 2] ?? '') || isParticle(bare[nameFrom - 2] ?? ''))))) nameFrom--;
  // ("R K Sharma", "N. Ramesh Kumar": initials before a name are part of it; "Judge Nancy G. Roe": so is the given name
  // before a middle initial.)
  // ("commissioner A K Roe": "A" before another initial is one too.)
  while (nameFrom > 0 && nameFrom < bare.length && (isInitial(bare[nameFrom - 1] ?? '') || (bare[nameFrom - 1] === 'A' && isInitial(bare[nameFrom] ?? '')))) nameFrom--;
  if (nameFrom > 0 && nameFrom < bare.length && isInitial(bare[nameFrom] ?? '') && !isInitial(bare[nameFrom + 1] ?? '') && nameWord(bare[nameFrom - 1] ?? '') && !isLexiconWord((bare[nameFrom - 1] ?? '').toLowerCase())) nameFrom--;
  // ("CP Adewale Roe", "SP Jane Roe": a rank's letters before a name of two words are a title, as "Supt" is.)
  const rank = nameFrom === 1 && bare.length >= 3 && isAcronym(bare[0] ?? '') && !isInitial(bare[0] ?? '') && registry.byName.get((bare[0] ?? '').toLowerCase())?.type !== 'organization';
  // "Minister for Health Órla Roe", "Administrator of Elections Lorraine Roe": the department goes with the title.
  // ("Councillor for Kelby North Ann Roe": a place of two words or more too, up to a name of three words that opens with
  // no point of the compass: "Minister of Flood Management Aruna Devi Roe".)
  // ("Assistant Commissioner for the Kelby Metropolitan Region Jane Roe": "the" before the department or place.)
  const article = bare[nameFrom - 1] === 'the' ? 1 : 0;
  if (bare.length - nameFrom > 2 && /^(?:for|of|in)$/i.test(bare[nameFrom - 1 - article] ?? '') && isTitleWord(bare[nameFrom - 2 - article] ?? '', isLexiconNoun)) {
    const keep = isParticle(bare.at(-2) ?? '') ? 3 : 2;
    do nameFrom++;
    // (Three words left that open on no given name and go on with one, "Region Jane Roe": the first is the place's too.)
    while (bare.length - nameFrom > keep && !isInitial(bare[nameFrom] ?? '') && (bare.length - nameFrom > 3 || placeHalves.test((bare[nameFrom] ?? '').toLowerCase()) || (!isGivenName(bare[nameFrom] ?? '') && isGivenName(bare[nameFrom + 1] ?? ''))));
  }
  // ("Minister of Migration and Displaced Ivan Faiek Roe": the department's second field, after "and", opens the capitals;
  // a given name after it opens the name.)
  if (bare[nameFrom - 1] === 'and' && /^\p{Lu}/u.test(bare[nameFrom - 2] ?? '') && /^(?:for|of|in)$/iu.test(bare[nameFrom - 3] ?? '') && isTitleWord(bare[nameFrom - 4] ?? '', isLexiconNoun) && bare.length - nameFrom >= 3 && !isGivenName(bare[nameFrom] ?? '') && isGivenName(bare[nameFrom + 1] ?? '')) nameFrom++;
  // "Labour's Eoin Roe": the name that owns is not part of the one that speaks.
  const owner = words.findLastIndex((word, index) => /['’]s$/u.test(word) && index < words.length - 1);
  const ownerEnd = owner >= 0 ? Math.max(0, owner + 1 - (words.length - bare.length)) : 0;
  if (owner >= 0) nameFrom = Math.max(nameFrom, ownerEnd);
  // "FEMA Administrator Deanne Roe", "Harbourmaster Roe": a title no list names, known by its form.
  // ("Tan Sri Roslan", "Datuk Seri Lee Mei Ling": an honour of two words is a title too.)
  if (bare.length - nameFrom > 2 && isHonorificPair(bare[nameFrom] ?? '', bare[nameFrom + 1] ?? '')) nameFrom += 2;
  else if (nameFrom > 0 && bare.length - nameFrom > 1 && isHonorificPair(bare[nameFrom - 1] ?? '', bare[nameFrom] ?? '')) nameFrom++;
  while (bare.length - nameFrom > 2 && isTitleWord(bare[nameFrom] ?? '', isLexiconNoun)) nameFrom++;
  // ("Director Service Delivery James Roe": the end of the words that the registry knows as a person is the name.)
  for (let from = nameFrom + 1; bare.length - from >= 2; from++) {
    const suffix = bare.slice(from).join(' ').toLowerCase();
    const holder = registry.byName.get(suffix);
    if (holder?.type === 'person' && holder.name.toLowerCase() === suffix) {
      nameFrom = from;
      break;
    }
  }
  if (bare.length - nameFrom === 2 && isTitleWord(bare[nameFrom] ?? '', isLexiconNoun) && surnameHolder(registry, bare[nameFrom + 1] ?? '', offset)) nameFrom++;
  // "ACFO Roe", "DCI Roe": an acronym before the surname of a person the text named is a rank.
  if (bare.length - nameFrom === 1 && nameFrom === 1 && isAcronym(bare[0] ?? '') && surnameHolder(registry, bare[1] ?? '', offset)) {
    const holder = surnameHolder(registry, bare[1] ?? '', offset);
    if (holder) return personWithApposition(registry, holder, apposition);
  }
  // "the U.S. Attorney's Office for the Southern District of New York": a place after "of" in a body's name.
  // "a spokesman for the Department of Health in Belfast": all that follows "for" is the body they speak for.
  const spokes = bare.findIndex((word) => spokesRoles.test(word));
  if (spokes >= 0 && /^(?:for|of|at|with)$/iu.test(bare[spokes + 1] ?? '')) {
    const rest = bare.slice(spokes + 2);
    while (/^(?:the|a|an)$/iu.test(rest[0] ?? '')) rest.shift();
    if (rest.length > 0 && rest.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|for|in|and|the|&|on)$/u.test(word)) && /^\p{Lu}/u.test(rest.at(-1) ?? '')) {
      // (The body's name as written: "the Sheriff's Office" keeps the possessive that `bare` took off its words.)
      // ("Deputy spokesperson for Eskar Dikatso Roe says": the spokesperson's own name after the body's, run together.)
      const own = [1, 2].map((size) => registry.byName.get(rest.slice(size).join(' ').toLowerCase())).find((candidate, at) => candidate?.type === 'person' && rest.length - at - 1 >= 2 && personLike(candidate.name));
      if (own) {
        own.affiliation ??= rest.slice(0, rest.length - own.name.split(' ').length).join(' ');
        return entity(own);
      }
      const written = asWritten(rest, words).join(' ');
      const known = registry.byName.get(written.toLowerCase()) ?? registry.byName.get(rest.join(' ').toLowerCase());
      const body = known && known.type !== 'person' ? known : ensure(registry, written, 'organization');
      if (body.type !== 'person') return { kind: 'entity', entity: body, spokesperson: true };
    }
  }
  // ("Spaniard Sanchez, however, said", "Brazilian Jane Roe": a nationality before the name of a person the text named
  // describes them; it is no part of the name.)
  if (bare.length - nameFrom >= 2 && isDemonym(bare[nameFrom] ?? '') && (bare.length - nameFrom === 2 ? surnameHolder(registry, bare.at(-1) ?? '', offset) : registry.byName.get(bare.slice(nameFrom + 1).join(' ').toLowerCase())?.type === 'person')) bare.splice(nameFrom, 1);
  const body = bare.slice(0, nameFrom);
  if (nameFrom > 0 && nameFrom < bare.length && /^(?:of|for|in|the|and|on|&)$/iu.test(bare[nameFrom - 1] ?? '') && body.some((word) => organizationWords.has(word.toLowerCase())) && !body.some((word) => spokesRoles.test(word))) {
    const whole = words.slice(words.length - bare.length).join(' ').replace(/^(?:the|a|an)\s+/iu, '');
    return entity(ensure(registry, whole, 'organization'));
  }
  const name = bare.slice(nameFrom);
  // ("the Upper House R. Devika Menon": the words before a name that opens with an initial, and that the text gave a
  // person, are a title or a body.)
  const namedPerson = name.length >= 3 && nameFrom > 0 && isInitial(name[0] ?? '') ? registry.byName.get(name.join(' ').toLowerCase()) : undefined;
  if (namedPerson?.type === 'person') return personWithApposition(registry, namedPerson, apposition);
  // "Labour's Eoin Roe", "Microsoft's Brad Smith": the owner is the speaker's affiliation, not a title.
  const title = bare.slice(ownerEnd, nameFrom);
  // "the Moldovan outlet Lumina Investigations", "local broadcaster ABN News": a kind of news outlet before a name.
  const kind = bare.findLastIndex((word) => mediaKinds.test(word));
  const outletName = bare.slice(kind + 1);
  // ("the Prague daily Lidový večerník": a name in another language may hold lower-case words, none English.)
  if (kind >= 0 && outletName.length > 0 && /^\p{Lu}/u.test(outletName[0] ?? '') && outletName.every((word) => /^\p{Lu}|^\d+$/u.test(word) || !isLexiconWord(word))) {
    const outlet = ensure(registry, outletName.join(' '), 'media');
    if (outlet.type === 'person') outlet.type = 'media';
    return entity(outlet);
  }
  const ownerName = bare.slice(0, ownerEnd).join(' ');
  // "Tuesday", "One", "Another": a day or a counting word before a verb names nobody.
  if (name.length === 1 && title.length === 0 && notAName.test(name[0] ?? '')) return null;
  // (An index into `bare`: the title starts after any owner.)
  const spokesAt = title.findIndex((word) => spokesRoles.test(word));
  const spokesIndex = spokesAt >= 0 ? spokesAt + ownerEnd : -1;
  // A body's spokesperson speaks for it; ("Tommy Roe, of the Kelby Residents' Association, said … . The Kelby Residents'
  // Association representative said": "the" spokesperson is the one person the text named as the body's, before.)
  const voiceOf = (body: Entity): Reference => {
    const member = /^the$/iu.test(words[0] ?? '') ? onlyMember(registry, body, offset) : null;
    return member ? entity(member) : { kind: 'entity', entity: body, spokesperson: true };
  };
  const honoured = title.some((word, index) => isHonorificPair(word, title[index + 1] ?? ''));
  if (name.length === 0 || (name.length > 0 && title.length > 0 && !rank && !honoured && !title.some((word) => isTitleWord(word, isLexiconNoun)))) {
    // No person's name: an organisation, perhaps through its spokesperson ("a WRB spokesperson").
    // ("Portugal's Aviation Safety Office": a country that owns a body is no part of its name.)
    const from = ownerName && countryNamed(ownerName) ? ownerEnd : 0;
    // ("the Hong Kong Special Administrative Region government": a capitalised word between two others of a name is the
    // name's, whatever else it may be.)
    const inside = (index: number) => index > from && /^\p{Lu}/u.test(bare[index] ?? '') && /^\p{Lu}/u.test(bare[index - 1] ?? '') && /^\p{Lu}/u.test(bare[index + 1] ?? '') && index - 1 !== spokesIndex && index + 1 !== spokesIndex;
    // ("a Kelby Board of Health spokesperson", "a Transport for Kelby spokesman": a small word between two capitalised words
    // of the name joins them; it is the name's.)
    const joins = (index: number) => index > from && /^(?:for|of|the|and|&)$/u.test(bare[index] ?? '') && /^\p{Lu}/u.test(bare[index - 1] ?? '') && /^\p{Lu}/u.test(bare[index + 1] ?? '') && index - 1 !== spokesIndex && index + 1 !== spokesIndex;
    // ("the Premier League club said", "the Nasdaq company said": a body the text named, then a kind of body in small letters,
    // is one of that body's members, not a body of that name: the one of that kind the text names, even only in quotation.)
    const memberKind = (bare.at(-1) ?? '').toLowerCase();
    const parentWords = bare.slice(from, -1).filter((word) => /^\p{Lu}/u.test(word));
    const parent = parentWords.length > 0 && parentWords.length === bare.length - from - 1 && /^\p{Ll}/u.test(bare.at(-1) ?? '') && organizationWords.has(memberKind) && spokesIndex < 0 ? registry.byName.get(parentWords.join(' ').toLowerCase()) : undefined;
    if (parent?.type === 'organization') {
      const member = latest(registry, offset, (candidate) => candidate !== parent && candidate.type === 'organization' && (candidate.kinds?.has(memberKind) || [candidate.name, ...candidate.aliases].some((name) => kindMarks[memberKind]?.test(name) === true)), true) ?? quotedBody(registry, memberKind);
      return member ? entity(member) : null;
    }
    const organizationWordsOnly = bare.filter((word, index) => index >= from && index !== spokesIndex && (!isRoleWord(word.toLowerCase()) || inside(index)) && (joins(index) || !/^(?:for|of|the|a|an|at|with)$/i.test(word)));
    // "the opposition Liberal Party", "the ruling Social Democrats": a lower-case word before the name describes it.
    while (organizationWordsOnly.length > 1 && /^\p{Ll}/u.test(organizationWordsOnly[0] ?? '') && organizationWordsOnly.slice(1).every((word) => /^\p{Lu}/u.test(word) || /^(?:of|and|the|&|for)$/u.test(word))) organizationWordsOnly.shift();
    // "the construction workers' union SCCS", "the regulator Ofcom": a kind of body in lower case, then its name.
    // ("Housing association Roe Homes said", "Energy company Kelby Power said": the sentence's capital on the first word of
    // the kind; the name after the kind is the body's, whatever words it ends in.)
    const named = organizationWordsOnly.findIndex((word, index) => /^\p{Lu}/u.test(word) && organizationWordsOnly.slice(index).every((after) => /^\p{Lu}/u.test(after)));
    const kind = (organizationWordsOnly[named - 1] ?? '').toLowerCase();
    const small = (word: string, index: number) => /^\p{Ll}/u.test(word) || (index === 0 && named >= 2 && /^\p{Lu}\p{Ll}+$/u.test(word) && isLexiconWord(word.toLowerCase()) && !isGivenName(word));
    const kinded = named > 0 && /^\p{Ll}/u.test(organizationWordsOnly[named - 1] ?? '') && organizationWordsOnly.slice(0, named).every(small) && (organizationWords.has(kind) || organizationBackReferences.has(kind));
    if (kinded) organizationWordsOnly.splice(0, named);
    // ("a spokesman for Glasgow city council", "A North West ambulance service spokeswoman said": a place's name of one to
    // three words, then the body's words in small letters (a place's level, a body's word, or nouns ending in one) is the
    // body by its name; "The Hong Kong SAR government", "the Hong Kong Special Administrative Region government": up to
    // five, letters among them.)
    const capitals = organizationWordsOnly.findIndex((word) => !/^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u.test(word));
    // (Not a sentence's capital on a word of description: "Local police have praised …" is the police, not "Local Police".)
    const described = capitals === 1 && /^(?:local|national|regional|federal|provincial|municipal|nearby|area|state|city|county|district)$/iu.test(organizationWordsOnly[0] ?? '');
    const placeBody = !described && capitals >= 1 && capitals <= 5 && /^\p{Lu}\p{Ll}/u.test(organizationWordsOnly[0] ?? '') && organizationWords.has(organizationWordsOnly.at(-1) ?? '') && organizationWordsOnly.slice(capitals).every((word) => /^\p{Ll}+$/u.test(word) && (/^(?:city|county|district|borough|town|state|regional|municipal|metropolitan|provincial)$/u.test(word) || organizationWords.has(word) || (capitals >= 2 && organizationWordsOnly.length - capitals <= 2 && isLexiconNoun(word) && !isRoleWord(word))));
    if (placeBody) organizationWordsOnly.splice(1, organizationWordsOnly.length - 1, ...organizationWordsOnly.slice(1).map((word) => word.charAt(0).toUpperCase() + word.slice(1)));
    const organizationName = organizationWordsOnly.join(' ');
    // "a spokesperson said" with no organisation named: the one named last before speaks through them.
    // (The body that spoke in this paragraph or the one before comes first: "Norvik said: … A spokesman added …".)
    if (!organizationName && spokesIndex >= 0) {
      // ("A police spokesperson told reporters … . “…,” the spokesperson said": the one just described, whoever the
      // text named before, stays unnamed.)
      const unnamed = discourse.unnamedVoice;
      if (unnamed && unnamed.offset < offset && unnamed.offset >= (discourse.previousParagraph ?? discourse.sentences?.[0] ?? offset) && !(discourse.spoke && discourse.spoke.offset > unnamed.offset)) return unnamed.reference;
      const recent = discourse.spoke && discourse.spoke.offset < offset && discourse.spoke.offset >= (discourse.previousParagraph ?? discourse.sentences?.[0] ?? offset) ? discourse.spoke.entity : null;
      // ("Meanwhile, the ECP has served a notice on a member of the assembly of Kelby Province (KP) … ¶ “…,” the
      // spokesman said": the body the paragraph before opens with, not one it names in passing.)
      const previous = discourse.previousParagraph;
      const opening = previous === undefined ? undefined : registry.mentions.filter((mention) => !mention.owner && mention.offset >= previous && mention.offset < Math.min(offset, previous + 60)).sort((a, b) => a.offset - b.offset)[0];
      const speaking = recent ?? (opening?.entity.type === 'organization' ? opening.entity : null) ?? latest(registry, offset, (candidate) => candidate.type === 'organization', true);
      if (speaking) return { kind: 'entity', entity: speaking, spokesperson: true };
    }
    if (!organizationName) return { kind: 'anonymous', description: text };
    // ("External Affairs Ministry spokesman Jane Roe said … . “…,” the External Affairs Ministry spokesman said": the
    // person the text gave that very title before, not the body.)
    if (spokesIndex >= 0 && /^the$/iu.test(words[0] ?? '')) {
      const titled = sameTitle(text);
      const holder = latest(registry, offset, (candidate) => candidate.type === 'person' && candidate.role !== null && sameTitle(candidate.role) === titled, true);
      if (holder) return entity(holder);
    }
    // "Italy's coast guard", "Japan's foreign ministry": a country's body named by common nouns; the one the text
    // named with those words, else the body so called.
    if (from > 0 && organizationWordsOnly.every((word) => /^\p{Ll}/u.test(word)) && organizationWords.has(organizationWordsOnly.at(-1) ?? '')) {
      const named = latest(registry, offset, (candidate) => candidate.type === 'organization' && candidate.name.toLowerCase().endsWith(organizationName), true);
      return entity(named ?? ensure(registry, `${ownerName}'s ${organizationName}`, 'organization'));
    }
    if (organizationWordsOnly.length === 1 && organizationBackReferences.has(organizationName)) {
      // "a spokesman for the company": the company named before.
      const backReference = latestOrganization(registry, organizationName, offset);
      if (backReference) return { kind: 'entity', entity: backReference, spokesperson: spokesIndex >= 0 };
    }
    // "a coastguard spokesperson", "a ministry spokeswoman": a lower-case noun for the body the text named with that word.
    if (spokesIndex >= 0 && organizationWordsOnly.every((word) => /^\p{Ll}/u.test(word))) {
      const noun = organizationName.split(' ').at(-1) ?? '';
      // ("a force spokesperson said": a police service, which British papers call "the force", by its police words.)
      const policeWords = noun === 'force' ? /^(?:police|constabulary|garda|gardaí|force)$/u : null;
      // ("A fire service spokesperson said" after the Scottish Fire and Rescue Service and the Scottish Ambulance Service: the
      // body whose name holds every word, before the one that holds the last.)
      const every = organizationName.split(' ');
      const fully = every.length > 1 ? latest(registry, offset, (candidate) => candidate.type === 'organization' && [candidate.name, ...candidate.aliases].some((name) => every.every((word) => name.toLowerCase().split(/\s+/u).includes(word))), true) : null;
      const body = fully ?? latest(registry, offset, (candidate) => candidate.type === 'organization' && [candidate.name, ...candidate.aliases].some((name) => name.toLowerCase().split(/\s+/u).some((word) => word === noun || policeWords?.test(word) === true)), true);
      if (body) return voiceOf(body);
    }
    // Whoever a spokesperson speaks for is an organisation ("a spokesperson for Greenfield Power"), whatever its name.
    const speaksFor = spokesIndex >= 0 && organizationWordsOnly.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|and|the|&|for)$/.test(word));
    // ("The Kelby Fishermen's Association said": a possessive inside a body's name is part of it, as the text writes it.)
    // ("a Premier League spokesperson": a body whose name holds a role's word, "Premier", named so before; "a Brightwing
    // spokesperson" after "Brightwing Airways": one word of a body's name, its first or its last, stands for the one body
    // the text named with it, as "Rovers said" does after "Kelby Rovers".)
    const whole = registry.byName.get(bare.filter((word, index) => index !== spokesIndex && !/^(?:a|an|the|for|of|at|with|from)$/iu.test(word)).join(' ').toLowerCase());
    const part = organizationWordsOnly.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(organizationName) && !registry.byName.has(organizationName.toLowerCase()) ? bodyByOneWord(registry, organizationName, offset) : null;
    const known = (whole?.type === 'organization' ? whole : null) ?? registry.byName.get(organizationName.toLowerCase()) ?? registry.byName.get(asWritten(organizationWordsOnly, words).join(' ').toLowerCase()) ?? part;
    // ("a spokeswoman for Roe", Dana Roe named before: she speaks for that person, who stays a person.)
    if (known && speaksFor && known.type === 'person' && known.name.toLowerCase() !== organizationName.toLowerCase()) return { kind: 'entity', entity: known, spokesperson: true };
    if (known && speaksFor && known.type === 'person') known.type = 'organization';
    // ("KLB Foods said", "FGS Ingredients said": a firm's letters, then its trade in capitals, a plural noun or a word firms
    // end their names with; not a rank's letters before a surname, "DCI Baker".)
    const lettered = organizationWordsOnly.length >= 2 && organizationWordsOnly.length <= 3 && isAcronym(organizationWordsOnly[0] ?? '') && !roleAcronyms.has(organizationWordsOnly[0] ?? '') && organizationWordsOnly.slice(1).every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && !isGivenName(word)) && (firmTails.has((organizationWordsOnly.at(-1) ?? '').toLowerCase()) || /^\p{Lu}\p{Ll}{3,}s$/u.test(organizationWordsOnly.at(-1) ?? '') && isLexiconNoun((organizationWordsOnly.at(-1) ?? '').slice(0, -1).toLowerCase()));
    const organization = known ?? (isOrganizationName(organizationWordsOnly) || speaksFor || lettered || kinded ? ensure(registry, organizationName, 'organization') : null);
    if (organization && speaksFor) registry.mentions.push({ entity: organization, offset });
    if (organization) return spokesIndex >= 0 ? voiceOf(organization) : entity(organization);
    // "one voter", "a local teacher": someone a reader can describe but not name.
    return /\p{Lu}/u.test(text) ? null : { kind: 'anonymous', description: text };
  }
  // "Lord Tebbit", "Lady Hale": a peer is known by the title and the one name, as "Baroness Hale" is.
  const peer = name.length === 1 && /^(?:Lord|Lady)$/u.test(title.at(-1) ?? '') && !registry.entities.some((candidate) => candidate.type === 'person' && candidate.name.split(' ').length > 1 && candidate.name.endsWith(` ${name[0]}`) && !/^(?:Lord|Lady) /u.test(candidate.name));
  if (peer) name.unshift(title.pop() ?? '');
  // ("Prime Minister Sheikh Hasina", "Interior Minister Sheikh Rasheed": an honour that South Asian names carry as their first
  // word, before one name and no longer name that ends with it, is part of the name.)
  else if (name.length === 1 && honourNames.test(title.at(-1) ?? '') && !registry.entities.some((candidate) => candidate.type === 'person' && candidate.name.split(' ').length > 1 && candidate.name.split(' ').includes(name[0] ?? '') && !candidate.name.startsWith(`${title.at(-1)} `))) name.unshift(title.pop() ?? '');
  // "Dean Roe, the council's member for roads, said": a role word that is also a first name, alone before one name,
  // is that name's first word when a role follows in apposition.
  else if (name.length === 1 && title.length === 1 && title[0] === 'Dean' && apposition?.trim()) name.unshift(title.pop() ?? '');
  // ("Police Superintendent Dean Roe": after a rank, "Dean" is the first name.)
  else if (name.length === 1 && title.length >= 2 && title.at(-1) === 'Dean' && /^(?:superintendent|supt|inspector|insp|detective|sergeant|sgt|constable|officer|captain|capt|lieutenant|lt|commander|commissioner|coach|manager|councillor|cllr|minister|senator|mayor|chief)\.?$/iu.test(title.at(-2) ?? '')) name.unshift(title.pop() ?? '');
  const full = name.join(' ');
  const holder = registry.byName.get(full.toLowerCase()) ?? (name.length === 1 ? (surnameHolder(registry, full, offset) ?? firstNameHolder(registry, full) ?? (title.length > 0 ? titledWordHolder(registry, full) : null)) : null);
  // "the Pentagon", "Microsoft": a single name no person in the text bears, or one with "the", is an organisation;
  // "Kestrel" is the "Kestrel Rail" the text named before.
  // ("Having admitted …, Roe said": a sentence's opening participle, capitalised by its place, is no one's name.)
  if (!holder && name.length === 1 && /ing$/u.test(full) && /^(?:VERB|AUX)$/u.test(lexiconTag(full.toLowerCase()) ?? '')) return null;
  // ("Roe, one of the workers, said", "Roe, a resident, said": one name the apposition describes as a person is a person.)
  const describedHead = name.length === 1 && !holder && title.length === 0 ? /^(?:one of (?:the|his|her|their|our|its)\s+|an?\s+)(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)$/u.exec(apposition?.trim().replace(/[.,;:]$/u, '') ?? '')?.[1] : undefined;
  if (describedHead && (isRoleWord(describedHead) || isRoleWord(describedHead.replace(/s$/u, '')) || describedPeople.test(describedHead))) {
    const person = ensure(registry, full, 'person');
    if (person.type === 'person') {
      if (!registry.mentions.some((mention) => mention.entity === person)) registry.mentions.push({ entity: person, offset });
      return personWithApposition(registry, person, apposition);
    }
  }
  // ("…in favour of John Tory’s plan. ¶ Tory said …": a surname alone whose full name the text gave before, where the
  // registry took it for no one (a place after "of", "to"), is that person.)
  const introduced = !holder && name.length === 1 && !/^the$/i.test(words[0] ?? '') && !isAcronym(full) ? fullNameBefore(discourse, full, offset) : null;
  if (introduced) {
    const person = ensure(registry, introduced, 'person');
    if (person.type === 'person') {
      person.aliases.add(full);
      if (title.length > 0) person.role ??= fittedRole(title.join(' '), person.name);
      if (!registry.mentions.some((mention) => mention.entity === person)) registry.mentions.push({ entity: person, offset });
      return personWithApposition(registry, person, apposition);
    }
  }
  if (!holder && title.length === 0 && (name.length === 1 || /^the$/i.test(words[0] ?? ''))) {
    const longer = name.length === 1 ? latest(registry, offset, (candidate) => candidate.type !== 'media' && candidate.name.startsWith(`${full} `)) : null;
    // "Brightwing" after "Brightwing Airways": news calls a company by its first word and a person by the last, so a
    // "person" met by its first word, whose last word is an English noun, is a company.
    if (longer?.type === 'person' && isLexiconNoun((longer.name.split(' ').at(-1) ?? '').toLowerCase())) longer.type = 'organization';
    if (longer?.type === 'organization') return entity(longer);
    const byLastWord = name.length === 1 && !/^the$/i.test(words[0] ?? '') ? bodyByOneWord(registry, full, offset) : null;
    if (byLastWord) return entity(byLastWord);
    // ("Workers say …", "Residents said", "Protesters chanted": a plural of those who do something, with no article, is
    // people of that kind, never a body's name; a team is "the Raiders".)
    if (name.length === 1 && words.length === 1 && peoplePlural(full)) return { kind: 'anonymous', description: full.toLowerCase() };
    const guessed = ensure(registry, full, 'organization');
    // (A guess: "Roe said … . “…,” he said" makes the single name a man's; see `pronoun`.)
    if (guessed.type === 'organization' && name.length === 1 && !/^the$/i.test(words[0] ?? '') && !isAcronym(full)) registry.guesses.push({ entity: guessed, offset });
    return entity(guessed);
  }
  // "Roe Jaya said" after "Roe Jaya Engineering": a company called by the first words of the one name the text gave it.
  if (!holder && title.length === 0 && name.length > 1) {
    const wholes = registry.entities.filter((candidate) => candidate.type === 'organization' && candidate.name.startsWith(`${full} `));
    if (wholes.length === 1 && wholes[0]) return entity(wholes[0]);
  }
  // ("Kelby One said": a name closed by a number in capitals is a brand's.)
  if (!holder && title.length === 0 && name.length > 1 && /^(?:One|Two|Three)$/u.test(name.at(-1) ?? '')) return entity(ensure(registry, full, 'organization'));
  const person = holder ?? ensure(registry, full, 'person');
  if (peer && person.type === 'person') person.gender ??= name[0] === 'Lady' ? 'female' : 'male';
  if (ownerName && person.type === 'person' && name.length > 1) person.affiliation ??= organizationOf(registry, ownerName) ?? ownerName;
  // "Lady Justice Harrow said …": a name only the cue gave is a mention too, so that "she added" finds her.
  if (!holder && person.type === 'person' && !registry.mentions.some((mention) => mention.entity === person)) registry.mentions.push({ entity: person, offset });
  if (person.type === 'person' && title.length > 0 && !person.role) {
    person.role = fittedRole(title.join(' '), person.name);
    person.gender ??= genderOf(person.role);
    const affiliation = title.filter((word) => !isRoleWord(word.toLowerCase())).join(' ');
    if (affiliation) person.affiliation ??= organizationOf(registry, affiliation);
  }
  return personWithApposition(registry, person, apposition);
}

/** The one "<First> <surname>" the source writes before `offset`, its first word no English word, title or role. */
function fullNameBefore(discourse: Discourse, surname: string, offset: number): string | null {
  const source = discourse.source;
  if (!source || !/^\p{Lu}\p{Ll}+$/u.test(surname)) return null;
  const names = new Set<string>();
  for (const match of source.slice(0, offset).matchAll(new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+)\\s+${surname}(?![\\p{L}-])(?:\\s+(\\p{Lu}[\\p{L}'’-]*))?`, 'gu'))) {
    const first = match[1] ?? '';
    if (organizationWords.has((match[2] ?? '').toLowerCase()) || isLexiconWord(first.toLowerCase()) || isTitleWord(first, isLexiconNoun) || isRoleWord(first.toLowerCase()) || countryNamed(first) || discourse.registry.places.has(first.toLowerCase())) continue;
    names.add(`${first} ${surname}`);
  }
  return names.size === 1 ? ([...names][0] ?? null) : null;
}

const relation = new RegExp(`^(?:(his|her|their)\\s+|(?:the\\s+)?(.+?)['’]s\\s+)(?:(?:eldest|youngest|older|younger|elder|only|late|former|\\p{L}+-year-old)\\s+)?(${kinWords}|friend|neighbou?r|colleague|lawyer|attorney|solicitor|manager|agent|coach)$`, 'iu');
const familyWord = new RegExp(`^(?:${kinWords})$`, 'iu');
const relativeThenName = new RegExp(`^(.+?['’]s\\s+(?:${kinWords}))\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)$`, 'u');
const personName = /^\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]+){0,3}$/u;

/**
 * "said Rui Roe's daughter, Joana", "said his widow, Maria Poe": a relative or a lawyer named in apposition
 * speaks, not the one they are related to. A first name alone takes the family's surname.
 */
function relativeNamed(discourse: Discourse, phrase: string, apposition: string | null, offset: number): Reference | null {
  // "the captain's sister Ana", without the commas: the name ends the phrase.
  const trailing = apposition ? null : relativeThenName.exec(phrase.trim());
  if (trailing?.[1] && trailing[2]) return relativeNamed(discourse, trailing[1], trailing[2], offset);
  const named = apposition?.trim();
  if (!named || !personName.test(named) || isRoleWord(named.toLowerCase())) return null;
  const match = relation.exec(phrase.trim());
  // "the mayor, Jane Roe", "the mayor of Split, Ante Babić": a role (of a place or body) with its holder's full name.
  // ("area school teacher and member of the negotiation team, Jane Roe": a role of a body in small letters too.)
  const head = phrase.trim().replace(/\s+(?:of|for|at|in)\s+(?:the\s+)?\p{Lu}.*$/u, '').replace(/\s+(?:of|for|at|in)\s+the\s+[\p{Ll}\s-]+$/u, '').split(/\s+/).at(-1)?.toLowerCase() ?? '';
  const roleHead = isRoleWord(head) || isTitleWord(head.charAt(0).toUpperCase() + head.slice(1), isLexiconNoun);
  if (!match && (/^(?:the|a|an|his|her|its|their)\s/iu.test(phrase.trim()) || /^\p{Ll}+\s+(?:\p{Ll}+\s+){0,3}(?:and\s+\p{Ll}+\s+)?(?:of|for)\s/u.test(phrase.trim())) && roleHead && named.includes(' ')) {
    const holder = ensure(discourse.registry, named, 'person');
    if (holder.type !== 'person') return null;
    holder.role ??= phrase.trim().replace(/^(?:the|a|an|his|her|its|their)\s+/iu, '');
    discourse.registry.mentions.push({ entity: holder, offset });
    return entity(holder);
  }
  if (!match) return null;
  const role = match[3]?.toLowerCase() ?? null;
  let full = named;
  if (!named.includes(' ') && familyWord.test(role ?? '')) {
    // "the captain's sister": the captain is whoever the text gave that role.
    const owner = match[2] ?? '';
    const related = match[1] ? pronoun(discourse.registry, match[1].toLowerCase(), offset, discourse.sentences, discourse.before) : resolvePhrase(discourse, isRoleWord(owner.toLowerCase()) ? `the ${owner}` : owner, null, offset);
    if (related?.kind !== 'entity' || related.entity.type !== 'person') return null;
    full = `${named} ${related.entity.name.split(' ').at(-1)}`;
  }
  const person = ensure(discourse.registry, full, 'person');
  if (person.type !== 'person') return null;
  person.role ??= role;
  discourse.registry.mentions.push({ entity: person, offset });
  return entity(person);
}

// ("The mother of PC Andrew Roe": one relative of a person the text names, with a capital after "of"; not "the mother of the
// victim", someone unnamed.)
const familyAfter = new RegExp(`^(?:the\\s+)?(${familyGroups})\\s+of\\s+(.+)$|^(?:[Tt]he|[Aa]n?)\\s+(${kinWords})\\s+of\\s+(\\p{Lu}.+)$`, 'iu');
// "The Kowalczyk family": the surname of the one they speak for.
const familyNamed = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]+)\s+(family|families)$/u;
const counselWords = 'lawyer|attorney|solicitor';
const counselGroups = 'lawyers|attorneys|solicitors|legal team|defen[cs]e team';
const counselWord = new RegExp(`^(?:${counselWords})$`, 'iu');
// ("her grief-stricken family", "Roe's devastated parents": a word or two of feeling between the owner and the group.)
// ("Roe's lawyer argued", "Roe's attorneys wrote": counsel speak for the one they act for, never as that person.)
const familyBefore = new RegExp(`^(?:the\\s+)?(.+?)(?:['’]s?|(?<=^(?:his|her|their)))(?:\\s+\\p{Ll}[\\p{Ll}-]+){0,2}?\\s+(${familyGroups}|${counselGroups})$|^(\\p{Lu}.*?)['’]s?\\s+(${kinWords}|${counselWords})$`, 'iu');

/**
 * "The family of Sam Roe", "Roe's parents", "her family": they speak together, as "Sam Roe's family". "The mother of PC Andrew
 * Roe", "Andrew Roe's mother": one relative speaks, unnamed, as "Andrew Roe's mother" (never the person named, who may be the
 * one the story mourns).
 */
function familyOf(discourse: Discourse, phrase: string, offset: number): Reference | null {
  const text = phrase.trim().replace(/\s+/gu, ' ');
  const after = familyAfter.exec(text);
  const before = after ? null : (familyBefore.exec(text) ?? familyNamed.exec(text));
  const [group, owner] = after ? [after[1] ?? after[3], after[2] ?? after[4]] : before ? [before[2] ?? before[4], before[1] ?? before[3]] : [null, null];
  if (!group || !owner) return null;
  const single = familyWord.test(group) || counselWord.test(group);
  // (One relative only of someone named, a capital opening the owner: "the victim's mother" is unnamed, and so is her child.)
  if (single && !/^\p{Lu}/u.test(owner)) return null;
  const lower = owner.toLowerCase();
  const person = lower in personalPronouns ? pronoun(discourse.registry, lower === 'their' ? 'they' : lower === 'his' ? 'he' : 'she', offset, discourse.sentences, discourse.before) : resolvePhrase(discourse, owner, null, offset);
  if (person?.kind !== 'entity' || person.entity.type !== 'person') return null;
  // ("Mr Davies' family": a name ending in "s" keeps the possessive the text gives it, the bare apostrophe or "'s".)
  const surname = person.entity.name.split(' ').at(-1) ?? '';
  const bare = /s$/u.test(surname) && (/s['’]\s/u.test(text) || new RegExp(`\\b${surname.replace(/[^\p{L}-]/gu, '')}['’]\\s`, 'u').test(discourse.source ?? ''));
  const family = ensure(discourse.registry, `${person.entity.name}${bare ? "'" : "'s"} ${/^(?:families|relatives|loved ones)$/u.test(group.toLowerCase()) ? 'family' : group.toLowerCase()}`, single ? 'person' : 'organization');
  if (single && family.type !== 'person') return null;
  if (single) family.gender ??= genderOf(group);
  discourse.registry.mentions.push({ entity: family, offset });
  return entity(family);
}

/** Nouns for a news outlet, lower case before its name. */
const mediaKinds = /^(?:outlet|newspaper|paper|daily|weekly|tabloid|broadcaster|channel|station|magazine|site|website|portal|network)$/u;

/** A capital letter standing for a name: "R", "K." (never the pronoun "I" nor the article "A"). */
// ("D.D. Roe", "J.R. Roe": initials run together, each with its stop.)
const isInitial = (word: string) => (/^\p{Lu}\.?$/u.test(word) || /^(?:\p{Lu}\.){2,3}$/u.test(word)) && !/^[IA]$/u.test(word);

const postNominals = /^(?:TD|MP|MEP|MSP|MS|AM|MLA|MHK|QC|KC|SC|OBE|MBE|CBE|KBE|DBE|PhD|MD|Jr\.?|Sr\.?|II|III|IV|Esq\.?)$/u;

const notAName = /^(?:one|another|some|others|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|earlier|later|then|now|here|there|this|that|these|those|it|all|both|many|most|few|nobody|everybody|everyone|anyone|anybody|someone|somebody|none|no-one)$/i;

/** "Jane Roe of the union", "Roe at the Port Authority": a name, then the organisation it belongs to. */
function memberOf(words: string[]): { name: string[]; organization: string } | null {
  const at = words.findIndex((word, index) => index >= 2 && /^(?:of|at|from|with|for)$/.test(word));
  if (at === -1) return null;
  const name = words.slice(0, at);
  const nameWords = name.filter((word) => !isRoleWord(word.toLowerCase()));
  // The words before must end in a person's name: capitalised words, none naming an organisation.
  // ("Femke de Wit of the alliance", "Jan van der Roe of the union": the particles between a name's words are the surname's.)
  const unparticled = name.filter((word, index) => index === 0 || !isParticle(word));
  // ("John O’Roe of Special Crime Operations": a capital after an apostrophe is a name's too.)
  if (nameWords.length < 2 || !unparticled.slice(-2).every((word) => /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u.test(word) && !isRoleWord(word.toLowerCase()) && !organizationWords.has(word.toLowerCase()))) return null;
  const organization = words.slice(at + 1).filter((word, index) => index > 0 || !/^(?:the|a|an)$/i.test(word)).join(' ');
  return organization ? { name, organization } : null;
}

function personWithApposition(registry: Registry, found: Entity, apposition: string | null): Reference {
  // "The ferry's operator, Sea Link, said": a name in apposition to a company is the company.
  // The apposition's head noun decides, before any clause or phrase after it: "the ferry's operator", "the company
  // behind the app" name a company; "the head of the civil protection agency", "an engineer who used to work at a
  // rival carrier" a person.
  const headPhrase = (apposition ?? '').trim().split(/\s+(?:who|which|that|whose|of|at|for|with|in|behind|from|based|since|on)\b/iu)[0] ?? '';
  const headNoun = headPhrase.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  // ("The bus company's owner, Ali Roe", "Ali Roe, a shop owner,": an owner is a person, but a vessel's or a site's may be
  // a company: "Sea Link, the ferry's owner".)
  const businessOwner = headNoun === 'owner' && !/\b(?:ship|vessel|ferry|boat|tanker|aircraft|plane|building|tower|site|mine|plant|dam|stadium|airport|port|terminal|pipeline|network|platform|brand|franchise|newspaper|paper|station|channel)['’]s\s+owner$/iu.test(headPhrase);
  if (found.type === 'person' && apposition && !businessOwner && /^(?:operator|company|firm|carrier|airline|insurer|maker|manufacturer|producer|processor|retailer|charity|agency|supplier|contractor|publisher|broadcaster|newspaper|regulator|owner|builder|chain)$/u.test(headNoun)) {
    found.type = 'organization';
    return entity(found);
  }
  // An honorific alone ("Ms.") gives way to the role an apposition states.
  if (found.type === 'person' && apposition && !/^(?:who|which|whose)\b/i.test(apposition) && (!found.role || /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)\.?$/i.test(found.role))) {
    found.role = roleIn(apposition);
    found.gender ??= genderOf(found.role);
    const organization = /\b(?:for|of|at|with)\s+(?:the\s+)?(.+)$/.exec(found.role)?.[1] ?? found.role.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).join(' ');
    if (organization) found.affiliation ??= organizationOf(registry, organization);
  } else if (found.type === 'person' && apposition && found.role && !/^(?:who|which|whose)\b/i.test(apposition)) found.described ??= apposition;
  return entity(found);
}

/** Abbreviations with an ampersand that name things or departments, not a body that speaks. */
const ampersandThings = new Set(['Q&A', 'A&E', 'R&D', 'B&B', 'F&B', 'P&L', 'M&A', 'G&T', 'D&D', 'R&B', 'T&C', 'T&Cs', 'Q&As']);

function isOrganizationName(words: string[]): boolean {
  return words.length > 0 && words.every((word, index) => /^\p{Lu}/u.test(word) || /^(?:of|for|and|the)$/.test(word) || (word === 'to' && index > 0)) &&
    (words.some((word) => organizationWords.has(word.toLowerCase())) || (words.length === 1 && isAcronym(words[0] ?? '')));
}

/** "Roe" → the one person registered with that surname. */
/** "Kerry-Ann said" after "Kerry-Ann Walsh, 44": the one person of the text with that first name, as features call people. */
/** The commonest family names of China, Korea and Vietnam, which those names put first. */
const familyFirst = new Set('Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Cheng Wei Ding Ren Shen Yao Jin Cui Fan Kim Park Choi Jung Jeong Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Song Hong Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Ngo Duong Ly'.split(' '));

function firstNameHolder(registry: Registry, first: string): Entity | null {
  if (registry.shared.has(first.toLowerCase())) return null;
  // Only someone the text made a person of (an age, a role, a gender), not a company read as two names ("Brightwing Air").
  // ("Li Wei … “…,” Li said": a Chinese, Korean or Vietnamese family name stands first, and is what the text calls them by.)
  const family = familyFirst.has(first);
  const holders = registry.entities.filter((entity) => entity.type === 'person' && entity.name.split(' ').length > 1 && entity.name.split(' ')[0] === first && !isLexiconNoun((entity.name.split(' ').at(-1) ?? '').toLowerCase()) && (family || entity.age !== undefined || entity.role !== null || entity.gender !== undefined));
  return holders.length === 1 ? (holders[0] ?? null) : null;
}

function surnameHolder(registry: Registry, surname: string, offset: number): Entity | null {
  return latest(registry, offset, (candidate) => candidate.type === 'person' && candidate.name.split(' ').at(-1) === surname);
}

/**
 * "A spokeswoman for Corrib Markets said … “…,” she said": the pronoun is the spokesperson's, so the body
 * speaks, when no person was named between them and the spokesperson spoke in this sentence or the one before.
 */
function spokesperson(discourse: Discourse, word: string, offset: number): Reference | null {
  const voice = discourse.voice;
  if (!voice || !/^(?:he|she|they)$/u.test(word) || voice.offset >= offset) return null;
  const own = (discourse.sentences ?? []).findLastIndex((start) => start <= offset);
  // ("A Kelby Tyres spokeswoman said … ¶ …, she said. Should that fail, … ¶ “…,” she said": a man or woman who spoke
  // anywhere in the paragraph before is still speaking, no one named since.)
  const sentenceBefore = discourse.sentences?.[own - 1] ?? discourse.before?.[0] ?? offset;
  const from = word !== 'they' && own === 0 && discourse.previousParagraph !== undefined ? Math.min(sentenceBefore, discourse.previousParagraph) : sentenceBefore;
  if (voice.offset < from) return null;
  // Persons named in the spokesperson's own sentence ("… sympathy with the Roe family") are spoken of, not speaking.
  const after = (discourse.sentences ?? []).find((start) => start > voice.offset) ?? offset;
  // (Nor a person named before the body in its own sentence: "Chief executive Jane Roe said the notice was advised by the
  // board. ¶ “…,” he said" is Roe; the board spoke through no one there.)
  // (A "person" named after "the" is seldom one: "represented by the United Steelworkers, she said".)
  const named = discourse.registry.mentions.some((mention) => mention.entity.type === 'person' && !mention.article && ((mention.offset >= after && mention.offset < offset) || (mention.offset >= from && mention.offset < voice.offset)));
  return named ? null : { kind: 'entity', entity: voice.entity, spokesperson: true };
}

/** A title as words to compare: no article, any spokes- word alike ("the ministry spokesman" is "Ministry spokesperson"). */
function sameTitle(title: string): string {
  return title.toLowerCase().replace(/^the\s+/u, '').replace(/spokes(?:man|woman|person|people|men|women)/gu, 'spokes').replace(/\s+/gu, ' ').trim();
}

// People by what they do or where they are, as an apposition describes one ("one of the workers", "a villager").
const describedPeople = /^(?:workers?|farmers?|traders?|drivers?|passengers?|students?|parents?|neighbou?rs?|villagers?|protesters?|witness(?:es)?|victims?|survivors?|fans?|customers?|commuters?|employees?|residents?|vendors?|pupils?|nurses?|miners?|fishermen|fisherman|pilgrims?|relatives?|mourners?|shoppers?|motorists?|tenants?|landlords?|locals?|eyewitness(?:es)?)$/u;

/** he/she → the nearest person mentioned; it → the nearest organisation; they → either. */
function pronoun(registry: Registry, word: string, offset: number, sentences: number[] = [], before?: [number, number], topic?: [number, number], discourse?: Discourse): Reference | null {
  const found = nearestFitting(registry, word, offset, sentences, before, topic, discourse);
  const gender = /^(?:she|her)$/.test(word) ? 'female' : /^(?:he|him|his)$/.test(word) ? 'male' : undefined;
  if (!gender || found?.kind !== 'entity' || found.entity.type !== 'person' || found.entity.gender) return found;
  // ("Veterinary nurse Elanna Roe said … “…,” she said. … Owner Dr David Poe assessed the koala … ¶ “…,” she said": a given
  // name the name lists give only the other sex passes the pronoun on to the person quoted last, near, when nothing gives
  // that one the other sex. The lists err now and then, so they only decide between two people, never against the text.)
  const listed = (candidate: Entity) => givenNameGender(candidate.name.split(' ')[0] ?? '');
  const given = listed(found.entity);
  if (!given || given === gender) return found;
  // (Not one named in the pronoun's own paragraph: "The chief executive, Marta Roe, spoke for an hour. He repeated …" goes
  // on with her, whatever the lists say.)
  const paragraph = sentences[0] ?? offset;
  if (registry.mentions.some((mention) => mention.entity === found.entity && mention.offset >= paragraph && mention.offset < offset)) return found;
  const quoted = registry.entities.filter((candidate) => candidate.type === 'person' && candidate.quoted !== undefined && candidate.quoted < offset).sort((a, b) => (b.quoted ?? 0) - (a.quoted ?? 0))[0];
  if (!quoted || quoted === found.entity || (quoted.gender ?? listed(quoted) ?? gender) !== gender || offset - (quoted.quoted ?? 0) > 1500) return found;
  return entity(quoted);
}

/** The person or body a pronoun stands for, by where the text names them (see `pronoun`). */
function nearestFitting(registry: Registry, word: string, offset: number, sentences: number[] = [], before?: [number, number], topic?: [number, number], discourse?: Discourse): Reference | null {
  const wanted = personalPronouns[word];
  const gender = /^(?:she|her)$/.test(word) ? 'female' : /^(?:he|him|his)$/.test(word) ? 'male' : undefined;
  const accept = (candidate: Entity) =>
    wanted === 'any'
      ? candidate.type !== 'media'
      : wanted === 'person'
        ? candidate.type === 'person' && (!gender || !candidate.gender || candidate.gender === gender)
        : candidate.type === 'organization';
  // The subject comes first: "Pruitt said he respected Roe's right … “…,” he said" is Pruitt, not Roe. So the
  // first fitting name of the pronoun's own sentence, else of the sentence before it, else the one named last.
  const own = sentences.findLastIndex((start) => start <= offset);
  // (Back sentence by sentence to the paragraph's first, then the last of the paragraph before: "Speaking on
  // radio, Dr Roe said … . Four people are ill. She said …" is Roe, not a company her first sentence named.)
  // ("A 2012 study by Tali Roe showed baboons preferred the slopes, he said.": a pronoun that signs off a sentence of
  // reported words speaks of those it names, it is not one of them; the one speaking was named before.)
  const opening = sentences[own] !== undefined && discourse?.source !== undefined ? discourse.source.slice(sentences[own], offset) : '';
  const signsOff = gender !== undefined && /\S,\s+\p{L}+\s+$/u.test(opening) && !/[\u201C\u201D"]/u.test(opening) && /^(?:said|says|added|explained|noted)\s*[.!]/u.test(discourse?.source?.slice(offset, offset + 20) ?? '');
  const windows: Array<[number | undefined, number | undefined]> = signsOff ? [] : [[sentences[own], offset]];
  for (let at = own - 1; at >= 0; at--) windows.push([sentences[at], sentences[at + 1]]);
  if (before) windows.push(before);
  if (discourse?.opened && before && discourse.opened[1] <= before[0]) windows.push(discourse.opened);
  if (topic && gender) windows.push(topic);
  const pool = gender && registry.spoken.length > 0 ? registry.mentions.concat(registry.spoken) : registry.mentions;
  for (const [from, to] of windows) {
    if (from === undefined || to === undefined) continue;
    // ("Speaking from Kelby after receiving Foreign Minister Dan Lind, he said": a participle's clause that opens a sentence has
    // the pronoun after it for its subject; those it names are its objects, no one a pronoun stands for.)
    const clause = gender !== undefined ? participleClause(discourse?.source, from, to) : 0;
    // (With the "he" or "she" that spoke there, for the pronoun of the same sex that goes on with them.)
    const inWindow = pool.filter((mention) => !mention.owner && !(gender !== undefined && mention.article) && !(mention.said && mention.said !== gender) && mention.offset >= from + clause && mention.offset < to && accept(mention.entity)).sort((a, b) => a.offset - b.offset);
    // ("The suspect, Jan Poe, was held after a chase, said police chief Ana Roe. ¶ “…,” she said": the one a speech verb
    // made speak there goes on speaking, before the sentence's first name.)
    // ("Speaking where he received a degree from Governor Jan Poe — or (from Governor Jan Poe) — Roe recalled …": one named
    // inside an aside between dashes or brackets is no subject while the sentence names another outside it.)
    const main = inWindow.filter((mention) => !insideAside(discourse?.source, from, mention.offset));
    const first = inWindow.find((mention) => mention.cue && mention.entity.type === 'person') ?? main[0] ?? inWindow[0];
    // ("However, Roe said … ¶ An accused, he said, would … as the judge was … ¶ “…,” he added": a window whose own "he
    // said" comes before anyone named there goes on reporting the one before it; those it names are spoken of.)
    if (first && gender && from !== sentences[own] && pronounSpeaksFirst(discourse?.source, word, from, first.offset)) {
      const earlier = latest(registry, from, (candidate) => accept(candidate), true);
      if (earlier) return entity(earlier);
    }
    if (first) return entity(first.entity);
    // "Okafor said the roof fell in. “…,” he said": a single name a cue made speak, taken for a body since no text
    // typed it, is the man or woman a pronoun next to it means, when no person is named there.
    const lone = gender && discourse ? loneSubject(discourse, from, to) : null;
    const named = lone ? registry.byName.get(lone.word.toLowerCase()) : undefined;
    const guess = gender ? (registry.guesses.find((candidate) => candidate.offset >= from && candidate.offset < to && candidate.entity.type === 'organization') ?? (named && lone && named.type === 'organization' && registry.guesses.some((candidate) => candidate.entity === named) ? { entity: named, offset: lone.offset } : undefined)) : undefined;
    if (guess) {
      guess.entity.type = 'person';
      guess.entity.gender ??= gender;
      registry.mentions.push({ entity: guess.entity, offset: guess.offset });
      registry.mentions.sort((a, b) => a.offset - b.offset);
      return entity(guess.entity);
    }
  }
  // ("The mother of the victim said she was satisfied. ¶ “…,” she told reporters": the unnamed woman who spoke there, no
  // one the text named far before.)
  const unnamed = discourse?.unnamedSpoke;
  const reach = before?.[0] ?? sentences[own - 1] ?? offset;
  if (gender && unnamed && unnamed.gender === gender && unnamed.offset >= reach && unnamed.offset < offset) return unnamed.reference;
  // (Never one the text names only later: "“…,” he wrote." before any man is named is no man named after it.)
  const fits = (candidate: Entity) => accept(candidate) && !(gender !== undefined && registry.mentions.every((mention) => mention.entity !== candidate || mention.article));
  // ("The PCG said … ¶ … launched its rigid hull inflatable boat (RHIB) … ¶ “…,” it said": named nowhere near, "it" goes
  // on with the body that spoke last, not the last thing named.)
  const spokeLast = wanted === 'organization' ? registry.entities.filter((candidate) => candidate.quoted !== undefined && candidate.quoted < offset && fits(candidate)).sort((a, b) => (b.quoted ?? 0) - (a.quoted ?? 0))[0] : undefined;
  const found = spokeLast ?? latest(registry, offset, fits, true);
  // Named nowhere near: a person whose gender the text never told, named once in passing, is less likely meant than
  // the one it has been quoting ("Col. Ana Roe said … . … since former President Jan Poe was jailed. … She also said …").
  // (Only one named in passing, once: the subject of the story, named again and again, is meant even unquoted.)
  // (Not the subject a paragraph introduced, no one named since: "Deputy Minister, Jane Roe is hopeful that … ¶ “…,” he
  // said.")
  const mentioned = found ? registry.mentions.filter((mention) => mention.entity === found && mention.offset < offset) : [];
  if (found && wanted === 'person' && found.quoted === undefined && !found.gender && mentioned.length <= 1 && !introducedSubject(discourse, registry, mentioned[0]?.offset, offset)) {
    const speaker = registry.entities.filter((candidate) => candidate.quoted !== undefined && candidate.quoted < offset && fits(candidate)).sort((a, b) => (b.quoted ?? 0) - (a.quoted ?? 0))[0];
    if (speaker) return entity(speaker);
  }
  // ("A spokesman for the agency said … . It claimed … . “…,” he said": no man named at all, the agency's unnamed man, a few
  // short paragraphs back at most.)
  if (!found && gender && unnamed && unnamed.gender === gender && unnamed.offset < offset && offset - unnamed.offset <= 400) return unnamed.reference;
  return found ? entity(found) : null;
}

/** The length of a participle's clause opening the text at `from` before "he" or "she" ("Speaking … after receiving Roe, "), else 0. */
function participleClause(source: string | undefined, from: number, to: number): number {
  const text = source?.slice(from, Math.min(to, from + 240)) ?? '';
  const clause = /^\s*(\p{Lu}\p{Ll}+ing|Asked|Pressed|Questioned|Quizzed)\b[^.;:\u201C\u201D"]*?,\s*(?=(?:he|she)\s)/u.exec(text);
  return clause?.[1] && lexiconTag(clause[1].toLowerCase()) === 'VERB' ? clause[0].length : 0;
}

/** A pronoun directly before one of the lexicon's speech verbs ("he said", ", she added,", "they insisted"). */
const pronounThenVerb = new RegExp(`\\b(${Object.keys(personalPronouns).join('|')})\\s+(?:${speechVerbs.filter((verb) => !verb.includes(' ')).join('|')})\\b`, 'giu');

/** The same pronoun, made to speak ("he said", ", she added,"), stands between `from` and `to`. */
/** Whether `offset` stands inside a dash-delimited or bracketed aside opened after `from`. */
function insideAside(source: string | undefined, from: number, offset: number): boolean {
  if (!source) return false;
  const text = source.slice(from, offset);
  const dashes = text.match(/\s[—–]\s/gu)?.length ?? 0;
  const open = (text.match(/\(/gu)?.length ?? 0) - (text.match(/\)/gu)?.length ?? 0);
  return dashes % 2 === 1 || open > 0;
}

function pronounSpeaksFirst(source: string | undefined, word: string, from: number, to: number): boolean {
  if (source === undefined) return false;
  return [...source.slice(from, to).matchAll(pronounThenVerb)].some((match) => match[1]?.toLowerCase() === word.toLowerCase());
}

/**
 * Whether the person mentioned at `at` opens a paragraph (after a title at most: "Deputy Health Minister, ") and no
 * other person is named between there and `offset`: the subject a paragraph introduced, whom the quotation follows.
 */
function introducedSubject(discourse: Discourse | undefined, registry: Registry, at: number | undefined, offset: number): boolean {
  const source = discourse?.source;
  if (at === undefined || source === undefined) return false;
  const start = source.lastIndexOf('\n', at) + 1;
  // ("Vancouver contractor Robert Smid had been waiting …": a role in small letters among the capitals before the name.)
  const before = source.slice(start, at);
  if (!/^\s*(?:\p{Lu}[\p{L}.'’-]*,?\s+|\p{Ll}[\p{Ll}-]+\s+){0,5}$/u.test(before) || !(before.match(/\b\p{Ll}[\p{Ll}-]+/gu) ?? []).every((word) => isRoleWord(word))) return false;
  const subject = registry.mentions.find((mention) => mention.offset === at)?.entity;
  return !registry.mentions.some((mention) => mention.offset > at && mention.offset < offset && mention.entity !== subject && mention.entity.type === 'person');
}

/** "the FBI statement", "her statement", "a statement from …", "the statement". */
function document(discourse: Discourse, ownerWords: string[], offset: number, explicitOwner = false, noun = 'statement'): Reference | null {
  // ("New York" keeps its "New": only the adjectives in lower case are dropped.)
  // ("Kelsham's 2024-25 annual report": the owner ends at its possessive; what follows describes the document.)
  // ("the U.S. Attorney's Office" is one name: only lower-case words and numbers after the possessive are cut.)
  const owns = ownerWords.findIndex((word, index) => /['’]s$|^(?:his|her|its|their)$/iu.test(word) && index < ownerWords.length - 1 && ownerWords.slice(index + 1).every((after) => !/^\p{Lu}/u.test(after)));
  const cleaned = (owns >= 0 ? ownerWords.slice(0, owns + 1) : ownerWords).filter((word) => !/^(?:own|written|joint|brief|separate|earlier|later|latest|original|new)$/.test(word));
  const first = (cleaned[0] ?? '').toLowerCase().replace(/['’]s$/, '');
  let owner: Reference | null = null;
  if (cleaned.length === 1 && first in personalPronouns) owner = pronoun(discourse.registry, first, offset, discourse.sentences, discourse.before);
  else if (cleaned.length > 1 || (cleaned.length === 1 && !/^(?:the|a|an|this|that)$/.test(first)) || explicitOwner) {
    owner = resolvePhrase(discourse, cleaned.join(' '), null, offset);
  } else if (/^(?:the|this|that|an?)$/.test(first)) {
    // ("The board sent a letter to parents on Tuesday. … The letter said": the one the text says sent a letter, whatever
    // statement came before.)
    const specific = /^(?:statements?|release)$/u.test(noun) ? null : issuerBefore(discourse, offset, noun);
    if (specific) return specific.reference;
    // ("X has issued a statement … “…,” read a statement": one the text has not quoted from before is the one it said was
    // issued, or nobody's; not the last body that spoke, nor the statement it spoke in.)
    if (first === 'a' || first === 'an') {
      const issued = discourse.documents.findLast((document) => document.issued);
      return issued ? { kind: 'document', document: issued } : (issuerBefore(discourse, offset)?.reference ?? null);
    }
    const last = discourse.documents.at(-1);
    // ("The County Sheriff's Office said on Thursday that … . “…,” the statement said": no statement named before, the
    // body that spoke last gave it.)
    // ("A West Ham spokesperson issued the following statement, per ESPN. ¶ “…,” the statement reads": the one that issued it,
    // not the outlet the sentence cites for it.)
    if (last) return { kind: 'document', document: last };
    const spoke = discourse.spoke && discourse.spoke.offset < offset ? discourse.spoke : null;
    const issued = issuerBefore(discourse, offset);
    if (issued && (!spoke || issued.end >= spoke.offset)) return issued.reference;
    return spoke ? { kind: 'entity', entity: spoke.entity, spokesperson: true } : (issued?.reference ?? null);
  }
  if (!owner) return null;
  const created: Document = { owner, author: null };
  discourse.documents.push(created);
  return { kind: 'document', document: created };
}

/**
 * "A West Ham spokesperson issued the following statement … . “…,” the statement reads": no quotation given to a statement
 * before, the one the text last says issued one (in the few hundred letters before) is its owner. So for any document by
 * the word the text calls it now: "The board sent a letter to parents … The letter said", "In a notification issued by
 * the Secretariat …", "a report from the college", "According to a release, Kelby police are …" (the body the sentence
 * then tells of, when it is one).
 */
function issuerBefore(discourse: Discourse, offset: number, noun = 'statement'): { reference: Reference; end: number } | null {
  const source = discourse.source;
  if (source === undefined) return null;
  const from = Math.max(0, offset - 1000);
  const window = source.slice(from, offset);
  const nouns = noun === 'statement' || noun === 'release' ? 'statement|release|press release' : `${noun}s?`;
  let found: { subject: string; at: number; end: number; body: boolean } | null = null;
  const take = (match: RegExpMatchArray, subject: string, body = false) => {
    const at = from + (match.index ?? 0) + match[0].indexOf(subject);
    if (!found || at > found.at) found = { subject, at, end: from + (match.index ?? 0) + match[0].length, body };
  };
  for (const match of window.matchAll(new RegExp(`(?:^|[.!?]\\s+|\\n)([^.!?\\n“”"]{2,120}?)\\s+(?:has\\s+|have\\s+)?(?:issued|released|put out|published|sent|sent out|posted|shared|circulated|distributed|filed|tweeted|submitted|presented|delivered|drafted|signed|wrote|penned|lodged|unveiled)\\s+(?:a|an|the following|the|its|his|her|their|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns})\\b[^.!?\\n]*`, 'gu'))) take(match, match[1] ?? '');
  // ("Roe posted on her official account this afternoon. … “…,” the post read": who posted it.)
  if (noun === 'post') for (const match of window.matchAll(/(?:^|[.!?]\s+|\n)([^.!?\n“”"]{2,120}?)\s+(?:has\s+|have\s+)?posted\s+(?:on|to)\s+[^.!?\n]*/gu)) take(match, match[1] ?? '');
  // ("a notification issued by the CM House Secretariat", "a report from the Kelby Medical College": who it is by.)
  // ("a letter from the Office of the Commissioner of Police": "of the" inside the name.)
  // ("The affidavit, sworn by Kelby's chief financial officer Jane Roe, puts …": the one who swore or signed it, between commas.)
  for (const match of window.matchAll(new RegExp(`\\b(?:${nouns}),\\s+(?:sworn|signed|written|prepared|submitted|authored|drafted|filed|issued)\\s+by\\s+([^,;.“”"]{2,100}),`, 'gu'))) take(match, match[1] ?? '');
  // ("a warning from the US Embassy in Colombo, which said …. “…,” the statement said": a warning or an advisory is the
  // statement of the body it came from, named with the place it stands in, particles and all: "in Dar es Salaam"; "the
  // weather advisory of the Kelby Disaster Council" too.)
  for (const match of window.matchAll(new RegExp(`\\b(?:${nouns}${noun === 'statement' ? '|warning|advisory|alert|notice|bulletin' : ''})\\s+(?:(?:issued|released|published|sent|posted|signed|written|circulated|distributed|put out|filed)\\s+)?(?:by|from|of)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’&.-]*(?:\\s+(?:of(?:\\s+the)?|for(?:\\s+the)?|in|and|&|(?:de|da|del|des|do|dos|es|di|du|la|van|von|der|al|el)(?=\\s+\\p{Lu})|\\p{Lu}[\\p{L}'’&.-]*)){0,7})`, 'gu'))) take(match, (match[1] ?? '').replace(/\s+(?:of|for|in|and|&)(?:\s+the)?$/u, ''));
  // ("a National Transportation Safety Board preliminary report", "the NTSB report, released Friday": a body's name before
  // the word, a word in small letters between them at most; a body the text names, not "a Status Red warning", "a Friday
  // update", nor the platform of "a Facebook post".)
  if (noun !== 'statement') for (const match of window.matchAll(new RegExp(`\\b(?:[Tt]he|[Aa]n?)\\s+((?:\\p{Lu}[\\p{L}'’&.-]*\\s+(?:(?:of|for|and|&)\\s+)?){1,7})(?:\\p{Ll}+\\s+)?(?:${nouns})\\b`, 'gu'))) {
    if (!platformName.test((match[1] ?? '').trim())) take(match, (match[1] ?? '').trim(), true);
  }
  // ("an internal police report seen by Kelby News": a body's common noun before the document, its owner; not the outlet that
  // saw it.)
  if (noun !== 'statement') for (const match of window.matchAll(new RegExp(`\\b(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+)?(police|army|military|government|ministry|council|coroner['’]s|fire service)\\s+(?:${nouns})\\b`, 'gu'))) take(match, `the ${(match[1] ?? '').replace(/['’]s$/u, '')}`);
  // ("According to a release, multiple Kelby RCMP units are working …", "According to a release, the police received a
  // report …": the body the sentence goes on to tell of.)
  for (const match of window.matchAll(new RegExp(`\\b[Aa]ccording to (?:a|an|the|its)\\s+(?:[\\p{L}-]+\\s+)?(?:${nouns}),\\s+([^.!?\\n,“”"]{2,80}?)\\s+(?:is|are|was|were|has|have|had|will|would|said|says|received|arrested|charged|found|responded|launched|seized|recovered|confirmed|identified)\\b`, 'gu'))) take(match, match[1] ?? '', true);
  if (!found) return null;
  const { subject, at, end, body } = found as { subject: string; at: number; end: number; body: boolean };
  // ("David Moyes, in conjunction with the League Managers Association, has issued a statement": the subject, not its aside.)
  const head = subject.replace(/^(\p{Lu}[^,]*?),\s+[^,]+,?\s*$/u, '$1');
  const reference = resolvePhrase(discourse, head.replace(/^(?:multiple|several|some|all|two|three|the)\s+/iu, ''), null, at);
  if (body && (reference?.kind !== 'entity' || reference.entity.type !== 'organization')) return null;
  // ("Farmers in Kelby published a manifesto": issued by people the text names by what they are, not another body's.)
  if (!reference && !body && noun !== 'statement' && /^\p{Lu}?[\p{Ll}\s]*\p{Ll}/u.test(subject) && subject.trim().split(/\s+/u).length <= 6) return { reference: { kind: 'anonymous', description: subject.trim() }, end };
  return reference ? { reference, end } : null;
}

/**
 * "“…,” the order read", "the judgment said": what a court decides speaks for the court or the judge the text named
 * before (the nearest of them), which news names as the speaker of a ruling's words.
 */
function courtDocument(registry: Registry, lower: string[], offset: number): Entity | null {
  if (lower.length > 3 || !/^(?:the|this|that)$/u.test(lower[0] ?? '') || !/^(?:order|ruling|judgm?ent|verdict|injunction|decree)$/u.test(lower.at(-1) ?? '')) return null;
  return latest(registry, offset, (candidate) => (candidate.type === 'organization' && /\b(?:court|tribunal)\b/iu.test(candidate.name)) || (candidate.type === 'person' && /\b(?:judge|justice|magistrate)\b/iu.test(candidate.role ?? '')), true);
}

/** The words right before the first mention of `person`, in its sentence: the title the text first gave them. */
function titleBefore(discourse: Discourse, person: Entity): string {
  const source = discourse.source;
  const first = discourse.registry.mentions.reduce<number | undefined>((earliest, mention) => (mention.entity === person && (earliest === undefined || mention.offset < earliest) ? mention.offset : earliest), undefined);
  if (source === undefined || first === undefined) return '';
  const window = source.slice(Math.max(0, first - 80), first);
  return window.slice(Math.max(0, ...['. ', '\n', '“', '"'].map((mark) => window.lastIndexOf(mark) + 1)));
}

/** The person named within a title's reach after a mention (before `offset`) of the body called `name`. */
function titledBy(registry: Registry, name: string, offset: number): Entity | null {
  const body = registry.byName.get(name.toLowerCase());
  if (body?.type !== 'organization') return null;
  const mentions = registry.mentions.filter((mention) => mention.offset < offset).sort((a, b) => a.offset - b.offset);
  const holders = mentions.filter((mention) => mention.entity === body).flatMap((at) => mentions.find((next) => next.entity.type === 'person' && next.offset > at.offset && next.offset < at.offset + 120)?.entity ?? []);
  return holders.at(-1) ?? null;
}

/** "the agency": the nearest organisation with that word in its name, else the nearest organisation. */
const policeForce = /\b(?:RCMP|Garda|Gardaí|Constabulary|Gendarmerie|Carabinieri|Sheriff['’]s (?:Office|Department))\b/u;
// ("the force": any of those, or a body called Police or Force by name.)
const forceNamed = new RegExp(`${policeForce.source}|\\b(?:Police|Forces?)\\b`, 'u');

function latestOrganization(registry: Registry, noun: string, offset: number): Entity | null {
  // Any organisation will do only when named before: "the council" is not a board the article names later.
  // ("police said" after "Spirit River RCMP": a force by another name — the Mounties, the Garda, a constabulary.)
  // ("a force spokesperson said", "the force said": a police force, the way British papers call one.)
  const named = noun === 'police' ? policeForce : noun === 'force' ? forceNamed : null;
  return latest(registry, offset, (candidate) => candidate.type === 'organization' && (candidate.kinds?.has(noun) || [...candidate.aliases, candidate.name].some((name) => name.toLowerCase().includes(noun) || registry.kindsIfBody.get(name.toLowerCase()) === noun || (named?.test(name) ?? false))))
    // ("the operator" after "operator Deutsche Bahn said", a name read as a person's that no pronoun, age or sex marks: the body.)
    ?? kindTakenForPerson(registry, noun, offset)
    // ("the club" after "Kelby FC", "RCD Mediterráneo": a sports club by the marks of its name, before any body named since,
    // FIFA or the league; "the charity" after "Thornberry Animal Sanctuary", by the words charities' names end in.)
    ?? (kindMarks[noun] ? latest(registry, offset, (candidate) => candidate.type === 'organization' && [candidate.name, ...candidate.aliases].some((name) => kindMarks[noun]?.test(name) === true), true) : null)
    // ("the regulator", "the watchdog": a body named as one regulates, "… Conduct Authority", "… Commission", a central bank,
    // named before.)
    ?? (/^(?:regulator|watchdog)$/u.test(noun) ? latest(registry, offset, (candidate) => candidate.type === 'organization' && /\b(?:authority|commission|regulat\p{L}*|inspectorate|ombudsman|standards agency|safety agency|central bank|reserve bank|competition bureau|watchdog)\b/iu.test(candidate.name), true) : null)
    // ("the agency", "the ministry": a public body, never the company named last; "the company" never a public body.)
    // ("the company" after "Vantair Airlines" and a broadcaster's call letters "WKRX reported": letters alone, which the
    // text never spelled out, are no company's name while one that says it is a business was named before.)
    ?? (commercial.has(noun) && bareLetters(latest(registry, offset, (candidate) => candidate.type === 'organization' && !publicBody.test(candidate.name) && !placeBody.test(candidate.name), true)) ? latest(registry, offset, (candidate) => candidate.type === 'organization' && businessName.test(candidate.name) && !publicBody.test(candidate.name), true) : null)
    // ("the government wrote" after "the Quebec Ministry of Public Security issued an alert": a government's own department,
    // never its police or its courts.)
    ?? (noun === 'government' ? latest(registry, offset, (candidate) => candidate.type === 'organization' && [candidate.name, ...candidate.aliases].some((name) => /\b(?:government|ministry|cabinet|administration|executive|presidency|department of|office of the)\b/iu.test(name) && !/\bpolice\b/iu.test(name)), true) : null)
    ?? (namedOnly.has(noun) ? null : latest(registry, offset, (candidate) => candidate.type === 'organization' && (commercial.has(noun) ? !publicBody.test(candidate.name) && !placeBody.test(candidate.name) : !publicBody.test(noun) || isAcronym(candidate.name) || [candidate.name, ...candidate.aliases].some((name) => publicBody.test(name))), true))
    ?? quotedBody(registry, noun);
}

/**
 * "“… the top priority for the School District of Kelby,” the district's statement adds": a body the text names only
 * inside quotations is the one "the district" means, when the text names no other district outside them and only one
 * inside.
 */
function quotedBody(registry: Registry, noun: string): Entity | null {
  const kind = kindMarks[noun];
  const fits = registry.quoted.filter((candidate) => [candidate.name, ...candidate.aliases].some((name) => new RegExp(`\\b${noun}\\b`, 'iu').test(name) || kind?.test(name) === true));
  const [body] = fits;
  const known = body && registry.byName.get(body.name.toLowerCase());
  if (fits.length !== 1 || !body || (known && known !== body)) return null;
  if (known) return body;
  registry.entities.push(body);
  for (const name of [body.name, ...body.aliases]) if (!registry.byName.has(name.toLowerCase())) registry.byName.set(name.toLowerCase(), body);
  return body;
}

/** "Kelby County Sheriff's Office said": a body's name, then a verb of speech (after a time or "in a statement" perhaps). */
const speaksAfterName = new RegExp(`^['’]?s?\\s*(?:(?:has|had|have|also|on\\s+\\p{Lu}\\p{Ll}+day|in\\s+a\\s+statement,?)\\s+){0,3}(?:${speechVerbs.filter((verb) => !verb.includes(' ')).join('|')})\\b`, 'u');

/**
 * The body the sentence before makes the speaker ("In a statement, the Kelby County Sheriff's Office said it had suspended
 * a deputy pending an inquiry by the State Police. “…,” the agency said"), when the noun can stand for it: the one who
 * spoke, not the body named last in what it said.
 */
function speakingBody(discourse: Discourse, noun: string, offset: number): Entity | null {
  const sentences = discourse.sentences ?? [];
  const own = sentences.findLastIndex((start) => start <= offset);
  const [from, to] = own > 0 ? [sentences[own - 1], sentences[own]] : (discourse.before ?? []);
  const source = discourse.source;
  if (from === undefined || to === undefined || source === undefined) return null;
  // (A mention stands at the name's start, or right after it where a cue's reading put it: "the Kelby County sheriff's
  // office said", in small letters.)
  const spoke = discourse.registry.mentions.filter((mention) => mention.entity.type === 'organization' && mention.offset >= from && mention.offset < to).sort((a, b) => a.offset - b.offset).find((mention) => {
    const names = [mention.entity.name, ...mention.entity.aliases].map((name) => name.toLowerCase());
    const written = names.find((name) => source.slice(mention.offset, to).toLowerCase().startsWith(name));
    if (written !== undefined) return speaksAfterName.test(source.slice(mention.offset + written.length, to));
    return names.some((name) => source.slice(Math.max(from, mention.offset - name.length - 1), mention.offset).trimEnd().toLowerCase().endsWith(name)) && speaksAfterName.test(source.slice(mention.offset, to));
  });
  return spoke && latestOrganization(discourse.registry, noun, spoke.offset + 1) === spoke.entity ? spoke.entity : null;
}

/** What a court report says of the one on trial, right after the name: "who denies murder", "is charged with", "pleaded". */
const chargedAfterName = /^[^.;:!?“”"]{0,80}?\b(?:denies|denied|admits|admitted|pleaded|pleads|(?:is|was|has been|had been) (?:charged|accused|indicted)|stands? trial|(?:is|went) on trial|faces? (?:a |the )?charges?)\b/u;

// ("has sentenced a 75-year-old Jane Roe to …", "jailed Jane Roe", "the accused, Jane Roe,": the name after the sentence or
// the charge.)
const chargedBeforeName = /\b(?:sentenced|convicted|jailed|imprisoned|charged|arraigned|indicted|(?:the )?(?:accused|defendant|convict)),?\s+(?:(?:a|an|the)\s+)?(?:\d+[- ]years?[- ]old\s+(?:\p{Ll}+,?\s+)?)?$/u;

/** The person the text says is on trial (the latest named so before `offset`, else the first after), or null. */
function onTrial(discourse: Discourse, offset: number): Entity | null {
  const source = discourse.source;
  if (source === undefined) return null;
  // (After the name as written there: in full, or the surname alone.)
  const after = (mention: { entity: Entity; offset: number }) => mention.offset + ([mention.entity.name, surnameOf(mention.entity.name)].find((name) => source.startsWith(name, mention.offset))?.length ?? 0);
  // (Before the name only where the name is written: a mention a cue gave, "The defendant said", is no new name.)
  const written = (mention: { entity: Entity; offset: number }) => after(mention) > mention.offset;
  const charged = discourse.registry.mentions.filter((mention) => mention.entity.type === 'person' && (chargedAfterName.test(source.slice(after(mention), after(mention) + 120)) || (written(mention) && chargedBeforeName.test(source.slice(Math.max(0, mention.offset - 60), mention.offset)))));
  const before = charged.filter((mention) => mention.offset < offset).at(-1);
  return (before ?? charged.find((mention) => mention.offset > offset))?.entity ?? null;
}

/** A "person" the text gave a body's noun before its name ("operator Deutsche Bahn") and nothing of a person's, as that body. */
function kindTakenForPerson(registry: Registry, noun: string, offset: number): Entity | null {
  const found = latest(registry, offset, (candidate) => candidate.type === 'person' && registry.kindsIfBody.get(candidate.name.toLowerCase()) === noun && (!candidate.role || candidate.role.toLowerCase() === noun) && candidate.gender === undefined && candidate.age === undefined && !candidate.honoured, true);
  if (!found) return null;
  found.type = 'organization';
  (found.kinds ??= new Set()).add(noun);
  return found;
}

/**
 * "Northern Optical says … . “…,” the company said": no body named at all, a "person" of two or three English words,
 * the first an adjective (no given name), that was given no role, sex, age or honour is the business the noun stands for.
 */
function wordsTakenForPerson(registry: Registry, noun: string, offset: number): Entity | null {
  const found = latest(registry, offset, (candidate) => {
    const words = candidate.name.split(' ');
    return candidate.type === 'person' && words.length >= 2 && words.length <= 3 && !candidate.role && candidate.gender === undefined && candidate.age === undefined && !candidate.honoured && words.every((word) => isLexiconWord(word.toLowerCase())) && lexiconTag((words[0] ?? '').toLowerCase()) === 'ADJ';
  }, true);
  if (!found) return null;
  found.type = 'organization';
  (found.kinds ??= new Set()).add(noun);
  return found;
}

/**
 * "Skyhop has apologised to its customers. The airline said …": no body named before, a single capitalised name that
 * opens the sentence before (or this one's paragraph before, or one of the few paragraphs before that) as its subject
 * is the business the noun stands for.
 */
function loneBody(discourse: Discourse, noun: string, offset: number): Entity | null {
  const registry = discourse.registry;
  const sentences = discourse.sentences ?? [];
  const own = sentences.findLastIndex((start) => start <= offset);
  const windows: Array<[number | undefined, number | undefined]> = [[sentences[own - 1], sentences[own]]];
  if (own <= 0 && discourse.before) windows.push(discourse.before);
  // ("Skyhop has apologised … . Five flights were cancelled … . The airline said": the paragraphs before, opening
  // sentence first, nearest first.)
  const text = discourse.source ?? '';
  if (discourse.previousParagraph !== undefined) windows.push([discourse.previousParagraph, discourse.previousParagraph + 60]);
  for (let end = discourse.previousParagraph ?? -1, count = 0; end > 0 && count < 3; count++) {
    while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    windows.push([start, end]);
    end = start;
  }
  for (const [from, to] of windows) {
    if (from === undefined || to === undefined) continue;
    const lone = loneSubject(discourse, from, to);
    if (!lone) continue;
    const known = registry.byName.get(lone.word.toLowerCase());
    // ("Roeco Canada says …": a name and a country, read as a person's that nothing marks as one, is the company's arm.)
    if (known?.type === 'person' && /\s/u.test(lone.word) && !known.role && known.gender === undefined && known.age === undefined) known.type = 'organization';
    if (known && known.type !== 'organization') return null;
    const body = known ?? ensure(registry, lone.word, 'organization');
    (body.kinds ??= new Set()).add(noun);
    registry.mentions.push({ entity: body, offset: lone.offset });
    registry.mentions.sort((a, b) => a.offset - b.offset);
    return body;
  }
  return null;
}

/**
 * Roles news calls by another word ("Manager Tom Roe … the Kelby Rovers boss said", "goalkeeper Ana Lind … the keeper
 * said"): the titles a later word may stand for.
 */
const roleKin: Record<string, string[]> = {
  // ("Justice Jane Roe said … . The judge said …": a judge of any title is "the judge".)
  judge: ['judge', 'justice', 'magistrate', 'recorder'],
  boss: ['boss', 'manager', 'head coach', 'coach', 'chief executive', 'ceo', 'head'],
  manager: ['manager', 'boss'],
  skipper: ['skipper', 'captain'],
  captain: ['captain', 'skipper'],
  keeper: ['keeper', 'goalkeeper'],
  goalkeeper: ['goalkeeper', 'keeper'],
};
// ("led by chief executive Mia Roe … “…,” the CEO said", and the other way round: a company's chief officer by the letters
// or by the title, with or without its "officer".)
for (const [letters, title] of [['ceo', 'chief executive'], ['cfo', 'chief financial'], ['coo', 'chief operating'], ['cto', 'chief technology'], ['cmo', 'chief marketing']] as const) {
  for (const key of [letters, title, `${title} officer`]) roleKin[key] = [letters, title];
}
/** The one body of two words or more named before `offset` whose name opens or ends with `word`, if only one is. */
function bodyByOneWord(registry: Registry, word: string, offset: number): Entity | null {
  if (registry.places.has(word.toLowerCase()) || countryNamed(word) || isPlaceName(word)) return null;
  const bodies = registry.entities.filter((candidate) => candidate.type === 'organization' && /\s/u.test(candidate.name) && (candidate.name.startsWith(`${word} `) || candidate.name.endsWith(` ${word}`)) && registry.mentions.some((mention) => mention.entity === candidate && mention.offset < offset));
  return bodies.length === 1 ? (bodies[0] ?? null) : null;
}

/** A police officer's ranks and titles, for "the police officer" and "the cop". */
const policeRank = /\b(?:police|inspector|superintendent|commissioner|sergeant|constable|detective|DIG|IGP|SP|DSP|ASP|SSP|PRO|PPRO)\b/iu;
/** How the names of a kind of body are marked, for the noun that stands for it: "the club" is "Kelby FC". */
const kindMarks: Record<string, RegExp> = {
  club: /(?:^|\s)(?:FC|AFC|CF|SC|SV|AC|AS|CD|RCD|SD|UD|FK|NK|SK|IF|BK|GAA|RFC|United|City|Rovers|Athletic|Atlético|Wanderers|Albion|Hotspur|Rangers|Celtic|Sporting|Real|Dynamo|Olympique|Club)(?=\s|$)/u,
  charity: /\b(?:Trust|Foundation|Sanctuary|Society|Hospice|Rescue|Relief|Aid|Fund|Mission|Appeal|Shelter|Refuge|Charity|Charities)\b/u,
  // ("the league wrote" after "fined by the NFL": a sports league by its name, or by the letters the big ones go by.)
  league: /\b(?:League|Liga|Ligue|Bundesliga|Premiership|Eredivisie)\b|^(?:NFL|NBA|WNBA|MLB|NHL|MLS|NWSL|CFL|EFL|EPL|SPL|IPL|PSL|AFL|NRL|NBL|WSL|KHL)$/u,
  // ("A spokesman for the service added" after "Kelby Fire and Rescue attended …": a service by its name's word, or a fire and
  // rescue or ambulance body's; never the building it attended.)
  service: /\b(?:Service|Services|Rescue|Ambulance|Brigade|Coastguard)\b/u,
  // ("the ministry said" after "the Department of Health": a government department by either name; never a water board.)
  ministry: /\b(?:Ministry|Ministries|Department|Dept\.?|Ministerio|Ministère|Ministerium)\b/u,
  // ("the school district said" after "Kelby City Schools", "Kelby ISD": a school district by the words its name ends in.)
  district: /\b(?:District|Schools|ISD|USD)\b/u,
};
const platformName = /^(?:Facebook|Instagram|X|Twitter|TikTok|LinkedIn|YouTube|WhatsApp|Telegram|Threads|Bluesky|Snapchat|Reddit)$/u;
const pagePost = /^(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:post|message|statement|update|tweet|video)\s+(?:on|to)\s+(.+?)(?:['’]s?)?\s+(?:(?:official|verified)\s+)?(?:(?:Facebook|Instagram|X|Twitter|TikTok|LinkedIn|YouTube|WhatsApp|Telegram)\s+)?(?:page|account|feed|channel|profile|website|handle)$/u;
/** A body's voice by trade: a spokesperson, its public relations or press officer, its head of communications. */
const pressRole = /\bspokes(?:man|woman|person)\b|\bpublic relations officer\b|\bPRO\b|\bpress (?:officer|secretary|attach[ée])\b|\bcommunications (?:officer|director|manager|chief|head)\b|\bhead of (?:communications|media|press)\b|\bmedia (?:officer|relations officer|liaison)\b/iu;
/** The people who run a business, as a whole: "Directors said", "the board said", "its management said". */
const governing = /^(?:(?:the|its|their)\s+)?(?:company\s+|club\s+|firm\s+)?(?:directors|board|board of directors|bosses|management|executives)$/u;
/** "the company", "the airline": a business, never the committee or ministry named last. */
const commercial = new Set(['club', 'company', 'management', 'firm', 'airline', 'carrier', 'operator', 'retailer', 'manufacturer', 'maker', 'producer', 'giant', 'insurer', 'lender', 'bank', 'group', 'supplier', 'contractor', 'developer', 'chain', 'brand', 'platform', 'startup', 'start-up', 'utility', 'provider']);
/** An organisation known only by capital letters ("WKRX"), with no longer name the text gave it. */
function bareLetters(entity: Entity | null): boolean {
  return entity !== null && isAcronym(entity.name) && [...entity.aliases].every((alias) => isAcronym(alias));
}

/** Words that end or mark a business's name: "… Airlines", "… Holdings", "… Ltd". */
const businessName = /\b(?:airlines?|airways|inc|ltd|llc|plc|corp|corporation|company|co|group|holdings|motors|energy|foods|industries|technologies|systems|pharmaceuticals|pharma|telecom|partners|capital|logistics|shipping|mining|steel|oil|gas|brewery|brewing|bank)\.?$/iu;

/** Bodies named after the place they run ("Dunmore Airport", "Kelby Harbour"): never "the airline" or "the company". */
const placeBody = /\b(?:airport|airfield|harbour|harbor|port|station|stadium|museum|zoo|prison|theatre|theater|library|park)$/iu;
const publicBody = /\b(?:league|cup|championship|confederation|olympic|senate|house|parliament|assembly|congress|committee|subcommittee|ministry|department|agency|police|council|court|commission|office|authority|government|administration|board|bureau|service|inspectorate|regulator|tribunal|cabinet|parliamentary|union|federation|association|alliance|coalition|campaign|charity|foundation|society|institute|university|college|school|hospital|church|party)\b/iu;

/** Kinds of institution whose name says what it is: "the hospital" is one the text named as a hospital, not any body. */
const namedOnly = new Set(['ministry', 'government', 'police', 'force', 'university', 'college', 'school', 'hospital', 'charity', 'foundation', 'institute', 'regulator', 'watchdog', 'trust', 'league', 'federation', 'association', 'broadcaster', 'consulate', 'prosecutors', 'bank', 'court', 'tribunal', 'district']);

/** The nearest outlet, other than the source's own when another is named. */
function latestOutlet(registry: Registry, offset: number): Entity | null {
  return latest(registry, offset, (candidate) => candidate.type === 'media' && candidate.name !== registry.outlet)
    ?? latest(registry, offset, (candidate) => candidate.type === 'media');
}

/** "Roe said in her statement": a person's pronoun in the cue tells their gender. */
export function noteGender(reference: Reference | null, tail: string): void {
  if (reference?.kind !== 'entity' || reference.entity.type !== 'person') return;
  if (/\bher\b/i.test(tail)) reference.entity.gender ??= 'female';
  else if (/\bhis\b/i.test(tail)) reference.entity.gender ??= 'male';
}

/** A person named as speaking "in the statement" is its author when they speak for its owner. */
export function linkAuthor(discourse: Discourse, reference: Reference | null, tail: string): void {
  if (reference?.kind !== 'entity' || reference.entity.type !== 'person' || !/^in (?:the|that) statement$/i.test(tail)) return;
  const last = discourse.documents.at(-1);
  const owner = last?.owner.kind === 'entity' ? last.owner.entity : null;
  const affiliation = reference.entity.affiliation?.toLowerCase();
  if (last && owner && affiliation && [owner.name, ...owner.aliases].some((name) => name.toLowerCase() === affiliation)) last.author = reference.entity;
}

/** The statement "in a statement" creates, so that a later "the statement" finds it. */
export function noteDocument(discourse: Discourse, reference: Reference | null, tail: string): void {
  if (reference?.kind === 'entity' && /^in (?:a|an|its|his|her|their)(?: own)?(?: \p{Lu}[\p{L}-]*)? (?:statement|email|e-mail|letter|post|release|note|memo|filing|message|submission)$/iu.test(tail)) {
    discourse.documents.push({ owner: reference, author: null });
  }
}

// ("The Kelby-based charity was forced to make a public announcement": a body described by its kind, a modal before the
// verb, "made" and "posted" too, and an announcement or an update; "The Kelby Rugby Union (KRU) has issued": its letters
// after it.)
const documentIssued = /(?:^|[.!?]\s+)((?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|&)?\s*\p{Lu}[\p{L}'’-]*){0,5}(?:\s+\p{Ll}[\p{Ll}-]+)?)(?:\s+\(\p{Lu}[\p{Lu}&]+\))?\s+(?:has\s+|have\s+|had\s+)?(?:(?:was|were|has been|have been)\s+(?:forced|obliged|compelled)\s+to\s+|had\s+to\s+|decided\s+to\s+)?(?:just\s+|now\s+|also\s+)?(?:issued|published|released|put out|sent out|made|make|posted|post|shared)\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,4}?(?:warning|advisory|alert|bulletin|notice|circular|statement|report|announcement|update)\b/gu;

/** "a complaint lodged on 9 December by the Rail Workers' Union": a document whose author the text names with "by". */
const documentBy = /\b(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:statement|complaint|letter|report|filing|lawsuit|submission|petition|appeal|memo)\b[^.;:\u2026]{0,80}?\bby\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|&)?\s*\p{Lu}[\p{L}'’-]*){0,6})/gu;

/** "Ms Roe's children released a statement", "Her family issued a tribute": a family's own statement. */
const familyDocument = new RegExp(`(?:^|[.!?]\\s+)((?:(?:the|his|her|their)\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}?(?:\\p{Lu}[\\p{L}-]*['’]s?\\s+)?(?:\\p{Ll}[\\p{Ll}-]+\\s+){0,2}?(?:${familyGroups}))\\s+(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+|since\\s+)?(?:issued|released|put out|shared|sent)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:statement|tribute)\\b`, 'giu');

export function noteDocumentsBy(discourse: Discourse, frame: string, base: number): void {
  for (const match of frame.matchAll(familyDocument)) {
    const name = match[1] ?? '';
    const owner = resolvePhrase(discourse, name, null, base + (match.index ?? 0) + match[0].indexOf(name));
    if (owner?.kind === 'entity') discourse.documents.push({ owner, author: null, issued: true });
  }
  // ("The Kelby Weather Office has issued a Status Red wind warning": the body that issued it, for "the warning states".)
  for (const match of frame.matchAll(documentIssued)) {
    const name = match[1] ?? '';
    const owner = resolvePhrase(discourse, name, null, base + (match.index ?? 0) + match[0].indexOf(name));
    if (owner?.kind === 'entity' && owner.entity.type === 'organization') discourse.documents.push({ owner, author: null, issued: true });
  }
  for (const match of frame.matchAll(documentBy)) {
    const name = match[1] ?? '';
    const offset = base + (match.index ?? 0) + match[0].length - name.length;
    const owner = resolvePhrase(discourse, name, null, offset);
    if (owner?.kind === 'entity') discourse.documents.push({ owner, author: null, issued: true });
  }
}

/** The speaker a reference finally stands for. */
export function speakerOf(reference: Reference | null): SpeakerMention {
  if (!reference) return unknownSpeaker(null);
  if (reference.kind === 'anonymous') return unknownSpeaker(reference.description);
  if (reference.kind === 'document') return reference.document.author ? speakerOf(entity(reference.document.author)) : speakerOf(reference.document.owner);
  const found = reference.entity;
  const aliases = [...found.aliases].filter((alias) => alias !== found.name);
  if (found.type === 'person') {
    return { name: found.name, type: 'person', role: found.role ? normalizeRole(found.role) : null, affiliation: found.affiliation, aliases };
  }
  return {
    name: found.name,
    type: found.type,
    role: reference.spokesperson ? 'spokesperson' : null,
    affiliation: reference.spokesperson ? found.name : null,
    aliases,
  };
}

export function unknownSpeaker(description: string | null): SpeakerMention {
  return { name: 'unknown', type: 'unknown', role: description, affiliation: null, aliases: [] };
}

function entity(found: Entity): Reference {
  return { kind: 'entity', entity: found, spokesperson: false };
}

/** The one person named before `offset` whom the text gave as the body's (by the body's name or one of its other names). */
function onlyMember(registry: Registry, body: Entity, offset: number): Entity | null {
  const names = new Set([body.name, ...body.aliases].map((name) => bodyKey(name)));
  const members = registry.entities.filter((candidate) => candidate.type === 'person' && candidate.affiliation !== null && names.has(bodyKey(candidate.affiliation)) && registry.mentions.some((mention) => mention.entity === candidate && mention.offset < offset));
  return members.length === 1 ? (members[0] ?? null) : null;
}

/** A body's name as compared: lower case, without "the" and apostrophes. */
const bodyKey = (name: string) => name.toLowerCase().replace(/^the\s+/u, '').replace(/['’]/gu, '');

const municipalWords = /^(?:village|town|city|township|municipality|borough|county|parish)$/u;

/**
 * "the village", "the village council", "the town's administration": a municipality by its kind, after the text named it as
 * "the village of Kelby" (the nearest such name of that kind before), when no body it named has that word.
 */
function municipality(discourse: Discourse, lower: string[], offset: number): Entity | null {
  const source = discourse.source;
  // ("The village council also released a statement": the subject as a document's issuer, its article taken off, an
  // adverb left on.)
  const words = lower.slice(lower[0] === 'the' ? 1 : 0).filter((word, index, all) => !(index === all.length - 1 && /^(?:also|then|later|has|have|had)$/u.test(word)));
  if (source === undefined || words.length === 0 || words.length > 2) return null;
  const window = source.slice(Math.max(0, offset - 3000), offset);
  // ("“…,” said the council" where the text named no council, only "the village of Kelby": the village's council.)
  if (lower[0] === 'the' && words.length === 1 && words[0] === 'council' && !latest(discourse.registry, offset, (candidate) => candidate.type === 'organization' && /\bcouncil\b/iu.test(candidate.name), true)) {
    const named = namedMunicipality(window, ['village', 'town', 'township', 'borough', 'parish']);
    if (named) return ensure(discourse.registry, named, 'organization');
  }
  const kind = (words[0] ?? '').replace(/['’]s$/u, '');
  if (!municipalWords.test(kind) || (lower[0] !== 'the' && words.length === 1) || (words.length === 2 && !/^(?:council|board|administration|office|officials|government)$/u.test(words[1] ?? ''))) return null;
  const registry = discourse.registry;
  const known = latest(registry, offset, (candidate) => candidate.type === 'organization' && new RegExp(`\\b${kind}\\b`, 'iu').test(candidate.name), true);
  // (Not "the village council" read before as a body of its own: the village's name is looked for below.)
  if (known && new RegExp(`^${kind} of `, 'iu').test(known.name)) return known;
  const named = namedMunicipality(window, [kind]);
  if (named) return ensure(registry, named, 'organization');
  const titled = capitalised(kind);
  // ("Harrow County closed two roads … “…,” the county said": a county or a city named by its place and its kind, no body's
  // word after it, is the local government that speaks.)
  if (!/^(?:county|city|township|borough|parish)$/u.test(kind)) return null;
  const placed = [...window.matchAll(new RegExp(`(?<![\\p{L}'’.-])((?:\\p{Lu}[\\p{L}'’-]+\\s){1,3})${titled}\\b(?!\\s+\\p{Lu})(?!['’])`, 'gu'))].at(-1)?.[1]?.trim().replace(/^(?:(?:The|In|On|At|For|From|Of|And|To|By|Across|Throughout)\s+)+/u, '');
  return placed && /^\p{Lu}/u.test(placed) ? ensure(registry, `${placed} ${titled}`, 'organization') : null;
}

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/**
 * The last municipality of these kinds that `window` names as "the village of Kelby" ("The City of Kelby": the kind
 * capitalised as the name's own word too), as its body's name, "Village of Kelby".
 */
function namedMunicipality(window: string, kinds: string[]): string | null {
  const match = [...window.matchAll(new RegExp(`\\b[Tt]he (${kinds.flatMap((kind) => [kind, capitalised(kind)]).join('|')}) of (\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})`, 'gu'))].at(-1);
  return match?.[1] && match[2] ? `${capitalised(match[1])} of ${match[2]}` : null;
}

/** The registry's entity for a name, added when the text had not introduced it. */
function ensure(registry: Registry, name: string, type: Entity['type']): Entity {
  const known = registry.byName.get(name.toLowerCase());
  if (known) return known;
  // ("Muralidaran says" after "E Muralidharan": a surname alone, misspelt by a letter, is the person named in full.)
  // (Asked of a single name the cue would otherwise guess a body's.)
  const misspelt = /^\p{Lu}\p{Ll}+$/u.test(name) ? misspeltHolder(registry, name) : undefined;
  if (misspelt) return misspelt;
  const created: Entity = { name, type, role: null, affiliation: null, aliases: new Set() };
  registry.entities.push(created);
  registry.byName.set(name.toLowerCase(), created);
  return created;
}

