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

let known: ((lower: string) => boolean) | undefined;

/**
 * Is the word a common noun of the English lexicon of the tagger's model ("administrator", "constable"), rather than
 * a word it has never seen (most names: "Criswell", "Deanne")? Words the model meets for the first time
 * are given ids past its own vocabulary, so a fresh word read first marks where that vocabulary ends.
 */
export function isLexiconNoun(lower: string): boolean {
  if (!known) {
    // A model of its own: words another reader met first would get ids inside the vocabulary's range.
    const nlp = winkNLP(model, ['pos']);
    const its = nlp.its;
    const read = (word: string) => nlp.readDoc(word).tokens();
    const end = Number(read('qzxjvkw').out(its.uniqueId)[0] ?? Infinity);
    const seen = new Map<string, boolean>();
    known = (word) => {
      let found = seen.get(word);
      if (found === undefined) {
        const tokens = read(word);
        found = /^[\p{Ll}-]+$/u.test(word) && tokens.length() === 1 && Number(tokens.out(its.uniqueId)[0]) < end && tokens.out(its.pos)[0] === 'NOUN';
        seen.set(word, found);
      }
      return found;
    };
  }
  return known(lower);
}

/**
 * Does the text tell of the past: a verb in a form of its own ("drew", "battled", "was"), not its lemma and
 * not the present's "-s" or "-ing"? A photo's caption describes in the present ("Crews work at the site").
 */
export function tellsThePast(text: string): boolean {
  const nlp = nlpOf();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const words = tokens.out();
  const tags = tokens.out(its.pos);
  // The typings give its.lemma an add-on signature the model supplies at run time.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.normal) as string[];
  return words.some((word, index) => {
    const lower = word.toLowerCase();
    return (tags[index] === 'VERB' || tags[index] === 'AUX') && lemmas[index] !== lower && !/(?:s|ing|n['’]t)$/u.test(lower) && !/^(?:am|are|'re|’re|'m|’m)$/u.test(lower);
  });
}
