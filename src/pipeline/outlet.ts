// Who published a pasted page, read from the evidence a page leaves about itself: its copyright line,
// the site's name in the <title> after the headline, a wire dateline's "(Outlet)", a byline's "/ Outlet",
// "told Outlet" in the text, and a name line at the top. Each candidate is scored by how many kinds of
// evidence name it and how often the page repeats it, so that a section label ("LOCAL NEWS") that
// stands once at the top loses to the name the page signs with.
import { countryNamed, isGivenName } from './entities/gazetteer.ts';
import { looksLikeOutlet, strongReason, wordCount } from './junk/features.ts';
import { outletWords } from './junk/lexicon.ts';
import { monthNames } from './quotes/lexicon.ts';
import { bylineOf, dateLineOf } from './meta-lines.ts';
import { looserCopy } from './prefilter.ts';
import { lexiconTag } from './entities/tagger.ts';

export interface OutletEvidence {
  /** Every line of the page, in order (kept and removed). */
  lines: string[];
  /** The site's name that followed the headline after a bar or dash, when there was one. */
  brand: string | null;
  /** The dateline read off the lede ("LYON, May 4 (Wire)"), when there was one. */
  dateline: string | null;
  /** The byline, when there was one. */
  byline: string | null;
  /** The first line of the article body (top lines are those before it). */
  bodyStart: number;
  /** The headline's line, when the page has one. */
  headlineAt?: number;
}

// Labels of sections and page parts, never a publisher's name.
const sectionWords = new Set([
  'news', 'local', 'world', 'national', 'international', 'breaking', 'latest', 'live', 'sport', 'sports', 'politics',
  'business', 'money', 'health', 'science', 'tech', 'technology', 'opinion', 'analysis', 'culture', 'lifestyle',
  'entertainment', 'weather', 'today', "today's", 'paper', 'home', 'top', 'stories', 'video', 'videos', 'photos',
  'north', 'south', 'east', 'west', 'america', 'europe', 'asia', 'africa', 'uk', 'us', 'more', 'the', 'and', 'of',
  'in', 'features', 'travel', 'education', 'crime', 'courts', 'environment', 'climate', 'markets', 'economy', 'exclusive',
  'update', 'updates', 'press', 'release', 'releases', 'statement', 'statements', 'newsroom', 'media', 'centre', 'center', 'topics', 'sections', 'menu',
  'app', 'conference', 'briefing', 'archived', 'archive', 'information',
]);

/** Words that name an outlet's edition, channel or language after its name ("… News in English", "… NewsChannel 9"). */
const editionWords = new Set(['in', 'english', 'edition', 'international', 'agency', 'service', 'online', 'digital', 'sport', 'sports', 'newschannel', 'newstalk', 'tv', 'fm', 'am']);

// (What every copyright line holds, tested first: the pattern below, tried at every character, is asked of every line.)
const copyrightMark = /©|\(c\)|copyright/iu;
const copyright = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?(\p{Lu}[\p{L}\p{N}&'’.\- ]{1,60}?)(?:\s*[.,|;]|\s+all rights|\s+\d{4}|$)/iu;

// With CASEFILE_DEBUG=outlet each source's candidates are printed with their scores.
const debugOutlet = (process.env.CASEFILE_DEBUG ?? '').split(/[,\s]+/u).includes('outlet');

export function inferOutlet(evidence: OutletEvidence): string | null {
  const scores = new Map<string, { name: string; score: number }>();
  // "Mumbai News" on a page datelined "MUMBAI:", "India News": a place's section, not the publisher.
  const place = /^([\p{L} .'’-]{2,30}?)\s*(?:,|\(|:|[-–—]\s|$)/u.exec(evidence.dateline ?? '')?.[1]?.trim().toLowerCase() ?? '';
  // Names the page credits for the article it carries ("Source: Roe News Agency", a wire's own "Copyright … This
  // material may not be published, broadcast …", "Roe Wire · 2 min read"), and names it signs as its own (a name
  // line at its top, a copyright line at its foot): an aggregator or a blog that reposts a wire's story.
  const providers = new Set<string>();
  const signed = new Set<string>();
  // The body a government platform's release is "From:": it issues the page, whatever platform carries it.
  const issuers = new Set<string>();
  const keyOf = (raw: string) => clean(raw).toLowerCase().replace(/^the\s+/, '');
  // (`named`: the page gives the name as its own, so words that label sections elsewhere name it: "The International".)
  const add = (raw: string | null | undefined, weight: number, named = false) => {
    // (Most lines offer no candidate: nothing to clean.)
    if (!raw) return;
    const name = clean(raw);
    if (!name || (!named && isSectionLabel(name)) || isPlaceSection(name, place) || pictureAgency.test(name)) return;
    const key = name.toLowerCase().replace(/^the\s+/, '');
    const entry = scores.get(key) ?? { name, score: 0 };
    entry.score += weight;
    // "The Daily Blaze" over "Daily Blaze": keep the longer spelling the page gives.
    if (name.length > entry.name.length) entry.name = name;
    scores.set(key, entry);
  };
  // The page's own addresses ("news@valleyherald.co.uk", "valleyherald.com") spell the name it signs with.
  // (Every address holds "@", "www.", "http" or a full stop before a letter ("roe.com"): only such lines are read for one;
  // no address runs over a line's end.)
  const addressed = evidence.lines.filter((line) => line.includes('@') || /\.[a-z]|www\.|https?:\/\//iu.test(line));
  const domains = new Set([...addressed.join('\n').matchAll(/(?:@|\bwww\.|https?:\/\/)([a-z0-9-]+)\.|\b([a-z0-9-]{4,})\.(?:com|co\.uk|org|net|news|ie|pt|ch|de|fr|es|it|in|ng|au|ca)\b/giu)].map((match) => (match[1] ?? match[2] ?? '').toLowerCase()));
  add(evidence.brand, 3);
  // A copyright footer is how a page signs: strongest at the start of its line ("© 2026 The Sentinel").
  // ("© 2026 Jane Roe" under a newsletter whose author line reads "Jane Roe": the author's, not the outlet's name.)
  const alone = new Set(evidence.lines.map((line) => line.trim()));
  // The page's text once, and the names found to act as people, for "told …" (a long page may say it often).
  const pageText = evidence.lines.join('\n');
  // The article's sentences, for names a top line shows and the story tells of.
  const bodyText = evidence.lines.slice(evidence.bodyStart).filter((line) => wordCount(line) >= 8).join('\n');
  const people = new Map<string, boolean>();
  for (const line of evidence.lines) {
    const holder = copyrightMark.test(line) ? copyright.exec(line)?.[1] : undefined;
    const author = holder !== undefined && alone.has(clean(holder)) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(clean(holder)) && !looksLikeOutlet(clean(holder));
    if (!author) add(holder, /^\s*(?:©|\(c\)|copyright\b)/iu.test(line) ? 3 : 2);
    if (holder && !author) (/\bmay not be (?:published|reproduced|broadcast|redistributed)\b/iu.test(line) ? providers : signed).add(keyOf(holder));
  }
  // "(NEW YORK) —", "(SPRINGFIELD, Ill.) –": a dateline of a place alone in brackets names where, not who.
  const bracketed = /^\(([^()]{2,40})\)$/u.exec(evidence.dateline ?? '')?.[1];
  const placeOnly = bracketed !== undefined && (bracketed.includes(',') || (bracketed === bracketed.toUpperCase() && (/\s/u.test(bracketed) || bracketed.length >= 6)));
  // "… the ministry said. (Wire)": a wire's credit closing the article's last line, as an agency's copy signs off.
  const closing = /[.!?]["”’]?\s*\((\p{Lu}[\p{L}&.' ]{1,30})\)$/u.exec(evidence.lines.at(-1) ?? '')?.[1];
  // ("(Wire/The Roe Star)": the wire's story as the paper carries it, the paper's name last.)
  // ("WESTPORT, Ohio, May 4, 2026 /Release Wire/": a release wire's credit between slashes.)
  const stated = placeOnly ? '' : (/\(([^()]{2,40})\)\s*$/u.exec(evidence.dateline ?? '')?.[1] ?? /\/([^/]{2,30})\/$/u.exec(evidence.dateline ?? '')?.[1] ?? closing ?? '');
  // ("WESTPORT, IL (November 9, 2023) –": a release's date in the brackets, not a credit.)
  const credit = /\b(?:1[89]|2\d)\d\d\b/u.test(stated) || dateLineOf(stated) ? '' : clean(stated.split('/').at(-1) ?? '');
  // (A wire names itself in its own datelines: "LISBON, May 4 (Wire) -".)
  // ("(Wire) Minister Jane Roe said …": the credit alone in brackets opening the lede, with no place before it.)
  // (Not a place alone in brackets, "(WESTPORT) —", which the dateline has read already.)
  const opening = evidence.dateline ? undefined : /^\((\p{Lu}[\p{L}&.'’ -]{1,30})\)\s*(?:[-–—]+\s*)?\p{Lu}/u.exec(evidence.lines[evidence.bodyStart] ?? '')?.[1];
  const ledeCredit = credit || (opening && !(opening === opening.toUpperCase() && (/\s/u.test(opening) || opening.length >= 6)) ? opening : '');
  // ("FRANKLIN COUNTY, Fla. (WTXL) —", "MOSCOW, 3 June (Kelta) -": a station or an agency crediting its own copy, as it
  // does on every story; a page carrying another's story signs with its own name too, and outweighs it.)
  add(ledeCredit, 2);
  add(/(?:\s[/|]\s|,\s)([^,/|]{2,40})$/u.exec(evidence.byline ?? '')?.[1], 2);
  // ("By Jane Roe Kelby News": the outlet's name run on after the author's, no mark between.)
  const bylineWords = /[,/|]/u.test(evidence.byline ?? '') ? [] : (evidence.byline ?? '').split(/\s+/u);
  // (Only after a person's name, of words no English word is: "Kelby Valley Morning News" is one outlet's name.)
  const runOn = [3, 2].map((size) => bylineWords.slice(-size).join(' ')).find((tail) => {
    const author = bylineWords.slice(0, -tail.split(' ').length);
    return author.length >= 2 && author.length <= 3 && looksLikeOutlet(tail) && author.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && lexiconTag(word.toLowerCase()) === null && !outletWords.has(word.toLowerCase()));
  });
  add(runOn, 3);
  // "By The Associated Press", "by: Roe News Agency": a byline that names no person but the outlet or wire itself.
  if (evidence.byline && !runOn && bylineOutlet.test(evidence.byline.trim())) add(evidence.byline, 3);
  evidence.lines.forEach((line, index) => {
    // "Jessica Roe / Northland Public Radio" closing the article.
    // ("Jane Roe | Journalist": the author's trade, no outlet.)
    if (line.includes('/') || line.includes('|')) add(/^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}\s+[/|]\s+(?!(?:(?:Senior|Chief|Staff|Local|Digital|Freelance|Political|Court|Crime|Health)\s+)?(?:Journalist|Reporter|Writer|Editor|Correspondent|Columnist|Photographer|Contributor)$)(\p{Lu}[^/|]{2,40})$/u.exec(line)?.[1], 2);
    for (const match of toldOutlet.test(line) ? line.matchAll(/\b(?:(?<!\b(?:[Ww]as|[Ww]ere|[Bb]een|[Bb]eing|[Ii]s|[Aa]re|[Bb]e|[Gg]et|[Gg]ot)\s)(?:told|tells)|[Ss]peaking to|[Ss]poke to|confirmed to|in a statement to)\s+((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s?){1,4})/gu) : []) {
      // "… he told Trump" where the page has Trump reply or testify: a person told, not an outlet.
      // ("The court was told Roe seized …": a passive "told", the clause after it what was told.)
      // ("… Jane Roe told The Valley Times.": a paper's name after "The" is how a page speaks of itself, more often than
      // of a rival, which it names without the article: "told Reuters", "told AFP".)
      const told = (match[1] ?? '').trim();
      // ("… denied it told Roe Air to cancel flights": an order given, not words given to a paper.)
      const ordered = /^\s*to\s+\p{Ll}/u.test(line.slice((match.index ?? 0) + match[0].length));
      if (!ordered && !speaks(told, pageText, people)) add(told, /^The\s/u.test(told) && looksLikeOutlet(told) ? 3 : 1);
    }
    // ("Daily Roe learnt that …", "… as Roe Week went to press", "Roe Gazette contacted the embassy": a newsroom telling
    // what it did itself, by a name that reads as an outlet's.)
    for (const match of selfReport.test(line) ? line.matchAll(selfReporting) : []) {
      const name = match[1] ?? '';
      if (looksLikeOutlet(name) || camelOutlet(name)) add(name, 3);
    }
    // "Published in The Roe Dawn, October 14th, 2025": the paper's print note closing its own story.
    const printed = line.startsWith('Published in ') ? /^Published in ((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’. -]{1,40}?)(?:['’]s (?:print|daily|weekly|weekend|Sunday) (?:edition|issue))?,?\s+(?:on\s+)?(?:\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)? \p{L}{3,9}\b)/u.exec(line)?.[1] : undefined;
    if (printed) {
      add(printed, 3);
      signed.add(keyOf(printed));
    }
    // "This report by The Roe Press was first published May 4, 2026.": the wire whose story the page carries.
    const wire = /^[Tt]his (?:report|article|story) by ((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’. -]{1,50}?) was (?:first |originally )?published\b/u.exec(line)?.[1];
    if (wire) {
      add(wire, 3);
      providers.add(keyOf(wire));
    }
    // (The patterns below that could try every position run only on a line holding a mark they need: "/", "©",
    // a bar or a dash, "account".)
    // "Photograph: Jane Roe/The Sentinel", "(Image: Jane Roe/Montreal Express)": a staff photographer's paper.
    if (line.includes('/')) add(/\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Pp]ic)\s*(?::|by)\s*\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}\s*\/\s*((?:[Tt]he\s+)?\p{Lu}[^/()]{2,40}?)\)?\s*$/u.exec(line)?.[1], 1);
    // "Montreal Express Media Ltd. © 2025", "Published by Blaze Media Group Ltd", "your London Examiner account".
    if (/©|\(c\)/u.test(line)) add(/^(\p{Lu}[\p{L}\p{N}&'’. -]{1,60}?)(?:,(?!\s*(?:part of|a division of|a member of|owned by)\b)[^,©]{2,60})?\s*(?:©|\(c\))\s*\d{4}/u.exec(line)?.[1], 3);
    // "From: Department of Health" over a government's press release: the body that issues it.
    const from = index < evidence.bodyStart ? /^From:\s+(\p{Lu}[\p{L}\p{N}&'’,. -]{2,80})$/u.exec(line)?.[1] : undefined;
    add(from, 4);
    if (from) issuers.add(keyOf(from));
    // "The Morning Line is a Roe Audio production": the programme's producer publishes it.
    if (line.includes('production')) add(/^(?:The )?\p{Lu}[\p{L}\p{N} &'’-]{1,50} is an? (\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,4}) production\b/u.exec(line)?.[1], 2);
    // "Subscribe to the Valley Gazette for …" on a page whose addresses spell it: the paper asks readers to take it.
    const asked = /^(?:[Ss]ubscribe to|[Ss]upport|[Dd]onate to) (?:the )?((?:The )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,4})\b/u.exec(line)?.[1];
    if (asked && domains.has(compact(asked))) add(asked, 1);
    // "The Hub City Herald | Serving Jackson since 1987": the site's name before its tagline.
    const tagged = /[|–—]/u.test(line) ? /^((?:The\s+)?\p{Lu}[\p{L}\p{N}&'’. -]{2,40}?)\s+[|–—]\s+\p{L}/u.exec(line)?.[1] : undefined;
    if (tagged && looksLikeOutlet(tagged)) add(tagged, wordCount(line) <= 15 && !/[.!?]$/u.test(line) ? 3 : 2);
    add(/^(?:[Pp]ublished|[Pp]rinted|[Oo]perated) by\s+(\p{Lu}[\p{L}\p{N}&'’. -]{1,60})$/u.exec(line)?.[1], 1);
    if (line.includes('account')) add(/\byour\s+((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s){1,4})account\b/u.exec(line)?.[1], 1);
    // "Follow The Roe Times on WhatsApp …", "Join The Roe Times Channel", "Get the Roe Times App": the page's own promotions.
    if (promotionWordsLooser.test(line) && promotionWords.test(line) && wordCount(line) <= 40 && !/\b(?:said|says|told)\b/u.test(line)) {
      add(/(?:^|[.!?]\s+|^[•·*-]\s*)(?:[Ff]ollow|[Jj]oin|[Ss]ubscribe to)\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}?)\s+(?:on (?:WhatsApp|Telegram|Google News)\b|(?:WhatsApp |Telegram )?[Cc]hannel$)/u.exec(line)?.[1], 2);
      add(/^(?:[Gg]et|[Dd]ownload) (?:the|our) ((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s){1,4})(?:[Nn]ews )?[Aa]pp$/u.exec(line)?.[1], 1);
    }
    // "Stay up to date with notifications from The Kelby Times", "… emailed about offers, events and updates from Kelby
    // Standard", "Thank you for donating to Kelby.nl", "Why are you making commenting on The Kelby only available to
    // subscribers?", "Stay updated with Kelby Times by following us", "download our KLBY News App": the page asks its
    // readers to follow, pay or sign up, by its own name.
    if (ownAppealWords.test(line) && wordCount(line) <= 30 && !/\b(?:said|says|told)\b/u.test(line)) add(ownAppeal.exec(line)?.slice(1).find(Boolean), 3, true);
    // "The council said it had not been told until approached by The Kelby Argus", "a video seen by THE KELBY MONITOR",
    // "in response to queries from The Kelby Today": the newsroom named as the one who asked or saw.
    if (askedByWords.test(line)) {
      for (const match of line.matchAll(askedBy)) {
        // (A paper's name with its capital "The" in mid-sentence, or written in capitals, is how a page names itself.)
        const raw = match[1] ?? match[2] ?? '';
        const name = titleCased(raw);
        if (looksLikeOutlet(name)) add(name, /^The \p{Lu}/u.test(name) || raw === raw.toUpperCase() ? 3 : 2);
      }
    }
    // "IANS, also known as Indo-Asian News Service, is a private news agency": an author box that describes the outlet.
    if (line.includes(' is ')) add(/^((?:The )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,4})(?:,? (?:also known as|formerly|or) [^,]{3,60}?,?)? is (?:a|an|the|\p{Lu}[\p{L}-]+['’]s) (?:[\p{L}-]+ ){0,4}(?:news agency|newspaper|news service|wire service|broadcaster|news website|news portal|news outlet|news organi[sz]ation|media outlet)\b/u.exec(line)?.[1], 2);
    // "Yahoo27-05-2025" under the headline: the site's name the copy glued to the page's date.
    if (index < evidence.bodyStart && /\d/u.test(line)) add(/^(\p{Lu}[\p{L}&'’.]*(?: \p{Lu}[\p{L}&'’.]*){0,3})(?=\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}$)/u.exec(line)?.[1], 3);
    const provider = /^(?:[Ss]ource|[Vv]ia|[Pp]rovided by|[Cc]ontent from|[Ss]yndicated from)\s*:?\s+(\p{Lu}[\p{L}\p{N}&'’. -]{1,60})$|^(\p{Lu}[\p{L}\p{N}&'’. -]{1,60}?)\s*·\s*\d{1,2}\s*min(?:ute)?s? read$/u.exec(line);
    if (provider) {
      const name = provider[1] ?? provider[2] ?? '';
      providers.add(keyOf(name));
      // The credited provider is the outlet when the page signs with nothing else; a chart's "Source: Roe Institute"
      // names a body the story itself cites.
      if (!toldOfInBody(name, bodyText)) add(name, 2);
    }
    // "More from Roe Radio" closing the page: the site offers its own stories.
    if (line.startsWith('More from ')) add(/^More from ((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,4})$/u.exec(line)?.[1], looksLikeOutlet(line.slice(10)) ? 3 : 2);
    // "Roe Wire Staff", "All posts by Roe World Team", "By Roe Times News Desk": the newsroom signs as itself.
    if (/\b(?:Staff|Team|Desk|Newsroom|Bureau)$/u.test(line) && wordCount(line) <= 8) add(/^(?:All posts by |By |by )?((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,4}?) (?:Editorial |News |Web |Digital )?(?:Staff|Team|Desk|Newsroom|Bureau)$/u.exec(line)?.[1], 3);
    // "… as Roe News' Jane Doe reports", "Roe News reporter Jane Doe": the outlet's own reporter, in its caption or text.
    if (/\breport/u.test(line)) {
      for (const match of line.matchAll(/((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3})(?:['’]s?\s+(?:\p{Lu}[\p{L}'’.-]+\s){1,3}reports\b| reporter \p{Lu})/gu)) {
        if (looksLikeOutlet(match[1] ?? "")) add(match[1], 3);
      }
    }
    // "… a story for The Daily Roe? Email us at news@dailyroe.co.uk": the page's own name, spelled as its address.
    // (Not a body's words quoted, "“… follow @KelbyFerries on X,” the company said": its "our" is the body's.)
    if (/@|\bwww\./u.test(line) && /\b(?:us|our)\b/u.test(line) && !/^[“"‘]/u.test(line)) {
      for (const match of line.matchAll(/(?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{Lu}[\p{L}\p{N}&'’-]*){1,4}/gu)) {
        const words = match[0].split(' ');
        const named = range(2, words.length + 1).map((count) => words.slice(0, count).join(' ')).find((name) => domains.has(compact(name)));
        if (named) add(named, 1);
      }
    }
    // A name line at the top of the page, where a site shows its name.
    if (index >= evidence.bodyStart) return;
    const count = wordCount(line);
    // One word at the top is a menu entry or a section ("Cycling"), unless it reads as an outlet's name or a domain.
    // An acronym alone on the first lines ("UKBC") is the site's logo.
    const logo = index < 3 && /^\p{Lu}{2,6}$/u.test(line.trim());
    // ("Digital Media Awards Worldwide 2022": a banner of a prize, with its year, is no outlet's name.)
    if (count >= 1 && count <= 5 && isName(line) && !/\b(?:19|20)\d{2}$/u.test(line.trim()) && !strongReason(line) && !dateLineOf(line) && (!bylineOf(line) || edition(line)) && (count > 1 || looksLikeOutlet(line) || logo || camelOutlet(line.trim()))) {
      // "BBC News, Cumbria": the outlet, then the place its reporter files from.
      const [raw = '', after] = line.split(/,\s/u);
      const name = clean(raw);
      // ("Laoag, Philippines": a dateline's place and its country; "Contacts: Jane Roe": a label before a name.)
      if (after && countryNamed(after.trim())) return;
      // ("We Get Support From:" over a sponsors' box: a label that ends on its colon introduces names; it is none.)
      if (name.includes(':') || /:\s*$/u.test(line)) return;
      // ("Publish Date" over "Thu, 18 Nov 2021, 4:03pm": a date line's label on a line of its own.)
      if (/^(?:publish(?:ed)?|posted|updated|last updated|date)(?:\s+(?:date|on|at|time))?$/iu.test(line.trim())) return;
      // A name the story itself tells of is its subject, shown over a picture or as a tag: the person quoted
      // ("Jane Roe" at the top, "Ms Roe said" below), the place or body it happened at, "Jane Roe and John Doe" bylines.
      // (Above the headline a site shows its own name, and its stories may name it: "Roe Monitor asked the council".)
      const belowHeadline = evidence.headlineAt !== undefined && evidence.headlineAt >= 0 && index > evidence.headlineAt;
      // ("BNC Sport", "Pulse247": a brand's letters or figures, which no person's or place's name has.)
      const brandLike = /^\p{Lu}{2,}\b|\p{N}/u.test(name);
      if (!looksLikeOutlet(name) && !brandLike && (/ and /u.test(name) || (belowHeadline && toldOfInBody(name, bodyText)) || surnameAlone(name, bodyText))) return;
      add(name, (looksLikeOutlet(line) || camelOutlet(name) ? 2 : 1) + (index < 3 ? 1 : 0));
      if (index < 3) signed.add(keyOf(name));
    }
  });
  // "Polaris" and "Polaris News Agency", "the Examiner" and "The London Examiner": one outlet, the fuller name.
  const entries = [...scores.entries()];
  for (const [key, entry] of entries) {
    if (!scores.has(key)) continue;
    const acronym = /^\p{Lu}{2,6}$/u.test(entry.name);
    // "AP" in the dateline and "Associated Press" in the byline, "SBD" signing the copyright of "Straits Business
    // Daily": the acronym is the fuller name's.
    const fuller =
      entries.find(([other]) => other !== key && scores.has(other) && (other.startsWith(`${key} `) || other.endsWith(` ${key}`))) ??
      entries.find(([other]) => other !== key && scores.has(other) && acronym && initialsOf(scores.get(other)?.name ?? other) === key);
    if (!fuller) continue;
    // "NBS" and "NBS Scotland", "PBC Radio's Morning Report", "RTN Play": a broadcaster's edition, programme or
    // service under its name; the acronym is the outlet ("KTVR News", "ORT News in English" are its fuller names).
    const rest = fuller[0].slice(key.length).trim().split(/\s+/u);
    if (acronym && fuller[0].startsWith(`${key} `) && !rest.every((word) => outletWords.has(word) || editionWords.has(word) || /^\d[\d.]*$/u.test(word))) {
      entry.score += fuller[1].score;
      scores.delete(fuller[0]);
      continue;
    }
    fuller[1].score += entry.score;
    scores.delete(key);
  }
  // A name the page repeats (header, footer, "told …", "More from …") is the one it signs with.
  // Case kept: "Cycling" the section label is not "cycling" the word.
  const text = evidence.lines.join('\n');
  for (const entry of scores.values()) {
    if (domains.has(compact(entry.name))) entry.score += 2;
    const needle = entry.name.replace(/^the\s+/i, '');
    let count = 0;
    for (let at = text.indexOf(needle); at !== -1 && count < 4; at = text.indexOf(needle, at + needle.length)) count++;
    entry.score += Math.min(3, Math.max(0, count - 1));
  }
  // ("By Chris Wright ¶ Chris Wright", "August 20th 2015": a person's name or a date is no publisher's name, however often
  // the page shows it.)
  const ranked = [...scores.values()].filter((entry) => !notAPublisher(entry.name)).sort((a, b) => b.score - a.score);
  if (debugOutlet) console.error(`outlet: ${ranked.map((entry) => `${entry.name} ${entry.score}`).join(' · ') || 'no candidate'}`);
  const best = ranked[0];
  // The story's provider gives way to the name the page signs with, when the page signs with one.
  // ("Meridian" in the dateline is the "Source: Meridian News Agency" the page credits.)
  const provided = (name: string) => [...providers].some((provider) => provider === keyOf(name) || provider.startsWith(`${keyOf(name)} `));
  const own = best && provided(best.name) ? ranked.find((entry) => entry.score >= 3 && !provided(entry.name) && signed.has(keyOf(entry.name))) : undefined;
  if (own) return own.name;
  const issuer = ranked.find((entry) => issuers.has(keyOf(entry.name)) && entry.score >= 3);
  if (issuer) return issuer.name;
  if (best && best.score >= 3) return best.name;
  // A wire's credit in the dateline ("LISBON, May 4 (Reuters) -") with nothing on the page naming anyone else.
  // ("Source: Roe Wire" at its foot, the same: the credit stands when nothing names another as strongly.)
  const credited = (name: string) => keyOf(name) === keyOf(ledeCredit) || provided(name);
  if (best && credited(best.name) && best.score > (ranked[1]?.score ?? 0)) return best.name;
  return null;
}

// A picture agency or a photographer's studio credited under a photograph ("Jane Roe/Roe Photos"), not the publisher.
// (And the picture libraries by their bare names: "Photograph: Jane Roe/Getty".)
const pictureAgency = /\b(?:photos?|images|pictures|photography|visuals|imaging)$|^(?:getty|shutterstock|alamy|istock(?:photo)?|dreamstime|unsplash|pexels|pixabay)$/iu;

// A byline that is an outlet's name: capitalised words ending in a word only a newsroom ends its name with.
const bylineOutlet = /^(?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3} (?:Press|News|Agency|Newswire|Wire|Media|Network|Radio|Television|TV)$/u;

// A page's promotion of its own channels, with the copy of it `prefilter.ts` makes to ask first (every line is asked).
const promotionWords = /\b(?:whatsapp|telegram|google news|channel|app)\b/iu;
const promotionWordsLooser = looserCopy(promotionWords) ?? promotionWords;

// What a newsroom says it did, after its own name (asked only of lines holding one of the words).
const selfReport = /learnt|learned|understands|went to press|contacted|reached out|has seen|arrived/u;
const selfReporting = /(?:^|[.,;:]\s+|\b(?:when|as|after|before|but|and)\s+)((?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})\s+(?:has\s+|had\s+)?(?:learnt|learned|understands|went to press|contacted|reached out to|has seen|arrived)\b/gu;

// A page's appeal to its readers by its own name (group 1, 2, 3 or 4), with the words every such line holds.
const ownAppealWords = /notifications|updates from|donating|supporting|commenting on|[Ss]tay (?:updated|tuned|connected)|our\s|[Ss]ign up (?:for|to)/u;
const outletName = String.raw`((?:[Tt]he\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.|-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.|-]*){0,4}?)`;
const ownAppeal = new RegExp(
  String.raw`\b(?:notifications|offers|updates|newsletters?) from ${outletName}(?=[.,;!]\s|[.,;!]?$)` +
    String.raw`|^[Tt]hank you for (?:donating to|supporting) ${outletName}[.!]?$` +
    String.raw`|\bcommenting on ${outletName} only\b` +
    String.raw`|\b[Ss]tay (?:updated|tuned|connected) with ${outletName}(?= by following\b| (?:Android |iOS |mobile )?[Aa]pp\b| on (?:Facebook|Twitter|X|Instagram|WhatsApp|Telegram|YouTube)\b)` +
    String.raw`|\b(?:download|get|install) our ${outletName}(?= (?:[Nn]ews )?[Aa]pp\b)` +
    // ("Sign up for The Week's Free Newsletters": the page's own box.)
    String.raw`|^[Ss]ign up (?:for|to) ${outletName}['’]s (?:[Ff]ree |[Dd]aily |[Ww]eekly )?(?:[Nn]ewsletters?|[Ee]mails?)$`,
  'u',
);
// ("contacted by", "approached by", "seen by", "queries from": the words every such line holds.)
const askedByWords = /contacted by|approached by|seen by|obtained by|queries from|questions from|enquiries from/u;
const askedBy = /\b(?:contacted|approached|seen|obtained) by ((?:[Tt]he\s+|THE\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})|\b(?:queries|questions|enquiries) from ((?:[Tt]he\s+|THE\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})/gu;

/** "THE KELBY WHISTLER" as a name is written: "The Kelby Whistler". */
function titleCased(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(?<![\p{L}'’])\p{L}/gu, (letter) => letter.toUpperCase()) : name;
}

// The words every "told …" credit holds (the pattern, tried at every character of every line, is run only on lines with one).
const toldOutlet = /told|tells|[Ss]peaking to|[Ss]poke to|confirmed to|in a statement to/u;

/** The name speaks or acts in the text as a person does ("Roe replied", "Roe testified"); read once per name. */
function speaks(raw: string, text: string, people: Map<string, boolean>): boolean {
  const name = raw.trim().replace(/^the\s+/iu, '');
  // (An acronym is an outlet's or an agency's, not a person's.)
  if (!name || /^\p{Lu}{2,}$/u.test(name)) return false;
  const known = people.get(name);
  if (known !== undefined) return known;
  const escaped = RegExp.escape(name);
  // ("Willis told Swarbrick" on a page that names Chlöe Swarbrick: one word that is the surname of someone given a given
  // name there is a person.)
  const named = /\s/u.test(name) ? [] : [...text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+)\\s+${escaped}(?![\\p{L}])`, 'gu'))];
  const surname = named.some((match) => isGivenName((match[1] ?? '').normalize('NFD').replace(/\p{M}/gu, '')));
  const acts = surname || new RegExp(`\\b${escaped}(?:['’]s)?\\s+(?:replied|testified|recounted|insisted|denied|pleaded)\\b`, 'u').test(text);
  people.set(name, acts);
  return acts;
}

/**
 * The story tells of the name in its own sentences, not as the outlet that reports it: "Roe said", "Jane Roe, the
 * minister", "at North Vale Hospital", a surname alone ("Ms Roe"). ("… told the Daily Roe", "(Roe Wire)", "by Roe
 * News" are how a page names its publisher.)
 */
function toldOfInBody(name: string, body: string): boolean {
  const words = name.replace(/^the\s+/iu, '').split(/\s+/u);
  // The whole name and its last two words ("Health Minister Jane Roe" over "Jane Roe said").
  const forms = [words.join(' '), words.length > 2 ? words.slice(-2).join(' ') : ''].filter(Boolean);
  return forms.some((form) => mentions(form, body, (before) => !/(?:\b(?:told|to|by|for|from|via|on|in)\s+(?:the\s+)?|\()$/iu.test(before)));
}

/** "Jane Roe" at the top and "Roe said" below: a person's surname alone, as no outlet is named ("the Monitor" is). */
function surnameAlone(name: string, body: string): boolean {
  const words = name.split(/\s+/u);
  const last = words.at(-1) ?? '';
  // (A person's name: capitalised words or initials, the last not a country's: "Roe Radio Ireland" and "Ireland".)
  if (words.length < 2 || words.length > 4 || last.length < 4 || !words.every((word) => /^\p{Lu}(?:\p{Ll}[\p{Ll}'’-]*|\.)$/u.test(word)) || countryNamed(last)) return false;
  const previous = words.at(-2) ?? '';
  return mentions(last, body, (before) => !before.endsWith(`${previous} `) && !/\bthe\s+$/iu.test(before));
}

/** The form stands as a whole word in the text where `fits` accepts the words before it. */
function mentions(form: string, text: string, fits: (before: string) => boolean): boolean {
  // (The pattern is the form itself between two non-word characters: a text without it as a substring has no match to look for.)
  if (!text.includes(form)) return false;
  const escaped = RegExp.escape(form);
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
    if (fits(text.slice(Math.max(0, match.index - 24), match.index))) return true;
  }
  return false;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, at) => from + at);

/** "Roe News in English": an outlet's edition in a language, which reads like "Jane Roe in Lagos" to the byline reader. */
function edition(line: string): boolean {
  return !/^by\b/iu.test(line) && !line.includes(',') && looksLikeOutlet(line) && / in \p{Lu}\p{Ll}+$/u.test(line);
}

/** "KestrelDaily", "HarbourHerald": one word of run-together capitalised parts, one of them a word papers are named with. */
function camelOutlet(word: string): boolean {
  const parts = word.match(/\p{Lu}\p{Ll}+/gu) ?? [];
  return /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u.test(word) && parts.length >= 2 && parts.some((part) => outletWords.has(part.toLowerCase()));
}

/** A name as an address spells it: "The Valley Herald" → "valleyherald". */
function compact(name: string): string {
  return name.toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]/gu, '');
}

function initialsOf(name: string): string {
  return name.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('').toLowerCase();
}

/** Capitalised words, as a site's name is written ("The Hub City Herald", "WLKR NewsTalk 1340", "STRØMVIK"). */
function isName(text: string): boolean {
  const words = text.split(/\s+/u);
  // ("For Daily Alerts", "Get Instant News": a widget's words, a preposition or a verb first, name no site.)
  if (words.length > 1 && /^(?:for|to|by|with|from|in|on|at|of|get|read|follow|join|download|enable|allow|sign|subscribe)$/iu.test(words[0] ?? '')) return false;
  return words.every((word, index) => /^[\p{Lu}\p{N}&]/u.test(word) || (index > 0 && /^(?:of|the|and|&|for|on|in)$/u.test(word)));
}

const placeWord = /^(?:Valley|Vale|Dale|Hills?|River|Bay|Coast|County|City|Island|Isles?|Springs|Falls|Lakes?|Park|Heights|Ridge|Harbou?r|Port|Peninsula|Borders?|Downs|Moor|Forest|Shore|Sound|Plains?)$/u;

const datedName = new RegExp(`\\b(?:${monthNames})\\b.*\\b(?:1[89]|20)\\d\\d\\b`, 'iu');

/** A candidate that names someone or some day, not a publisher: "Chris Wright", "August 20th 2015". */
function notAPublisher(name: string): boolean {
  if (dateLineOf(name) || datedName.test(name)) return true;
  const words = name.split(/\s+/u);
  // (Not "Marlow Valley", a place's name after a given name: a valley, a bay, a county is where a paper is.)
  return words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) && isGivenName(words[0] ?? '') && !looksLikeOutlet(name) && !placeWord.test(words.at(-1) ?? '');
}

export function isSectionLabel(name: string): boolean {
  // ("NewsWorld News": menu entries run together by the copy, "News" then "World News".)
  const words = name.replace(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu, ' ').toLowerCase().split(/[\s&/]+/u).filter(Boolean);
  return words.length === 0 || words.every((word) => sectionWords.has(word.replace(/[’']s$/u, "'s")) || sectionWords.has(word));
}

/** A place's name and section words: "Mumbai News", "India News", "Scotland politics". */
function isPlaceSection(name: string, place: string): boolean {
  const words = name.split(/\s+/u);
  const at = words.findIndex((word) => sectionWords.has(word.toLowerCase()));
  if (at <= 0 || !words.slice(at).every((word) => sectionWords.has(word.toLowerCase()))) return false;
  const head = words.slice(0, at).join(' ');
  return head.toLowerCase() === place || countryNamed(head) !== undefined;
}

function clean(name: string): string {
  return name
    .replace(/\s+/gu, ' ')
    // "Sentinel News & Media Limited or its affiliated companies": the copyright holder, without its affiliates.
    .replace(/\s+or its (?:affiliated companies|affiliates|subsidiaries|licensors)\b.*$/iu, '')
    // "© Copyright Il Faro": the word again after the sign.
    .replace(/^(?:copyright|©)\s+/iu, '')
    // A company's legal form is not the name it publishes under: "… Ltd", "… s.r.o.", "… LLC", "… News & Media Limited";
    // "Roe Media" is Roe's company, but "Hatchie River Public Media" is the broadcaster's name.
    // ("KL Roe Digital Sdn Bhd", "Roe Media Pte Ltd": a digital arm before a legal form is the company's too.)
    .replace(/(?:\s+(?:&|and)\s+media|(?<!\bpublic)\s+media|\s+digital(?=\s+(?:ltd|limited|inc|llc|plc|gmbh|pte|pty|sdn|bhd|corp)\b)|\s+(?:ltd|limited|inc|llc|plc|gmbh|dac|pte|pty|sdn|bhd|s\.?r\.?o|s\.?r\.?l|s\.?p\.?a|s\.?a|a\.?s|ag|nv|bv|corp|co|company|group|holdings|publishing|publications|newspapers?|communications|corporation|enterprises)\.?|\s+\p{Ll}{1,2})+$/iu, '')
    .replace(/^[\s,.;:|/-]+|[\s,.;:|/-]+$/gu, '')
    // "PharmaSignal is published by Roe Media", "Cookies on GOV.UK": the name, without what a line says of it.
    .replace(/\s+is (?:published|owned|operated|produced) by\b.*$/iu, '')
    // "Roe Post is a reader-supported nonprofit …", "Roe Post is a trading name of …".
    .replace(/\s+is (?:a|an|the)\s.*$/iu, '')
    // "Roe Post is part of Roe Media": the name, not its owner.
    .replace(/\s+is (?:now )?(?:part|a division|a unit|a brand|a member) of\b.*$/iu, '')
    .replace(/^from:\s+/iu, '')
    // "VWR Valley Works Record": the logo's acronym, then the name it stands for.
    .replace(/^(\p{Lu}{2,6})\s+(.+)$/u, (whole, acronym: string, rest: string) => (initialsOf(rest) === acronym.toLowerCase() ? rest : whole))
    .replace(/^cookies on\s+/iu, '')
    // ("Roe Post Staff", "Roe World Team": the newsroom signing as itself, under its outlet's name; "The Roe Desk" may
    // be a name.)
    .replace(/(?<=\S)\s+(?:(?:editorial|web|digital)\s+)?(?:staff|team)$/iu, '')
    // "BBC Homepage": the logo's link text.
    .replace(/\s+(?:homepage|home page|home)$/iu, '')
    // "Search The Consumer Desk": a search box's label before the site's name.
    // ("Watch Roe News": the link to the site's video channel.)
    .replace(/^(?:search|visit|about|contact|follow|subscribe to|sign up for|watch|listen to)\s+/iu, '')
    .trim();
}
