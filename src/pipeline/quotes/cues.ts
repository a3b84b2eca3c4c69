// Cues in a sentence frame: a speech verb with the noun phrase that speaks ("the FBI said",
// "said Jane Roe", "according to a council statement"), read only in the reporter's own words.
import { countryNamed, isGivenName } from '../entities/gazetteer.ts';
import { isLexiconNoun, isLexiconWord, lexiconTag } from '../entities/tagger.ts';
import {
  abbreviations,
  isTitleWord,
  documentWords,
  linkingOpeners,
  frontedOpeners,
  monthNames,
  weekdayNames,
  isWeekday,
  familyGroups,
  mediaBackReferences,
  organizationBackReferences,
  organizationWords,
  isParticle,
  isJoinedName,
  isRoleWord,
  kinWords,
  bodyPeople,
  sentenceWords,
  speechVerbs,
  localPeople,
  publicPeople,
  listedFields,
  listedHead,
} from './lexicon.ts';

export interface Cue {
  /** The speech verb or "according to". */
  verb: string;
  /** Offsets of the verb in the frame. */
  start: number;
  end: number;
  /** The speaking noun phrase, e.g. "Jane Roe" or "the agency's statement". */
  phrase: string;
  /** Offsets of the whole cue (phrase and verb) in the frame. */
  from: number;
  to: number;
  /** ", a council spokesperson," after the phrase, when there is one. */
  apposition: string | null;
  /** The words after the verb, e.g. "in a statement". */
  tail: string;
}

/** Speech verbs by word; phrases ("according to") by their first word, with a pattern for the rest. */
const verbs = new Set(speechVerbs.filter((verb) => !verb.includes(' ')));

// The "-ing" forms of the speech verbs ("emphasised" → "emphasising", "replied" → "replying"), for "Roe addressed the
// crisis, emphasising “…”": a participle that takes the sentence's subject. (Not after an article or a possessive:
// "the warning", "his saying".)
const participles = [...new Set(['saying', 'telling', 'reading', ...[...verbs].filter((verb) => verb.endsWith('ed') && verb.length > 4).map((verb) => verb.replace(/ied$/u, 'ying').replace(/ed$/u, 'ing'))])];
// (Nor after an auxiliary: "Roe was responding to a letter addressed to “…”" is a finite verb, not a participle.)
const subjectControl = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:\p{Ll}+ly|then|also|later|again|soon)\s+)?(?:used|took|went\s+on|was\s+quick|were\s+quick|rushed|chose|decided|sought|moved|stepped\s+in|turned\s+to|took\s+to)\b[^.;:\u201C\u201D"]{0,80}?\bto\s+(claim|say|insist|argue|warn|declare|suggest|state|describe|brand|dismiss|accuse|deny|stress|point\s+out|note|write|add|explain|apologi[sz]e|thank|condemn|critici[sz]e|announce|confirm|reveal|vow|promise|urge|defend|spread|share|post|tweet)\b/u;
const progressives = new Set(['urging', 'warning', 'saying', 'insisting', 'demanding', 'pleading', 'claiming', 'alleging', 'reminding', 'advising', 'stressing', 'cautioning']);
const participleCue = new RegExp(`(?<!\\b(?:a|an|the|his|her|its|their|of|for|without|was|were|is|are|be|been|being)\\s)\\b(?:${participles.join('|')})\\b`, 'iu');
const phrases = new Map<string, RegExp[]>();
// Longest first, so that "put it this way" is read whole and not as "put it".
for (const phrase of speechVerbs.filter((verb) => verb.includes(' ')).sort((a, b) => b.length - a.length)) {
  const [first = '', ...rest] = phrase.split(' ');
  phrases.set(first, [...(phrases.get(first) ?? []), new RegExp(`^\\s+${rest.join('\\s+')}(?!\\p{L})`, 'iu')]);
}

const postedDocument = /\b(?:in|on|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:video|statement|post|letter|message|email|note|interview|podcast|clip|release)\s+$/u;

/** Speech verbs in a sentence: a word lookup, not one pattern of a hundred alternatives. */
// A run of letters: one shared pattern read with `exec` (`matchAll` would copy it for every sentence).
const letterRun = /\p{L}+/gu;

/** Verbs of judging, which a passive leaves without the one who judged. */
const judgingVerbs = /^(?:described|branded|called|labell?ed|hailed|dubbed|termed|deemed|characteri[sz]ed)$/u;
/** A passive's auxiliary right before the verb, or before a participle that "and" joins to it ("was taken to hospital, and "). */
const judgedPassive = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}(?:ed|en|ld|ght)\b[^.;:!?\u201C\u201D"]{0,80}?,?\s+and\s+)?$/u;
// A passive, then "and" before the verb: "who was called a “coward” in court and ", "were arrested and ".
const coordinatedPassive = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en|ld|ght)\b[^.;:,!?]{0,80}?\s+and\s+$/u;

function verbsIn(sentence: string): Array<{ text: string; index: number }> {
  const found: Array<{ text: string; index: number }> = [];
  letterRun.lastIndex = 0;
  for (let match = letterRun.exec(sentence); match !== null; match = letterRun.exec(sentence)) {
    const index = match.index;
    if (sentence.charAt(index - 1) === '-' || sentence.charAt(index + match[0].length) === '-') continue;
    const word = match[0].toLowerCase();
    // "Police are urging drivers to …", "Roe is warning that “…”": the progressive of a verb of appeal, warning or claim,
    // as broadcasters report it, is the sentence's verb. (Not "asking" or "telling": "reporters were asking him …", "she was
    // telling friends …" narrate more often than they attribute.)
    if (progressives.has(word) && /(?:^|\s)(?:is|are|was|were|been)\s+(?:(?:also|now|still|again)\s+)?$/iu.test(sentence.slice(Math.max(0, index - 20), index))) {
      found.push({ text: match[0], index });
      continue;
    }
    // ("The suspect fled, per a statement from the Kelby Police Department.", "Per police, …": American shorthand for
    // "according to", after a comma or opening the sentence; not "10 per cent", "per person".)
    if (word === 'per' && /(?:^|[,\u201D"\u2019])\s*$/u.test(sentence.slice(Math.max(0, index - 3), index)) && /^\s+(?:(?:a|an|the)\s|\p{Lu})/u.test(sentence.slice(index + 3, index + 8))) {
      found.push({ text: match[0], index });
      continue;
    }
    // (Most words are no speech verb: the checks below are for those that are.)
    if (!verbs.has(word) && !phrases.has(word)) continue;
    // ("the United States was …": a capitalised word after another is a name's, no verb.)
    if (/^\p{Lu}/u.test(match[0]) && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(sentence.slice(Math.max(0, index - 30), index))) continue;
    // "in an emailed statement", "a written reply": after a determiner the form is an adjective, not a verb.
    // (But "a statement that said …": "that" the relative, after a document.)
    if (/(?:^|\s)(?:a|an|the|his|her|its|their|this|that)\s+$/iu.test(sentence.slice(Math.max(0, index - 8), index)) && !/\b(?:statement|release|letter|e-?mail|post|note|message|notice|memo)\s+that\s+$/iu.test(sentence.slice(Math.max(0, index - 20), index))) continue;
    // "said in a video posted on X", "in a statement emailed to …": a participle after a document is no second cue.
    // ("The board in a statement clarified, “…”": the verb of the sentence, before the words it introduces, when no verb of
    // speech came before the document.)
    if (/ed$/u.test(word) && postedDocument.test(sentence.slice(Math.max(0, index - 40), index)) && !(found.length === 0 && /^\s*(?:[,:]|that\b)/u.test(sentence.slice(index + word.length, index + word.length + 6)))) continue;
    // ("… were “disappointed” about the problems highlighted.": a participle closing the sentence after its noun, no quotation
    // right before them, tells which problems; not "“…,” the minister added.")
    if (/ed$/u.test(word) && /^\s*(?:[.;!?]|$)/u.test(sentence.slice(index + word.length, index + word.length + 3))) {
      const before = sentence.slice(0, index);
      const noun = /(?:^|\s)(?:the|these|those|its|their|his|her)\s+\p{Ll}[\p{Ll}-]+\s+$/u.exec(before);
      if (noun && !/[,\u201D"’]\s*$/u.test(before.slice(0, noun.index))) continue;
    }
    // ("After multiple reports swirled …", "amid conflicting claims": after a word of number or kind, a plural noun.)
    if (/s$/u.test(word) && /(?:^|\s)(?:multiple|several|many|some|numerous|conflicting|unconfirmed|recent|earlier|initial|media|news|press|these|those|such|other)\s+$/iu.test(sentence.slice(Math.max(0, index - 16), index))) continue;
    // "the unions' demands", "the minister's claims": after a possessive the form is a noun.
    if (/\p{L}(?:['’]s|s['’])\s+$/u.test(sentence.slice(Math.max(0, index - 4), index)) && /s$/u.test(word)) continue;
    const after = sentence.slice(index + word.length, index + word.length + 20);
    // "a group called Kravcorp: “…”", "a firm calling itself Roe Ltd": naming, not speaking.
    if (/^call(?:ed|ing|s)$/u.test(word) && /^\s+(?:itself\s+|themselves\s+)?\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,3}\s*[:,]?\s*$|^\s+(?:itself|themselves)\b/u.test(sentence.slice(index + word.length, index + word.length + 50).replace(/[\u201C"\u2018'].*$/su, ''))) continue;
    // ("the agency has not disclosed any “concrete evidence”", "he never said": a speech verb denied says nothing; the words
    // quoted are another's, the sentence's speaker's or the reporter's.)
    if (negatedBefore.test(sentence.slice(Math.max(0, index - 30), index))) continue;
    const rest = phrases.get(word)?.map((pattern) => pattern.exec(after)?.[0]).find(Boolean);
    if (rest) found.push({ text: match[0] + rest, index });
    else if (verbs.has(word)) found.push({ text: match[0], index });
  }
  return found;
}

const pagedPost = String.raw`((?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:post|message|statement|update|tweet|video)\s+(?:on|to)\s+[^,.;:“”"]{3,80}?\s+(?:page|account|feed|channel|profile|website|handle))`;
const pagedPostAfter = new RegExp(String.raw`^\s*${pagedPost}(?=[\s,.;:]|$)`, 'u');
const pagedPostBefore = new RegExp(String.raw`(?:^|\s)${pagedPost}\s*$`, 'u');
const dashedAside = /\s[–—-]\s[^–—“”"]{3,120}?\s[–—-]\s*$/u;
const describedVoice = /^\s*((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:man|woman|person)|press (?:officer|secretary))\s+(?:at|for|of|with|from)\s+[^,.;:"“”\u2026]{3,80}),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?=\s*(?:[.,;!?]|$)|\s+(?:on|last|this|early|late)\s)/u;
const negatedBefore = /(?:\bnot|n['’]t|\bnever)\s+(?:(?:yet|ever|even|publicly|officially|formally|immediately|specifically|directly)\s+)?$/iu;

const determiners = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'one', 'two', 'three', 'several', 'multiple', 'some', 'many', 'other', 'another']);
const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Words that never stand inside a noun phrase, so "that was how" is no "a local teacher". */
const clauseWords = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'how', 'what', 'why', 'where', 'when', 'who', 'whom', 'whose', 'which', 'whether', 'if', 'than', 'as', 'so', 'not', 'there']);
const modifiers = new Set([
  'national', 'federal', 'state', 'local', 'senior', 'former', 'own', 'top', 'foreign', 'public',
  'defense', 'defence', 'justice', 'health', 'international', 'military', 'new', 'unnamed', 'anonymous',
  'written', 'joint', 'brief', 'separate', 'earlier', 'later', 'latest', 'original', 'exclusive', 'white',
  'house', 'law', 'enforcement', 'border', 'immigration', 'city', 'county', 'regional', 'district',
  'officials', 'official', 'sources', 'source', 'people', 'us', 'u.s.', 'western', 'administration',
]);
// ("The SNP leader at first said", "Roe in turn said", "the minister at one point told": a phrase of sequence as adverbs are.)
const adverbs = /(?:\s+(?:at\s+first|at\s+one\s+point|in\s+turn|in\s+reply|in\s+response|also|then|later|yesterday|today|tonight|previously|has|had|have|would|will|once|again|recently|earlier|further|separately|simply|repeatedly|was|were|is|publicly|privately|reportedly|initially|originally|first|last|directly|specifically|explicitly|only|never|did|does|do|not|since|are))+\s*$/iu;

const whenBeforeVerb = new RegExp(`(?<=[\\p{L})])\\s+(?:(?:early|late)\\s+)?(?:on|last|this|earlier|later)\\s+(?:(?:${weekdayNames})|(?:\\d{1,2}\\s+)?(?:${monthNames})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${monthNames})|week|month|year|night|morning|evening|afternoon|weekend)(?:\\s+(?:morning|afternoon|evening|night))?\\s*$`, 'u');

// ("A GMP statement at 10pm on Friday said", "the ministry shortly after 9 a.m. said": a clock time between the speaker and
// the verb.)
const clockBeforeVerb = /(?<=[\p{L})])\s+(?:(?:shortly|just)\s+)?(?:at|around|about|after|before)\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|hours|GMT|BST|local\s+time)?\s*$/u;

// ("Roe on his Tweeter page, said", "Roe on Facebook said": where the words were posted, between the speaker and the verb.)
const whereBeforeVerb = /(?<=\p{L})\s+(?:on|in|via|through)\s+(?:(?:(?:his|her|its|their|the|a|an)\s+(?:(?:official|verified|personal|own)\s+)?(?:[\p{L}-]+\s+){0,2}(?:page|account|handle|feed|blog|channel|timeline|website|site|profile|post|wall))|Facebook|Twitter|X|Instagram|LinkedIn|Telegram|TikTok|Threads|Bluesky|YouTube|WhatsApp)\s*,?\s*$/u;

// ("Roe at a press conference said", "the minister during a visit to Roeville said", "the minister in her scathing attack
// said": the occasion of the words, between the speaker and the verb.)
const occasionBeforeVerb = /(?<=\p{L})\s+(?:at|in|during|after)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:conference|briefing|meeting|rally|event|ceremony|hearing|session|interview|speech|address|forum|summit|launch|debate|visit|tour|attack|remarks|response|reply|rebuttal|reaction|tirade|outburst|testimony)(?:\s+(?:in|at|on|with|to|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?\s*,?\s*$/u;

// (", from Leeds,", ", of Okmulgee, Oklahoma,": where someone comes from, between the name and the verb; ", R-Mont.,": a
// member's party and state, as American papers write them.)
const asides = /,\s*(?:(?:in|on|at|during|however|meanwhile|though|too|also|moreover|speaking|writing|responding|addressing|asked|for (?:his|her|its|their) part)(?![\p{L}\p{N}])[^,\u2026]*|(?!according\b)\p{Ll}{3,}ing(?![\p{L}\p{N}])[^,\u2026]*|\d{1,3}|(?:from|of) (?:the )?\p{Lu}[\p{L}'’. -]{1,60}(?:,\s*\p{Lu}[\p{L}'’. -]{1,40}){0,2}|(?:seen|obtained|reviewed|verified) by [^,\u2026]{2,60}|[RDI]-\p{Lu}[\p{L}.]{1,12}(?:\s\p{Lu}[\p{L}.]{1,12}){0,2}|(?:pictured|(?:pictured )?(?:left|right|above|below|centre|center|inset))(?: \p{Ll}+)?|for (?:the|a|an) \p{Ll}[\p{L}'’ -]{1,40}|with (?:\p{Ll}+ )?(?:responsibility|oversight|a brief) (?:for|of) [^,\u2026]{2,80})\s*,?\s*$/iu;

const connectives = 'however|meanwhile|moreover|though';
const unclosedConnective = new RegExp(`^,\\s*(?:${connectives})\\s+(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,4}|he|she|they)\\s*$`, 'u');
const connective = new RegExp(`^(?:${connectives})$`, 'u');

/**
 * (Not "…, in an outbreak that the WHO called": no comma closes it, and a relative clause inside holds the subject;
 * nor "On Wednesday, Kestrel's chief": a capitalised name ending in "-ing" is no "speaking", "adding" aside.)
 */
function isAside(aside: string): boolean {
  if (!/,\s*$/u.test(aside)) {
    if (/\s(?:that|which|who|whom|where)\s/u.test(aside)) return false;
    // ("However, in his address he said": no comma closes the phrase, and the subject it opens for ends it.)
    if (/^,\s*(?:in|at|during)\s/u.test(aside) && /\s(?:he|she|they)\s*$/u.test(aside)) return false;
    // ("…, however Kelby Council say": a connective with no comma after it opens a clause, whose subject it ends in.)
    if (unclosedConnective.test(aside)) return false;
  }
  // ("On Wednesday, managing director Jane Roe": a participle before a role opens the subject's title, no aside.)
  const participle = /^,\s*\p{Ll}{3,}ing\s+(\p{L}+)/u.exec(aside);
  if (participle?.[1] && isRoleWord(participle[1].toLowerCase())) return false;
  return !/^,\s*\p{Lu}\p{Ll}*ing(?![\p{L}\p{N}])/u.test(aside) || /^,\s*(?:Speaking|Writing|Responding|Addressing)\b/u.test(aside);
}

/** Verbs whose following words are a listener or an object ("told CNN", "called it"), not the speaker. */
const objectVerbs = /^(?:told|tells|asked|asks|urged|urges|called|calls|described|describes|read|reads|labell?ed|branded|termed|dismissed|characteri[sz]ed|reported|reports)$/;
const closesQuote = /[\u201D\u2019"'][\s,]*$/u;

/**
 * "…,” said Roe", "Said Roe:", "So said Roe", "The plan, said Roe, …": the speaker follows the verb only
 * after a mark, at the start or after "so". After a word the subject was left out ("Roe called it “…” and
 * said the council had …"), and what follows is the verb's object.
 */
function speakerFollows(verb: string, before: string, after = ''): boolean {
  // ("“I played her a couple times, “ noted Roe": a closing mark typed as an opening one, after the quotation's comma.)
  if (!/(?:^|[\u201D\u2019"',;:\u2014\u2013(\u2026-]|[,\u2026]\s?\u201C)\s*$/u.test(before) && !/^\s*(?:(?:or\s+)?so|thus|also)\s*$/iu.test(before)) return false;
  // "“…,” reads a statement from the ministry": what reads is the document, and its author speaks.
  // ("“…,” read the Kelby Port Authority's statement": the owner's name before it.)
  // ("“…,” read part of the statement from the body", "read in part a notice by …": a part of it reads as the whole does.)
  // ("“…,” read a Sunday evening statement attributed to …": two words may tell the document's kind or time.)
  if (/^reads?$/u.test(verb) && /^\s+(?:in\s+part\s+|(?:in\s+)?part\s+of\s+|an?\s+excerpt\s+(?:of|from)\s+|a\s+portion\s+of\s+)?(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:\p{L}+\s+){0,2}|(?:\p{Lu}[\p{L}&.-]*\s+){0,4}\p{Lu}[\p{L}&.-]*['’]s?\s+(?:\p{Ll}+\s+)?)(?:statement|letter|note|post|message|release|notice|sign)\b/u.test(after)) return true;
  // ("…, challenger Jan Poe still ended up 19 votes ahead, reported Jane Roe.": after a comma, "reported" and a name
  // that ends the sentence is inverted too; "reported two deaths" has its object.)
  // ("“…,” reported Kelby News’ Jane Roe.": right after a quotation too.)
  if (/^reported$/u.test(verb) && (/,\s*$/u.test(before) || closesQuote.test(before)) && /^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*\.(?:\s|$)/u.test(after)) return true;
  // "“…?” asked Roe": right after a quote, "asked" is inverted too; so is "urged" ("“…,” urged Dr Jane Roe, the county's
  // health officer"), where "urged" with its object would go on to what is urged ("urged residents to …").
  // ("“…,” described Department of Water spokesperson, Jane Roe.": so is "described" before a capitalised name and its role.)
  return !objectVerbs.test(verb) || (/^ask/.test(verb) && closesQuote.test(before)) || (/^urged$/.test(verb) && closesQuote.test(before) && urgedName.test(after)) || (/^described$/.test(verb) && closesQuote.test(before) && describedName.test(after) && !/^\s+\p{Lu}[^,.;:]*\sas\s/u.test(after));
}

/** A courtesy title that may stand before the name an inverted verb is followed by. */
const courtesy = String.raw`(?:(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov)\.?\s+)?`;
/** "“…,” urged Dr Jane Roe, …": a name of up to four capitalised words, then a comma or a stop. */
const urgedName = new RegExp(String.raw`^\s+${courtesy}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s*(?:[,.]|$)`, 'u');
/** "“…,” described Department of Water spokesperson, Jane Roe.": a capitalised name and its role, up to a comma or a stop. */
const describedName = new RegExp(String.raw`^\s+${courtesy}\p{Lu}[^,.;:\u201C\u201D"]{0,80}?(?:[,.]|$)`, 'u');

/** "put it to a vote", "put it on hold": "put it" moving a thing, not putting words. */
const puttingAway = /^\s+(?:to\s+(?:a|the)\s+(?:vote|test|ballot)|on\s+(?:hold|ice|the\s+(?:table|agenda|market))|in\s+(?:place|motion|storage)|into|back|aside|forward|together|down|off|out|up|away|through|behind)\b/iu;

/** "In Roe’s words,", "in her own words": the speaker stands before "words". */
const inOwnWords = /(?<!\p{L})[Ii]n\s+(his|her|their|its|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?)\s+(?:own\s+)?words(?!\p{L})(?!\s+of\b)/gu;

function ownWords(sentence: string, start: number): Cue[] {
  return [...sentence.matchAll(inOwnWords)].map((match) => {
    const from = start + (match.index ?? 0);
    const phrase = (match[1] ?? '').replace(/['’]s?$/, '');
    return { verb: 'in the words of', start: from, end: from + match[0].length, phrase, from, to: from + match[0].length, apposition: null, tail: '' };
  });
}

// ("“…,” Roe, one of the workers told PM News": after the quotation, a single name too.)
const appositionChain = /^\s*(?:[\u201C"]\u2026+[,.!?]?[\u201D"]\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),((?:\s+[^,;:\u2026\u201C\u201D"]{2,60},){1,4})\s*$/u;
// ("Detective Senior Sergeant Paul Roe, Area Manager: Investigations in Kelby says": a rank of three words before the name,
// and a title's field after a colon.)
// ("Jane Roe, 20, a research assistant said": an age between commas after the name, then the apposition.)
const unclosedApposition = /^\s*(?:[\u201C"]\u2026+[,.!?]?[\u201D"]\s*)?((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,5}))(?:,\s+\d{1,3})?,\s+((?:[^,;:\u2026\u201C\u201D"]|:(?=\s+\p{Lu})){3,140}?)\s*$/u;

// The subject of a clause reported after "say" or "said (that)", a name of one to three words before its verb, up to the comma
// before a participle: " Aoki has confessed to killing one of the officers, " (not a passive, "Roe was detained", whose subject
// did not act).
const reportedSubject = /^\s+(?:that\s+)?((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:has|had|have|would|will|\p{Ll}{2,}ed)\b[^\u201C\u201D"]*,\s*$/u;

const seenSpeaking = /\b(?:shows?|showed|showing|heard|hears?|saw|sees?|seen|filmed|recorded|captured|caught)\s+(?:[\p{L}'’-]+\s+){0,6}?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+$/u;

/** "… a statement to reporters, which": a written statement, then the relative that stands for it. */
const documentBefore = /\b(?:statement|release|letter|email|e-mail|post|note|message|memo|notice|response|reply)\b[^.;:\u201C\u201D"]{0,60},?\s*(?:which|that)\s*$/iu;

const linkingOpening = new RegExp(`^\\s*(?:(?:\\p{L}+ly|${linkingOpeners}),?\\s+)*`, 'u');

/** The noun phrase a clause opens with, after a linking adverb ("Still,", "Finally,"), when a verb follows it. */
function subjectOf(clause: string): { phrase: string; from: number; to: number; apposition: string | null } | null {
  // ("In response to the fine, the hospital issued this statement:": past a phrase set before the subject.)
  const linking = linkingOpening.exec(clause)?.[0].length || frontedClause.exec(clause)?.[0].length || 0;
  const phrase = forwardPhrase(clause.slice(linking));
  if (!phrase.phrase || /^(?:it|this|that|there|these|those|they|we|i|you)$/iu.test(phrase.phrase)) return null;
  const next = /^[\s,]*(\p{Ll}+)/u.exec(clause.slice(linking + phrase.length))?.[1] ?? '';
  const tag = lexiconTag(next);
  if (tag !== 'VERB' && tag !== 'AUX') return null;
  return { phrase: phrase.phrase, from: linking, to: linking + phrase.length, apposition: phrase.apposition };
}

/** "In response to the fine, ", "After the hearing, ", "Earlier, ": a phrase set before the subject of the clause. */
const frontedClause = new RegExp(`^(?:${frontedOpeners}|after|before|following|earlier|later|last|this|responding|reacting|addressing)\\b[^,;:“”"]{0,60},\\s+`, 'iu');

/** "Jones disagreed: “…”": any verb before a colon that opens a quote introduces it. */
const colonVerb = /(?<![\p{L}-])(\p{Ll}{3,}(?:\s+(?:up|out|back|in))?)\s*:\s*(?=[\u201C"\u2018'])/gu;

/** "read (aloud) from Jane Roe's letter": the owner of the document read out. */
const readFromDocument = /^\s+(?:(?:out|aloud)\s+)?from\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)(?:['’]s|(?<=s)['’])\s+(?:(?:\p{Ll}+\s+)?(?:statement|letter|email|e-mail|message|note|post|testimony|diary|affidavit))\b/u;

const ownedClaim = /(?<![\p{L}'’])((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s+(claims?|line|assertion|insistence|argument|warnings?|promise|pledge|remarks?|comments?|accusations?|suggestion|boast|admission|description)\s+(?:[^.;:,\u2026\u201C\u201D"]{0,50}?\s)?that(?=\s)/gu;

// Verbs that report speech only beside the words they report ("“…,” Roe continued", "Roe went on: “…”", "“…,” PM Roe
// shared"): elsewhere they tell that something lasted or was held ("Cancellations have continued today, the spokesman
// said", "the strike went on for a week", "police believed the fire was started deliberately").
// ("“Where is the evidence?” he questioned", "“…?” she queried": a question put, beside its words.)
const besideWordsOnly = new Set(['continued', 'continues', 'went on', 'shared', 'believed', 'questioned', 'queried', 'relayed', 'conveyed', 'expressed', 'listed', 'defended', 'defends']);

/** A quotation closes right before the verb's clause, or opens (or a colon announces it) right after the verb or in its clause. */
function besideWords(frame: string, at: number, length: number): boolean {
  // ("Roe went on to hail it the ‘best day of his life’": the words in the clause the verb goes on to.)
  // ("The statement continued that “…”": a "that" between.)
  // ("he expressed concern, “…”": a word or two in small letters, what was expressed, before the comma that opens them.)
  // ("Roe has defended the commitment to Harrow as “level-headed and wise”": the object, then "as" and the words.)
  if (/^\s*(?:that\s+)?(?:[:,]\s*)?[\u201C"\u2018']|^\s*:\s*$|^\s+to\s+[^,;.!?\u201C\u201D"]{0,50}[\u201C"\u2018]|^\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*[,:]\s*[\u201C"]|^\s+[^,;.!?\u201C\u201D"]{1,60}?\sas\s+[\u201C"\u2018]/u.test(frame.slice(at + length, at + length + 90))) return true;
  return /[,.!?\u2026][\u201D"\u2019']\s*,?\s*[^\u201C\u201D".!?]{0,60}$/u.test(frame.slice(Math.max(0, at - 90), at));
}

/** Every cue in the sentence [start, end) of a frame. */
// ("It issued a categorical denial that there were “any plans to close the hospital”": a denial's clause before its words.)
const issuedStatement = /\b(?:issued|released|put out|posted|published|shared|sent out)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:statement|message|response|reply|denial)(?:\s+that\s+[^\u201C\u201D".!?]{0,80}?)?\s*[,:]?\s*(?=[\u201C"\u2018])/u;
// ("…, with the Police indicating, “…”", "with police adding that …": an article, or a body named in small letters, too.)
const withSubject = /\bwith\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}|(?:the\s+)?(?:police|officials|authorities|ministry|government|company|council|department|agency|club|court|union)\s+)$/u;
const adverbBefore = /\s+(?:\p{Ll}+ly|earlier|later|also|then|again|now|yesterday|today)\s*$/u;

const pluralNouns = new Set(['reports', 'claims', 'comments', 'notes', 'replies', 'remarks', 'answers', 'responds', 'tweets', 'posts', 'warns', 'statements']);
const determinedNoun = /(?:^|\s)(?:the|a|an|these|those|his|her|its|their|our|such|any|no|some|many|several|two|three)\s+(?:\p{Ll}[\p{Ll}-]+\s+)?$/u;

export function cuesIn(frame: string, from: number, end: number): Cue[] {
  const cues: Cue[] = [];
  // ("4:32pm - Kelby local Sam Roe went down to the park and said …": a live page's entry opens on its time; the sentence
  // starts after it.)
  const stamp = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—:|]\s+(?=\p{Lu})/iu.exec(frame.slice(from, Math.min(end, from + 20)));
  const start = from + (stamp?.[0].length ?? 0);
  const sentence = frame.slice(start, end);
  // ("Roe attributed many of the new reports to “…”": a verb's form that is also a plural noun, after an article and a
  // word perhaps, is the noun.)
  const matches = verbsIn(sentence).filter((match) => (!besideWordsOnly.has(match.text.toLowerCase()) || besideWords(frame, start + match.index, match.text.length)) && !(pluralNouns.has(match.text) && determinedNoun.test(sentence.slice(0, match.index))));
  // Most sentences hold no colon: skip the costly pattern for them.
  for (const match of sentence.includes(':') ? sentence.matchAll(colonVerb) : []) {
    const at = match.index ?? 0;
    // "Still, Roe is optimistic about the return leg: “…”", "Roe referred to the fitness of his players: “…”": a noun
    // before the colon is no verb; the sentence's subject introduces the quotation.
    const word = (match[1] ?? '').split(/\s+/u)[0] ?? '';
    const determined = /(?:^|\s)(?:the|a|an|his|her|its|their|our|this|that|these|those|of|about)\s+(?:\p{Ll}+\s+)?$/u.test(sentence.slice(0, at));
    // ("the hospital issued this statement:", "the club released the following statement:": a document the subject issued.)
    if ((lexiconTag(word) === 'NOUN' || determined) && (!documentWords.has(word) || /\b(?:a|an|the|his|her|its|their|this|following)\s+(?:\p{Ll}+\s+)?$/u.test(sentence.slice(0, at))) && !matches.some((known) => known.index < at)) {
      // ("Meanwhile, it made this appeal: “…”", "She had a message for fans: “…”": a pronoun before words of speech.)
      const spoken = /^(?:appeal|plea|message|warning|call|request|promise|pledge|advice|reply|response|answer|assurance|vow)$/u.test((match[1] ?? '').split(/\s+/u).at(-1) ?? '');
      const pronoun = spoken ? /^((?:he|she|it|they))\s+(?:also\s+|then\s+|later\s+)?(?:made|had|issued|gave|sent|offered|added|repeated)\b/iu.exec(sentence.slice(linkingOpening.exec(sentence)?.[0].length ?? 0)) : null;
      const subject = subjectOf(sentence.slice(0, at)) ?? (pronoun?.[1] ? { phrase: pronoun[1].toLowerCase(), from: (linkingOpening.exec(sentence)?.[0].length ?? 0), to: (linkingOpening.exec(sentence)?.[0].length ?? 0) + pronoun[1].length, apposition: null } : null);
      if (subject) cues.push({ verb: 'colon', start: start + at + (match[0].indexOf(':')), end: start + at + match[0].indexOf(':') + 1, phrase: subject.phrase, from: start + subject.from, to: start + subject.to, apposition: subject.apposition, tail: '' });
      continue;
    }
    // "Roe said at a news conference outside the courthouse:": the speech verb before introduces the quote, not "courthouse".
    if (matches.some((known) => known.index < at)) continue;
    // "put it this way:": the colon ends a speech verb already read.
    if (!matches.some((known) => known.index <= at && at < known.index + known.text.length)) matches.push({ text: match[1] ?? '', index: at });
  }
  // ("Roe appeared before reporters and praised the season of Real Madrid: “…”": a name before the colon, no verb.)
  if (matches.length === 0 && cues.length === 0 && sentence.includes(':')) {
    const named = /\p{Lu}[\p{L}'’-]*\s*:\s*(?=[\u201C"\u2018'])/u.exec(sentence);
    const subject = named && (named.index ?? 0) > 0 ? subjectOf(sentence.slice(0, named.index)) : null;
    const colon = named ? (named.index ?? 0) + named[0].indexOf(':') : -1;
    if (subject && colon > subject.to) cues.push({ verb: 'colon', start: start + colon, end: start + colon + 1, phrase: subject.phrase, from: start + subject.from, to: start + subject.to, apposition: subject.apposition, tail: '' });
  }
  matches.sort((a, b) => a.index - b.index);
  if (sentence.includes('words')) cues.push(...ownWords(sentence, start));
  // "the agency quoted one witness as saying": whoever is quoted speaks, not the one quoting.
  // (Gated on the words and marks each pattern needs: `matchAll` copies its pattern for every sentence asked.)
  for (const quoted of sentence.includes('quoted') ? sentence.matchAll(/\bquoted\s+(?!by\s)((?:[\p{L}\p{N}.,'’-]+\s+){0,10}?[\p{L}\p{N}.'’-]+),?\s+as\s+(?:saying|telling|adding|writing)\b/gu) : []) {
    const from = start + (quoted.index ?? 0) + quoted[0].indexOf(quoted[1] ?? '');
    // ("the paper quoted Jane Roe, one of the relatives of a trapped miner, as saying": the name, and what the commas
    // set off describes it, as after "said".)
    const whole = quoted[1] ?? '';
    const read = whole.includes(', ') ? forwardPhrase(` ${whole}`).phrase : null;
    // (Not a title before the name it is given, "quoted Health Minister, Dr. Jane Roe, as saying": a description opens in
    // small letters or with an age.)
    const named = read && whole.startsWith(`${read}, `) && /^[\p{Ll}\p{N}]/u.test(whole.slice(read.length + 2)) ? read : null;
    cues.push({ verb: 'quoted as saying', start: start + (quoted.index ?? 0), end: start + (quoted.index ?? 0) + 6, phrase: named ?? whole, from, to: start + (quoted.index ?? 0) + quoted[0].length, apposition: named ? whole.slice(named.length + 2).replace(/^\d{1,3}(?:,\s*|$)/u, '') || null : null, tail: '' });
  }
  // "“…,” the Daily Monitor quotes Jane Roe, the ministry's spokesperson": right after the words, the one an outlet quotes
  // speaks (not "quoted Roe as saying", read above).
  for (const quotes of sentence.includes('quote') ? sentence.matchAll(/[\u201D"’],?\s+(?:[^.;:\u201C\u201D"]{0,60}?\s)?(?:quotes|quoted)\s+(?=\p{Lu})/gu) : []) {
    const from = start + (quotes.index ?? 0) + quotes[0].length;
    const after = forwardPhrase(frame.slice(from, end));
    if (!after.phrase || /^\s*,?\s*as\s+(?:saying|telling|adding|writing)\b/u.test(frame.slice(from + after.length, end))) continue;
    cues.push({ verb: 'quoted', start: from - 7, end: from, phrase: after.phrase, from, to: from + after.length, apposition: after.apposition, tail: '' });
  }
  // ("The crews were described as responding “magnificently” by Fire Authority chairman David Roe", "The plan was branded
  // “a disgrace” by council leader Jane Roe": a verb of judging in the passive, then the one who judged after "by".)
  for (const passive of sentence.includes(' by ') ? sentence.matchAll(/\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(?:described|branded|called|labell?ed|hailed|dubbed|termed|deemed|characteri[sz]ed)\s+(?:as\s+)?[^.;:\u201C\u201D"]{0,40}?[\u201C"][^\u201C\u201D"]{1,200}[\u201D"],?\s+by\s+(?=\p{L})/gu) : []) {
    const from = start + (passive.index ?? 0) + passive[0].length;
    const after = forwardPhrase(frame.slice(from, end));
    if (!after.phrase) continue;
    cues.push({ verb: 'by', start: from - 3, end: from, phrase: after.phrase, from, to: from + after.length, apposition: after.apposition, tail: '' });
    // (The verb's subject is what was judged, who spoke is the one after "by".)
    const judged = matches.findIndex((match) => match.index >= (passive.index ?? 0) && match.index < (passive.index ?? 0) + passive[0].length);
    if (judged >= 0) matches.splice(judged, 1);
  }
  // "In it, Roe was quoted as saying: “…”": the subject of the passive speaks.
  // ("Roe was quoted by the daily as saying": not the outlet that quotes.)
  // ("“…,” Roe was quoted saying.": "as" left out.)
  // ("“…,” the teacher was quoted.": the words before it, "as saying" left out too.)
  // ("“…,” Roe was heard telling supporters before he was arrested", "Roe could be heard saying: “…”": the one heard speaks.)
  for (const passive of sentence.includes('quoted') || sentence.includes('heard') ? sentence.matchAll(/\b(?:was|were|is|are|has been|had been|could be|can be)\s+(?:\p{Ll}+ly\s+)?(?:quoted(?:\s+(?:by\s+(?:[\p{L}\p{N}.'’-]+\s+){1,6}?)?(?:as\s+)?(?:saying|telling|adding|writing)\b|(?=\s*[.;]?\s*$))|heard\s+(?:saying|telling|shouting|asking|yelling|chanting|screaming)\b)/gu) : []) {
    // (After an opening phrase, "In it, Roe was quoted …", the subject follows its comma.)
    const before = sentence.slice(0, passive.index ?? 0);
    // ("“…,” Roe was quoted by the daily as saying": after the quotation, whose closing mark ends the opening.)
    const closing = Math.max(before.lastIndexOf('\u201D'), before.lastIndexOf('"'));
    if (!/saying|telling|adding|writing|shouting|asking|yelling|chanting|screaming/u.test(passive[0]) && !/[,.!?\u2026][\u201D"’]\s*,?\s*[^\u201C\u201D".!?]{0,60}$/u.test(before)) continue;
    const comma = before.includes(', ') ? before.lastIndexOf(', ') + 2 : closing >= 0 ? closing + 1 : 0;
    const found = subjectOf(sentence.slice(comma));
    const subject = found && { ...found, from: found.from + comma, to: found.to + comma };
    if (subject) cues.push({ verb: passive[0].includes('heard') ? 'heard saying' : 'quoted as saying', start: start + (passive.index ?? 0), end: start + (passive.index ?? 0) + passive[0].length, phrase: subject.phrase, from: start + subject.from, to: start + subject.to, apposition: subject.apposition, tail: '' });
  }
  // "In a prepared statement, Tern Air, which flies as Coastal Link, issued a statement, “…”": who issued it speaks.
  if (cues.length === 0 && matches.length === 0 && /statement|message|response|denial/u.test(sentence)) {
    const issued = issuedStatement.exec(sentence);
    const head = issued ? sentence.slice(0, issued.index) : '';
    const opener = /^\s*(?:in|on|at|after|before|later|earlier|meanwhile|late|early)\b[^,]{0,60},\s*/iu.exec(head)?.[0].length ?? 0;
    const subject = issued ? forwardPhrase(head.slice(opener)) : null;
    if (issued && subject?.phrase && /^\p{Lu}/u.test(subject.phrase)) {
      const at = start + (issued.index ?? 0);
      cues.push({ verb: 'issued a statement', start: at, end: at + issued[0].length, phrase: subject.phrase, from: start + opener, to: at + issued[0].length, apposition: subject.apposition, tail: '' });
    }
  }
  // "Roe stated, quoting Corps Marshal Jane Poe (rtd), “…”": the one quoted speaks.
  if (sentence.includes('quoting')) {
    for (const quoting of sentence.matchAll(/(?:^|,)\s*quoting\s+(?=\p{Lu}|(?:the|a|an|his|her|its|their)\s)/gu)) {
      const from = start + (quoting.index ?? 0) + quoting[0].length;
      const after = forwardPhrase(frame.slice(from, end));
      if (after.phrase && !documentWords.has(after.phrase.split(/\s+/u).at(-1)?.toLowerCase() ?? '')) cues.push({ verb: 'quoting', start: from - 8, end: from, phrase: after.phrase, from, to: from + after.length, apposition: after.apposition, tail: '' });
    }
  }
  // "Raghunathan's line that “…”", "Ibarra's claim at Wednesday's press conference that the club received “…”": what
  // a claim, a line or a warning says is its owner's.
  if (sentence.includes('that')) {
    for (const owned of sentence.matchAll(ownedClaim)) {
      const from = start + (owned.index ?? 0);
      const verb = owned[2] ?? '';
      cues.push({ verb, start: from + owned[0].indexOf(verb, (owned[1] ?? '').length), end: from + owned[0].indexOf(verb, (owned[1] ?? '').length) + verb.length, phrase: owned[1] ?? '', from, to: from + owned[0].length, apposition: null, tail: '' });
    }
  }
  // "Roe: “We will not resign.”": a name and a colon before the quotation, as headlines and summaries write it.
  // ("Group chair Jane Roe: “…”": a title's words in lower case may stand among the name's.)
  // ("EL PAÍS political correspondent Lucía Abellán: “…”": an outlet's name and a role in small letters before the name;
  // a word in small letters is a role's, or stands right before one.)
  // ("Jane Roe (Kelby United manager): “…”": the role in brackets between the name and the colon.)
  const headed = /^\s*(\p{Lu}[\p{L}'’.-]*\s+(?:[\p{L}'’.-]+\s+){0,5}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+)\s*(?:\(([^()\u201C\u201D"\u2026]{2,60})\)\s*)?:\s*(?=[\u201C"\u2018'])/u.exec(sentence);
  const headWords = headed?.[1]?.split(/\s+/u) ?? [];
  const titled = headWords.length > 0 && headWords.every((word, at) => /^\p{Lu}/u.test(word) || isRoleWord(word) || isRoleWord(headWords[at + 1] ?? '')) && (headWords.length <= 5 || headWords.some((word) => isRoleWord(word)));
  if (headed?.[1] && titled && !sentenceWords.has(headed[1].toLowerCase()) && matches.length === 0) {
    cues.push({ verb: 'colon', start: start + headed[0].lastIndexOf(':'), end: start + headed[0].lastIndexOf(':') + 1, phrase: headed[1], from: start, to: start + headed[0].length, apposition: headed[2] ?? null, tail: '' });
  }
  // "Roe on the late hit: “…”": a round-up's name and topic before the colon.
  // (A noun of the topic that reads as a verb, "on the ruling:", says nothing: the topic runs to the colon.)
  const topical = headed ? null : /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+on\s+[^:“”"]{2,80}:\s*(?=[“"‘'])/u.exec(sentence);
  // (Not "Pressed on when the plan would work, he said: “…”": a verb of speech before the colon is the cue.)
  if (topical?.[1] && !sentenceWords.has(topical[1].toLowerCase()) && matches.every((known) => known.index >= (topical[0]?.length ?? 0))) {
    matches.length = 0;
    cues.push({ verb: 'colon', start: start + topical[0].lastIndexOf(':'), end: start + topical[0].lastIndexOf(':') + 1, phrase: topical[1], from: start, to: start + topical[0].length, apposition: null, tail: '' });
  }
  // ("Later in the day, Roe shared a statement from Ana Poe, the player's agent:": whose statement it is speaks in the
  // quotation that follows, not the one who passes it on.)
  const passedOn = /:\s*$/u.test(sentence) ? /\b(?:a|the|this|their|his|her)\s+(?:[\p{Ll}-]+\s+)?(?:statement|message|letter|response|note)\s+(?:from|by)\s+(?=\p{Lu})/u.exec(sentence) : null;
  if (passedOn) {
    const from = start + (passedOn.index ?? 0) + passedOn[0].length;
    const after = forwardPhrase(frame.slice(from, end));
    if (after.phrase) {
      matches.length = 0;
      cues.push({ verb: 'statement from', start: start + (passedOn.index ?? 0), end: from, phrase: after.phrase, from, to: from + after.length, apposition: after.apposition, tail: '' });
    }
  }
  // "Statement by Marta Roe, Search and Rescue Coordinator:": a release's heading for the quotation that follows.
  const heading = /^\s*(?:(?:a|the)\s+)?(?:statement|comment|comments|quote|message|remarks|reaction)\s+(?:by|from)\s+(?=\p{Lu})/iu.exec(sentence);
  if (heading && matches.length === 0) {
    const from = start + heading[0].length;
    const after = forwardPhrase(frame.slice(from, end));
    if (after.phrase) cues.push({ verb: 'statement by', start: start, end: from, phrase: after.phrase, from: start, to: from + after.length, apposition: after.apposition, tail: '' });
  }
  // "“Safety comes first.” — Jane Roe, chair of the board": a quotation signed after a dash.
  // ("“…” - Jane Roe": a hyphen spaced as a dash, at the end of the paragraph's quotation.)
  for (const signed of /[—–]|[\u201D"\u2019]\s+-\s+\p{Lu}/u.test(sentence) ? sentence.matchAll(/[\u201D"\u2019]\s*(?:[—–]|\s-\s)\s*(?=\p{Lu})/gu) : []) {
    const from = start + (signed.index ?? 0) + signed[0].length;
    const after = forwardPhrase(frame.slice(from, end));
    if (after.phrase && /^\p{Lu}/u.test(after.phrase)) cues.push({ verb: 'signed', start: from, end: from, phrase: after.phrase, from: from - 2, to: from + after.length, apposition: after.apposition, tail: '' });
  }
  for (const match of matches) {
    const verbStart = start + match.index;
    const verbEnd = verbStart + match.text.length;
    // ("As per the district officer, …": South Asian English for "according to".)
    // ("In the opinion of the officer, …": translated wire copy's "according to".)
    const verb = match.text.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:as per|per|in the opinion of)$/u, 'according to');
    const tail = tailOf(frame.slice(verbEnd, end));
    if (verb === 'put it' && puttingAway.test(frame.slice(verbEnd, end))) continue;
    // ("has declared a state of emergency", "declared the road closed": an act done by declaring, not words.)
    // (Not after a quotation: "“…,” declared the mayor.")
    if (/^declare[sd]?$/u.test(verb) && /^\s+(?:a|an|the|its|his|her|their)\s/iu.test(frame.slice(verbEnd, end)) && !/[\u201D\u2019"',\u2026]\s*$/u.test(frame.slice(start, verbStart))) continue;
    // ("the incident described above was …": a participle of a noun the text points back to is no one speaking.)
    if (/^(?:described|mentioned|cited|outlined|detailed|quoted)$/u.test(verb) && /^\s+(?:above|below|earlier|previously|here)\b/u.test(frame.slice(verbEnd, end))) continue;
    // ("the four accused “…”", "the accused": the noun, no one accusing.)
    if (verb === 'accused' && /(?:^|\s)(?:the|two|three|four|five|six|seven|eight|nine|ten|\d+|all|both|other|fellow|co-)\s*$/iu.test(frame.slice(start, verbStart))) continue;
    // ("… said the minister, but the problem “…” writes Ana Roe in London.": a reporter's byline run into the lede after
    // another's words; the one who wrote it down is no speaker.)
    if (/^(?:writes|reports)$/u.test(verb) && cues.length > 0 && /^\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+(?:\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?\s*[.!]?\s*$/u.test(frame.slice(verbEnd, end))) continue;
    // ("The airline said the video posted by Roe “…”": a participle with its agent after a noun is no one speaking; the
    // sentence's own cue before it governs.)
    // ("“…,” a statement posted by the minister's office said": nor before the sentence's own verb.)
    if ((cues.length > 0 || matches.some((other) => start + other.index > verbEnd)) && /^\s+by\s/u.test(frame.slice(verbEnd, verbEnd + 4)) && /ed$/u.test(verb) && /\b(?:the|a|an|this|that|his|her|its|their)\s+\p{Ll}+\s+$/u.test(frame.slice(start, verbStart))) continue;
    if (verb === 'according to' || /(?:words|verdict) of$/u.test(verb)) {
      // "According to him: “…”": the pronoun stands for whoever the text spoke of last.
      const object = /^\s+(him|her|them)(?![\p{L}\p{N}])/iu.exec(frame.slice(verbEnd, end));
      if (object?.[1]) {
        cues.push({ verb, start: verbStart, end: verbEnd, phrase: object[1].toLowerCase(), from: verbStart, to: verbEnd + object[0].length, apposition: null, tail: '' });
        continue;
      }
      const after = forwardPhrase(frame.slice(verbEnd, end), !/\S/u.test(frame.slice(start, verbStart)));
      if (after.phrase) cues.push({ verb, start: verbStart, end: verbEnd, phrase: after.phrase, from: verbStart, to: verbEnd + after.length, apposition: after.apposition, tail: '' });
      continue;
    }
    // "Sen. Roe read from Jane Poe's letter": who reads out a letter gives its author's words.
    const readFrom = /^reads?$/u.test(verb) ? readFromDocument.exec(frame.slice(verbEnd, end)) : null;
    if (readFrom?.[1]) {
      const from = verbEnd + (readFrom.index ?? 0) + readFrom[0].indexOf(readFrom[1]);
      const reader = backwardPhrase(frame.slice(start, verbStart));
      cues.push({ verb, start: verbStart, end: verbEnd, phrase: readFrom[1], from: verbStart - reader.length, to: from + readFrom[1].length, apposition: null, tail: '' });
      continue;
    }
    // "Roe is said to be “devastated”": the passive tells what others say of Roe, and names no speaker.
    // ("A man who was called a “coward” in court and told he should be “drawn and quartered”": so does a verb that takes the
    // one told as its object, joined by "and" to a passive; the man hears the words.)
    if ((/^(?:said|reported)$/u.test(verb) && /^\s+to\s/u.test(frame.slice(verbEnd, verbEnd + 5)) && /(?:^|\s)(?:is|are|was|were|been|be)\s+$/iu.test(frame.slice(Math.max(start, verbStart - 8), verbStart))) || (/^(?:told|asked|urged|warned|advised|reminded|informed|ordered)$/u.test(verb) && coordinatedPassive.test(frame.slice(Math.max(start, verbStart - 120), verbStart)))) {
      cues.push({ verb, start: verbStart, end: verbEnd, phrase: '', from: verbStart, to: verbEnd, apposition: null, tail: '' });
      continue;
    }
    // ("He was taken to hospital, and described as being in “serious condition”", "The plan was branded “a disgrace”": a
    // verb of judging in the passive, no "by" after it, hides who judged; its subject is the one judged.)
    // (Not "Police have been called to deal with …", "was called in": called there, not called something.)
    if (judgingVerbs.test(verb) && judgedPassive.test(frame.slice(Math.max(start, verbStart - 120), verbStart)) && !/\bby\s+\p{L}/u.test(frame.slice(verbEnd, end)) && !/^\s+(?:to|in|out|off|for|on|upon|back|up|away|over)\b/u.test(frame.slice(verbEnd, end))) {
      cues.push({ verb, start: verbStart, end: verbEnd, phrase: '', from: verbStart, to: verbEnd, apposition: null, tail: '' });
      continue;
    }
    let before = backwardPhrase(frame.slice(start, verbStart));
    // ("But the railway operator in a statement had described …": the document the subject spoke in stands between them.)
    // ("The ministry in a statement on Sunday said", "… in a statement signed by its spokesperson said": when, or by whom
    // it was signed, after the document.)
    const inDocument = /\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:statement|release|post|letter|interview|video|message|e-?mail|briefing)(?:\s+(?:(?:issued|released|posted|signed|shared|sent|dated)\s+)?(?:on|by|late|early|this|last|yesterday|today)\b[^.;:,\u201C\u201D"\u2026]{0,60}?)?(?:\s+(?:had|has|have|also|later|earlier))?\s*$/u.exec(frame.slice(start, verbStart));
    if (inDocument) {
      const subject = backwardPhrase(frame.slice(start, start + inDocument.index));
      if (subject.phrase) before = { ...subject, length: subject.length + (verbStart - start - inDocument.index) };
    }
    // "Helena Roe, who has said the collapse “…”", "Roe, who on Sunday told a church to “…”": the relative's antecedent.
    // ("Tomas Roe, a researcher at Quillgate, who said": the name an apposition describes.)
    // ("Roe, who runs the authority in Tulsa, Oklahoma, told": the clause may hold a place's commas; not "…, who had
    // benefited from such housing, Roe said", where a name after the clause's last comma is the subject.)
    // ("A commuter, Idris Roe, while reacting to the blockade, said", "Roe, when asked about it, said": a clause of what the
    // speaker was doing, likewise.)
    const relative = verbs.has(verb) ? /,\s*(?:who|(?:while|whilst|when|after|before|upon|if)\s+\p{Ll}{2,}(?:ing|ed))\s+[^,;:\u2026\u201C\u201D"]*(?:(?:,\s*\p{Lu}[^,;:\u2026\u201C\u201D"]*)+,|,)?\s*$/u.exec(frame.slice(start, verbStart)) : null;
    if (relative) {
      let antecedent = frame.slice(start, start + relative.index);
      // ("Ana Poe, as well as coach Jane Roe, who said": the party added between commas is no apposition of the first;
      // the one named last is the relative's antecedent.)
      const added = /,\s*(?:as well as|along with|together with|alongside)\s+(?=\p{Lu}|(?:\p{Ll}+\s+){1,3}\p{Lu})[^,\u2026]*$/u.exec(antecedent);
      if (added) antecedent = antecedent.slice(added.index + 1);
      const described = backwardPhrase(`${antecedent},`);
      const head = described.phrase ? { ...described, length: described.length - 1 } : backwardPhrase(antecedent);
      if (head.phrase) before = { ...head, length: head.length + (verbStart - start - relative.index) };
    }
    // ("Mr Roe who is watching brief for the family said": a name that opens the sentence, its relative clause unmarked.)
    // ("… contradicted his boss, Chief Inspector Peter Roe who on Monday told the court that": or one set after a comma.)
    const unmarked = verbs.has(verb) && !relative ? /(?:^|,)\s*((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+who\s+[^,;:\u2026\u201C\u201D"]*$/u.exec(frame.slice(start, verbStart)) : null;
    if (unmarked?.[1] && !sentenceWords.has(unmarked[1].split(/\s+/u)[0]?.toLowerCase() ?? '')) before = { phrase: unmarked[1], length: verbStart - start - unmarked.index - unmarked[0].indexOf(unmarked[1]), apposition: null };
    // "Roe rushed to the scene and vowed: …": the verb's subject is the one that opens the sentence.
    // ("Roe declined to comment on the images but said …": so does "but".)
    // ("Roe put her in a choke hold and later told her, “…”": an adverb of time may stand after the "and".)
    if ((!before.phrase || /\s(?:and|but)$/u.test(before.phrase) || /^(?:later|then|also|again|\p{Ll}+ly)$/u.test(before.phrase)) && /\b(?:and|but)(?:\s+(?:later|then|also|again|\p{Ll}+ly))?\s*$/u.test(frame.slice(start, verbStart)) && /^\s*[\p{Lu}]/u.test(sentence)) {
      // ("On Monday, Kelsham's chief described it as “…” but stressed …": the verb before in the sentence has it.)
      const earlier = cues.at(-1);
      // ("In a statement this morning, Kelby Police appealed for witnesses and said …": the subject after the fronted phrase;
      // "Given this, the ombudsman upheld the complaint and asked …" too.)
      // ("After the officers asked if Roe was alright and what he held, he produced a knife and said: …": a fronted clause of
      // its own, commas and all, closed by the comma before a pronoun, the subject.)
      const fronted = /^\s*(?:In|On|At|Earlier|Later|Meanwhile|However|Yesterday|Today|Last|Given|Despite|After|Following|Before|Since|Separately|Instead)\b[^,;:\u201C\u201D"]{0,40},\s+(?=\p{L})/u.exec(sentence) ?? /^\s*(?:After|When|As|While|Before|Once|Although|Though|Because|Since|Until|If)\b[^;:\u201C\u201D"]{0,200}?,\s+(?=(?:he|she|they|we|I)\s+\p{Ll})/u.exec(sentence);
      // (A verb inside the fronted clause is not the one "and" goes on from: "After the officers asked …, he … and said".)
      const pronounFirst = fronted ? /^(he|she|they|we|I)\s/u.exec(sentence.slice(fronted[0].length)) : null;
      const subject = earlier && earlier.start >= start + (fronted?.[0].length ?? 0) && earlier.phrase && !/^(?:colon|signed)$/u.test(earlier.verb) ? { phrase: earlier.phrase, apposition: earlier.apposition } : pronounFirst?.[1] ? { phrase: pronounFirst[1], apposition: null } : forwardPhrase(fronted ? sentence.slice(fronted[0].length) : sentence);
      if (subject.phrase && !/^(?:it|this|that|there|but|and|the)$/i.test(subject.phrase)) before = { phrase: subject.phrase, length: verbStart - start, apposition: subject.apposition };
    }
    // ("“…,” Jane Roe, director general, analysis branch, KTA, said": a name, then its title, office and body, each closed
    // by a comma: the name speaks.)
    const chain = verbs.has(verb) ? appositionChain.exec(frame.slice(start, verbStart)) : null;
    // (Not a fronted time and a participle, "On Wednesday, standing in the car park, his wife, Jane, said".)
    const chainWords = chain?.[1]?.split(/\s+/u) ?? [];
    if (chain?.[1] && chain[2] && !chainWords.some((word) => isWeekday(word) || sentenceWords.has(word.toLowerCase())) && !/^(?:ADP|ADV|DET|PRON|SCONJ|CCONJ|VERB)$/u.test(lexiconTag(chainWords[0]?.toLowerCase() ?? '') ?? '')) {
      const parts = chain[2].split(',').map((part) => part.trim()).filter(Boolean);
      // ("Jane Roe Director, Kelby Rights Watch, told": one body after a name that a title closes without its comma.)
      const titled = chainWords.length >= 3 && isRoleWord(chainWords.at(-1)?.toLowerCase() ?? '') ? chainWords.slice(0, -1).join(' ') : null;
      if ((parts.length >= 2 || titled) && !parts.some((part) => /^(?:and|or|as well as|along with)\b/iu.test(part)) && (titled || parts.some((part) => part.split(/\s+/u).some((word) => isRoleWord(word.toLowerCase()))))) {
        const name = titled ?? chain[1];
        before = { phrase: name, length: verbStart - start - (chain.index ?? 0) - chain[0].indexOf(name), apposition: titled ? [chainWords.at(-1), ...parts].join(', ') : parts.join(', ') };
      }
    }
    // "Mr Roe, Conservative councillor for Eastfield and Audley said:", "Jane Roe, a nurse at St Mary Hospital said",
    // "Jane Roe, a third year student in the law faculty said" (the role or one of the public third at most): an apposition
    // no comma closes; the name before it speaks, not the last words of the apposition.
    const opened = before.phrase ? unclosedApposition.exec(frame.slice(start, verbStart)) : null;
    // ("Sentencing Roe, Justice Jane Poe said": a participle and its object open the sentence; the name after them speaks.)
    const participleFirst = /^\p{Lu}\p{Ll}{3,}ing$/u.test(opened?.[1]?.split(/\s+/u)[0] ?? '') && lexiconTag((opened?.[1]?.split(/\s+/u)[0] ?? '').toLowerCase()) === 'VERB';
    // (Not "The Bono Regional Minister, Mr. Kofi Roe said": a title before the comma, the name after it, which speaks.)
    const titleFirst = /^(?:the|a|an)$/iu.test(opened?.[1]?.split(/\s+/u)[0] ?? '') || isRoleWord(opened?.[1]?.split(/\s+/u).at(-1)?.toLowerCase() ?? '') || /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\b/u.test(opened?.[2]?.trim() ?? '');
    if (opened?.[1] && opened[2] && !participleFirst && !titleFirst && opened[2].trimEnd().endsWith(before.phrase) && !sentenceWords.has((opened[1].split(/\s+/u)[0] ?? '').toLowerCase())) {
      const described = opened[2].split(/\s+/u);
      const opening = /^(?:a|an|the|his|her|their)$/iu.test(described[0] ?? '') ? described.slice(1) : described;
      // (A single name, not an English word, described as one of a group: "Roe, one of the workers told …".)
      const single = !/\s/u.test(opened[1]);
      const oneOf = /^one$/iu.test(described[0] ?? '') && described[1] === 'of';
      if ((single ? oneOf && !isLexiconWord(opened[1].toLowerCase()) : opening.slice(0, 3).some((word) => isRoleWord(word.toLowerCase()) || publicPerson.test(word.toLowerCase())) || oneOf) && !/^(?:including|such|like|and|or|with|whose|who)$/iu.test(described[0] ?? '')) {
        before = { phrase: opened[1], length: verbStart - start - (opened.index ?? 0) - opened[0].indexOf(opened[1]), apposition: opened[2].trim() };
      }
    }
    // "A Roeco spokesperson provided a statement to this paper, which read: “…”": the document's words are those of
    // whoever the sentence says gave it.
    if ((!before.phrase || /^(?:which|that)$/iu.test(before.phrase)) && documentBefore.test(frame.slice(start, verbStart))) {
      const subject = subjectOf(sentence);
      if (subject) before = { phrase: subject.phrase, length: verbStart - start - subject.from, apposition: subject.apposition };
    }
    // ("Roe blamed “gusty weather conditions” that have continued to cause …": a relative pronoun left alone is no speaker.)
    if (/^(?:that|which)$/iu.test(before.phrase ?? '')) continue;
    if (before.phrase) {
      cues.push({ verb, start: verbStart, end: verbEnd, phrase: before.phrase, from: verbStart - before.length, to: verbEnd, apposition: before.apposition, tail });
    } else if (speakerFollows(verb, frame.slice(start, verbStart), frame.slice(verbEnd, end))) {
      // "…,” said Jane Roe": the speaker follows the verb.
      // ("read part of the statement from the body": the document's words from the part named.)
      const part = /^reads?$/u.test(verb) ? (/^\s+(?:(?:in\s+)?part\s+of|in\s+part|an?\s+excerpt\s+(?:of|from)|a\s+portion\s+of)(?=\s)/iu.exec(frame.slice(verbEnd, end))?.[0].length ?? 0) : 0;
      const found = forwardPhrase(frame.slice(verbEnd + part, end));
      const after = { ...found, length: found.length + part };
      if (after.phrase && !/^(?:that|in|to|on|at|it|this)\b/i.test(after.phrase)) {
        cues.push({ verb, start: verbStart, end: verbEnd, phrase: after.phrase, from: verbStart, to: verbEnd + after.length, apposition: after.apposition, tail: '' });
      }
    }
  }
  // ("The Kelby Transport Safety Bureau's final report, released this week, found the driver's view was “probably
  // restricted …”", "The ombudsman found the evidence to be “difficult to follow”": what an inquiry finds is its word.)
  // (No cue before the quotation: "… as to how they had concluded" after it is another clause's.)
  const firstMark = sentence.search(/[\u201C"]/u);
  if (sentence.includes(' found ') && firstMark > 0 && !cues.some((cue) => cue.start - start < firstMark)) {
    const finding = findingVerb.exec(sentence);
    if (finding) {
      const at = start + (finding.index ?? 0) + finding[0].length - 'found'.length;
      // (An aside of when it came out, between the document and its verb: ", released this week,".)
      const text = frame.slice(start, at);
      const aside = /,\s+(?:released|published|issued|completed|obtained|seen)\b[^,]{0,60},\s*$/u.exec(text);
      const core = aside ? `${text.slice(0, aside.index)} ` : text;
      const subject = backwardPhrase(core);
      // ("The Kelby Safety Bureau final report into the incident": the body whose report it is, named before it.)
      const owner = findingOwner.exec(core);
      if (subject.phrase && findingSubject.test(subject.phrase)) cues.push({ verb: 'found', start: at, end: at + 5, phrase: subject.phrase, from: start + core.length - subject.length, to: at + 5, apposition: subject.apposition, tail: '' });
      else if (owner?.[1]) cues.push({ verb: 'found', start: at, end: at + 5, phrase: owner[1].trim(), from: start + (owner.index ?? 0), to: at + 5, apposition: null, tail: '' });
    }
  }
  // ("… after Jane Roe used an interview to claim that rivals would “…”", "Roe took to social media to say …", "Roe went on
  // to say": a verb whose subject does what follows, then a speech verb's infinitive; the name or pronoun right before
  // that verb speaks.)
  if (cues.length === 0 && sentence.includes(' to ')) {
    const controlled = subjectControl.exec(sentence);
    if (controlled?.[1] && controlled[2] && !sentenceWords.has(controlled[1].split(/\s+/u)[0]?.toLowerCase() ?? '')) {
      const from = start + (controlled.index ?? 0) + controlled[0].indexOf(controlled[1]);
      const at = start + (controlled.index ?? 0) + controlled[0].lastIndexOf(controlled[2]);
      cues.push({ verb: controlled[2].toLowerCase(), start: at, end: at + controlled[2].length, phrase: /^(?:he|she|they)$/iu.test(controlled[1]) ? controlled[1].toLowerCase() : controlled[1], from, to: from + controlled[1].length, apposition: null, tail: '' });
    }
  }
  // ("Police say Aoki has confessed to the killing, saying, “…”": the participle after a reported clause takes that clause's
  // subject, named right after "say" or "said that", not the one who reports it.)
  const reported = cues.length > 0 ? participleCue.exec(sentence) : null;
  if (reported) {
    const at = reported.index ?? 0;
    const last = cues.filter((cue) => cue.end <= start + at).at(-1);
    const clause = last && /^(?:say|says|said|stated|told\s+\p{L}+)$/iu.test(last.verb) ? reportedSubject.exec(frame.slice(last.end, start + at)) : null;
    if (last && clause?.[1] && !sentenceWords.has(clause[1].split(/\s+/u)[0]?.toLowerCase() ?? '')) {
      const from = last.end + (clause.index ?? 0) + clause[0].indexOf(clause[1]);
      cues.push({ verb: reported[0].toLowerCase(), start: start + at, end: start + at + reported[0].length, phrase: clause[1], from, to: start + at + reported[0].length, apposition: null, tail: '' });
      return cues;
    }
    // ("…, with interim chief executive Jane Roe adding that the plant was “…”": the participle's own subject after "with",
    // not the sentence's first speaker.)
    const withSubject = /\bwith\s+((?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*|(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+$/u.exec(frame.slice(start, start + at));
    if (withSubject?.[1] && !/^(?:the|a|an)\s+(?:help|aid|support|hope|intention|aim|exception)\b/iu.test(withSubject[1])) {
      const from = start + (withSubject.index ?? 0) + withSubject[0].indexOf(withSubject[1]);
      cues.push({ verb: reported[0].toLowerCase(), start: start + at, end: start + at + reported[0].length, phrase: withSubject[1], from, to: start + at + reported[0].length, apposition: null, tail: '' });
      return cues;
    }
    // ("The agency said on Friday after Kelby confirmed its first case, reiterating its warning that the virus could reach
    // “…”": a participle after a comma, past every cue, goes on with the sentence's first speaker, not with whoever a
    // clause between names.)
    const main = cues[0];
    if (main && last && last !== main && main.end <= start + at && /,\s*$/u.test(frame.slice(start, start + at)) && /^(?:said|says|stated|told|added|announced|warned)$/iu.test(main.verb)) {
      cues.push({ ...main, verb: reported[0].toLowerCase(), start: start + at, end: start + at + reported[0].length, to: start + at + reported[0].length });
      return cues;
    }
  }
  // "Roe closed the debate at 5am insisting the Bill “…”": a speech verb's participle takes the sentence's subject.
  // ("THE REGULATOR: The commission …", "Tonight Roe, 27, …": a label before a colon and a time word are no subject.)
  if (cues.length === 0 && /^\s*\p{Lu}/u.test(sentence)) {
    // ("Kelby Bank followed it up with a tweet reading, “…”": "reading" only after a document the subject put out, not "a
    // sign reading …".)
    const found = participleCue.exec(sentence);
    const isReading = found !== null && /^reading$/iu.test(found[0]);
    const reading = found && isReading ? documentReading.exec(sentence.slice(0, (found.index ?? 0) + found[0].length)) : null;
    // (Whoever the clause before the document names last, past any phrase fronted before it: "Just two hours later,
    // Kelby Bank followed it up with a tweet reading".)
    if (found && reading?.[1]) {
      const at = start + (found.index ?? 0);
      const from = start + (reading.index ?? 0);
      cues.push({ verb: 'reading', start: at, end: at + found[0].length, phrase: reading[1], from, to: at + found[0].length, apposition: null, tail: '' });
      return cues;
    }
    const participle = isReading ? null : found;
    const label = /^\s*(?:[\p{L}’'.]+\s+){0,4}[\p{L}’'.]+:\s+(?=\p{Lu})/u.exec(sentence)?.[0].length ?? 0;
    // ("Sunday afternoon, Harrowfest released a statement …": the day's part and a comma after it.)
    const time = /^(?:tonight|today|yesterday|meanwhile|earlier|later|now|then|still|also|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night),)?)\s+/iu.exec(sentence.slice(label))?.[0].length ?? linkingOpening.exec(sentence.slice(label))?.[0].length ?? 0;
    // ("On Tuesday, Roe defended …", "In his brief radio broadcast, Roe …": a fronted adverbial before the subject.)
    // ("Speaking after the incident, Minister Jane Roe thanked …, saying: “…”": a participle's phrase fronted so too.)
    const fronted = time === 0 ? (frontedAdverbial.exec(sentence.slice(label))?.[0].length ?? 0) : 0;
    const opening = label + time + fronted;
    // ("…, with Premier Jane Roe earlier telling media “…”": the name after "with" is the participle's subject.)
    const absolute = participle ? withSubject.exec(sentence.slice(0, participle.index ?? 0).replace(adverbBefore, ' ')) : null;
    if (participle && absolute?.[1]) {
      const at = start + (participle.index ?? 0);
      const from = start + (absolute.index ?? 0) + absolute[0].indexOf(absolute[1]);
      cues.push({ verb: participle[0].toLowerCase(), start: at, end: at + participle[0].length, phrase: absolute[1].trim(), from, to: at + participle[0].length, apposition: null, tail: '' });
      return cues;
    }
    // ("This video shows Jane Roe's lawyer Ana Poe telling reporters “…”", "Neighbours heard Jane Roe saying …": the one
    // seen or heard speaking, named right before the participle, speaks.)
    const seen = participle ? seenSpeaking.exec(sentence.slice(0, participle.index ?? 0)) : null;
    if (participle && seen?.[1]) {
      const at = start + (participle.index ?? 0);
      cues.push({ verb: participle[0].toLowerCase(), start: at, end: at + participle[0].length, phrase: seen[1], from: at - seen[0].length + seen[0].indexOf(seen[1]), to: at + participle[0].length, apposition: null, tail: '' });
      return cues;
    }
    const subject = participle && (participle.index ?? 0) > opening ? forwardPhrase(sentence.slice(opening)) : null;
    if (participle && subject?.phrase && opening + subject.length < (participle.index ?? 0) && (/^\p{Lu}/u.test(subject.phrase) || /^\p{Ll}+\s+\p{Lu}/u.test(subject.phrase)) && !/^(?:this|that|there|but|and|the|we|i|in|on|at|after|before|when|as|while)$/i.test(subject.phrase)) {
      const at = start + (participle.index ?? 0);
      cues.push({ verb: participle[0].toLowerCase(), start: at, end: at + participle[0].length, phrase: subject.phrase, from: start + opening, to: at + participle[0].length, apposition: subject.apposition, tail: '' });
    }
  }
  return cues;
}

/** The few words after a verb that belong to the cue: "in a statement", "in her statement". */
function tailOf(after: string): string {
  // ("in a Facebook post", "in a LinkedIn statement": a platform's name before the document is the document's.)
  // ("stated this in a statement", "disclosed this in a press release": what was said, then where.)
  const match = /^(?:\s+(?:this|that|it))?\s+((?:in|on|during)\s+(?:(?:an|a|the|her|his|its|their|own|written|emailed)\s+)+(?:\p{Lu}[\p{L}-]*\s+(?=(?:post|statement|video|message|update|note|letter|release)\b))?[\p{L}-]+)/iu.exec(after);
  return match?.[1]?.replace(/\s+/g, ' ') ?? '';
}

interface Phrase {
  phrase: string;
  /** How many characters of the text the phrase (with its apposition) takes. */
  length: number;
  apposition: string | null;
}

const acronymInBrackets = /^\(\p{Lu}{2,8}\)$/u;
const relativeByFirstName = new RegExp(`(?:^|[\\s,])((?:[Hh]is|[Hh]er|[Tt]heir|[\\p{L}'’-]+['’]s)\\s+(?:${kinWords}))\\s*,\\s*(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)\\s*,\\s*$`, 'u');

/** The noun phrase that ends a text (the subject of a following verb). */
// What `placed` and `outlet` in backwardPhrase need: a word for a person at the very end (before spaces), a word for an outlet.
const placedEnding = /(?:man|mother|father|girl|boy)\s*$/u;
const outletWord = /daily|newspaper|paper|weekly|tabloid|magazine|broadcaster|outlet|website|portal|station|channel/u;

const publicPerson = new RegExp(`^(?:${publicPeople})$`, 'u');
// (Not a body's public, "customers demanded", whose words a quotation seldom gives: a place's people.)
const localPersonWord = new RegExp(`^(?:${localPeople})$`, 'u');
const mannerBeforeName = /^\s*(?:a|an|the)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{4,})\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2})(?=[,.;:!?]|\s+(\p{L}+)|\s*$)/u;
/** "smiling", "tearful", "defiant", "visibly shaken": a participle or an adjective, not a noun ("a Roe United official"). */
function mannerWord(word: string): boolean {
  const tag = lexiconTag(word);
  return tag === 'ADJ' || (tag === 'VERB' && /(?:ing|ed|en)$/u.test(word));
}
// ("said the mother of the physiotherapy intern", "The family of the victim said": a relative of someone unnamed; "The mother of
// PC Andrew Roe said", "said the father of Jane Roe": of someone named, who is not that person.)
const relativeOf = `(?:[Tt]he|[Aa]n?)\\s+(?:${kinWords}|${familyGroups})\\s+of\\s+(?:(?:the|a|an)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,3}?[\\p{Ll}-]+|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)`;
const relativeAtEnd = new RegExp(`(?:^|[\\s,])(${relativeOf})\\s*$`, 'u');
const relativeFirst = new RegExp(`^\\s*(${relativeOf})(?=\\s*(?:[.,;:!?]|$))`, 'u');
// ("Andrew Roe's mother said": the relative, in the possessive form.)
const namedKin = new RegExp(`(?:^|[\\s,])((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*?['’]s?\\s+(?:${kinWords}))\\s*$`, 'u');
// "The operators of the ferry", "the owners of a shop": a subject in small letters opening the sentence, its head and what it is of
// (a word in small letters, no preposition, article or relative pronoun).
const plainWord = '(?!(?:of|in|on|at|near|off|the|a|an|who|that|which)\\s)\\p{Ll}[\\p{L}-]*';
const describedSubject = new RegExp(`^\\s*((?:The|the|A|a|An|an)\\s+(?:${plainWord}\\s+){0,2}${plainWord}(?:\\s+of\\s+(?:the|a|an)\\s+(?:${plainWord}\\s+)?${plainWord})?)(?=\\s)`, 'u');
const placedPerson = new RegExp(`(?:^|[\\s,])((?:a|an|one|another)\\s+(?:\\p{Ll}+\\s+)?(?:${localPeople})\\s+(?:of|from|in)\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})\\s*$`, 'u');
const socialAccount = /(?:^|\s)((?:the\s+)?(?:\p{L}[\p{L}.-]*\s+){0,3}\p{L}[\p{L}.-]*)['’]s\s+(?:(?:official|verified|digital|social|media|X|Twitter|Facebook|Instagram|TikTok|YouTube)\s+)+account\s*$/u;

const dayBefore = new RegExp(`\\s+(?:on\\s+)?(?:${weekdayNames})(?:\\s+(?:morning|afternoon|evening|night))?$`, 'u');

export function backwardPhrase(text: string): Phrase {
  // ("… a notice from the school's principal, which said …", "… spoke to Jane Roe, who said …": the relative pronoun's verb
  // has the noun before its comma for subject.)
  const relative = text.includes(', wh') ? /,\s+(?:which|who)\s+(?:also\s+)?$/u.exec(text) : null;
  if (relative) {
    // (A day and its part between them: "a notice from the principal on Wednesday evening, which said".)
    const head = text.slice(0, relative.index).replace(dayBefore, '');
    const inner = backwardPhrase(head);
    // (Not what something was given to, "a statement to this newspaper, which read": the document is what reads.)
    if (inner.phrase && !(/\b(?:to|with)\s*$/u.test(head.slice(0, head.length - inner.length)) && /^\p{Ll}/u.test(inner.phrase))) return { phrase: inner.phrase, length: text.length - head.length + inner.length, apposition: inner.apposition };
  }
  // ("a post on the Kelby Rovers Facebook page read": the page's post, whose owner speaks.)
  const posted = text.includes(' on ') || text.includes(' to ') ? pagedPostBefore.exec(text) : null;
  if (posted?.[1]) return { phrase: posted[1], length: text.length - (posted.index + posted[0].indexOf(posted[1])), apposition: null };
  // ("Cole – who has run the shop since 2019 – said": an aside between dashes stands between the speaker and the verb.)
  const aside = text.includes(' – ') || text.includes(' — ') || text.includes(' - ') ? dashedAside.exec(text) : null;
  if (aside) {
    const inner = backwardPhrase(text.slice(0, aside.index));
    if (inner.phrase) return { phrase: inner.phrase, length: inner.length + aside[0].length, apposition: inner.apposition };
  }
  // ("“…,” a statement posted by the prime minister's digital media account said": whose account it is speaks; not
  // "Roe's account", a version of events.)
  const account = text.includes('account') ? socialAccount.exec(text) : null;
  const owner = account?.[1]?.replace(/^(?:.*\s)?(?:by|from|of|on|via|in)\s+/u, '');
  if (account && owner) return { phrase: owner, length: text.length - (account.index + account[0].lastIndexOf(owner)), apposition: null };
  // ("The mother of the 23-year-old victim said", "The mother of PC Andrew Roe said", "Andrew Roe's mother said": a relative,
  // of someone unnamed or named, not that person.)
  const kin = (text.includes(' of ') ? relativeAtEnd.exec(text) : null) ?? (/['’]/u.test(text) ? namedKin.exec(text) : null);
  if (kin?.[1]) return { phrase: kin[1].replace(/\s+/gu, ' '), length: text.length - (kin.index + kin[0].indexOf(kin[1])), apposition: null };
  // ("“…,” a resident of downtown Kelby told": one of the people of a place, unnamed; the place is no speaker.)
  const local = text.includes(' of ') || text.includes(' from ') || text.includes(' in ') ? placedPerson.exec(text) : null;
  if (local?.[1]) return { phrase: local[1].replace(/\s+/gu, ' '), length: text.length - (local.index + local[0].indexOf(local[1])), apposition: null };
  const found = backwardWords(text);
  // ("The operators of the ferry that ran aground on Kelby Island have confirmed", "the owners of a shop in Kelby Mall said": a
  // subject described in small letters, the name only where it happened; the description speaks, not the place.)
  const described = found.phrase && /^\p{Lu}/u.test(found.phrase) && /\s(?:on|in|near|off|outside|along)\s+$/u.test(text.slice(0, text.length - found.length)) ? describedSubject.exec(text) : null;
  if (described?.[1] && !/[,;:\u201C\u201D"]/u.test(text.slice(described.index))) {
    // (Not the participle after it: "the ferry involved in …".)
    const head = described[1].replace(/\s+\p{Ll}+(?:ed|ing)$/u, '');
    return { phrase: head, length: text.length - (described.index + described[0].indexOf(described[1])), apposition: null };
  }
  // ("Speaking to the Kelby Courier, resident Jo Roe, 54, said": whom the speaker spoke to opens the sentence; the
  // name after its comma is the subject.)
  if (found.apposition && /\p{Lu}/u.test(found.apposition) && /(?:^|[.,;:]\s*)(?:speaking|talking|writing|replying|responding|reacting|posting)\s+(?:to|in|on|for)\s+$/iu.test(text.slice(0, text.length - found.length))) {
    return { phrase: found.apposition, length: found.length, apposition: null };
  }
  return found;
}

function backwardWords(text: string): Phrase {
  // "the Brampton, Ont., woman", "the Leeds man": a person described by where they are from, commas and all.
  // (Both patterns below end the text, and V8 tries them from every character: a cheap look at its end or its words first.)
  const placed = !placedEnding.test(text) ? null : /(?:^|\s)(the\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]{1,12},)?\s+(?:woman|man|mother|father|girl|boy|grandmother|grandfather))\s*$/u.exec(text);
  if (placed?.[1]) return { phrase: placed[1].replace(/\s+/gu, ' '), length: placed[1].length + (text.length - text.trimEnd().length), apposition: null };
  // "the Prague daily Lidový večerník", "the regional daily Slovácké noviny": an outlet's name in its own language,
  // after a word for an outlet, keeps its lower-case words (none of them English).
  const outlet = !outletWord.test(text) ? null : /(?:^|\s)((?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:daily|newspaper|paper|weekly|tabloid|magazine|broadcaster|outlet|website|portal|station|channel)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){1,2})\s*$/u.exec(text);
  if (outlet?.[1] && outlet[1].split(/\s+/u).slice(-2).every((word) => /^\p{Lu}/u.test(word) || !isLexiconWord(word))) {
    return { phrase: outlet[1].replace(/\s+/gu, ' '), length: outlet[1].length + (text.length - text.trimEnd().length), apposition: null };
  }
  // ("Roe, who also holds the portfolios of Home, Youth, and Sports, tweeted": a relative clause whose list has commas of
  // its own, closed by the last; the name before it speaks.)
  // ("The Kelby Fleet, which is based in Harrow, Quillland, said": a body's, a place and its country in it.)
  const listed = text.includes(', who') || text.includes(', which') ? /^(.*\p{Lu}[\p{L}'’.-]*),\s+((?:who|whose|which)\s[^\u201C\u201D"\u2026]{3,200}),\s*$/u.exec(text) : null;
  if (listed?.[1] && listed[2]?.includes(',')) {
    const inner = backwardWords(`${listed[1]} `);
    if (inner.phrase) return { phrase: inner.phrase, length: text.length - (listed[1].length + 1 - inner.length), apposition: listed[2] };
  }
  // "Sen. Jane Roe (D-Maine) said": a bracketed party or place after the name.
  // ("Jane Roe on Thursday alleged", "the ministry late on Monday night said": when, between the speaker and the verb.)
  // ("Jane Roe at a press conference on Tuesday strongly criticised": the occasion, when and how, in any order.)
  let head = text;
  for (let round = 0; round < 4; round++) {
    const cleared = stripAdverbs(head.replace(adverbs, '').replace(whereBeforeVerb, ' ').replace(occasionBeforeVerb, ' ').replace(whenBeforeVerb, ' ').replace(clockBeforeVerb, ' ').replace(adverbs, '').replace(/\s*\([^()\u2026]*\)\s*$/u, ' ').replace(adverbs, ''));
    if (cleared === head) break;
    head = cleared;
  }
  // ("Jane Roe, a trader from Conakry, Guinea explained": a town and its country end the apposition the verb closes.)
  const townCountry = /,\s*(?:a|an|the)\s[^,\u2026\u201C\u201D"]*\b(?:from|in|of)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*$/u.exec(head);
  if (townCountry?.[1] && countryNamed(townCountry[1]) !== undefined) head = `${head.trimEnd()},`;
  // ", in a statement,", ", 45,", ", however,": asides between the speaker and the verb.
  const whole = head;
  for (let aside = asides.exec(head); aside && isAside(aside[0]); aside = asides.exec(head)) head = head.slice(0, aside.index);
  // ("Jane Roe, the police spokesperson, in a statement on Tuesday, said": the aside's comma closed the apposition.)
  const closed = head.length < whole.length ? `${head},` : head;
  let apposition: string | null = null;
  // ", a council spokesperson,", ", author of “…,”": closed by a comma, or by a quoted title holding it.
  // ("…, the chairman of the Committee on Trade, Industry and Cooperatives,": a body's name may list its fields.)
  // ("The committee, headed by Barrister Jane Roe, wrote": a participle's phrase, who leads or founded the body.)
  const appositive = /,\s*((?:a|an|the|who|which|whose|its|his|her|their|\p{Ll}+\s+(?:of|for|at|in)|(?:headed|led|chaired|founded|run|owned|based|backed|represented|signed|written|penned|authored)\s+(?:by|in|at))\b[^,\u2026\u201C"]*(?:(?<=\s\p{Lu}[\p{L}'’-]*)(?:,\s*\p{Lu}[\p{L}'’-]*)*,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*)?(?:[\u201C"]\u2026+[,.]?[\u201D"]|(?=,)))\s*,?\s*$/u.exec(closed) ?? unclosedRole(closed);
  // ("Marek Roe, MHRA Chief Executive, said": capitalised words that end in a role are the title, not a name.)
  const capitalised = /,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|di|du|del|della|der|den|van|von|la|le|bin|al|el|dos|das|ter|ten)\s+){0,2}\p{Lu}[\p{L}.'’-]*){1,3}),\s*$/u.exec(closed);
  // ("Ciara Roe TD": the letters of a member after the name are no role that ends a title.)
  // ("Jane Roe, Kelby Port Authority CEO, said": letters that are a role, CEO, end the title all the same.)
  const namedAppositive = capitalised && !isRoleWord((capitalised[1] ?? '').split(/\s+/).filter((word) => !/^\p{Lu}{2,3}$/u.test(word) || (isRoleWord(word.toLowerCase()) && !memberLetters.test(word))).at(-1)?.toLowerCase() ?? '') ? capitalised : null;
  // "his wife, Folake, said": a relative named by a first name alone; the relation speaks, named in apposition.
  const relative = namedAppositive ? null : relativeByFirstName.exec(head);
  if (relative?.[1] && relative[2]) return { phrase: relative[1], length: text.length - (relative.index + relative[0].indexOf(relative[1])), apposition: relative[2] };
  // "Graham Roe, chief executive, told …": a role without an article between commas.
  // "Rachel Roe, Director of Quality and Product Safety at Strømvik, said": a title of any case, naming a role.
  const bareRole = appositive || namedAppositive ? null : roleAfterName(closed, true);
  if (bareRole) {
    apposition = bareRole.role;
    head = head.slice(0, bareRole.index);
  } else if (appositive) {
    apposition = appositive[1] ?? null;
    // ("Tom Okafor (52), a fisherman, said": an age or a party in brackets after the name, before the apposition.)
    head = head.slice(0, appositive.index).replace(/\s*\([^()\u2026]{1,30}\)\s*$/u, '');
  for (let aside = asides.exec(head); aside && isAside(aside[0]); aside = asides.exec(head)) head = head.slice(0, aside.index);
    // "Rhiannon Roe, director of campaigns at Passenger Watch, a consumer group, said": a role before that apposition.
    const role = roleAfterName(head, false);
    if (role) {
      apposition = role.role;
      head = head.slice(0, role.index);
    }
  } else if (namedAppositive) {
    // "the family's lawyer, Jane Roe,": the name speaks, the phrase before it is the role.
    // "The maker of the ham, Slaney Meats,": a short description that opens the sentence is the role whole.
    const described = head.slice(0, namedAppositive.index).trim();
    const name = namedAppositive[1] ?? '';
    // "Dr Jane Roe, Senior Lecturer in Hydrology, Northfield University, said": a name, its role, then the body the
    // role is held at; the person speaks, the body is where the role is.
    // (Only a body's name: "…, Tobi's father, Samuel Roe," is a person named after the role, who speaks.)
    const bodyName = name.split(/\s+/u).some((word) => organizationWords.has(word.toLowerCase()) || /^(?:PD|FD|PS|SO)$/u.test(word));
    const held = bodyName ? roleAfterName(described, false) : null;
    // ("Capt. Larry Roe, Kelby City PD, said": a name, then the body it serves with, no role between; the person speaks.)
    const served = bodyName && !held && openName.test(described) && !/^(?:the|a|an|his|her|its|their)\s/iu.test(described) && !/['’]s?\s/u.test(described);
    if (held || served) {
      const cut = held ? held.index : described.length;
      const person = backwardPhrase(described.slice(0, cut));
      const lead = head.length - head.trimStart().length;
      if (person.phrase && (held || /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u.test(person.phrase))) return { phrase: person.phrase, length: text.length - (lead + cut - person.length), apposition: held ? `${held.role}, ${name}` : name };
    }
    const role = /^(?:the|a|an|his|her|its|their)\s/iu.test(described) && described.split(/\s+/u).length <= 8 ? described : backwardPhrase(described).phrase;
    return { phrase: name, length: text.length - (namedAppositive.index + namedAppositive[0].indexOf(name)), apposition: role || null };
  }
  head = head.trimEnd();
  // ("the head of state remarked", "the new head of government said": an office's name, "of" and all.)
  const office = / (?:the|a|an)\s+(?:\p{Ll}+\s+)?head of (?:state|government)$/u.exec(` ${head}`);
  if (office) return { phrase: office[0].trim(), length: text.length - (head.length - office[0].length + 1), apposition };
  const taken = trailingPhrase(head);
  const phrase = cleanPhrase(taken);
  // ("A group of customers, the Quay Savers Group, said": a description the words before could not be read as, then a
  // body's name beside it; the body speaks.)
  const body = !phrase && apposition ? /^(?:the\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,5})[,;]?$/u.exec(apposition.trim())?.[1] : undefined;
  if (body && organizationWords.has((body.split(/\s+/u).at(-1) ?? '').toLowerCase())) return { phrase: body, length: text.length - (head.length - taken.length), apposition: null };
  return { phrase, length: text.length - (head.length - taken.length), apposition };
}

/** "She furthermore said", "Roe bluntly told": adverbs the lexicon knows as such, between the speaker and the verb. */
function stripAdverbs(head: string): string {
  for (let at = 0; at < 2; at++) {
    const last = /\s(\p{Ll}{2,})\s*$/u.exec(head);
    if (!last?.[1] || lexiconTag(last[1]) !== 'ADV' || clauseWords.has(last[1])) break;
    head = head.slice(0, last.index + 1);
  }
  return head;
}

// A name of two words before a role's comma, a middle initial or particles between them ("John W. Roe", "John von Roe",
// "Steve St. Angelo"); when a comma closes the role too, a name of one word alone.
const twoWordName = String.raw`\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s+)?(?:(?:von|van|de|der|den|da|di|du|del|della|dos|das|bin|ter|ten|St\.)\s+){0,2}\p{Lu}[\p{L}'’-]+\s*$`;
const openName = new RegExp(twoWordName, 'u');
const closedName = new RegExp(`${twoWordName}|^\\s*\\p{Lu}[\\p{L}'’-]+\\s*$`, 'u');

/**
 * ", director of campaigns at Passenger Watch," ending `head` after a capitalised name (of two words, or of one
 * standing alone when `closed`, i.e. when a comma closes the role too): the role and where its comma stands.
 */
function roleAfterName(head: string, closed: boolean): { role: string; index: number } | null {
  const match = (closed ? /,\s*([^,;\u2026\u201C\u201D"]{2,120}?)\s*,\s*$/u : /,\s*([^,;\u2026\u201C\u201D"]{2,120}?)\s*$/u).exec(head);
  // ("Elin Roe, Plaid Cymru AM for Ceredigion, said": a member's letters, in capitals, name a role too.)
  if (!match?.[1] || !match[1].split(/\s+/).some((word) => isRoleWord(word.toLowerCase()) || memberLetters.test(word))) return null;
  // ("Mohammed Roe , has replied a retired general": a clause's verb after the comma opens no role.)
  if (/^(?:has|have|had|is|was|were|are|will|would|did|does|can|could)\s/u.test(match[1])) return null;
  // ("John W. Combe, chief executive, said": a middle initial between the names.)
  const name = closed ? closedName : openName;
  const before = head.slice(0, match.index);
  // ("On Wednesday, Kelsham Air's chief executive said": a phrase of time opening the sentence names no one.)
  if (timeBefore(before)) return null;
  return name.test(before) ? { role: match[1], index: match.index } : null;
}

/** "On Wednesday", "Last March": a phrase of time, not a name, before an apposition's comma. */
function timeBefore(before: string): boolean {
  return /(?:^|\s)(?:On|In|At|By|Last|This|Early|Late|Since|Until|After|Before)\s+\p{Lu}[\p{L}'’-]+\s*$/u.test(before) || calendarName.test(before);
}
const memberLetters = /^(?:AM|MS|MSP|MLA|MHA|MHK|TD|MP|MEP|MPP|MNA|MLC)$/u;
const calendarName = new RegExp(`\\b(?:${weekdayNames}|${monthNames})\\s*$`, 'u');

/**
 * "Jane Roe, the chairperson of the Electoral Commission announced": a role of a body after a person's name, the
 * comma that should close it left out. (Only a role word and "of", "for" or "at" a body: "Roe, the company said" stays.)
 */
function unclosedRole(text: string): RegExpExecArray | null {
  if (!text.includes(',')) return null;
  // ("Jane Roe, head of the Kelby Drugs Bureau said:": the article before the role may be left out.)
  const match = /(?<=\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+),\s*((?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[^,\u2026\u201C"]*?)\s*$/u.exec(text) ??
    // ("Jane Roe, Port Ardine's harbour master said:": the body's role, owned, before the verb.)
    // ("Charles Roe, UPDF's 1st Division spokesperson tells": the owner's unit, its number and capitals, before the role.)
    /(?<=\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+),\s*((?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,4}['’]s?\s+(?:(?:[\p{Ll}-]+|\d+(?:st|nd|rd|th)|\p{Lu}[\p{L}-]*)\s+){0,3}([\p{Ll}-]+))\s*$/u.exec(text) ??
    // ("Douglas Roe, head of housing said:": a role over a field in small letters.)
    /(?<=\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+),\s*((?:the\s+)?([\p{Ll}-]+)\s+(?:of|for)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*$/u.exec(text) ??
    // ("Jane Roe, Health Protection Lead for the Association of Kelby Doctors said:": a title in capitals, then the body.)
    /(?<=\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+),\s*((?:\p{Lu}[\p{L}'’&-]*\s+){0,4}(\p{Lu}[\p{Ll}-]+)\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[^,\u2026\u201C"]*?)\s*$/u.exec(text);
  // (Not "Speaking to Jane Roe, Chief of Kelby Police Sam Poe said": a title before its holder's name, who speaks.)
  // ("… of Kelby Doctors": a plural noun ends a body's name, never a person's.)
  const holder = /\s(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(match?.[1] ?? '');
  const named = holder?.[1] && holder[2] && isGivenName(holder[1]) && !(/s$/u.test(holder[2]) && isLexiconNoun(holder[2].toLowerCase().slice(0, -1))) && !organizationWords.has(holder[2].toLowerCase());
  return match && (isRoleWord(match[2] ?? '') || match[2] === 'Lead') && !named && !timeBefore(text.slice(0, match.index)) ? match : null;
}

/** A body's name that lists its fields ending the text, with "a spokesperson for the" before it. */
const listedAtEnd = new RegExp(String.raw`(?:(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:for|of|at|from)\s+)?(?:the\s+)?${listedFields.source}$`, 'u');

/** Documents of findings, and those who find: what "found" is said of when it reports a finding. */
const findingDocuments = 'report|review|inquiry|investigation|study|audit|probe|inspection';
const finders = `${findingDocuments}|ombudsman|coroner|tribunal|panel|inspectors?|watchdog|regulator`;
/** "found" after an inquiry's or a finder's words, nothing of speech between: "The review, released on Monday, found". */
const findingVerb = new RegExp(String.raw`^[^\u201C\u201D"]*?\b(?:${finders})\b[^.;:!?\u201C\u201D"]{0,80}?\sfound(?=\s)`, 'u');
/** A body's name, then its report or review ("The Kelby Safety Bureau final report into the crash"), to the end. */
const findingOwner = new RegExp(String.raw`^\s*(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’&.-]*\s+(?:(?:and|of|for|&)\s+)?){1,7}?)(?:['’]s\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:${findingDocuments})\b(?:\s+into\s+[^,]{1,60})?\s*$`, 'u');
/** The phrase that finds: its head an inquiry, a document of findings, or a body that judges. */
const findingSubject = new RegExp(String.raw`\b(?:${finders})s?(?:\s+into\s+[^,]{1,60})?$`, 'iu');

/** A name, what it did, and a document it put out, then "reading": "Kelby Bank followed it up with a tweet reading". */
const documentReading = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:[\p{Ll}-]+\s+){1,5}?(?:with\s+)?(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:tweet|post|statement|message|letter|note|e-?mail|notice|release)\s+reading$/u;

/** "On Tuesday, …", "Speaking after the incident, …": the phrases fronted before a sentence's subject (see `cuesIn`). */
const frontedAdverbial = new RegExp(`${frontedClause.source}(?=\\p{Lu})`, 'iu');

/** "the board of education", "the department of health and human services": see `trailingPhrase`. */
const lowerBodyAtEnd = /(?:^|\s)(the\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+(?:of|for)\s+(?!(?:the|a|an|his|her|its|their|our|this|that)\s)\p{Ll}+(?:\s+(?:and\s+)?\p{Ll}+){0,3})\s*$/u;

/** The words that end `head` and can name a speaker: names, titles, "the agency", "one voter". */
function trailingPhrase(head: string): string {
  // ("“…,” the board of education said", "the department of health said": a body's common name in small letters, its field
  // after "of" or "for", which a body the text named may bear in capitals.)
  const field = head.includes(' of ') || head.includes(' for ') ? lowerBodyAtEnd.exec(head) : null;
  if (field?.[1] && field[2] && organizationWords.has(field[2]) && !field[1].split(/\s+/u).slice(1).some((word) => pronouns.has(word) || determiners.has(word))) return field[1];
  // ("the Department for Environment, Food and Rural Affairs said": the commas of a name that lists its fields.)
  const listed = head.includes(', ') && (head.includes(' and ') || head.includes(' & ')) ? listedAtEnd.exec(head.slice(-240)) : null;
  if (listed?.[1] && listedHead(listed[1]) === 'body') return listed[0];
  const words = head.split(/(\s+)/);
  const kept: string[] = [];
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] ?? '';
    if (word === '' || /^\s+$/.test(word)) {
      if (kept.length > 0) kept.unshift(word);
      continue;
    }
    const lower = word.replace(/['’]s$/, '').toLowerCase();
    const collected = kept.join('').trim();
    if (acronymInBrackets.test(word)) {
      kept.unshift(word);
      continue;
    }
    if (!/^[\p{L}\p{N}.&'’-]+$/u.test(word)) break;
    // ("…, however Kelby Council say": a connective before the subject is no word of its name.)
    if (collected && connective.test(lower)) break;
    // ("Kelby One said", "Quill One bosses said": a number in capitals after a capitalised word is the end of a name.)
    if (/^(?:One|Two|Three)$/u.test(word) && /^\p{Lu}[\p{L}&'’-]*$/u.test(words[index - 2] ?? '')) {
      kept.unshift(word);
      continue;
    }
    if (determiners.has(lower)) {
      kept.unshift(word);
      // "a spokesperson for the agency": go on past "for the".
      const previous = words[index - 2]?.toLowerCase() ?? '';
      const beforeThat = words[index - 4]?.toLowerCase().replace(/['’]s$/, '') ?? '';
      if (/^(?:for|of|at|with|from)$/.test(previous) && (isRoleWord(beforeThat) || documentWords.has(beforeThat) || memberOfBefore(words, index))) {
        kept.unshift(words[index - 2] ?? '', words[index - 1] ?? '');
        index -= 2;
        continue;
      }
      // ("Jo Roe from Unite the Union says", "Save the Children said": a body named by a call to act, its verb in capitals
      // before "the", keeps it.)
      const call = words[index - 2] ?? '';
      if (lower === 'the' && /^\p{Lu}/u.test(collected) && /^\p{Lu}\p{Ll}+$/u.test(call) && lexiconTag(call.toLowerCase()) === 'VERB') {
        kept.unshift(call, words[index - 1] ?? '');
        index -= 2;
        continue;
      }
      // ("a statement from the Japanese Embassy in the Philippines said", "the Office of the Prime Minister said": "in the",
      // "of the" inside a body's name, after its capitalised body word.)
      if (/^(?:in|of|for|to)$/.test(previous) && /^the\s+\p{Lu}/u.test(kept.join('').trim()) && organizationWords.has(beforeThat) && /^\p{Lu}/u.test(words[index - 4] ?? '')) {
        kept.unshift(words[index - 2] ?? '', words[index - 1] ?? '');
        index -= 2;
        continue;
      }
      break;
    }
    if (pronouns.has(lower)) {
      if (!collected) kept.unshift(word);
      break;
    }
    // ("Femke de Wit of the union", "Jan van der Roe": a particle of a name between its capitalised words.)
    if (isParticle(word) && /^\p{Ll}/u.test(word) && (/^\p{Lu}/u.test(collected) || isParticle(collected.split(/\s+/u)[0] ?? '')) && (/^\p{Lu}\p{Ll}/u.test(words[index - 2] ?? '') || isParticle(words[index - 2] ?? ''))) {
      kept.unshift(word);
      continue;
    }
    // ("The statement on Kelby Hospital continued": a document and what it is about.)
    if (/^(?:on|about|regarding|concerning)$/u.test(lower) && /^\p{Lu}/u.test(collected) && documentWords.has((words[index - 2] ?? '').toLowerCase())) {
      kept.unshift(word);
      continue;
    }
    // ("the notice to families stated", "a letter to parents said": a document and whom it was sent to.)
    if (/^(?:to|for)$/u.test(lower) && collected && /^\p{Ll}[\p{Ll} -]*$/u.test(collected) && collected.split(/\s+/u).length <= 2 && documentWords.has((words[index - 2] ?? '').toLowerCase())) {
      kept.unshift(word);
      continue;
    }
    // ("Jane Roe with KEMA says": a person's name of two words, then the body she works with.)
    if (lower === 'with' && /^\p{Lu}/u.test(collected) && [words[index - 2] ?? '', words[index - 4] ?? ''].every((name) => /^\p{Lu}\p{Ll}+$/u.test(name) && !sentenceWords.has(name.toLowerCase()) && !organizationWords.has(name.toLowerCase()) && !isRoleWord(name.toLowerCase()))) {
      kept.unshift(word);
      continue;
    }
    // ("The EU Delegation to Moldova said": "to" only between capitalised words of one name.)
    if (/^(?:of|for|and|&|from|in|to)$/.test(lower)) {
      const previous = words[index - 2] ?? '';
      // ("Bradford's director of public health has urged": a role's field in small letters after "of", a word or three.)
      const field = lower === 'of' && /^\p{Ll}[\p{Ll} -]*$/u.test(collected) && collected.split(/\s+/u).length <= 3 && isRoleWord(previous.toLowerCase()) && !/^(?:the|a|an)\b/u.test(collected);
      if (field || (collected && /^\p{Lu}/u.test(collected) && (/^\p{Lu}/u.test(previous) || (lower !== 'to' && (isRoleWord(previous.toLowerCase()) || documentWords.has(previous.toLowerCase()) || kinGroups.test(previous)))))) {
        kept.unshift(word);
        continue;
      }
      break;
    }
    // ("In a recent tweet Robert Burns said", "in the letter Jane Roe wrote": a document before a name is no part of it.)
    if (documentWords.has(lower) && /^\p{Lu}/u.test(collected) && !isLexiconWord(collected.split(/\s+/u)[0]?.toLowerCase() ?? '')) break;
    // ("the Volunteers Against Crime and Corruption (VACC) lamented": a capitalised preposition between the capitalised words
    // of a body's name, after a plural of people as such groups name themselves; not after a person's name.)
    if (/^(?:Against|For|Without|Beyond|Across|Under|Over|Through|With)$/u.test(word) && /^\p{Lu}/u.test(collected) && /^\p{Lu}\p{Ll}+s$/u.test(words[index - 2] ?? '') && isLexiconNoun((words[index - 2] ?? '').toLowerCase()) && !sentenceWords.has((words[index - 2] ?? '').toLowerCase())) {
      kept.unshift(word);
      continue;
    }
    if (/^\p{Lu}/u.test(word) ? !sentenceWords.has(lower) : isPhraseWord(lower) || isJoinedName(word)) {
      kept.unshift(word);
      continue;
    }
    // ("fire officials said", "county fire officials said": the field of a body's officials in small letters, two words at most,
    // which name the body as its own name's words do.)
    const officialsSoFar = collected.split(/\s+/u);
    if (officialsSoFar.length <= 2 && bodyPeopleWord.test(officialsSoFar.at(-1) ?? '') && /^\p{Ll}{3,}$/u.test(word) && isLexiconNoun(lower) && !clauseWords.has(lower) && !pronouns.has(lower) && !determiners.has(lower)) {
      kept.unshift(word);
      continue;
    }
    // ("“…,” officers said", "residents said": people named by a plural of their role or of a place's people, no article.)
    // ("“…,” KCI headquarters said", "police headquarters said": a body's headquarters speaks for it.)
    if (!collected && (peoplePlural(lower) || lower === 'headquarters')) {
      kept.unshift(word);
      continue;
    }
    // "one voter", "a local teacher": any noun right after a determiner.
    const lookback = [words[index - 2], words[index - 4]].map((candidate) => candidate?.toLowerCase() ?? '');
    // ("Kelsham's annual report": a name in the possessive stands where a determiner would.)
    const owners = [words[index - 2], words[index - 4]].map((candidate) => /^\p{Lu}[\p{L}-]*['’]s$/u.test(candidate ?? '') && !sentenceWords.has((candidate ?? '').toLowerCase().replace(/['’]s$/u, '')));
    const head = (collected.split(/\s+/u).at(-1) ?? '').toLowerCase();
    // ("Italy's coast guard": a country owns a body named by common nouns.)
    const bodyHead = organizationWords.has(head) || organizationBackReferences.has(head);
    const near = lookback.findIndex((candidate, at) => (determiners.has(candidate) && !pronouns.has(candidate)) || (owners[at] === true && (documentWords.has(head) || /^reports?$/u.test(head) || (bodyHead && countryNamed(candidate.replace(/['’]s$/u, '')) !== undefined))));
    // ("A North West ambulance service spokeswoman said": a region's name of two capitalised words between the article and
    // the body's words in small letters.)
    const region = near === -1 && determiners.has(words[index - 6]?.toLowerCase() ?? '') && !pronouns.has(words[index - 6]?.toLowerCase() ?? '') && [words[index - 2], words[index - 4]].every((candidate) => /^\p{Lu}\p{Ll}+$/u.test(candidate ?? '') && !sentenceWords.has((candidate ?? '').toLowerCase())) && collected.split(/\s+/u).some((after) => organizationWords.has(after.toLowerCase()));
    const reach = region ? 2 : near;
    // "That was how Roe put it": a verb or a wh-word between makes a clause, not "a local teacher".
    const between = reach === 1 ? (lookback[0] ?? '') : '';
    // ("In a recent tweet Robert Burns said": a noun that is no title before a name ends a phrase of its own.)
    const beforeName = /^\p{Lu}/u.test(collected) && !isTitleWord(word, isLexiconNoun) && !isLexiconWord(collected.split(/\s+/u)[0]?.toLowerCase() ?? '');
    // ("the retired nurse said", "the outgoing mayor said": a participle right after the article, before a role, describes it.)
    const describing = reach === 0 && isRoleWord(head) && (lexiconTag(lower) === 'ADJ' || lexiconTag(lower) === 'VERB');
    if (reach >= 0 && !beforeName && /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*['’]?$/u.test(word) && (!/(?:ed|ing)$/.test(word) || describing) && !clauseWords.has(lower) && !clauseWords.has(between)) {
      const determiner = index - 2 * (reach + 1);
      kept.unshift(...words.slice(determiner, index + 1));
      // "Pavel Roe of the regional fire service": go on to the name the organisation belongs to.
      if (memberOfBefore(words, determiner)) {
        kept.unshift(words[determiner - 2] ?? '', words[determiner - 1] ?? '');
        index = determiner - 2;
        continue;
      }
      break;
    }
    break;
  }
  return kept.join('').trim();
}

const bodyPeopleWord = new RegExp(`^(?:${bodyPeople})$`, 'u');
/** A body's people, or its paper's editors, by where they work: "officials at", "editors at". */
const atWork = new RegExp(`^(?:${bodyPeople}|editors)$`, 'u');

/** "officers", "residents", "witnesses": the plural of a role or of a place's people (not "customers", "fans"). */
function peoplePlural(lower: string): boolean {
  if (!/^\p{Ll}{4,}s$/u.test(lower)) return false;
  const singular = [lower.slice(0, -1), lower.endsWith('es') ? lower.slice(0, -2) : ''].filter(Boolean);
  return singular.some((word) => (isRoleWord(word) && !/^spokes/u.test(word)) || localPersonWord.test(word));
}

/** "of the", "at the", "from the" after a capitalised name, before the determiner at `determiner`. */
function memberOfBefore(words: string[], determiner: number): boolean {
  return /^(?:of|at|with|from)$/i.test(words[determiner - 2] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[determiner - 4] ?? '') && !sentenceWords.has((words[determiner - 4] ?? '').toLowerCase());
}

/** "(west)", "(North)": a district in brackets after an office. */
const districtInBrackets = /^\(\p{L}[\p{L}-]*\)$/u;
/** A district in brackets or the first word of a name, after a title. */
const districtOrName = /^(?:\(\p{L}[\p{L}-]*\)|\p{Lu}\p{Ll}+)$/u;

/** A document's noun at `index` of split words (or one more modifier before it), then "from", "by", "of" or "attributed". */
function documentAhead(words: string[], index: number, more: number): boolean {
  const noun = (words[index] ?? '').replace(/[,.;:]+$/, '').toLowerCase();
  if (documentWords.has(noun)) return /^\s*(?:from|by|of|attributed)\s/u.test(words.slice(index + 1).join(''));
  return more > 0 && /^\p{Ll}[\p{Ll}-]+$/u.test(words[index] ?? '') && documentAhead(words, index + 2, more - 1);
}

/**
 * The noun phrase that opens a text (after "according to" or an inverted "said"). `fronted`: the phrase opens its sentence
 * ("According to Jane Roe, the man who died was …"), so that the comma after the name opens the sentence's own clause,
 * and an apposition there is only one a second comma closes.
 */
/** Bodies a text names by a plural in small letters, as the issuers of a statement ("a statement from organisers"). */
const groupIssuers = /^(?:organi[sz]ers|police|officials|authorities|prosecutors|investigators)$/u;

export function forwardPhrase(text: string, fronted = false): Phrase {
  // ("“…,” said the mother of the physiotherapy intern", "said the mother of PC Andrew Roe": a relative, not the one named.)
  const kin = relativeFirst.exec(text);
  if (kin?.[1]) return { phrase: kin[1], length: kin[0].length, apposition: null };
  // ("“…,” said a smiling Roe after practice", "said a visibly shaken Jane Roe": a word of the speaker's manner between an
  // article and the name describes the one named.)
  const manner = mannerBeforeName.exec(text);
  if (manner?.[1] && manner[2] && mannerWord(manner[1]) && !isRoleWord(manner[1]) && !isRoleWord((manner[3] ?? '').toLowerCase()) && !isLexiconNoun((manner[3] ?? '').toLowerCase())) {
    return { phrase: manner[2], length: manner[0].length, apposition: null };
  }
  // ("read a post on the Kelby Rovers Facebook page": the page's post, whose owner speaks.)
  const posted = pagedPostAfter.exec(text);
  if (posted?.[1]) return { phrase: posted[1], length: posted[0].length, apposition: null };
  // ("said a spokeswoman at the public prosecutor's office in Duisburg, Anna Weiler on Thursday": the voice described by
  // where it works, then named after the comma.)
  const voice = describedVoice.exec(text);
  if (voice?.[1] && voice[2]) return { phrase: voice[1], length: voice[0].length, apposition: voice[2] };
  const words = text.split(/(\s+)/);
  let length = 0;
  let taken = 0;
  const kept: string[] = [];
  let apposition: string | null = null;
  for (let index = 0; index < words.length; index++) {
    const raw = words[index] ?? '';
    if (raw === '' || /^\s+$/.test(raw)) {
      length += raw.length;
      continue;
    }
    // "Mr." and "U.S." keep their periods; any other trailing mark ends the phrase.
    const dotted = /^(?:\p{L}\.){2,}$/u.test(raw);
    // ("said John W. Combe": a middle initial's period, before the surname, ends nothing.)
    const initial = kept.length > 0 && /^\p{Lu}\.$/u.test(raw) && /^\p{Lu}\p{Ll}/u.test(words[index + 2] ?? '');
    // ("said S/Sgt. Jane Roe": a rank's abbreviation with its grade's letter before a slash keeps its period too.)
    const graded = /^\p{Lu}\/(\p{L}+)\.$/u.exec(raw)?.[1];
    const word = dotted || initial || (abbreviations.has(raw.replace(/\.$/, '').toLowerCase()) && raw.endsWith('.')) || (graded !== undefined && abbreviations.has(graded.toLowerCase())) ? raw : raw.replace(/[,.;:]+$/, '');
    const lower = word.replace(/['’]s$/, '').toLowerCase();
    const next = words[index + 2] ?? '';
    const nextLower = next.replace(/[,.;:]+$/, '').replace(/['’]s$/, '').toLowerCase();
    // ("said union president Jane Roe Tuesday": the day after the name ends the phrase.)
    if (kept.length > 0 && isWeekday(word) && !(kept.length === 1 && determiners.has((kept[0] ?? '').toLowerCase()))) break;
    const accepted =
      acronymInBrackets.test(word) ||
      // ("according to deputy commissioner of police (west) Jane Roe": a district in brackets between a title and a name.)
      (kept.length > 0 && districtInBrackets.test(word) && /^\p{Lu}\p{Ll}/u.test(next)) ||
      // ("according to deputy commissioner of police Jane Roe": a title in small letters with its field after "of", then
      // the name.)
      (/^(?:of|for)$/u.test(lower) && isRoleWord((kept.at(-1) ?? '').toLowerCase()) && /^\p{Ll}{3,}$/u.test(next) && districtOrName.test(words[index + 4] ?? '')) ||
      (/^\p{Ll}{3,}$/u.test(word) && /^(?:of|for)$/u.test(kept.at(-1) ?? '') && isRoleWord((kept.at(-2) ?? '').toLowerCase()) && districtOrName.test(next)) ||
      // "Juan Roe ‘Sonny’ Poe": a nickname in quotation marks between a name's words.
      (/^\p{Lu}/u.test(kept.at(-1) ?? '') && /^[‘“"']\p{Lu}[\p{L}.-]*[’”"']$/u.test(word) && /^\p{Lu}\p{Ll}/u.test(next)) ||
      (kept.length === 0 && determiners.has(lower)) ||
      // ("said the project's lead scientist, …": whose, in small letters, after the article.)
      (kept.length === 1 && /^the$/iu.test(kept[0] ?? '') && /^\p{Ll}[\p{Ll}-]+['’]s$/u.test(word) && /^\p{Ll}/u.test(next)) ||
      // ("according to a prepared statement from the ministry", "a joint statement by": a word that says what kind of
      // document, between its article and its noun.)
      // ("read a Sunday evening statement from Dr Jane Roe": two such words, a day's name among them.)
      (kept.length >= 1 && kept.length <= 2 && determiners.has((kept[0] ?? '').toLowerCase()) && (/^\p{Ll}[\p{Ll}-]+$/u.test(word) || isWeekday(word)) && documentAhead(words, index + 2, 2 - kept.length)) ||
      // "the coastguard officer", "the harbourmaster": a noun before a role, or a role by its form.
      // ("said the seven-time champion", "the long-serving councillor": a word of hyphened parts before the role too.)
      (/^\p{Ll}+$/u.test(word) && (isRoleWord(nextLower) || (kept.length > 0 && isTitleWord(word.charAt(0).toUpperCase() + word.slice(1), isLexiconNoun)))) ||
      (/^\p{Ll}+(?:-\p{Ll}+)+$/u.test(word) && kept.length > 0 && isRoleWord(nextLower)) ||
      // "said media relations officer Jane Roe", "said fire service spokeswoman Jane Roe": nouns in lower case that run
      // into a role word.
      // ("according to the district disaster management officer, Jane Roe": after an article and other nouns too.)
      (/^\p{Ll}+$/u.test(word) && kept.every((before) => /^\p{Ll}/u.test(before)) && !clauseWords.has(lower) && !pronouns.has(lower) && runsIntoRole(words, index)) ||
      // "says harbourmaster Tom Penrose", "said volunteer Ana Roe": one lower-case noun, then a name of two words.
      // ("Ex-Roe United star Jan Poe also …": after a body's name too, "star" before a name of two words.)
      (/^\p{Ll}[\p{Ll}-]{3,}$/u.test(word) && (kept.length === 0 || /^\p{Lu}/u.test(kept.at(-1) ?? '')) && !clauseWords.has(lower) && !pronouns.has(lower) && !determiners.has(lower) && lexiconTag(lower) !== 'VERB' && lexiconTag(lower) !== 'ADP' && lexiconTag(lower) !== 'ADV' && /^\p{Lu}\p{Ll}+$/u.test(next) && /^\p{Lu}\p{Ll}/u.test(words[index + 4] ?? '')) ||
      // ("said Kelby General labor and delivery nurse Jane Roe", "… intensive care nurse Jane Roe": after a body's name, a
      // role of several words in small letters, then a name of two words.)
      (/^\p{Ll}/u.test(word) && kept.some((before) => /^\p{Lu}/u.test(before)) && kept.slice(kept.findLastIndex((before) => /^\p{Lu}/u.test(before)) + 1).every((before) => /^\p{Ll}/u.test(before)) && roleRunThenName(words, index)) ||
      // "a spokesperson for the German aviation authority": a lower-case word before the body's noun.
      (/^\p{Ll}+$/u.test(word) && kept.length > 0 && /^(?:the|a|an|\p{Lu}.*)$/u.test(kept.at(-1) ?? '') && organizationWords.has(nextLower)) ||
      // ("said one TTC user", "a Kelby Rovers fan said": the public of the body named, after its name.)
      (kept.length >= 2 && /^(?:a|an|one|another)$/iu.test(kept[0] ?? '') && kept.slice(1).every((before) => /^\p{Lu}/u.test(before)) && publicPerson.test(lower)) ||
      (/^\p{Lu}/u.test(word) && !sentenceWords.has(lower)) ||
      (kept.length > 0 && isJoinedName(word)) ||
      isPhraseWord(lower) ||
      // "Ursula von der Roe": a surname's particles between capitalised names.
      (kept.length > 0 && (/^\p{Lu}/u.test(kept.at(-1) ?? '') || isParticle(kept.at(-1) ?? '')) && isParticle(word) && /^(?:\p{Lu}|von$|van$|der$|den$|de$|la$)/u.test(next)) ||
      (/^(?:of|for|from|by|and)$/.test(lower) && kept.length > 0 && /^(?:\p{Lu}|the$|a$|an$|her$|his$|its$)/u.test(next)) ||
      // ("says a statement from organisers": a document's bodies named by a plural in small letters after "from" or "by".)
      (/^(?:from|by)$/u.test(lower) && documentWords.has((kept.at(-1) ?? '').toLowerCase()) && groupIssuers.test(nextLower)) ||
      (groupIssuers.test(lower) && /^(?:from|by)$/u.test(kept.at(-1) ?? '') && documentWords.has((kept.at(-2) ?? '').toLowerCase())) ||
      // ("said officials at the Kelby Journal of Medicine", "said editors at …": a body's people by where they work, as
      // "officials at the ministry said" before the verb.)
      // ("said an official at the Kelby Defence Ministry", "said a lawyer with Roe Partners": one by role where they work.)
      (kept.length === 0 && atWork.test(lower) && nextLower === 'at' && /^(?:\p{Lu}|the$)/u.test(words[index + 4] ?? '')) ||
      (/^(?:at|with)$/u.test(lower) && ((kept.length === 1 && atWork.test((kept[0] ?? '').toLowerCase())) || isRoleWord((kept.at(-1) ?? '').toLowerCase())) && (/^\p{Lu}/u.test(next) || (next === 'the' && /^\p{Lu}/u.test(words[index + 4] ?? '')))) ||
      (lower === 'the' && /^(?:at|with)$/u.test(kept.at(-1) ?? '') && /^\p{Lu}/u.test(next)) ||
      // ("read a statement attributed to Dr Jane Roe": a document's author named after "attributed to", as after "from".)
      (lower === 'attributed' && documentWords.has((kept.at(-1) ?? '').toLowerCase()) && nextLower === 'to') ||
      // ("according to a press release issued by the Kelby Park Service": who issued it, after the participle.)
      (/^(?:issued|released|published|circulated|signed)$/u.test(lower) && documentWords.has((kept.at(-1) ?? '').toLowerCase()) && nextLower === 'by') ||
      (lower === 'to' && kept.at(-1) === 'attributed' && /^(?:\p{Lu}|the$|a$|an$|her$|his$|its$)/u.test(next)) ||
      // ("said the chair of the judges, Ian Poe", "the director of the film festival, Jane Roe, said": a role of a group named
      // in small letters, then the name after the comma.)
      (/^(?:of|for)$/u.test(lower) && isRoleWord((kept.at(-1) ?? '').toLowerCase()) && groupThenName(words, index + 2)) ||
      (/^\p{Ll}[\p{Ll}-]+,?$/u.test(raw) && roleOfGroup(kept) && !clauseWords.has(lower) && !pronouns.has(lower) && !determiners.has(lower) && groupThenName(words, index)) ||
      // ("says area school teacher and member of the negotiation team, Jane Roe": two roles joined by "and".)
      (lower === 'and' && isRoleWord((kept.at(-1) ?? '').toLowerCase()) && isRoleWord(nextLower)) ||
      // "Special Agent in Charge Jane Roe", "Commander in Chief": "in" inside a title of capitalised words.
      // (Not "said Mr Roe in Nairobi yesterday": where the speaker spoke, after a name.)
      (lower === 'in' && /^\p{Lu}/u.test(kept.at(-1) ?? '') && /^\p{Lu}/u.test(next) && (isRoleWord((kept.at(-1) ?? '').toLowerCase()) || isRoleWord(nextLower) || nextLower === 'charge')) ||
      (kept.length > 0 && /^(?:the|a|an|her|his|its|their)$/.test(lower) && /^(?:of|for|from|by)$/i.test(kept.at(-1) ?? ''));
    if (!accepted || /\u2026/.test(raw)) break;
    kept.push(word);
    length += raw.length;
    taken = length - (raw.length - word.length);
    if (raw !== word) {
      if (raw.endsWith(',')) {
        const rest = words.slice(index + 1).join('');
        const appositive = (fronted ? /^\s*((?:a|an|the|his|her|its|their)\s+[^,.;:\u2026"\u201C\u201D]+)(?=,)/i : /^\s*((?:a|an|the|his|her|its|their)\s+[^,.;:\u2026"\u201C\u201D]+)/i).exec(rest);
        // After a name in the speaker's place, "a/the …" is the speaker's role.
        if (appositive && /^\p{Lu}/u.test(kept.at(-1) ?? '')) {
          apposition = appositive[1] ?? null;
          taken = length + appositive[0].length;
        }
        // "said his widow, Maria Roe", "said the mayor, Jane Roe": after a description, a name is who it describes.
        // ("said the study's lead author, Dr Rosa Roe of Kelby University": a title before the name, and the body after "of".)
        const name = /^\s*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Hon|Rev)\.?\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}'’-]*)){0,6})?\s*(?=[,.;!?]|$)/u.exec(rest);
        // ("the mayor of Split, Ante Babić": a role of a place, then a name of two words or more.)
        const roleOfPlace = kept.some((kept) => isRoleWord(kept.toLowerCase())) && /\s/u.test(name?.[1] ?? '');
        // ("According to the MCE, Hon. Kwame Roe, …": an office by its letters after "the", then the one who holds it.)
        const office = kept.length === 2 && /^the$/iu.test(kept[0] ?? '') && /^\p{Lu}{2,6}$/u.test(kept[1] ?? '');
        if (!appositive && name && (/^\p{Ll}/u.test(kept.at(-1) ?? '') || roleOfPlace || (office && /\s/u.test(name[1] ?? '')))) {
          apposition = name[1] ?? null;
          taken = length + name[0].length;
        }
        // ("said the project's lead scientist, University of Maine oceanographer Andrew Roe": after a description, a title
        // (a body's name, then what the person does there in small letters) and a name of two words or more.)
        const titled = !appositive && !name && /^\p{Ll}/u.test(kept.at(-1) ?? '') ? /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’.-]*)){0,5})\s+((?:\p{Ll}[\p{Ll}-]{2,}\s+){1,2})(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*(?=[,.;!?]|$)/u.exec(rest) : null;
        const titleWords = titled?.[2]?.trim().split(/\s+/u) ?? [];
        if (titled?.[3] && titleWords.every((title) => !clauseWords.has(title) && !determiners.has(title) && lexiconTag(title) !== 'VERB' && lexiconTag(title) !== 'ADP' && lexiconTag(title) !== 'ADV')) {
          apposition = `${titled[1]} ${titled[2]}`.replace(/\s+/gu, ' ').trim();
          kept.length = 0;
          kept.push(titled[3]);
          taken = length + titled[0].length;
        }
      }
      break;
    }
  }
  while (kept.length > 0 && /^(?:of|for|from|by|and|the|a|an)$/i.test(kept.at(-1) ?? '')) kept.pop();
  return { phrase: cleanPhrase(kept.join(' ')), length: kept.length > 0 ? taken : 0, apposition };
}

/**
 * From `index`, one to three nouns in small letters, the last closed by a comma, then a name of two words or more that
 * ends the clause: "judges, Ian Poe." in "said the chair of the judges, Ian Poe." (an article or "its" may open them).
 */
function groupThenName(words: string[], index: number): boolean {
  let at = index;
  if (/^(?:the|a|an|its|their|this)$/u.test(words[at] ?? '')) at += 2;
  for (let count = 0; count < 3; count++, at += 2) {
    const raw = words[at] ?? '';
    const word = raw.replace(/,$/u, '');
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word) || clauseWords.has(word) || pronouns.has(word) || determiners.has(word) || lexiconTag(word) === 'VERB' || lexiconTag(word) === 'ADP' || lexiconTag(word) === 'ADV') return false;
    // (The name's words and the spaces between them: a dozen of the split's parts at most.)
    if (raw.endsWith(',')) return /^\s*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*(?:[,.;!?]|$)/u.test(words.slice(at + 1, at + 12).join(''));
  }
  return false;
}

/** Do the words kept so far end on a role and "of" (an article after it, nouns in small letters already taken)? */
function roleOfGroup(kept: string[]): boolean {
  const at = kept.findLastIndex((word) => /^(?:of|for)$/u.test(word));
  return at > 0 && isRoleWord((kept[at - 1] ?? '').toLowerCase()) && kept.slice(at + 1).every((word) => /^\p{Ll}/u.test(word)) && kept.length - at <= 4;
}

/** From `index`, up to five words in small letters ("and" among them) that end in a role word, then a name of two words. */
function roleRunThenName(words: string[], index: number): boolean {
  for (let at = index; at <= index + 8; at += 2) {
    const word = words[at] ?? '';
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
    if (word !== 'and' && (clauseWords.has(word) || determiners.has(word) || pronouns.has(word) || ['ADV', 'ADP'].includes(lexiconTag(word) ?? ''))) return false;
    if (isRoleWord(word)) return /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(words[at + 2] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[at + 4] ?? '');
  }
  return false;
}

/** Lower-case nouns from `index` on (two more at most) that end on a role word: "media relations officer". */
function runsIntoRole(words: string[], index: number): boolean {
  for (let at = index + 2; at <= index + 6; at += 2) {
    const word = (words[at] ?? '').replace(/[,.;:]+$/, '');
    if (!/^\p{Ll}+$/u.test(word) || clauseWords.has(word) || determiners.has(word) || pronouns.has(word)) return false;
    if (isRoleWord(word)) return isLexiconNoun(words[index] ?? '') && (at === index + 2 || isLexiconNoun(words[at - 2] ?? ''));
  }
  return false;
}

/** A phrase without bracketed acronyms and doubled spaces. */
function cleanPhrase(phrase: string): string {
  return phrase.replace(/\s*\(\p{Lu}{2,8}\)/gu, '').replace(/\s+/g, ' ').trim();
}

/** "The family of Sam Roe", "Roe's parents": the people who speak together for one named. */
const kinGroups = new RegExp(`^(?:${familyGroups})$`, 'iu');

function isPhraseWord(lower: string): boolean {
  return (
    kinGroups.test(lower) ||
    /^\d{1,3}-year-old$/u.test(lower) ||
    // ("“…,” the accused told the court": the one on trial, by the participle courts call them by.)
    lower === 'accused' ||
    isRoleWord(lower) ||
    organizationWords.has(lower) ||
    organizationBackReferences.has(lower) ||
    mediaBackReferences.has(lower) ||
    documentWords.has(lower) ||
    modifiers.has(lower) ||
    /^\d+$/.test(lower)
  );
}
