// The features that decide a paragraph's section, each one worded as a reason a reader can check.
import type { Section } from '../../schemas/dossier.ts';
import { isLexiconNoun, lexiconTag, tagger } from '../entities/tagger.ts';
import { transcriptLine } from '../junk/features.ts';
import { attributions, attributionWords } from './attribution.ts';
import { auxiliaries, commentRequests, contextCues, currencyCodes, currencyNames, eventCues, irregularParticiples, pastForms, presentForms, speechVerbs, timeAnchors } from './lexicon.ts';
import { sentenceSpans } from '../sentences.ts';

export interface ParagraphFeatures {
  text: string;
  /** Spans in quotation marks, as offsets into `text`; `reported` when an outlet's report is what is quoted. */
  quotes: Array<{ start: number; end: number; reported?: boolean }>;
  /** The in-article heading the paragraph stands under, if any. */
  heading: string | null;
  /** True for the first paragraph of the article body. */
  lede: boolean;
  /** Names the source was told things by: its outlet, and whoever follows "told …" or "statement to …". */
  outlets: Set<string>;
  /** The names the headline and the lede give (lower-cased, cut to five letters): who and what the case is about. */
  core?: Set<string>;
  /** A line of a transcript ("KOLB: …"); by default read off the text alone. */
  transcript?: boolean;
  /** True for the paragraphs that open the article (the first two): they tell the news even when they name a source. */
  opening?: boolean;
  /** How far into the article the paragraph stands: 0 at the first paragraph, near 1 at the last. */
  position?: number;
  /** True when the headline or the lede sets a figure against an earlier period: then such figures are the case's news. */
  figuresNews?: boolean;
  /** The year the source was published, when known: years before it are the case's background. */
  year?: number | null;
  /** When given, filled with the counts the decision was made from (the section model's input). */
  stats?: ClassifyStats;
}

/** The counts behind one paragraph's decision, for the section model (`sections/model.ts`). */
export interface ClassifyStats {
  /** Which rule decided: 0 the weighing of event and context cues, 1 a quotation first, 2 words to follow, 3 a transcript or a request for comment, 4 a speech act, 5 reported on the record, 6 largely quoted, 7 an undated account. */
  branch: number;
  quoted: number;
  sentences: number;
  official: number;
  speakerFirst: number;
  acts: number;
  data: boolean;
  event: number;
  context: number;
  past: number;
  present: number;
  earlier: number;
  coreNamed: boolean;
  dated: boolean;
  generic: boolean;
  statementCue: boolean;
  intent: boolean;
}

// Where the counts go when nobody asks for them.
const scratch: ClassifyStats = emptyStats();

export function emptyStats(): ClassifyStats {
  return { branch: 0, quoted: 0, sentences: 0, official: 0, speakerFirst: 0, acts: 0, data: false, event: 0, context: 0, past: 0, present: 0, earlier: 0, coreNamed: false, dated: false, generic: false, statementCue: false, intent: false };
}

// Background by its form: the rules that apply ("Under the … Act", "state law gives", "according to federal guidance"), and
// advice to the reader.
const ruleCue = /\b(?:under (?:the )?(?:(?:[\p{Lu}\d][\p{L}\d'’-]*|of|the)\s+){0,6}(?:rules?|law|laws|act|regulations?|code|guidelines|constitution|treaty|directive|statute|convention|charter)\b|(?:is|are) (?:governed|regulated) by\b|(?:[\p{L}-]+) laws? (?:gives?|requires?|allows?|says?|bans?|permits?|lets?|sets?)|rules (?:allow|require|say|set)|(?:is|are) (?:considered|defined as|classed as)|according to (?:(?:the|federal|national|state|official|current|\p{Lu}[\p{L}'’-]*)\s+){0,3}(?:guidance|guidelines|rules|regulations|law))/iu;
// The standing notice of a charge ("… are presumed innocent until proven guilty", "an indictment is merely an accusation"):
// what holds for every defendant, not a step of this case.
const legalNotice = /\b(?:presumed innocent|until proven guilty|merely (?:an? )?(?:accusations?|allegations?)|merely (?:contains?|an?) (?:allegations?|accusations?))\b/iu;
const adviceOpening = /^(?:never|always|don[’']t|do not|avoid|check|keep|fit|be (?:wary|suspicious|careful|aware)|change|call|contact|register|only use|make sure|if you(?:['’]re| are| have| own| bought| think)?)\b/iu;

// Background by its time: what happens every year, in a typical week or for decades is no moment of one case.
const generalTime = /\b(?:(?:every|each|per|in a (?:typical|normal|given|average))\s+(?:year|week|month|day|winter|summer|spring|autumn|season)|annually|yearly|(?:for|over) (?:more than |nearly |almost |about |at least )?(?:\p{L}+ )?(?:decades|centuries)|(?:over|in|during) the (?:past|last|previous|preceding) (?:[\p{L}\p{N}]+ )?(?:decades?|years)|(?:over|in|during) the (?:past|last|previous|preceding) (?:12|twelve|18|eighteen|24) months)\b/iu;
// A figure set against an earlier period ("up 19pc on the previous year", "down from €21mn the year before", "up 2.9 times
// from the previous year's total", "year on year"): the trend around the case, not a moment of it — unless the headline or
// the lede compares so too (results, a count of cases): then the comparison is the news.
export const periodComparison = /\b(?:(?:up|down|higher|lower|more|less|rising|falling|rose|fell)\b(?:[^.;:]|\.(?=\d)){0,40}?\b(?:on|from|than|over|against)\s+(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|quarter|month|season)|(?:up|down|higher|lower|rose|fell)\b(?:[^.;:]|\.(?=\d)){0,40}?\b(?:the year before|a year (?:earlier|before|ago))|year[- ](?:on|over)[- ]year)\b/iu;
// A rate ("4,000 containers a day", "25 cases a year"): how things go, not a moment. The number ends on a digit, so that a
// year before a comma ("In May 2024, a month before …") is no rate.
const rate = /\d(?:[\d,.]*\d)?\p{L}{0,2}\s+(?:[\p{L}-]+\s+){0,2}(?:a|per)\s+(?:day|week|month|year)\b/iu;
// A sum of money by the period ("£9.5m a year", "EUR 50,000 a day", "1.9 million pounds a year") is a price, a fee or a
// penalty: a term of the case's deal or ruling, where a count by the period ("21,000 vehicles a day") is how things go.
const currencyBefore = new RegExp(String.raw`(?:[$€£¥₹]|\b(?:${currencyCodes.join('|').replace(/[$.]/gu, '\\$&')}))\s?$`, 'u');
const currencyWord = new RegExp(String.raw`\b(?:${currencyNames.join('|')})\b`, 'iu');

/** The rate a paragraph gives, unless it is a sum of money by the period. */
function countRate(text: string): RegExpMatchArray | null {
  for (const match of text.matchAll(rates)) {
    const price = currencyBefore.test(text.slice(Math.max(0, (match.index ?? 0) - 5), match.index)) || currencyWord.test(match[0]);
    if (!price) return match;
  }
  return null;
}
const rates = new RegExp(rate.source, 'giu');
const explainer = /\b(?:here(?:[’']s| is| are) (?:what (?:you need to|we|you should) (?:know|do)|how (?:it|the \p{L}+|this) works?)|below,? we (?:explain|look at|set out))\b/iu;
// Background by comparison: the case set among others like it ("the region is no stranger to floods", "has a long history
// of ferry accidents").
const comparison = /\b(?:similar (?:cases|incidents|breaches|events)|other (?:cases|incidents)|previous cases|(?:one|the latest) (?:of|in) a (?:string|series|spate|line) of|not the first (?:time|case)|(?:is|are|was|were) no strangers? to|(?:has|have|had) a (?:long|grim|troubled|chequered|checkered|tragic) (?:history|record) of)\b/iu;

// Background by framing: a paragraph that opens "<this, the move, his remarks> comes after / as / amid / against …" places
// the case in the situation around it. Only the present "come(s)": the past "came after …" narrates the sequence of
// the case's own steps ("The verdict came after six days of testimony"), which readers file as events.
const backdrop = /^(?:[\p{L}\p{N}'’-]+\s+){1,4}comes?\s+(?:(?:just|only|days|weeks|months|a\s+(?:day|week|month))\s+)?(?:after|as|amid|against|following)\b/iu;
const sentenceOpeners = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'it', 'he', 'she', 'they', 'we', 'i', 'but', 'and', 'for', 'as', 'if', 'when', 'while', 'this', 'that', 'there', 'after', 'before', 'since', 'his', 'her', 'their', 'its', 'some', 'many', 'one', 'two', 'more', 'most', 'all', 'no', 'not', 'so', 'yet', 'what', 'who', 'how', 'why', 'where']);
const calendar = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/** The capitalised words of a text, as lower-cased five-letter stems: its names. */
export function namesIn(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}\p{M}'’-]+/gu) ?? [])
    .map((word) => word.toLowerCase().replace(/['’]s$/, ''))
    .filter((word) => word.length >= 3 && !sentenceOpeners.has(word) && !calendar.test(word))
    .map((word) => word.slice(0, 5));
}

export interface Decision {
  section: Section;
  why: string[];
}

export const openingQuote = /^[\s(]*[“"‘]/u;
const lowerWords = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

export function sentencesOf(text: string): string[] {
  return sentenceSpans(text).map((span) => span.text);
}

export { sentenceSpans };

/**
 * A mixed paragraph read sentence by sentence: in a statement paragraph, a plain sentence with no quotation
 * and no attribution is an event (or background, on a cue of background); in an event or context paragraph,
 * a sentence that is itself a statement is left to the statements (null). Offsets are relative to the text.
 */
export function sentenceSection(features: ParagraphFeatures, paragraph: Section, sentence: { text: string; start: number; end: number }): Section | null {
  const quotes = features.quotes
    .filter((quote) => quote.start < sentence.end && quote.end > sentence.start)
    .map((quote) => ({ start: Math.max(0, quote.start - sentence.start), end: Math.min(sentence.end, quote.end) - sentence.start }));
  // Most sentences settle without a full reading: no quotation and no speech verb cannot be a statement.
  attributionWords.lastIndex = 0;
  const attributed = attributionWords.test(sentence.text);
  attributionWords.lastIndex = 0;
  if (paragraph !== 'statement' && quotes.length === 0 && !attributed) return paragraph;
  if (paragraph === 'statement' && quotes.length > 0) return 'statement';
  const decision = classify({ ...features, text: sentence.text, quotes, lede: false, transcript: undefined, stats: undefined });
  if (paragraph !== 'statement') return decision.section === 'statement' ? null : paragraph;
  if (decision.section === 'statement') return 'statement';
  // One sentence says little about its tense; it is background only on a cue of background.
  const evidence = decision.why.some((reason) => reason.startsWith('background cues') || reason === 'sourced to data');
  return decision.section === 'context' && evidence ? 'context' : 'event';
}

/** Decide one paragraph's section, with the reasons. */
export function classify(features: ParagraphFeatures): Decision {
  const stats = features.stats ?? scratch;
  const decision = classifyInto(features, stats);
  if (features.stats) {
    const tokens = features.text.toLowerCase().replace(/[’]/g, "'").match(lowerWords) ?? [];
    const { past, present } = tenseOf(tokens);
    stats.past = past;
    stats.present = present;
    stats.sentences ||= sentencesOf(features.text).length;
    stats.quoted = quotedShare(features);
    stats.dated = dated(features.text);
    stats.statementCue = statementCue.test(features.text);
    stats.intent = intent(features.text);
  }
  return decision;
}

function classifyInto(features: ParagraphFeatures, stats: ClassifyStats): Decision {
  const { text } = features;
  const why: string[] = [];
  const quoted = quotedShare(features);
  // A paragraph that opens on someone's words is theirs, when the words are more than a phrase ("“Dithering,” as …").
  if (openingQuote.test(text) && quoted >= 0.15) {
    stats.branch = 1;
    return { section: 'statement', why: [`opens with a quotation (${percent(quoted)} quoted)`] };
  }
  stats.branch = 2;
  if (introducesQuotation(text)) return { section: 'statement', why: ['introduces the quotation that follows ("… said:")'] };
  const setting = speechSetting.exec(text);
  if (setting && !features.lede) return { section: 'statement', why: [`sets out someone's words that follow ("${setting[0]}")`] };
  stats.branch = 3;
  if (features.transcript ?? transcriptLine.test(text)) return { section: 'statement', why: ['a line of a transcript'] };
  const lowerText = text.toLowerCase();
  const request = commentRequests.find((phrase) => lowerText.includes(phrase));
  if (request) return { section: 'statement', why: [`asks a party for comment ("${request}")`] };
  // "In a statement, the ministry said …", "In a post on its Facebook page, the club said …": a paragraph that opens on
  // the statement it reports is that statement, the second paragraph too (the lede keeps the news it gives).
  const frame = statementFrame.exec(text);
  if (frame && !features.lede && attributed(text)) return { section: 'statement', why: [`opens on the statement it reports ("${frame[0]}")`] };
  stats.branch = 0;

  const sentences = sentencesOf(text);
  let official = 0;
  // Sentences whose main clause opens with the speaker and the speech verb ("Roe, the director, said the …").
  let speakerFirst = 0;
  let data = false;
  // Sentences that tell only that someone spoke ("Roe spoke to reporters", "the club responded in a statement").
  let acts = 0;
  // Sentences someone says (a speech verb, not "according to", which sources a fact rather than relaying words).
  let said = 0;
  for (const sentence of sentences) {
    const voices = attributions(sentence, features.outlets);
    const act = speechAct.exec(sentence);
    if (act) {
      why.push(`tells that someone spoke ("${act[0]}")`);
      official++;
      acts++;
      continue;
    }
    for (const { phrase, voice } of voices) why.push(`"${phrase}" speaks: ${voice}`);
    // An opening paragraph that names its source at the end ("…, the regulator said") still tells the news;
    // after the lede, only when it reports rather than quotes.
    const opening = features.lede || (features.opening === true && features.quotes.length === 0);
    const onRecord = voices.filter((entry) => entry.voice === 'official' && !(opening && entry.at > 0.4));
    if (onRecord.length > 0) official++;
    if (onRecord.some((entry) => entry.at < 0.5 && !entry.according)) speakerFirst++;
    if (onRecord.some((entry) => !entry.according)) said++;
    if (voices.some((entry) => entry.voice === 'data')) data = true;
  }
  // Facts reported on someone's word ("the agency said the sample was taken on 2 April") tell the case;
  // a paragraph is a statement when it quotes, or reports a statement as such (a spokesperson, a release).
  // Without a quotation, reported speech makes a statement only when the paragraph is all reported: a sentence of
  // its own telling what happened makes it the case's.
  const reported = quoted > 0 ? official * 3 >= sentences.length : official === sentences.length;
  Object.assign(stats, { sentences: sentences.length, official, speakerFirst, acts, data });
  // A paragraph all about someone speaking is their statement, the words to come or reported around it.
  stats.branch = 4;
  if (acts > 0 && official === sentences.length && !features.lede) return { section: 'statement', why };
  // The lede tells the news even when it names who said it ("The minister said on Tuesday that …").
  stats.branch = 5;
  if (official > 0 && reported && !features.lede && (quoted > 0 || statementCue.test(text) || intent(text))) {
    why.push(`${official} of ${sentences.length} sentences attributed on the record`);
    return { section: 'statement', why };
  }
  // Nearly a third of the paragraph in someone's words makes it theirs, whoever the sentence around them names.
  stats.branch = 6;
  if (quoted >= 0.3) return { section: 'statement', why: [...why, `largely quoted words (${percent(quoted)})`] };
  stats.branch = 0;
  const decision = eventOrContext(features, why, data, stats);
  // "Roe said the supports had been checked": an account in someone's words, undated, anywhere after the lede (the
  // second paragraph too: "The union said about 900 drivers had joined the stoppage" is the union's statement, as the
  // labellers of real pages read it).
  // A date makes it a step of the case told on someone's word ("said it filed a complaint on 9 December"). Past the first
  // half (news tells the case's steps first), so is an undated paragraph all in words someone says, the speaker named last
  // ("…, a local historian said"); "according to" sources a fact there, as anywhere.
  const account = quoted === 0 && official === sentences.length && !features.lede;
  const late = features.position !== undefined && features.position >= 0.5 && said === sentences.length;
  // "Roe said bail is a right of every suspect", "…, usually only once a decade, the engineer said": background as someone
  // puts it, every sentence theirs, is their statement; history dated to earlier years ("said it handled 2,300 ships in
  // 2019") stays the case's background, whoever gives it, and so does the reporter's backdrop ("This comes after the
  // authority announced …": the words are only what the news is set against).
  if (decision.section === 'context' && account && said === sentences.length && !features.opening && stats.earlier === 0 && !backdrop.test(text)) {
    stats.branch = 7;
    return { section: 'statement', why: [...decision.why.slice(0, -1), 'background in the words of its speaker'] };
  }
  if (decision.section === 'event' && account && !dated(text) && (speakerFirst > 0 || late)) {
    stats.branch = 7;
    return { section: 'statement', why: [...decision.why.slice(0, -1), late && speakerFirst === 0 ? 'an undated account in the words of its speaker, past the first half' : 'an undated account in the words of its speaker'] };
  }
  return decision;
}

// A statement as such (a release, a spokesperson) or a stance taken ("should", "denied"); not "would" or "will"
// ("said the board would meet Tuesday" tells a step of the case as often as a view of it).
const statementCue = /\b(?:(?:in|from) (?:a|an|the|its|his|her|their) (?:\p{L}+ )?(?:statement|release|letter|email|post)|statement|spokes(?:man|woman|person)|press (?:release|conference|briefing|secretary|officer)|news conference|briefing|told (?:reporters|journalists)|declined to comment|did not respond|should|must|ought to|denied|denies|insisted|vowed|argued|contended|hinted|urged|warned|rejected|accused|demanded|pledged|promised|called for|apologi[sz]ed|believes|thinks|expects|described|slammed|welcomed|critici[sz]ed|praised|disputes|defended)\b/iu;

// The act of speaking, without the words: "spoke to reporters", "has spoken to NBS", "posted on X", "responded in a
// statement", "released a written statement", "has given his account", "will address the media", "denied it in a post on
// Instagram", "Asked whether he would resign, …" (the answer follows), "did not hold back", "renewed its warnings".
const speechAct =
  /\b(?:(?:spoke|spoken|speaking)\s+(?:\p{Ll}+\s+){0,2}(?:(?:to|with)\s+(?:reporters|journalists|the (?:media|press)|\p{Lu})|about\b)|(?:posted|wrote)\s+(?:a \p{L}+\s+)?on\s+(?:X|Twitter|Facebook|Instagram|LinkedIn|Threads|TikTok|social media)\b|(?:responded|replied|reacted)\s+(?:in|with)\s+(?:a|an)\s+(?:\p{L}+\s+)?statement|(?:released|issued|put out|published)\s+(?:a|an)\s+(?:\p{L}+\s+)?(?:statement|response)\b|given\s+(?:his|her|their|its)\s+(?:account|version)\b|broke\s+(?:his|her|their|its)\s+silence|address(?:ed|es)?\s+(?:the )?(?:media|reporters|journalists|the press)\b|in\s+an?\s+(?:\p{L}+\s+)?post\s+on\b|^Asked\s+(?:if|whether|about|why|how|what|when)\b|did not hold back|hit back|lashed out|renewed\s+(?:its|his|her|their)\s+(?:calls?|warnings?|criticism)\b)/u;

// The statement named first: "In a statement", "In its written statement", "In a post on X", "In a video message".
const statementFrame = /^(?:in|via)\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|post|press release|release|letter|video|message|email|e-mail)\b/iu;

function attributed(text: string): boolean {
  attributionWords.lastIndex = 0;
  const found = attributionWords.test(text);
  attributionWords.lastIndex = 0;
  return found;
}

const modalFuture = /\b(?:would|will|wo(?:n['’]t|uld(?:n['’]t)?))\b/iu;
// A day named ("on Monday", "March 26", "14 April"): a moment, which background rarely gives.
const dayNamed = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?!\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*)\b/iu;
// A time the case can be placed at without a day: "today", "next month", "in December".
const timeNamed = /\b(?:today|tonight|yesterday|tomorrow|weekend|(?:next|this|last|later this)\s+(?:week|month|year|morning|afternoon|evening)|january|february|march|april|june|july|august|september|october|november|december)(?![\p{L}\p{N}])/iu;

/** Does the text place itself in time: a day, a month, "today", "next week"? */
function dated(text: string): boolean {
  return dayNamed.test(text) || timeNamed.test(text);
}

/** "would" or "will" without a date: what someone means to do or expects, not a step the case has set a day for. */
function intent(text: string): boolean {
  return modalFuture.test(text) && !dated(text);
}

// The frame of an interview or a statement given in full: "This is an edited transcript", "Here is part of the exchange
// with reporters", "Here it is in full", "has been speaking at a briefing".
const speechSetting = /\b(?:(?:an |lightly |been )?edited (?:transcript|for (?:length|clarity))|lightly edited|(?:part|some) of the exchange|(?:here it is|reads?|published) in full|(?:has|have) been speaking (?:at|to|on|in)\b)/iu;

/**
 * "Announcing the decision, the minister said:", "She spoke to reporters:": the words that follow are the statement. So
 * with a comma ("Asked about the second half, he said,"): the quotation set apart below it was cut from the sentence.
 */
function introducesQuotation(text: string): boolean {
  if (!/[:,]\s*$/u.test(text)) return false;
  const last = sentencesOf(text).at(-1) ?? '';
  attributionWords.lastIndex = 0;
  const speaks = attributionWords.test(last) || /\b(?:spoke|speaking|statement|reacted|wrote|posted|calls? (?:on|for))\b/iu.test(last);
  attributionWords.lastIndex = 0;
  return speaks;
}

function eventOrContext(features: ParagraphFeatures, why: string[], data: boolean, stats: ClassifyStats): Decision {
  const tokens = (features.text.toLowerCase().replace(/[’]/g, "'").match(lowerWords) ?? []);
  const { context: contextHits, event: eventHits, anchor: anchorHits } = cuesIn(tokens);
  let context = contextHits.length;
  // A moment of the case ("earlier this month", "on Tuesday") outweighs a word of background.
  let event = eventHits.length + 2 * anchorHits.length;
  if (contextHits.length > 0) why.push(`background cues: ${contextHits.join(', ')}`);
  if (eventHits.length > 0) why.push(`case cues: ${eventHits.join(', ')}`);
  if (anchorHits.length > 0) why.push(`moments of the case: ${anchorHits.join(', ')}`);
  const day = dayNamed.exec(features.text);
  if (day && anchorHits.length === 0) {
    event += 2;
    why.push(`a day of the case: ${day[0]}`);
  }
  if (data) {
    // Counts drawn from data or a study are the numbers around a case, not its events.
    context += 2;
    why.push('sourced to data');
  }
  if (features.lede) {
    event += 3;
    why.push('the lede tells the case');
  }
  const earlier = features.year ? [...new Set(features.text.match(/\b(?:19|20)\d{2}\b/gu) ?? [])].filter((year) => Number(year) < (features.year ?? 0)) : [];
  // Who the case is about: a name the headline or the lede gives, or a person the paragraph opens on ("He faces …").
  const coreNamed = (features.core ? namesIn(features.text).some((name) => features.core?.has(name)) : false) || /^(?:He|She|They)\b/u.test(features.text);
  if (earlier.length > 0) {
    context += 2;
    why.push(`years before the case: ${earlier.join(', ')}`);
  }
  // A past told of others: an earlier year or "last year" in a paragraph naming nobody the headline and lede name, nor "the case".
  const pastOfOthers = !coreNamed && anchorHits.length === 0 && eventHits.length === 0 && (earlier.length > 0 || /\b(?:last|previous) (?:year|season|decade)\b|\byears ago\b/iu.test(features.text));
  if (pastOfOthers) {
    context += 1;
    why.push('a past told of others than the case names');
  }
  if (ruleCue.test(features.text)) {
    context += 2;
    why.push('the rules that apply');
  }
  if (legalNotice.test(features.text)) {
    context += 2;
    why.push('the standing notice of a charge');
  }
  const period = features.figuresNews ? null : periodComparison.exec(features.text);
  if (period) {
    context += 2;
    why.push(`a figure set against an earlier period ("${period[0]}")`);
  }
  if (adviceOpening.test(features.text)) {
    context += 2;
    why.push('advice to the reader');
  }
  const general = generalTime.exec(features.text) ?? countRate(features.text);
  if (general) {
    context += 2;
    why.push(`a time beyond the case ("${general[0]}")`);
  }
  const generic = sentencesOf(features.text).filter(genericSentence);
  if (generic.length > 0) {
    context += 2;
    why.push(`said of things in general: "${generic[0]!.split(/\s+/u).slice(0, 3).join(' ')} …"`);
  }
  // An explainer's signpost ("Here's what you need to know", "Below, we explain …") frames the piece, not the case.
  const signpost = explainer.exec(features.text);
  if (signpost) {
    context += 3;
    why.push(`the article's signpost ("${signpost[0]}")`);
  }
  // "This comes after …", "The strike comes amid …": the reporter sets the news against what led to it (+6, enough to
  // outweigh the first half, a past tense and the day the earlier step is dated to).
  const setAgainst = backdrop.exec(features.text);
  if (setAgainst) {
    context += 6;
    why.push(`set against what led to it ("${setAgainst[0]}")`);
  }
  const compared = comparison.exec(features.text);
  if (compared) {
    context += 2;
    why.push(`other cases ("${compared[0]}")`);
  }

  // News tells the case first and its background later: in the first half, background needs more than a cue or two.
  if (features.position !== undefined && features.position < 0.5) {
    event += 2;
    why.push('in the first half of the article');
  }
  const { past, present } = tenseOf(tokens);
  if (past + present > 0) {
    const share = past / (past + present);
    if (share >= 0.6) event += 1;
    // The present tense of background, unless the paragraph names who or what the headline and lede name; one verb in
    // the present ("is furious", "may appeal") tells a state of the case as often as a state of things.
    if (share <= 0.4 && !coreNamed && present >= 2) context += 1;
    why.push(`past tense ${past}, present ${present}`);
  }
  const section: Section = context > event ? 'context' : 'event';
  Object.assign(stats, { event, context, earlier: earlier.length, coreNamed, generic: generic.length > 0 });
  why.push(`event ${event} vs context ${context}`);
  return { section, why };
}

function quotedShare(features: ParagraphFeatures): number {
  const length = features.text.replace(/\s+/g, '').length || 1;
  let quoted = 0;
  // Words quoted from another outlet's report are reporting, not anyone's statement.
  for (const span of features.quotes) if (!span.reported) quoted += features.text.slice(span.start, span.end).replace(/\s+/g, '').length;
  return Math.min(1, quoted / length);
}

/**
 * Forms that tell a moment (past, "is/are …ing", "is due to", "will") against the simple present of background,
 * among the paragraph's finite verbs. A perfect ("has ordered", "have long been") counts as neither: it tells the
 * case's latest step as often as a state of things.
 */
export function tense(text: string): { past: number; present: number } {
  return tenseOf((text.match(lowerWords) ?? []).map((token) => token.toLowerCase()));
}

function tenseOf(tokens: string[]): { past: number; present: number } {
  let past = 0;
  let present = 0;
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1] ?? '';
    const next = tokens[index + 1] ?? '';
    if ((token === 'has' || token === 'have') && participle(tokens.slice(index + 1, index + 4).find((word) => !perfectAdverb(word)) ?? '')) return;
    if (token === 'will' || ((token === 'is' || token === 'are') && ((next.length > 4 && next.endsWith('ing')) || scheduled.has(next)))) past++;
    else if (presentForms.has(token)) present++;
    else if (pastForms.has(token)) past++;
    else if (token.length > 4 && token.endsWith('ed') && !auxiliaries.has(previous) && previous !== 'the') past++;
  });
  return { past, present };
}

/** "is due to", "are expected to", "is set to": a step of the case still to come. */
const scheduled = new Set(['due', 'expected', 'scheduled', 'set', 'to']);

/** A past participle after "has" or "have" makes a perfect: what has happened, not what always is. */
function participle(word: string): boolean {
  return word === 'been' || (word.length > 3 && /(?:ed|en|wn|ne)$/.test(word)) || pastForms.has(word) || irregularParticiples.has(word);
}

/** "has now stopped", "have already begun": an adverb between the auxiliary and its participle. */
function perfectAdverb(word: string): boolean {
  return (word.length > 4 && word.endsWith('ly')) || /^(?:now|already|just|also|since|long|not|never|yet|still|even|only|both|all|so|far|again|twice|once)$/u.test(word);
}

// Cue lists as sets of word sequences: one pass over the words finds every cue of up to four words,
// building a sequence only where a cue can start.
const contextSet = new Set(contextCues);
const eventSet = new Set(eventCues);
const anchorSet = new Set(timeAnchors);
const cueStarts = new Set([...contextCues, ...eventCues, ...timeAnchors].map((cue) => cue.split(' ')[0]!));

function cuesIn(tokens: string[]): { context: string[]; event: string[]; anchor: string[] } {
  const found = { context: new Set<string>(), event: new Set<string>(), anchor: new Set<string>() };
  for (let index = 0; index < tokens.length; index++) {
    if (!cueStarts.has(tokens[index]!)) continue;
    let phrase = tokens[index]!;
    for (let length = 1; length <= 4; length++) {
      if (contextSet.has(phrase)) found.context.add(phrase);
      if (eventSet.has(phrase)) found.event.add(phrase);
      if (anchorSet.has(phrase)) found.anchor.add(phrase);
      if (index + length >= tokens.length) break;
      phrase = `${phrase} ${tokens[index + length]}`;
    }
  }
  return { context: [...found.context], event: [...found.event], anchor: [...found.anchor] };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

// A generic sentence opens with a bare plural or mass noun in the simple present ("Avalanches kill …", "Measles can
// cause …", "Riders usually have …"): it tells what is always so, not what happened.
const frequencyAdverbs = new Set(['usually', 'often', 'typically', 'generally', 'always', 'rarely', 'also', 'normally', 'commonly', 'frequently', 'seldom', 'never', 'only']);
const timeAdverbs = new Set(['still', 'now', 'already', 'just', 'even', 'then', 'again', 'yet']);
const notVerbs = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'and', 'or', 'the', 'a', 'an', 'who', 'which', 'that', 'to', 'by', 'as', 'near', 'across', 'around', 'about', 'like', 'such', 'whose', 'where', 'than', 'earlier', 'later', 'ago']);
const modalsOfThePast = /^(?:will|would|could|should|must|had|did|been|was|were)$/;

function genericSentence(sentence: string): boolean {
  const words = sentence.replace(/^[^\p{L}]+/u, '').split(/\s+/u).map((word) => word.replace(/[,.;:!?]+$/u, ''));
  const first = words[0] ?? '';
  if (!/^\p{Lu}[\p{L}\p{N}-]+$/u.test(first) || /[,;:]$/u.test(sentence.split(/\s+/u)[0] ?? '')) return false;
  if (sentenceOpeners.has(first.toLowerCase())) return false;
  if (genericFrom(words, 0)) return true;
  // A bare plural after a modifier or two: "Disposable vapes are …", "Indian private space firms have increasingly …".
  // (The head is one of the next four words, a plural in lower case: without such a word, no need to tag the sentence.)
  if (!words.slice(1, 5).some(isPluralWord)) return false;
  const head = modifiedPlural(sentence);
  if (!head) return false;
  const at = words.findIndex((word, index) => index > 0 && index <= 4 && word.toLowerCase() === head);
  return at > 0 && !speechVerbs.has(words[at + 1] ?? '') && genericFrom(words, at, true);
}

const isPluralWord = (word: string) => {
  const lower = word.toLowerCase();
  return /^\p{Ll}+s$/u.test(lower) && !lower.endsWith('ss');
};

/** The head of a subject made of adjectives and nouns before a plural noun ("civil defence officials"), or null. */
function modifiedPlural(sentence: string): string | null {
  const tokens = tagger()(sentence.charAt(0).toLowerCase() + sentence.slice(1, 80));
  let head: string | null = null;
  for (const [index, token] of tokens.entries()) {
    if (token.pos === 'PUNCT' && token.text === '-') continue;
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN') break;
    if (index > 0 && token.pos === 'NOUN' && /^\p{Ll}+s$/u.test(token.text) && !token.text.endsWith('ss')) head = token.text;
    if (index >= 5) break;
  }
  return head;
}

/** Whether the words from the subject's head on read as a generic clause: a bare plural or mass noun and a verb in the simple present. */
function genericFrom(words: string[], head: number, plural = false): boolean {
  const lower = (words[head] ?? '').toLowerCase();
  plural ||= lower.endsWith('s') && !lower.endsWith('ss') && isLexiconNoun(lower.slice(0, -1));
  if (!plural && (head > 0 || !isLexiconNoun(lower))) return false;
  let at = head + 1;
  // "Twin-engine jets like the A330 are …", "Drugs such as X can …": an example named after the subject's head.
  if (words[at] === 'like' || (words[at] === 'such' && words[at + 1] === 'as')) {
    at += words[at] === 'like' ? 1 : 2;
    if (/^(?:the|a|an)$/u.test(words[at] ?? '')) at++;
    at++;
  }
  // "Officials still were working", "Crews reportedly left": an adverb of time or manner between the subject and its verb
  // is not the verb ("Officials there say" keeps "there": a place, which makes the subject particular).
  while (frequencyAdverbs.has(words[at] ?? '') || timeAdverbs.has(words[at] ?? '') || (/ly$/u.test(words[at] ?? '') && lexiconTag(words[at] ?? '') === 'ADV')) at++;
  const verb = words[at] ?? '';
  const after = words[at + 1] ?? '';
  if (!/^\p{Ll}+$/u.test(verb) || notVerbs.has(verb) || pastForms.has(verb) || modalsOfThePast.test(verb) || /(?:ed|ing)$/u.test(verb)) return false;
  if (verb === 'has' || verb === 'have') return /^(?:long|always|often|never)$/u.test(after) || !(after === 'been' || pastForms.has(after) || irregularParticiples.has(after) || /(?:ed|en|wn)$/u.test(after));
  if (verb === 'is' || verb === 'are') return !(after === 'being' || pastForms.has(after) || /(?:ing|ed|en|wn)$/u.test(after) || scheduled.has(after) || /^(?:now|still|not)$/u.test(after));
  if (/^(?:can|may|might|tend|tends)$/u.test(verb)) return true;
  if (isLexiconNoun(verb)) return false;
  // "Avalanches kill": a plural noun and a plain verb; "Measles spreads": a mass noun and a verb in -s.
  return plural ? !verb.endsWith('s') : verb.endsWith('s') && !verb.endsWith('ss');
}
