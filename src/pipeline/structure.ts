// Stage: the page's structure. The headline becomes the title (or one is derived from the lede),
// short title-like lines inside the body become headings, and bylines, date lines and the dateline
// become metadata. A manifest value always wins over what is read off the text.
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { isBodyAnchor, isHeadlineLike, isSentence, isTitleCase, itemShape, looksLikeOutlet, reportedHighlight, transcriptLine, wordCount } from './junk/features.ts';
import { sentenceSpans } from './sentences.ts';
import { bylineOf, dateLineOf, datelineOf, numericOrder, splitByline, type DateLine } from './meta-lines.ts';
import { inferOutlet } from './outlet.ts';
import { caseDayOf } from './times/resolve.ts';
import { emptyMeta } from './record.ts';
import type { RemovedLine, SourceMeta } from './types.ts';

export default function findStructure() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data.meta ??= emptyMeta());
    const removed = (file.data.removed ??= []);
    const texts = tree.children.map((node) => toString(node));
    const chosen = tree.children.findIndex((node) => (node.data as { headline?: boolean } | undefined)?.headline);
    const first = texts.findIndex(isBodyAnchor);
    const last = texts.findLastIndex(isBodyAnchor);
    const second = texts.findIndex((text, index) => index > first && isBodyAnchor(text));
    const headerEnd = second === -1 ? first : second;
    let headline: string | null = null;
    let brand: string | null = null;
    let updated: string | null = null;
    let topDate: string | null = null;
    const children: RootContent[] = [];
    // Date lines in numbers that read two ways ("04/11/2025"), for the text to decide between.
    const readings: DateLine[] = [];
    // "Raghunathan: …" twice or more: an interview's speakers, whose short questions are no headings.
    const speakers = speakerLabels(texts);
    // The copy's lines as pasted, the furniture included, for a headline the page repeats on a line of its own.
    const rawLines = String(file.value).split('\n').slice(0, 40).map((line) => line.trim()).filter(Boolean);

    tree.children.forEach((node, index) => {
      const text = texts[index] ?? '';
      const outside = first === -1 || index < first || index > last;
      const above = first === -1 || index < first;
      // A standfirst in full sentences may stand between the headline and the byline and date: they are still the header's.
      const header = above || (index < headerEnd && index <= first + 4);
      const byline = header ? bylineOf(text) : null;
      const date = outside || header ? dateLineOf(text) : null;
      if (byline) {
        infer(meta, 'byline', byline);
        // "By Jane Roe, ReporterPublished: 13 May 2025": the date the copy glued to the byline.
        const glued = dateLineOf(splitByline(text).rest);
        if (glued?.kind === 'published') infer(meta, 'published', glued.date);
        if (glued?.alternative) readings.push(glued);
        else if (glued) updated ??= glued.date;
        removed.push(removal(node, text, 'byline'));
      } else if (date) {
        // A date above the headline may be the site's date of the day ("Sunday July 21, 2024" over its masthead): one
        // between the headline and the body, when there is one, is the article's.
        // (Only a bare date, as mastheads print the day's, "Sunday July 21, 2024", "November 4th, 2024": "Posted on: …" above
        // the headline is the page's.)
        if (date.kind === 'published' && chosen !== -1 && index < chosen && !/^(?:(?:first )?published|posted|updated|last updated|date|on)\b/iu.test(text) && !meta.published) topDate ??= date.date;
        else if (date.kind === 'published' && (!topDate || (index > chosen && index < first))) infer(meta, 'published', date.date);
        if (date.alternative) readings.push(date);
        else updated ??= date.date;
        removed.push(removal(node, text, date.kind === 'published' ? 'publication date' : 'update date'));
      // ("ITANAGAR, Oct 17: Union minister …": a line that opens with the dateline is the lede, never the headline.)
      } else if (chosen === -1 ? above && headline === null && isHeadlineLike(text) && !reportedHighlight(text) && !datelineOf(text) && !/^\p{Ll}/u.test(text) && !runsOn(text, texts[index + 1] ?? '') && !runsOn(texts[index - 1] ?? '', text) : index === chosen) {
        const branded = brandOf(text);
        // "Home » Business » The headline": the breadcrumb the copy glued before it is not the title.
        // ("Home / World News / The headline": a breadcrumb with bars, when it opens with "Home".)
        // ("India / Center will provide all help: …": or with sections' labels of a few capitalised words before it.)
        const barred = (branded?.title ?? text).split(/\s+\/\s+/u);
        const labels = barred.length > 1 && barred.slice(0, -1).every((label) => wordCount(label) <= 3 && /^\p{Lu}[^\d]*$/u.test(label));
        const crumbs = (branded?.title ?? text).split(/^home\s+\/\s+/iu.test(text) || labels ? /\s+[»›/]\s+/u : /\s+[»›]\s+/u);
        headline = crumbs.length > 1 && wordCount(crumbs.at(-1) ?? '') >= 4 ? (crumbs.at(-1) ?? text) : (branded?.title ?? text);
        // ("• Headline": the bullet a page put before its one headline.)
        headline = headline.replace(/^[•◦▪·]\s+/u, '');
        // ("… apologizes for Estonia criticism ({{commentsTotal}})": a template's placeholder the page printed unfilled.)
        headline = headline.replace(/\s*\(?\{\{[^{}]{1,60}\}\}\)?/gu, '').trim() || headline;
        // ("News Traders count losses as fire guts the market": a section's label glued before a headline in sentence case.)
        headline = withoutSectionLabel(headline);
        if (branded) brand = branded.site;
        // ("Crash closes runway - Kelby 5 News - Kelby, Ohio" over the bare "Crash closes runway": the page's <title> with
        // the site's name and place after it, then the page's own headline: the headline is the bare line.)
        const bare = bareTitle(text, rawLines);
        if (bare) {
          brand = bare.site;
          headline = bare.title;
        }
      } else if (!outside && index !== first && index !== last && isHeading(text) && !inList(texts, index) && !spokenBy(text, speakers)) {
        children.push(toHeading(node, text));
      } else {
        children.push(node);
      }
    });
    tree.children = children;
    if (topDate) infer(meta, 'published', topDate);

    const lede = children.find((node): node is Paragraph => node.type === 'paragraph');
    // The dateline opens the lede, or the first paragraph after a standfirst the copy kept ("Belo Horizonte, 15 January 2025 –").
    const datelined = children.filter((node): node is Paragraph => node.type === 'paragraph').slice(0, 3).find((node) => datelineOf(toString(node)));
    if (datelined ?? lede) readDateline((datelined ?? lede) as Paragraph, meta);
    file.data.title = meta.title
      ? { text: meta.title, derived: false }
      : headline
        ? { text: headline, derived: false }
        : { text: deriveTitle(withoutDateline(lede ? toString(lede) : '')), derived: true };
    removed.sort((a, b) => a.start - b.start);
    const lines = String(file.value).split('\n').map((line) => line.trim()).filter(Boolean);
    const ledeText = lede ? toString(lede) : '';
    const headlineAt = headline === null ? -1 : lines.findIndex((line) => line.includes(headline as string));
    // "Crash closes runway - abc27 WHTM" above the bare "Crash closes runway": the page's <title>, then its own
    // headline; what the title adds after the bar or dash is the site's name, whatever words it is made of.
    if (brand === null && headline !== null) brand = titleTail(lines.slice(0, Math.max(0, lines.indexOf(ledeText))), headline);
    const outlet = inferOutlet({ lines, brand, dateline: meta.dateline, byline: meta.byline, bodyStart: Math.max(0, lines.indexOf(ledeText)), headlineAt });
    if (outlet) infer(meta, 'outlet', outlet);
    // "04/11/2025" under a story that speaks of November: the page writes the day first.
    const reading = readings.find((candidate) => candidate.date === meta.published);
    // ("04/11/2025" on a page that writes "14/10/2025" elsewhere is day first too; beside "10/14/2025", month first.)
    const order = reading?.alternative ? numericOrder(String(file.value)) : null;
    if (reading?.alternative && order === 'day') meta.published = reading.alternative;
    else if (reading?.alternative && order === 'month') {
      // (The month-first reading stands.)
    } else if (reading?.alternative && monthNamed([String(file.value)], reading.alternative) && !monthNamed([String(file.value)], reading.date)) {
      // "11-06-21" over a story of "Wednesday, 9 June": the reading whose month the text names in words.
      meta.published = reading.alternative;
    } else if (reading?.alternative && monthNamed(texts, reading.alternative) && !monthNamed(texts, reading.date)) meta.published = reading.alternative;
    // Neither month named: the reading nearer the dates of the case's other sources, when they are known; else the
    // other reading is kept beside it, for them to decide.
    else if (reading?.alternative && !monthNamed(texts, reading.date)) {
      const nearer = nearestReading([reading.date, reading.alternative], file.data.caseDates ?? []);
      if (nearer) meta.published = nearer;
      else meta.publishedEither = reading.alternative;
    }
    // "Published October 17, 2025" at the foot of the page, past its copyright line: the date it stands under.
    if (!meta.published) {
      for (const line of removed) {
        // ("This report by The Roe Press was first published May 4, 2026.": a wire's note of when its story went out.)
        const noted = /^this (?:report|article|story)\b.{0,80}\bwas (?:first |originally )?published (?:on )?(.{6,40})$/iu.exec(line.text)?.[1];
        // (Not an embedded post's footer, "Posted by Kelby Council on Thursday, July 16, 2020": the post's date, not the page's.)
        const date = /^(?:(?:first )?published|posted)\b/iu.test(line.text) && line.reason !== 'social media embed' ? dateLineOf(line.text) : noted ? dateLineOf(noted.replace(/\.$/u, '')) : null;
        if (date?.kind === 'published') {
          infer(meta, 'published', date.date);
          break;
        }
      }
    }
    // "Oct 21, 2026" under the byline, taken for a list's date and removed with the page's furniture: a date line
    // alone in the header, above the first paragraph kept, is still the date the text stands under (the nearest one).
    const ledeLine = lede?.position?.start.line ?? 0;
    if (!meta.published && ledeLine > 0) {
      const header = removed.filter((line) => line.line > 0 && line.line < ledeLine).reverse();
      const date = header.map((line) => dateLineOf(line.text)).find((found) => found?.kind === 'published' && !found.alternative);
      if (date) infer(meta, 'published', date.date);
    }
    // A page that shows only when it was updated: that is the date it stands under.
    if (!meta.published && updated) infer(meta, 'published', updated);
    // "LYON, May 4 (Wire) —": a dateline dates the story; its year, when it gives none, is the latest the page states,
    // else the year of the case's other sources.
    if (!meta.published && meta.dateline) {
      // (Of the page's removed lines, those that date or sign it: "Parliament approves 2026 budget" under "Related" names a year, not the page's.)
      const stamps = removed.map((line) => line.text).filter((text) => /©|\(c\)|copyright/iu.test(text) || dateLineOf(text));
      // (A year the article names is as often an earlier one, "a loss in 2024", or a target, "by 2030", as its own:
      // the other sources' own dates come before it.)
      const stamped = datelineDate(meta.dateline, stamps);
      const fromCase = stamped ? null : datelineInCase(meta.dateline, file.data.caseDates ?? []);
      const fromText = stamped ?? fromCase ? null : datelineDate(meta.dateline, texts);
      const date = stamped ?? fromCase ?? fromText;
      if (date) infer(meta, 'published', date);
      if (fromCase) meta.yearFromCase = true;
      if (fromText && !datelineDay(meta.dateline)?.year) meta.yearFromText = true;
    }
    // "Tuesday 24 November" alone on a line (a live page's day heading): with nothing else to date the page, the
    // latest such day, in the year of the case's other sources.
    if (!meta.published && !meta.dateline && !meta.republishedFrom?.published) {
      const lines = [...removed.map((line) => line.text), ...children.filter((node) => node.type === 'heading').map((node) => toString(node))];
      // (The day and month alone: "Tuesday 24" is no day of a month.)
      const days = lines.flatMap((line) => dayLine.exec(line.trim())?.[1]?.replace(/(\d)(?:st|nd|rd|th)\b/u, '$1') ?? []);
      if (days.length > 0) {
        meta.dayLine = days[0];
        const dated = days.map((day) => datelineInCase(day, file.data.caseDates ?? [])).filter((date): date is string => date !== null).sort();
        if (dated.length > 0) {
          infer(meta, 'published', dated.at(-1)!);
          meta.yearFromCase = true;
        }
      }
    }
    // (A language the manifest gave stands: the text is read for it only when none was given.)
    if ((meta.language === null || meta.language === undefined) && isEnglish(children.map((node) => toString(node)).join(' '))) infer(meta, 'language', 'en');
    // The note may have been removed with the page's furniture ("This article originally appeared on …").
    inferRepublication(meta, [...children.map((node) => toString(node)), ...removed.map((line) => line.text)]);
    // Nothing dates the text at all: its relative times are read against the day the case's other sources were
    // mostly written (approximately; the source itself stays undated).
    if (!meta.published && !meta.republishedFrom?.published) {
      const day = caseDayOf(file.data.caseDates ?? []);
      if (day) meta.caseDay = day;
    }
  };
}

/**
 * A headline copied from the page's <title>, with the site's name after it: "… | Example News",
 * "… - Example Daily". A bar always parts them; a dash only when the tail reads as an outlet's name.
 */
function brandOf(text: string): { title: string; site: string } | null {
  // "… | iNFOnews | The Valley's News Source": the site's name, then its tagline, each after a bar.
  const parts = text.split(/\s+\|\s+/u);
  if (parts.length >= 3 && (parts[0] ?? '').length >= 20 && parts.slice(1).every((part) => wordCount(part) <= 6 && !/[.!?:]$/u.test(part))) {
    return { title: (parts[0] ?? '').trim(), site: (parts[1] ?? '').trim() };
  }
  // ("… - 19 Action News|Kelby, OH|News, Weather, Sports": the site's name after a dash, its place and sections after bars.)
  const dashed = /^(.{20,}?)\s+[–—-]\s+([^|–—]{2,40}(?:\s*\|\s*[^|–—]{2,40}){1,3})$/u.exec(text);
  const sections = dashed?.[2]?.split(/\s*\|\s*/u) ?? [];
  if (dashed?.[1] && sections.length >= 2 && sections.every((part) => wordCount(part) <= 6 && !/[.!?:]$/u.test(part)) && isTitleCase(sections[0] ?? '')) {
    return { title: dashed[1].trim(), site: (sections[0] ?? '').trim() };
  }
  const match = /^(.{20,}?)\s+([|–—-])\s+([^|–—]{2,40})$/u.exec(text);
  if (!match?.[1] || !match[3]) return null;
  const site = match[3].trim();
  if (!isTitleCase(site) || wordCount(site) > 5) return null;
  if (match[2] !== '|' && !looksLikeOutlet(site)) return null;
  return { title: match[1].trim(), site };
}

/**
 * A headline line that is another line of the page's top followed by a bar or a dash and more ("<headline> - <site> -
 * <place>"): the page's <title>, whose own headline stands alone nearby. The bare line is the headline, the first part
 * after it the site.
 */
function bareTitle(headline: string, lines: string[]): { title: string; site: string } | null {
  for (const line of lines) {
    if (line.length >= headline.length || wordCount(line) < 3 || !headline.startsWith(line)) continue;
    const site = siteAfter(headline.slice(line.length));
    if (site) return { title: line, site };
  }
  return null;
}

/** What a top line adds after a bar or dash to the page's headline ("<headline> - <site>"), when it is a short name. */
function titleTail(top: string[], headline: string): string | null {
  for (const line of top) {
    if (!line.startsWith(headline) || line.length === headline.length) continue;
    const site = siteAfter(line.slice(headline.length));
    if (site) return site;
  }
  return null;
}

/** The site's name a <title> adds after its headline (" - Kelby 5 News", " | Kelby 5 News - Kelby, Ohio"), without its place. */
function siteAfter(rest: string): string | null {
  const site = /^\s+[|–—-]\s+([^|–—.!?:]{2,40}?)(?:\s+[|–—-]\s+[^|–—.!?:]{2,40}){0,2}$/u.exec(rest)?.[1]?.trim();
  return site && wordCount(site) <= 5 && /^[\p{L}\p{N}]/u.test(site) ? site : null;
}

/** A line without a stop that the next carries on in lower case: one sentence a print copy broke over lines. */
function runsOn(text: string, next: string): boolean {
  return /[\p{L}\p{N}]$/u.test(text) && /^\p{Ll}/u.test(next) && wordCount(text) >= 4;
}

/** A short title-like line between paragraphs: no closing punctuation, a few words, a capital first. */
function isHeading(text: string): boolean {
  const count = wordCount(text);
  // "Q: …", "KOLB: …": a line of a transcript or an interview is what someone said, never a heading.
  if (transcriptLine.test(text)) return false;
  if (count < 1 || count > 9 || text.length > 90 || !/^[\p{Lu}\p{N}"“‘']/u.test(text)) return false;
  // A sentence whose full stop was lost in the copy still reports speech; a heading does not.
  if (/\b(?:said|says|told|tells|according|added|stated|announced|reported|wrote|confirmed)\b/iu.test(text)) return false;
  // "“We will appeal” – Jane Roe": a quotation signed with its speaker's name after a dash is what someone said.
  // (Only a name, and a role after a comma: "‘Never’ – Roe denies wrongdoing" is a live page's heading.)
  if (/^[“"‘'].{2,}[”"’']\s*(?:[-–—]|\s-)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,.*)?$/u.test(text)) return false;
  if (/[?]$/u.test(text)) return count <= 8;
  // "Mayor: ‘We have never seen the river this high’": a short title that quotes, without a stop inside the quote.
  if (/[\p{L}\p{N}][”’"']$/u.test(text) && /^(?:[^“‘"]{0,40}:\s*)?[“‘"]/u.test(text) && count <= 12) return true;
  return !isSentence(text) && !/[,"”’]$/u.test(text);
}

/**
 * An item of a list: its neighbours open in lower case ("date of birth", "SkyPoints number", "booking references."),
 * or it stands in a run of two or more short lines of one shape under a line that announces them ("… are as follows:"),
 * or in a run whose every line carries a figure after the same separator ("Roe Holdings – $4,100,000").
 */
function inList(texts: string[], index: number): boolean {
  if ([texts[index - 1], texts[index + 1]].some((text) => text !== undefined && /^\p{Ll}/u.test(text))) return true;
  const item = (text: string | undefined) => text !== undefined && isHeading(text) && !/[?]$/u.test(text);
  let start = index;
  while (start > 0 && item(texts[start - 1])) start--;
  let stop = index;
  while (stop + 1 < texts.length && item(texts[stop + 1])) stop++;
  if (stop === start) return false;
  const run = texts.slice(start, stop + 1);
  if (/:\s*$/u.test(texts[start - 1] ?? '') && isBodyAnchor(texts[start - 1] ?? '')) return true;
  // "Name – figure": the same separator before a number in every line.
  const first = itemShape(run[0] ?? '');
  return first !== null && run.every((text) => itemShape(text) === first);
}

const speakerLabel = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2})(?: \([^()]{1,60}\))?:\s+\S/u;

/** Surnames that open two or more lines as "Name: …" ("Jo Roe (Bank): …", "Roe: …"): an interview's or a call's speakers. */
function speakerLabels(texts: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const surname = speakerLabel.exec(text)?.[1]?.split(' ').at(-1);
    if (surname) counts.set(surname, (counts.get(surname) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([name]) => name));
}

function spokenBy(text: string, speakers: Set<string>): boolean {
  const surname = speakerLabel.exec(text)?.[1]?.split(' ').at(-1);
  return surname !== undefined && speakers.has(surname);
}

function toHeading(node: RootContent, text: string): Heading {
  // (The furniture model's reading goes with the line: the stage after this one reads it.)
  const furniture = node.type === 'paragraph' ? node.data?.furniture : undefined;
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: text, position: node.position }], position: node.position, data: furniture === undefined ? {} : { furniture } };
}

/** Read "CITY (Outlet) — " off the lede. The paragraph keeps it: the source's own first words, quoted whole. */
function readDateline(lede: Paragraph, meta: SourceMeta) {
  const [text] = lede.children;
  if (lede.children.length !== 1 || text?.type !== 'text') return;
  const found = datelineOf(text.value);
  if (found) infer(meta, 'dateline', found.text);
}

// "Tuesday 24 November", "Monday, Nov. 23", "Published: 12 March, 14:05": a day and its month without a year, alone
// on a line (its lead word and its clock apart).
const dayLine = /^(?:(?:(?:first )?published|updated|posted)(?: on)?:?\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?$/iu;

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const fullMonths = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Does the text name the month of `date` (YYYY-MM-DD) in words? */
function monthNamed(texts: string[], date: string): boolean {
  const month = fullMonths[Number(date.slice(5, 7)) - 1] ?? '';
  const pattern = new RegExp(`\\b(?:${month}|${month.slice(0, 3)}\\.?)\\s+\\d|\\d\\s+(?:${month}|${month.slice(0, 3)})\\b|\\bin ${month}\\b`, 'iu');
  return texts.some((text) => pattern.test(text));
}

/** Of two readings of one date, the one nearest a date of the case's other sources (none without them). */
function nearestReading(readings: string[], caseDates: string[]): string | null {
  const times = caseDates.map((date) => Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date));
  if (times.length === 0) return null;
  const distance = (reading: string) => Math.min(...times.map((time) => Math.abs(Date.parse(reading) - time)));
  return [...readings].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** The day and month a dateline states ("May 14", "14 May 2025"), and its year when it gives one. */
export function datelineDay(dateline: string): { month: number; day: number; year: number | null } | null {
  const match = /\b(?:(\p{L}{3,9})\.?\s+(\d{1,2})|(\d{1,2})\s+(\p{L}{3,9})\.?)(?:,?\s+(\d{4}))?\b/u.exec(dateline);
  if (!match) return null;
  const month = monthNames.indexOf((match[1] ?? match[4] ?? '').slice(0, 3).toLowerCase());
  const day = Number(match[2] ?? match[3]);
  if (month === -1 || day < 1 || day > 31) return null;
  return { month, day, year: match[5] ? Number(match[5]) : null };
}

const isoDay = (year: number, month: number, day: number) => `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A dateline without a year, dated by the case: the year that puts its day nearest the dates the other
 * sources were written ("Dec 30" among sources of early January is of the year before theirs).
 */
function datelineInCase(dateline: string, caseDates: string[]): string | null {
  const stated = datelineDay(dateline);
  if (!stated || stated.year || caseDates.length === 0) return null;
  const times = caseDates.map((date) => Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date));
  const years = [...new Set(caseDates.flatMap((date) => [Number(date.slice(0, 4)) - 1, Number(date.slice(0, 4)), Number(date.slice(0, 4)) + 1]))];
  const distance = (year: number) => times.reduce((sum, time) => sum + Math.abs(Date.parse(isoDay(year, stated.month, stated.day)) - time), 0);
  const best = years.sort((a, b) => distance(a) - distance(b) || a - b)[0];
  return best === undefined ? null : isoDay(best, stated.month, stated.day);
}

/** The date a dateline states ("May 14", "14 May 2025"), with the year of the page's latest year when it has none. */
function datelineDate(dateline: string, lines: string[]): string | null {
  const stated = datelineDay(dateline);
  if (!stated) return null;
  const { month, day } = stated;
  let year = stated.year ?? 0;
  if (!year) {
    // Copyright and date lines first, then the text: the latest year a page names is most often its own.
    for (const line of lines) for (const found of line.matchAll(/\b(?:19|20)\d{2}\b/gu)) year = Math.max(year, Number(found[0]));
  }
  if (!year) return null;
  return isoDay(year, month, day);
}

/** A lede without its dateline, for a title derived from it. */
export function withoutDateline(text: string): string {
  return text.slice(datelineOf(text)?.length ?? 0);
}

function removal(node: RootContent, text: string, reason: string): RemovedLine {
  return { text, reason, line: node.position?.start.line ?? 0, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

type InferableField = 'outlet' | 'published' | 'language' | 'byline' | 'dateline';

/** Fill a field read off the text, unless the manifest gave it; say that it was inferred. */
function infer(meta: SourceMeta, field: InferableField, value: string) {
  if (meta[field] !== null && meta[field] !== undefined) return;
  meta[field] = value;
  if (!meta.inferred.includes(field)) meta.inferred.push(field);
}

/**
 * "This article was originally published by …": the text names the outlet it republishes. The line is
 * removed as a republication note; the outlet goes to `republishedFrom`, marked inferred.
 */
function inferRepublication(meta: SourceMeta, texts: string[]) {
  if (meta.republishedFrom) return;
  for (const text of texts) {
    // (Every note names how it was published or appeared: a text without either word is no note.)
    if (!text.includes('published') && !text.includes('appeared')) continue;
    // ("… originally appeared in Polish in Gazeta Roe on 21 November 2025 …": the language, then the outlet and its date.)
    const match = /^(?:[Tt]his (?:article|story|piece|report) (?:(?:was|is|has been) )?)?(?:[Oo]riginally|[Ff]irst) (?:published|appeared) (?:in \p{Lu}\p{Ll}+ (?=(?:by|in|on|at) \p{Lu}))?(?:by|in|on|at) ([\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]{1,60}?)(?:,| on (?:(\d{1,2} \p{L}{3,9},? \d{4}|\p{L}{3,9}\.? \d{1,2},? \d{4})|\p{Lu})| and\b|\.?$)/u.exec(text.replace(/^\p{P}+|\p{P}+$/gu, (mark) => (mark === '.' ? mark : '')));
    // ("(The following story by Jane Roe appeared on the Roe Herald website on June 21, 2009.)")
    const following = match ? null : /^\(?[Tt]he following (?:article|story|post|report|piece)(?: by [\p{L}.'’ -]{2,60}?)? (?:first |originally )?(?:appeared|was (?:first |originally )?published) (?:on|in|by) (?:the )?([\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]{1,60}?)(?: (?:website|site|newspaper|web ?site))?(?: on (\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9},? \d{4}))?\.?\)?$/u.exec(text.trim());
    const found = match ?? following;
    if (!found?.[1]) continue;
    const original = found[2] ? dateLineOf(found[2]) : null;
    meta.republishedFrom = { outlet: found[1].trim(), url: null, published: original?.date ?? null };
    if (!meta.inferred.includes('republishedFrom')) meta.inferred.push('republishedFrom');
    // A page that states no date of its own stands under the original's.
    if (!meta.published && original) infer(meta, 'published', original.date);
    return;
  }
}

const englishWords = new Set(['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'it', 'as', 'by', 'at', 'from', 'has', 'have', 'are', 'be', 'not', 'who', 'this']);

const longestEnglishWord = Math.max(...[...englishWords].map((word) => word.length));
const letter = /\p{L}/u;

/**
 * Plainly English: common function words make up a good share of the running text. (The runs of letters of the
 * lower-cased text, `match(/\p{L}+/gu)`, counted character by character, ASCII without a pattern: it reads a whole
 * source, and an array of all its words was most of the cost.)
 */
export function isEnglish(text: string): boolean {
  const lower = text.toLowerCase();
  let words = 0;
  let common = 0;
  let start = -1;
  for (let at = 0; at <= lower.length; ) {
    const point = at < lower.length ? (lower.codePointAt(at) as number) : 32;
    const isLetter = point < 128 ? (point >= 97 && point <= 122) || (point >= 65 && point <= 90) : letter.test(String.fromCodePoint(point));
    if (isLetter && start < 0) start = at;
    else if (!isLetter && start >= 0) {
      words++;
      if (at - start <= longestEnglishWord && englishWords.has(lower.slice(start, at))) common++;
      start = -1;
    }
    at += point > 0xffff ? 2 : 1;
  }
  if (words < 20) return false;
  return common / words > 0.15;
}

/** A title from the lede: its first sentence, cut at a word boundary. */
export function deriveTitle(lede: string, max = 90): string {
  const sentence = sentenceSpans(lede)[0]?.text ?? lede;
  if (sentence.length <= max) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * A headline without the label "News" glued before it ("News Traders count losses as fire guts the market"): the label, a
 * capital, then a headline in sentence case. (Only "News": other labels open headlines of their own, "World Cup …",
 * "Business Secretary …", "South African court …".)
 */
function withoutSectionLabel(headline: string): string {
  const match = /^News (\p{Lu}\p{Ll}*\b.*)$/u.exec(headline);
  if (!match?.[1] || /^(?:Corp|Corporation|Group|International|Limited|Ltd|Media|Agency|Service|Channel|Network|Desk|Editor|Anchor)\b/u.test(match[1])) return headline;
  const rest = match[1].split(/\s+/u).slice(1);
  // Sentence case: most of the words after the first in small letters.
  const small = rest.filter((word) => /^\p{Ll}/u.test(word)).length;
  return rest.length >= 3 && small * 2 > rest.length ? match[1] : headline;
}
