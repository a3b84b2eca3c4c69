// Lines that say something about the article rather than being part of it: bylines, "Published …" and
// "Updated …" lines, bare date lines, and the dateline that opens the first paragraph.
import * as chrono from 'chrono-node';
import { wordCount } from './junk/features.ts';
import { isLexiconWord, lexiconTag } from './entities/tagger.ts';
import { rememberedPerText } from './memo.ts';

/** The names in a byline ("By Jane Roe and Sam Poe, Outlet" → "Jane Roe and Sam Poe, Outlet"), or null. (The junk, structure and outlet readers all ask: read once per line.) */
export const bylineOf = rememberedPerText(readByline);

function readByline(text: string): string | null {
  // "| By Wire |": a byline between the bars of the page's header row.
  if (/^\|\s*\S.*\S\s*\|$/u.test(text)) return readByline(text.slice(1, -1).trim());
  // ("• By Jane Roe, council reporter": a byline set as a list's item.)
  if (/^[•·▪]\s*By\s+\p{Lu}/u.test(text)) return readByline(text.replace(/^[•·▪]\s*/u, ''));
  // ("- JANE ROE AND SAM POE": the authors in capitals after a dash, as some papers sign under the standfirst.)
  const capitals = /^[-–—]\s*(\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3}(?:\s+(?:AND|&)\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3})*)$/u.exec(text);
  if (capitals?.[1]) return capitals[1];
  // ("Jane RoeBy Jane Roe": the author's name under the picture run into the byline, as a copy of the page pastes it.)
  const glued = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})By (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(text);
  if (glued?.[1] && glued[1] === glued[2]) return glued[1];
  // "Jane Roe in Denver", "Jane Roe and Sam Poe in Kyiv": names, then where they report from.
  // (Not a headline in Title Case, "Lawsuit Challenges Drilling in Roeland": a verb among the words names no one.)
  if (/^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:(?:, | and )\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})* in \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}$/u.test(text) && !headlineOfWords(text.slice(0, text.lastIndexOf(' in ')))) {
    return text;
  }
  // "Jane Roe, Latin America Editor", "Jane Roe, Outlet Sport football writer": a name, then a newsroom role.
  if (/^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}, (?:[\p{L}&'’-]+ ){0,5}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Jj]ournalist|[Cc]olumnist|[Cc]ritic|[Cc]ommentator|[Aa]nalyst)s?$/u.test(text) && wordCount(text) <= 12) {
    return text.slice(0, text.indexOf(','));
  }
  // ("Jane Roe Journalist", "Jane Roe Senior Reporter": a name, then the newsroom role, no comma, as a template prints
  // the author's card; not a headline in Title Case, "Police Arrest Journalist", whose words are the language's.)
  const carded = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}?) (?:(?:Senior|Chief|Staff|Political|Court|Business|Sports|Health|Education|Digital|Investigative|Junior) )?(?:Journalist|Reporter|Correspondent|Writer)$/u.exec(text);
  if (carded?.[1] && carded[1].split(' ').some((word) => !isLexiconWord(word.toLowerCase())) && !carded[1].split(' ').some((word) => lexiconTag(word.toLowerCase()) === 'VERB')) return carded[1];
  // "Agency Reporter", "Staff Correspondent", "Our Special Correspondent", "Web Desk": the newsroom signs without a name,
  // as papers of Nigeria, Pakistan and India print it.
  if (/^(?:(?:From )?Our |An? )?(?:Agency|Staff|Special|Senior|Political|Court|Business|Sports|City|Metro|Diplomatic)? ?(?:Reporter|Correspondent|Writer|Desk)s?$|^(?:Web|News|Online|Digital|Sports|Business|Metro|City|National|Foreign|International) Desk$|^(?:Our|Staff|Agency) (?:Reporter|Correspondent|Writer)s?$/u.test(text) && /\s/u.test(text)) return text;
  // Case-blind on the lead word only: under the i flag \p{Lu} would match any letter.
  // ("by: Jane Roe", "BY: Jane Roe": the label with its colon, as some newsroom templates print it.)
  const match = /^(?:[Bb][Yy]:?|[Ww]ritten by:?|[Ww]ords by|[Aa]uthors?:|[Aa]utor(?:es|en|zy)?:|[Aa]uteurs?:|[Rr]eporting by|[Rr]eport(?:ed)? by|[Ss]tory by)\s+(\p{Lu}.*)$/u.exec(splitByline(text).byline);
  if (!match?.[1] || wordCount(match[1]) > 20 || /[.!?:;][”’"')\]]*$/u.test(match[1])) return null;
  // "By Tuesday, officials had …": a byline holds names, not a clause with a verb after a comma.
  if (/,\s+\p{Ll}+\s+\p{Ll}+/u.test(match[1]) && !/\band\b/u.test(match[1])) return null;
  return match[1].replace(/\s*[|•·]\s*(?:published|updated|posted)\b.*$/iu, '').trim();
}

/**
 * Three words or more of one name, one of them a word of the language with an ending of its grammar ("Lawsuit Challenges
 * Drilling"); or any name with a past participle of the language in it ("KTMB Quarters, Vehicles Destroyed in Batu Gajah
 * Fire"): no one is called that.
 */
function headlineOfWords(names: string): boolean {
  return names.split(/, | and /u).some((name) => {
    const words = name.split(' ');
    return (words.length >= 3 && words.some((word) => /\p{L}{2}(?:ing|s|ed)$/u.test(word) && lexiconTag(word.toLowerCase()) !== null)) || words.some((word) => /^\p{L}{4,}ed$/u.test(word) && lexiconTag(word.toLowerCase()) === 'VERB');
  });
}

export interface DateLine {
  kind: 'published' | 'updated';
  /** YYYY, YYYY-MM or YYYY-MM-DD: only the parts the line states. */
  date: string;
  /** "04/11/2025": the other reading of a date in numbers whose day and month could trade places. */
  alternative?: string;
}

// ("Written by on May 30, 2024": a byline whose name the page's template left empty, over its date.)
// (And the same in the languages whose dates are read below: "Publié le", "Veröffentlicht am", "Bijgewerkt op".)
const dateLead = /^(?:(first |originally )?published|(last )?updated|posted|last modified|modified|date|written by(?=\s+on\b)|publié|mis à jour|veröffentlicht|aktualisiert|gepubliceerd|bijgewerkt|publicado|actualizado|atualizado|pubblicato|aggiornato|publicerad|uppdaterad)(?![\p{L}])\s*(?:on|at|le|am|op|el|em|il|den)?\s*:?\s*/iu;

/** Where a date starts inside a line whose parts the copy glued together ("…REPORTERPublished: …", "Correspondent18 November 2025", "By Jane Roe on May 4, 2026", "by Jane Roe | 07-11-2017"). */
const gluedDate = /\s+on\s+(?=\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\b|\p{L}{3,9}\.? \d{1,2},? \d{4}\b)|\s*[|•·]\s*(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\b|\p{L}{3,9}\.? \d{1,2},? \d{4}\b)|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b)|(?<=\S)(?=(?:Published|Updated|Posted|Last [Uu]pdated|First published)\b)|(?<=\p{L})(?=\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\b)|(?<=\p{L})(?=\p{L}{3,9}\.? \d{1,2},? \d{4}\b)/u;

/**
 * What every place `gluedDate` finds holds: a year's four digits (every date it looks ahead to names one) or the label
 * of a date line. (The pattern tries its lookbehinds at every character, and every line of a page is asked.)
 */
const gluedDateNeeds = /\d{4}|Published|Updated|Posted|Last [Uu]pdated|First published/u;

/** A byline with a date glued after it: the names, and the date's part of the line. */
export function splitByline(text: string): { byline: string; rest: string } {
  const at = gluedDateNeeds.test(text) ? text.search(gluedDate) : -1;
  return at > 0 ? { byline: text.slice(0, at).trim(), rest: text.slice(at).trim() } : { byline: text, rest: '' };
}

/**
 * A "Published …"/"Updated …" line, or a line that is only a date, also when the page glues or bars its
 * parts together ("May 13, 20255:21 PM GMT+2Updated 3 hours ago", "Outlet · Last Updated: …", "… · 9 min read");
 * null for anything else. (Asked of a line by several readers, each a chrono parse: read once per line; the answer is shared, never changed.)
 */
export const dateLineOf = rememberedPerText(readDateLine);

function readDateLine(text: string): DateLine | null {
  const short = shortYearLine(text);
  if (short) return short;
  const found = readDateParts(text);
  if (found) return found;
  // "May 4, 2026 by Jane Roe": the date, then who wrote it.
  const by = /(?<=\d|\b[AaPp]\.?[Mm]\.?)\s+by\s+(?=\S)/u.exec(text);
  return by && wordCount(text.slice(by.index)) <= 6 ? readDateParts(text.slice(0, by.index)) : null;
}

/**
 * "11-06-21 10:56", "03/04/25": a date in numbers with a two-digit year, alone on its line (a time may follow). The
 * year is this century's; which of the first two numbers is the day is read as for four-digit years.
 */
function shortYearLine(text: string): DateLine | null {
  const match = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?$/u.exec(text.trim());
  if (!match) return null;
  const [first, second] = [Number(match[1]), Number(match[3])];
  if (first < 1 || second < 1 || (first > 12 && second > 12) || first > 31 || second > 31) return null;
  const year = `20${match[4]}`;
  const pad = (value: number) => String(value).padStart(2, '0');
  const dayFirst = `${year}-${pad(second)}-${pad(first)}`;
  const monthFirst = `${year}-${pad(first)}-${pad(second)}`;
  if (match[2] === '.' || (second <= 12 && first > 12)) return { kind: 'published', date: dayFirst };
  if (first <= 12 && second > 12) return { kind: 'published', date: monthFirst };
  return first === second ? { kind: 'published', date: dayFirst } : { kind: 'published', date: monthFirst, alternative: dayFirst };
}

/**
 * A year's digits (what `datePart` needs of every part it reads). Every way `readDateParts` finds a date ends in a part
 * holding them, and the rewriting before its split only parts digits, never joins them: a line without them is no date line.
 */
const yearDigits = /(?:1[89]|2\d)\d\d/u;

function readDateParts(text: string): DateLine | null {
  // (Tested first: most lines a page is made of name no year, and the patterns below are tried at every character.)
  if (!yearDigits.test(text) || wordCount(text) > 24) return null;
  // The page's address alone on a line, its path dated ("https://example.com/news/2026/05/04/…").
  const address = /^(?:https?:\/\/|www\.)\S*?\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)\S*$/u.exec(text.trim());
  if (address) return { kind: 'published', date: `${address[1]}-${address[2]}-${address[3]}` };
  // "Jane Roe in London and Sam Poe in LeedsMarch 12 2025": names the copy glued to the date.
  const glued = /^((?:\p{Lu}[\p{L}'’.-]*|in|and|&|,)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|in|and|&|,))*\p{Ll})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b.*)$/u.exec(text);
  if (glued?.[2] && wordCount(glued[1] ?? '') <= 12) return dateLineOf(glued[2]);
  // "The Wire — Mar 3, 2025 6:42 AM": a name (an outlet's, a writer's) and a dash before the date.
  // "Sports News of Wednesday, 23 March 2022", "Edition of 3 May 2024": a section's label and the day it is of.
  const labelled = /^(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:News|Stories|Updates?|Headlines|Edition|Issue)\s+of\s+(\S.*)$/u.exec(text);
  if (labelled?.[1]) {
    const date = readDateParts(labelled[1]);
    if (date) return date;
  }
  const named = /^(?:\p{Lu}[\p{L}'’.&-]*)(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|de)){0,4}\s+[—–]\s+(\S.*)$/u.exec(text);
  if (named?.[1] && /\b(?:19|20)\d{2}\b/u.test(named[1])) {
    const date = readDateParts(named[1]);
    if (date) return date;
  }
  const parts = text
    // "Jan.14.2025 at 7:45PM": a month's abbreviation glued to the day and year by stops.
    .replace(/\b(\p{L}{3,9})\.(\d{1,2})\.((?:19|20)\d{2})\b/gu, '$1 $2, $3')
    .replace(/\b((?:19|20)\d{2})(?=\d{1,2}[:.]\d{2})/gu, '$1 ')
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gu, '$1')
    // ("January 17, 2013 / 2:56 AM / 5 years ago": a wire's date, time and age, parted by spaced slashes.)
    .split(/\s*[|·•]\s*|\s+\/\s+|(?<=\S)\s*(?=(?:Published|Updated|Posted|Last [Uu]pdated)\b)/u)
    .map((part) => part.trim())
    .filter(Boolean);
  // "Berlin, 26 September 2025", "Valley / Berlin, 26 September 2025": a release's place and date, alone on a line.
  const placed = /^\p{Lu}[\p{L}'’.-]+(?: (?:\/ )?\p{Lu}[\p{L}'’.-]+){0,4},\s+(\d{1,2} \p{L}{3,9} (?:19|20)\d{2}|\p{L}{3,9} \d{1,2},? (?:19|20)\d{2})$/u.exec(text);
  if (placed?.[1]) return datePart(placed[1]);
  if (parts.length === 1) return datePart(parts[0] ?? '');
  const dated = parts.map(datePart);
  // Every other part must be what stands beside a date: a name, a time, a reading time, a relative age.
  // ("October 10, 2023 11:46 am | Updated 11:46 am IST - Chandigarh": the place the story is filed from after a dash.)
  if (parts.some((part, index) => !dated[index] && wordCount(part.replace(/\s+[-–—]\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u, '')) > 4)) return null;
  return dated.find((date) => date?.kind === 'published') ?? dated.find(Boolean) ?? null;
}

function datePart(text: string): DateLine | null {
  // A date line names its year (checked below on what chrono reads): without four such digits, chrono need not read it.
  if (wordCount(text) > 16 || !/(?:1[89]|2\d)\d\d/u.test(text)) return null;
  const lead = dateLead.exec(text);
  // Pages glue their date lines together ("…, 2023Updated …"): part them before parsing.
  // ("Published: May. 10, 2021 at 6:46 PM EDT": a chain of local stations stops every month's name, "May" too, which chrono
  // does not read.)
  const rest = (lead ? text.slice(lead[0].length) : text).replace(/(\d)(?=\p{L})/gu, '$1 ').replace(/\b(May|June|July)\.(?=\s+\d)/gu, '$1');
  const result = parseDateLine(rest);
  // A relative date ("2 hours ago", "Yesterday") says when the page was copied, not when it was published.
  if (!result || !/\b(?:1[89]|2\d)\d\d\b/u.test(result.text)) return null;
  // A bare line must be mostly date; a labelled one may carry a time zone or a "| Updated …" tail.
  const leftover = (rest.slice(0, result.index) + rest.slice(result.index + result.text.length)).replace(/[\s,|·•/–—-]+/gu, ' ').trim();
  if (!lead && wordCount(leftover) > 2) return null;
  const date = partialDate(result.start);
  if (!date) return null;
  const kind = lead && /updated|modified|mis à jour|aktualisiert|bijgewerkt|actualizado|atualizado|aggiornato|uppdaterad/iu.test(lead[0]) ? 'updated' : 'published';
  // "04.11.2025" is day first wherever it is written; "04/11/2025" may be either, and the text decides.
  const numeric = /\b(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})\b/u.exec(rest);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[3]), numeric[4]];
    const dayFirst = `${year}-${String(second).padStart(2, '0')}-${String(first).padStart(2, '0')}`;
    // (A European time zone beside it says the page writes the day first.)
    if (numeric[2] === '.' || (first > 12 && second <= 12) || (first <= 12 && second <= 12 && /\b(?:CET|CEST|BST|WET|WEST|EET|EEST|MSK|IST)\b/u.test(rest))) return { kind, date: dayFirst };
    if (first <= 12 && second <= 12 && first !== second) return { kind, date, alternative: dayFirst };
  }
  return { kind, date };
}

// Outlets from elsewhere date their pages in their own language ("15 februari 2026", "3. März 2026").
const otherLocales = [chrono.nl, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.sv];

/** The date on a short line: read in English first, then in the languages pages are most often dated in. */
function parseDateLine(text: string): chrono.ParsedResult | undefined {
  const [english] = chrono.parse(text);
  if (english?.start.isCertain('year') || !/\b(?:1[89]|2\d)\d\d\b/u.test(text)) return english;
  for (const locale of otherLocales) {
    const [result] = locale.parse(text);
    if (result?.start.isCertain('year') && result.start.isCertain('month')) return result;
  }
  return english;
}

function partialDate(components: chrono.ParsedComponents): string | null {
  if (!components.isCertain('year')) return null;
  const year = String(components.get('year')).padStart(4, '0');
  if (!components.isCertain('month')) return year;
  const month = String(components.get('month')).padStart(2, '0');
  if (!components.isCertain('day')) return `${year}-${month}`;
  return `${year}-${month}-${String(components.get('day')).padStart(2, '0')}`;
}

/**
 * The dateline opening a paragraph: "WASHINGTON (Reuters) — ", "EL PASO, Texas (AP) -- ", "London (Outlet) – ".
 * A place in capitals may stand alone, with its date ("UTRECHT, Netherlands, May 4, 2026 (Wire) –"); a place in
 * ordinary case needs the outlet in brackets.
 * ("ISLAMABAD, Nov 28 (Wire): ", "ISLAMABAD (Wire)::": a place in capitals, its date and the credit, then a colon, or
 * the place and credit before two colons; "ROE (Party): …" with one colon is a transcript's speaker, not a dateline.
 * A release wire's: "WESTPORT, Texas--(Release Wire)--", "WESTPORT, Ohio, May 4, 2026 /Release Wire/ --".)
 */
const dateline =
  /^(?:(?:\p{Lu}[\p{Lu}\p{M}.'’]+(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’]+)*(?:,\s*\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+)?)?(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?)(?:,?\s*\d{4})?)?\s*(?:\([^()]{1,40}\))?)|(?:\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,2}(?:,\s*\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+)?)?\s*\([^()]{1,40}\))|(?:\([^()]{1,40}\)))\s*(?:—|–|--|-)\s+|^\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+){0,2}(?:,\s*\p{Lu}[\p{L}.'’]+(?: \p{Lu}[\p{L}.'’]+)?)?\s+\p{Lu}{2,6}\s*(?:—|–)\s+|^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2},\s*(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}{0,6}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}{0,6}\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*(?::|—|–|--|-)\s+|^\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}(?:,\s*\p{Lu}\p{Ll}{2,8}\.? \d{1,2}\s*\([^()]{1,40}\)\s*:{1,2}|\s*\([^()]{1,40}\)\s*::)\s*(?=\p{Lu})/u;

/** A release wire's dateline (tried only on a paragraph whose opening holds "--" or "/": its place runs are costly to fail). */
const releaseDateline =
  /^\p{Lu}[\p{L}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}.'’ ]{1,20}){0,2}\s*--\s*\([^()]{2,40}\)\s*--\s*(?=\S)|^\p{Lu}[\p{L}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}.'’ ]{1,20}){0,2},\s*\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}\s*\/[^/]{2,30}\/\s*(?:--|—|–|-)\s*/u;

/** Length of the dateline that opens `text`, and the dateline without its dash; null when there is none. */
export function datelineOf(text: string): { length: number; text: string } | null {
  const opening = text.slice(0, 140);
  const match = dateline.exec(text) ?? (opening.includes('--(') || opening.includes('/') ? releaseDateline.exec(text) : null);
  if (!match) return null;
  const head = match[0].replace(/\s*(?::{1,2}|—|–|--|-)\s*$/u, '').trim();
  // A capitalised word or two before a dash ("US – and its allies") is a sentence, not a place.
  if (!/[(,]/u.test(head) && (head.replace(/[^\p{L}]/gu, '').length < 4 || wordCount(head) > 3)) return null;
  if (text.length - match[0].length < 20) return null;
  return { length: match[0].length, text: head };
}

// "14/05/2025", "3/2/25", "18.11.2024": a date in numbers, its first two numbers and its separator.
const numericDate = /(?<![\d./])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2}|\d{2}(?![\d.]))(?![\d/]|\.\d)/gu;

/**
 * Does the page write its dates in numbers day first? It does when one of them can only be read that way ("14/05/2025",
 * the day above 12) or is written with dots ("3.2.2025", as no month-first page writes it), and no more of them can
 * only be read month first ("05/14/2025"). A page that gives no sign either way is read month first, as chrono does.
 */
export function writesDayFirst(text: string): boolean {
  return numericOrder(text) === 'day';
}

/** How the page writes its dates in numbers, by the ones that can only be read one way: 'day' first, 'month' first, or null (no sign, or as many each way). */
export function numericOrder(text: string): 'day' | 'month' | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const match of text.matchAll(numericDate)) {
    const [first, second] = [Number(match[1]), Number(match[3])];
    if (first === 0 || second === 0 || first > 31 || second > 31 || (first > 12 && second > 12)) continue;
    // (Dots with a two-figure year, "3.2.25", may be a version number: only a full year counts.)
    if (match[2] === '.' && match[4]!.length === 2) continue;
    if (first > 12 || (match[2] === '.' && second <= 12)) dayFirst++;
    else if (second > 12) monthFirst++;
  }
  return dayFirst > monthFirst ? 'day' : monthFirst > dayFirst ? 'month' : null;
}
