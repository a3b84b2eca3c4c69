// wink-nlp with its English lite model, loaded on first use (≈100 ms) and reused: tokens with their
// part of speech and their offsets in the text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './names.ts';

type Tag = (text: string) => Token[];
let tag: Tag | undefined;
let engine: ReturnType<typeof winkNLP> | undefined;
/** One model for every reader here: loading it is the costly part. */
const nlpOf = () => (engine ??= winkNLP(model, ['pos']));

export function tagger(): Tag {
  if (tag) return tag;
  const nlp = nlpOf();
  const its = nlp.its;
  tag = (text) => {
    const tokens: Token[] = [];
    const doc = nlp.readDoc(text);
    const words = doc.tokens().out();
    const tags = doc.tokens().out(its.pos);
    let cursor = 0;
    words.forEach((word, index) => {
      const at = text.indexOf(word, cursor);
      if (at < 0) return;
      cursor = at + word.length;
      tokens.push({ text: word, pos: String(tags[index]), start: at, end: cursor });
    });
    return tokens;
  };
  return tag;
}

let known: ((lower: string) => string | null) | undefined;

/**
 * Is the word a common noun of the English lexicon of the tagger's model ("administrator", "constable"), rather than
 * a word it has never seen (most names: "Criswell", "Deanne")? Words the model meets for the first time
 * are given ids past its own vocabulary, so a fresh word read first marks where that vocabulary ends.
 */
export function isLexiconNoun(lower: string): boolean {
  return lexiconTag(lower) === 'NOUN';
}

/** Is the word in the English lexicon of the tagger's model at all ("noviny", "večerník" are not)? */
export function isLexiconWord(lower: string): boolean {
  return lexiconTag(lower) !== null;
}

/** The part of speech the model's own vocabulary gives a lower-case word, or null for a word it has never seen. */
export function lexiconTag(lower: string): string | null {
  if (!known) {
    // A model of its own: words another reader met first would get ids inside the vocabulary's range.
    const nlp = winkNLP(model, ['pos']);
    const its = nlp.its;
    const read = (word: string) => nlp.readDoc(word).tokens();
    const end = Number(read('qzxjvkw').out(its.uniqueId)[0] ?? Infinity);
    const seen = new Map<string, string | null>();
    known = (word) => {
      let found = seen.get(word);
      if (found === undefined) {
        const tokens = read(word);
        found = /^[\p{Ll}-]+$/u.test(word) && tokens.length() === 1 && Number(tokens.out(its.uniqueId)[0]) < end ? (tokens.out(its.pos)[0] ?? null) : null;
        seen.set(word, found);
      }
      return found;
    };
  }
  return known(lower);
}

/** A text's words with their part-of-speech tags and lemmas, as the tagger reads them. */
function tagged(text: string): { words: string[]; tags: string[]; lemmas: string[] } {
  const nlp = nlpOf();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  // The typings give its.lemma an add-on signature the model supplies at run time.
  return { words: tokens.out(), tags: tokens.out(its.pos), lemmas: tokens.out(its.lemma as unknown as typeof its.normal) as string[] };
}

/**
 * Does the text tell of the past: a verb in a form of its own ("drew", "battled", "was"), not its lemma and
 * not the present's "-s" or "-ing"? A photo's caption describes in the present ("Crews work at the site").
 */
export function tellsThePast(text: string): boolean {
  const { words, tags, lemmas } = tagged(text);
  return words.some((word, index) => {
    const lower = word.toLowerCase();
    return (tags[index] === 'VERB' || tags[index] === 'AUX') && lemmas[index] !== lower && !/(?:s|ing|n['’]t)$/u.test(lower) && !/^(?:am|are|'re|’re|'m|’m)$/u.test(lower);
  });
}

// Verbs whose past is their bare form.
const sameInThePast = new Set(['bet', 'bid', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'hit', 'hurt', 'let', 'put', 'quit', 'read', 'set', 'shed', 'shut', 'split', 'spread', 'thrust', 'upset']);

/**
 * The tenses of a text's finite verbs: a past form ("drew", "was"), a present one of a verb that can tell
 * a thing to come ("meets", "travels", not "is" or "says"), both or neither ("speaking to reporters").
 */
export function tenseOf(text: string): { past: boolean; present: boolean } {
  const { words, tags, lemmas } = tagged(text);
  let past = false;
  let present = false;
  words.forEach((word, index) => {
    if (tags[index] !== 'VERB' && tags[index] !== 'AUX') return;
    const lower = word.toLowerCase();
    if (/ing$/u.test(lower) || /n['’]t$/u.test(lower)) return;
    const lemma = lemmas[index] ?? lower;
    const presentForm = lower === lemma || /^(?:am|are|is|has|does|'re|’re|'m|’m|'s|’s)$/u.test(lower) || lower === `${lemma}s` || lower === `${lemma}es` || lower === `${lemma.replace(/y$/u, '')}ies`;
    // "put", "cut", "set": a past that reads as the present tells neither.
    if (lower === lemma && sameInThePast.has(lower)) return;
    if (!presentForm) past = true;
    // A bare form after "to" or a modal is no tense of its own ("to certify", "would meet").
    // A bare form after "to" or a modal is no tense of its own ("to certify", "would meet"); "is", "has" and the
    // verbs of saying tell a state or a report, not a thing to come.
    else if (!/^(?:to|will|would|shall|should|can|could|may|might|must|'ll|’ll)$/iu.test(words[index - 1] ?? '') && !/^(?:be|have|do|say|tell|report|confirm|state|show|add|note|remain|seem|appear)$/u.test(lemma)) present = true;
  });
  return { past, present };
}

/**
 * A verb the tagger took for a noun, in a sentence where it found no verb at all: "Mediterráneo hosts Atlético
 * Duero", "the visitors' side travel to Dunmere": a word between a subject (a name or a noun) and its object (an
 * article, a name) or "to". Such a verb is in the present (a past in "-ed" the tagger reads as a verb).
 */
export function verbReadAsNoun(text: string): boolean {
  const { words, tags } = tagged(text);
  if (tags.some((tag) => tag === 'VERB' || tag === 'AUX')) return false;
  return tags.some((tag, at) => at > 0 && tag === 'NOUN' && /^(?:NOUN|PROPN)$/u.test(tags[at - 1] ?? '') && (/^(?:DET|PROPN)$/u.test(tags[at + 1] ?? '') || /^to$/iu.test(words[at + 1] ?? '')));
}

