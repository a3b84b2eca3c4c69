// Speakers merged across sources: one record per speaker, named by its fullest form.
import { describe, expect, it } from 'vitest';
import { mergeSpeakers } from '../src/assemble/speakers.ts';
import type { SpeakerMention } from '../src/pipeline/types.ts';

const mention = (name: string, type: SpeakerMention['type'] = 'organization', aliases: string[] = []): SpeakerMention => ({ name, type, role: null, affiliation: null, aliases });

function namesOf(mentions: SpeakerMention[]) {
  const { speakers, idOf } = mergeSpeakers(mentions);
  return mentions.map((each) => speakers.get(idOf(each))?.name);
}

describe('mergeSpeakers', () => {
  it('joins a company called by its first word to the one company whose name begins with it', () => {
    expect(namesOf([mention('Brightwater'), mention('Brightwater'), mention('Brightwater Energy')])).toEqual(['Brightwater Energy', 'Brightwater Energy', 'Brightwater Energy']);
  });

  it('keeps a first word apart when two companies begin with it', () => {
    expect(namesOf([mention('Orion'), mention('Orion Bank'), mention('Orion Motors')])).toEqual(['Orion', 'Orion Bank', 'Orion Motors']);
  });

  it('names a body by its whole name, not the part most sources use', () => {
    expect(namesOf([mention('Coast Guard Service'), mention('Coast Guard Service'), mention('Tasman Coast Guard Service')])).toEqual(Array(3).fill('Tasman Coast Guard Service'));
  });

  it('gives a body its name in the other order as an alias', () => {
    const { speakers, idOf } = mergeSpeakers([mention('Health Ministry')]);
    expect(speakers.get(idOf(mention('Health Ministry')))?.aliases).toContain('Ministry of Health');
  });

  it('names a person by the fullest spelling', () => {
    expect(namesOf([mention('Eriksen', 'person'), mention('Lars Eriksen', 'person')])).toEqual(['Lars Eriksen', 'Lars Eriksen']);
  });
});
