// Sentences, as Intl.Segmenter finds them (fast, and right on most news text), with one repair: the
// segmenter ends a sentence after every abbreviation that stands before a capital ("Mr. Ode", "Gen.
// Ruiz", "J. R. Smith", "Feb. Officials"), so a break after a title, a month, an initial or a dotted
// acronym before a name is joined again. A break at a line feed always stands.
import { rememberedPerText } from './memo.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A title, a rank, a month or another abbreviation whose period never ends a sentence before a capital. */
const abbreviation =
  /(?:^|[\s(“"‘'[])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Sens|Rep|Reps|Gov|Lt|Col|Gen|Sgt|Capt|Cpt|Maj|Cpl|Pvt|Adm|Brig|Cmdr|Cdr|Det|Supt|Insp|Atty|Rev|Hon|Fr|Cllr|Amb|Pres|Const|Ch|St|Ste|Mt|Ft|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|\p{Lu})\.\s*$/u;
/** A dotted acronym ("U.S.", "U.K."): it ends a sentence as often as not; joined only before a word that does not open one. */
// ("Md. Anwarul Islam", "Mohd. Roe": the short form of a given name, as South Asian and Malay names write it; "Md." is also
// Maryland's, which ends a sentence before one's opening word: "… in Bethesda, Md. Police said".)
const acronym = /(?:^|[\s(“"‘'[])(?:(?:\p{Lu}\.){2,}|Md\.|Mohd\.|Muhd\.)\s*$/u;
const opener = /^[“"‘']?(?:The|A|An|It|Its|He|She|They|We|I|You|This|That|These|Those|There|Here|But|And|Or|So|Yet|In|On|At|For|As|After|Before|When|While|If|His|Her|Their|Our|My|Some|Many|Most|No|Not|One|Two|Three|Officials|Authorities|Police|Meanwhile|However|Still|Also)\b/u;

export interface Segment {
  /** Offset of the segment in the text. */
  index: number;
  /** The segment with its trailing spaces, as Intl.Segmenter gives it. */
  segment: string;
}

/** The sentence segments of a text, breaks after abbreviations joined. */
export function* segments(text: string): Generator<Segment> {
  let pending: Segment | null = null;
  for (const part of segmenter.segment(text)) {
    if (pending && joins(pending.segment, part.segment)) {
      pending = { index: pending.index, segment: pending.segment + part.segment };
      continue;
    }
    if (pending) yield pending;
    pending = { index: part.index, segment: part.segment };
  }
  if (pending) yield pending;
}

function joins(before: string, after: string): boolean {
  if (/[\n\r\u2028\u2029\u0085]/u.test(before)) return false;
  // "until Feb. 27", "No. 10": a number after an abbreviation never opens a sentence either.
  if (/^\s*\p{N}/u.test(after)) return abbreviation.test(before) && !/(?:^|\s)\p{Lu}\.\s*$/u.test(before);
  if (!/^\s*[“"‘']?\p{Lu}/u.test(after)) return false;
  return abbreviation.test(before) || (acronym.test(before) && !opener.test(after.trimStart()));
}

type Span = Readonly<{ text: string; start: number; end: number }>;

// The sections stage reads one paragraph's sentences several times over (its classifier's rules, then its
// mixed sentences), the structure stage reads them too: each text's sentences are kept for the source, so the
// segmenter reads each paragraph once.
const spansOf = rememberedPerText((text: string): readonly Span[] => {
  const spans: Span[] = [];
  for (const part of segments(text)) {
    const trimmed = part.segment.trim();
    if (!trimmed) continue;
    const start = part.index + part.segment.indexOf(trimmed);
    spans.push(Object.freeze({ text: trimmed, start, end: start + trimmed.length }));
  }
  return Object.freeze(spans);
});

/** The sentences of a text, trimmed, with their offsets in it. */
export function sentenceSpans(text: string): Span[] {
  return [...spansOf(text)];
}
