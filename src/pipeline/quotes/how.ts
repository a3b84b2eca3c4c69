// How a quote's speaker was found, recorded on each quote for the reader and the review queue: the
// cue's phrase read (a name, a surname, a pronoun, a description), or the way taken when the quote's
// own sentence had no cue (the paragraph before, another sentence, the outlet whose report is quoted).
import type { Attribution, SpeakerMention } from '../types.ts';
import { personalPronouns } from './lexicon.ts';

/** A way to a speaker that reads no cue of the quote's own sentence. */
export type Route = 'previous paragraph' | 'another sentence' | 'outlet report' | 'introduction';

export function attributionOf(speaker: SpeakerMention, phrase: string | null, route: Route | undefined): Attribution {
  if (speaker.type === 'unknown') return speaker.role ? 'unnamed' : 'none';
  if (route && route !== 'introduction') return route;
  if (!phrase) return 'none';
  const lower = phrase.toLowerCase();
  const words = lower.replace(/['’]s\b/gu, '').split(/\s+/u).filter(Boolean);
  if (words.length <= 2 && words.some((word) => word in personalPronouns)) return 'pronoun';
  // ("K.L Ferries said" for K.L. Ferries: the name without a stop of its letters.)
  if (lower.includes(speaker.name.toLowerCase()) || lower.replace(/\./gu, '').includes(speaker.name.toLowerCase().replace(/\./gu, ''))) return 'named in the cue';
  if (speaker.type === 'person' && words.at(-1) === speaker.name.split(/\s+/u).at(-1)?.toLowerCase()) return 'surname';
  // An acronym or a long form the source gave the same speaker ("the FBI" for the Federal Bureau of Investigation).
  if (speaker.type !== 'person' && speaker.aliases.some((alias) => alias.length > 1 && new RegExp(`(?:^|\\s)${RegExp.escape(alias.toLowerCase())}(?:$|\\s|['’])`, 'u').test(lower))) return 'named in the cue';
  return 'description';
}
