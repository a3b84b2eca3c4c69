// Stage: every span in quotation marks that is reported speech or writing, with its speaker and cue,
// attributed across the whole source (a registry of names first, then the paragraphs in order).
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { QuoteMention, SpeakerMention } from '../types.ts';
import { linkingOpeners, organizationBackReferences } from './lexicon.ts';
import { linkAuthor, noteDocument, noteDocumentsBy, noteGender, resolvePhrase, speakerOf, type Discourse, type Document as Issued, type Reference } from './attribute.ts';
import { backwardPhrase, cuesIn, forwardPhrase, type Cue } from './cues.ts';
import { findSpans, type QuoteSpan } from './extract.ts';
import { attributionOf, type Route } from './how.ts';
import { frameOf, sentencesOf } from './frame.ts';
import { datelineOf } from '../meta-lines.ts';
import { isLexiconNoun, lexiconTag } from '../entities/tagger.ts';
import { givenNameGender } from '../entities/gazetteer.ts';
import { anonymousSpeakers, isRoleWord, namingCue, organizationWords, speechVerbs } from './lexicon.ts';
import { createRegistry, forgetPlaces, genderOf, isOpeningAdjective, readShortMentions, readFrame, type Entity, type Registry } from './registry.ts';
import { candidatesOf, collected, type ReadParagraph } from './model.ts';

const speechVerbWords = new Set(speechVerbs.map((verb) => verb.split(' ')[0] ?? verb));

interface Reading {
  node: Paragraph;
  text: string;
  /** Offset of the paragraph's text in the source. */
  base: number;
  spans: QuoteSpan[];
  frame: string;
  sentences: Array<[number, number]>;
  /** The sentence each span opens in (an index into `sentences`, -1 for none). */
  sentenceOf: number[];
}

interface Attributed {
  cue: Cue;
  reference: Reference | null;
}

interface Choice {
  reference: Reference | null;
  cue: string | null;
  /** The cue's noun phrase, and the way taken when the quote's own sentence had none (see how.ts). */
  phrase?: string;
  route?: Route;
}

/**
 * "“… a tweet by Mayor Herman Roe …,” the spokesman said. ¶ Roe said in the tweet …": a full name the text gives only
 * inside a quotation is still the name a surname outside it stands for. Read into the registry, but no mention: no
 * "he" or "the mayor" finds someone only quoted about.
 */
function readQuotedNames(registry: Registry, readings: Reading[]) {
  const mentions = registry.mentions.length;
  const known = new Set(registry.entities);
  for (const reading of readings) {
    for (const span of reading.spans) {
      const inner = reading.text.slice(span.start, span.end);
      // (Spoken sentences only: a slogan, a petition's or a book's title in quotation marks names no one.)
      if (!twoCapitalizedWords.test(inner) || inner.split(/\s+/u).length < 8) continue;
      readFrame(registry, inner, reading.base + span.start);
    }
  }
  registry.mentions.length = mentions;
  // Only people: a body named inside someone's words is theirs to name, and the text's own bodies are read outside them.
  const added = registry.entities.filter((entity) => !known.has(entity) && entity.type !== 'person');
  if (added.length === 0) return;
  const gone = new Set(added);
  registry.entities = registry.entities.filter((entity) => !gone.has(entity));
  for (const [key, entity] of registry.byName) if (gone.has(entity)) registry.byName.delete(key);
  registry.quoted = added;
}
const twoCapitalizedWords = /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u;

// With CASEFILE_DEBUG=registry each source's people and bodies are printed, with where the text mentions them.
const debugRegistry = (process.env.CASEFILE_DEBUG ?? '').split(/[,\s]+/u).includes('registry');

function printRegistry(registry: Registry, value: string, name: string) {
  for (const entity of registry.entities) {
    const at = registry.mentions.filter((mention) => mention.entity === entity).map((mention) => `${mention.offset}${mention.owner ? 'o' : ''}:${value.slice(mention.offset, mention.offset + 18).split('\n')[0]}`);
    process.stderr.write(`${name} ${entity.type} ${entity.name}${entity.gender ? ` (${entity.gender})` : ''} [${[...entity.aliases].join(' | ')}] ${at.join(' · ')}\n`);
  }
}

/**
 * "… it was revealed that Roe was injured, and that she would miss …": a "he" or "she" that opens a clause of a
 * sentence naming one person, and only one, before it is that person, so a later "he said" passes her by.
 */
function readGenders(registry: Registry, reading: Reading) {
  if (!reading.frame.includes('he ')) return;
  for (const [start, end] of reading.sentences) {
    for (const match of reading.frame.slice(start, end).matchAll(clausePronoun)) {
      const at = reading.base + start + (match.index ?? 0);
      const named = new Set(registry.mentions.filter((mention) => mention.offset >= reading.base + start && mention.offset < at && mention.entity.type === 'person').map((mention) => mention.entity));
      const [person] = named;
      // (Not past another person the text describes without a name: "Roe said her son had vaped since he was 12".)
      const between = reading.frame.slice(Math.max(0, (registry.mentions.find((mention) => mention.entity === person && mention.offset >= reading.base + start)?.offset ?? at) - reading.base), at - reading.base);
      const described = (between.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).slice(1).some((word) => personNouns.test(word) || isRoleWord(word));
      // (Nor a woman's given name for "he", a man's for "she": "Judge Nancy Roe noted the apology, and remarked that he
      // was showing …" speaks of someone else.)
      const gender = match[1] === 'she' ? 'female' : 'male';
      const given = person ? givenNameGender(person.name.split(' ')[0] ?? '') : undefined;
      if (named.size === 1 && person && !described && (given === undefined || given === gender)) person.gender ??= gender;
    }
  }
}
const personNouns = /^(?:sons?|daughters?|child|children|kids?|boys?|girls?|man|men|woman|women|husband|wife|father|mother|dad|mum|mom|brother|sister|friends?|partner|baby|babies|teen|teenager|toddler|victim|patient|player|colleague|customer|passenger|driver|resident|neighbou?r|person|pupil|student|\d+-year-old)$/u;
const clausePronoun = /(?:\b(?:and|but|that|when|after|before|because|while|until|since|though|although|if|as)\s+|[,;]\s+)(he|she)\s+\p{Ll}/gu;

export default function findQuotes() {
  return (tree: Root, file: VFile) => {
    const value = String(file.value);
    // (Each paragraph read knowing whether the one before ended inside a quotation; a heading between ends it.)
    let ranOn = false;
    let paragraphs = 0;
    const readings = tree.children.flatMap((node) => {
      if (node.type !== 'paragraph') {
        ranOn = false;
        return [];
      }
      const reading = read(node, value, ranOn, paragraphs++ === 0);
      ranOn = reading.spans.at(-1)?.runsOn === true;
      return [reading];
    });
    const byNode = new Map(readings.map((reading) => [reading.node as Root['children'][number], reading]));
    const registry = createRegistry(file.data.meta?.outlet ?? null);
    for (const match of mayHoldCamelBrand(value) ? value.matchAll(camelBrand) : []) {
      const rest = /^\p{L}*/u.exec(value.slice(match.index + 1))?.[0] ?? '';
      registry.brands.set(match[0].toUpperCase() + rest, match[0] + rest);
    }
    const title = file.data.title as { text: string; derived: boolean } | undefined;
    // "Dara Roe defends silence over fire … ¶ Roe said …": the headline's names are the text's first mentions, so a
    // surname alone in the body is the full name the headline gave. (Not a headline in Title Case: its capitals name nothing.)
    const headline = title && !title.derived && !titleCased(title.text) ? value.indexOf(title.text) : -1;
    const headed = headline >= 0 && !readings.some((reading) => reading.base <= headline && headline < reading.base + reading.text.length);
    const tokens = [
      ...(headed && title ? [{ tokens: readFrame(registry, frameOf(title.text, findSpans(title.text)), headline), base: headline }] : []),
      ...readings.map((reading) => ({ tokens: readFrame(registry, reading.frame, reading.base), base: reading.base })),
    ];
    readQuotedNames(registry, readings);
    forgetPlaces(registry);
    readShortMentions(registry, tokens);
    for (const reading of readings) readGenders(registry, reading);
    if (debugRegistry) printRegistry(registry, value, file.data.fileName ?? file.path);
    const discourse: Discourse = { registry, documents: [], source: value };
    const credited: Array<{ reference: Reference; offset: number }> = [];
    const pending: Array<{ reading: Reading; span: QuoteSpan; choice: Choice }> = [];
    const cuesOf = new Map<Reading, Attributed[][]>();
    // A press release titled "Statement from …": its first quotation is theirs, when nothing else says whose.
    let previous: Choice | null = title && !title.derived ? statementHeading(discourse, title.text, 0) : null;
    const interviewee = intervieweeOf(registry);
    // A quotation running over paragraphs (each opens with a mark, only the last closes): its parts so far.
    let running: Array<{ choice: Choice; reading: Reading }> = [];
    // Whether the paragraph just read was a question with no quotation in it (an interviewer's).
    let asked = false;
    // The quotations of the paragraph just read, when none found its speaker.
    let unclaimed: Array<{ choice: Choice }> = [];
    // The person a heading names alone, over their answers ("Jane Roe, winger" ¶ "On the win:" ¶ “…”), until the next heading.
    let headedBy: Choice | null = null;
    // Who has spoken so far under a cue of their own.
    const spoke = new Set<Entity>();
    // Whether the paragraph just read was the reporter's own, between an introduction and the quotation it introduces.
    let bridged = false;
    // Whether the speaker the next paragraph may go on with was introduced by reported words, not by a quotation.
    let reportedBefore = false;
    for (const node of tree.children) {
      const reading = byNode.get(node);
      if (!reading) {
        previous = node.type === 'heading' ? statementHeading(discourse, toString(node), node.position?.start.offset ?? 0) : null;
        bridged = false;
        reportedBefore = false;
        headedBy = node.type === 'heading' ? speakerHeading(discourse, toString(node), node.position?.start.offset ?? 0) : headedBy;
        asked = node.type === 'heading' && /\?\s*$/u.test(toString(node));
        running = [];
        unclaimed = [];
        continue;
      }
      discourse.sentences = reading.sentences.map(([start]) => reading.base + start);
      // "“We will not be silenced.” ¶ That was the message from union leader Grace Roe on Monday …": a quotation
      // standing alone, no speaker found, is theirs whom the next paragraph's "that was … of/from" names.
      if (unclaimed.length > 0) {
        // ("“…” ¶ -- Former England captain Jane Roe.": a paragraph that only signs the quotation above it.)
        const named = thatWasFrom.exec(reading.text) ?? signature.exec(reading.text);
        const at = named?.[1] ? named.index + named[0].lastIndexOf(named[1]) : -1;
        const reference = named?.[1] && at >= 0 ? resolvePhrase(discourse, named[1], null, reading.base + at) : null;
        if (reference && reference.kind !== 'anonymous') for (const entry of unclaimed) entry.choice = { reference, cue: null, phrase: named?.[1], route: 'another sentence' };
      }
      if (reading.frame.includes(' by ') || (/\b(?:issued|published|released|put out|sent out|made|make|posted|post|shared)\b/u.test(reading.frame) && /\b(?:statement|announcement|update|report|notice|warning|advisory|alert|bulletin|circular|tribute)\b/u.test(reading.frame))) noteDocumentsBy(discourse, reading.frame, reading.base);
      const cues = reading.sentences.map(([start, end]) => {
        noteSubjectPronoun(discourse, reading, start);
        // ("“…,” he said. “…” – Guardian": an outlet's credit signed after the last quotation is no one speaking.)
        return cuesIn(reading.frame, start, end)
          .map((cue) => attribute(discourse, reading, cue))
          .filter(({ cue, reference }) => !(cue.verb === 'signed' && reference?.kind === 'entity' && reference.entity.type === 'media'));
      });
      if (collected.rows || collected.choose) cuesOf.set(reading, cues);
      for (const sentence of cues) {
        for (const { cue, reference } of sentence) {
          // Words the source's own outlet was told are the speaker's, never the outlet's.
          if (reference?.kind === 'entity' && reference.entity.type === 'media' && reference.entity.name !== registry.outlet) credited.push({ reference, offset: reading.base + cue.start });
        }
      }
      let last: Choice | null = null;
      const continues = running.length > 0 && reading.spans[0]?.open === 0;
      if (!continues) running = [];
      for (const [at, span] of reading.spans.entries()) {
        let picked = choose(discourse, reading, span, reading.sentenceOf[at] ?? -1, cues, last, continues && at === 0 ? (running.at(-1)?.choice ?? previous) : previous, credited, interviewee, sole(pending), spoke);
        if (picked === 'not-a-statement') continue;
        // (A quotation signed in the paragraph below is whoever signs it, not the last speaker going on.)
        if (!picked.cue && picked.route === 'previous paragraph' && signedBelow(readings, reading)) picked = { reference: null, cue: null };
        // "What did managers tell you? ¶ “Nothing. …”": a paragraph that is only a quotation, after a question that
        // holds none, answers it: the one interviewed speaks.
        const alone = !picked.reference && /^[\s\p{P}]*$/u.test(reading.frame.slice(0, span.open) + reading.frame.slice(span.close + 1));
        if (alone && asked && interviewee) picked = { reference: interviewee, cue: null, route: 'introduction' };
        if (alone && !picked.reference && headedBy) picked = headedBy;
        // ("“…,” he said, “…,” the daily reported": a quotation the speaker's cue interrupted goes on in the same voice,
        // whatever the sentence credits after it.)
        // (Not after a quotation that ended its sentence: "Officials said “… concern.” Park said, “…”" gives Park the next.)
        const before = at > 0 ? reading.spans[at - 1] : undefined;
        const ended = before !== undefined && /[.!?]$/u.test(reading.text.slice(before.start, before.end));
        if (before && !ended && last?.reference && picked.reference !== last.reference && interruptedBy.test(reading.frame.slice(before.close + 1, span.open))) picked = last;
        const entry = { reading, span, choice: picked };
        pending.push(entry);
        last = picked;
        if (picked.reference?.kind === 'entity') picked.reference.entity.quoted = reading.base + span.start;
        if (picked.cue && picked.reference?.kind === 'entity') spoke.add(picked.reference.entity);
        // ("“…,” a spokesman said. ¶ “…” ¶ He added: “…”": a body's spokesperson going on in a paragraph of their own words
        // is still the one "he" means after it.)
        if (picked.route === 'previous paragraph' && picked.reference?.kind === 'entity' && discourse.voice?.entity === picked.reference.entity) discourse.voice = { entity: picked.reference.entity, offset: reading.base + span.start };
        // The speaker named at the end of a long quotation speaks its earlier paragraphs too.
        // (Over a speaker the earlier paragraphs only borrowed from the paragraph before theirs, too: the quotation
        // runs on to the one who says it.)
        // (And over one told by a paragraph of reported words before it that ends on a full stop, "The union said it was
        // working with the ministry. ¶ “Clearly … ¶ “…,” said union chairman Jane Roe": not one that opens the quotation
        // with a colon or a comma.)
        if (continues && at === 0 && picked.reference && picked.route !== 'previous paragraph') for (const part of running) if (!part.choice.reference || part.choice.route === 'previous paragraph' || (part.choice.route === 'introduction' && part.choice.reference !== picked.reference && toldBefore(readings, part.reading))) part.choice = picked;
        else if (continues && at === 0 && picked.reference) for (const part of running) if (!part.choice.reference) part.choice = picked;
        if (at === 0 && continues) running.push(entry);
      }
      // ("“The matter has our attention. “We appeal for calm,” the statement said.": a quotation that runs straight into the
      // next, nothing of the reporter's between them, is said by the one who says the next.)
      const own = pending.filter((entry) => entry.reading === reading);
      for (let at = own.length - 2; at >= 0; at--) {
        const entry = own[at] as (typeof own)[number];
        const next = own[at + 1] as (typeof own)[number];
        // (Not a question, which the next quotation may answer in another voice: "“Why?” “Because I am sorry,” he said.")
        if (!entry.choice.reference && next.choice.reference && /^\s*$/u.test(reading.frame.slice(entry.span.close + 1, next.span.open)) && !/\?\s*$/u.test(reading.text.slice(entry.span.start, entry.span.end))) entry.choice = next.choice;
      }
      const final = reading.spans.at(-1);
      if (final?.runsOn) {
        const entry = pending.at(-1);
        if (entry && entry.span === final && !running.includes(entry)) running.push(entry);
      } else running = [];
      unclaimed = reading.spans.length > 0 && pending.length > 0 && pending.at(-1)?.reading === reading && pending.every((entry) => entry.reading !== reading || !entry.choice.reference) ? pending.filter((entry) => entry.reading === reading) : [];
      // "The ministry said in a statement:" alone in its paragraph introduces the quotation that follows.
      // (Under a speaker's heading, "On the win:" with no cue of its own asks that speaker; it introduces no one else.)
      const introducing = last ?? (headedBy && reading.spans.length === 0 && cues.every((sentence) => sentence.length === 0) ? headedBy : introduction(discourse, reading, cues));
      // ("Jane Roe confirmed that 67 people had died but said some were still missing. ¶ Taking into account the 13 who died
      // when a wall collapsed, the toll stood at 85. ¶ “We can confirm …”": one paragraph of the reporter's own between,
      // with no quotation and naming no one, leaves the words that follow to the one whose reported words came before.)
      const bridge: boolean = !introducing && !bridged && reportedBefore && previous?.route === 'introduction' && reading.spans.length === 0 && cues.every((sentence) => sentence.length === 0) && !registry.mentions.some((mention) => mention.offset >= reading.base && mention.offset < reading.base + reading.text.length);
      bridged = bridge;
      if (!bridge) reportedBefore = !last && reading.spans.length === 0 && introducing !== null;
      previous = bridge ? previous : introducing;
      // (A signature signs the quotation above it, not the one below.)
      if (reading.spans.length === 0 && signature.test(reading.text)) previous = null;
      asked = reading.spans.length === 0 && /\?\s*$/u.test(reading.text);
      const [lastStart, lastEnd] = reading.sentences.at(-1) ?? [0, 0];
      // (A paragraph that ends inside a quotation running on leaves "he said" after it to the reporter's words before
      // the quotation opened: "Roe revealed he had spoken to Poe. ¶ “… Poe said to me … ¶ “…,” he said" is Roe.)
      const opening = final?.runsOn ? reading.sentences.filter(([start]) => start < final.open).at(-1) : undefined;
      if (!final?.runsOn) discourse.opened = undefined;
      else if (opening) discourse.opened = [reading.base + opening[0], reading.base + Math.min(opening[1], final.open)];
      else if (!continues) discourse.opened = discourse.before;
      discourse.before = [reading.base + lastStart, reading.base + lastEnd];
      discourse.previousParagraph = reading.base;
    }
    if (collected.rows || collected.choose) secondOpinion(value, registry, readings, cuesOf, pending);
    // ("… is an act of “vandalism”, a trade union has said. ¶ … Jane Roe, from the Unite union, said …": a body the
    // lede leaves unnamed, "a union", "a charity", is the first of that kind the text names after it.)
    for (const entry of pending) {
      const reference = entry.choice.reference;
      const kind = reference?.kind === 'anonymous' ? /^(?:(?:a|an)\s+)?(?:[\p{Ll}-]+\s+)?(union|party|charity|campaign|movement|coalition|alliance|association|federation|group)$/u.exec(reference.description.trim())?.[1] : undefined;
      // ("A union official has slammed the closure as a “…”. ¶ National officer Jane Roe said …": the lede's unnamed
      // official is the person the next paragraph opens on, speaking.)
      const lede = reference?.kind === 'anonymous' && readings[0] === entry.reading && /\b(?:official|officer|spokes(?:man|woman|person)|representative|leader)$/u.test(reference.description.trim()) ? openingSpeaker(registry, readings[1]) : null;
      if (lede) entry.choice = { ...entry.choice, reference: { kind: 'entity', entity: lede, spokesperson: false }, route: 'another sentence' };
      if (!kind) continue;
      const offset = entry.reading.base + entry.span.start;
      const named = registry.mentions.filter((mention) => mention.offset > offset && mention.entity.type === 'organization' && mention.entity.kinds?.has(kind)).sort((a, b) => a.offset - b.offset)[0];
      if (named) entry.choice = { ...entry.choice, reference: { kind: 'entity', entity: named.entity, spokesperson: false }, route: 'another sentence' };
    }
    // ("Roe attributed the outages to “gusty weather conditions”", Roe quoted with a cue elsewhere: words quoted inside
    // a sentence whose subject is one the text has speak are theirs.)
    const speakers = new Set(pending.flatMap((entry) => (entry.choice.cue && entry.choice.reference?.kind === 'entity' ? [entry.choice.reference.entity] : [])));
    for (const entry of pending) if (!entry.choice.reference) entry.choice = subjectWhoSpoke(registry, entry.reading, entry.span, speakers) ?? entry.choice;
    // Speakers are read only now: a later paragraph may name the author of an earlier statement.
    for (const reading of readings) (reading.node.data ??= {}).quotes = [];
    for (const { reading, span, choice } of pending) {
      const quote = toMention(reading, span, choice);
      quote.speaker = brandsRestored(quote.speaker, registry.brands);
      if (quote.speaker.type === 'unknown') warn(file, reading, span, quote);
      reading.node.data?.quotes?.push(quote);
    }
  };
}

/**
 * For `scripts/train-speakers.ts` only: each quotation's candidate speakers with their features (model.ts), collected
 * for training, and the script's choice among them put in place of the rules' when it makes one.
 */
function secondOpinion(value: string, registry: Registry, readings: Reading[], cuesOf: Map<Reading, Attributed[][]>, pending: Array<{ reading: Reading; span: QuoteSpan; choice: Choice }>) {
  const paragraphs: ReadParagraph[] = readings.map((reading) => ({
    base: reading.base,
    sentences: reading.sentences,
    cues: (cuesOf.get(reading) ?? []).map((sentence) => sentence.map(({ cue, reference }) => ({ from: reading.base + cue.from, to: reading.base + cue.to, phrase: cue.phrase, verb: cue.verb, reference }))),
  }));
  const index = new Map(readings.map((reading, at) => [reading, at]));
  const quotes = pending.map(({ reading, span, choice: picked }) => ({
    paragraph: index.get(reading) ?? 0,
    sentence: reading.sentenceOf[reading.spans.indexOf(span)] ?? -1,
    open: reading.base + span.open,
    close: reading.base + span.close,
    words: (reading.text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu) ?? []).length,
    reference: picked.reference,
    cue: picked.cue,
    phrase: picked.phrase ?? null,
    route: picked.route,
  }));
  const rows = candidatesOf({ source: value, registry, paragraphs, quotes });
  const named = (entity: Entity | null) => {
    const speaker = speakerOf(entity ? { kind: 'entity', entity, spokesperson: false } : null);
    return { name: speaker.name, aliases: speaker.aliases };
  };
  collected.rows?.push(rows.map((row, at) => ({ text: pending[at]!.reading.text.slice(pending[at]!.span.start, pending[at]!.span.end), names: row.entities.map(named), x: row.x, rule: row.rule })));
  rows.forEach((row, at) => {
    const picked = collected.choose?.(row.x, row.rule) ?? null;
    const entity = picked === null || picked === row.rule ? undefined : row.entities[picked];
    if (entity !== undefined) pending[at]!.choice = { reference: entity ? { kind: 'entity', entity, spokesperson: false } : null, cue: null, route: 'another sentence' };
  });
}

/** "Minister Warns Of Attacks Before Vote": most words after the first capitalised, as headlines in Title Case write them. */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/u).slice(1).filter((word) => /^\p{L}{4,}/u.test(word));
  return words.length > 0 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.6;
}

/** Whether the paragraph after `reading` only signs a quotation ("-- Jane Roe."). */
function signedBelow(readings: Reading[], reading: Reading): boolean {
  const next = readings[readings.indexOf(reading) + 1];
  return next !== undefined && next.spans.length === 0 && signature.test(next.text);
}

/** "-- Former England captain Jane Roe.", "— Kelby Rovers": a dash and a speaker alone in a paragraph, as round-ups sign quotations. */
const signature = /^\s*(?:--?|—|–)\s*((?:[\p{L}'’.-]+\s+){0,8}?\p{Lu}[\p{L}'’.-]*?)\.?\s*$/u;

/** "That was the message from …", "Those were the words of …": a paragraph naming whose the quotation before it was. */
const thatWasFrom = /^(?:That|This|Those|These|Such)\s+(?:was|is|were|are|has been|have been)\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){1,3}?(?:of|from|by)\s+((?:[\p{L}'’.-]+\s+){0,6}?\p{Lu}[\p{L}'’.-]*?)(?=\.?$|[,;:]|\.\s|\s+(?:on|at|in|as|after|when|during|who|to|before|while|earlier|today|yesterday)\b)/u;

function read(node: Paragraph, value: string, continued = false, lede = false): Reading {
  const text = toString(node);
  let base = node.position?.start.offset ?? 0;
  // A stage before this one may have trimmed the paragraph (a dateline): find its text again.
  if (value.slice(base, base + text.length) !== text) {
    const found = value.indexOf(text, Math.max(0, base - 1));
    if (found >= 0) base = found;
  }
  const spans = findSpans(text, continued);
  // "DAKAR, Senegal (Wire) —": a dateline names a place and an outlet, never a speaker; blanked like a quote.
  // ("COLOMBO: Nearly ninety people …": the lede's place in capitals before a colon, as papers of South Asia date a story;
  // only the lede's, where a transcript's "ROE:" has no speech of its own to open; a kicker glued to the lede too,
  // "TEACHERS' UNION REACTION:The State's largest …".)
  // ("(Wire) Minister Jane Roe took …": the lede's agency tag in brackets, no dash after it, is no part of the subject.)
  const dateline = datelineOf(text)?.length ?? (lede ? (colonDateline.exec(text) ?? agencyTag.exec(text))?.[0].length : undefined) ?? 0;
  const frame = semicolonLeads(brandsCapitalised(' '.repeat(dateline) + frameOf(text, spans).slice(dateline)));
  const sentences = sentencesOf(frame);
  return { node, text, base, spans, frame, sentences, sentenceOf: sentenceOf(spans, sentences) };
}

// "pleaded for mercy, saying; “…”", "the governor said; “…”": a semicolon some papers put where a colon leads into the words.
// (Read as that colon, in the frame only: the same length, so every offset holds.)
const semicolonLead = /\b((?:said|says|saying|stated|stating|added|adding|noted|noting|declared|declaring|explained|explaining|warned|warning|urged|urging|insisted|insisting|maintained|remarked|asserted|lamented|pleaded|pleading|wrote|writes|writing|continued|told (?:\p{Ll}+|[\p{Lu}][\p{L}'’-]+)))(\s*);(?=\s*[\u201C"\u2018])/gu;

function semicolonLeads(frame: string): string {
  return frame.includes(';') ? frame.replace(semicolonLead, '$1$2:') : frame;
}

const interruptedBy = new RegExp(`^[\\s,]*(?:he|she|they|\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2})\\s+(?:said|says|added|adds|continued|went on)\\s*,\\s*$`, 'u');
const agencyTag = /^\(\p{Lu}[\p{L}&.-]{1,15}\)\s+(?=\p{Lu})/u;
const colonDateline = /^\p{Lu}{3,}['’]?(?:[ -]\p{Lu}{2,}['’]?){0,2}:\s*(?=\p{Lu}\p{Ll}*(?:\s+[\p{L}\p{N}(][\p{L}\p{N}'’,.()-]*){9})/u;

/** Spans and sentences both run in order: one walk finds each span's sentence, not a search per span. */
function sentenceOf(spans: QuoteSpan[], sentences: Array<[number, number]>): number[] {
  let at = 0;
  return spans.map((span) => {
    while (at < sentences.length && span.open >= (sentences[at]?.[1] ?? 0)) at++;
    return span.open >= (sentences[at]?.[0] ?? Infinity) ? at : -1;
  });
}

function attribute(discourse: Discourse, reading: Reading, cue: Cue): Attributed {
  const reference = askedBefore(discourse, cue, reading.base + cue.from) ?? resolvePhrase(discourse, cue.phrase, cue.apposition, reading.base + cue.start);
  // "Lusavia said in a statement …": a speaker named in the cue is a mention there, for "the airline" and "she" after it.
  const offset = reading.base + cue.start;
  if (reference?.kind === 'entity' && !/^(?:he|she|they|it|we|i)$/iu.test(cue.phrase.trim())) {
    const near = discourse.registry.mentions.find((mention) => mention.entity === reference.entity && Math.abs(mention.offset - offset) < cue.phrase.length + 40);
    // (Marked only where the verb comes first, "…, said police chief Jane Roe": the one a sentence opens with is its
    // first mention anyway.)
    // (Or where a clause put before the speaker names someone else: "Jailing Poe for a year, Judge Jane Roe said …".)
    const inverted = cue.from >= cue.start || frontedBy(discourse, reference.entity, offset);
    if (near) near.cue ||= inverted;
    else discourse.registry.mentions.push({ entity: reference.entity, offset, cue: inverted });
  }
  if (reference?.kind === 'entity' && reference.entity.type === 'organization') discourse.spoke = { entity: reference.entity, offset };
  // ("the mother of the victim said": an unnamed woman or man, for "she" or "he" after.)
  // ("An emergency department nurse from Kelby said he was burnt out": the pronoun the cue goes on with tells which.)
  const pronounAfter = /^\s+(?:that\s+)?(he|she)\b/u.exec(reading.frame.slice(cue.end, cue.end + 12))?.[1];
  // ("A spokesman for the Environment Agency said …": the body speaks, by a man its cue does not name, for "he" after.)
  const voiced = reference?.kind === 'entity' && reference.spokesperson && reference.entity.type === 'organization' ? /\bspokes(man|woman)\b/iu.exec(cue.phrase)?.[1]?.toLowerCase() : undefined;
  const unnamedGender = reference?.kind === 'anonymous' ? genderOf(/^(?:(?:the|a|an)\s+)?(\S+)/iu.exec(reference.description)?.[1] ?? null) ?? (pronounAfter ? (pronounAfter === 'she' ? 'female' : 'male') : undefined) : voiced ? (voiced === 'woman' ? 'female' : 'male') : undefined;
  if (reference && unnamedGender) discourse.unnamedSpoke = { reference, offset, gender: unnamedGender };
  if (reference?.kind === 'entity' && reference.spokesperson && reference.entity.type !== 'person') discourse.voice = { entity: reference.entity, offset: reading.base + cue.start };
  if (reference?.kind === 'anonymous' && /\bspokes(?:man|woman|person)\b/iu.test(cue.phrase) && !/^the\b/iu.test(cue.phrase.trim())) discourse.unnamedVoice = { reference, offset };
  // ("In a statement, the ministry said", "Roe, in a statement on Tuesday, said": the statement named before the verb.)
  // ("In an email that went out to members on Feb. 20, Roe wrote": a long clause, and an abbreviation's stop before a
  // figure, between the document and its writer.)
  // ("Reacting via a statement on Monday, Jane Roe, police spokeswoman, quoted …": "via" and "through" too.)
  // (Not a later speaker the same sentence tells of: "In a statement, CEO Jane Roe said the firm was shocked by remarks made by
  // Sam Poe, who had accused …": the statement is Roe's, whose verb stands between it and Poe.)
  const framed = /\b(?:in|via|through) (?:a|an|its|his|her|their) (?:[\p{L}-]+ )?(statement|email|letter|post|release|note|memo|filing|message|submission|update)\b(?:[^.!?\u2026]|\.(?=\s\d))*$/iu.exec(reading.frame.slice(Math.max(0, cue.from - 160), cue.start));
  const before = framed && !/,[^,]*\b(?:said|says|stated|states|told|tells|added|wrote|noted|explained|confirmed)\b/u.test(framed[0]) ? framed : null;
  // ("“…,” a statement posted by the premier's account said": the statement is the speaker's, for "the statement said".)
  const posted = before ? null : /\b(?:a|an)\s+(?:[\p{L}-]+\s+)?(statement|post|message|release|letter)\s+(?:posted|issued|released|published|shared|sent|put out)\s+(?:on\s+\S+\s+)?by\s+$/iu.exec(reading.frame.slice(Math.max(0, cue.from - 80), cue.from));
  // ("In a statement, Jane Roe quoted the minister as saying …": the statement is the one who quotes, not the one quoted.)
  const quoting = before && cue.verb === 'quoted as saying' ? backwardPhrase(reading.frame.slice(Math.max(0, cue.start - 160), cue.start)) : null;
  const owner = quoting?.phrase ? resolvePhrase(discourse, quoting.phrase, quoting.apposition, reading.base + cue.start - quoting.length) : reference;
  noteDocument(discourse, owner, cue.tail || (before ? `in a ${before[1]?.toLowerCase()}` : posted ? `in a ${posted[1]?.toLowerCase()}` : ''));
  noteGender(reference, cue.tail);
  linkAuthor(discourse, reference, cue.tail);
  return { cue, reference };
}

/**
 * "Roe said … . ¶ He claimed that President Poe had … . ¶ “…,” he said": a sentence that opens with "he" or "she"
 * goes on about the one it means, so that pronoun is a mention of them there, before any name the sentence goes on
 * to give; a later "he said" then finds the subject, not the last man named in passing.
 */
function noteSubjectPronoun(discourse: Discourse, reading: Reading, start: number) {
  const clause = reading.frame.slice(start, start + 120);
  // ("Likewise, the court found …", "In an opinion today, the appeals court provides …": a body as the subject is
  // the one a later "the court wrote" means, though another court was named in passing since.)
  // (Most sentences open on no body's common noun: a plain test first, the costly pattern only for those that may.)
  const body = backReferenced.test(clause) ? subjectBody.exec(clause) : null;
  if (body?.[1] && organizationBackReferences.has((body[2] ?? '').toLowerCase())) {
    const offset = reading.base + start + (body.index ?? 0) + body[0].indexOf(body[1]);
    const reference = resolvePhrase(discourse, body[1], null, offset);
    if (reference?.kind === 'entity' && reference.entity.type === 'organization') discourse.registry.mentions.push({ entity: reference.entity, offset });
    return;
  }
  const opening = subjectPronoun.exec(clause.slice(0, 40));
  if (!opening?.[1]) return;
  const offset = reading.base + start + opening[0].length - opening[1].length;
  const reference = resolvePhrase(discourse, opening[1].toLowerCase(), null, offset);
  if (reference?.kind === 'entity' && reference.entity.type === 'person') discourse.registry.mentions.push({ entity: reference.entity, offset, said: opening[1] === 'She' ? 'female' : 'male' });
}
const backReferenced = new RegExp(`\\b[Tt]he\\s+(?:\\p{Ll}+\\s+)?(?:${[...organizationBackReferences].join('|')})\\s`, 'u');
const subjectBody = /^\s*(?:[^,.;:\u201C\u201D"]{0,80},\s+)?((?:the|The)\s+(?:\p{Ll}+\s+)?(\p{Ll}+))\s+(?:\p{Ll}+ly\s+)?(?:has|have|had|is|was|were|are|will|would|said|says|found|ruled|noted|wrote|added|ordered|rejected|upheld|held|concluded|decided|announced|confirmed|denied|argued|stated|provides|issued|\p{Ll}+ed|\p{Ll}+s)\b/u;
const subjectPronoun = new RegExp(`^\\s*(?:(?:${linkingOpeners}),?\\s+)?(He|She)(?=\\s+\\p{Ll})`, 'u');

/** Whether the paragraph before this one, with no quotation of its own, ends on a full stop (it reports words, it opens none). */
function toldBefore(readings: Reading[], reading: Reading): boolean {
  const before = readings[readings.indexOf(reading) - 1];
  return before !== undefined && before.spans.length === 0 && /[.!]\s*$/u.test(before.frame);
}

/** The speaker of one quote: its sentence's cue, else the paragraph's, else the quote it continues. */
function choose(
  discourse: Discourse,
  reading: Reading,
  span: QuoteSpan,
  index: number,
  cues: Attributed[][],
  last: Choice | null,
  previous: Choice | null,
  credited: Array<{ reference: Reference; offset: number }>,
  answer: Reference | null,
  only: Choice | null = null,
  spoke: Set<Entity> = new Set(),
): Choice | 'not-a-statement' {
  const [sentenceStart] = reading.sentences[index] ?? [0, 0];
  if (namingCue.test(reading.frame.slice(sentenceStart, span.open))) return 'not-a-statement';
  // "A: “…”" in a question-and-answer interview: the one interviewed, whom the text named first.
  if (answer && /^\s*(?:A|Answer)\s*[:.]\s*$/u.test(reading.frame.slice(sentenceStart, span.open))) return { reference: answer, cue: null, route: 'introduction' };
  const own = pick(reading.frame, span, cues[index] ?? []);
  const text = reading.text.slice(span.start, span.end);
  // A title in quotation marks is no speech even beside a cue ("Roe, author of “The Long Road,” said").
  if (isTitle(text) && (!own || /\s/.test(text.trim()))) return 'not-a-statement';
  // "its “code orange” plan", "cut “track geometry” inspections": a term in quotation marks before a noun it qualifies.
  // (Not words that describe, under a cue: "Officials said the man was a “very experienced” pilot" quotes them.)
  if (isTerm(text, reading.text.slice(span.close + 1, span.close + 30)) && !(own && describes(text))) return 'not-a-statement';
  // ("WASA has denied allegations that it is engaged in “deliberate inequity”": the words of the allegations, not of the one
  // who denies them; the text does not say whose.)
  if (own && own.cue.end <= span.open && denials.test(own.cue.verb) && deniedClaim.test(reading.frame.slice(own.cue.end, span.open))) return { reference: null, cue: null };
  // ("Describing the claim as “…,” JAMB offered a reward …": the subject after the fronted participle, before a cue further on.)
  const fronted = own ? frontedParticiple(discourse, reading, span, index, cues) : null;
  if (fronted) return fronted;
  if (own) return choice(own);
  const after = backReference(reading, cues, index);
  if (after) return choice(after);
  // ("“…” That was the verdict of Mayor Ana Roe on Sunday.": the next sentence names whose the words were, with no cue.)
  const named = pointedBack(discourse, reading, span, index);
  if (named) return named;
  // ("Fortis described it as a “…”. The union's secretary, Maeve Roe, said there had been no warning. “…”": a
  // sentence after the last quotation that makes someone else speak, in reported speech, hands the next one to them.)
  const spoken = last ? reportedSince(reading, span, cues, index, last) : null;
  if (spoken) return { ...choice(spoken), route: 'another sentence' };
  if (last) return last;
  const nearby = nearestInParagraph(reading, cues, index);
  if (nearby) return { ...choice(nearby), route: 'another sentence' };
  // ("Captain Ana Roe thanked the fans. “We felt you behind us.”": a sentence whose subject is a person, then words
  // standing alone as the next sentence: theirs, as a reader takes them.)
  const lead = leadIn(discourse, reading, span, index, cues);
  if (lead) return { ...lead, route: 'another sentence' };
  const colon = colonLead(discourse, reading, span, index, cues);
  if (colon) return { ...colon, route: 'introduction' };
  const participle = frontedParticiple(discourse, reading, span, index, cues);
  if (participle) return participle;
  // A paragraph that only quotes goes on with the last speaker; one with a cue we declined does not.
  // (Not words in the first person singular after a body's own, here or below: "I did not intend to cheat" is no
  // federation's.)
  const bodyBefore = bodySpeaks(previous?.reference ?? null);
  if (span.open === 0 && previous && cues.every((sentence) => sentence.length === 0) && !(bodyBefore && firstPersonSingular.test(text))) return { ...previous, route: previous.route === 'introduction' ? 'introduction' : 'previous paragraph' };
  // A paragraph that is all quotation, after others that are not, in a text that has quoted one speaker alone so far:
  // theirs, as a reader takes it ("Col. Roe said … . “…” The toll rose to 72. “…”").
  const bodyOnly = bodySpeaks(only?.reference ?? null);
  if (span.open === 0 && only && cues.every((sentence) => sentence.length === 0) && /^\s*$/u.test(reading.frame.slice(span.close + 1)) && !(bodyOnly && firstPersonSingular.test(text))) return { ...only, route: 'previous paragraph' };
  // ("Roe attributed the outages to “gusty weather conditions”" after "…,” Roe said": the subject of the sentence, who has
  // spoken, even in a few words.)
  const subject = subjectWhoSpoke(discourse.registry, reading, span, spoke) ?? citedBySubject(discourse.registry, reading, span);
  if (subject) return subject;
  if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 3) return 'not-a-statement';
  // A report built on another outlet's reporting: its unattributed quoted words are that outlet's.
  const offset = reading.base + span.start;
  const outlet = credited.filter((entry) => entry.offset < offset).at(-1) ?? credited[0];
  return outlet ? { reference: outlet.reference, cue: null, route: 'outlet report' } : { reference: null, cue: null };
}

/**
 * What a denial answers, then the claim itself: "denied allegations that it …" (the verb was the cue); not a clause of the
 * denier's own after a comma, "denied reports of kidnappings, stating that the information is “false”".
 */
const denials = /^(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes|rebuffed|rebuffs|disputed|disputes)$/u;
const deniedClaim = /^\s+(?:the\s+|any\s+|all\s+)?(?:allegations?|accusations?|claims?|reports?|suggestions?|rumou?rs?|charges?)\s+(?:that|of)\s[^\u201C\u201D",;]*$/u;

/**
 * "Judge Jane Roe asked prosecutor Sam Poe why it had taken three years. ¶ He replied: “…”": the one a question was put to
 * replies, not the one who asked it; when the text named them and nothing tells another sex.
 */
function askedBefore(discourse: Discourse, cue: Cue, offset: number): Reference | null {
  const pronoun = cue.phrase.trim().toLowerCase();
  if (!/^(?:replied|answered|responded)$/u.test(cue.verb) || (pronoun !== 'he' && pronoun !== 'she') || discourse.source === undefined) return null;
  const from = Math.max(0, offset - 400);
  const asked = [...discourse.source.slice(from, offset).matchAll(/\basked\s+((?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s+(?:why|whether|if|what|how|when|where|who|about)\b/gu)].at(-1);
  if (!asked?.[1]) return null;
  const found = resolvePhrase(discourse, asked[1], null, from + (asked.index ?? 0) + asked[0].indexOf(asked[1]));
  if (found?.kind !== 'entity' || found.entity.type !== 'person') return null;
  const gender = pronoun === 'she' ? 'female' : 'male';
  return !found.entity.gender || found.entity.gender === gender ? found : null;
}

/** A body speaking as itself, or through a document of its own: never "I". */
function bodySpeaks(reference: Reference | null): boolean {
  if (reference?.kind === 'document') return !reference.document.author && bodySpeaks(reference.document.owner);
  return reference?.kind === 'entity' && reference.entity.type === 'organization' && !reference.spokesperson;
}

/**
 * The person or body a quotation's sentence opens on, when the quotation stands inside that sentence after its verb
 * ("Roe cited the “interplay of different things”"), and the verb is no passive one ("Roe was told to “plead guilty”":
 * someone else's words): their words, if they are among `speakers`, those the text has speak under a cue.
 */
function subjectWhoSpoke(registry: Registry, reading: Reading, span: QuoteSpan, speakers: Set<Entity>): Choice | null {
  const subject = subjectOf(registry, reading, span);
  return subject && speakers.has(subject) ? { reference: { kind: 'entity', entity: subject, spokesperson: false }, cue: null, route: 'another sentence' } : null;
}

function subjectOf(registry: Registry, reading: Reading, span: QuoteSpan): Entity | null {
  const [start] = reading.sentences[reading.sentenceOf[reading.spans.indexOf(span)] ?? -1] ?? [];
  if (start === undefined) return null;
  const first = registry.mentions.filter((mention) => !mention.owner && !mention.article && mention.offset >= reading.base + start && mention.offset < reading.base + span.open).sort((a, b) => a.offset - b.offset)[0];
  if (!first || first.entity.type === 'media') return null;
  const opening = reading.frame.slice(start, first.offset - reading.base);
  const between = reading.frame.slice(first.offset - reading.base, span.open);
  // (Nor words another text holds: "Roe was responding to a letter addressed to “whoever runs the port”", the letter's.)
  if (!subjectOpening.test(opening) || !/^[^,;:()]*$/u.test(between.slice(0, between.indexOf(' ') + 1 || undefined)) || passiveAfter.test(between) || heldBefore.test(between)) return null;
  return first.entity;
}
/**
 * "Rail company Northern cancelled more services, blaming “engineering work”", "The council shut the road, citing
 * “safety concerns”": the words the sentence's subject gives as its reason, a few words of description before it at most.
 */
function citedBySubject(registry: Registry, reading: Reading, span: QuoteSpan): Choice | null {
  const [start] = reading.sentences[reading.sentenceOf[reading.spans.indexOf(span)] ?? -1] ?? [];
  if (start === undefined || !/,\s+(?:blaming|citing)\s*$/u.test(reading.frame.slice(start, span.open))) return null;
  const first = registry.mentions.filter((mention) => !mention.owner && mention.offset >= reading.base + start && mention.offset < reading.base + span.open).sort((a, b) => a.offset - b.offset)[0];
  if (!first || first.entity.type === 'media' || !citingOpening.test(reading.frame.slice(start, first.offset - reading.base))) return null;
  return { reference: { kind: 'entity', entity: first.entity, spokesperson: false }, cue: null, route: 'another sentence' };
}
const citingOpening = /^[\s\p{Pi}\p{Pf}"]*(?:[\p{L}-]+\s+){0,4}$/u;
const subjectOpening = new RegExp(`^[\\s\\p{Pi}\\p{Pf}"]*(?:(?:${linkingOpeners}),?\\s+)?(?:the\\s+)?$`, 'u');
const heldBefore = /\b\p{Ll}+(?:ed|en)\s+(?:to|as|by|with|from|for|on|in)\s+(?:the\s+)?[\s\p{Pi}"]*$/u;
const passiveAfter = /\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|told|asked|urged|given|shown|sent|seen|made|known|taught)\b/u;

const firstPersonSingular = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|me|my|myself)(?![\p{L}'’])/u;

/** The person a paragraph opens on, when its first sentence has them speak ("National officer Jane Roe said …"). */
function openingSpeaker(registry: Registry, reading: Reading | undefined): Entity | null {
  if (!reading) return null;
  const [start = 0, end = 0] = reading.sentences[0] ?? [];
  const first = registry.mentions.filter((mention) => mention.entity.type === 'person' && mention.offset >= reading.base + start && mention.offset < reading.base + Math.min(end, start + 60)).sort((a, b) => a.offset - b.offset)[0];
  if (!first) return null;
  const rest = reading.frame.slice(first.offset - reading.base, end);
  return /^[\p{L}'’. -]{0,60}?\s(?:said|says|told|added|stated|explained)\b/u.test(rest) ? first.entity : null;
}

/**
 * "Jane Roe, winger", "Dr Ana Poe – head of volcanology": a heading that is a person's name and role alone, as reaction
 * pieces and expert round-ups head each one's words: theirs are the bare quotations under it.
 */
function speakerHeading(discourse: Discourse, text: string, offset: number): Choice | null {
  const match = /^\s*((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*(?:,|\s[–—-])\s*([^.;:!?“”"]{2,80}?)\s*$/u.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const reference = resolvePhrase(discourse, match[1], match[2], offset + text.indexOf(match[1]));
  return reference?.kind === 'entity' && reference.entity.type === 'person' ? { reference, cue: null, route: 'introduction' } : null;
}

/**
 * "Statement from the Lord Mayor, Councillor Jane Roe", "Comments by the chief executive": a heading (a press
 * release's title) that says whose words follow introduces the quotation that opens the next paragraph.
 */
function statementHeading(discourse: Discourse, text: string, offset: number): Choice | null {
  const heading = /^\s*(?:(?:a|the|joint)\s+)*(?:statement|comment|comments|remarks|message|reaction)\s+(?:by|from)\s+(?=\p{L})/iu.exec(text);
  if (!heading) return null;
  const after = forwardPhrase(text.slice(heading[0].length));
  if (!after.phrase) return null;
  const at = heading[0].length;
  // ("… from the Mayor of Portlaw, Councillor Jane Roe": the name after the role speaks, the role describes her.)
  const named = after.apposition && /^(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}[\p{L}'’-]+$/u.test(after.apposition);
  const cue: Cue = { verb: 'statement by', start: at, end: at, phrase: named ? (after.apposition ?? '') : after.phrase, from: 0, to: at + after.length, apposition: named ? after.phrase : after.apposition, tail: '' };
  const reference = resolvePhrase(discourse, cue.phrase, cue.apposition, offset + at);
  return reference?.kind === 'entity' ? { ...choice({ cue, reference }), route: 'introduction' } : null;
}

/** Whether a clause before the speaker at `offset`, ended by a comma, names another person in the same sentence. */
function frontedBy(discourse: Discourse, speaker: Entity, offset: number): boolean {
  const opens = discourse.sentences?.findLast((start) => start <= offset) ?? offset;
  const comma = discourse.source?.lastIndexOf(', ', offset) ?? -1;
  return comma >= opens && discourse.registry.mentions.some((mention) => mention.entity !== speaker && mention.entity.type === 'person' && mention.offset >= opens && mention.offset < comma);
}

/**
 * The one speaker every attributed quotation so far is given to, if there is just one (and no quotation went unattributed):
 * a person, a body, or one statement a body issued ("a statement from Kelby Rescue said").
 */
function sole(pending: Array<{ choice: Choice }>): Choice | null {
  let found: Choice | null = null;
  let key: Entity | Issued | null = null;
  for (const { choice } of pending) {
    const reference = choice.reference;
    const own = reference?.kind === 'entity' ? (reference.entity.type === 'person' || reference.entity.type === 'organization' ? reference.entity : null) : reference?.kind === 'document' ? reference.document : null;
    if (!own || (key && key !== own)) return null;
    key = own;
    found ??= choice;
  }
  return found;
}

/**
 * A verb of `reportingVerbs`, or its participle ("Commissioner Jane Roe followed by announcing that the shelters open." ¶
 * “…”; "…, adding that …").
 */
function reports(verb: string): boolean {
  // ("released a statement saying the stores stay open": the irregular ones too.)
  if (reportingVerbs.has(verb) || verb === 'saying' || verb === 'telling') return true;
  const stem = verb.endsWith('ing') ? verb.slice(0, -3) : '';
  return stem.length >= 3 && (reportingVerbs.has(`${stem}ed`) || reportingVerbs.has(`${stem}d`));
}

/** The verbs of a last sentence that reports someone's words, whose quotation may follow in the next paragraph. */
const reportingVerbs = new Set([
  'said', 'says', 'told', 'added', 'adds', 'recalled', 'recalls', 'remembered', 'remembers', 'explained', 'explains',
  'described', 'stated', 'states', 'disclosed', 'noted', 'notes', 'urged', 'urges', 'warned', 'warns', 'insisted',
  'insists', 'stressed', 'stresses', 'argued', 'argues', 'emphasised', 'emphasized', 'emphasises', 'emphasizes',
  'acknowledged', 'admitted', 'conceded', 'questioned', 'questioned that', 'questioned whether', 'remarked',
  'observed', 'maintained', 'contended', 'agreed', 'agrees', 'claimed', 'claims', 'suggested', 'suggests',
  'confirmed', 'confirms', 'reiterated', 'reiterates', 'cautioned', 'complained', 'lamented', 'pointed out',
  'believed', 'believes', 'predicted', 'replied', 'responded', 'countered', 'vowed', 'pledged', 'promised',
  'announced', 'announces', 'declared', 'declares', 'revealed', 'reveals', 'asserted', 'asserts', 'affirmed',
  'affirms', 'clarified', 'clarifies', 'indicated', 'indicates', 'highlighted', 'highlights', 'underscored',
  'underlined', 'mentioned', 'hailed', 'praised', 'welcomed', 'criticised', 'criticized', 'condemned', 'blasted',
  'slammed', 'denied', 'dismissed', 'accused', 'called', 'calls', 'thanked', 'appealed', 'apologised', 'apologized',
  'according to',
  // ("Poe asked supporters to light candles." ¶ “We are calling on everyone to come out …”: the request's own words.)
  'asked', 'asks', 'encouraged', 'encourages', 'advised', 'advises',
]);

/**
 * A paragraph without quotation that ends on a colon after a cue ("The ministry said in a statement:"), or whose
 * last cue reports a statement ("The maker said in a statement that it had stopped …"): a quotation opening the
 * next paragraph, with no cue of its own, goes on with it.
 */
function introduction(discourse: Discourse, reading: Reading, cues: Attributed[][]): Choice | null {
  if (reading.spans.length > 0) return null;
  const found = cues.at(-1)?.at(-1);
  if (!found?.reference) return spokeOf(discourse, reading) ?? (cues.every((sentence) => sentence.length === 0) ? (announced(discourse, reading) ?? introduced(discourse, reading) ?? writtenBy(discourse, reading) ?? framedStatement(discourse, reading)) : null);
  // "The maker said in a statement that it had stopped …": the statement's words may follow, quoted.
  const reported = /\b(?:statement|release|letter|email|post)\b/iu.test(found.cue.tail);
  // "Fernanda Roe, who was born on the island, said she recognised the coast.": a person's reported words, then
  // their quotation in the next paragraph.
  const [lastStart] = reading.sentences.at(-1) ?? [0, 0];
  // (A body's too: "The ministry said it had opened an inquiry." ¶ “All options remain on the table.”)
  // ("Mayor Ana Roe explains." ¶ “…”; "Roe has asked residents to save water, saying that every drop helps." ¶ “…”.)
  // ("A resident told the meeting that officials do not respect them." ¶ “…”: an unnamed speaker's words follow too.)
  // ("According to Roe she was at the pageant when a neighbour called." ¶ “It was about 01:30am when …”: their account.)
  // ("Chief minister Jane Roe announced that the city will fill the potholes." ¶ “…”: a verb that reports what they said.)
  // (So does one who hailed, praised, condemned or denied something: "Jane Roe hailed the plan and called for unity." ¶ “…”.)
  // (Not "assured", which takes a listener whom a clause may put between: "…, the body expressed its sympathy and assured
  // them of its support".)
  const person = ((found.reference.kind === 'entity' && (found.reference.entity.type === 'person' || found.reference.entity.type === 'organization')) || found.reference.kind === 'anonymous') && found.cue.start >= lastStart && (reports(found.cue.verb) || /,\s+saying\b/u.test(reading.frame.slice(lastStart)));
  // ("The statement from the command's spokesperson reads," ¶ “…”: pasted pages often end the introduction on a comma.)
  const trailing = /\s(?:reads?|said|says|wrote|writes|stated|states|added|posted|tweeted)\s*,\s*$/u.test(reading.frame) && found.cue.start >= lastStart;
  // ("Speaking to the Post, analyst Jane Roe shared her view on …": a participle's cue, then the sentence's own subject.)
  return /:\s*$/u.test(reading.frame) || reported || person || trailing ? { ...choice(found), route: 'introduction' } : spokeOf(discourse, reading);
}

/**
 * "On Wednesday his lawyer, Jane Roe, sent us the following statement:": a paragraph that ends on a colon with no
 * speech verb introduces the quotation that follows with whoever its last sentence names first (not an owner).
 */
function announced(discourse: Discourse, reading: Reading): Choice | null {
  if (!/:\s*$/u.test(reading.frame)) return null;
  const [start, end] = reading.sentences.at(-1) ?? [0, 0];
  const from = reading.base + start;
  const to = reading.base + end;
  // (The first by place in the sentence: mentions are not kept in the order of the text.)
  const named = discourse.registry.mentions.filter((mention) => !mention.owner && mention.offset >= from && mention.offset < to && mention.entity.type !== 'media').sort((a, b) => a.offset - b.offset);
  // ("USPS Inspector Jane Roe issued a statement:": a body that opens a person's title is where the person works; the
  // person speaks.)
  const body = named[0]?.entity.type === 'organization' ? named[0] : undefined;
  const titled = body ? named.find((mention) => mention.entity.type === 'person' && mention.offset > body.offset && titleBetween(reading.frame.slice(body.offset - reading.base, mention.offset - reading.base), body.entity)) : undefined;
  const first = titled ?? named[0];
  return first ? { reference: { kind: 'entity', entity: first.entity, spokesperson: false }, cue: null, route: 'introduction' } : null;
}

/** Whether `between` is the body's name (as written) and one or two role words after it: "Kelby Council leader ". */
function titleBetween(between: string, body: Entity): boolean {
  const written = [body.name, ...body.aliases].filter((name) => between.startsWith(name)).sort((a, b) => b.length - a.length)[0];
  if (!written) return false;
  const words = between.slice(written.length).trim().split(/\s+/u);
  return words.length >= 1 && words.length <= 2 && words.every((word) => isRoleWord(word.toLowerCase().replace(/\.$/u, '')));
}

/**
 * "Samuel Roe, a machinist, spoke about his son for the first time on Tuesday.": a paragraph that ends on someone
 * speaking, with no quotation of its own, introduces the quotation that opens the next one.
 */
function spokeOf(discourse: Discourse, reading: Reading): Choice | null {
  const [start, end] = reading.sentences.at(-1) ?? [0, 0];
  const sentence = reading.frame.slice(start, end);
  // ("Minister Ana Roe also condemned the attacks." ¶ “We condemn …”: a public stance, then its words; "chairman Jane Roe
  // issued an apology to those affected." ¶ “…”: an apology or a statement made, then its words.)
  // ("Roe called on the prime minister to look into it." ¶ “They should have …”: an appeal, then its words; "he thinks
  // people want simple answers. “…”": a view, then its words.)
  const verb = /\b(?:spoke|speaks|talked|talks|opened up|reflected|reminisced|shared (?:his|her|their|its) (?:[\p{L}-]+ )?(?:views?|perspective|thoughts|insights?|story|experiences?|concerns|feelings|opinions?|reaction)|condemned|condemns|denounced|deplored|lamented|welcomed|hailed|praised|criticised|criticized|slammed|rejected|defended|vowed|pledged|expressed|reacted|responded|called (?:on|for)|appealed|demanded|urged|warned|thinks|believes|feels|fears|worries|hopes|recalls|remembers|apologi[sz]ed|(?:issued|made|offered) (?:an? )?(?:\p{Ll}+ )?(?:apology|statement|appeal))\b/u.exec(sentence);
  if (!verb || !/^\s*\p{Lu}/u.test(sentence)) return null;
  const subject = backwardPhrase(sentence.slice(0, verb.index));
  // (The subject opens the sentence, or follows a phrase closed by a comma: "In her reaction, Ana Roe …".)
  const rest = sentence.slice(0, verb.index - subject.length).trim();
  // (Or a phrase closed by a comma and words in lower case before the role: "Speaking to the Post, harbour analyst Ana Roe …".)
  if (!subject.phrase || !(rest === '' || /,(?:\s+\p{Ll}[\p{Ll}-]*){0,3}$/u.test(rest))) return null;
  const at = start + verb.index;
  const cue: Cue = { verb: verb[0], start: at, end: at + verb[0].length, phrase: subject.phrase, from: at - subject.length, to: at + verb[0].length, apposition: subject.apposition, tail: '' };
  const attributed = attribute(discourse, reading, cue);
  return attributed.reference?.kind === 'entity' ? { ...choice(attributed), route: 'introduction' } : null;
}

/**
 * "Dr Nicolae Roe, head of radiology at the district hospital, remembers the wait.": a paragraph without quotation
 * or cue whose first sentence opens on a person named in full introduces the quotation that opens the next one,
 * as features bring in a witness before giving them the floor.
 */
function introduced(discourse: Discourse, reading: Reading): Choice | null {
  const [start, end] = reading.sentences[0] ?? [0, 0];
  const sentence = reading.frame.slice(start, end);
  const lead = sentence.length - sentence.trimStart().length;
  const subject = forwardPhrase(sentence.slice(lead));
  // (A name of two words or more ends the phrase: "The Spanish giants were slapped …" introduces nobody; one word only as
  // the surname of a person named before, "Lee thanked those who came forward.", see below.)
  // ("Ms Roe was this morning on the picket line. “…”": a courtesy title before the surname, which it stands for.)
  const name = subject.phrase.replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?=\p{Lu})/u, '').split(/\s+/u).slice(-2);
  const surnameOnly = name.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name[0] ?? '');
  // (A surname alone only when a person the text named before bears it: resolving any other word would make it a body.)
  if (surnameOnly && !discourse.registry.entities.some((candidate) => candidate.type === 'person' && candidate.name.endsWith(` ${name[0] ?? ''}`))) return null;
  if ((name.length < 2 && !surnameOnly) || !name.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !isRoleWord(word.toLowerCase()) && !organizationWords.has(word.toLowerCase()))) return null;
  // ("Popular Vermont craft brewery Hill Farmstead is …": an adjective capitalised for standing first opens no name.)
  if (subject.phrase.split(/\s+/u).length === 2 && isOpeningAdjective(name[0] ?? '')) return null;
  if (/^(?:the|a|an)$/iu.test(name[0] ?? '') || !/^\s*(?:,|\p{Ll})/u.test(sentence.slice(lead + subject.length))) return null;
  const at = start + lead;
  const cue: Cue = { verb: '', start: at, end: at, phrase: subject.phrase, from: at, to: at + subject.length, apposition: subject.apposition, tail: '' };
  const attributed = attribute(discourse, reading, cue);
  const person = attributed.reference?.kind === 'entity' && attributed.reference.entity.type === 'person' ? attributed.reference.entity : null;
  if (surnameOnly && !discourse.registry.mentions.some((mention) => mention.entity === person && mention.offset < reading.base + at)) return null;
  return person ? { ...choice(attributed), cue: null, route: 'previous paragraph' } : null;
}

/**
 * "In a statement issued on Monday, the KWC blamed the shortages on a fault at its plant." ¶ “Due to technical challenges …”:
 * a last sentence that opens on the statement it reports, its subject then doing anything with no verb of speech,
 * introduces the statement's words that open the next paragraph, the subject's.
 */
function framedStatement(discourse: Discourse, reading: Reading): Choice | null {
  const [start, end] = reading.sentences.at(-1) ?? [0, 0];
  const frame = /^\s*(?:In|Via|Through)\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|press release|release|letter|post|message)\b[^,.;:!?]{0,60},\s+/u.exec(reading.frame.slice(start, end));
  return frame ? subjectSpeaks(discourse, reading, start + frame[0].length, end, 'introduction') : null;
}

/** The subject that opens the frame at `at` (its verb after it, in small letters) as the speaker, a person or a body. */
function subjectSpeaks(discourse: Discourse, reading: Reading, at: number, end: number, route: Route): Choice | null {
  const subject = forwardPhrase(reading.frame.slice(at, end));
  if (!subject.phrase || !/^\s*\p{Ll}/u.test(reading.frame.slice(at + subject.length, end))) return null;
  const cue: Cue = { verb: '', start: at, end: at, phrase: subject.phrase, from: at, to: at + subject.length, apposition: subject.apposition, tail: '' };
  const attributed = attribute(discourse, reading, cue);
  const kind = attributed.reference?.kind === 'entity' ? attributed.reference.entity.type : null;
  return kind === 'person' || kind === 'organization' ? { ...choice(attributed), cue: null, route } : null;
}

/**
 * "In the statement by supporters' trust chair Jane Roe, they looked ahead to …" ¶ “Welcome to Kelby!”: a paragraph with no
 * verb of speech that names a statement or a letter and who wrote it introduces the quotation that opens the next one.
 */
function writtenBy(discourse: Discourse, reading: Reading): Choice | null {
  const [start, end] = reading.sentences.at(-1) ?? [0, 0];
  const by = /\b(?:the|a|an|this|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|letter|message|note|open letter)\s+(?:written\s+|signed\s+|issued\s+)?(?:by|from)\s+((?:[\p{L}'’.-]+\s+){0,5}?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=[,.;:]|\s+\p{Ll}|$)/u.exec(reading.frame.slice(start, end));
  if (!by?.[1]) return null;
  const phrase = by[1];
  const at = start + (by.index ?? 0) + by[0].length - phrase.length;
  const cue: Cue = { verb: '', start: at, end: at, phrase, from: at, to: at + phrase.length, apposition: null, tail: '' };
  const attributed = attribute(discourse, reading, cue);
  const person = attributed.reference?.kind === 'entity' && attributed.reference.entity.type === 'person' ? attributed.reference.entity : null;
  return person ? { ...choice(attributed), cue: null, route: 'introduction' } : null;
}

/** The person a question-and-answer interview is with: the first the text names (its standfirst introduces them). */
function intervieweeOf(registry: Registry): Reference | null {
  const first = registry.mentions.find((mention) => mention.entity.type === 'person' && !mention.owner);
  return first ? { kind: 'entity', entity: first.entity, spokesperson: false } : null;
}

function choice(attributed: Attributed): Choice {
  const { cue } = attributed;
  return { reference: attributed.reference, cue: [cue.verb, cue.tail].filter(Boolean).join(' '), phrase: cue.phrase };
}

/** The cue of a quote within its sentence, in order of how tightly it binds. */
function pick(frame: string, span: QuoteSpan, cues: Attributed[]): Attributed | null {
  const after = cues.filter((entry) => entry.cue.from > span.close);
  const before = cues.filter((entry) => entry.cue.to <= span.open);
  const adjacent = after.find((entry) => /^[\s,;:\u2014\u2013-]*$/u.test(frame.slice(span.close + 1, entry.cue.from)));
  // ("the union SCCS said men on the deck had told their foreman the props were “…”": a reported speaker no one can
  // name gives way to the one who reports them.)
  // ("… later told her, “…”": the verb's object before the comma that opens the quotation.)
  const governs = before.filter((entry) => /^\s*(?:(?:her|him|them|me|us|reporters|journalists|the (?:court|jury|media|press|crowd))\s*)?[,:]?\s*[^,;\u2026]*$/u.test(frame.slice(entry.cue.to, span.open)));
  const governing = speaks(governs.at(-1)?.reference ?? null) ? governs.at(-1) : (governs.findLast((entry) => entry.reference?.kind === 'entity') ?? governs.at(-1));
  // "Roe said that “…,” according to the agency": the agency reports Roe's words, Roe speaks them; so does an outlet
  // that "reported" them ("Roe said detectives … “really hope that is the case,” the Kelby Courier reported").
  const reports = (entry: Attributed) => entry.cue.verb === 'according to' || (/^report(?:ed|s)$/u.test(entry.cue.verb) && entry.reference?.kind === 'entity' && entry.reference.entity.type === 'media');
  // (So does anyone who "explained" or "added" what a body or person named before "said": "the tribunal said the fine ‘did
  // not reflect …’, explained Roe"; not a vaguer subject, "Health officials advised anyone … to “…,” the statement read".)
  const speaking = governing !== undefined && governing.reference?.kind === 'entity' && /^(?:said|says|told|tells|stated|states|claimed|claims|insisted|argued|warned)$/u.test(governing.cue.verb);
  if (adjacent && !(governing && !reports(governing) && (reports(adjacent) || speaking))) return adjacent;
  if (governing) return governing;
  // "Raman, who wrote that “…,” said she was sorry": a quotation inside the speaker's own apposition.
  const enclosing = cues.find((entry) => entry.cue.from < span.open && entry.cue.start > span.close);
  if (enclosing) return enclosing;
  const according = cues.filter((entry) => entry.cue.verb === 'according to');
  const nearest = (list: Attributed[]) =>
    [...list].sort((a, b) => distance(a.cue, span) - distance(b.cue, span))[0] ?? null;
  return nearest(according) ?? nearest(after) ?? nearest(before);
}

/** A reference to someone: a name, or people a reader can tell by kind ("residents", "a nurse"), not "the deck". */
function speaks(reference: Reference | null): boolean {
  if (reference?.kind !== 'anonymous') return reference !== null;
  return anonymousSpeakers.test(reference.description) || reference.description.split(/\s+/u).some((word) => isRoleWord(word.toLowerCase().replace(/s$/u, '')) || isRoleWord(word.toLowerCase()));
}

function distance(cue: Cue, span: QuoteSpan): number {
  return cue.from > span.close ? cue.from - span.close : span.open - cue.to;
}

/** "That was how Roe put it.", "So said Roe.": a next sentence that points back names who spoke. */
const pointsBack = /^\s*(?:(?:that|this)(?:['’]s|\s+(?:is|was))\s+(?:how|what)|(?:those|these|that|this|such)\s+(?:were|are|was|is)\s+the\s+(?:words|verdict)\s+of|(?:or\s+)?so\s+(?:said|says|wrote|writes|argued|argues|added|adds))\s/iu;

function backReference(reading: Reading, cues: Attributed[][], index: number): Attributed | null {
  const [start, end] = reading.sentences[index + 1] ?? [0, 0];
  if (!pointsBack.test(reading.frame.slice(start, end))) return null;
  return cues[index + 1]?.[0] ?? null;
}

/** The person the sentence before a quotation standing alone as its own sentence opens on, when no sentence of the paragraph has a cue. */
function leadIn(discourse: Discourse, reading: Reading, span: QuoteSpan, index: number, cues: Attributed[][]): Choice | null {
  if (index <= 0 || !cues.every((sentence) => sentence.length === 0)) return null;
  const [start, end] = reading.sentences[index] ?? [0, 0];
  const [before, close] = reading.sentences[index - 1] ?? [0, 0];
  if (!/^\s*$/u.test(reading.frame.slice(start, span.open)) || !/^[\s\p{P}]*$/u.test(reading.frame.slice(span.close + 1, end))) return null;
  if (reading.spans.some((other) => other !== span && other.open < span.open)) return null;
  const prefix: Reading = { ...reading, frame: reading.frame.slice(0, close), sentences: [[before, close]], spans: [] };
  return spokeOf(discourse, prefix) ?? introduced(discourse, prefix);
}

/**
 * "Ann Lee was less sure: “We will see.”", "Roe did not seem satisfied with the ruling: “I would like more.”": a sentence
 * with no speech verb that opens on a person named in full and ends on a colon before the quotation it closes with.
 */
function colonLead(discourse: Discourse, reading: Reading, span: QuoteSpan, index: number, cues: Attributed[][]): Choice | null {
  if ((cues[index]?.length ?? 0) > 0) return null;
  const [start, end] = reading.sentences[index] ?? [0, 0];
  if (!/:\s*$/u.test(reading.frame.slice(start, span.open)) || !/^[\s\p{P}]*$/u.test(reading.frame.slice(span.close + 1, end))) return null;
  if (reading.spans.some((other) => other !== span && other.open >= start && other.open < span.open)) return null;
  const full = introduced(discourse, { ...reading, frame: reading.frame.slice(0, span.open), sentences: [[start, span.open]], spans: [] });
  if (full) return full;
  // ("O'Connor also did not seem satisfied …: “…”": or by the surname of a person the text named before.)
  const surname = /^\s*(\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u.exec(reading.frame.slice(start, span.open))?.[1];
  const known = surname ? discourse.registry.byName.get(surname.toLowerCase()) : undefined;
  return known?.type === 'person' && known.name.includes(' ') ? { reference: { kind: 'entity', entity: known, spokesperson: false }, cue: null, route: 'introduction' } : null;
}

/**
 * "Describing the claim as “erroneous and malicious,” the board offered a reward …": words quoted in a participle of
 * speech that opens the sentence are its subject's, whatever the main verb does.
 */
function frontedParticiple(discourse: Discourse, reading: Reading, span: QuoteSpan, index: number, cues: Attributed[][]): Choice | null {
  // (A cue further on, past the subject, is another clause's: "… JAMB offered a reward to anyone who can show a candidate
  // posted outside their town".)
  if ((cues[index] ?? []).some((entry) => entry.cue.from < span.open || /^[\s,;:\u2014\u2013-]*$/u.test(reading.frame.slice(span.close + 1, entry.cue.from)))) return null;
  const [start, end] = reading.sentences[index] ?? [0, 0];
  if (!/^\s*(?:Describing|Calling|Terming|Branding|Labell?ing|Dismissing|Decrying|Hailing)\s[^“”"]{2,120}?\s(?:as|a|an|the|it|them|this)\s*$/u.test(reading.frame.slice(start, span.open))) return null;
  // (The comma inside the quotation marks or after them.)
  const after = /^,?\s*/u.exec(reading.frame.slice(span.close + 1, end));
  if (!after || !(after[0].includes(',') || /,\s*$/u.test(reading.text.slice(span.open, span.close)))) return null;
  return subjectSpeaks(discourse, reading, span.close + 1 + after[0].length, end, 'another sentence');
}

/** "“…” That was the verdict of Ana Roe.": a quotation that ends its sentence, then a sentence saying whose it was. */
function pointedBack(discourse: Discourse, reading: Reading, span: QuoteSpan, index: number): Choice | null {
  const [start, end] = reading.sentences[index + 1] ?? [0, 0];
  if (end <= start || !/^[\s\p{P}]*$/u.test(reading.frame.slice(span.close + 1, start))) return null;
  const sentence = reading.text.slice(start, end).trim();
  const named = thatWasFrom.exec(sentence);
  if (!named?.[1]) return null;
  const at = reading.text.indexOf(named[1], start);
  const reference = at >= 0 ? resolvePhrase(discourse, named[1], null, reading.base + at) : null;
  return reference && reference.kind !== 'anonymous' ? { reference, cue: null, phrase: named[1], route: 'another sentence' } : null;
}

/**
 * The cue of a whole sentence standing between the quotation before (whose speaker was `last`) and this one, naming
 * another entity: the reported speech that turns the paragraph to a new speaker.
 */
function reportedSince(reading: Reading, span: QuoteSpan, cues: Attributed[][], index: number, last: Choice): Attributed | null {
  const before = reading.spans[reading.spans.indexOf(span) - 1];
  if (!before || index <= 0) return null;
  const found = cues[index - 1]?.at(-1);
  const [start] = reading.sentences[index - 1] ?? [0, 0];
  if (!found || found.reference?.kind !== 'entity' || last.reference?.kind !== 'entity' || found.reference.entity === last.reference.entity) return null;
  // (The sentence before holds no quotation of its own and opens after the last one closed.)
  return start > before.close && reading.spans.every((other) => other.open < start || other.open >= (reading.sentences[index]?.[0] ?? 0)) ? found : null;
}

/** A cue in another sentence of the paragraph: the nearest before, else the nearest after. */
function nearestInParagraph(reading: Reading, cues: Attributed[][], index: number): Attributed | null {
  for (let at = index - 1; at >= 0; at--) {
    const found = cues[at]?.at(-1);
    if (found) return found;
  }
  for (let at = index + 1; at < cues.length; at++) {
    const found = cues[at]?.[0];
    // Only a sentence that opens with its speaker ("Roe said …"), not "That was before Roe said …".
    if (found) return /^\s*$/.test(reading.frame.slice(reading.sentences[at]?.[0] ?? 0, found.cue.from)) ? found : null;
  }
  return null;
}

const functionWords = new Set(['and', 'but', 'or', 'nor', 'to', 'that', 'as', 'because', 'if', 'when', 'while', 'which', 'who', 'for', 'from', 'in', 'on', 'at', 'by', 'with', 'after', 'before', 'since', 'until', 'than', 'so', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'these', 'those', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'about', 'over', 'into', 'of', 'not', 'yet', 'then', 'now', 'even', 'despite', 'unless', 'whether', 'where', 'its', 'their', 'his', 'her']);

/** A short term in quotation marks followed straight away by the noun it qualifies: no speech. */
function isTerm(text: string, after: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length > 3 || /[.,!?;:]$/u.test(text.trim())) return false;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(after)?.[1];
  return next !== undefined && !functionWords.has(next) && !speechVerbWords.has(next) && (isLexiconNoun(next) || /^\p{Ll}+-\p{Ll}+$/u.test(next));
}

/** "very experienced", "deeply flawed": an adjective, or an adverb before one, as a speaker's judgement. */
function describes(text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/u);
  // ("not satisfied", "not indefinite": a judgement denied; "sustained and indefinite", "swift and effective": two of them.)
  const judged = (word: string) => lexiconTag(word) === 'ADJ' || (lexiconTag(word) === 'VERB' && /ed$/u.test(word));
  if (words[0] === 'not' && words.length === 2) return judged(words[1] ?? '');
  if (words[0] === 'not' && words.length > 2) return describes(words.slice(1).join(' '));
  if (words.length === 3 && /^(?:and|or)$/u.test(words[1] ?? '')) return judged(words[0] ?? '') && judged(words[2] ?? '');
  // ("the “cold blooded” killers": two words of judgement in a row.)
  if (words.length === 2 && judged(words[0] ?? '') && judged(words[1] ?? '')) return true;
  const last = lexiconTag(words.at(-1) ?? '');
  return words.length === 1 ? last === 'ADJ' : lexiconTag(words[0] ?? '') === 'ADV' && (last === 'ADJ' || (last === 'VERB' && /ed$/u.test(words.at(-1) ?? '')));
}

/** "Remain in Place", "The Long Road Home": a title in quotation marks, not speech. */
function isTitle(text: string): boolean {
  const significant = text.trim().replace(/[,.]$/, '').split(/\s+/).filter((word) => !/^(?:a|an|the|of|in|on|for|and|or|to|at|by|with|from)$/i.test(word));
  return significant.length >= 1 && significant.length <= 6 && significant.every((word) => /^[\p{Lu}\p{N}]/u.test(word)) && !/[!?]$/.test(text.trim());
}

/**
 * "easyJet said", "said eBay chief executive Jane Roe", "Roe squeeZ": a brand written with a small first letter and a
 * capital inside is a name, which the readers of cues and names know by its capital. They read it with its first letter
 * raised (one letter for one, so every offset holds), and the speaker's name gets the brand's own spelling back.
 */
export const camelBrand = /(?<![\p{L}\p{N}'’.@/-])\p{Ll}(?=\p{Ll}{0,12}\p{Lu}[\p{L}]*(?![\p{L}\p{N}@.]\p{L}))/gu;

function brandsCapitalised(frame: string): string {
  return mayHoldCamelBrand(frame) ? frame.replace(camelBrand, (letter) => letter.toUpperCase()) : frame;
}

const camelBrandAt = new RegExp(camelBrand.source, 'uy');
const smallLetter = /\p{Ll}/u;
const capitalLetter = /\p{Lu}/u;

/**
 * Can `camelBrand` match in the text? Each of its matches opens a run of small letters that ends right before a
 * capital, so it is asked only there, from the start of that run. (Read character by character, ASCII decided
 * without a pattern: V8 tries `camelBrand`'s look-behind and classes at every character of a whole page, and most
 * pages, and nearly every paragraph, hold no small letter before a capital.)
 */
export function mayHoldCamelBrand(text: string): boolean {
  let runStart = -1;
  for (let at = 0; at < text.length; ) {
    const point = text.codePointAt(at) as number;
    const character = point < 128 ? '' : String.fromCodePoint(point);
    const small = point < 128 ? point >= 97 && point <= 122 : smallLetter.test(character);
    if (small && runStart < 0) runStart = at;
    else if (!small && runStart >= 0) {
      const capital = point < 128 ? point >= 65 && point <= 90 : capitalLetter.test(character);
      camelBrandAt.lastIndex = runStart;
      if (capital && camelBrandAt.test(text)) return true;
      runStart = -1;
    }
    at += point > 0xffff ? 2 : 1;
  }
  return false;
}

/** The speaker's names with each brand raised by `brandsCapitalised` spelled as the source spells it. */
function brandsRestored(speaker: SpeakerMention, brands: Map<string, string>): SpeakerMention {
  if (brands.size === 0) return speaker;
  const restore = (name: string) => name.replace(/[\p{L}]+/gu, (word) => brands.get(word) ?? word);
  return { ...speaker, name: restore(speaker.name), role: speaker.role && restore(speaker.role), affiliation: speaker.affiliation && restore(speaker.affiliation), aliases: speaker.aliases.map(restore) };
}

function toMention(reading: Reading, span: QuoteSpan, choice: Choice): QuoteMention {
  const speaker = speakerOf(choice.reference);
  return {
    text: reading.text.slice(span.start, span.end),
    start: reading.base + span.start,
    end: reading.base + span.end,
    speaker,
    cue: choice.cue,
    attribution: attributionOf(speaker, choice.phrase ?? null, choice.route),
  };
}

function warn(file: VFile, reading: Reading, span: QuoteSpan, quote: QuoteMention) {
  const line = reading.node.position?.start.line ?? 1;
  const column = (reading.node.position?.start.column ?? 1) + span.start;
  const message = file.message(
    `Unexpected quote without a speaker (“${quote.text.slice(0, 40)}${quote.text.length > 40 ? '…' : ''}”), expected an attribution such as “X said” nearby`,
    {
      place: { start: { line, column, offset: quote.start }, end: { line, column: column + quote.text.length, offset: quote.end } },
      ruleId: 'quote-speaker',
      source: 'casefile',
    },
  );
  message.fatal = false;
}
