// wink-nlp with its English lite model, loaded on first use (≈100 ms) and reused: tokens with their
// part of speech and their offsets in the text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './names.ts';

type Tag = (text: string) => Token[];
let tag: Tag | undefined;

export function tagger(): Tag {
  if (tag) return tag;
  const nlp = winkNLP(model, ['pos']);
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
