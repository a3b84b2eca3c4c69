// Name spans in tagged tokens: runs of proper nouns, joined across "of"/"and" inside an organisation's
// name, split where a title stands ("EPA Director Jane Roe" → "EPA", title, "Jane Roe").
import { connectors, organizationWords, titles } from './lexicon.ts';

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
      if (month < 7) calendarWords.add(date.toLocaleString('en', { weekday: 'long', timeZone: 'UTC' }).toLowerCase());
    }
  }
  return calendarWords.has(word.toLowerCase());
}

function isNameToken(token: Token): boolean {
  return token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text) && !isCalendarWord(token.text);
}

export function isAcronym(word: string): boolean {
  return /^\p{Lu}(?:\.?\p{Lu}){1,6}\.?$/u.test(word);
}

/** Every name span among a paragraph's tokens. */
export function nameSpans(tokens: Token[], text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  let run: Token[] = [];
  const flush = (index: number) => {
    for (const part of splitRun(run)) spans.push(toSpan(part.tokens, part.titled, tokens, index, text));
    run = [];
  };
  tokens.forEach((token, index) => {
    if (isNameToken(token) || (/^\p{Lu}/u.test(token.text) && titles.has(token.text.toLowerCase()) && token.pos !== 'PUNCT')) run.push(token);
    else if (run.length > 0 && connectors.has(token.text.toLowerCase()) && tokens[index + 1] && isNameToken(tokens[index + 1]!)) run.push(token);
    else if (run.length > 0) flush(index);
  });
  if (run.length > 0) flush(tokens.length);
  return spans;
}

// Split a run at titles (which are dropped) and, unless it names an organisation, at connectors.
function splitRun(run: Token[]): Array<{ tokens: Token[]; titled: boolean }> {
  const parts: Array<{ tokens: Token[]; titled: boolean }> = [];
  let current: Token[] = [];
  let titled = false;
  const organisation = run.some((token) => organizationWords.has(token.text.toLowerCase()));
  const push = () => {
    while (current.length > 0 && connectors.has(current.at(-1)!.text.toLowerCase())) current.pop();
    while (current.length > 0 && connectors.has(current[0]!.text.toLowerCase())) current.shift();
    if (current.length > 0) parts.push({ tokens: current, titled });
    current = [];
  };
  for (const token of run) {
    const lower = token.text.toLowerCase().replace(/\.$/, '');
    if (titles.has(lower) && !organisation) {
      push();
      titled = true;
    } else if (connectors.has(lower) && !organisation) {
      push();
      titled = false;
    } else current.push(token);
  }
  push();
  return parts;
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
  const words = name.split(/\s+/).filter((word) => word && !connectors.has(word.toLowerCase()) && word.toLowerCase() !== 'the');
  if (words.length < 2) return [];
  const letters = words.map((word) => (isAcronym(word) ? word.replace(/\./g, '') : (word[0] ?? '').toUpperCase()));
  const found = [letters.join('')];
  if (isAcronym(words[0]!) && words.length > 2) found.push(letters.slice(1).join(''));
  return found;
}
