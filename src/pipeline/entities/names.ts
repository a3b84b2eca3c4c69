// Name spans in tagged tokens: runs of proper nouns, joined across "of"/"and" inside an organisation's
// name, split where a title stands ("EPA Director Jane Roe" → "EPA", title, "Jane Roe").
import { companyWords, connectors, firmTails, organizationWords, platforms, postNominals, titles } from './lexicon.ts';
import { isLexiconWord, lexiconTag } from './tagger.ts';
import { roleWords } from '../quotes/lexicon.ts';

export interface Token {
  text: string;
  pos: string;
  start: number;
  end: number;
}

export interface NameSpan {
  tokens: Token[];
  text: string;
  start: number;
  end: number;
  /** A title stood right before the name. */
  titled: boolean;
  /** The lower-cased words before and after the span. */
  before: string;
  after: string;
}

let calendarWords: Set<string> | undefined;

// Month and weekday names are proper nouns to a tagger but times to us; taken from Intl, built once.
function isCalendarWord(word: string): boolean {
  if (!calendarWords) {
    calendarWords = new Set();
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2001, month, 1));
      calendarWords.add(date.toLocaleString('en', { month: 'long', timeZone: 'UTC' }).toLowerCase());
    }
    // Seven days in a row: every weekday once (the 1st of seven months is not).
    for (let day = 1; day <= 7; day++) {
      const date = new Date(Date.UTC(2001, 0, day));
      calendarWords.add(date.toLocaleString('en', { weekday: 'long', timeZone: 'UTC' }).toLowerCase());
    }
  }
  return calendarWords.has(word.toLowerCase());
}

function isNameToken(token: Token): boolean {
  return token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text) && !isCalendarWord(token.text);
}

// A name token next, or after one "the".
function nameAhead(tokens: Token[], index: number): boolean {
  const next = tokens[index];
  if (!next) return false;
  if (next.text.toLowerCase() === 'the') return tokens[index + 1] !== undefined && (isNameToken(tokens[index + 1]!) || continuesName(tokens[index + 1]!));
  return isNameToken(next) || continuesName(next);
}

export function isAcronym(word: string): boolean {
  return /^\p{Lu}(?:\.?\p{Lu}){1,6}\.?$/u.test(word);
}

// Lower-case particles of descent inside a name: "Pieter van der Walt", "Nurul binti Kamal", "Ana de la Cruz".
export const particles = new Set(['van', 'der', 'den', 'de', 'del', 'della', 'dela', 'delos', 'la', 'le', 'du', 'da', 'das', 'dos', 'di', 'von', 'zu', 'ter', 'ten', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'ben', 'ap']);
// An Arabic article joined by a hyphen: "al-Rashid", "el-Sayed".
export const joinedArticle = /^(?:al|el|ad|ar|as|ash|at|az|an|abu|bin|ibn)[-‐‑]\p{Lu}/u;

/**
 * Tokens as a name reads them: the tagger cuts "El-Masri", "Marc-André" and "Do-yoon" at the hyphen and "Workers’ Union"
 * at the apostrophe; written without a space, they are one word.
 */
function joinWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const previous = out.at(-1);
    const next = tokens[index + 1];
    if (previous && next && /^[-‐‑]$/u.test(token.text) && previous.end === token.start && token.end === next.start && /\p{L}$/u.test(previous.text) && /^\p{L}/u.test(next.text)) {
      const text = `${previous.text}${token.text}${next.text}`;
      out[out.length - 1] = { text, pos: hyphenNamed(previous.text, next.text, text) ? 'PROPN' : 'ADJ', start: previous.start, end: next.end };
      index++;
      continue;
    }
    // The tagger cuts a word at a letter it does not know ("Sołtys" → "So", "ł", "tys"; "Țăranu"): one word again.
    if (previous && previous.end === token.start && /^[\p{L}\p{M}]+$/u.test(previous.text) && /^[\p{L}\p{M}]+$/u.test(token.text) && /^\p{Lu}/u.test(previous.text)) {
      out[out.length - 1] = { text: `${previous.text}${token.text}`, pos: 'PROPN', start: previous.start, end: token.end };
      continue;
    }
    // "Workers’ Union": a plural's apostrophe between two capitalised words.
    if (previous && next && /^['’]$/u.test(token.text) && previous.end === token.start && /\p{Lu}.*s$/u.test(previous.text) && /^\p{Lu}/u.test(next.text) && previous.pos === 'PROPN') {
      out[out.length - 1] = { ...previous, text: `${previous.text}${token.text}`, end: token.end };
      continue;
    }
    out.push(token);
  }
  return out;
}

// "El-Masri", "Marc-André", "Do-yoon", "al-Rashid" are names; "Denver-based", "Mum-of-three" describe one.
function hyphenNamed(first: string, second: string, joined: string): boolean {
  if (joinedArticle.test(joined)) return true;
  if (!/^\p{Lu}/u.test(first)) return false;
  // A syllable of a given name ("Min-jun", "Ji-yeon") is short or no English word; "-based", "-listed" are.
  const lower = second.toLowerCase();
  return /^\p{Lu}/u.test(second) || !isLexiconWord(lower) || (lower.length <= 3 && !/(?:ed|ly)$/.test(lower));
}

// Inside a run of names, a capitalised word goes on: "Silverglen District Hospital", "Lakemont High School", the
// tagger's common nouns ("Hospital", "School", "Justice") included.
function continuesName(token: Token): boolean {
  // ("Nasdaq-listed", "Denver-based" describe the name that follows; they are no part of it.)
  if (token.pos === 'ADJ' && /[-‐‑]/u.test(token.text)) return false;
  return /^\p{Lu}(?:\p{Ll}|\p{Lu}{1,5}\b)/u.test(token.text) && !notNames.has(token.pos) && !isCalendarWord(token.text);
}

// An amount in a currency written before its figure: "RM12", "R5m", "Rs500", "N250,000", "K50".
const amount = /^(?:\p{Lu}{1,3}|Rs|Ksh|Sh)\$?\d[\d.,]*(?:m|bn|k)?$/u;

// Words of grammar stay out of a name even when capitalised: "Your", "About", "I".
const notNames = new Set(['PUNCT', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'NUM', 'SYM']);

// A particle continues a name only between two names: "van der" before "Walt".
function particleAhead(tokens: Token[], index: number): boolean {
  let at = index;
  while (tokens[at] && particles.has(tokens[at]!.text)) at++;
  return at > index && tokens[at] !== undefined && isNameToken(tokens[at]!);
}

/** Every name span among a paragraph's tokens. */
export function nameSpans(tagged: Token[], text: string): NameSpan[] {
  const tokens = joinWords(tagged);
  const spans: NameSpan[] = [];
  let run: Token[] = [];
  const flush = (index: number) => {
    // (A run is the tokens just before `index`.)
    const at = index - run.length;
    // Capitalised because a sentence starts there, not because it names anything: "Resident Anna Roe said".
    const opening = at === 0 || /^[.!?:;"“‘'(—–-]$/u.test(tokens[at - 1]!.text);
    for (const part of splitRun(run, opening)) spans.push(toSpan(part.tokens, part.titled, tokens, index, text));
    run = [];
  };
  tokens.forEach((token, index) => {
    // "fined Roe Sdn Bhd RM12 million", "paid Roe Ltd Rs500": an amount after a name ends it.
    if (run.length > 0 && amount.test(token.text)) flush(index);
    else if (isNameToken(token) || (/^\p{Lu}/u.test(token.text) && titles.has(token.text.toLowerCase()) && token.pos !== 'PUNCT')) run.push(token);
    else if (joinedArticle.test(token.text)) run.push(token);
    // "Office of the General Counsel", "Ministry of Health": a body's capitalised head word the tagger reads as a noun.
    else if (run.length === 0 && /^\p{Lu}\p{Ll}/u.test(token.text) && organizationWords.has(token.text.toLowerCase()) && (nameAhead(tokens, index + 1) || (connectors.has(tokens[index + 1]?.text.toLowerCase() ?? '') && nameAhead(tokens, index + 2)))) run.push(token);
    else if (run.length > 0 && continuesName(token)) run.push(token);
    else if (run.length > 0 && particles.has(token.text) && particleAhead(tokens, index)) run.push(token);
    // ("Kelby Police on Facebook": "on" before a platform tells where the body wrote; it joins no name.)
    else if (run.length > 0 && connectors.has(token.text.toLowerCase()) && nameAhead(tokens, index + 1) && !(token.text.toLowerCase() === 'on' && platforms.test(tokens[index + 1]?.text ?? ''))) run.push(token);
    // "Department of the Interior": an article after the connector stays inside the name.
    else if (run.length > 0 && token.text.toLowerCase() === 'the' && connectors.has(tokens[index - 1]?.text.toLowerCase() ?? '') && tokens[index + 1] && isNameToken(tokens[index + 1]!)) run.push(token);
    else if (run.length > 0) flush(index);
  });
  if (run.length > 0) flush(tokens.length);
  return spans;
}

// Split a run at titles (which are dropped) and, unless it names an organisation, at connectors.
function splitRun(run: Token[], opening = false): Array<{ tokens: Token[]; titled: boolean }> {
  // "Mr. Roe of the Department of Labor": a person before "of" and the organisation after it.
  const firstOrganisationWord = run.findIndex((token) => organizationWords.has(token.text.toLowerCase()));
  const of = run.findIndex((token) => ['of', 'for', 'at'].includes(token.text.toLowerCase()));
  if (firstOrganisationWord > 0 && of > 0 && of < firstOrganisationWord) {
    return [...splitRun(run.slice(0, of), opening), ...splitRun(run.slice(of + 1))];
  }
  // "Roe Dynamics President Jane Roe", "Health Minister Jane Roe": the body ends where a title before a person's name
  // begins ("Office of the General Counsel", "Health Service Executive" keep theirs: after "of the", or no name after).
  if (firstOrganisationWord >= 0) {
    const title = run.findIndex((token, index) => index > 0 && isTitle(token.text) && !connectors.has(run[index - 1]!.text.toLowerCase()) && run[index - 1]!.text.toLowerCase() !== 'the' && personAfter(run, index));
    if (title > 0) return [...splitRun(run.slice(0, title), opening), ...splitRun(run.slice(title))];
  }
  // "Roe Contractors and Doe Engineering", "the Ministry of Health and the Ministry of Finance": two organisations
  // joined by "and", not one name ("Customs and Border Protection" joins words, not complete names).
  const and = run.findIndex((token, index) => index > 0 && /^(?:and|&)$/i.test(token.text) && (twoOrganisations(run.slice(0, index), run.slice(index + 1)) || theBodyAfter(run.slice(0, index), run.slice(index + 1))));
  if (and > 0) return [...splitRun(run.slice(0, and), opening), ...splitRun(run.slice(and + 1))];
  const parts: Array<{ tokens: Token[]; titled: boolean }> = [];
  let current: Token[] = [];
  let titled = false;
  const organisation = firstOrganisationWord >= 0;
  const push = () => {
    while (current.length > 1 && postNominals.has(current.at(-1)!.text.toLowerCase().replace(/\.$/u, ''))) current.pop();
    while (current.length > 0 && loose(current.at(-1)!)) current.pop();
    while (current.length > 0 && (loose(current[0]!) || bygone.has(current[0]!.text.toLowerCase()))) current.shift();
    if (current.length > 0) parts.push({ tokens: current, titled });
    current = [];
  };
  run.forEach((token, index) => {
    const lower = token.text.toLowerCase().replace(/\.$/, '');
    if (((isTitle(lower) && !surnameAfterGivenName(run, index, current)) || honourPair(run, index, titled && current.length === 0) || roleBeforeName(lower, run, index) || (opening && index === 0 && describesPerson(lower, run, index))) && !organisation) {
      push();
      titled = true;
    } else if ((connectors.has(lower) || lower === 'the') && !organisation) {
      push();
      titled = false;
    } else current.push(token);
  });
  push();
  return parts;
}

/** The words after `index` up to the run's next "and" or "of": the one name a word before them may describe. */
function nameAfter(run: Token[], index: number): Token[] {
  const after = run.slice(index + 1);
  const end = after.findIndex((token) => connectors.has(token.text.toLowerCase()));
  return end < 0 ? after : after.slice(0, end);
}

// "Richard King", "Ann Bishop", "Carl Judge": a title word last, after one name that is no word of English, is a surname
// ("Medical Director", "Information Commissioner" stay titles alone).
function surnameAfterGivenName(run: Token[], index: number, current: Token[]): boolean {
  const last = index === run.length - 1 || connectors.has(run[index + 1]!.text.toLowerCase());
  const given = current.length === 1 ? current[0]!.text : '';
  return last && /^\p{Lu}\p{Ll}+$/u.test(given) && !isTitle(given) && [null, 'PROPN'].includes(lexiconTag(given.toLowerCase()));
}

// A role before a first name and a surname: "Principal Dana Roe", "Grandmother Maria Roe" ("Dean Paul Roe" would lose
// a first name; such names are rarer than roles).
function roleBeforeName(lower: string, run: Token[], index: number): boolean {
  const rest = nameAfter(run, index);
  return roleWords.has(lower) && rest.length >= 2 && rest.every((token) => token.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(token.text) && !roleWords.has(token.text.toLowerCase()));
}

// Malaysia's two-word honours: "Tan Sri", and "Seri"/"Sri" after "Datuk" or "Dato'" ("Datuk Seri Jane Roe").
function honourPair(run: Token[], index: number, afterTitle: boolean): boolean {
  const lower = run[index]!.text.toLowerCase();
  if (lower === 'tan') return /^sri$/iu.test(run[index + 1]?.text ?? '') && run.length > index + 2;
  return afterTitle && /^(?:seri|sri)$/u.test(lower);
}

// Words that say when someone held a post, capitalised when a sentence opens on them: "Former Roeco CFO Jane Roe".
const bygone = new Set(['former', 'ex', 'late', 'acting', 'interim', 'then', 'outgoing', 'incoming']);

/** A connector or an article: no word a name ends or opens on. (A function of its own: tsx names each closure made in a call.) */
const loose = (token: Token) => connectors.has(token.text.toLowerCase()) || token.text.toLowerCase() === 'the';

// A word for what someone is or does, opening a sentence before their full name: "Holidaymaker Anna Roe", "Resident
// Anna Roe". Only before two more names, so "Hunter Roe" keeps its first name.
function describesPerson(lower: string, run: Token[], index: number): boolean {
  const name = nameAfter(run, index);
  if (name.length < 2 || !/(?:er|or|ist|ant|ent|ee|ian|man|woman|person)s?$/.test(lower)) return false;
  if (!name.every((token) => token.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(token.text))) return false;
  return lexiconTag(lower) === 'NOUN';
}

const isTitle = (word: string) => {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return titles.has(lower) || (lower.endsWith('s') && titles.has(lower.slice(0, -1)));
};

// After the titles at `index`, a person's name: capitalised words none of which names a body.
function personAfter(run: Token[], index: number): boolean {
  let at = index;
  while (run[at] && isTitle(run[at]!.text)) at++;
  const rest = run.slice(at);
  return rest.length > 0 && rest.every((token) => !organizationWords.has(token.text.toLowerCase())) && rest.some((token) => token.pos === 'PROPN');
}

// "Tom Roe and the Welsh Government": "the" after "and" opens a body's name of its own, when nothing before it names one
// ("Department of Agriculture and the Marine" is one name).
function theBodyAfter(before: Token[], after: Token[]): boolean {
  return after[0]?.text.toLowerCase() === 'the' && !before.some((token) => organizationWords.has(token.text.toLowerCase()));
}

// Both sides of an "and" are complete names of organisations: the first ends in a company's legal form or trade
// ("… Contractors", "… Bhd"), or both open with the same kind of body ("Ministry of … and Ministry of …").
function twoOrganisations(before: Token[], after: Token[]): boolean {
  const words = (part: Token[]) => part.map((token) => token.text.toLowerCase()).filter((word) => word !== 'the');
  const left = words(before);
  const right = words(after);
  // "OCBC, HSBC and Standard Chartered Bank": an acronym stands for a whole name of its own.
  if (before.length === 1 && isAcronym(before[0]!.text) && right.length >= 2) return true;
  if (left.length < 2 || right.length < 2 || !organizationWords.has(right.at(-1)!) && !organizationWords.has(right[0]!)) return false;
  return companyWords.has(left.at(-1)!) || firmTails.has(left.at(-1)!) || (left[0] === right[0] && organizationWords.has(left[0]!));
}

function toSpan(part: Token[], titled: boolean, tokens: Token[], next: number, text: string): NameSpan {
  const first = part[0]!;
  const last = part.at(-1)!;
  const index = tokens.indexOf(first);
  const afterIndex = tokens.indexOf(last) + 1;
  return {
    tokens: part,
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    titled,
    before: tokens[index - 1]?.text.toLowerCase() ?? '',
    after: tokens[Math.min(afterIndex, next)]?.text.toLowerCase() ?? '',
  };
}

/** The acronyms a long name may go by: "Department of Public Works" → DPW; "UK Office for National Statistics" → UKONS, ONS. */
export function initialsOf(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => word && word.toLowerCase() !== 'the' && word !== '&');
  const content = words.filter((word) => !connectors.has(word.toLowerCase()));
  if (content.length < 2) return [];
  const letter = (word: string) => (isAcronym(word) ? word.replace(/\./g, '') : (word[0] ?? '').toUpperCase());
  const found = [content.map(letter).join('')];
  if (isAcronym(content[0]!) && content.length > 2) found.push(content.slice(1).map(letter).join(''));
  // Some acronyms keep the "of": Department of the Interior → DOI.
  const withOf = words.filter((word) => word.toLowerCase() === 'of' || !connectors.has(word.toLowerCase())).map(letter).join('');
  if (!found.includes(withOf)) found.push(withOf);
  return found;
}
