// Who a sentence attributes words to: the phrase before (or after) each speech verb or "according to",
// and the kind of voice it is (on the record, a publication, data, unnamed).
import {
  anonymousSources,
  dataNouns,
  institutions,
  mediaNouns,
  officialTitles,
  speechVerbs,
} from './lexicon.ts';

import { lexiconTag } from '../entities/tagger.ts';
import { monthNames, weekdayNames } from '../quotes/lexicon.ts';

// A day or a month names a time, not a speaker ("began emailing customers on Monday evening and says …").
const calendarWord = new RegExp(`^(?:${weekdayNames}|${monthNames})$`, 'u');

export type Voice = 'official' | 'media' | 'data' | 'anonymous' | 'unknown';

const lowerWords = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;
// Words that open a clause and say nothing about who speaks.
const clauseWords = new Set(['the', 'a', 'an', 'and', 'but', 'while', 'which', 'who', 'that', 'as', 'also', 'in', 'for', 'when', 'so', 'though']);

// "according to" in any case, and the speech verbs as written in running text (lower case).
// "called the study “careful”", "branded it “the most far-reaching …”": a verdict in someone's words (not "so-called",
// "what it called", "an index called": those name a thing).
const verdict = String.raw`(?<![-\p{L}]|what (?:it|he|she|they|we) )(?:called|calling|branded|branding|labelled|labeled|termed)(?=\s+(?:it|this|that|them|him|her|the|his|its|their)\b(?:[^.“”"‘’]|’(?=\p{L})){0,60}[“"‘])`;
export const attributionWords = new RegExp(`\\b(?:[Aa]ccording to|${[...speechVerbs].join('|')}|${verdict})\\b`, 'gu');

// Words before a verb form that make it a modifier of the noun after it ("31 rejected ballots", "with promised returns").
const modifierBefore = /(?:^|\s)(?:the|a|an|its|his|her|their|our|your|with|of|for|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|many|some|all|no)\s+$/iu;
// Words after a verb form that open what it governs: an object, a clause, a preposition.
const governed = /^\s+(?:that|to|it|this|these|those|them|him|her|he|she|they|we|i|you|the|a|an|his|its|their|our|on|in|at|by|for|with|as|about|of|from|no|not|any|some|there|what|how|why|whether|if|when)\b/iu;
// An auxiliary or a modal right after the speech verb: its subject went before it, as in a contact clause
// ("a practice the government says spreads …", "debts that the company said were owed …").
const contactVerb = /^\s+(?:will|would|were|was|is|are|had|has|have|could|can|may|might|should|must|did|does)\b/iu;

/**
 * Does the speech verb at `index` attribute the sentence's words to someone? Not as a modifier before a noun
 * ("rejected provisional ballots", "with promised returns"), nor as a plural noun ("the claims", "its notes") nor inside a clause about something else, whose object the
 * speech verb has lost to the noun before it ("checks the union says were logged").
 */
function attributing(sentence: string, index: number, word: string): boolean {
  const after = sentence.slice(index + word.length, index + word.length + 30);
  if (contactVerb.test(after)) return false;
  const before = sentence.slice(Math.max(0, index - 20), index);
  if (/\p{L}ed$/u.test(word) && modifierBefore.test(before) && /^\s+\p{Ll}/u.test(after) && !governed.test(after)) return false;
  // "the claims", "its notes", "two states": a plural noun, not a verb.
  if (/[^s]s$/u.test(word) && modifierBefore.test(before)) return false;
  // "a claim", "the say": a bare form (no -ed, -s, -ing) after a determiner is a noun as well.
  if (!/(?:ed|s|ing)$/u.test(word) && /(?:^|\s)(?:the|a|an|its|his|her|their|our|your|this|that)\s+$/iu.test(before)) return false;
  return true;
}

// A clause that opens on "that" or "which" and its own subject, right before the speech verb.
const relativeOpening = /(?:^|\s)(?:(a|an|the|its|his|her|their|this|that)\s+)?(\p{L}+)\s+(?:that|which|whom)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}\p{N}'’.-]+\s+){0,3}?$/iu;

/**
 * Is the speech verb inside a relative clause that hangs on a noun ("mud that the mayor described as …", "a claim that
 * the coast guard said it would check")? Then the sentence tells the noun's story; the words are not what it attributes.
 * A "that" after a verb ("found that the firm said …") opens what the verb reports, not a relative clause.
 */
function objectRelative(before: string): boolean {
  const match = relativeOpening.exec(before);
  const head = match?.[2]?.toLowerCase();
  if (!head) return false;
  // "a claim that …": after a determiner even a word that can be a speech verb is a noun.
  if (match?.[1]) return true;
  return !speechVerbs.has(head) && lexiconTag(head) === 'NOUN';
}

/** Who each sentence's speech verbs attribute words to, and what kind of voice that is. */
export function attributions(sentence: string, outlets: Set<string>): Array<{ phrase: string; voice: Voice; at: number; according?: boolean }> {
  const found: Array<{ phrase: string; voice: Voice; at: number; according?: boolean }> = [];
  for (const match of sentence.matchAll(attributionWords)) {
    const word = match[0].toLowerCase();
    const index = match.index ?? 0;
    let phrase: string;
    if (word === 'according to') {
      phrase = sentence.slice(index + word.length).split(/[,.;:“”"—–]/u)[0] ?? '';
    } else {
      // "have been told to cut", "were not told until Monday": a passive, not an attribution.
      if (/\b(?:been|be|being|was|were|is|are|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)\s+(?:(?:not|never|\p{L}+ly)\s+)?$/iu.test(sentence.slice(Math.max(0, index - 30), index))) continue;
      if (!attributing(sentence, index, word)) continue;
      if (objectRelative(sentence.slice(0, index))) continue;
      const inverted = invertedSpeaker(sentence.slice(0, index), sentence.slice(index + word.length));
      if (inverted) {
        found.push({ phrase: inverted, voice: voiceOf(inverted, outlets), at: index / sentence.length });
        continue;
      }
      const clauses = speakerClauses(sentence.slice(0, index));
      // "Jane Roe, who chairs the board, said": past an apposition or relative clause to the name.
      const named = clauses.map((clause) => ({ clause, voice: voiceOf(clause, outlets) })).find((entry) => entry.voice !== 'unknown');
      if (named) {
        found.push({ phrase: named.clause, voice: named.voice, at: index / sentence.length });
        continue;
      }
      phrase = clauses[0] ?? '';
      if (!phrase) phrase = sentence.slice(index + word.length).split(/[,.;:“”"—–]/u)[0] ?? '';
    }
    phrase = phrase.trim().split(/\s+/).slice(0, 10).join(' ');
    if (phrase) found.push({ phrase, voice: voiceOf(phrase, outlets), at: index / sentence.length, ...(word === 'according to' ? { according: true } : {}) });
  }
  return found;
}

// What a clause needs to say something: a finite verb or an auxiliary, or a past form in lower case.
const finiteWord = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did|\p{Ll}+ed)\b/u;

/**
 * "…, said Sen. Ana Roe, chair of the board", "…, added the minister", "…, said the firm's press release": after a comma the
 * speech verb may come before its subject, and the words before the comma are what the speaker said. The speaker is the
 * short phrase after the verb, up to the next comma or the end, opening on a capital or a determiner and saying nothing
 * itself (no verb: "Roe, the director, said the plan was sound" reads the clause after as what was said).
 */
function invertedSpeaker(before: string, after: string): string | null {
  if (!/,\s*$/u.test(before)) return null;
  // What was said is a clause of its own, not an apposition or a relative clause beside a name ("Roe, from the
  // university, said", "Roe, who was not involved, called …").
  const said = before.replace(/,\s*$/u, '').split(/[,;:“”"—–(]/u).at(-1)?.trim() ?? '';
  if (!finiteWord.test(said) || /^(?:who|whose|which|that|where|when)\b/iu.test(said)) return null;
  const match = /^\s+([^,;:“”"‘’—–()]+?)\s*(?:,|\.?\s*$)/u.exec(after);
  const segment = match?.[1]?.trim() ?? '';
  if (!/^(?:\p{Lu}|(?:the|a|an|its|his|her|their)\s)/u.test(segment)) return null;
  if (segment.split(/\s+/u).length > 8 || finiteWord.test(segment)) return null;
  return segment;
}

const frontedPreposition = /^(?:at|in|on|during|after|before|following|under|with|without|since|from|despite|amid|within|over|through|throughout|across|upon|by|for|as)$/iu;

// The clauses before a speech verb, nearest first, up to two: the subject and, past a comma, what it
// stands in apposition to. None when a quotation closes right before the verb ("…,” said Roe).
function speakerClauses(before: string): string[] {
  const pieces = before.split(/([,;:“”"—–(])/u);
  const clauses: string[] = [];
  for (let index = pieces.length - 1; index >= 0 && clauses.length < 2; index -= 2) {
    const piece = pieces[index] ?? '';
    const separator = pieces[index - 1] ?? '';
    const words = piece.trim().split(/\s+/).filter(Boolean);
    // "The governor declared a state of calamity and said …": the second of two predicates shares the first one's subject.
    const coordinated = clauses.length === 0 && words.length > 2 && /^(?:and|but)$/iu.test(words.at(-1) ?? '');
    const kept = coordinated ? words.slice(0, 5) : words.slice(-8);
    // "Jo Roe, 34, who was in the second car, said": an age or a relative clause stands beside the name, not for it.
    const aside = separator === ',' && (/^\d{1,3}$/u.test(words.join(' ')) || /^(?:who|whose|which)$/iu.test(words[0] ?? ''));
    // "At a meeting called by the council, residents said …", "On Sunday, lawmakers criticised …": a phrase that opens the
    // sentence on a preposition sets the scene; the subject comes after its comma.
    if (clauses.length > 0 && index === 0 && frontedPreposition.test(words[0] ?? '')) continue;
    while (kept.length > 0 && clauseWords.has(kept[0]!.toLowerCase())) kept.shift();
    if (aside) continue;
    if (kept.length > 0) clauses.push(kept.join(' '));
    else if (clauses.length === 0 && index === pieces.length - 1 && /[“”"]/u.test(separator)) return [];
    if (separator !== ',') break;
  }
  return clauses;
}

function voiceOf(phrase: string, outlets: Set<string>): Voice {
  const tokens = phrase.match(lowerWords) ?? [];
  const plain = tokens.map((token) => token.toLowerCase().replace(/[’']s$/, ''));
  // "Sources at the club", "officials in the ministry": the head noun names who speaks, not the body after it.
  const head = plain.find((token) => !clauseWords.has(token) && !/^(?:some|several|two|three|four|many|senior|local)$/.test(token));
  if (head && anonymousSources.has(head)) return 'anonymous';
  // "figures compiled by the supporters' association": the data speak, whoever gathered them.
  if (head && dataNouns.has(head)) return 'data';
  if (plain.some((token) => officialTitles.has(token) || institutions.has(token))) return 'official';
  if ([...outlets].some((outlet) => phrase.includes(outlet))) return 'media';
  if (plain.some((token) => dataNouns.has(token))) return 'data';
  if (plain.some((token) => mediaNouns.has(token))) return 'media';
  if (plain.some((token) => anonymousSources.has(token))) return 'anonymous';
  if (tokens.some((token, index) => /^\p{Lu}/u.test(token) && !clauseWords.has(token.toLowerCase()) && !calendarWord.test(token) && !(index === 0 && commonOpener(token)))) return 'official';
  return 'unknown';
}

/**
 * A capital that only opens the phrase, on an adverb of the lexicon ("Earlier, smaller studies have suggested …"):
 * it names nobody. An adjective or a plural may be a name or part of one ("Brown", "Banks", "Local councillors").
 */
function commonOpener(token: string): boolean {
  const pos = lexiconTag(token.toLowerCase());
  return pos === 'ADV' || pos === 'INTJ';
}
