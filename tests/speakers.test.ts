// Speakers merged across sources: one record per speaker, named by its fullest form.
import { describe, expect, it } from 'vitest';
import { bodyNamesIn, fullerNamesIn, legalNamesIn, mergeSpeakers } from '../src/assemble/speakers.ts';
import type { SpeakerMention } from '../src/pipeline/types.ts';

const mention = (name: string, type: SpeakerMention['type'] = 'organization', aliases: string[] = []): SpeakerMention => ({ name, type, role: null, affiliation: null, aliases });

function namesWith(mentions: SpeakerMention[], legal: Map<string, string | null>) {
  const { speakers, idOf } = mergeSpeakers(mentions, legal);
  return mentions.map((each) => speakers.get(idOf(each))?.name);
}

function namesOf(mentions: SpeakerMention[]) {
  const { speakers, idOf } = mergeSpeakers(mentions);
  return mentions.map((each) => speakers.get(idOf(each))?.name);
}

describe('mergeSpeakers', () => {
  it('makes one speaker of a name whose particle one source writes joined and another apart', () => {
    const names = namesOf([mention('Sam dela Roe', 'person'), mention('Sam de la Roe', 'person'), mention('Ana delos Quill', 'person'), mention('Ana de los Quill', 'person')]);
    expect(new Set(names.slice(0, 2)).size).toBe(1);
    expect(new Set(names.slice(2)).size).toBe(1);
  });
  it('names a person by the fuller name any text gives, a removed caption included, and keeps apart one two fuller names share', () => {
    const people = fullerNamesIn(['Jane Quill Roe tweeted on Monday: she is well. (Photo: Kelby Press)', '“I will be back soon,” Quill Roe said.', 'Police Commissioner Sam Poe Lind at the scene. Kelby photo', 'Ann Roe and Ann Lee Roe spoke; Ann Kay Roe too.']);
    const { speakers, idOf } = mergeSpeakers([mention('Quill Roe', 'person'), mention('Sam Lind', 'person'), mention('Ann Roe', 'person')], new Map(), new Map(), people);
    expect([mention('Quill Roe', 'person'), mention('Sam Lind', 'person'), mention('Ann Roe', 'person')].map((each) => speakers.get(idOf(each))?.name)).toEqual(['Jane Quill Roe', 'Sam Poe Lind', 'Ann Roe']);
  });

  it('names a person the sources call by the surname alone by the given name some text puts before it, unless two people share it', () => {
    const people = fullerNamesIn(['Premier Scott Quillon meets the media\nQuillon fielded questions from reporters.', 'Mayor Ann Odeh and councillor Sam Odeh spoke.']);
    const { speakers, idOf } = mergeSpeakers([mention('Quillon', 'person'), mention('Odeh', 'person')], new Map(), new Map(), people);
    expect([mention('Quillon', 'person'), mention('Odeh', 'person')].map((each) => speakers.get(idOf(each))?.name)).toEqual(['Scott Quillon', 'Odeh']);
  });

  it('takes a middle name that is no English word between a first name and a surname the sources give, a first name unknown to the gazetteer too', () => {
    const people = fullerNamesIn(['Police Commissioner Qelbir Zorawar Odeh along with officers at the square. Kelby photo']);
    const { speakers, idOf } = mergeSpeakers([mention('Qelbir Odeh', 'person')], new Map(), new Map(), people);
    expect(speakers.get(idOf(mention('Qelbir Odeh', 'person')))?.name).toBe('Qelbir Zorawar Odeh');
  });

  it('joins a company called by its first word to the one company whose name begins with it', () => {
    expect(namesOf([mention('Brightwater'), mention('Brightwater'), mention('Brightwater Energy')])).toEqual(['Brightwater Energy', 'Brightwater Energy', 'Brightwater Energy']);
  });

  it('keeps a first word apart when two companies begin with it', () => {
    expect(namesOf([mention('Orion'), mention('Orion Bank'), mention('Orion Motors')])).toEqual(['Orion', 'Orion Bank', 'Orion Motors']);
  });

  it('joins a company called by the first words of its name to the one company whose name begins with them', () => {
    expect(namesOf([mention('Dunmore Tile'), mention('Dunmore Tile Works')])).toEqual(['Dunmore Tile Works', 'Dunmore Tile Works']);
    expect(namesOf([mention('Dunmore Tile'), mention('Dunmore Tile Works'), mention('Dunmore Tile Exports')])).toEqual(['Dunmore Tile', 'Dunmore Tile Works', 'Dunmore Tile Exports']);
  });

  it('names a body by its whole name, not the part most sources use', () => {
    expect(namesOf([mention('Coast Guard Service'), mention('Coast Guard Service'), mention('Tasman Coast Guard Service')])).toEqual(Array(3).fill('Tasman Coast Guard Service'));
  });

  it("names a body a source calls by the start or end of its name as the case's texts name it in full", () => {
    const bodies = bodyNamesIn(['Harrowgate Ashby Advisory', 'Kelby Fire Service', 'Orchidex Users Action Group', 'Orchidex Trading', 'Quay Watch', 'Quay Watch Kelby']);
    const { speakers, idOf } = mergeSpeakers([mention('Harrowgate Ashby'), mention('Fire Service'), mention('Orchidex'), mention('Quay Watch')], new Map(), bodies);
    // (Not a single word, which starts two bodies' names; nor a name some text gives whole.)
    expect(['Harrowgate Ashby', 'Fire Service', 'Orchidex', 'Quay Watch'].map((name) => speakers.get(idOf(mention(name)))?.name)).toEqual(['Harrowgate Ashby Advisory', 'Kelby Fire Service', 'Orchidex', 'Quay Watch']);
  });

  it("names a body a source calls by its first and last words with some between left out, or by the head of its name alone, as the case's texts name it in full", () => {
    const bodies = bodyNamesIn(['Kelby State Government', 'Transport for Quill', 'Department of Integration', 'Harrow County Council', 'Harrow Town Council', 'James Quill University Hospital']);
    const names = ['Kelby Government', 'Transport Quill', 'Department', 'Harrow Council', 'James Quill Hospital'];
    const { speakers, idOf } = mergeSpeakers(names.map((name) => mention(name)), new Map(), bodies);
    // (Not a form two bodies share: the county's council and the town's.)
    expect(names.map((name) => speakers.get(idOf(mention(name)))?.name)).toEqual(['Kelby State Government', 'Transport for Quill', 'Department of Integration', 'Harrow Council', 'James Quill University Hospital']);
  });

  it('names a body a source calls by its long first word clipped to three letters, when one body has it', () => {
    const bodies = bodyNamesIn(['Metropolitan Police', 'Kelby Council', 'Federation of Quill', 'Federal Bank of Quill']);
    const names = ['Met', 'Fed', 'Kel'];
    const { speakers, idOf } = mergeSpeakers(names.map((name) => mention(name)), new Map(), bodies);
    // (Not a clip two bodies share, nor one of a short word.)
    expect(names.map((name) => speakers.get(idOf(mention(name)))?.name)).toEqual(['Metropolitan Police', 'Fed', 'Kel']);
  });

  it("does not name a body after a part of it whose name starts with the body's", () => {
    const bodies = bodyNamesIn(['Kelby League Appeal Committee', 'Harrowgate Ashby Advisory']);
    const { speakers, idOf } = mergeSpeakers([mention('Kelby League'), mention('Harrowgate Ashby')], new Map(), bodies);
    expect(['Kelby League', 'Harrowgate Ashby'].map((name) => speakers.get(idOf(mention(name)))?.name)).toEqual(['Kelby League', 'Harrowgate Ashby Advisory']);
    // (Nor when both speak: the body and its committee stay two speakers.)
    expect(namesOf([mention('Kelby League'), mention('Kelby League Appeal Committee'), mention('Roe Bina'), mention('Roe Bina Holdings')])).toEqual(['Kelby League', 'Kelby League Appeal Committee', 'Roe Bina Holdings', 'Roe Bina Holdings']);
  });

  it("does not name a body after its name with its spokesperson's word run on", () => {
    const bodies = bodyNamesIn(['Kelby Foreign Office Spokesperson', 'Harrowgate Ashby Advisory']);
    const { speakers, idOf } = mergeSpeakers([mention('Kelby Foreign Office'), mention('Harrowgate Ashby')], new Map(), bodies);
    expect(['Kelby Foreign Office', 'Harrowgate Ashby'].map((name) => speakers.get(idOf(mention(name)))?.name)).toEqual(['Kelby Foreign Office', 'Harrowgate Ashby Advisory']);
  });

  it('gives a body its name in the other order as an alias', () => {
    const { speakers, idOf } = mergeSpeakers([mention('Health Ministry')]);
    expect(speakers.get(idOf(mention('Health Ministry')))?.aliases).toContain('Ministry of Health');
  });

  it('gives a royal the style the text titles them with as an alias, and no one else', () => {
    const prince: SpeakerMention = { name: 'Abdullah bin Faisal bin Roe', type: 'person', role: 'Prince', affiliation: null, aliases: [] };
    const minister: SpeakerMention = { name: 'Jane Roe', type: 'person', role: 'Minister', affiliation: null, aliases: [] };
    const { speakers, idOf } = mergeSpeakers([prince, minister]);
    expect(speakers.get(idOf(prince))?.name).toBe('Abdullah bin Faisal bin Roe');
    expect(speakers.get(idOf(prince))?.aliases).toContain('Prince Abdullah bin Faisal bin Roe');
    expect(speakers.get(idOf(minister))?.aliases).not.toContain('Minister Jane Roe');
  });

  it('gives Ireland’s police, called by its officers’ name, its own name as an alias', () => {
    const { speakers, idOf } = mergeSpeakers([mention('Gardaí')]);
    expect(speakers.get(idOf(mention('Gardaí')))?.aliases).toContain('An Garda Síochána');
  });

  it('names a company by the official name, legal form and all, that some text gives it', () => {
    const legal = legalNamesIn(['Fines: Korvane Dredging Holdings Sdn Bhd – 4.1m; Ostra Lining GmbH – 2m.', 'Yesterday Ostra Lining GmbH said nothing.']);
    const { speakers, idOf } = mergeSpeakers([mention('Korvane Dredging Holdings'), mention('Ostra Lining')], legal);
    expect(speakers.get(idOf(mention('Korvane Dredging Holdings')))?.name).toBe('Korvane Dredging Holdings Sdn Bhd');
    expect(speakers.get(idOf(mention('Korvane Dredging Holdings')))?.aliases).toContain('Korvane Dredging Holdings');
    expect(speakers.get(idOf(mention('Ostra Lining')))?.name).toBe('Ostra Lining GmbH');
  });

  it('names a company a text calls by the start of its official name so', () => {
    const legal = legalNamesIn(['Consultancy Harrowgate said profit would fall.', 'At 8:30am Harrowgate Group PLC shares were up 5p; The Quillon Works Ltd said nothing.']);
    expect(namesWith([mention('Harrowgate'), mention('Quillon'), mention('Quillon Works')], legal)).toEqual(['Harrowgate Group PLC', 'The Quillon Works Ltd', 'The Quillon Works Ltd']);
    // (Two companies that start alike leave the shared start to neither.)
    expect(namesWith([mention('Brava')], legalNamesIn(['Brava Foods Ltd and Brava Dairies Ltd both denied it.']))).toEqual(['Brava']);
  });

  it('keeps a short name when two companies share it before their legal forms', () => {
    const legal = legalNamesIn(['Brava Foods Ltd and Brava Foods Inc both denied it.']);
    expect(namesWith([mention('Brava Foods')], legal)).toEqual(['Brava Foods']);
    // (A person is never renamed after a company.)
    expect(namesWith([mention('Ana Brava', 'person')], legalNamesIn(['Ana Brava Ltd filed accounts.']))).toEqual(['Ana Brava']);
  });

  it('names a person by the fullest spelling', () => {
    expect(namesOf([mention('Eriksen', 'person'), mention('Lars Eriksen', 'person')])).toEqual(['Lars Eriksen', 'Lars Eriksen']);
  });
});
