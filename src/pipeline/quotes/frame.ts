// The frame of a paragraph: its text with what stands inside quotation marks blanked out, so that
// cues, names and sentence ends are read only in the reporter's own words; offsets are unchanged.
import { abbreviations } from './lexicon.ts';
import type { QuoteSpan } from './extract.ts';

/** Blank each quote's text (keeping a final . ! ? so that sentence ends still show). */
export function frameOf(text: string, spans: QuoteSpan[]): string {
  let frame = '';
  let from = 0;
  for (const span of spans) {
    const inner = text.slice(span.start, span.end);
    const last = /[.!?]$/.test(inner) ? inner.slice(-1) : '';
    // ("“Where is the evidence?"he questioned": a closing mark the copy glued to the next word moves onto the quotation's
    // last character, and a space takes its place, so that the pronoun and its verb read as after any quotation.)
    if (!span.runsOn && span.close === span.end && inner.length > 1 && /^\p{Ll}/u.test(text.charAt(span.close + 1))) {
      frame += text.slice(from, span.start) + '\u2026'.repeat(inner.length - 1) + text.charAt(span.close) + ' ';
      from = span.close + 1;
      continue;
    }
    frame += text.slice(from, span.start) + '\u2026'.repeat(inner.length - last.length) + last;
    from = span.end;
  }
  return frame + text.slice(from);
}

const questionSpeaker = /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:said|says|asked|asks|added|questioned|queried|wondered|replied|shouted|exclaimed|demanded|continued|wrote|tweeted|insisted|told)\b/u;

/** Sentences of a frame as [start, end) offsets; a period after an abbreviation or initial does not end one. */
export function sentencesOf(frame: string): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let start = 0;
  for (const match of frame.matchAll(/[.!?][\u201D\u2019"')\]]*\s+(?=[\u201C\u2018"'(\p{Lu}\p{N}])/gu)) {
    const at = match.index ?? 0;
    const word = /([\p{L}.]+)$/u.exec(frame.slice(Math.max(0, at - 12), at))?.[1] ?? '';
    if (abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /\p{L}\.\p{L}$/u.test(word)) continue;
    // ("“Where is the evidence?” Judge Jane Roe asked.": a question's or an exclamation's closing mark, then the one who
    // spoke and the verb, is one sentence.)
    if (frame.charAt(at) !== '.' && /[\u201D"]/u.test(match[0]) && questionSpeaker.test(frame.slice(at + match[0].length, at + match[0].length + 90))) continue;
    const end = at + match[0].trimEnd().length;
    sentences.push([start, end]);
    start = at + match[0].length;
  }
  if (start < frame.length) sentences.push([start, frame.length]);
  return sentences;
}
