// Features of one line of a copied web page, shared by the junk stage and the structure stage so that
// both agree on what the article body is and which line is the headline.
import { normalizeForMatch } from '../normalize.ts';
import { rememberedPerText } from '../memo.ts';
import { openingGate, looserCopy } from '../prefilter.ts';
import { furnitureWords, outletWords, strongPatterns } from './lexicon.ts';
import { lexiconTag } from '../entities/tagger.ts';

/** Lines longer than this are prose even when a chrome pattern matches inside them. */
const proseWords = 60;

/** Ends as a sentence does: . ! ? … or a colon, possibly inside closing quotes or brackets. */
export function isSentence(text: string): boolean {
  return /[.!?…:;][\s"'”’)\]*]*$/u.test(text);
}

/** "[00:12:44] ROE: …", "Q: …": a line of a transcript, whatever its punctuation. */
export const transcriptLine = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(?:Q|A|\p{Lu}[\p{Lu}.'’ -]{1,30}):\s/u;

const space = /\s/u;
const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * The runs of non-space characters that hold a letter or a digit (`split(/\s+/u)`, then those with `[\p{L}\p{N}]`).
 * Read character by character, with ASCII decided without a pattern, and once per text: the junk and structure
 * stages ask it of a page's lines some ten times each, as each line and as a neighbour of others.
 */
export const wordCount = rememberedPerText(countWords);

function countWords(text: string): number {
  let count = 0;
  // The current run already holds a letter or a digit.
  let counted = false;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit < 128) {
      const lower = unit | 32;
      if (unit === 32 || (unit >= 9 && unit <= 13)) counted = false;
      else if (!counted && ((unit >= 48 && unit <= 57) || (lower >= 97 && lower <= 122))) {
        count++;
        counted = true;
      }
      continue;
    }
    const point = text.codePointAt(at) as number;
    const character = String.fromCodePoint(point);
    if (point > 0xffff) at++;
    if (space.test(character)) counted = false;
    else if (!counted && letterOrDigit.test(character)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/** The chrome pattern a line matches wherever it stands, or null. (Asked of a line by the junk and the outlet readers: read once.) */
export const strongReason = rememberedPerText(readStrongReason);

function readStrongReason(text: string): string | null {
  if (wordCount(text) > proseWords && !text.startsWith('#')) return null;
  // "📬 Thanks for reading!", "2. 🗳️ Primary countdown": a newsletter's pictograms before its chrome.
  // ("- Sponsored : A partner's name", "• Read more: …": a list's marker before its chrome.)
  const bare = /^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+|[-•*·▪]\s+)\S/u.test(text) ? text.replace(/^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+|[-•*·▪]\s+)/u, '') : text;
  const own = candidatesFor(text);
  if (bare === text) {
    for (const entry of own) if (matches(text, entry)) return entry.reason;
    return null;
  }
  // (Both readings, in the lexicon's order: the first pattern either of them matches gives the reason.)
  const ownSet = new Set(own);
  const bareSet = new Set(candidatesFor(bare));
  for (const entry of gatedPatterns) {
    if ((ownSet.has(entry) && matches(text, entry)) || (bareSet.has(entry) && matches(bare, entry))) return entry.reason;
  }
  return null;
}

type GatedPattern = (typeof strongPatterns)[number] & { looser: RegExp | null; looserNeeds: RegExp | null; opening: RegExp | null };

// Each chrome pattern with a looser copy of it asked first (`prefilter.ts`: the same pattern without its word boundaries),
// a looser copy of its needs asked before them (a needs such as `\bapp\b` in `iu` costs more than the search for "app"),
// and the characters a match of it can open with, when it is anchored at the start (`openingGate`).
const gatedPatterns: GatedPattern[] = strongPatterns.map((entry) => ({ ...entry, looser: looserCopy(entry.pattern), looserNeeds: entry.needs ? looserCopy(entry.needs) : null, opening: openingGate(entry.pattern) }));

/**
 * The patterns, in the lexicon's order, that a text opening with its first three characters can match: most are anchored on
 * the words chrome opens with, and asking each of them of every line cost more than their matching. Kept per
 * opening for every source (a function of the lexicon alone, so no source's answer depends on another's).
 */
const byOpening = new Map<string, GatedPattern[]>();

/** The text's first three characters (code points, as the gates read them: each of their atoms is one). */
function openingOf(text: string): string {
  let end = 0;
  for (let count = 0; count < 3 && end < text.length; count++) end += (text.codePointAt(end) as number) > 0xffff ? 2 : 1;
  return text.slice(0, end);
}

function candidatesFor(text: string): GatedPattern[] {
  const opening = openingOf(text);
  let found = byOpening.get(opening);
  if (!found) {
    found = gatedPatterns.filter((entry) => entry.opening === null || entry.opening.test(opening));
    if (byOpening.size < 8192) byOpening.set(opening, found);
  }
  return found;
}

function matches(line: string, { pattern, needs, looser, looserNeeds }: GatedPattern): boolean {
  return (looserNeeds === null || looserNeeds.test(line)) && (needs === undefined || needs.test(line)) && (looser === null || looser.test(line)) && pattern.test(line);
}

/**
 * A line that can only be article prose: a sentence of five words or more, or a long run of words.
 * The first and the last such line bound the body; lines outside it face stricter rules.
 */
export function isBodyAnchor(text: string): boolean {
  // ("Top stories  • Floods peak in the north  • Minister resigns  • …": a ticker of headlines run into one line is no prose.)
  if (text.includes('•') && (text.match(/\s•\s/gu)?.length ?? 0) >= 2) return false;
  const count = wordCount(text);
  // ("…,” he said. – WIRE": a wire story's last sentence, with the agency's credit after a dash.)
  return ((isSentence(text) || isSentence(text.replace(wireCredit, '$1'))) && count >= 5) || count >= 25;
}

/** An agency's credit after a story's last stop: "… he said. – WIRE", "… on Monday. —(AFP)". */
const wireCredit = /([.!?]["”’)]?)\s+[–—-]+\s*\(?\p{Lu}{2,}[\p{Lu}&.-]{0,12}\)?$/u;

/** "Roe Holdings – $4,100,000": the separator a list's item puts before its figure, or null. */
export function itemShape(text: string): string | null {
  return /\s([–—:|-])\s*[^\s\p{L}]{0,3}\p{N}[\p{N}.,]*/u.exec(text)?.[1] ?? null;
}

/** "Harrow: Harrow Senior Center", "Odeville:Public Library": an item of a list that opens with its label and a colon. */
export const labelledItem = /^\p{Lu}[\p{L} .'’-]{1,40}:\s*\p{Lu}/u;

/** Could stand as a headline: a run of words without a closing full stop. */
export function isHeadlineLike(text: string): boolean {
  const count = wordCount(text);
  // (Words of letters make most of it: "+254 0725-624489 / +254 0738 041 292", a contact line, is no headline.)
  return count >= 4 && count <= 30 && text.length <= 220 && !/[.,;:][\s"'”’)\]]*$/u.test(text) && !/^[•◦▪·*–—-]\s/u.test(text) && (text.match(/\p{L}{2,}/gu)?.length ?? 0) * 2 >= count;
}

const connectors = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'vs']);

/** Every word capitalised (connectors aside), as in a name, a menu entry or a site's title. */
export function isTitleCase(text: string): boolean {
  const tokens = text.split(/\s+/u).filter(Boolean);
  return tokens.length > 0 && tokens.every((token, index) => /^[\p{Lu}\p{N}&]/u.test(token) || (index > 0 && connectors.has(token.toLowerCase())));
}

/** Every word capitalised and not one connector: "Evening Ledger", not "Supported by". */
export function isAllCapitalised(text: string): boolean {
  const tokens = text.split(/\s+/u).filter(Boolean);
  return tokens.length > 0 && tokens.every((token, index) => /^[\p{Lu}\p{N}&]/u.test(token) && (index === 0 || !connectors.has(token.toLowerCase())));
}

/** A row of menu entries: five or more capitalised words and not one connector between them. */
export function isMenuRow(text: string): boolean {
  return wordCount(text) >= 5 && !isSentence(text) && isAllCapitalised(text) && !tellsNews(text);
}

/**
 * A finite verb among capitalised words ("Ferry Operator Suspends Night Crossings", "Minister Killed In Crash"): a
 * headline in title case, which a menu's entries ("Home News Sport Watch Listen") never have.
 */
export function tellsNews(text: string): boolean {
  return text.split(/\s+/u).some((word) => {
    const lower = word.toLowerCase();
    return /\p{L}(?:s|ed)$/u.test(lower) && lexiconTag(lower) === 'VERB';
  });
}

/** Share of a line's words that are page-furniture words. */
export function furnitureShare(text: string): number {
  const tokens = normalizeForMatch(text).split(/[^\p{L}]+/u).filter(Boolean);
  if (tokens.length === 0) return 0;
  return tokens.filter((token) => furnitureWords.has(token)).length / tokens.length;
}

/** A short title line that reads as an outlet's name: it holds an outlet word, or is a domain. */
export function looksLikeOutlet(text: string): boolean {
  if (/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|news|co|tv|info|us|uk|in|ng|au|ca)$/iu.test(text)) return true;
  if (!isTitleCase(text) || wordCount(text) < 2 || wordCount(text) > 5) return false;
  return normalizeForMatch(text).split(/[^\p{L}]+/u).some((token) => outletWords.has(token));
}

/**
 * "CM Roe said that in Punjab, the rainfall was 52 percent above average, whereas …": reported speech of a dozen words and
 * more, with its "that", is one of the article's highlights, not its headline.
 */
export function reportedHighlight(text: string): boolean {
  return wordCount(text) >= 12 && reportedThat.test(text);
}

/** "said that …", "told the media that …": reported speech, with the words reported after it (group 1). */
export const reportedThat = /\b(?:said\s+|told\s+(?:[\p{L}-]+\s+){1,3}?)that\b\s*(.*)$/u;
