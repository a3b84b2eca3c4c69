// The junk classifier: each line of a copied page judged by its own features and its place in the
// page. Inside the article body only strong evidence removes a line; above and below it, chrome is the rule.
import { normalizeForMatch, unify } from '../normalize.ts';
import { isLexiconWord, lexiconTag, tellsThePast } from '../entities/tagger.ts';
import { isGivenName } from '../entities/gazetteer.ts';
import { bylineOf, dateLineOf, datelineOf } from '../meta-lines.ts';
import { isSectionLabel } from '../outlet.ts';
import { isRoleWord, monthNames, weekdayNames } from '../quotes/lexicon.ts';
import {
  furnitureShare,
  reportedHighlight,
  reportedThat,
  tellsNews,
  isAllCapitalised,
  isBodyAnchor,
  isHeadlineLike,
  isMenuRow,
  isSentence,
  isTitleCase,
  itemShape,
  looksLikeOutlet,
  strongReason,
  transcriptLine,
  wordCount,
  labelledItem,
} from './features.ts';
import { postSignature, siteAddress, tickerRun } from './lexicon.ts';

export const siteNameReason = 'site name';

export interface Verdict {
  /** Why the line is junk, or null to keep it. */
  reason: string | null;
  /** The line kept as the page's headline (the structure stage turns it into the title). */
  headline: boolean;
}

/** Judge every line of one page. `lines` are the trimmed non-empty lines in order. */
export function classifyLines(lines: string[]): Verdict[] {
  stemsRead = new Map();
  // A name alone on its line, two or more times: a live page's author under each post.
  const names = new Map<string, number>();
  // (Not "Turkish Press Review" over each part of a round-up: a name opens with no adjective of the language.)
  for (const text of lines) if (nameLine.test(text) && lexiconTag((text.split(' ')[0] ?? '').toLowerCase()) !== 'ADJ') names.set(text, (names.get(text) ?? 0) + 1);
  // Each line's own evidence, read once: the rules below look at a line's neighbours too.
  const own = lines.map((text) => strongReason(text));
  const strong = lines.map((text, index) => {
    const reason = own[index] ?? null;
    if ((names.get(text) ?? 0) >= 2 && text !== text.toUpperCase() && !reason) return 'author sign-off';
    // ("By Jane Roe…" as the paste's last line: the reporter signing the story off below it.)
    if (!reason && index === lines.length - 1 && index > 0 && /^By\s/u.test(text) && wordCount(text) <= 5 && bylineOf(text) && isSentence(lines[index - 1] ?? '')) return 'author sign-off';
    // ("- G3 & G4 (Representatives of international organisations) ¶ - North Atlantic Treaty Organisation": a dashed list's
    // item under another, not a story's credit or contact line.)
    if ((reason === 'credit line' || reason === 'contact line') && /^[-–•]\s/u.test(text) && /^[-–•]\s/u.test(lines[index - 1] ?? '') && (!own[index - 1] || own[index - 1] === 'credit line' || own[index - 1] === 'contact line') && /^[-–•]\s/u.test(lines[index - 2] ?? '') && !own[index - 2]) return null;
    // "Transcript" over the transcript itself (its editor's note, or its speakers' lines): the article's heading, not a tab.
    if (reason === 'site navigation' && /^(?:full |edited |partial )?transcript:?$/iu.test(text) && lines.slice(index + 1, index + 4).some((line, at) => transcriptLine.test(line) || own[index + 1 + at] === "editor's note")) return null;
    // "Notes to editors" over numbered notes in prose: the release's own background, under its heading (over the
    // issuer's boilerplate or its contacts, the label goes with them).
    if (reason === 'press release furniture' && /^notes? (?:to|for) editors?\s*:?$/iu.test(text) && !own[index + 1] && isBodyAnchor(lines[index + 1] ?? '')) return null;
    // "WATCH: Minister claims …" as the paste's first line: the headline with its kicker, not a link to a video.
    // ("Share ¶ Sports ¶ Watch: MLB Game Ends with …": the first line that is no chrome above it, too.)
    if ((index === 0 || (index <= 5 && lines.slice(0, index).every((line, at) => own[at] || (wordCount(line) <= 3 && !/[.!?]$/u.test(line))))) && (reason === 'read-more link' || reason === 'video player') && kickedHeadline(text)) return null;
    // "Image caption," on a line of its own: the caption is the next line.
    if (index > 0 && /^(?:image|media|video|photo) caption,?$|^caption:?$/iu.test(lines[index - 1] ?? '') && wordCount(text) <= 60) return 'photo caption';
    // ("Photo caption: ¶ Photo by Jane Roe AP ¶ A jet seen approaching …": the credit may come between.)
    if (index > 1 && /^(?:image|media|video|photo) caption\s*[,:]?$|^caption:?$/iu.test(lines[index - 2] ?? '') && own[index - 1] === 'photo credit' && wordCount(text) <= 60 && !reason) return 'photo caption';
    // "Getty Images" on a line of its own, then the caption that ends without a stop: a broadcaster's picture.
    // (Not the headline the page's date or byline follows: "Roe/PA Wire ¶ Archbishop tells inquiry he is ‘ashamed’ ¶ Wed 21
    // Mar 2018 ¶ By Press Association", the picture's credit pasted above the page's title.)
    // (Nor the headline under the site's own address at the top of the paste: "SI.com ¶ Coach Gives Update on Injuries".)
    if (!reason && index > 0 && own[index - 1] === 'photo credit' && bareCredit(lines[index - 1] ?? '') && isCaptionBelow(text) && !lines.slice(index + 1, index + 3).some((line) => dateLineOf(line) || bylineOf(line)) && !(siteAddress.test(lines[index - 1] ?? '') && lines.slice(0, index - 1).every((line, at) => own[at] || dateLineOf(line))) && !onlyHeadlineUnderCredit(lines, own, index)) return 'photo caption';
    // "Moment jet aborts landing in crosswinds at...": a teaser whose headline the page cut short.
    if (!reason && (text.endsWith('...') || text.endsWith('…')) && /^\p{Lu}(?:[^.!?]|\.(?=\d)){10,160}(?:\.{3,}|…)$/u.test(text) && wordCount(text) >= 4 && wordCount(text) <= 24) return 'related articles';
    // "Officials monitor the situation, urge calm | Checkpoints set up at key junctions | Five companies deployed": the story's
    // highlights in one row over its headline, three clauses or more of three words or more each, parted by bars.
    if (!reason && highlightsRow(text)) return 'summary box';
    // "• Teenage runaways found in Kelby.." over "Teenage runaways found in Kelby after two days": a breadcrumb's last item, the
    // headline under it cut short.
    if (!reason && cutShortCopy(lines, index)) return 'site navigation';
    // "Crowds at the market." over "Crowds at the market.Credit: Jane Roe": the picture's caption twice, once with its credit glued on.
    if (!reason && wordCount(text) <= 40 && (lines[index + 1] ?? '').startsWith(text) && /^\s*(?:credit|photo(?:graph)?|picture|image)s?\s*:/iu.test((lines[index + 1] ?? '').slice(text.length))) return 'photo caption';
    // A line of one sentence right above a photo credit ("Image: Jane Roe / Reuters") is that photo's caption.
    // (Not the page's first line of words, headline-shaped, with the article's prose right under the credit: the
    // headline over the lead picture's credit, "Pro-Bolsonaro protests dwindle … / Andre Borges / AFP / Brazilian police said …".)
    // ("Jane Roe ¶ Image: Kelby TV": so is a name alone, a portrait's caption.)
    if (!reason && own[index + 1] === 'photo credit' && creditLine(lines[index + 1] ?? '') && (isCaptionAbove(text) || portraitName(text)) && !headlineOverCredit(lines, own, index)) return 'photo caption';
    // "Elevate your local knowledge" over "Sign up for the … newsletter": a newsletter box's heading, spoken to the reader.
    // (A ticker longer than the lexicon reads: five other stories' headlines between bars over the headline.)
    if (!reason && wordCount(text) > 60 && text.includes(' | ') && tickerRun.test(text)) return 'related articles';
    // ("Subscribe to The Week ¶ Escape your echo chamber. Get the facts behind the news … ¶ SUBSCRIBE & SAVE": the pitch between
    // two lines of the same box.)
    if (!reason && wordCount(text) <= 30 && !/:$/u.test(text) && !/[“”"]/u.test(text) && /^(?:subscribe prompt|newsletter prompt|fundraising appeal)$/u.test(own[index - 1] ?? '') && own[index + 1] === own[index - 1] && !tellsThePast(text) && boxPitch.test(text)) return own[index - 1] ?? null;
    // ("We Get Support From: ¶ Become a Supporter" at the top of the page: a box's label on its colon, over the box's prompt.)
    if (!reason && /:$/u.test(text) && wordCount(text) <= 6 && /^(?:subscribe prompt|fundraising appeal|newsletter prompt|advertisement|sponsored content)$/u.test(own[index + 1] ?? '') && lines.slice(0, index).every((line, at) => own[at] || /:$/u.test(line))) return 'page header';
    // ("We need your help now" over "Support from readers like you keeps …": so is an appeal's heading over its appeal.)
    if (!reason && (own[index + 1] === 'newsletter prompt' || own[index + 1] === 'fundraising appeal') && wordCount(text) <= 6 && !isSentence(text) && /\b(?:you|your)\b/iu.test(text)) return own[index + 1] ?? null;
    // "Welcome to Example" by the registration box's prompts ("Example Logo", "Already a member? Sign in"): the box's greeting.
    if (!reason && /^[Ww]elcome to (?:\p{Lu}[\p{L}\p{N}.&'’-]*\s?){1,3}[!.]?$/u.test(text) && [own[index - 2], own[index - 1], own[index + 1], own[index + 2]].some((near) => near === 'subscribe prompt' || near === 'paywall notice' || near === 'image placeholder' || near === 'reader widget')) return 'subscribe prompt';
    // "Hey there, time traveller!" over "This article was published 07/10/2020 (679 days ago), so …": the archive notice's
    // greeting, a short exclamation right above it.
    if (!reason && own[index + 1] === 'republication note' && wordCount(text) <= 6 && /!$/u.test(text)) return 'republication note';
    // "The i newsletter cut through the noise" under "Sign up to our daily newsletter": the box's strapline, naming the
    // newsletter it promotes.
    if (!reason && (own[index - 1] === 'newsletter prompt' || own[index + 1] === 'newsletter prompt') && wordCount(text) <= 8 && !isSentence(text) && /\bnewsletters?\b/iu.test(text)) return 'newsletter prompt';
    // "WATCH ANYTIME FOR FREE" over "Stream … news for free, 24/7": a label in capitals over a video player's line is the player's.
    if (!reason && own[index + 1] === 'video player' && wordCount(text) >= 2 && wordCount(text) <= 6 && text === text.toUpperCase() && /\p{Lu}/u.test(text) && !/[.!?]$/u.test(text)) return 'video player';
    // "Kenya: Two Die at … ¶ Photo: Jane Roe/Outlet ¶ A fruit vendor's stand in Nairobi.": under the lead picture's credit,
    // below the headline, the picture's caption.
    if (!reason && index >= 2 && own[index - 1] === 'photo credit' && bareCredit(lines[index - 1] ?? '') && shortCaption(text) && headlineOverCredit(lines, own, index - 2)) return 'photo caption';
    // A sentence that tells no past over the picture's "Photo" or "Image" placeholder: the picture's caption ("… speaking to
    // congregants during a service on Sunday.", "A photo of the minister with …"), which the article's narrative never is.
    if (!reason && own[index + 1] === 'image placeholder' && placeholderCaption(text)) return 'photo caption';
    // "Medicine ¶ Medicine lined up on a pharmacy's shelves ¶ Photo ¶ Roe Health Services": a picture's alt text, its
    // caption without a stop, the bare "Photo" placeholder, and the credit under it, pasted between two paragraphs.
    if (!reason && barePicture(lines, own, index + 1, index) && pictureCaption(lines[index] ?? '')) return 'photo caption';
    // ("photo ¶ POLICE on the scene of the shooting on Kelby Street yesterday.": under the bare placeholder, a short line that
    // opens on a word in capitals, as tabloids set captions, or has no stop, saying nothing anyone said; not a credit's or a
    // byline's few words.)
    if (!reason && index > 0 && barePicture(lines, own, index - 1, index) && wordCount(text) >= 5 && wordCount(text) <= 25 && (/^\p{Lu}{2,}\s+\p{Ll}/u.test(text) || pictureCaption(text)) && !/[“”"]|\b(?:said|says|told)\b/u.test(text)) return 'photo caption';
    if (!reason && barePicture(lines, own, index + 2, index) && pictureCaption(lines[index + 1] ?? '') && wordCount(text) <= 4 && !isSentence(text) && normalizeForMatch(lines[index + 1] ?? '').startsWith(normalizeForMatch(text))) return 'image placeholder';
    if (!reason && barePicture(lines, own, index - 1, index) && pictureCaption(lines[index - 2] ?? '') && wordCount(text) <= 6 && !isSentence(text) && /^\p{Lu}/u.test(text) && !bylineOf(text) && !dateLineOf(text)) return 'photo credit';
    // "Joyce Roe ¶ Joyce Roe was found in her bed, the jury has heard": a name alone over a line that opens with it and goes
    // on in small letters without a stop, a picture's alt text over its caption, as older news pages copy them.
    if (!reason && index > 0 && nameOverCaption(text, lines[index + 1] ?? '')) return 'image placeholder';
    if (!reason && index > 1 && nameOverCaption(lines[index - 1] ?? '', text)) return 'photo caption';
    // "Education Minister Jane Roe addressing the press on July 1." over "Education Minister Jane Roe has defended …": at the
    // top, the lead picture's caption, which shows whom the lede names and tells nothing itself.
    // (Above all the article's prose: no sentence of fifteen words or more stands before it.)
    // (The page's time stamp may stand between: "… speaks in Tokyo about Thursday's shooting. ¶ 13:50 JST, May 26, 2023 ¶ …".)
    const lede = own[index + 1] === 'time stamp' || dateLineOf(lines[index + 1] ?? '') ? index + 2 : index + 1;
    // (Not the paste's first line of words, without a stop or a participle: "Inspectors find cracks in the Elm Street bridge" over a lede
    // naming Elm Street is the headline, in the present as headlines are written.)
    // (A participle marks the caption, "Jane Roe speaking at the rally"; not a noun in -ing after a preposition, an
    // article or an acronym: "Agent blasts league for handling of suspension", "… change course on DHS funding".)
    const opensPaste = lines.slice(0, index).every((_, at) => own[at]) && !isSentence(text) && !participle(text);
    if (!reason && index < 8 && !opensPaste && captionOverLede(text, lines[lede] ?? '') && !own[lede] && !lines.slice(0, index).some((line) => isSentence(line) && wordCount(line) >= 15)) return 'photo caption';
    // "Sola Roe, Kaduna" or "From Sola Roe, Kaduna" right over the lede: the reporter and where they file from, as
    // papers in Nigeria and India sign, not a headline of three words.
    if (!reason && index < 8 && reporterAndPlace.test(text) && isSentence(lines[index + 1] ?? '') && wordCount(lines[index + 1] ?? '') >= 15 && !own[index + 1]) return 'byline';
    if (!reason) {
      const neighbour = besideWidget(lines, own, index);
      if (neighbour) return neighbour;
    }
    // A date line above the article is the page's date, for the structure stage to read, not a live page's stamp.
    // (A long caption above it is the header's too: only prose of the article's own ends the header.)
    return reason === 'time stamp' && index < 30 && dateLineOf(text) && !lines.slice(0, index).some((line, at) => !own[at] && isBodyAnchor(line) && wordCount(line) >= 25) ? null : reason;
  });
  // "Write a comment ¶ Use a nickname. We don't publish comments using real names. ¶ Your comment will be read by an editor
  // before publication.": under a comment section's prompt, the lines that speak of comments are its rules.
  // "Read More: ¶ - VIDEO: Driver describes the crash site ¶ - Bridge fully reopened to traffic": a dashed list of headlines
  // under a read-more label (or under the list's items already read as links) is the list of the site's other stories.
  for (let index = 1; index < lines.length; index++) {
    const text = lines[index] ?? '';
    const above = strong[index - 1];
    if (strong[index]) continue;
    // (Rules for the reader's comments, not the article's "declined to comment" after a comment count set among paragraphs.)
    if (above === 'comment prompt' && wordCount(text) <= 60 && commentRule(text)) strong[index] = 'comment prompt';
    else if (/^[-–•]\s+\S/u.test(text) && isHeadlineLike(text.replace(/^[-–•]\s+/u, '')) && (above === 'read-more link' || ((above === 'related articles' || above === 'video player') && /^[-–•]\s/u.test(lines[index - 1] ?? '')))) strong[index] = 'related articles';
  }
  // "Floods peak in the north [19/04/2021 - Fiji]" three lines or more in a row, each ending in its date in brackets: a
  // list of the site's other stories, each stamped (a headline carries no date of its own; a paragraph no stamp at its end).
  for (const [start, stop] of runs(lines.map(stampedEntry))) {
    if (stop - start < 3) continue;
    for (let index = start; index < stop; index++) strong[index] ??= 'related articles';
    // ("Latest News:" or "- Sports News :" right over it: the list's label.)
    const label = lines[start - 1] ?? '';
    if (start > 0 && !strong[start - 1] && wordCount(label) <= 4 && !isBodyAnchor(label)) strong[start - 1] = 'related articles';
  }
  // "Covid-19 cases in Finland and other countries ¶ (move mouse or touch to see the trend …)": the chart's title over how
  // to use it, a line without a stop.
  strong.forEach((reason, index) => {
    const title = lines[index - 1] ?? '';
    if (reason === 'interactive chart' && index > 0 && !strong[index - 1] && !isSentence(title) && wordCount(title) <= 15) strong[index - 1] = 'interactive chart';
  });
  // "Photo ¶ DCI", "File ¶ nation": a word or two in capitals or in small letters right under a picture's placeholder or
  // credit, where a subheading would be capitalised as a title: the credit's agency or outlet.
  strong.forEach((reason, index) => {
    const text = lines[index] ?? '';
    if (reason || index === 0 || !/^(?:photo credit|image placeholder)$/u.test(strong[index - 1] ?? '')) return;
    if (/^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,6})(?:\s+(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,6}))?$/u.test(text) && !/^(?:and|or|the|a|an|but)$/u.test(text)) strong[index] = 'photo credit';
  });
  // "Jane Roe ¶ / ¶ WKAR": a picture's credit, the photographer and the agency on either side of its slash, which the
  // copy broke onto lines of their own.
  strong.forEach((reason, index) => {
    if (reason !== 'separator line' || !/^[/|]$/u.test(lines[index]?.trim() ?? '')) return;
    const agency = lines[index + 1] ?? '';
    if (!strong[index - 1] && nameLine.test(lines[index - 1] ?? '') && !strong[index + 1] && wordCount(agency) <= 4 && /^\p{Lu}/u.test(agency) && !isSentence(agency) && !/[,:;]$/u.test(agency)) {
      strong[index - 1] = 'photo credit';
      strong[index + 1] = 'photo credit';
    }
  });
  // "10/11/2019 23:45 ¶ Jane Roe ¶ …": a name alone under a live entry's stamp, over its text, is the entry's author.
  strong.forEach((reason, index) => {
    if (!reason && index > 0 && strong[index - 1] === 'time stamp' && nameLine.test(lines[index] ?? '') && isSentence(lines[index + 1] ?? '')) strong[index] = 'author sign-off';
  });
  // "Rome" under a live post's author: where the post was filed from.
  strong.forEach((reason, index) => {
    const text = lines[index] ?? '';
    if (!reason && strong[index - 1] === 'author sign-off' && wordCount(text) <= 3 && !isSentence(text) && isTitleCase(text)) strong[index] = 'author sign-off';
  });
  const keys = lines.map(normalizeForMatch);
  const credit = lines.map(isTail);
  // A sentence the copy broke over two lines ("… which had no" / "connection to his office."): both halves are prose.
  const wrapped = lines.map((text, index) => index + 1 < lines.length && continues(text, lines[index + 1] ?? '') && !strong[index] && !strong[index + 1] && isBodyAnchor(`${text} ${lines[index + 1]}`));
  // (A sentence a print copy broke over three lines or more, "Earlier, the deputy commissioner" / "expressed his thanks to the" /
  // "district, the statement added. (Wire)": every line of the run is prose, read as the sentence they make.)
  for (let start = 0; start < lines.length; start++) {
    let stop = start;
    while (stop + 1 < lines.length && stop - start < 5 && continues(lines[stop] ?? '', lines[stop + 1] ?? '') && !strong[stop] && !strong[stop + 1]) stop++;
    if (stop - start < 2) continue;
    const sentence = lines.slice(start, stop + 1).join(' ').replace(/\s*\(\p{Lu}[\p{Lu}\p{N}&-]{1,11}\)$/u, '');
    if (isBodyAnchor(sentence)) for (let at = start; at < stop; at++) wrapped[at] = true;
    start = stop - 1;
  }
  for (const index of leadBullets(lines, strong)) strong[index] = 'summary box';
  const anchors = lines.flatMap((text, index) => (!strong[index] && !credit[index] && (isBodyAnchor(text) || wrapped[index] || wrapped[index - 1]) ? [index] : []));
  const first = anchors[0] ?? lines.length;
  const last = anchors.at(-1) ?? -1;
  // The article ends at a closing mark past the middle of its body (a wire credit, "ENDS", a comment
  // section, a print note): what follows is the page's, however much it reads like prose.
  const middle = anchors[Math.floor(anchors.length / 2)] ?? lines.length;
  // ("2 Comments" over a name and a time: a comment section, not a count on a share bar.)
  const comments = (index: number) => /^(?:\d[\d,]* (?:comments?|responses|replies)|comments? \(\d[\d,]*\))$/iu.test(lines[index] ?? '') && own.slice(index + 1, index + 4).some((reason) => reason === 'time stamp');
  // ("• Sean - 2011-11-15 12:52" ¶ "Tragic indeed. …": a reader's name over the time of the comment, twice: a comment section.)
  const readerStamp = (index: number) => commentHeader.test(lines[index] ?? '') && lines.slice(index + 1).some((text) => commentHeader.test(text));
  // (Not "Odeville: Senior Citizen Building", a label and a name as a credit reads, among the items of a list after the last
  // paragraph whose items open so: see `labelledItems`.)
  const items = labelledItems(lines, last);
  let end = lines.findIndex((text, index) => index > middle && ((credit[index] && !(index > last && index <= items)) || closesArticle(text) || comments(index) || readerStamp(index)));
  // Tags, share rows and section links right before that mark belong to the page's tail too.
  while (end > middle + 1 && !anchors.includes(end - 1) && !isSentence(lines[end - 1] ?? '') && wordCount(lines[end - 1] ?? '') <= 6) end--;
  // (Only the article holds what a pull quote repeats: a reader's comment that quotes a paragraph below the end is no
  // reason to drop the paragraph.)
  const articleKeys = end > 0 ? keys.slice(0, end) : keys;
  const box = summaryBox(lines, strong);
  for (const index of [...box, ...restatedPoints(lines, strong, anchors)]) strong[index] = 'summary box';
  const asked = pickHeadline(lines, strong, first, anchors);
  const picked = liveTitleAbove(lines, strong, asked === -1 ? sentenceHeadline(lines, strong, anchors) : asked, anchors);
  // ("News World Floods peak in the north ¶ Floods peak in the north": a breadcrumb glued to the headline, which the page then
  // gives clean: the clean one; "HomeArchiveFloods peak …" too, glued without a space.)
  const clean = picked < 0 ? undefined : [picked + 1, picked + 2].find((index) => !strong[index] && (lines[index] ?? '').length > 0 && lines[index] !== lines[picked] && gluedAfter(lines[picked] ?? '', lines[index] ?? '') && wordCount(lines[index] ?? '') >= 4);
  const headline = clean ?? picked;
  const header = headerEnd(lines, strong, headline, anchors);
  const authors = authorsUnder(lines, strong, headline);
  const headlineKey = headline === -1 ? null : keys[headline];
  const paired = teasersAtEnd(lines, headline);
  const teasers = paired !== -1 ? paired : headlinesAtEnd(lines, strong);
  const nextItem = nextNewsletterItem(lines, strong, headline);
  let body: string | undefined;
  // The content words of the article's prose, each with the number of its paragraphs that hold it (read once, when asked).
  let proseStems: Map<string, number> | undefined;
  let anchorSet: Set<number> | undefined;
  const bodyText = () => (body ??= normalizeForMatch(lines.slice(first, last + 1).join(' ')));
  const seen = new Set<string>();
  let list: string | null = null;

  const verdicts = lines.map((text, index): Verdict => {
    const key = keys[index] ?? '';
    // A repeat is the same words with the same punctuation: "… said." and "… said?" are two sentences.
    const copy = unify(text).toLowerCase();
    const repeated = seen.has(copy);
    seen.add(copy);
    if (index === headline) return { reason: null, headline: true };
    if (teasers !== -1 && index >= teasers) return { reason: 'related articles', headline: false };
    // Above the headline stands the site's chrome (menus, section labels, notices, breaking tags); between
    // it and the byline or date, the kicker, standfirst and captions: none of it is the article's text.
    // (Not the article's own summary the copy opened with, over the headline: prose of twenty words or more stays.)
    if (headline >= 0 && index < headline && !strong[index] && !bylineOf(text) && !dateLineOf(text) && !(index === first && headline === first + 1 && isSentence(text) && wordCount(text) >= 20)) {
      return { reason: outsideReason(text, true, bodyText, false) ?? 'page header', headline: false };
    }
    // (Not the lede set above the byline, opening on its dateline: "PHUKET: The governor has …" tells the news, a deck never
    // carries the place it was filed from.)
    if (index > headline && index < header && !strong[index] && !bylineOf(text) && !dateLineOf(text) && !(key && headlineKey && sameHeadline(key, headlineKey)) && !ledeDateline(text)) {
      return { reason: 'standfirst or caption', headline: false };
    }
    if (authors.includes(index)) return { reason: 'byline', headline: false };
    // ("Sam Roe is the Kelby Post's political correspondent. He was previously …" between the standfirst and the lede: the
    // author's card, which some pages set at the top.)
    if (credit[index] && !strong[index] && index > headline && index <= first + 2 && /\b(?:is|was|has been)\b/u.test(text)) return { reason: 'author bio', headline: false };
    // ("Jane Roe ¶ A technology journalist and writer for many magazines … He specialises in …" after the last paragraph: the
    // author's card at the foot of the page, the name over what the writer is.)
    // (Or between paragraphs, short: "Jane Roe ¶ Editor in Politics. ¶ • Follow", the interviewer's card beside an interview.)
    if (!strong[index] && index > headline && (index >= last || wordCount(text) <= 6) && authorCard(lines, index)) return { reason: 'author bio', headline: false };
    if (!strong[index] && index > headline && (index + 1 >= last || wordCount(lines[index + 1] ?? '') <= 6) && nameLine.test(text) && authorCard(lines, index + 1)) return { reason: 'author bio', headline: false };
    // "By Jane Roe and Sam Poe" between a live page's posts: each post's byline, names only.
    // ("By Jane Roe, Kelby News" under the standfirst the page set as the first paragraph: the name, then the outlet after the
    // comma.)
    if (index > first && index > header && !strong[index] && /^[Bb]y\s/u.test(text) && authorNames.test(bylineOf(text) ?? '') && !looksLikeOutlet((bylineOf(text) ?? '').split(', ')[0] ?? '')) return { reason: 'byline', headline: false };
    // A long line without a stop right under the headline, over the authors, a byline or date, or the datelined lede: the standfirst.
    if (index === headline + 1 && !strong[index] && !isSentence(text) && wordCount(text) >= 12 && wordCount(text) <= 60 && standsOverLede(lines, index + 1, authors, strong)) return { reason: 'standfirst or caption', headline: false };
    // "Environmental duties push the county to look elsewhere" right under the headline, a headline's shape without a stop,
    // over the picture's placeholder, caption or credit, or the time stamp or byline: the deck.
    if (index === headline + 1 && !strong[index] && isHeadlineLike(text) && !isSentence(text) && wordCount(text) <= 25 && (/^(?:image placeholder|photo caption|photo credit|time stamp|byline|video player|reader widget)$/u.test(strong[index + 1] ?? '') || /^listen to (?:this )?(?:article|story)\b/iu.test(lines[index + 1] ?? ''))) return { reason: 'standfirst or caption', headline: false };
    // "Ferry operator cuts winter sailings as fuel costs bite" as the first line of text under the headline, a headline's
    // shape without a stop, over a lede of full sentences: the deck (the page's second headline), not a paragraph.
    if (headline >= 0 && index > headline && index <= headline + 5 && !strong[index] && firstUnder(lines, strong, headline, index) && !(key && headlineKey && sameHeadline(key, headlineKey)) && deckOverLede(text, lines, index, headline, strong)) return { reason: 'standfirst or caption', headline: false };
    // A line right under the headline that the lede under it repeats (its first eight words, an article aside): the standfirst.
    if (index === headline + 1 && !strong[index] && wordCount(text) >= 8 && sameOpening(text, lines[index + 1] ?? '')) return { reason: 'standfirst or caption', headline: false };
    // A sentence right under the headline over a lede that opens with its dateline ("JOHANNESBURG - …"): the dateline
    // opens the article, so the line above it is the standfirst, whether or not it ends with a stop.
    // (No headline: the page's first line of prose, over that datelined lede, is the summary a page opens with.)
    if ((index === headline + 1 || (headline === -1 && index === first)) && !strong[index] && isSentence(text) && wordCount(text) >= 8 && wordCount(text) <= 60 && !datelined.test(text) && datelined.test(lines[index + 1] ?? '') && !repeated) return { reason: 'standfirst or caption', headline: false };
    // ("AP ¶ Firefighters search the rubble after the building collapsed Oct. 15 in Kelby. ¶ KELBY — A seven-story building
    // …": a sentence under the picture's credit, over the lede that opens with its dateline, is the picture's caption.)
    if (headline >= 0 && index > headline && !strong[index] && strong[index - 1] === 'photo credit' && isSentence(text) && wordCount(text) >= 6 && wordCount(text) <= 60 && !datelined.test(text) && datelined.test(lines[index + 1] ?? '') && !/[“”"]/u.test(text)) return { reason: 'photo caption', headline: false };
    // "SINGAPORE:" alone on its line over the lede: the lede's dateline, set apart by the page (a place, not a paragraph).
    if (headline >= 0 && index > headline && index <= headline + 4 && !strong[index] && bareDateline.test(text) && wordCount(text) <= 4 && isSentence(lines[index + 1] ?? '')) return { reason: 'dateline', headline: false };
    // ("Harrow City:" over the lede, the page giving no headline: its dateline, in capitals and small letters.)
    if (!strong[index] && index < first && index > headline && /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*:$/u.test(text) && anchors[0] === index + 1 && isSentence(lines[index + 1] ?? '')) return { reason: 'dateline', headline: false };
    // ("CNN —", "Washington CNN —", "(Reuters) —" on a line of its own over the lede: the wire's or the network's dateline.)
    if (headline >= 0 && index > headline && anchors.indexOf(index + 1) >= 0 && anchors.indexOf(index + 1) <= 3 && !strong[index] && outletDateline.test(text) && isSentence(lines[index + 1] ?? '')) return { reason: 'dateline', headline: false };
    if (nextItem !== -1 && index >= nextItem && !strong[index]) return { reason: 'newsletter item', headline: false };
    // (Not a sentence with its stop past the article's first prose: "Roe praised his team … challenges." over no stop at the
    // top is the page's summary, which the article then tells as its third paragraph.)
    if (key && headlineKey && sameHeadline(key, headlineKey) && !(index > first && isSentence(text) && !isSentence(lines[headline] ?? '') && wordCount(text) >= 10)) return { reason: 'repeated headline', headline: false };
    // A line whose words a longer paragraph further down holds whole: the page's pull quote or a teaser of its own text
    // ("'Regardless of whether we are on top …'" over "“Regardless of whether we are on top …,” Roe said. …").
    if (!strong[index] && key.length >= 30 && wordCount(text) >= 6 && wordCount(text) <= 60 && heldLater(articleKeys, index)) return { reason: 'pull quote', headline: false };
    // A line that opens with a later paragraph whole and runs on into the next one's first words, cut off: the page's
    // summary of its own opening ("CALGARY — Inspectors found … said a report. The violations stem from a Sept.").
    if (!strong[index] && key.length >= 80 && opensWithLater(lines, keys, index)) return { reason: 'standfirst or caption', headline: false };
    // A line right under the headline that a later paragraph of the article tells again in nearly its words ("… typically
    // stay there for two days …" over "… typically remain there for two days …, after …"): the page's summary, the standfirst.
    if (headline >= 0 && index === headline + 1 && !strong[index] && wordCount(text) >= 10 && wordCount(text) <= 60 && toldAgainLater(lines, index)) return { reason: 'standfirst or caption', headline: false };
    // ("Jane Roe: ‘We have waited a long time’" over "Jane Roe, the member for …, said: “We have waited a long time …”": the
    // speaker's name and words the article quotes further down, set as the picture's caption or a pull quote.)
    const pulled = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}:\s*[‘“'"](.{20,300})[’”'"]$/u.exec(text);
    // (Above the article's prose or under a picture's furniture: a live page's post may open on such a heading of its own.)
    if (!strong[index] && pulled?.[1] && (index < first || /^(?:page furniture|image placeholder|photo credit|photo caption)$/u.test(strong[index - 1] ?? '')) && heldLater([...keys.slice(0, index), normalizeForMatch(pulled[1]), ...keys.slice(index + 1)], index)) return { reason: 'pull quote', headline: false };
    // ("CM Roe said that in Punjab, the rainfall was …" above the article, whose lede tells "… said that in Punjab, the rainfall
    // was …": a highlight, the reported words the article gives further down.)
    const reported = index < first && !strong[index] && reportedHighlight(text) ? reportedThat.exec(text) : null;
    if (reported?.[1] && reported[1].length >= 30 && heldLater([...keys.slice(0, index), normalizeForMatch(reported[1]), ...keys.slice(index + 1)], index)) return { reason: 'pull quote', headline: false };
    // A picture's text copied twice, its alternative text and its caption: on one line ("Officers in court on May 21 Officers
    // in court on May 21") or on two, the second the first with its credit ("Union leader Jo Roe. ¶ Union leader Jo Roe.
    // Photo credit (…)").
    // ("An example of a fake website. ¶ An example of a fake website.": the same short line twice in a row, in the body.)
    // (Not the lede under the headline given twice, the standfirst's copy above it: "Roe to stay as chief ¶ POLICE's
    // chief said … ¶ POLICE's chief said …", the second stays.)
    const lede = headline >= 0 && index === headline + 2 && lines[index - 1] === text && isSentence(text);
    // (Not a sentence that reports speech, "Share prices said … .": the article's own line pasted twice, of which one stays.)
    const twice = index > first && !lede && (lines[index + 1] === text || lines[index - 1] === text) && wordCount(text) >= 3 && wordCount(text) <= 20 && !/\b(?:said|says|told|tells|added|adds)\b|[“”"]/u.test(text);
    // ("A group drinking outside the court.A group drinking outside the court. ¶ A group drinking outside the court.": the
    // caption under its doubled line.)
    const underDoubled = index > first && halfOf(lines[index - 1] ?? '') === text;
    if (!strong[index] && index !== headline && (twice || underDoubled || doubled(text) || captionPair(text, lines[index + 1] ?? '') || captionPair(lines[index - 1] ?? '', text))) return { reason: 'photo caption', headline: false };
    // "Shooting scene ¶ The scene of the shooting" between two paragraphs: a picture's alternative text over its caption, two
    // short lines without a stop that say the same thing (no heading repeats itself in the line under it).
    if (!strong[index] && index > first && index < last && (altOverCaption(lines, strong, index) || altOverCaption(lines, strong, index - 1))) return { reason: 'photo caption', headline: false };
    const reason = strong[index] ?? (repeated && wordCount(text) >= 4 ? 'repeated line' : null);
    // ("SPONSORED CONTENT ¶ The Logg wins an award ¶ Kota Kinabalu: …, The Logg has been awarded …": under the advertised
    // headline, a paragraph that opens on a dateline of its own inside the article is the advertised story's blurb.)
    if (!reason && list === 'advertisement' && index > first && !isSentence(lines[index - 1] ?? '') && (datelineOf(text) || datelined.test(text) || /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}\s*:\s+\p{Lu}/u.test(text)) && wordCount(text) <= 80) return { reason: list, headline: false };
    // The headline-like lines under "Related articles" or "Most viewed" are that list's entries, until prose resumes.
    // ("Read more", "Read also:" alone on their line, "Sponsored": the links and advertised headlines under them.)
    if (reason === 'related articles' || (reason === 'read-more link' && wordCount(text) <= 3 && !/:\s*\S/u.test(text))) list = 'related articles';
    else if (reason === 'advertisement' && /^(?:sponsored|promoted|paid|ads? by|partner)/iu.test(text)) list = 'advertisement';
    else if (reason && /^(?:tags|tagged|hashtags|topics|filed under|related topics|more on|categories)\s*:?$/iu.test(text)) list = 'tags';
    else if (reason && /^key (?:events|updates|moments)\s*:?$/iu.test(text)) list = 'key events';
    // ("In Summary" over bullets that the article then tells in full: the page's summary box.)
    else if (reason === 'summary box') list = 'summary box';
    else if (list === 'summary box' && !reason && isBullet(text.trim())) return { reason: list, headline: false };
    // ("Why are you making commenting on The Kelby Herald only available to subscribers? ¶ It should have been a safe space
    // … ¶ … by allowing only subscribers to comment."): the box's answer under its question, to the page's end.)
    else if (reason === 'comment prompt' && /\bsubscribers?\?$/iu.test(text)) list = 'comment box';
    else if (list === 'comment box' && !reason && wordCount(text) <= 80 && !/[“”"]/u.test(text)) return { reason: 'comment prompt', headline: false };
    // A question is a list's entry too ("What are the rules on …?"), as long as a headline.
    // An entry's blurb cut short with an ellipsis ("… have completed the signing. The deal..."), however long, under the list's label.
    else if (list === 'related articles' && !reason && /(?:\.{3,}|…)$/u.test(text) && wordCount(text) <= 60) return { reason: list, headline: false };
    else if (list && !reason && index > first && /\p{L}\?$/u.test(text) && wordCount(text) <= 16 && !/[.!?]\s/u.test(text)) return { reason: list, headline: false };
    // ("Previous", "Next", "1", "11 hours ago" between the entries: the list's own controls and stamps.)
    else if ((reason && !(list && index > first && /^(?:site navigation|time stamp|page furniture)$/u.test(reason) && wordCount(text) <= 3)) || isBodyAnchor(text)) list = null;
    if (reason) return { reason, headline: false };
    if (list && (index >= first || list !== 'related articles') && !isSentence(text) && wordCount(text) <= 20 && !((index < first || index <= header) && (dateLineOf(text) || bylineOf(text)))) return { reason: list, headline: false };
    if (end !== -1 && index >= end) {
      return { reason: outsideReason(text, false, bodyText, credit[index] === true) ?? (index === end ? 'end of the article' : 'after the article'), headline: false };
    }
    // ("Leader of Opposition Jane Roe, Opposition MP Sam Poe, Former Minister Ann Lee": the people a picture shows, each
    // with a title, no verb, whom the article goes on to name.)
    if (!strong[index] && index !== headline && peopleCaption(text, () => normalizeForMatch(lines.slice(index + 1).join(' ')))) return { reason: 'photo caption', headline: false };
    // ("Roeville market closes early. ¶ - Local News11 months ago ¶ Kelby flood update ¶ - Breaking News2 days ago": a line
    // over another story's section and age, in a list of such, is that story's title, a sentence or not.)
    if (index > first && (teaserTitle(lines, index) || teaserBlurb(lines, index))) return { reason: 'related articles', headline: false };
    // Between paragraphs, a long line that ends without a stop is a photo's caption ("Crews clear the track near Eastman on Tuesday").
    // (One that opens in lower case, or a run of them under the article's own label, are a list's items:
    // "Products affected" over "Ham, 150g — batch codes …".)
    if (index > first && index < last && isCaption(text) && !wrapped[index] && !listUnderLabel(lines, strong, index) && !stoplessRun(lines, index)) return { reason: 'photo caption', headline: false };
    // ("Kelby head coach Jane Roe" alone between paragraphs: a portrait's caption, a role and the name, no verb.)
    if (index > first && index < last && !wrapped[index] && portraitCaption(text) && isSentence(lines[index - 1] ?? '') && isSentence(lines[index + 1] ?? '')) return { reason: 'photo caption', headline: false };
    // ("Carla Roe MP" alone between two paragraphs of her words, "Judge Tony Poe" over the lede that names him: the name
    // under a portrait, of someone the text names elsewhere; not a heading over the paragraph about them, which opens
    // with the name.)
    if (!strong[index] && index !== headline && (index > first ? index < last && isSentence(lines[index - 1] ?? '') : headline >= 0 && index > headline && index === first - 1) && isSentence(lines[index + 1] ?? '') && namedElsewhere(lines, index)) return { reason: 'photo caption', headline: false };
    // Between paragraphs, a headline of another story the page slipped in as a link ("Star joins Saudi club …"): headline-shaped,
    // and not one of its words in the headline or the article's prose.
    if (index > first && index < last && !wrapped[index] && unrelatedHeadline(text, index, lines, headline, () => (proseStems ??= stemCounts(lines, anchors)), () => (anchorSet ??= new Set(anchors)).has(index))) return { reason: 'related articles', headline: false };
    // "fuel leak quay" between two paragraphs, all in lower case and without a stop: a picture's alt text or tag, not
    // the article's (the line before ends its sentence and the one after opens a new one, so it wraps no prose).
    if (index > first && index < last && !wrapped[index] && !strong[index] && altText(text) && isSentence(lines[index - 1] ?? '') && /^[\p{Lu}\p{N}"“‘']/u.test(lines[index + 1] ?? '')) return { reason: 'image placeholder', headline: false };
    // "Published 15 January 2025, 14:20" between paragraphs (a page's foot with a promotion after it): the page's date.
    if (index > middle && index <= last && /^(?:(?:first )?published|posted)\b/iu.test(text) && dateLineOf(text)) return { reason: 'publication date', headline: false };
    if (index >= first && index <= last) return { reason: null, headline: false };
    // The paste's last line, right under the last paragraph, cut off in mid-word or mid-sentence: the rest of that
    // paragraph's prose (a clause with a comma, a sentence before the cut, or a quotation), not a link.
    // (A picture's file name between them, "Churchvisit3", a word without a space, is no end of the article.)
    // (Or only the story's credit under it: "… were reported to the ministry of health ¶ Source: Wire".)
    const creditsOnly = index === last + 1 && lines.slice(index + 1).every((line, at) => credit[index + 1 + at] === true || /^(?:photo credit|credit line)$/u.test(own[index + 1 + at] ?? ''));
    if (index > last && lines.slice(last + 1, index).every((line) => !/\s/u.test(line)) && !strong[index] && (index === lines.length - 1 ? cutProse(text) : index === last + 1 && creditsOnly && wordCount(text) >= 12 && /^\p{Lu}/u.test(text) && !isTitleCase(text) && tellsThePast(text))) return { reason: null, headline: false };
    if (index > last && (isBullet(text) ? bulletsFollow(lines, last, index) && !linkBullets(lines, last) : listFollows(lines, own, last, index, items))) return { reason: null, headline: false };
    // ("- Roeville opens new children's hospital" three times or more after the last paragraph, which announced no list:
    // the site's other stories.)
    if (index > last && isBullet(text) && bulletsFollow(lines, last, index) && linkBullets(lines, last)) return { reason: 'related articles', headline: false };
    const outside = outsideReason(text, index < first, bodyText, credit[index] === true);
    return { reason: outside, headline: false };
  });
  // A line repeated from one removed above it ("The court has ordered …" as the standfirst over the byline, then as the lede
  // under it): the article's own paragraph, given once more by the page's header, stays where the article gives it.
  verdicts.forEach((verdict, index) => {
    if (verdict.reason !== 'repeated line') return;
    const copy = unify(lines[index] ?? '').toLowerCase();
    const earlier = lines.slice(0, index).flatMap((line, at) => (unify(line).toLowerCase() === copy ? [verdicts[at]] : []));
    if (earlier.length > 0 && earlier.every((before) => before?.reason && before.reason !== 'repeated line' && !before.headline) && isBodyAnchor(lines[index] ?? '')) verdicts[index] = { reason: null, headline: false };
  });
  // A line given twice, its first copy right over a picture's credit ("Ann Lee stands outside the plant … ¶ Jane Roe ¶ / ¶
  // WKAR ¶ Ann Lee stands outside the plant …"): the picture's caption, over its credit and again as its alt text.
  verdicts.forEach((verdict, index) => {
    if (verdict.reason !== 'repeated line' || wordCount(lines[index] ?? '') > 60) return;
    const copy = unify(lines[index] ?? '').toLowerCase();
    const at = lines.findIndex((line, position) => position < index && unify(line).toLowerCase() === copy);
    if (at >= 0 && !verdicts[at]?.reason && !verdicts[at]?.headline && verdicts[at + 1]?.reason === 'photo credit') verdicts[at] = { reason: 'photo caption', headline: false };
  });
  // ("Premier Roe defends consultation process; also asked about … ¶ Premier Jane Roe Oct. 12 ¶ Premier Jane Roe spoke to
  // reporters … ¶ KELBY — Premier Jane Roe had further comments …": between the headline and the lede that opens with its
  // dateline, a few lines at most, the deck and the picture's caption.)
  const top = verdicts.findIndex((verdict) => verdict.headline);
  const lede = top < 0 ? -1 : lines.findIndex((line, at) => at > top + 1 && at <= top + 5 && datelined.test(line) && wordCount(line) >= 8);
  if (lede > 0 && lines.slice(top + 1, lede).every((line) => !bylineOf(line) && !dateLineOf(line) && !datelined.test(line) && !/[“”"]/u.test(line) && wordCount(line) <= 40)) {
    for (let index = top + 1; index < lede; index++) if (!verdicts[index]?.reason) verdicts[index] = { reason: 'standfirst or caption', headline: false };
  }
  // ("A pledge to civil debate image ¶ A pledge to civil debate ¶ Cllr Jane Roe has been the target of …" under the
  // article: a card of another story, its picture's alternative text (its title and "image"), its title and its blurb.)
  verdicts.forEach((verdict, index) => {
    const title = lines[index + 1] ?? '';
    if (verdict.headline || verdicts[index + 1]?.headline || wordCount(title) < 2 || (lines[index] ?? '') !== `${title} image`) return;
    if (!verdict.reason) verdicts[index] = { reason: 'related articles', headline: false };
    if (!verdicts[index + 1]?.reason) verdicts[index + 1] = { reason: 'related articles', headline: false };
    const blurb = lines[index + 2] ?? '';
    const after = verdicts[index + 3];
    if (!verdicts[index + 2]?.reason && !verdicts[index + 2]?.headline && wordCount(blurb) <= 60 && (index + 3 >= lines.length || after?.reason)) verdicts[index + 2] = { reason: 'related articles', headline: false };
  });
  // ("Train Derailment ¶ Two passenger trains derailed (Kelby Press/AP)" between paragraphs: a picture's title in title case,
  // a few words and no stop (a name, whom it shows, too), over its caption and credit, is the picture's too.)
  verdicts.forEach((verdict, index) => {
    const text = lines[index] ?? '';
    if (verdict.reason || verdict.headline || index === 0 || !(verdicts[index + 1]?.reason === 'photo caption' || (verdicts[index + 1]?.reason === 'photo credit' && wordCount(lines[index + 1] ?? '') >= 4)) || !isSentence(lines[index - 1] ?? '')) return;
    // (Not the page's date over the picture, "December 1, 2022", which dates the story.)
    if (wordCount(text) >= 2 && wordCount(text) <= 6 && isTitleCase(text) && !/[.!?:;,”"'’)]$/u.test(text) && !dateLineOf(text)) verdicts[index] = { reason: 'photo caption', headline: false };
  });
  // A person's name alone on its line between paragraphs, under a picture's caption or a short line without a stop: who
  // the caption shows or who said the pulled quote ("This should never have happened ¶ Judge Jane Roe"). No paragraph
  // of an article is a name alone.
  verdicts.forEach((verdict, index) => {
    const above = verdicts[index - 1];
    const text = lines[index - 1] ?? '';
    // ("Jane Roe, chief secretary" under a pull quote: the name with its role in small letters after a comma.)
    const named = nameAlone(lines[index] ?? '') || nameWithRole.test(lines[index] ?? '');
    if (verdict.reason || verdict.headline || !named || bylineOf(lines[index] ?? '') || !isSentence(lines[index + 1] ?? '') || above?.headline) return;
    if (above?.reason && /^(?:photo caption|pull quote|standfirst or caption)$/u.test(above.reason)) verdicts[index] = { reason: above.reason, headline: false };
    else if (!nameAlone(lines[index] ?? '')) return;
    else if (!above?.reason && index > 1 && !/[.!?:;,”"'’)]$/u.test(text) && wordCount(text) >= 4 && wordCount(text) <= 15 && /^\p{Lu}/u.test(text) && !isTitleCase(text)) {
      verdicts[index - 1] = { reason: 'pull quote', headline: false };
      verdicts[index] = { reason: 'pull quote', headline: false };
    }
  });
  // (The lines with text, as the three readings of runs below walk them.)
  const filled = lines.flatMap((line, index) => (line.trim() ? [index] : []));
  teaserRuns(lines, filled, verdicts);
  embeddedPosts(lines, filled, verdicts);
  teaserPairsOnTop(lines, filled, verdicts);
  labelledTeaser(lines, filled, verdicts);
  standfirstOverPicture(lines, filled, verdicts);
  linksAboveLabel(lines, verdicts);
  bareHeadline(lines, verdicts);
  afterCopyright(lines, own, verdicts);
  return markMenus(lines, verdicts);
}

/**
 * "© AAP 2024 ¶ CONTACT US ¶ … ¶ Property News: Residents of … will get …": the page's copyright notice with its year, in
 * the second half of the paste, closes the article; what follows it is the site's, sentences and all.
 */
function afterCopyright(lines: string[], own: Array<string | null>, verdicts: Verdict[]): void {
  const notice = own.findIndex((reason, index) => reason === 'copyright footer' && index >= lines.length / 2 && /\b(?:19|20)\d{2}\b/u.test(lines[index] ?? ''));
  // (Not when a long paragraph follows: a live page's post may end on its agency's notice, and the next post begin.)
  if (notice < 0 || lines.slice(notice + 1).some((line) => wordCount(line) >= 40)) return;
  for (let index = notice + 1; index < lines.length; index++) {
    if (!verdicts[index]?.reason && !verdicts[index]?.headline && (lines[index] ?? '').trim()) verdicts[index] = { reason: 'related articles', headline: false };
  }
}

/**
 * "Pilot hurt in crash at airport - abc27 WHTM" over "Pilot hurt in crash at airport": the page's title with the site
 * after a dash, then the headline alone a few lines down: the headline is the one without the site.
 */
function bareHeadline(lines: string[], verdicts: Verdict[]): void {
  const at = verdicts.findIndex((verdict) => verdict.headline);
  if (at < 0) return;
  const text = lines[at] ?? '';
  for (let index = at + 1; index < Math.min(lines.length, at + 5); index++) {
    const other = lines[index] ?? '';
    // (After a dash only: "… | Site" is read whole, its site the outlet, by the structure stage.)
    if (wordCount(other) >= 4 && text.length > other.length && text.startsWith(other) && /^\s*[–—-]\s*\S/u.test(text.slice(other.length)) && wordCount(text.slice(other.length)) <= 5) {
      verdicts[at] = { reason: 'repeated headline', headline: false };
      verdicts[index] = { reason: null, headline: true };
      return;
    }
  }
}

/**
 * "- Kenya wary of Warriors ¶ - Coach tips Warriors at finals ¶ Keep Reading": two or more bulleted headlines right above a
 * link's label are the links it labels, the site's other stories.
 */
function linksAboveLabel(lines: string[], verdicts: Verdict[]): void {
  lines.forEach((text, index) => {
    if (verdicts[index]?.reason !== 'read-more link' || wordCount(text) > 3) return;
    let from = index;
    while (from > 0 && !verdicts[from - 1]?.reason && !verdicts[from - 1]?.headline && isBullet(lines[from - 1] ?? '') && wordCount(lines[from - 1] ?? '') <= 15) from--;
    if (index - from >= 2) for (let at = from; at < index; at++) verdicts[at] = { reason: 'related articles', headline: false };
  });
}

/** The longer words of a line, lower-cased: what `teaserRuns` and `toldAgainLater` compare with the article's. */
const longerWords = (text: string) => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

/**
 * "… in the Children Act. ¶ Billionaires’ wealth grew by a third in 2024 ¶ Pancreatic cancer: ‘…’ ¶ Remote working: … ¶
 * The man was held …": three or more lines in a row without a stop, between paragraphs of the article that end on one,
 * one of which the page's furniture already gave away, are the site's other stories, inserted into the text.
 */
function teaserRuns(lines: string[], filled: number[], verdicts: Verdict[]): void {
  const prose = (index: number | undefined) => index !== undefined && !verdicts[index]?.reason && !verdicts[index]?.headline && /[.!?]["”’')]*$/u.test(lines[index] ?? '') && wordCount(lines[index] ?? '') >= 12;
  const teaser = (index: number) => !verdicts[index]?.headline && (!verdicts[index]?.reason || /^(?:photo caption|related articles|read-more link)$/u.test(verdicts[index]?.reason ?? '')) && isHeadlineLike(lines[index] ?? '') && /^[\p{Lu}‘“'"]/u.test(lines[index] ?? '');
  for (let at = 1; at < filled.length; at++) {
    let end = at;
    while (end < filled.length && teaser(filled[end] as number)) end++;
    // (One of them already read as furniture, and about other things than the article: a list of short items in the
    // article shares its words.)
    const run = filled.slice(at, end);
    if (end - at >= 3 && run.some((index) => verdicts[index]?.reason) && prose(filled[at - 1]) && prose(filled[end])) {
      // (Fewer than a third of each line's longer words stand in the article's other lines: other stories'.)
      const body = new Set(lines.flatMap((line, index) => (verdicts[index]?.reason || run.includes(index) ? [] : longerWords(line))));
      const foreign = (index: number) => {
        const own = longerWords(lines[index] ?? '');
        return own.length > 0 && own.filter((word) => body.has(word)).length * 3 < own.length;
      };
      if (run.every(foreign)) for (const index of run) if (!verdicts[index]?.reason) verdicts[index] = { reason: 'related articles', headline: false };
    }
    at = Math.max(at, end);
  }
}

/**
 * "Minister @JaneRoeMP gives an update on today's talks: ¶ “I am pleased that …” ¶ 1/3— Ministry of Justice (@KelbyMoJ)
 * September 14, 2018": the text of a post embedded in the page, over its signature: up to three lines of a post's length,
 * up to one that holds a handle, a hashtag or a link, which shows them the post's. (Not a post's words the article quotes
 * as its own paragraph, "Here is what he wrote: ¶ I came to this club at 19 … ¶ — Jan Roe (@janroe8) March 4, 2025".)
 */
function embeddedPosts(lines: string[], filled: number[], verdicts: Verdict[]): void {
  const handle = /(?:^|\s)[@#][\p{L}\p{N}_]{2,}|https?:\/\/|pic\.twitter\.com/u;
  for (const [at, index] of filled.entries()) {
    if (verdicts[index]?.reason !== 'social media embed' || !postSignature.test(lines[index] ?? '')) continue;
    const above = filled.slice(Math.max(0, at - 3), at).reverse();
    const open = (line: number) => !verdicts[line]?.headline && !verdicts[line]?.reason && (lines[line] ?? '').length <= 280;
    const top = above.findIndex((line) => !open(line) || handle.test(lines[line] ?? ''));
    if (top < 0 || !open(above[top] as number)) continue;
    for (const line of above.slice(0, top + 1)) verdicts[line] = { reason: 'social media embed', headline: false };
  }
}

/**
 * "Harrow Steel's April revenue up 60% ¶ It capitalized on … ¶ Kelby Air reports record Q1 profit ¶ Total revenue … ¶ … ¶
 * Six airlines ordered to pay refunds ¶ KELBY – The department has ordered …": three or more of the site's other stories,
 * each a headline and its line of summary, above the article's own headline, about other things than the article: the
 * page's list of latest stories, which the copy put first. The headline is the one under them.
 */
function teaserPairsOnTop(lines: string[], filled: number[], verdicts: Verdict[]): void {
  const text = (at: number) => (lines[filled[at] ?? -1] ?? '').trim();
  let start = 0;
  while (start < filled.length && verdicts[filled[start] ?? -1]?.reason) start++;
  let at = start;
  // (A headline without a stop, then a longer line, its summary.)
  while (at + 1 < filled.length && isHeadlineLike(text(at)) && !isSentence(text(at)) && wordCount(text(at)) <= 16 && wordCount(text(at + 1)) >= 6 && text(at + 1).length > text(at).length && !verdicts[filled[at + 1] ?? -1]?.reason) at += 2;
  // (The article's own headline stands under them alone, or with its standfirst as the last pair.)
  const alone = isHeadlineLike(text(at)) && !isSentence(text(at));
  const own = alone ? at : at - 2;
  const headline = filled[own];
  if ((own - start) / 2 < 3 || headline === undefined) return;
  // (The article under the headline: two lines of prose within the next six, past a standfirst and its bullets.)
  const article = filled.slice(own + 1, own + 7).filter((index) => isSentence((lines[index] ?? '').trim()) && wordCount(lines[index] ?? '') >= 12);
  if (article.length < 2) return;
  const body = new Set(filled.slice(own + 1).flatMap((index) => longerWords(lines[index] ?? '')));
  const foreign = (index: number) => {
    const words = longerWords(lines[index] ?? '');
    return words.length > 0 && words.filter((word) => body.has(word)).length * 3 < words.length;
  };
  const run = filled.slice(start, own);
  if (!run.filter((_, index) => index % 2 === 0).every(foreign)) return;
  for (const index of run) verdicts[index] = { reason: 'related articles', headline: false };
  verdicts[headline] = { reason: null, headline: true };
}

/**
 * "Kelby cuts bus fares ¶ Fares on every route will fall by a third from Monday. ¶ A bus leaves the depot in Kelby. ¶ The
 * council voted …": one sentence between the headline and the picture's caption, with the article
 * under the picture, is the standfirst the page sets over its picture; the lede comes after it.
 */
function standfirstOverPicture(lines: string[], filled: number[], verdicts: Verdict[]): void {
  const at = filled.findIndex((index) => verdicts[index]?.headline);
  const [deck, picture, lede] = [filled[at + 1], filled[at + 2], filled[at + 3]];
  if (at < 0 || deck === undefined || picture === undefined || lede === undefined || verdicts[deck]?.reason || verdicts[lede]?.reason) return;
  const text = (lines[deck] ?? '').trim();
  if (!/^(?:photo caption|standfirst or caption)$/u.test(verdicts[picture]?.reason ?? '') || datelineOf(text) || !isSentence(text) || wordCount(text) < 8 || wordCount(text) > 45 || /[“”"]/u.test(text)) return;
  if (!isSentence((lines[lede] ?? '').trim()) || wordCount(lines[lede] ?? '') < 8 || bylineOf(text) || dateLineOf(text)) return;
  verdicts[deck] = { reason: 'standfirst or caption', headline: false };
}

/**
 * "… on June 29, officers were dispatched. ¶ News ¶ Activist holds vigil for son ¶ At the scene, police …": a section's
 * name and a headline under it, between two paragraphs of prose, are a card linking to another story.
 */
function labelledTeaser(lines: string[], filled: number[], verdicts: Verdict[]): void {
  const kept = (index: number | undefined) => index !== undefined && !verdicts[index]?.reason && !verdicts[index]?.headline;
  const prose = (index: number | undefined) => kept(index) && /[.!?]["”’')]*$/u.test(lines[index as number] ?? '') && wordCount(lines[index as number] ?? '') >= 8;
  for (let at = 1; at + 2 < filled.length; at++) {
    const [label, teaser] = [filled[at] as number, filled[at + 1] as number];
    const labelText = (lines[label] ?? '').trim();
    const teaserText = (lines[teaser] ?? '').trim();
    if (!kept(label) || !kept(teaser) || wordCount(labelText) > 2 || !/^\p{Lu}/u.test(labelText) || !isSectionLabel(labelText)) continue;
    if (wordCount(teaserText) < 4 || wordCount(teaserText) > 20 || !/^\p{Lu}/u.test(teaserText) || !isHeadlineLike(teaserText) || /[.!?:]["”’')]*$/u.test(teaserText)) continue;
    if (!prose(filled[at - 1]) || !prose(filled[at + 2])) continue;
    verdicts[label] = { reason: 'related articles', headline: false };
    verdicts[teaser] = { reason: 'related articles', headline: false };
  }
}

/** `line` is `tail` with words before it, glued by a space or run into it ("HomeArchiveFloods peak"). */
function gluedAfter(line: string, tail: string): boolean {
  if (!line.endsWith(tail) || line.length === tail.length) return false;
  const before = line.charAt(line.length - tail.length - 1);
  // ("HomeLeague (Premier League)Floods …": after a closing bracket or a trail's mark too.)
  return before === ' ' || (/[\p{Ll})\]»›>|/]/u.test(before) && /^\p{Lu}/u.test(tail));
}

/** "… [19/04/2021 - Fiji]", "… (March 3, 2024)": a line of words that ends in a date between brackets. */
function stampedEntry(text: string): boolean {
  // (Read from the end: a pattern that opens on the whole line would try every split of a long one.)
  if (!text.endsWith(')') && !text.endsWith(']')) return false;
  const stamp = /\s*[[(]([^[\]()]{4,60})[\])]$/u.exec(text);
  if (!stamp || wordCount(text.slice(0, stamp.index)) < 3) return false;
  const inside = stamp[1] ?? '';
  return /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})\b|\b\d{4}-\d{2}-\d{2}\b/u.test(inside) || dateLineOf(inside) !== null;
}

/** The [start, stop) spans of consecutive true entries. */
function runs(flags: boolean[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let index = 0; index < flags.length; index++) {
    if (!flags[index]) continue;
    const start = index;
    while (index + 1 < flags.length && flags[index + 1]) index++;
    spans.push([start, index + 1]);
  }
  return spans;
}

const pictograms = String.raw`[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]*`;
const firstItem = new RegExp(`^${pictograms}1[.)]?\\s+\\p{L}`, 'u');
const secondItem = new RegExp(`^${pictograms}2[.)]\\s*${pictograms}\\p{Lu}`, 'u');

/**
 * A briefing newsletter's next story: its first item is marked above the headline ("1 big thing", "1. Ham recall …"),
 * and "2. Primary countdown" below the story, a title without a stop, opens the second, which runs to the footer.
 * -1 when the page is no such newsletter.
 */
function nextNewsletterItem(lines: string[], strong: Array<string | null>, headline: number): number {
  if (headline <= 0 || !lines.slice(Math.max(0, headline - 3), headline + 1).some((text) => firstItem.test(text))) return -1;
  return lines.findIndex((text, index) => index > headline + 1 && !strong[index] && secondItem.test(text) && !isSentence(text) && wordCount(text) <= 16);
}

/** Three or more short furniture lines in a row are a menu: say so rather than "page furniture". */
function markMenus(lines: string[], verdicts: Verdict[]): Verdict[] {
  const short = (index: number) => verdicts[index]?.reason === 'page furniture' && wordCount(lines[index] ?? '') <= 3;
  let start = 0;
  for (let index = 0; index <= lines.length; index++) {
    if (index < lines.length && short(index)) continue;
    if (index - start >= 3) for (let run = start; run < index; run++) verdicts[run] = { reason: 'site navigation', headline: false };
    start = index + 1;
  }
  return verdicts;
}

/**
 * The headline: a headline-like line above the body that is no byline, date or chrome and speaks of
 * what the body tells (shares its words), so that a notice, a promotion, a tagline or a tag is passed over.
 */
/** "Australia, Bus Industry News, Network News": a row's entries parted by commas (three or more, or none over three words). */
function commaEntries(text: string): boolean {
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  return parts.length >= 3 || parts.every((part) => wordCount(part) <= 3);
}

/**
 * "30,000 Dockers Strike 11 Ports Along East Coast" over "About 30,000 dockworkers struck 11 ports …": a line in title
 * case whose counts, standing alone, the lede gives too is the headline, not a menu's row.
 */
function countsOfLede(text: string, lede: string): boolean {
  const counts = [...text.matchAll(/(?:^|\s)(\d[\d,.]*)(?=\s|$)/gu)].map((match) => match[1] ?? '');
  return counts.length > 0 && counts.every((count) => new RegExp(`(?:^|\\s)${count.replace(/[.]/gu, '\\.')}(?=[\\s,.]|$)`, 'u').test(lede));
}

// A capture tool's date stamp alone on the paste's first line (the decoder split it from the text it was glued to).
const captureStamp = /^\s*date \d{4}-\d{2}-\d{2}\s*$/u;

/**
 * "Sandstorm shuts schools in two states; what about ours?" over a lede of a long sentence that speaks of it: a headline
 * that asks or exclaims, or ends with a stop, reads as a sentence, so it stands as the body's first line; when nothing but
 * the page's chrome stands above it, it is short, it is no one's quoted words nor a question put to the reader, and the
 * lede right under it is a long statement sharing its words (or, for any of them, one that opens with its dateline), it is
 * the headline. The line's index, or -1.
 */
function sentenceHeadline(lines: string[], strong: Array<string | null>, anchors: number[]): number {
  const at = anchors[0];
  // ("Why has the coalition collapsed? ¶ The faltering economy triggers a crisis ¶ <a picture's caption> ¶ <its credit> ¶
  // <lede>": a deck and a picture, short lines without stops, may stand between the headline and the lede.)
  const next = anchors[1];
  if (at === undefined || next === undefined || next > at + 5 || lines.slice(0, at).some((_, index) => !strong[index])) return -1;
  if (next > at + 1 && (!/[?!]$/u.test(lines[at] ?? '') || lines.slice(at + 1, next).some((line, index) => !strong[at + 1 + index] && (isSentence(line) || wordCount(line) > 25)))) return -1;
  const text = lines[at] ?? '';
  const lede = lines[next] ?? '';
  // ("Roe: Blame us - not the ref! ¶ Auckland - South Africa refused …", "Harbour board shuts east quay. ¶ KELBY (Wire) — The
  // board …": a lede that opens with its dateline opens the article, so the short line over it is the headline, whether
  // or not it speaks of the body in the same words; one that ends with a stop, only then.)
  const datelinedLede = datelineOf(lede) !== null || datelined.test(lede) || placeDash.test(lede);
  const asks = /[?!]$/u.test(text);
  if (!(asks || (datelinedLede && stoppedHeadline(text))) || /^[“"‘']/u.test(text) || /\b(?:you|your)\b/iu.test(text) || wordCount(text) < 3 || wordCount(text) > 14 || transcriptLine.test(text)) return -1;
  if (wordCount(lede) < 15 || !/[.]["”’)]?$/u.test(lede)) return -1;
  if (datelinedLede) return at;
  const body = new Set(anchors.slice(1, 5).flatMap((index) => contentStems(lines[index] ?? '')));
  return contentStems(text).filter((stem) => body.has(stem)).length >= 2 ? at : -1;
}

// "Auckland - South Africa refused …", "Kelby, Ruritania — The board …": a place in title case and a dash open the lede.
const placeDash = /^\p{Lu}[\p{L}.'’-]+(?:,?\s\p{Lu}[\p{L}.'’-]+){0,2}\s+[-–—]\s+\p{Lu}/u;

/** One sentence of four to sixteen words that ends with a stop and opens with a capital, as a headline a page stops. */
function stoppedHeadline(text: string): boolean {
  const count = wordCount(text);
  return count >= 4 && count <= 16 && /^[\p{Lu}\p{N}‘“'"]/u.test(text) && /[\p{L}\p{N}’'”"]\.$/u.test(text) && !/[.!?;:]\s/u.test(text) && !bylineOf(text) && !dateLineOf(text) && !datelineOf(text) && furnitureShare(text) <= 0.3;
}

function pickHeadline(lines: string[], strong: Array<string | null>, first: number, anchors: number[]): number {
  // A headline stands by its byline or date line: look there first, past any notice in prose.
  // (Not the stamp a capture tool put over the whole paste, "date 2022-02-08" on the first line: it stands above the page,
  // not by the headline, and the headline under it is no summary below a date line.)
  const meta = lines.findIndex((text, index) => !strong[index] && !(index === 0 && captureStamp.test(text)) && (bylineOf(text) || dateLineOf(text)) && anchors.filter((anchor) => anchor < index).length <= 2);
  const body = new Set(anchors.filter((index) => index > meta).slice(0, 4).flatMap((index) => contentStems(lines[index] ?? '')));
  if (meta >= 0) {
    // Around the byline or date: the line that shares most of the body's words; a longer standfirst
    // after the headline gives way to it, a kicker or a section label before it shares less.
    const stop = anchors.find((anchor) => anchor > meta) ?? lines.length;
    // ("Amsterdam ¶ apology ¶ Beursstraat ¶ Kelby police station ¶ police ¶ sirens": no line of a run of the story's tags is
    // its headline; see `tagRuns`.)
    const tags = tagRuns(lines);
    const header = range(Math.max(0, meta - 6), Math.min(meta + 12, stop)).filter((index) => index !== meta && isHeaderLine(lines[index] ?? '', strong[index] ?? null) && !tags.has(index) && !masthead(lines, index));
    const score = (index: number) => {
      const stems = contentStems(lines[index] ?? '');
      const shared = stems.filter((stem) => body.has(stem)).length;
      // Below the byline or date a line is more likely a summary than the headline.
      return shared >= 2 || (shared === 1 && stems.length <= 3) ? shared - (index > meta ? 1 : 0) : 0;
    };
    // ("Harbour board shuts east quay. ¶ By Jane Roe ¶ 5 May 2024": a page that ends its headline with a stop. Only where no
    // other line of the header could be the headline, and only one sentence right above the byline or date that speaks of
    // the body: a standfirst is longer, and stands under the headline.)
    const stopped = header.length > 0 ? -1 : [meta - 1, meta - 2].find((index) => index >= 0 && !strong[index] && stoppedHeadline(lines[index] ?? '') && score(index) >= 2) ?? -1;
    const near = stopped >= 0 ? [stopped] : header;
    let best = -1;
    for (const index of near) if (score(index) > (best === -1 ? 0 : score(best))) best = index;
    // ("Can chief executives afford to say 'no comment'? ¶ <standfirst> ¶ Written by Jane Roe": no line of the header speaks of the body
    // in its words, a headline's shape right over the standfirst and the byline under it is the headline, a question too.)
    if (best === -1) {
      const top = near.find((index) => index < meta && !strong[index] && isHeadlineLike(lines[index] ?? '') && wordCount(lines[index] ?? '') <= 20);
      if (top !== undefined && meta - top === 2 && wordCount(lines[top + 1] ?? '') >= 15 && isSentence(lines[top + 1] ?? '')) best = top;
    }
    // A line above the byline or date that speaks of the body is the headline; one below it, past that, a subheading.
    // ("Public Health News" over the date: a section's label of three capitalised words, not a headline.)
    const above = near.filter((index) => index < meta && score(index) >= 2 && !(wordCount(lines[index] ?? '') <= 3 && isAllCapitalised(lines[index] ?? '')));
    if (best > meta && above.length > 0) best = above.reduce((a, b) => (score(b) > score(a) ? b : a));
    const previous = near[near.indexOf(best) - 1];
    const text = lines[best] ?? '';
    // A standfirst follows its headline: longer, or two sentences in one line ("… overdue. Whether it works …").
    // ("TRANSCRIPT: …", "LIVE: …": a line under a label is a headline, whatever stands above it.)
    // (A line above of seven words or more that shares a word with the body is a headline too: a kicker is shorter.)
    const sharedAbove = contentStems(lines[previous ?? -1] ?? '').filter((stem) => body.has(stem)).length;
    const standfirst = (wordCount(text) >= 8 && !/^\p{Lu}[\p{Lu} ]{2,20}:/u.test(text) && wordCount(lines[previous ?? -1] ?? '') < wordCount(text) && isHeadlineLike(lines[previous ?? -1] ?? '') && (score(previous ?? -1) >= 2 || (sharedAbove >= 1 && wordCount(lines[previous ?? -1] ?? '') >= 7))) || /(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|St|Jr|Sr|Gov|Sen|Rep|Lt|Col|Gen|Sgt|Capt|Prof|No|Co|Inc|Ltd|Mt|Ft|vs|\p{Lu}))[.!?]\s+\p{Lu}/u.test(text);
    // A longer line right above that speaks of the body too is the headline over its bullet points (a tabloid's
    // "‘WE’RE COOKING’ Heatwave kills 1,100 as …" over "Nurses doing 16-hour shifts …"); a kicker above is short.
    const longerAbove = previous !== undefined && score(previous) >= 2 && wordCount(lines[previous] ?? '') > wordCount(text) && wordCount(lines[previous] ?? '') >= 8;
    // (Not when a longer line of the header stands under it, its own standfirst: "Legislative Council of Hong Kong" over
    // the headline and its standfirst is a topic's label.)
    const deckBelow = near.includes(best + 1) && best + 1 < meta && wordCount(lines[best + 1] ?? '') > wordCount(text);
    // (Not the last item of a list of other stories under its label, "More News ¶ … ¶ ICC bans player for two years", right
    // above the headline: the page's blank line between them is lost in the paste.)
    if (best !== -1 && previous !== undefined && previous === best - 1 && ((standfirst && !deckBelow) || longerAbove) && !listedUnder(lines, strong, previous)) best = previous;
    // A tabloid's headline over a run of bullet points without bullets: the longest line of the run above.
    let top = best;
    while (top > 0 && near.includes(top - 1) && top - 1 < meta) top--;
    const longest = range(top, best).reduce((a, b) => (wordCount(lines[b] ?? '') > wordCount(lines[a] ?? '') ? b : a), best);
    const longer = (index: number) => range(index + 1, best + 1).every((other) => wordCount(lines[other] ?? '') < wordCount(lines[index] ?? ''));
    if (best !== -1 && longest < best - 1 && wordCount(lines[longest] ?? '') >= 12 && longer(longest) && score(longest) >= 2) best = longest;
    if (best !== -1) return best;
  }
  let fallback = -1;
  let speaksLater = -1;
  let whole: Set<string> | undefined;
  for (let index = 0; index < first; index++) {
    // ("• Headline" alone between lines without bullets: a page that marks its headline as a list's one item.)
    const text = loneBullet(lines, index) ? (lines[index] ?? '').replace(/^[•◦▪·]\s+/u, '') : (lines[index] ?? '');
    // "Star's shock split": a tabloid's headline of three words counts when it speaks of the body.
    // (How many of the line's words the body's first paragraphs use: read once, for each test below.)
    const shared = contentStems(text).filter((stem) => body.has(stem)).length;
    const short = wordCount(text) >= 2 && wordCount(text) < 4 && !isAllCapitalised(text) && shared >= 2;
    // (A line that opens with the dateline, or runs on in lower case on the next line, is the lede's first words; not
    // into a line of chrome, "large_lobby.JPGThe lobby …", a caption that opens on its file's name.)
    // ("Five-Alarm Fire Damages Kelby Complex": a headline in title case reads like a menu row, but speaks of the body and
    // lists nothing: "Australia, Bus Industry News, Network News" does too, item by item.)
    // ("DCI Detectives Raid Own Office, Arrest Rogue Colleagues": two clauses about the body parted by a comma are a
    // headline; a menu's comma parts three entries or more, or entries of three words at most.)
    const menu = isMenuRow(text) && !countsOfLede(text, lines[anchors[0] ?? -1] ?? '') && (/[|•·/]/u.test(text) || (text.includes(',') && (shared < 2 || commaEntries(text))) || shared < 2);
    if (strong[index] || !(isHeadlineLike(text) || short) || menu || bylineOf(text) || dateLineOf(text) || datelineOf(text) || (continues(text, lines[index + 1] ?? '') && !strong[index + 1]) || /^\p{Ll}/u.test(text)) continue;
    // ("IRON ORE | TAILINGS": a kicker in capitals over the headline.)
    if (furnitureShare(text) > 0.3 || /[.?!,][”’"']$/u.test(text) || (wordCount(text) < 5 && text === text.toUpperCase())) continue;
    if (reportedHighlight(text)) continue;
    // An exclamation or a question is a line of the article (or a promotion), not the headline a page without a byline opens with.
    if (body.size === 0 || (shared >= 2 && !/[!?]$/u.test(text))) return index;
    if (fallback === -1) fallback = index;
    // (One that speaks of the body further down, where the first paragraphs use other words: "Torrential rains flood
    // Coalville homes" over a lede about clogged culverts, "homes" and "flood" two paragraphs on.)
    if (speaksLater === -1 && !/[!?]$/u.test(text) && contentStems(text).filter((stem) => (whole ??= new Set(anchors.flatMap((at) => contentStems(lines[at] ?? '')))).has(stem)).length >= 2) speaksLater = index;
  }
  if (speaksLater !== -1) return speaksLater;
  // No line speaks of the body: the first that could be a headline, as a page without one would have.
  if (fallback !== -1) return fallback;
  // "Raid on ministry" over the lede: a short title of two or three words, no chrome, opening the paste.
  // "The news is always with you. ¶ Minister urges calm over border clash ¶ The minister on Monday …", "Kelsham's chief
  // described … ¶ Kelsham chief pledges … ¶ In a statement …": a copy that opens on a tagline or the page's summary,
  // the headline under it: a headline-like line right under the first line of prose that speaks of the prose below.
  const under = first + 1;
  if (first <= 1 && !strong[under] && anchors.includes(under + 1) && !anchors.includes(under)) {
    const candidate = lines[under] ?? '';
    const below = new Set(anchors.filter((index) => index > under).slice(0, 8).flatMap((index) => contentStems(lines[index] ?? '')));
    if (isHeadlineLike(candidate) && !isSentence(candidate) && !reportedHighlight(candidate) && wordCount(candidate) >= 5 && !bylineOf(candidate) && !dateLineOf(candidate) && !datelineOf(candidate) && furnitureShare(candidate) === 0 && contentStems(candidate).filter((stem) => below.has(stem)).length >= 2) return under;
  }
  const top = lines.findIndex((text, index) => index < first && !strong[index]);
  const text = lines[top] ?? '';
  const count = wordCount(text);
  // (Not two capitalised words alone, "Gold Coast", "Public Health": a place's or a section's name over the lede; nor
  // "Wednesday, January 15", the page's date without its year.)
  // (Under it only lines already read as chrome, "pmnews-placeholder", a picture's slug: it is still right over the lede.)
  return top !== -1 && range(top + 1, first).every((index) => strong[index]) && count >= 2 && count <= 3 && !(count === 2 && isAllCapitalised(text)) && /^\p{Lu}/u.test(text) && text !== text.toUpperCase() && !/[.,;:!?"”’)]$/u.test(text) && furnitureShare(text) === 0 && !isSectionLabel(text) && !isMenuRow(text) && !bylineOf(text) && !dateLineOf(text) && !yearlessDate.test(text) ? top : -1;
}

/**
 * Teasers of other stories closing the page: two or more pairs of a headline (six words or more, none of its content
 * words in the page's headline) and its one-sentence blurb, running to the last line. The first teaser's line, or -1.
 */
function teasersAtEnd(lines: string[], headline: number): number {
  // (A text pasted from its first paragraph has no headline; its teasers are still about other things than all above them.)
  const own = new Set(headline < 0 ? [] : contentStems(lines[headline] ?? ''));
  // (Its words are not the article's either: at most a third of them stand in the prose above it, where an item of the
  // article's own list, "Valley Deli Wafer Thin Ham, 100g — batch codes …", repeats the article's words.)
  const teaser = (text: string, index: number) => {
    if (wordCount(text) < 6 || isSentence(text) || !isHeadlineLike(text) || /^[•◦▪·*–—-]\s/u.test(text)) return false;
    const stems = contentStems(text);
    if (stems.length < 4 || stems.some((stem) => own.has(stem))) return false;
    return mostlyForeign(stems, new Set(lines.slice(headline + 1, index).flatMap(contentStems)));
  };
  // (A blurb the page cut short ends in mid-word or at a comma.)
  const blurb = (text: string) => (isSentence(text) || (/[\p{L},]$/u.test(text) && wordCount(text) >= 12)) && wordCount(text) >= 6 && wordCount(text) <= 80 && !/^\p{Ll}/u.test(text);
  let start = lines.length;
  while (start - 2 > headline + 2 && blurb(lines[start - 1] ?? '') && teaser(lines[start - 2] ?? '', start - 2)) start -= 2;
  return lines.length - start >= 4 ? start : -1;
}

/**
 * Headlines of other stories closing the page, no blurb under them ("Man jailed after harassing woman ¶ Council agrees
 * plan for new school …"): four or more lines of a headline's shape running to the last line, none of them ending in a
 * stop, half of them at least about other things than the article (other crimes share its words). The first one's line,
 * or -1.
 */
function headlinesAtEnd(lines: string[], strong: Array<string | null>): number {
  let start = lines.length;
  const headlineShaped = (text: string) => wordCount(text) >= 3 && wordCount(text) <= 16 && !isSentence(text) && !/[:,;]$/u.test(text.trim()) && isHeadlineLike(text) && /^[\p{Lu}\p{N}‘“'"]/u.test(text) && !/^[•◦▪·*–—-]\s/u.test(text) && !bylineOf(text) && !dateLineOf(text);
  while (start - 1 > 0 && !strong[start - 1] && headlineShaped(lines[start - 1] ?? '')) start--;
  if (lines.length - start < 4) return -1;
  const prose = new Set(lines.slice(0, start).filter((line) => isSentence(line) && wordCount(line) >= 8).flatMap(contentStems));
  if (prose.size === 0) return -1;
  return lines.slice(start).filter((text) => mostlyForeign(contentStems(text), prose)).length * 2 >= lines.length - start ? start : -1;
}

/** Fewer than a third of a line's content words stand in the article's prose: the line is about other things. */
function mostlyForeign(stems: readonly string[], prose: Set<string>): boolean {
  return stems.filter((stem) => prose.has(stem)).length * 3 < stems.length;
}

/** A line of a run of headlines right under a label of related articles ("More News", "Latest"). */
function listedUnder(lines: string[], strong: Array<string | null>, index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 12); at--) {
    if (strong[at] === 'related articles') return wordCount(lines[at] ?? '') <= 4;
    if (strong[at] || !isHeadlineLike(lines[at] ?? '') || isSentence(lines[at] ?? '')) return false;
  }
  return false;
}

/** Two lines that open with the same eight words, a leading article aside: a standfirst over the lede that repeats it. */
function sameOpening(text: string, next: string): boolean {
  const opening = (line: string) => normalizeForMatch(line).replace(/^(?:the|a|an)\s+/u, '').split(/\s+/u).slice(0, 8).join(' ');
  return wordCount(next) >= 12 && opening(text).split(' ').length === 8 && opening(text) === opening(next);
}

/** Three clauses or more of three to sixteen words each, parted by bars, one of them at least in sentence case. */
function highlightsRow(text: string): boolean {
  const parts = text.split(/\s+\|\s+/u);
  return parts.length >= 3 && parts.every((part) => wordCount(part) >= 3 && wordCount(part) <= 16) && parts.some((part) => !isTitleCase(part));
}

/** A line cut short with an ellipsis ("…", ".."), whose words open one of the next three lines: a copy of it. */
function cutShortCopy(lines: string[], index: number): boolean {
  const text = lines[index] ?? '';
  if (!/(?:\.{2,}|…)$/u.test(text) || wordCount(text) < 3) return false;
  const cut = normalizeForMatch(text.replace(/^[•◦▪·]\s+/u, '').replace(/\s*(?:\.{2,}|…)$/u, ''));
  return cut.length >= 15 && lines.slice(index + 1, index + 4).some((line) => {
    const key = normalizeForMatch(line);
    return key.length > cut.length && key.startsWith(cut);
  });
}

/** A line with a bullet whose neighbours have none: no list, one item marked. */
function loneBullet(lines: string[], index: number): boolean {
  const bullet = /^[•◦▪·]\s+\S/u;
  return bullet.test(lines[index] ?? '') && !bullet.test(lines[index - 1] ?? '') && !bullet.test(lines[index + 1] ?? '');
}

/** A live page's title: "As it happened: …", "… – live", "… live updates". */
const liveTitle = /^(?:live(?: updates| blog| coverage)?|as it happened)\s*[:|–—-]\s*\S|\S\s*[|–—-]\s*(?:live(?: updates| blog)?|as it happened)$|\blive (?:updates|blog|coverage)\b/iu;

/**
 * A live page's title a few lines above the line picked for the headline, with only chrome between them: the picked
 * line is the first post's heading or the page's summary, the live title the page's headline.
 */
function liveTitleAbove(lines: string[], strong: Array<string | null>, picked: number, anchors: number[]): number {
  if (picked <= 0 || liveTitle.test(lines[picked] ?? '')) return picked;
  const story = new Set([picked, ...anchors.slice(0, 8)].flatMap((index) => contentStems(lines[index] ?? '')));
  // (Only a label before a colon can head another page's banner; a title that ends "– live" is the page's own.)
  const sharedWithStory = (text: string) => !/^live(?: updates| blog| coverage)?\s*:/iu.test(text) || contentStems(text).filter((stem) => story.has(stem)).length >= 2;
  for (let index = picked - 1; index >= Math.max(0, picked - 8); index--) {
    const text = lines[index] ?? '';
    if (anchors.includes(index)) return picked;
    // (A live page's title speaks of its story: "LIVE UPDATES: Storm hits Kelby" over "Kelby mayor resigns after …" and a
    // lede on the mayor is a banner for another page, sharing no more than a place's name with the story.)
    if (!strong[index] && wordCount(text) >= 4 && liveTitle.test(text) && isHeaderLine(text, null) && sharedWithStory(text)) return index;
  }
  return picked;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, at) => from + at);

/** A caption's end on its picture's credit: "… top adviser. Copyright AP Photos". */
const creditTail = /[.!?]\s+(?:Copyright|©|Photo(?:graph)?s?:?|Pictures?:|Image:|Credit:)\s*\p{Lu}[\p{L}&./ -]{1,40}$/u;

/** A line of a page's header that can be its headline: a few words at least, no chrome, no kicker in capitals. */
/**
 * "BBC News" on a line of its own over the page, the same name again inside another line ("By Jane Roe, BBC News", "BBC
 * News joined the queues"): the site's masthead, a media name of three words at most, not the headline (whose words the
 * body shares for the same reason).
 */
function masthead(lines: string[], index: number): boolean {
  const text = lines[index] ?? '';
  if (wordCount(text) > 3 || !looksLikeOutlet(text)) return false;
  return lines.some((line, at) => at !== index && line !== text && line.includes(text));
}

function isHeaderLine(text: string, strong: string | null): boolean {
  const count = wordCount(text);
  // ("ITANAGAR, Oct 17: Union minister …": a line that opens with the dateline opens the lede.)
  if (strong || count < 2 || count > 40 || /[.,;:][\s"'”’)\]]*$/u.test(text) || isMenuRow(text) || bylineOf(text) || dateLineOf(text) || datelineOf(text)) return false;
  // ("Dr Jane Roe, the government's top adviser. Copyright AP Photos": a caption that ends on its picture's credit.)
  if (creditTail.test(text)) return false;
  if (count < 5 && text === text.toUpperCase()) return false;
  return furnitureShare(text) <= 0.3 && !/[.?!,][”’"']$/u.test(text);
}

const yearlessDate = new RegExp(`^(?:(?:${weekdayNames}),?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${monthNames})|(?:${monthNames})\\s+\\d{1,2}(?:st|nd|rd|th)?)$`, 'iu');

const stopWords = new Set(['about', 'after', 'again', 'also', 'amid', 'because', 'been', 'before', 'being', 'could', 'from', 'have', 'into', 'more', 'most', 'over', 'said', 'says', 'should', 'than', 'that', 'their', 'them', 'they', 'this', 'what', 'when', 'where', 'which', 'while', 'will', 'with', 'would', 'your', 'latest', 'live', 'updates', 'news', 'breaking']);

const capitalWords = new Set(['THE', 'AND', 'FOR', 'BUT', 'NOT', 'ARE', 'WAS', 'HAS', 'HAD', 'HIS', 'HER', 'ITS', 'OUR', 'YOU', 'NEW', 'ALL', 'WHO', 'HOW', 'WHY', 'CAN', 'GET', 'OUT', 'OFF', 'NOW', 'TWO', 'ONE', 'SAY', 'SET', 'AT', 'IN', 'ON', 'OF', 'TO', 'BY', 'AS', 'IS', 'IT', 'AN', 'OR', 'BE', 'WE', 'HE', 'NO', 'SO', 'UP', 'DO', 'IF', 'MY', 'ME', 'US']);

/**
 * The lines of runs of a story's tags: five short lines or more in a row, three of them a word or two (a section label
 * over the headline and its author's name and date under it make no such run; a date or a byline is no tag).
 */
function tagRuns(lines: string[]): Set<number> {
  const found = new Set<number>();
  const short = (text: string) => text !== '' && wordCount(text) <= 4 && !/[.!?:,;]$/u.test(text) && !bylineOf(text) && !dateLineOf(text);
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && short(lines[end] ?? '')) end++;
    const run = range(start, end);
    if (run.length >= 5 && run.filter((index) => wordCount(lines[index] ?? '') <= 2).length >= 3) for (const index of run) found.add(index);
    start = Math.max(end, start + 1);
  }
  return found;
}

/**
 * A rule for readers' comments: a nickname, "log in or register to comment", or "your/this/only comment(s)" with what is
 * done to them (published, moderated, read by an editor).
 */
function commentRule(text: string): boolean {
  return /\bnicknames?\b/iu.test(text) || /\b(?:log ?in|sign ?in|register|subscribe)\b.{0,30}\bto (?:comment|join the (?:conversation|discussion))\b/iu.test(text) || (/\b(?:your|this|a|our|only|all|no|readers['’]?) comments?\b/iu.test(text) && /\b(?:publish\w*|moderat\w*|editors?|real names?|relevant|automatically|rules|guidelines|topic|approved|reviewed)\b/iu.test(text));
}

/** "Jane Roe", "Mary-Anne O'Roe": two or three capitalised words alone on a line, as a name stands. */
const nameWithRole = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, (?:\p{Ll}[\p{Ll}-]*)(?: \p{Ll}[\p{Ll}-]*){0,3}$/u;
const nameLine = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u;

/** A name alone on its line, no byline's or date's. */
function portraitName(text: string): boolean {
  return nameLine.test(text) && !bylineOf(text) && !dateLineOf(text);
}

/**
 * The content words of a line, cut to five letters so that "floods" meets "flooding", and its acronyms of two or three
 * capitals ("SPH starts retrenching staff" speaks of "Singapore Press Holdings (SPH) began retrenching …").
 */
function contentStems(text: string): readonly string[] {
  const known = stemsRead.get(text);
  if (known) return known;
  const stems = (normalizeForMatch(text).match(/\p{L}{4,}/gu) ?? []).filter((word) => !stopWords.has(word)).map((word) => word.slice(0, 5));
  // (Not the short words of a line in capitals, "THE", "AND", "OF".)
  for (const acronym of text.match(/(?<![\p{L}\p{N}])\p{Lu}{2,3}(?![\p{L}\p{N}])/gu) ?? []) if (!capitalWords.has(acronym)) stems.push(acronym.toLowerCase());
  stemsRead.set(text, stems);
  return stems;
}

/** The stems of the lines of the source being classified, each line read once (the rules above compare a line with many). */
let stemsRead = new Map<string, readonly string[]>();

/**
 * Where the page's header ends: the last byline, date line or reading widget soon after the headline,
 * with at most two lines of prose before it (a standfirst, a caption). -1 when there is none.
 */
function headerEnd(lines: string[], strong: Array<string | null>, headline: number, anchors: number[]): number {
  if (headline < 0) return -1;
  let end = -1;
  for (let index = headline + 1; index < Math.min(lines.length, headline + 9); index++) {
    const text = lines[index] ?? '';
    // A standfirst in full sentences may come first; past a second sentence the article has begun.
    if (anchors.filter((anchor) => anchor > headline && anchor < index).length > 1) break;
    if (!strong[index] && (bylineOf(text) || dateLineOf(text))) end = index;
  }
  return end;
}

const authorNames = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}(?:(?:, | and | & )\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){1,3})*$/u;

/**
 * Names alone on their line under the headline, past its standfirst, byline and date ("Jane Roe and Sam Poe"):
 * the authors, before the first sentence of prose.
 */
function authorsUnder(lines: string[], strong: Array<string | null>, headline: number): number[] {
  if (headline < 0) return [];
  const prose = lines.findIndex((text, index) => index > headline && !strong[index] && isSentence(text) && wordCount(text) >= 5);
  const authors: number[] = [];
  for (let index = headline + 1; index < prose && index <= headline + 6; index++) {
    const text = lines[index] ?? '';
    if (!strong[index] && !bylineOf(text) && !dateLineOf(text) && authorNames.test(text) && !looksLikeOutlet(text) && wordCount(text) <= 9) authors.push(index);
  }
  return authors;
}

/** A closing mark of an article: a press release's end, a print or republication note, a comment section. */
function closesArticle(text: string): boolean {
  return (
    /^(?:[Aa]bout \p{Lu}[\p{L}\p{N} &'’.-]{1,60}|[Mm]edia [Cc]ontacts?|[Pp]ress [Cc]ontacts?|[Ss]ources|[Rr]eferences|SOURCES|REFERENCES)\s*:?$/u.test(text) ||
    /^(?:about the author|a version of this (?:article|story) appears in print\b.*|this (?:article|story|post|report)(?: by (?:the )?\p{Lu}[^.]{1,60}?)? (?:was )?(?:originally |first )?(?:appeared|published|republished|syndicated)\b.*|read the original (?:article|story|post|report)\b.*|this (?:article|story) was (?:automatically )?republished\b.*|\d+ (?:thoughts|comments|responses|replies) on\b.*|(?:leave a|post a|add a) (?:reply|comment)\b.*|comments?|\[?(?:partial |full )?(?:transcript|excerpt) ends\.?\]?|join the (?:conversation|discussion)\b.*|you must be logged in to (?:comment|post)\b.*)$/iu.test(text)
  );
}

/** "fuel leak quay": one to five words in lower case, no digit, stop or mark of a list. */
function altText(text: string): boolean {
  return /^\p{Ll}[\p{Ll}'’&-]*(?: [\p{Ll}'’&-]+){0,4}$/u.test(text);
}

/**
 * Every line between the headline and `index` is the page's furniture, or a short line without a stop that the header
 * holds (a section's label, the site's name, a byline, a date, the headline given again).
 */
function firstUnder(lines: string[], strong: Array<string | null>, headline: number, index: number): boolean {
  // (Not past a byline: the text right under "By Jane Roe" is the lede, whatever its punctuation; nor past a live page's
  // post stamp, under which a title is its first post's.)
  for (let at = headline + 1; at < index; at++) if ((!strong[at] && !headerAside(lines[at] ?? '', lines[headline] ?? '')) || bylineOf(lines[at] ?? '') || /^(?:byline|chapter list)$/u.test(strong[at] ?? '')) return false;
  return true;
}

/** A line the header holds beside the headline: a short label without a stop, a byline, a date, a bare dateline, the headline again. */
function headerAside(text: string, headline: string): boolean {
  return (wordCount(text) <= 4 && !isSentence(text)) || bylineOf(text) !== null || dateLineOf(text) !== null || bareDateline.test(text) || (wordCount(text) >= 4 && sameHeadline(normalizeForMatch(text), normalizeForMatch(headline)));
}

/**
 * A deck: a headline's shape (four to thirty words, no stop, no list mark), no byline, date or transcript, over the
 * next line of text that is a lede of fifteen words or more ending with a stop and not opening with the deck's words.
 */
function deckOverLede(text: string, lines: string[], index: number, headline: number, strong: Array<string | null>): boolean {
  if (!isHeadlineLike(text) || isSentence(text) || bylineOf(text) || dateLineOf(text) || transcriptLine.test(text) || bareDateline.test(text)) return false;
  let next = index + 1;
  while (next < lines.length && next <= index + 3 && (strong[next] || headerAside(lines[next] ?? '', lines[headline] ?? ''))) next++;
  const lede = lines[next] ?? '';
  return !strong[next] && wordCount(lede) >= 15 && isSentence(lede) && !/^[•◦▪·*–—-]\s/u.test(lede) && !lede.startsWith(text.slice(0, 30));
}

/** What opens an article under its header: its authors, a byline or date line, or the lede with its dateline. */
function standsOverLede(lines: string[], index: number, authors: number[], strong: Array<string | null>): boolean {
  const text = lines[index] ?? '';
  return authors.includes(index) || bylineOf(text) !== null || dateLineOf(text) !== null || datelined.test(text) || bareDateline.test(text) || colonDateline.test(text) || /^\p{Lu}[\p{L} .'’-]{2,30}, \d{1,2} \p{L}{3,9} \d{4}\s*[–—-]\s/u.test(text) ||
    // The lead photo's caption or credit, which pages often give twice (its alt text, then its caption).
    strong[index] === 'photo caption' || strong[index] === 'photo credit' || (wordCount(text) >= 6 && text === lines[index + 1]);
}

/** "New Delhi: Parliament on Monday passed …": a lede opening with its place and a colon. */
const colonDateline = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}:\s+\p{Lu}\p{Ll}/u;

/** "SINGAPORE:" or "LAGOS —" alone on its line: the dateline of the lede under it, which the page set apart. */
const bareDateline = /^\p{Lu}[\p{Lu}\p{M} .,'’-]{2,40}\s*[:–—-]$/u;
/** A place (if any) and an outlet's letters, then a dash, alone on the line: "Washington CNN —", "(AP) —". */
const outletDateline = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ,]+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s+)?\(?\p{Lu}{2,8}\)?\s*[–—-]$/u;

/** The label that closes a summary box with what comes next: "What's next?". */
const nextLabel = /^what(?:'|’)s next\??:?$|^what happens next\??:?$/iu;
const boxLabel = /^(?:summary|key points|key facts|key takeaways|at a glance|in brief|in short|highlights|story highlights|the essentials|what we know(?: so far)?|what you need to know|quick read|tl;?dr)\s*:?$/iu;
// "PHUKET: Phuket Governor … has called …", "BATU GAJAH: A … was destroyed …": a place (in capitals, or as
// `colonDateline` reads one) and a colon opening a sentence of a dozen words or more, the way an article's first paragraph
// gives where it was filed (not a kicker's label: "UPDATE:", "WATCH:").
const capitalsDateline = /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,30}:\s+\p{Lu}/u;
const kickerLabel = /^(?:update[ds]?|breaking(?: news)?|watch|listen|read(?: more)?|also read|see also|video|photos?|gallery|exclusive|live|developing|just in|related|advertisement|note|editor['’]?s note|correction|clarification|opinion|analysis|comment|review|fact check|explainer|warning|alert|new|podcast|poll|quiz|interview|summary|sponsored|pictured|pics?)$/iu;

function ledeDateline(text: string): boolean {
  if (!colonDateline.test(text) && !capitalsDateline.test(text)) return false;
  return !kickerLabel.test(text.slice(0, text.indexOf(':')).trim()) && isSentence(text) && wordCount(text) >= 12;
}

const datelined = /^\p{Lu}[\p{Lu}\p{M} .,'’-]{2,40}(?:,\s*[\p{L} .]{2,30})?(?:,\s*\p{L}{3,9}\.? \d{1,2})?\s*(?:\([^)]{2,40}\))?\s*[-–—]\s/u;

/**
 * A summary box at the top of a page ("Summary", "Key points" and three or four short lines): the page's
 * digest of the story, not its paragraphs. It ends at a long line, a dateline, a line of chrome, or after eight items.
 */
function summaryBox(lines: string[], strong: Array<string | null>): number[] {
  const label = lines.findIndex((text, index) => index < 60 && boxLabel.test(text));
  if (label === -1) return [];
  const items: number[] = [];
  for (let index = label + 1; index < lines.length && items.length < 8; index++) {
    const text = lines[index] ?? '';
    if ((strong[index] && strong[index] !== 'photo caption' && strong[index] !== 'summary box') || wordCount(text) > 30 || datelined.test(text) || bylineOf(text) || dateLineOf(text) || transcriptLine.test(text)) break;
    // Two full sentences in a row: the article's prose has begun.
    if (isSentence(text) && isSentence(lines[index + 1] ?? '') && !isBullet(text)) break;
    items.push(index);
  }
  // Items are written as headlines or bullets; a sentence at the end is the article's first line.
  while (items.length > 0 && isSentence(lines[items.at(-1) ?? 0] ?? '') && !isBullet(lines[items.at(-1) ?? 0] ?? '')) items.pop();
  const headlines = items.filter((index) => !isSentence(lines[index] ?? '') || isBullet(lines[index] ?? ''));
  if (headlines.length >= 2) return [label, ...items];
  // ("In short: ¶ … . ¶ … . ¶ What's next? ¶ … ." over the lede: a box of short sentences that a second label closes, its
  // one sentence after it the box's last.)
  const short = (index: number) => !strong[index] && isSentence(lines[index] ?? '') && wordCount(lines[index] ?? '') <= 30;
  const closing = range(label + 2, Math.min(label + 7, lines.length)).find((index) => nextLabel.test(lines[index] ?? ''));
  if (closing !== undefined && range(label + 1, closing).every(short) && short(closing + 1)) return range(label, closing + 2);
  return [];
}

/**
 * "- Western Digital says customer data was stolen. ¶ - It says affected customers were notified. ¶ On 26th March, …":
 * bullets over the lede, before any paragraph of prose, that two paragraphs of prose or more then follow: the page's
 * digest of the article, as a standfirst is.
 */
function leadBullets(lines: string[], strong: Array<string | null>): number[] {
  const bullet = (index: number) => !strong[index] && symbolBullet.test(lines[index] ?? '') && wordCount(lines[index] ?? '') >= 4;
  const start = lines.findIndex((_, index) => bullet(index));
  if (start === -1 || lines.slice(0, start).some((text, index) => !strong[index] && isBodyAnchor(text))) return [];
  let stop = start;
  while (bullet(stop + 1)) stop++;
  const prose = lines.slice(stop + 1).filter((text, at) => !strong[stop + 1 + at] && !symbolBullet.test(text) && isBodyAnchor(text)).length;
  return stop > start && prose >= 2 ? lines.slice(start, stop + 1).map((_, at) => start + at) : [];
}

/**
 * "Safaricom registered a full-year profit of KSh 52.48 billion, down from … ¶ The company's chief executive … explained
 * … ¶ Safaricom chairman … noted …" over the lede, with no label and no bullets: three lines or more without a stop above
 * the article's prose, each saying again most of what a paragraph further down says, are the page's key points.
 */
function restatedPoints(lines: string[], strong: Array<string | null>, anchors: number[]): number[] {
  const first = anchors[0] ?? lines.length;
  if (first < 3) return [];
  let later: Array<{ at: number; stems: Set<string> }> | undefined;
  const restates = (index: number) => {
    const text = lines[index] ?? '';
    if (strong[index] || isSentence(text) || wordCount(text) < 10) return false;
    const stems = contentStems(text);
    if (stems.length < 6) return false;
    later ??= anchors.map((at) => ({ at, stems: new Set(contentStems(lines[at] ?? '')) }));
    const best = Math.max(0, ...later.filter((paragraph) => paragraph.at > index).map((paragraph) => stems.filter((stem) => paragraph.stems.has(stem)).length));
    return best >= stems.length * 0.6;
  };
  // (A run right over the lede, up from it: a live page's list of key events above its summary is no such run.)
  const points: number[] = [];
  for (let index = first - 1; index >= 0 && restates(index); index--) points.unshift(index);
  // (A line the copy holds twice, a picture's alt text glued to its caption and the caption again, counts once.)
  const keys = points.map((index) => normalizeForMatch(lines[index] ?? ''));
  const distinct = keys.filter((key, at) => !keys.some((other, before) => before < at && (other.includes(key) || key.includes(other))));
  return distinct.length >= 3 ? points : [];
}

/**
 * A headline over the lead picture's credit: the page's first line of words (above it only chrome and labels of a
 * word or three), shaped as a headline, with the article's prose the next line of words under the credit.
 */
/** Whether a later, longer line holds the words of the line at `index` whole. */
function heldLater(keys: string[], index: number): boolean {
  const key = keys[index] ?? '';
  for (let at = index + 1; at < keys.length; at++) {
    const other = keys[at] ?? '';
    if (other.length >= key.length + 20 && other.includes(key)) return true;
  }
  return false;
}

/**
 * Whether one of the next twelve lines, longer by twenty characters or more (the same told with more), holds the line at
 * `index` in nearly its words and order: all but one in eight of its longer words, in order (a common subsequence).
 */
function toldAgainLater(lines: string[], index: number): boolean {
  const own = longerWords(lines[index] ?? '');
  if (own.length < 8) return false;
  for (let at = index + 1; at < Math.min(lines.length, index + 13); at++) {
    const other = lines[at] ?? '';
    if (other.length < (lines[index] ?? '').length + 20) continue;
    if (commonInOrder(own, longerWords(other)) >= own.length * (7 / 8)) return true;
  }
  return false;
}

/** The length of the longest common subsequence of two word lists. */
function commonInOrder(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) row[j + 1] = word === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!);
    previous = row;
  }
  return previous[b.length]!;
}

/** Whether a later line of sixty characters or more is the start of the line at `index`, which goes on past it. */
function opensWithLater(lines: string[], keys: string[], index: number): boolean {
  const key = keys[index] ?? '';
  for (let at = index + 1; at < keys.length; at++) {
    const other = keys[at] ?? '';
    // (A later paragraph, a sentence with its stop: not the pull quote that repeats this paragraph's opening words.)
    if (other.length >= 60 && key.length > other.length + 10 && key.startsWith(other) && isSentence(lines[at] ?? '')) return true;
  }
  return false;
}

/** A caption's sentence: short, one sentence, no quotation. */
function shortCaption(text: string): boolean {
  return wordCount(text) <= 15 && isSentence(text) && !/[.!?]\s+\p{Lu}/u.test(text) && !/[“”"]/u.test(text);
}

function headlineOverCredit(lines: string[], own: Array<string | null>, index: number): boolean {
  const text = lines[index] ?? '';
  if (!isHeadlineLike(text) || isSentence(text)) return false;
  // (A label that ends on its colon, "We Get Support From:" over a sponsors' box, is no line of words above it either.)
  for (let above = 0; above < index; above++) if (!own[above] && wordCount(lines[above] ?? '') > 3 && !/:$/u.test(lines[above] ?? '')) return false;
  for (let below = index + 2; below < Math.min(lines.length, index + 6); below++) {
    const line = lines[below] ?? '';
    // (Right under the credit, a short sentence is the picture's caption: "A fruit vendor's stand in Nairobi.")
    if (own[below] || wordCount(line) <= 4 || bylineOf(line) || dateLineOf(line) || (below === index + 2 && shortCaption(line))) continue;
    return isBodyAnchor(line) && wordCount(line) >= 12;
  }
  return false;
}

/**
 * A headline of another story between the article's paragraphs: six words or more without a closing stop, five
 * content words or more, none of them in the page's headline or in any paragraph of the article.
 */
function unrelatedHeadline(text: string, index: number, lines: string[], headline: number, prose: () => Map<string, number>, anchor: () => boolean): boolean {
  // (Nor a report's sentence that lost its stop, opened by a phrase and its comma: see `frontedPast`.)
  if (wordCount(text) < 6 || isSentence(text) || !isHeadlineLike(text) || /[“”"‘]/u.test(text) || transcriptLine.test(text) || frontedPast(text)) return false;
  // (A line between two sentences of prose: one of a run of such lines, or under a label, is a list's item.)
  if (!isSentence(lines[index - 1] ?? '') || !isSentence(lines[index + 1] ?? '') || /:$/u.test(lines[index - 1] ?? '')) return false;
  const stems = new Set(contentStems(text));
  if (stems.size < 5) return false;
  if (headline >= 0 && contentStems(lines[headline] ?? '').some((stem) => stems.has(stem))) return false;
  // (The line's own words count once among the paragraphs' when it is one of them.)
  const counts = prose();
  const own = anchor() ? 1 : 0;
  const shared = [...stems].filter((stem) => (counts.get(stem) ?? 0) - own > 0).length;
  // ("6.1 MAGNITUDE EARTHQUAKE RECORDED IN NORTHERN QUILLSHIRE" in a report of a plane crash in northeast Kelby: a link
  // to another story set in capitals may share a word's opening with the article, a quarter of its words at most.)
  return shared === 0 || (text === text.toUpperCase() && shared * 4 <= stems.size);
}

/** "In direct evidence, the defendant admitted stealing the items": a phrase of where or when, its comma, a subject, the past. */
function frontedPast(text: string): boolean {
  return /^(?:In|At|During|Under|On|After|Before|Later|Earlier)\b[^,.;:]{2,40},\s+(?:the|a|an|he|she|they|\p{Lu}[\p{L}'’-]+)\b/u.test(text) && tellsThePast(text);
}

/** How many of the article's paragraphs hold each content word. */
function stemCounts(lines: string[], anchors: number[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const at of anchors) for (const stem of new Set(contentStems(lines[at] ?? ''))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}

/** A credit line of its own: "Photo: Jane Roe", "Image: Jane Roe / The Sentinel". */
function creditLine(text: string): boolean {
  // "Image source, Getty Images" (a broadcaster's credit) stands before its image and caption, not after.
  // ("Keystone / Jane Roe", "Kelby Press / Sam Poe": an agency, of one word or more, and its photographer.)
  // ("(Image credit: Illustration by Jane Roe / Agency)": the label in brackets, "credit" after the picture's word.)
  const named = /^\(?(?:photo(?:graph)?s?|images?|pictures?|pic|credit|illustration|foto)(?:\s+credits?)?\s*(?::|by\b|courtesy\b)/iu.test(text) || /^\p{Lu}[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}\s?\/\s?\p{Lu}/u.test(text);
  return named && wordCount(text) <= 12 && !/[.!?]\s/u.test(text) && strongReason(text) === 'photo credit';
}

/** What can stand above a credit as the caption: one short sentence or phrase (a paragraph runs longer), no quotation, no byline or date. */
function isCaptionAbove(text: string): boolean {
  const count = wordCount(text);
  return count >= 3 && count <= 20 && !tellsThePast(text) && !/[“”"‘]|(?<!\p{L})'|'(?!\p{L})/u.test(text) && !/[.!?]\s+\p{Lu}/u.test(text) && !bylineOf(text) && !dateLineOf(text) && !transcriptLine.test(text);
}

/**
 * A caption over a picture's placeholder: one sentence, no quotation, no past told, no finite verb of the present
 * either, and what a caption is made of, a participle after its subject ("… speaking to …") or the picture itself ("A photo of").
 */
function placeholderCaption(text: string): boolean {
  const count = wordCount(text);
  return count >= 8 && count <= 60 && isSentence(text) && (/\s\p{L}{3,}ing\b/u.test(text) || /^(?:an? )?(?:photo|picture|image|photograph) (?:of|shows)\b/iu.test(text)) && !/\b(?:is|are|has|have|will|was|were)\b/iu.test(text) && !tellsThePast(text) && !/[“”"‘]|(?<!\p{L})'|'(?!\p{L})/u.test(text) && !/[.!?]\s+\p{Lu}/u.test(text) && !bylineOf(text) && !dateLineOf(text);
}

const commentHeader = /^(?:[•·*]\s*)?[\p{L}@][\p{L}\p{N} ._'’@-]{0,30}?\s[-–—|]\s(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/u;
const reporterAndPlace = /^(?:From )?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;

/**
 * "… Jane Roe speaking at …", "Firefighters battling …": a word in -ing that the words before it do not make a noun. The
 * first one only: a caption's participle is its verb, which comes first; one later is a noun ("Kelby RCMP helping with
 * mass stabbing investigation", a headline).
 */
function participle(text: string): boolean {
  const first = /(\S+)\s+\p{L}{3,}ing\b/u.exec(text);
  return first !== null && !gerundBefore.test(first[1] ?? '');
}

/** What stands before a noun in -ing: a preposition, an article, a possessive, or a capitalised acronym ("DHS funding"). */
const gerundBefore = /^(?:for|of|on|in|into|to|the|a|an|his|her|their|its|our|my|your|after|before|by|about|over|against|from|with|without|amid|despite|\p{Lu}{2,}s?|[\p{L}]+['’]s)$/u;

/**
 * A picture's caption over the lede: a phrase with no finite verb (a participle, "during", "at"), naming a person or a
 * body of two capitalised words or more that the lede, a full sentence under it, names too.
 */
function captionOverLede(text: string, next: string): boolean {
  const count = wordCount(text);
  // ("Kelby Producers Group Positions for new Opportunities, Records $629 Million in Profit": words of the language
  // capitalised one after another, as headlines set them; a caption capitalises its names.)
  if (headlineCapitals(text) >= 3) return false;
  // ("It’s not human trafficking or abduction: Kelby Police": a claim, then after a colon the name that makes it, as
  // headlines attribute; a caption does not.)
  if (/\S:\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(text)) return false;
  // (One sentence: "Hon. Jane Roe" is an abbreviation's stop, not a sentence's.)
  if (count < 8 || count > 60 || wordCount(next) < 15 || !isSentence(next) || /[“”"‘]|(?<!\p{L})'|'(?!\p{L})/u.test(text) || /\p{Ll}{3,}[.!?]\s+\p{Lu}/u.test(text) || /[,;:]$/u.test(text)) return false;
  // (A sentence, as a wire's caption is written, ends with when the picture was taken: "… in Nairobi on July 1, 2025.")
  // (Or one that shows the person named at its start doing what a picture shows, in the present: "Commission Chairperson Jane
  // Roe speaks in Tokyo about Thursday's shooting …", where a lede says what they said.)
  const shaped = isSentence(text)
    ? (placeholderCaption(text) && /\b(?:on|in) (?:\p{L}+,? )?(?:\p{Lu}\p{Ll}+\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+day)(?:,? (?:19|20)\d{2})?\.$/u.test(text)) || (pictured.test(text) && !/\b(?:is|are|has|have|will|was|were|said)\b/iu.test(text))
    : /\s\p{L}{3,}ing\b|\b(?:during|at|in|on|with)\b/u.test(text) && !/\b(?:is|are|has|have|had|will|was|were|said|says)\b/iu.test(text) && !tellsThePast(text) && !tellsNews(text) && !bylineOf(text) && !dateLineOf(text);
  if (!shaped) return false;
  // (Two capitalised words in a row, so that "Education CS Jane Roe" meets "Education Secretary Jane Roe".)
  const pairs = (text.match(/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+/gu) ?? []).flatMap((run) => run.split(' ').slice(1).map((word, at) => `${run.split(' ')[at]} ${word}`));
  // (Not the lede given twice: the two part within the caption's first three fifths, "… Jane Roe speaks …" / "… Jane Roe said …".)
  let common = 0;
  while (common < text.length && text[common] === next[common]) common++;
  return common < Math.max(40, text.length * 0.6) && pairs.some((pair) => next.includes(pair));
}

/**
 * How many words past the line's first word in small letters are words of the language set with a capital (not roles,
 * days or months): a caption's capitals are the names it opens with ("National Safety Commission Chairperson Jane Roe
 * speaks in Kelby …"), a headline's run on after its small words ("… Positions for new Opportunities, Records …").
 */
function headlineCapitals(text: string): number {
  const words = text.split(/\s+/u);
  const small = words.findIndex((word) => /^\p{Ll}/u.test(word));
  return (small < 0 ? [] : words.slice(small + 1)).filter((word) => {
    const bare = word.replace(/[^\p{L}'’-]/gu, '');
    return /^\p{Lu}\p{Ll}{2,}$/u.test(bare) && isLexiconWord(bare.toLowerCase()) && !isRoleWord(bare.toLowerCase()) && !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu.test(bare);
  }).length;
}

const pictured = /^(?:\p{Lu}[\p{L}'’.-]*\s){2,8}(?:speaks|talks|attends|arrives|gestures|looks on|poses|waves|addresses|listens|answers|walks|smiles|reacts|stands|sits|greets|shakes hands|inspects|casts (?:his|her) (?:vote|ballot)|testifies)\b/u;

/** A credit alone on its line ("Getty Images", "Image source, PA Media"), not a caption that ends in its credit. */
function bareCredit(text: string): boolean {
  return wordCount(text) <= 6 && !/[.!?]\s/u.test(text) && strongReason(text) === 'photo credit';
}

/** What can stand under a credit as its caption: a phrase or sentence without a closing stop, no byline, date or label. */
/** A box's pitch to the reader: spoken to them, or an imperative that opens a sentence ("Escape your echo chamber. Get the facts …"). */
const boxPitch = /\b(?:you|your|yours)\b|(?:^|[.!?]\s+)(?:Get|Join|Sign|Unlock|Enjoy|Discover|Escape|Stay|Subscribe|Support|Become|Read)\s/u;

/**
 * "Advertisement ¶ Jane Roe/PA ¶ 'Can the board go on? Yes it can' - Jane Roe ¶ The minister last night … ¶ Updated 8.45
 * ¶ <lede>": under the lead picture's credit, nothing but the page's chrome above it, a headline's shape no other line
 * offers before the prose (sentences with their stops, stamps, chrome): the headline, not the picture's caption.
 */
function onlyHeadlineUnderCredit(lines: string[], own: Array<string | null>, index: number): boolean {
  const text = lines[index] ?? '';
  // (A box's heading spoken to the reader above it is chrome too: "We need your help now".)
  const chrome = (line: string, at: number) => own[at] || !line.trim() || (wordCount(line) <= 6 && !isSentence(line) && /\b(?:you|your)\b/iu.test(line));
  if (!isHeadlineLike(text) || isSentence(text) || !lines.slice(0, index).every(chrome)) return false;
  for (let below = index + 1; below < Math.min(lines.length, index + 8); below++) {
    const line = lines[below] ?? '';
    if (own[below] || !line.trim()) continue;
    if (!isSentence(line)) return false;
    if (wordCount(line) >= 20) return true;
  }
  return false;
}

function isCaptionBelow(text: string): boolean {
  const count = wordCount(text);
  return count >= 4 && count <= 40 && !isSentence(text) && !/[:,]$/u.test(text) && !isBullet(text) && !bylineOf(text) && !dateLineOf(text) && !transcriptLine.test(text);
}

/**
 * A bare "Photo" (or "Image") placeholder at `at`, below the article's first prose (over it, a line above "Image" may be
 * the headline): asked for the lines around it, from the line at `index`.
 */
function barePicture(lines: string[], own: Array<string | null>, at: number, index: number): boolean {
  return own[at] === 'image placeholder' && /^(?:photo|image|picture)$/iu.test(lines[at] ?? '') && lines.slice(0, index).some((line) => isSentence(line) && wordCount(line) >= 15);
}

/** A picture's caption over its bare "Photo" placeholder: a line without a stop, of up to forty words, no byline or date. */
function pictureCaption(text: string): boolean {
  return wordCount(text) >= 2 && wordCount(text) <= 40 && !isSentence(text) && !/[:,]$/u.test(text) && !bylineOf(text) && !dateLineOf(text) && !transcriptLine.test(text);
}

/** A caption between paragraphs: a long line of words that ends without a stop, a colon or a closing quote. */
/** A role in small letters after a place or a body, then a person's name of two or three words: "Kelby head coach Jane Roe". */
function portraitCaption(line: string): boolean {
  // ("Police Minister Jane Roe at Kelby today.", "… in Harrow on Monday": where and when the picture was taken, after the
  // name.)
  const text = line.replace(/\s+(?:at|in|outside)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?:\s+(?:today|yesterday|on\s+\p{Lu}\p{Ll}+day))?\.?$/u, '');
  const role = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.exec(text)?.[1];
  // ("KELBY Regional Commissioner Dr Jane Roe": the role in capitals too, an honour before the name.)
  const titled = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(\p{Lu}\p{Ll}+)\s+(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.exec(text)?.[1];
  // ("Qld Police Deputy Commissioner Tracy Roe.": the role in capitals before a given name and a surname, a stop after.)
  const capital = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+\.?$/u.exec(text);
  return (role !== undefined && isRoleWord(role)) || (titled !== undefined && isRoleWord(titled.toLowerCase())) || (capital !== null && isRoleWord((capital[1] ?? '').toLowerCase()) && isGivenName(capital[2] ?? ''));
}

/** A person's name alone ("Carla Roe MP", "Judge Tony Poe"): a title or a given name first, an honour after it at most. */
const soloName = /^(?:(?:Judge|Justice|Mr|Mrs|Ms|Dr|Prof|Cllr|Councillor|Sir|Dame|Rev|Sen|Rep|Gov)\.?\s+)?(\p{Lu}[\p{L}'’.-]+)(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}\s+(?!(?:MP|MSP|MS|TD|MLA|MEP|MPP|MHA|QC|KC|OBE|MBE|CBE)$)(\p{Lu}[\p{L}'’-]+)(?:\s+(?:MP|MSP|MS|TD|MLA|MEP|MPP|MHA|QC|KC|OBE|MBE|CBE))?\.?$/u;

/** The line is a person's name alone, whose surname the other lines name, and the line under it does not open with. */
function namedElsewhere(lines: string[], index: number): boolean {
  const text = lines[index] ?? '';
  const name = soloName.exec(text);
  if (!name?.[1] || !name[2] || bylineOf(text) || dateLineOf(text)) return false;
  if (!/^(?:Judge|Justice|Mr|Mrs|Ms|Dr|Prof|Cllr|Councillor|Sir|Dame|Rev|Sen|Rep|Gov)\b/u.test(text) && !isGivenName(name[1])) return false;
  const surname = name[2];
  const next = lines[index + 1] ?? '';
  if (next.startsWith(name[1]) || next.startsWith(surname) || next.startsWith(text)) return false;
  const said = new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u');
  return lines.some((line, at) => at !== index && said.test(line));
}

/** Three or more titled people listed with commas, no stop, no verb; two of them at least named again below. */
function peopleCaption(text: string, below: () => string): boolean {
  if (!text.includes(', ') || /[.!?:;”"]$/u.test(text) || wordCount(text) > 60) return false;
  const parts = text.split(/,\s+(?:and\s+)?/u);
  if (parts.length < 3 || !parts.every((part) => /^(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the|de|van|von|al|bin)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the|de|van|von|al|bin)){2,9}$/u.test(part))) return false;
  const rest = below();
  return parts.filter((part) => rest.includes(normalizeForMatch(part.split(/\s+/u).slice(-2).join(' ')))).length >= 2;
}

/**
 * A line without its stop that reads as the article's prose, not what a picture shows: it opens with a pronoun ("They
 * include frontline staff …") or cites its source ("…, according to the union's website").
 */
function stoplessProse(text: string): boolean {
  return /^(?:He|She|They|It)\s+\p{Ll}/u.test(text) || /\baccording to\b/u.test(text);
}

/**
 * Lines without a stop in a row between paragraphs, one of which reads as prose: the article's sentences, their stops
 * lost ("Unison is one of the largest unions with 1.3 million members ¶ They include … ¶ Last year 137,000 …"), not captions.
 */
function stoplessRun(lines: string[], index: number): boolean {
  const stopless = (line: string) => wordCount(line) >= 8 && /^[\p{Lu}\p{N}]/u.test(line) && !isSentence(line) && !/[,:;"”’)\]]$/u.test(line);
  let start = index;
  let stop = index;
  while (start > 0 && index - start < 4 && stopless(lines[start - 1] ?? '')) start--;
  while (stop + 1 < lines.length && stop - index < 4 && stopless(lines[stop + 1] ?? '')) stop++;
  return stop > start && range(start, stop + 1).some((at) => stoplessProse(lines[at] ?? ''));
}

function isCaption(text: string): boolean {
  // (Not a paragraph whose copy ends on a link's opening note, "… worth Sh300 million. (See": its sentences end before it.)
  if (/[.!?]["”’]?\s+[([](?:see|read|also|watch|related)\b[^)\]]{0,40}$/iu.test(text)) return false;
  // (Not a paragraph signed off with its date, "… 193 in Kalimantan. – October 6, 2023", as some papers end a story.)
  const signed = /[.!?]["”’)]?\s+[–—-]\s+([^.!?–—]{3,40})$/u.exec(text);
  if (signed?.[1] && dateLineOf(signed[1])) return false;
  // (Not a lede that lost its stop, "The State has secured a postponement in the case … so that it can obtain a
  // certificate": a caption shows what the picture does, in the present, not what has come about.)
  if (/\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?!been\b)\p{Ll}{3,}(?:ed|en)\b/u.test(text) && wordCount(text) >= 20) return false;
  // (Not reported speech that lost its stop, "Opposition MP Jane Roe says it’s too early to comment": a caption shows,
  // it does not report what someone says; "says goodbye" is no clause.)
  if (/\b(?:says|said)\s+(?:that|it|it['’]s|he|she|they|there|this|these|we|I|the|a|an|his|her|their|its)\b/u.test(text)) return false;
  // ("The statement explained that multiple checks would be needed": nor what a statement or a speaker set out, a verb of
  // saying and its "that".)
  if (/\b(?:explained|stated|noted|stressed|warned|argued|insisted|confirmed|revealed|claimed|announced|indicated|disclosed|maintained|emphasi[sz]ed|added|alleged)\s+that\b/u.test(text)) return false;
  // (Not a report's next step that lost its stop, "Deputy Jane Roe also warned heads against …": a caption shows one
  // picture; "also" with a past verb goes on from the paragraphs before, "also gave his assurance that …" an irregular one.)
  if (/\balso\s+(?:\p{Ll}{3,}ed|gave|told|said|made|took|met|spoke|wrote|sent|brought|held|led|went|came|saw|urged)\b/u.test(text)) return false;
  // (Not a report's sentence opened by where or how it stands, then the past: "In direct evidence, the defendant admitted
  // stealing the items"; a caption shows its picture in the present.)
  if (frontedPast(text)) return false;
  // (Not a clause set the other way round, in the past, "Also present for the press conference were …", "Among the dead was
  // …": the article's sentence naming who else was there, its stop lost; a caption shows them in the present.)
  if (/^(?:Also|Among|Present|Joining|Attending)\b[^.!?]{0,60}?\s(?:were|was)\s+(?:\p{Lu}|the\b)/u.test(text)) return false;
  if (stoplessProse(text)) return false;
  // (Not the story's next person, brought in against those before, "Another resident, 73-year-old Jane Roe, is concerned
  // about …": a caption shows its picture; "another" points back into the text.)
  if (/^(?:Another|A second|A third|The other)\s+[\p{Ll} -]{2,40},\s+/u.test(text)) return false;
  // (Not a line that quotes someone, "… its crew had “timed out,” having worked …": reported speech, its stop lost.)
  return /^[*_\s]*[\p{Lu}\p{N}]/u.test(text) && wordCount(text) >= 12 && !isSentence(text) && !/[,"”’)\]]$/u.test(text) && !/[“"][^“”"]{2,}[”"]/u.test(text) && !isBullet(text) && !/^[“"‘'(]/u.test(text) && !dateLineOf(text) && !bylineOf(text) && !transcriptLine.test(text);
}

// (Functions of their own, not closures made at each call of besideWidget: tsx names every closure as it is made.)
const isPrompt = (reason: string | null) => reason === 'newsletter prompt' || reason === 'subscribe prompt';
// The blurb says how often it comes, or what the week's or day's issue holds: "… every Saturday".
const isBlurb = (text: string) => /\b(?:every|each) (?:day|week|weekday|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bthe (?:week|day|month)['’]s\b|\b(?:weekly|daily|inbox)\b/iu.test(text) && !/\b(?:said|says|told|according)\b/iu.test(text);

/**
 * A line that belongs to the widget beside it: an embedded post's text (under "Name @handle · Follow", over its
 * time) and the name over its handle, a poll's question, a blog comment under "Name said...", a newsletter box's
 * blurb between its prompts, a video's caption over "Scroll down for video". Null when the line stands on its own.
 */
function besideWidget(lines: string[], own: Array<string | null>, index: number): string | null {
  const text = lines[index] ?? '';
  const [before, after] = [own[index - 1] ?? null, own[index + 1] ?? null];
  const count = wordCount(text);
  // (The post's own frame: a header with its handle, a time with its date after a dot.)
  if (before === 'social media embed' && /@[\w.]{2,30}/u.test(lines[index - 1] ?? '') && after === 'time stamp' && /·.*\d{4}$/u.test(lines[index + 1] ?? '') && count <= 60) return 'social media embed';
  if (after === 'social media embed' && /^@[\p{L}\p{N}_.]{2,30}$/u.test(lines[index + 1] ?? '') && count <= 5 && !isSentence(text)) return 'social media embed';
  // (An embedded post as pasted from its quotation box: its text over the footer the lexicon read, "— Jane Roe (@janeroe)
  // February 18, 2023" or a Facebook post's "Posted by Kelby Council on Thursday, July 16, 2020"; not one the article
  // brings in as its own quotation, "Here is what he wrote:", nor a paragraph that reports what was said, over a post
  // whose text the page left out.)
  if (after === 'social media embed' && /^(?:[—–-]\s|Posted by\s)/u.test(lines[index + 1] ?? '') && count <= 70 && !/:\s*$/u.test(lines[index - 1] ?? '') && !/\b(?:said|says|told|according to)\b/u.test(text)) return 'social media embed';
  // (A post's first line set off by its pictogram, "⚠️ Harbour Road is restricted to one lane." ¶ "Please drive with care." ¶
  // "Posted by …": two lines or three above the footer, the lines between as short.)
  if (/^\p{Extended_Pictographic}/u.test(text) && count <= 70) {
    const footer = [2, 3].find((ahead) => own[index + ahead] === 'social media embed' && /^(?:[—–-]\s|Posted by\s)/u.test(lines[index + ahead] ?? ''));
    if (footer && lines.slice(index + 1, index + footer).every((line) => wordCount(line) <= 40 && !/\b(?:said|says|told|according to)\b/u.test(line)) && !/\b(?:said|says|told|according to)\b/u.test(text)) return 'social media embed';
  }
  if (before === 'poll widget' && /\?$/u.test(text) && count <= 30) return 'poll widget';
  if (before === 'comment prompt' && /(?:said|wrote)(?:\.\.\.|…|:)$/iu.test(lines[index - 1] ?? '') && count <= 120) return 'reader comment';
  if (isPrompt(before) && (isPrompt(after) || /^(?:type|enter) your e-?mail\b/iu.test(lines[index + 1] ?? '')) && count <= 30 && isBlurb(text)) return 'newsletter prompt';
  if (after === 'video prompt' && count >= 4 && count <= 30 && !isSentence(text)) return 'video caption';
  return null;
}

/** A run of two or more caption-shaped lines right under a label of the article's ("Products affected", "Advice:"). */
function listUnderLabel(lines: string[], strong: Array<string | null>, index: number): boolean {
  let start = index;
  while (start > 0 && isCaption(lines[start - 1] ?? '')) start--;
  let stop = index;
  while (stop + 1 < lines.length && isCaption(lines[stop + 1] ?? '')) stop++;
  const label = lines[start - 1] ?? '';
  return stop > start && !strong[start - 1] && (/:$/u.test(label) || (wordCount(label) <= 6 && !isSentence(label)));
}

/**
 * Wire credits and author notes that close a page: "Reporting by …", "… contributed to this report", a bio. Each with
 * what every line it matches holds (`needs`, as the junk lexicon's): every line of the page is asked, and the patterns
 * that open on a capitalised name are costly on the page's prose, which holds none of the words they need.
 */
const tailPatterns: Array<{ pattern: RegExp; needs?: RegExp }> = [
  { pattern: /^\(?(?:additional )?(?:reporting|editing|writing) by\b/iu },
  { needs: /contributed/i, pattern: /\bcontributed (?:to )?(?:this )?(?:report|story|article|research|reporting)(?:ing)?\.?\)?$/iu },
  // "Associated Press writer Jane Roe contributed from Kelby.", "AP writers Sam Poe in Kelby and Ann Vale in Mill City contributed."
  { needs: /contributed/i, pattern: /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?|photographers?)\b[^.]{0,160}\bcontributed(?: (?:from|in)\b[^.]{0,80})?\.?$/u },
  { pattern: /^-*\s*(?:editing|edited) by\b/iu },
  { needs: / (?:covers|has covered|reports on|writes about|has reported on)/u, pattern: /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){0,3} (?:covers|has covered|reports on|writes about|has reported on)\b[^.]{0,160}\b(?:for|at|since|on|in)\b[^.]{0,120}(?:\.?$|\.\s.{0,300}$)/u },
  // A host's programme and when it airs ("hosts The Morning Line, heard Saturdays at 9 am on …"), not a club hosting a match.
  { needs: / (?:hosts|presents|co-hosts)/u, pattern: /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){1,3} (?:hosts|presents|co-hosts)\b[^.]{0,80}\b(?:heard|airs|aired|broadcast|weekdays|weeknights|podcast|programme|program|show)\b[^.]{0,120}(?:\.?$|\.\s.{0,300}$)/u },
  // (The role in the bio's own phrase, no comma before it: "Ahmet Roe was the first defendant to speak, in which he said he
  // was a journalist …" is the story.)
  {
    needs: / (?:is|was|has been) /u,
    pattern: /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){1,3} (?:(?:is|was|has been) (?:a|an|the|\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,4}['’]s) [^.,]{0,80}|is (?:[\p{L}-]+ ){0,3})\b(?:reporter|correspondent|editor|writer|journalist|columnist|producer|contributor|presenter|host|photographer)\b(?:[^.]{0,120}\.?|[^.]{0,120}\.\s.{0,300})$/u,
  },
];

function isTail(line: string): boolean {
  // "9 a.m.", "p.m.": the stops of a time are not a sentence's end.
  const text = line.includes('.m.') ? line.replace(/\b([ap])\.m\./gu, '$1m') : line;
  return tailPatterns.some(({ pattern, needs }) => (needs === undefined || needs.test(text)) && pattern.test(text));
}

/** The headline again, or with the site's name after a bar or dash, as a page's <title> has it. */
function sameHeadline(key: string, headlineKey: string): boolean {
  if (key === headlineKey) return true;
  const [shorter, longer] = key.length < headlineKey.length ? [key, headlineKey] : [headlineKey, key];
  if (!longer.startsWith(shorter) || wordCount(shorter) < 4) return false;
  // (A quotation mark that closes the headline stays on the longer line: "… night' | Site".)
  // (Nor does a stop that the shorter line lost at its end: "… Henderson Co. - Site".)
  const rest = longer.slice(shorter.length).replace(/^['’"”.]/u, '');
  // ("… | iNFOnews | The Valley's News Source": a site's name and its tagline, each after a bar.)
  // ("… - 19 Action News|Kelby, OH|News, Weather, Sports": the site's name after a dash, its place and sections after bars.)
  return /^\s*[|:–—-]\s*\S/u.test(rest) && (wordCount(rest) <= 5 || (/^\s*(?:\||[–—-].*\|)/u.test(rest) && wordCount(rest) <= 10 && rest.split(/\s*\|\s*|\s+[–—-]\s+/u).every((part) => wordCount(part) <= 6)));
}

/** "WATCH: Minister claims rich buyers order pizza from abroad": a kicker, then a headline of five words or more. */
function kickedHeadline(text: string): boolean {
  const kicker = /^(?:watch|video|listen|pictures|photos|live|breaking)\s*:\s*/iu.exec(text);
  const rest = kicker ? text.slice(kicker[0].length) : '';
  return kicker !== null && wordCount(rest) >= 5 && isHeadlineLike(rest);
}

/** A line that ends without a stop and the next that carries on in lower case: one sentence the copy broke in two. */
function continues(text: string, next: string): boolean {
  return /[\p{L}\p{N}]$/u.test(text) && /^\p{Ll}/u.test(next) && wordCount(text) >= 4;
}

/**
 * Prose cut off at the end of a paste: a line ending in a letter that reads as the rest of a paragraph, not a link's title
 * (also what the clean stage's warning that the copy is incomplete reads).
 */
export function cutProse(text: string): boolean {
  if (!/[\p{L}\p{N}]$/u.test(text) || /(?:\.{3,}|…)$/u.test(text)) return false;
  // Cut within its first three words, which open prose as a link's title or a page's command does not: an article, a
  // pronoun, a preposition or a conjunction ("The haze set", "She esc", "In t", "They"; not "Send us feedback", "Posted
  // in News", "Ferry fares to rise in spring"), or a capital letter alone ("T").
  if (wordCount(text) <= 3 && /^(?:[A-Z]|(?:The|A|An|This|That|These|Those|He|She|It|They|There|We|His|Her|Its|Their|In|On|At|For|From|With|As|But|And|When|While|After|Before|If)(?:\s+[\p{Ll}'’-]+){0,2})$/u.test(text)) return true;
  // Cut right after a small word ("A probe ordered by", "His", "Through"): no link's title or menu ends on one.
  if (/^[“"‘]?\p{Lu}/u.test(text) && wordCount(text) <= 30 && cutAfter.test(text)) return true;
  // Cut inside a quotation it opens, however short ("“I app").
  if (/^[“"‘]\p{Lu}/u.test(text) && wordCount(text) >= 2 && !/[”"’]/u.test(text.slice(1))) return true;
  if (isTitleCase(text)) return false;
  // (Or reported speech in the past, "Roe noted the partnerships with … and said people can call 911 to get": a
  // report's sentence, where a link's title says things in the present.)
  if (wordCount(text) >= 12 && (/,\s/u.test(text) || /[.!?]["”’]?\s+\p{Lu}/u.test(text) || /^[“"‘]/u.test(text) || /\b(?:said|told|added|stated|noted)\b/u.test(text))) return true;
  // A shorter cut: a quotation's opening ("“The driver’s arm w"), a name and its clause ("Miles, speaking from Cairns"),
  // or a sentence of reported speech ("Governor Roe said the stadium whose construction"): prose, not a link's title.
  if (wordCount(text) >= 3 && wordCount(text) < 12 && (/^[“"‘]\p{Lu}/u.test(text) || /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}, \p{Ll}/u.test(text) || /\b(?:said|says|told|added|stated)\b/u.test(text))) return true;
  // Or a sentence cut in mid-word ("He also warned of stern action against any quarters spreading false news t"): its
  // last letters no word, after six words or more that read as prose (a link's title has few of these small words).
  // (So is one that opens with a pronoun and a word in small letters, as no link's title does: "He however explained it
  // was not for the ministry to inform him as Regiona", "These threats to the district come one day after sever".)
  if (wordCount(text) >= 8 && (stoplessProse(text) || /^(?:We|These|This|Those)\s+\p{Ll}/u.test(text))) return true;
  // (So is one cut inside a quotation it opened: "Roe said that “such actions should not be seen at a meeting of th".)
  if (wordCount(text) >= 8 && /^\p{Lu}/u.test(text) && /\s[“"‘][^”"’]*$/u.test(text)) return true;
  // (Or one that reads as a clause, an auxiliary before its verb, cut inside a name: "Yancoal is seeking an external merits
  // review in the Industrial Relations".)
  if (wordCount(text) >= 8 && /^\p{Lu}/u.test(text) && /\b(?:is|are|was|were|has|have|had|will|would)\s+\p{Ll}{3,}/u.test(text) && (text.match(proseWords) ?? []).length >= 3) return true;
  const cut = /\s(\p{Ll}{1,12})$/u.exec(text)?.[1];
  if (cut === undefined || isLexiconWord(cut) || !/^[“"‘]?\p{Lu}/u.test(text)) return false;
  // (Shorter, with no word of a page's furniture in it nor a label's colon: "Officers from the RCMP will be provi", "Mr
  // Roe warne"; a line of the page's own ends on a word.)
  // (Its other words in small letters words of the language: "Leggi l'articolo completo su", a link in another
  // language, ends on a word of its own.)
  const small = text.split(/\s+/u).slice(0, -1).filter((word) => /^\p{Ll}+$/u.test(word));
  return (wordCount(text) >= 6 && (text.match(proseWords) ?? []).length >= 2) || (wordCount(text) >= 3 && furnitureShare(text) === 0 && !text.includes(':') && small.every(isLexiconWord));
}
const cutAfter = /(?:^|\s)[“"‘]?(?:by|of|the|a|an|to|in|for|and|with|on|at|from|through|his|her|their|its|as|that|who|which|but|while|when|after|before)$/iu;
const proseWords = /\b(?:the|a|an|of|to|in|for|and|with|on|at|that|was|were|is|are|has|had|have|he|she|they|it|we|his|her|their)\b/giu;

/** A name of two to four words alone on its line, and the next line that opens with it and carries on as a caption. */
function nameOverCaption(name: string, next: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}$/u.test(name) && next.startsWith(`${name} `) && /^\p{Ll}/u.test(next.slice(name.length + 1)) && !/[.!?:"”’)]$/u.test(next) && wordCount(next) <= 30;
}

/** A list item marked by a bullet or a dash (not a number). */
const symbolBullet = /^\s*[•◦▪·*–—-]\s+\S/u;

/** A list item: bullet, dash or number first. */
function isBullet(text: string): boolean {
  return /^(?:[•◦▪·*–—-]|\d{1,2}[.)])\s+\S/u.test(text);
}

/** An unbroken run of list items right after the last paragraph is the article's own list. */
function bulletsFollow(lines: string[], last: number, index: number): boolean {
  if (last < 0) return false;
  for (let between = last + 1; between < index; between++) if (!isBullet(lines[between] ?? '')) return false;
  return true;
}

/** Three bullets or more after the last paragraph, each a headline (no stop, four words or more), that paragraph announcing no list. */
function linkBullets(lines: string[], last: number): boolean {
  if (/:\s*$/u.test(lines[last] ?? '')) return false;
  let count = 0;
  for (let at = last + 1; at < lines.length && isBullet(lines[at] ?? ''); at++) {
    const item = (lines[at] ?? '').replace(/^(?:[•◦▪·*–—-]|\d{1,2}[.)])\s+/u, '');
    if (!isHeadlineLike(item) || isSentence(item)) return false;
    count++;
  }
  return count >= 3;
}

/**
 * The items right after the last paragraph, when that paragraph announces them ("The penalties are as follows:")
 * or when every one carries a figure after the same separator: short lines without chrome, at most fifteen; and those up
 * to `items`, the end of a labelled list (`labelledItems`, read once per page).
 */
function listFollows(lines: string[], own: Array<string | null>, last: number, index: number, items: number): boolean {
  // ("Stores affected by the recall:" over forty stores' names: a list the article announces may run longer than a menu.)
  const reach = last >= 0 && (announcesList(lines[last] ?? '') || announcesList(lines[last + 1] ?? '')) ? 60 : 15;
  if (last < 0 || index - last > reach) return false;
  if (index <= items) return true;
  const item = (at: number) => at < lines.length && !own[at] && wordCount(lines[at] ?? '') <= 30 && furnitureShare(lines[at] ?? '') === 0 && !isMenuRow(lines[at] ?? '');
  let stop = last + 1;
  while (stop - last <= reach && item(stop)) stop++;
  // (Two items at least: one line under "… as follows:" may be a link's text.)
  if (index >= stop || stop - last - 1 < 2) return false;
  if (announcesList(lines[last] ?? '')) return true;
  const shape = itemShape(lines[last + 1] ?? '');
  return shape !== null && range(last + 1, stop).every((at) => itemShape(lines[at] ?? '') === shape);
}

/** "The penalties are as follows:", "Here's a list of cool centers in the county.": a paragraph that announces a list. */
function announcesList(text: string): boolean {
  return /:\s*$/u.test(text) || /^(?:here(?:['’]s| is| are)|below (?:is|are))\s[^.!?]{3,120}[.:]?$/iu.test(text);
}

/**
 * "Harrow: Harrow Senior Center; Harrow Library. ¶ Odeville: Senior Citizen Building": the last paragraph is an item of a
 * list whose items open with a label and a colon; the index of the last line after it that opens so too (at most twelve),
 * else `last`.
 */
function labelledItems(lines: string[], last: number): number {
  // (The last paragraph one such item after another, or after the paragraph announcing them, or the announcement itself.)
  const item = labelledItem.test(lines[last] ?? '') && (labelledItem.test(lines[last - 1] ?? '') || announcesList(lines[last - 1] ?? ''));
  if (last < 0 || !(item || announcesList(lines[last] ?? ''))) return last;
  let at = last;
  while (at + 1 < lines.length && at - last < 12 && labelledItem.test(lines[at + 1] ?? '') && wordCount(lines[at + 1] ?? '') <= 30) at++;
  return at;
}

/** A related story's stamp under its title: "- Regional News11 months ago", "Business · 3 days ago". */
const stampEnd = /\d{1,3}\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/iu;
const teaserStamp = new RegExp(`^(?:[-–—•·]\\s*)?(?:[\\p{L}&'’ -]{2,40}?\\s*[·|-]?\\s*)?${stampEnd.source}`, 'iu');

/** A related story's blurb cut short, its section after it: "… in a growing toll of ... World News -". */
const sectionBlurb = /^(?=.{40,}).*\s(?:\.{3}|…)\s+\p{Lu}[\p{L}&]*(?:\s+\p{Lu}[\p{L}&]*){0,2}(?:\s+[-–—])?$/u;

/** Such a blurb, with another two lines above or below it: one entry of a list of stories, title over blurb. */
function teaserBlurb(lines: string[], index: number): boolean {
  return sectionBlurb.test(lines[index] ?? '') && (sectionBlurb.test(lines[index - 2] ?? '') || sectionBlurb.test(lines[index + 2] ?? ''));
}

/** What a writer is, under their name alone: "A technology journalist, writer and …", "Jane Roe is a senior reporter at …". */
function authorCard(lines: string[], index: number): boolean {
  const name = lines[index - 1] ?? '';
  if (!nameLine.test(name)) return false;
  const text = (lines[index] ?? '').startsWith(name) ? (lines[index] ?? '').slice(name.length).replace(/^\s+(?:is|was|has been)\s+/u, ' ').trimStart() : (lines[index] ?? '');
  return writerCard.test(text);
}

// ("Editor in Politics.": a short card may give the post alone, without its article.)
const writerCard = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:journalist|reporter|writer|editor|correspondent|columnist|photographer|producer|contributor|author|freelancer)s?\b|^(?:(?:Senior|Deputy|Chief|Political|Business|Sports|Foreign|Associate|Assistant|Managing|Contributing)\s+)?(?:Editor|Reporter|Correspondent|Writer|Journalist|Columnist)\s+(?:in|for|of|at)\s+\p{Lu}[\p{L} &-]{1,40}\.?$/u;

/** A title over a related story's stamp, with another such title or stamp next to it: one entry of a list of stories. */
function teaserTitle(lines: string[], index: number): boolean {
  const text = lines[index] ?? '';
  if (wordCount(text) > 30 || stampEnd.test(text)) return false;
  // ("Nine children killed in mine blast ¶ Nine children were killed … toll of ... World News -": over a blurb of the list.)
  if (!sectionBlurb.test(text) && teaserBlurb(lines, index + 1)) return true;
  if (!teaserStamp.test(lines[index + 1] ?? '')) return false;
  return stampEnd.test(lines[index - 1] ?? '') || teaserStamp.test(lines[index + 3] ?? '');
}

/** A line above or below the body: short chrome goes, anything that may be the article's own stays. */
function outsideReason(text: string, above: boolean, bodyText: () => string, credit: boolean): string | null {
  if (above && (bylineOf(text) || dateLineOf(text))) return null;
  if (!above && dateLineOf(text)) return null;
  if (credit && !above) return /\b(?:is|was|has been) (?:a|an|the)\b/u.test(text) ? 'author bio' : 'credit line';
  if (isMenuRow(text)) return 'site navigation';
  const count = wordCount(text);
  // ("Newshub." under the last paragraph: one capitalised word with a stop is the site signing off, not a sentence.)
  if (!above && count === 1 && /^\p{Lu}[\p{L}\p{N}]+\.$/u.test(text)) return siteNameReason;
  // A summary box above the article ("Key points" and its bullets, or the bullets alone) is the publisher's summary of it,
  // as a standfirst is: the article tells the same in full below.
  if (above && isBullet(text) && count >= 4) return symbolBullet.test(text) ? 'summary box' : null;
  // Below the last article paragraph nothing that is not a sentence belongs to the article.
  const short = above ? count <= 6 : true;
  // ("… the chief said. (ENA)": a wire story's last sentence, with the agency's credit after it; "… in the UAE. – Example.com",
  // with the site's; "… he added. (nh)", "(ad/jk)": with the editors' initials.)
  if (!short || isSentence(text) || (!above && isSentence(text.replace(/\s*\((?:\p{Lu}[\p{Lu}\p{N}&-]{1,11}|\p{Ll}{1,4}(?:\/\p{Ll}{1,4}){0,2})\)$/u, '').replace(/\s+[–—-]\s*[\p{L}\p{N}-]+(?:\.\p{L}{2,})+$/u, '')))) return null;
  if (isTitleCase(text) && count >= 2 && count <= 5 && (looksLikeOutlet(text) || (isAllCapitalised(text) && mentioned(text, bodyText)))) return siteNameReason;
  if (furnitureShare(text) > 0) return 'site navigation';
  // ("“The company hereby advises motorists not to panic as supplies are adequate”": a paragraph of quoted words whose stop
  // was lost, the last of a statement, is the article's.)
  // (Or one the paste cut short inside its quotation, "“We believe that the force must protect its members when they liv".)
  if (!above && count >= 10 && /^[“"]\p{Lu}[^“”"]+[”"]?$/u.test(text)) return null;
  return 'page furniture';
}

/** The line's words stand in the body as a phrase, as an outlet's name does in "told …". */
function mentioned(text: string, bodyText: () => string): boolean {
  const key = normalizeForMatch(text);
  // (The pattern is the key as it is between two non-letters: a body without the key as a substring cannot match, and is not compiled for.)
  return key.length >= 3 && bodyText().includes(key) && new RegExp(`(?:^|[^\\p{L}])${RegExp.escape(key)}(?:[^\\p{L}]|$)`, 'u').test(bodyText());
}

/** "A B C D A B C D": a line that is the same words twice over (four words or more), as a picture's two texts paste. */
function doubled(text: string): boolean {
  return halfOf(text) !== null;
}

/**
 * The line a doubled line repeats: "X X", or "X.X" with no space after the stop (a caption glued to its picture's
 * alternative text, as some publishers' pages paste), X of four words or more.
 */
function halfOf(text: string): string | null {
  const spaced = (text.length - 1) / 2;
  if (Number.isInteger(spaced) && text.charAt(spaced) === ' ' && text.slice(0, spaced) === text.slice(spaced + 1) && wordCount(text.slice(0, spaced)) >= 4) return text.slice(0, spaced);
  const glued = text.length / 2;
  const first = text.slice(0, glued);
  return Number.isInteger(glued) && /[.!?]$/u.test(first) && first === text.slice(glued) && wordCount(first) >= 4 ? first : null;
}

/** Two short lines without a stop between sentences, the second saying what the first does in other words: a picture's texts. */
function altOverCaption(lines: string[], strong: Array<string | null>, index: number): boolean {
  const [before, alt, caption, after] = [lines[index - 1] ?? '', lines[index] ?? '', lines[index + 1] ?? '', lines[index + 2] ?? ''];
  const short = (text: string) => wordCount(text) >= 2 && wordCount(text) <= 15 && !isSentence(text) && /^\p{Lu}/u.test(text) && !isBullet(text) && !/[:,;]$/u.test(text);
  if (strong[index] || strong[index + 1] || !short(alt) || !short(caption) || !isSentence(before) || !isSentence(after)) return false;
  const stems = contentStems(alt);
  const others = new Set(contentStems(caption));
  return stems.length >= 2 && stems.every((stem) => others.has(stem));
}

/**
 * A short line (three to forty words) and the line after it that repeats it whole and adds a credit or a few words: a
 * picture's alternative text over its caption.
 */
function captionPair(shorter: string, longer: string): boolean {
  // ("HD Roe ¶ HD Roe.HD Roe Facebook Page": the caption with its credit glued on after the stop, a name of two words too.)
  if (longer.startsWith(`${shorter}.`) && /^\.\p{Lu}/u.test(longer.slice(shorter.length)) && wordCount(shorter) >= 2 && wordCount(shorter) <= 40 && wordCount(longer.slice(shorter.length + 1)) <= 8) return true;
  if (!longer.startsWith(`${shorter} `) || wordCount(shorter) < 3 || wordCount(shorter) > 40) return false;
  const rest = longer.slice(shorter.length + 1);
  return wordCount(rest) <= 12 || /\b(?:photo|picture|image|credit|courtesy)\b|©|\//iu.test(rest);
}

/** "Judge Jane Roe", "Ian Roe": two to four capitalised words of a name (a title of office first, at most), nothing else. */
function nameAlone(text: string): boolean {
  return /^(?!(?:The|A|An|By|In|On|At|For|From|Of|And|With|To)\s)(?:(?:Judge|Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame|Cllr|Councillor|Sen|Rep|Gov)\.?\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{Ll}'’]+){1,3}$/u.test(text.trim());
}
