// Stage: classify each paragraph as event, statement or context, and keep the reasons on the node
// (`data.why`). With CASEFILE_DEBUG=sections the reasons are printed as `file:line section — why`.
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { Section } from '../schemas/dossier.ts';
import { longWords } from './normalize.ts';
import { dialogueLines, hostLines, speakerLabel } from './sections/dialogue.ts';
import { attributionWords } from './sections/attribution.ts';
import { collected, type Path, type Row } from './sections/model.ts';
import { classify, emptyStats, namesIn, openingQuote, periodComparison, sentenceSection, sentenceSpans, type ParagraphFeatures } from './sections/classify.ts';

// A line this short without closing punctuation reads as a subheading, when the structure stage left it a paragraph.
const headingLike = (text: string) => text.split(/\s+/).length <= 8 && !/[.!?:;,”"’)]$/u.test(text.trim());

// The heading of a piece's background: "Notes to editors", "Note for editors", "Editor's notes", "Background", "About the agency",
// and of the other news a newsletter rounds up after the case ("Elsewhere this week", "In other news"; not "Elsewhere in
// the region", which may be the same case).
const backgroundHeading = /^(?:notes?\s+(?:to|for)\s+editors|editor(?:['’]s|s['’]?)\s+notes?|background(?:\s+information)?|about\s+(?:the\s+)?\p{L}[\p{L}\p{N}&.' -]{1,60}|elsewhere\s+(?:this\s+(?:week|month)|today|in\s+the\s+news)|(?:in\s+)?other\s+news(?:\s+this\s+week)?)[:.]?$/iu;

// A change given as a share ("rose 12%", "fell 8 per cent", "up 4.5pc"): figures that make the news when the lede gives them.
const percentChange = /\b(?:up|down|rose|fell|rising|falling|jumped|dropped|slid|climbed|grew|increased|decreased|declined|surged|slumped)\b[^.;:]{0,30}?\d+(?:\.\d+)?\s*(?:%|per ?cent|pc)\b/iu;

const listItem = /^(?:[•◦▪·*–—-]|\d{1,2}[.)])\s+\S/u;

// A list pasted without its bullets: lines that open in lower case and end without punctuation, one after another
// ("do not stop taking … without first talking to your doctor" / "report any side effects …").
const bareItem = (text: string) => /^\p{Ll}/u.test(text) && !/[.!?:;”"’)]$/u.test(text.trim());

// The lede is the first paragraph that reads as prose, not a headline or a site line above it.
const prose = (text: string) => /[.!?”"’)]$/u.test(text.trim());

export default function classifySections() {
  const debug = (process.env.CASEFILE_DEBUG ?? '').split(/[,\s]+/).includes('sections');
  return (tree: Root, file: VFile) => {
    const outlets = outletsOf(String(file.value), file.data.meta?.outlet ?? null);
    const headings = new Map<string, string>();
    let heading: string | null = null;
    let lede = true;
    // The last paragraph read as prose, for the items of a list that follows it.
    let previous: { text: string; section: Section } | null = null;
    const firstProse = tree.children.find((node) => node.type === 'paragraph' && prose(toString(node)));
    const opening = `${file.data.title?.text ?? ''} ${firstProse ? toString(firstProse) : ''}`;
    const core = new Set(namesIn(opening));
    const figuresNews = periodComparison.test(opening) || percentChange.test(opening);
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph');
    // The year the story is told in: its date's, else (a paste without one) the latest year its paragraphs name, a
    // target's year aside ("by 2030", "until 2027"), so that "in 2019" still reads as before the case.
    const year = Number(/^\d{4}/.exec(file.data.meta?.published ?? '')?.[0]) || latestYear(paragraphs.map((node) => toString(node)));
    // An interview or hearing written as a script, its speakers named in any case ("Grecu: …", "Question (MPB): …").
    const script = dialogueLines(paragraphs.map((node) => toString(node)));
    const host = hostLines(paragraphs.map((node) => toString(node)), script);
    let index = -1;
    // Paragraphs left in the run of a statement set out without quotation marks, and whether it was announced whole.
    let inStatement = 0;
    let whole = false;
    // Where the last heading stood, and the headings of background the cleaning stage removed as furniture.
    let headingLine = 0;
    // (below the lede: an "About us" above it is the site's menu).
    const bodyStart = firstProse?.position?.start.line ?? Infinity;
    const backgroundLines = (file.data.removed ?? []).filter((entry) => entry.line > bodyStart && backgroundHeading.test(entry.text.trim()));
    // Every paragraph as the section model reads it, only when `scripts/train-sections.ts` collects them.
    const rows: Row[] = [];
    const openingWords = new Set(longWords(opening));
    const row = (text: string, path: Path, rule: Section, stats: Row['stats'] = null, lede = false) => {
      if (!collected.rows) return;
      const words = longWords(text);
      const overlap = words.length === 0 ? 0 : words.filter((word) => openingWords.has(word)).length / words.length;
      rows.push({ text, path, rule, stats, position: index / paragraphs.length, index, lede, heading: heading !== null, overlap });
    };
    for (const node of tree.children) {
      if (node.type === 'heading') {
        headingLine = node.position?.start.line ?? headingLine;
        heading = toString(node);
        if (node.data?.id) headings.set(node.data.id, heading);
        continue;
      }
      if (node.type !== 'paragraph') continue;
      const paragraph = node as Paragraph;
      index++;
      const data = (paragraph.data ??= {});
      const text = toString(paragraph);
      const base = paragraph.position?.start.offset ?? 0;
      if (headingLike(text)) {
        // An item of a list ("• Certified canvass, May 16: Roe +23", "date of birth") belongs where the list stands.
        if (!lede && previous && (listItem.test(text) || /:\s*$/u.test(previous.text) || (bareItem(text) && bareItem(previous.text)))) {
          data.section = previous.section;
          data.why = ['an item of a list, in the section of the paragraph before it'];
          row(text, 'list', previous.section);
          // (A list the colon introduced: no statement set out after it.)
          inStatement = 0;
          continue;
        }
      }
      // Before the lede such a line is page furniture; after it, a theme for what follows. Not a line that opens on a
      // quotation mark, nor the last paragraph (a heading heads something): a paste cut short mid-sentence ends on one.
      if (headingLike(text) && !openingQuote.test(text) && index < paragraphs.length - 1) {
        if (!lede) {
          heading = text;
          headingLine = paragraph.position?.start.line ?? headingLine;
        }
        data.section = 'context';
        data.why = ['a short line without closing punctuation, read as a subheading'];
        row(text, 'heading', 'context');
        inStatement = 0;
        continue;
      }
      // A press release's notes for editors, or a section "About …" / "Background", hold the background of the release,
      // its heading kept or removed with the page's furniture.
      const line = paragraph.position?.start.line ?? 0;
      const dropped = backgroundLines.findLast((entry) => entry.line < line);
      const under = dropped && dropped.line > headingLine ? dropped.text : (data.heading && headings.get(data.heading)) || heading;
      if (!lede && under && backgroundHeading.test(under.trim())) {
        data.section = 'context';
        data.why = [`under the heading "${under.trim()}", the background of the piece`];
        row(text, 'background', 'context');
        previous = { text, section: 'context' };
        continue;
      }
      // The items of one list belong together, long ones too ("• E-bikes: …, sold from April 2023 …").
      // So do the clauses of a list set out without bullets ("… calls on the authorities to:" / "assign the ship a port;").
      const clause = /^\p{Ll}/u.test(text) && (/[:;]\s*$/u.test(previous?.text ?? '') || (bareItem(text) && bareItem(previous?.text ?? '')));
      if (!lede && previous && (clause || (listItem.test(text) && (listItem.test(previous.text) || /:\s*$/u.test(previous.text))))) {
        data.section = previous.section;
        data.why = ['an item of a list, in the section of the paragraph before it'];
        row(text, 'list', previous.section);
        previous = { text, section: previous.section };
        inStatement = 0;
        continue;
      }
      const features = {
        text,
        quotes: (data.quotes ?? []).map((quote) => ({ start: quote.start - base, end: quote.end - base, reported: quote.speaker.type === 'media' })),
        heading: (data.heading && headings.get(data.heading)) || heading,
        lede: lede && prose(text),
        outlets,
        core,
        figuresNews,
        transcript: script[index] === true,
        position: index / paragraphs.length,
        opening: index < 2,
        year,
        stats: collected.rows ? emptyStats() : undefined,
      };
      // A paragraph that ends on a colon right above a quotation introduces it ("…, describes the operation:").
      const next = paragraphs[index + 1];
      const introduces = !features.lede && /:\s*$/u.test(text) && next !== undefined && openingQuote.test(toString(next));
      // Words set out after "… said:" without quotation marks are the speaker's when they speak in the first person, and
      // so is each paragraph after them that still does ("We have recovered … ¶ We have identified …": a body's statement
      // reproduced whole, in its "we"). Under "Below is the full statement from the club:" every paragraph without a
      // quotation mark or a speech verb is the statement's, "we" or not, until one has either.
      const unmarked = !/["“”„«»]/u.test(text);
      const voiced = ownVoice.test(text);
      // (Right after the colon: after a statement's introduction, "I" too; after any other, without quotation marks.)
      const afterColon: boolean = previous !== null && /:\s*$/u.test(previous.text) && (previous.section === 'statement' ? voiced || firstPerson.test(text) : unmarked && voiced);
      const setOut: boolean = unmarked && inStatement > 0 && (voiced || (whole && !reportingVerb.test(text)));
      const introduced: boolean = !script[index] && (afterColon || setOut);
      const decision: { section: Section; why: string[] } = introduces
        ? { section: 'statement' as const, why: ['introduces the quotation that follows ("…:")'] }
        : introduced
          ? { section: 'statement' as const, why: [afterColon ? 'the words the paragraph before introduces ("… said:"), in the first person' : voiced ? 'the statement set out above goes on in the first person, without quotation marks' : 'part of a statement set out in full, without quotation marks ("… full statement:")'] }
          : script[index] && chairOf(text)
          ? { section: 'event' as const, why: ['a line of the chair, who conducts the sitting: the votes and rulings it announces are steps of the case'] }
          : host[index] && !relays(text)
          ? { section: 'event' as const, why: ["a line of the interview's host, who asks the questions"] }
          : classify(features);
      if (prose(text)) lede = false;
      const split = decision.section === 'statement' ? mixed(features) : [];
      // A paragraph that tells events in most of its sentences is the case's, a remark in it notwithstanding.
      const opensOnEvent = split[0] === 'mixed: sentence 1 reads as event';
      const section: Section = !features.transcript && !introduced && opensOnEvent && split.length * 2 > sentenceSpans(text).length ? 'event' : decision.section;
      data.section = section;
      row(text, introduces || introduced || (script[index] && chairOf(text)) || (host[index] && !relays(text)) ? 'frame' : 'classify', section, features.stats ?? null, features.lede);
      previous = { text, section };
      // (The run a statement's introduction opens, and whether it said the statement comes whole; at most twelve paragraphs.)
      if (introduced) inStatement--;
      else if (/:\s*$/u.test(text)) {
        inStatement = 12;
        whole = wholeStatement.test(text);
      } else inStatement = 0;
      data.why = section === 'event' && decision.section === 'statement' ? [...decision.why, ...split, 'most sentences tell events'] : [...decision.why, ...split];
      if (debug) {
        process.stderr.write(`${file.data.fileName ?? file.path}:${paragraph.position?.start.line ?? 0} ${decision.section} — ${data.why.join('; ')}\n`);
      }
    }
    collected.rows?.push(rows);
  };
}

const firstPerson = /\b(?:I|I['’](?:m|ve|d|ll)|me|my)\b/u;
// The first person without a bare "I" ("Tamarindo I dam", "World War I"): what a body's statement set out without
// quotation marks reads in ("We have identified …", "our thoughts are with …").
const ownVoice = /\b(?:I['’](?:m|ve|d|ll)|me|my|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|us)\b/u;
// "Below is the full statement from the club:", "The statement reads in full:", "Read the council's statement below:".
const wholeStatement = /\b(?:full|entire|complete|following)\s+(?:text|statement|letter|release|response|message|reply)\b|\b(?:statement|letter|release|response|message)\s+(?:below|in full|reads|read|as follows)\b/iu;
// A speech verb in the third person ends a statement set out whole: the reporter's words resume.
const reportingVerb = /\b(?:said|says|told|added|stated|explained|according to)\b/u;

// The office that chairs a chamber's sitting, named without a person ("THE SPEAKER", "THE CHAIR", "AN LEAS-CHEANN COMHAIRLE",
// "THE DEPUTY PRESIDING OFFICER"): it puts the questions and announces the votes. A court's bench or a named chair
// ("CHAIRMAN HALDANE") speaks in their own right.
const chamberChair = /^(?:the|an|mr|madam|madame)?\s*(?:deputy\s+|leas-)?(?:speaker|chair|chairman|chairwoman|chairperson|presiding\s+officer|ceann\s+comhairle|cheann\s+comhairle|cathaoirleach|president\s+of\s+the\s+(?:senate|assembly|chamber))$/iu;

/** Is the line's speaker the chair of the sitting, named by office alone? */
function chairOf(text: string): boolean {
  const label = speakerLabel(text);
  return label !== null && chamberChair.test(label.join(' ').replace(/\.$/u, ''));
}

/** A host's line that quotes or reports someone ("Brightwing says …", "you said on Tuesday, “…”") carries that statement. */
function relays(text: string): boolean {
  attributionWords.lastIndex = 0;
  const reports = attributionWords.test(text);
  attributionWords.lastIndex = 0;
  return reports || /[“"‘]/u.test(text) || /\b(?:position|statement)\b/iu.test(text);
}

// A statement paragraph that also tells events says which of its sentences do (the facts take them up).
function mixed(features: ParagraphFeatures): string[] {
  const sentences = sentenceSpans(features.text);
  if (sentences.length < 2) return [];
  return sentences.flatMap((sentence, index) => {
    const section = sentenceSection(features, 'statement', sentence);
    return section === 'statement' ? [] : [`mixed: sentence ${index + 1} reads as ${section}`];
  });
}

/** Whoever the source was told things by: "told X", "statement to X", "confirmed to X", and the manifest's outlet. */
export function outletsOf(text: string, outlet: string | null): Set<string> {
  const outlets = new Set<string>(outlet ? [outlet] : []);
  const recipient = /\b(?:told|(?:confirmed|sent|statement|spoke|speaking|privately|talked|said)\s+to)\s+((?:\p{Lu}[\p{L}\p{N}&.-]*\s?){1,4})/gu;
  for (const match of text.matchAll(recipient)) {
    const name = match[1]?.trim();
    if (name && name.length > 1) outlets.add(name);
  }
  return outlets;
}

/** The latest year the texts name, not after "by", "until", "through" or "to" (a deadline, a plan's horizon). */
function latestYear(texts: string[]): number | null {
  let latest: number | null = null;
  for (const text of texts) {
    for (const match of text.matchAll(/(?<!\b(?:by|until|till|through|to|before|in the)\s)\b(?:19|20)\d{2}\b(?![\d-]|\s*[-–]\s*\d)/gu)) latest = Math.max(latest ?? 0, Number(match[0]));
  }
  return latest;
}
