// Attribution: who speaks each quote. Each hard case is a fixture of its own (tests/fixtures/quotes),
// asserted here by speaker; plus the cue reader and the resolver on their own.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../scripts/lib/corpus.ts';
import { namesMatch, quotesMatch, type GoldFile } from '../src/eval/score.ts';
import { processSource } from '../src/pipeline/index.ts';
import { backwardPhrase, cuesIn, forwardPhrase } from '../src/pipeline/quotes/cues.ts';
import { goldDir } from '../scripts/lib/gold.ts';

const fixtures = path.resolve(import.meta.dirname, 'fixtures/quotes');

function speakersOf(name: string) {
  const record = processSource({ fileName: `${name}.txt`, bytes: readFileSync(path.join(fixtures, name, 'input.txt')) });
  return { record, quotes: record.paragraphs.flatMap((paragraph) => paragraph.quotes) };
}

describe('scoring names', () => {
  it('folds letters that carry their mark in their shape, as the speakers are merged', () => {
    expect(namesMatch('Kemal Aydin', 'Kemal Aydın')).toBe(true);
    expect(namesMatch('Kemal Aydin', 'Kemal Ayden')).toBe(false);
  });

  it('takes a gold name with its acronym in brackets for either', () => {
    expect(namesMatch('Directorate-General of Health (DGS)', 'DGS')).toBe(true);
    expect(namesMatch('Directorate-General of Health (DGS)', 'Directorate-General of Health')).toBe(true);
    expect(namesMatch('Directorate-General of Health (DGS)', 'Ministry of Health')).toBe(false);
  });
});

describe('attribution', () => {
  it('a title before the name: the name speaks, the title is the role', () => {
    const [quote] = speakersOf('title-before-name').quotes;
    expect(quote?.speaker).toMatchObject({ name: 'Samuel Osei', type: 'person', role: 'Harbor Authority director', affiliation: 'Harbor Authority' });
  });

  it('an apposition gives the role and the affiliation', () => {
    const [quote] = speakersOf('apposition').quotes;
    expect(quote?.speaker).toMatchObject({ name: 'Ruth Alvarez', type: 'person', affiliation: 'Port Authority' });
    expect(quote?.speaker.role).toMatch(/^spokesperson for the Port Authority$/);
  });

  it('an apposition the copy did not close with a comma ends at the speech verb', () => {
    const record = processSource({ fileName: 'open-apposition.txt', bytes: Buffer.from('Harbour ruling\n\n"The ruling will be worth it," Jane Quill, a volunteer coordinator for the Kelby Harbour Trust told the news agency.\n') });
    const [quote] = record.paragraphs.flatMap((paragraph) => paragraph.quotes);
    expect(quote?.speaker).toMatchObject({ name: 'Jane Quill', role: 'volunteer coordinator for the Kelby Harbour Trust', affiliation: 'Kelby Harbour Trust' });
  });

  it("a title's words in small letters between its roles stay in the role", () => {
    const record = processSource({ fileName: 'title-words.txt', bytes: Buffer.from('Harbour ruling\n\nOn Wednesday, managing director Pieter Quill said the board had "complied with all permit conditions" before the closure.\n\nHarbour Trust chief financial officer Grace Whitfield said the debts were "about $1.4 million".\n') });
    const roles = record.paragraphs.flatMap((paragraph) => paragraph.quotes.map((quote) => [quote.speaker.name, quote.speaker.role]));
    expect(roles).toEqual([['Pieter Quill', 'managing director'], ['Grace Whitfield', 'Harbour Trust chief financial officer']]);
  });

  it('"of the alliance" after a name is the affiliation the text named with that noun before', () => {
    const record = processSource({ fileName: 'of-the-body.txt', bytes: Buffer.from('Fire at depot\n\nThe environmental group Quay Watch Alliance said the fire was no surprise.\n\n“For years we have asked the board to inspect the quay,” said Femke de Wit of the alliance.\n\n“We will strike,” said Jane Harrow of the union.\n') });
    const affiliations = record.paragraphs.flatMap((paragraph) => paragraph.quotes.map((quote) => [quote.speaker.name, quote.speaker.affiliation]));
    expect(affiliations).toEqual([['Femke de Wit', 'Quay Watch Alliance'], ['Jane Harrow', 'union']]);
  });

  it('a surname alone later resolves to the full name', () => {
    const [quote] = speakersOf('surname-later').quotes;
    expect(quote?.speaker.name).toBe('Karl Lindqvist');
    expect(quote?.speaker.aliases).toContain('Lindqvist');
  });

  it('a pronoun resolves to the nearest person', () => {
    const [quote] = speakersOf('pronoun').quotes;
    expect(quote?.speaker.name).toBe('Aisha Bello');
  });

  it('an organisation speaking through an unnamed spokesperson, and "the ministry" later', () => {
    const [coastGuard, ministry] = speakersOf('organization-spokesperson').quotes;
    expect(coastGuard?.speaker).toMatchObject({ name: 'Coast Guard', type: 'organization', role: 'spokesperson' });
    expect(ministry?.speaker).toMatchObject({ name: 'Ministry of Transport', type: 'organization' });
    expect(ministry?.cue).toBe('said in a statement');
  });

  it('"the report says" is the outlet named before, as media', () => {
    const [quote] = speakersOf('report-says').quotes;
    expect(quote?.speaker).toMatchObject({ name: 'Harbor Gazette', type: 'media' });
  });

  it('"said X" inversion', () => {
    const [quote] = speakersOf('said-inversion').quotes;
    expect(quote?.speaker).toMatchObject({ name: 'Dana Brooks', role: 'Fire Chief' });
  });

  it('"X told <outlet>": X speaks, the outlet listens', () => {
    const [quote] = speakersOf('told-outlet').quotes;
    expect(quote?.speaker.name).toBe('Helen Park');
  });

  it('a split quote is two quotes of one speaker', () => {
    const quotes = speakersOf('split-quote').quotes;
    expect(quotes.map((quote) => quote.speaker.name)).toEqual(['Lena Ortiz', 'Lena Ortiz']);
  });

  it('a quote over several paragraphs keeps its speaker in each', () => {
    const quotes = speakersOf('multi-paragraph-quote').quotes;
    expect(quotes).toHaveLength(3);
    expect(new Set(quotes.map((quote) => quote.speaker.name))).toEqual(new Set(['Tomas Reyes']));
  });

  it('a quote no careful reader can attribute stays unknown, with a warning', () => {
    const { record, quotes } = speakersOf('unknown-speaker');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'unknown', type: 'unknown' });
    const [message] = record.messages.filter((candidate) => candidate.ruleId === 'quote-speaker');
    expect(message?.message).toMatch(/^Unexpected quote without a speaker .*, expected an attribution/);
    expect(message?.line).toBe(5);
  });

  it('asides and appositions between the speaker and the verb: an age, "in a statement", a named lawyer', () => {
    const quotes = speakersOf('asides-and-appositions').quotes;
    expect(quotes.map((quote) => quote.speaker.name)).toEqual(['Marta Klein', 'Jonas Weber', 'Acme Water Company', 'Acme Water Company']);
    expect(quotes[1]?.speaker.role).toBe("Klein's lawyer");
    expect(quotes[3]?.speaker).toMatchObject({ type: 'organization', role: 'spokesperson' });
  });

  it('a verb before a colon introduces a quote; "the governor" is the governor named before', () => {
    const quotes = speakersOf('colon-and-role-reference').quotes;
    expect(quotes.map((quote) => quote.speaker.name)).toEqual(['Paula Reyes', 'Ben Adler', 'Paula Reyes']);
    expect(quotes[1]?.speaker.role).toBe('Councillor');
  });

  it('"he" and "she" skip a person of the other gender named in between', () => {
    const quotes = speakersOf('gendered-pronouns').quotes;
    expect(quotes.map((quote) => quote.speaker.name)).toEqual(['David Cole', 'Ana Ruiz']);
  });

  it('British single marks around an apostrophe, an unnamed speaker, a book title in an apposition', () => {
    const quotes = speakersOf('british-marks-and-titles').quotes;
    expect(quotes.map((quote) => quote.text)).toEqual(["It's the councillors' fault, all of it,", 'was written in anger and edited in calm.']);
    expect(quotes[0]?.speaker).toMatchObject({ name: 'unknown', role: 'stallholder' });
    expect(quotes[1]?.speaker.name).toBe('Nadia Okafor');
  });

  it('wire style: a hyphenated title, a bracketed party, an aside before the verb, an unnamed group', () => {
    const quotes = speakersOf('wire-style-titles').quotes;
    expect(quotes.map((quote) => quote.speaker.name)).toEqual(['Ilse Marken', 'Walter Price', 'Walter Price', 'unknown']);
    expect(quotes[0]?.speaker.role).toBe('Deputy Secretary-General');
    expect(quotes[3]?.speaker.role).toBe("drivers' union");
  });

  it('"the Pentagon", a company, a country: a single name no person bears speaks as an organisation', () => {
    const quotes = speakersOf('organizations-by-name').quotes;
    expect(quotes.map((quote) => [quote.speaker.name, quote.speaker.type])).toEqual([
      ['Pentagon', 'organization'],
      ['Norvik Systems', 'organization'],
      ['Westland', 'organization'],
      ['Lena Sorvik', 'person'],
    ]);
  });

  it('a surname two people share goes to the one named nearest', () => {
    const quotes = speakersOf('shared-surname').quotes;
    expect(quotes.map((quote) => quote.speaker.name)).toEqual(['Owen Hensley', 'Clara Hensley']);
  });

  it('"said Mr. Lee": an abbreviated title does not end the name; an age and a clause before the verb; signs are not speech', () => {
    const quotes = speakersOf('abbreviated-titles-and-signs').quotes;
    expect(quotes.map((quote) => quote.speaker.name)).toEqual(['Daniel Lee', 'Hana Park', 'Daniel Lee']);
    expect(quotes[1]?.speaker.role).toBe('deputy');
    expect(quotes[0]?.speaker.role).toBe('Mr.');
  });

  it('scare quotes and titles are not statements', () => {
    expect(speakersOf('scare-quotes-and-titles').quotes).toEqual([]);
  });

  it('"That was how X put it.", "So said X": a next sentence that points back names the speaker, over an earlier cue', () => {
    const { record, quotes } = speakersOf('attribution-after-quote');
    expect(quotes.map((quote) => quote.speaker.name)).toEqual(['Wilhelmina Sato', 'Bastian Ruel', 'Odette Quill', 'Teodor Brask', 'unknown']);
    expect(quotes[0]?.cue).toBe('put it');
    expect(quotes[3]?.speaker.role).toBe('Mayor');
    // "That was how the evening began": no speech verb, so nobody is made to say it.
    expect(record.messages.filter((message) => message.ruleId === 'quote-speaker').map((message) => message.line)).toEqual([13]);
  });

  it('"X says that “…,” according to Y": X speaks, Y reports it; "according to Y" alone is Y', () => {
    const quotes = speakersOf('said-that-according-to').quotes;
    expect(quotes.map((quote) => [quote.speaker.name, quote.speaker.type])).toEqual([
      ['Ingrid Falk', 'person'],
      ['Caius Mendel', 'person'],
      ['Tarn Valley Water Board', 'organization'],
    ]);
    expect(quotes[0]?.speaker.role).toBe('Hydrologist');
  });

  it('"X put it this way:", "In the words of X,"; "put it to a vote" is no speech', () => {
    const quotes = speakersOf('put-it-and-in-the-words-of').quotes;
    expect(quotes.map((quote) => quote.speaker.name)).toEqual(['Ameline Drouet', 'Piet Van Loon', 'unknown']);
    expect(quotes.map((quote) => quote.cue)).toEqual(['put it this way', 'in the words of', null]);
    expect(quotes[1]?.speaker.role).toBe('market warden');
  });
});

describe('loose cues', () => {
  it('"“…?” asked X" is X asking; "asked X to" makes X the listener; an age alone names nobody; "That was before X said" is not X', () => {
    const { record, quotes } = speakersOf('asked-inversion-and-loose-cues');
    expect(quotes.map((quote) => quote.speaker.name)).toEqual(['Marisol Eberhardt', 'Ludo Kessling', 'unknown', 'unknown']);
    expect(quotes[0]?.cue).toBe('asked');
    expect(quotes[2]?.speaker.role).toBe('61-year-old');
    // The last paragraph has a cue of its own, so it does not go on with the paragraph before.
    expect(quotes[3]?.speaker.role).toBeNull();
    expect(record.messages.filter((message) => message.ruleId === 'quote-speaker').map((message) => message.line)).toEqual([9, 11]);
  });
});

describe('coordinated verbs', () => {
  it('"X called it “…” and said the council had “…”": X says both; "the council" after "and said" is no speaker', () => {
    const quotes = speakersOf('coordinated-verbs').quotes;
    expect(quotes.map((quote) => quote.speaker.name)).toEqual([
      ...Array(4).fill('Delphine Arkwright'),
      ...Array(4).fill('Josef Navratil'),
      'Delphine Arkwright',
      'Delphine Arkwright',
      'Josef Navratil',
      'Delphine Arkwright',
      'Delphine Arkwright',
      'Brenmoor Water Authority',
    ]);
    expect(quotes[9]?.text).toBe('no credible alternative.');
  });
});

describe('more speech verbs', () => {
  it('"wondered", "shot back", "quipped", "mused" are cues; "the results revealed" near a quote is not', () => {
    const quotes = speakersOf('more-speech-verbs').quotes;
    expect(quotes.map((quote) => [quote.speaker.name, quote.cue])).toEqual([
      ['Odile Brassard', 'wondered'],
      ['Tomasz Wielgosz', 'shot back'],
      ['Odile Brassard', 'quipped'],
      ['Tomasz Wielgosz', 'mused'],
    ]);
  });
});

describe('in their own words', () => {
  it('"In Roe’s words,", "In her own words,": the one named (or meant) speaks', () => {
    const quotes = speakersOf('in-her-own-words').quotes;
    expect(quotes.map((quote) => [quote.speaker.name, quote.cue])).toEqual([
      ['Ameline Drouet', 'in the words of'],
      ['Ameline Drouet', 'in the words of'],
    ]);
  });
});

describe('back-references', () => {
  it('"the council said" before any organisation is named stays unknown, not a board named later', () => {
    const [quote] = speakersOf('no-forward-organization').quotes;
    expect(quote?.speaker).toMatchObject({ name: 'unknown', type: 'unknown', role: 'council' });
  });
});

describe('cues', () => {
  it('reads the subject before a speech verb, past an apposition', () => {
    expect(backwardPhrase('Jane Roe, a spokeswoman for the council, ')).toMatchObject({ phrase: 'Jane Roe', apposition: 'a spokeswoman for the council' });
    expect(backwardPhrase('In its own statement, the agency ').phrase).toBe('the agency');
    // (A clause's verb after the comma opens no role: "Ana Roe , has replied a retired general, who accused …".)
    expect(cuesIn('Inspector-General of Police, Ana Roe , has replied a retired general, who accused her of being absent.', 0, 97).map((cue) => cue.apposition)).not.toContain('has replied a retired general');
    expect(backwardPhrase('A spokesperson for the Water Board ').phrase).toBe('A spokesperson for the Water Board');
  });

  it('reads a person described by a place, and an outlet named in its own language, whatever the spaces before the verb', () => {
    expect(backwardPhrase('Speaking outside the court, the Kelby, Ont., woman  ')).toMatchObject({ phrase: 'the Kelby, Ont., woman', length: 24 });
    expect(backwardPhrase('In an interview with the regional daily Horní noviny ')).toMatchObject({ phrase: 'the regional daily Horní noviny', length: 32 });
  });

  it('reads the phrase after "according to" up to the next verb', () => {
    expect(forwardPhrase(' a city council (CC) statement sent to reporters').phrase).toBe('a city council statement');
  });

  it('"That was how Roe put it": a clause before the name is no part of the speaker', () => {
    expect(backwardPhrase('That was how Jane Roe ').phrase).toBe('Jane Roe');
    expect(backwardPhrase('That is what the mayor ').phrase).toBe('the mayor');
    expect(backwardPhrase('Later a local teacher ').phrase).toBe('a local teacher');
  });

  it('finds "said X" inversions and ignores "told X" listeners', () => {
    const frame = '“……,” said Jane Roe.';
    expect(cuesIn(frame, 0, frame.length).map((cue) => cue.phrase)).toEqual(['Jane Roe']);
    const told = 'Jane Roe told Reuters that ……';
    expect(cuesIn(told, 0, told.length).map((cue) => cue.phrase)).toEqual(['Jane Roe']);
  });
});

describe('attribution at scale', () => {
  const root = path.resolve(import.meta.dirname, '..');

  it('the seeds: every gold quote is found with the gold speaker, and none is left without one', () => {
    let hit = 0;
    let total = 0;
    for (const name of readdirSync(goldDir).filter((file) => file.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(path.join(goldDir, name), 'utf8')) as GoldFile;
      const record = processSource({ fileName: gold.file, bytes: readFileSync(path.join(root, 'seeds', gold.file)) });
      const quotes = record.paragraphs.flatMap((paragraph) => paragraph.quotes);
      for (const expected of gold.quotes) {
        total++;
        const found = quotes.find((quote) => quotesMatch(expected.text, quote.text));
        if (found && namesMatch(expected.speaker ?? 'unknown', found.speaker.name, found.speaker.aliases)) hit++;
      }
      expect(record.messages.filter((message) => message.ruleId === 'quote-speaker')).toEqual([]);
    }
    expect({ hit, total }).toEqual({ hit: 21, total: 21 });
  });

  it('the synthetic corpus: no quote without a speaker, and each speaker is named in its own paragraph', () => {
    for (const file of corpus(25, 3)) {
      const record = processSource({ fileName: file.name, bytes: Buffer.from(file.text) });
      expect(record.messages.filter((message) => message.ruleId === 'quote-speaker')).toEqual([]);
      for (const paragraph of record.paragraphs) {
        for (const quote of paragraph.quotes) expect(paragraph.text).toContain(quote.speaker.name.split(' ').at(-1));
      }
    }
  });
});

// One fixture per class of attribution that real pages showed: the speakers in order, and what else the case needs.
type Quotes = ReturnType<typeof speakersOf>['quotes'];
const classes: Array<{ fixture: string; rule: string; speakers: string[]; types?: string[]; more?: (quotes: Quotes) => void }> = [
  {
    fixture: 'role-of-a-body',
    rule: '"the head of the … agency, Name" is a person; "Opposition Liberal leader Name" is not two people',
    speakers: ['Tomas Ekvall', 'Tomas Ekvall', 'Marta Lindqvist', 'Marta Lindqvist'],
    types: ['person', 'person', 'person', 'person'],
    more: (quotes) => expect(quotes[2]?.speaker.role).toBe('head of the civil protection agency'),
  },
  { fixture: 'cue-only-name-pronoun', rule: '"Lady Justice Okonta said …. She added:" is hers, not the next person named', speakers: ['Okonta', 'Okonta', 'Mick Dolan'] },
  {
    fixture: 'surname-particles',
    rule: '"Ó Dálaigh", "Nic Aodha", "van der Berg" are the surnames of the full names; "insisting" takes the sentence\'s subject',
    speakers: ['Fergal Ó Dálaigh', 'Fergal Ó Dálaigh', 'Caitríona Nic Aodha', 'Caitríona Nic Aodha', 'Margit van der Berg', 'Margit van der Berg', 'Dalton', 'Tomas Hale'],
  },
  {
    fixture: 'appositions-heads',
    rule: '"an engineer who used to work at a rival carrier" is a person; "Prof Hyun-woo Park, …, said" is a person, and "he" is his',
    speakers: ['Hyun-woo Park', 'Hyun-woo Park', 'Kevin Ardoin'],
    types: ['person', 'person', 'person'],
  },
  {
    fixture: 'features-and-forces',
    rule: '"Police said" is the force named; "Kerry-Ann said" is Kerry-Ann Doyle; "Name, MHRA Chief Executive, said" is the name; "X spoke about …" introduces the next paragraph',
    speakers: ['Harlow Police Department', 'Kerry-Ann Doyle', 'Marek Nowicki', 'Samuel Okafor'],
    more: (quotes) => expect(quotes[2]?.speaker.role).toMatch(/MHRA Chief Executive/),
  },
  {
    fixture: 'bodies-places-readers',
    rule: '"the company" is no committee; "Tulsa-based" is no part of a name; "Reader" is a role; "from Loretta Dunn of Okmulgee" is a person; reported words introduce a quotation',
    speakers: ['Norvale', 'Red River Regional 911 Authority', 'Linh Vo', 'Loretta Dunn', 'Fernanda Lima', 'Fernanda Lima'],
  },
  { fixture: 'statements-possessives', rule: '"the unions\' demands" is no cue; "the spokesman for …, Pieter de Wit, said" is Pieter de Wit', speakers: ['Ministry of Labour', 'Pieter de Wit'] },
  {
    fixture: 'owners-and-parties',
    rule: '"Labour’s Eoin Dunne" is Eoin Dunne of Labour; "the opposition Liberal Party" is the Liberal Party; a country that owns a body is no part of its name',
    speakers: ['Eoin Dunne', 'Brad Sollen', 'Liberal Party', 'Aviation Safety Investigation Office'],
    more: (quotes) => expect(quotes[0]?.speaker.affiliation).toBe('Labour'),
  },
  {
    fixture: 'lede-capitals-role',
    rule: '"JUSTICE MINISTER JANE Roe has confirmed" in a lede\'s capitals: the role is "Justice Minister", the given name the person\'s',
    speakers: ['Jane Roe', 'Jane Roe'],
    more: (quotes) => expect(quotes[0]?.speaker.role).toBe('Justice Minister'),
  },
  { fixture: 'statement-heading', rule: '"Statement by Marta Lind, …:" speaks the quotation that follows, over its paragraphs', speakers: ['Marta Lind', 'Marta Lind'] },
  { fixture: 'surnames-and-owners', rule: '"Tanaka Moura" is Helena Tanaka Moura; "Brazil’s National Mining Agency" is the National Mining Agency', speakers: ['National Mining Agency', 'Helena Tanaka Moura'] },
  {
    fixture: 'relatives-and-members',
    rule: '"his wife, Amara, said" is Amara of the family named before, and "she" is hers; ", R-Ohio," is a member\'s party and state; "Green Party TD Name" is a person',
    speakers: ['Amara Okoro', 'Walter Greaves', 'Lena Brandt', 'Niall Costigan'],
    types: ['person', 'person', 'person', 'person'],
  },
  {
    fixture: 'letters-and-pronouns',
    rule: '"She said" two sentences on is the one who spoke in the paragraph before, not a company she named; "read from Name\'s letter" is Name\'s; "Name TD," after a title is the name',
    speakers: ['Maura Quigley', 'Maura Quigley', 'Edith Marsh', 'Siobhan Cleary'],
  },
  {
    fixture: 'features-introduce',
    rule: 'a paragraph opening on a person named in full, without cue, introduces the quotation over the next paragraphs; "Name … remembers the night." too; "The Andean giants" introduces nobody',
    speakers: ['Ramón Quispe Huamán', 'Ramón Quispe Huamán', 'unknown', 'Lucía Ferrer Soto'],
  },
  { fixture: 'acronym-and-name', rule: '"SD Valdoria" is a body called "Valdoria" later, and "the club" is it', speakers: ['SD Valdoria'], types: ['organization'] },
  { fixture: 'names-after-the', rule: '"he said" passes by a name written after "the" ("to the Amber Cross") for the person named before', speakers: ['Ibrahim Sesay'] },
  { fixture: 'couples-by-title', rule: '"and her husband Gordon" is Gordon of her surname; "Mr Tallowby" is he, "Mrs Tallowby" she', speakers: ['Brenda Tallowby', 'Gordon Tallowby'] },
  { fixture: 'quotes-inside-the-subject', rule: '"Okafor, who wrote that “…,” said" is Okafor\'s; "branded it “…”" is a cue as "called it" is', speakers: ['Adaora Okafor', 'Adaora Okafor', 'Safe Calls Alliance'] },
  {
    fixture: 'outlets-by-kind',
    rule: '"the investigative outlet Name", "Regional broadcaster Name" are media; "dismissed … as “…”" is a cue; a body "on Castle Hill Road" is the body; "in a video posted on" is no second cue',
    speakers: ['Northlight Reports', 'Transport Ministry', 'KVX News', 'Ilse Marten'],
    types: ['media', 'organization', 'media', 'person'],
  },
  {
    fixture: 'relative-clauses',
    rule: '"Name, who has said “…”", "Name, an analyst at X, who said" and "Name, who on Sunday told …" are the name\'s; "repeated that" is a cue',
    speakers: ['Ana Beatriz Lobo', 'Piotr Wrona', 'Marta Reis', 'Joana Prates', 'Tomasz Pilch'],
  },
  { fixture: 'leaders-and-dashes', rule: '"– said the head of the Palazzo Chigi" is the person the sentence before opens with; "– attacked the deputy Name" is an inverted cue', speakers: ['Paolo Verri', 'Chiara Lodi'] },
  { fixture: 'roles-without-holder', rule: '"The president described …" when no one was named president is the one who spoke just before; "declared the mayor" is the one the sentence before opens with', speakers: ['Ramiro Estellés', 'Ramiro Estellés', 'Núria Balaguer Pons'] },
  { fixture: 'first-name-mentions', rule: '"Mary-Kate, who works …" is a mention of Mary-Kate Dolan, 39, so "She said" after it is hers', speakers: ['Ayodele Brooks-Martin', 'Mary-Kate Dolan'] },
  { fixture: 'legal-forms', rule: '"lawyers at Marsh Okoye LLP, who had argued" is the firm: a legal form (LLP, PLC, GmbH, SRL …) ends a company\'s name', speakers: ['Marsh Okoye LLP'], types: ['organization'] },
  { fixture: 'company-after-dates', rule: '"the company" is no alliance, campaign or charity; "Updated Oct." and "No. Brightline" are no names; "ET" is a time zone', speakers: ['Brightline Wireless'] },
  { fixture: 'owned-claims', rule: '"Name\'s line that “…”", "Name\'s claim at … that … “…”" are the name\'s; "Nobody accused" names nobody', speakers: ['Anika Sørensen', 'Anika Sørensen', 'Tomás Arriaga'] },
  { fixture: 'officials-of-a-body', rule: '"Department of Transport officials had warned" is the department the text named; officials of no named body stay unnamed', speakers: ['Department of Transport', 'unknown', 'unknown'] },
  { fixture: 'clubs-and-participles', rule: '"Valmora, fourth in the league …, said" is Valmora; "the club" is Valmora, not the league; "He …, saying" is the president', speakers: ['Valmora', 'Ignacio Ferrer Vidal'] },
  { fixture: 'owners-gender-bodies', rule: '"Mr Tanas’s lawyer, Tatiana Ursu" is no man; "the Health Ministry on Tuesday" is the Ministry of Health', speakers: ['Natalia Rusu', 'Tatiana Ursu', 'Ministry of Health'] },
  { fixture: 'long-names-and-streets', rule: '"Céu Pires" is Maria do Céu Pires; "Rua da Mouraria" is a street, not the one who speaks', speakers: ['Maria do Céu Pires', 'Maria do Céu Pires'] },
  { fixture: 'origins-and-hospitals', rule: '", from Leeds," is no speaker; "Espírito Santo" of the Hospital do Espírito Santo is no person for "he"', speakers: ['Linh Vo', 'Tiago Moura'] },
  {
    fixture: 'described-people',
    rule: '"the Brampton, Ont., woman" is the woman named before; "X declined … but said" is X; "the 52-year-old man" is nobody named',
    speakers: ['Harpreet Sandhu', 'Inês Carvalhal', 'unknown'],
  },
];

describe('attribution: classes of real pages', () => {
  for (const { fixture, rule, speakers, types, more } of classes) {
    it(rule, () => {
      const quotes = speakersOf(fixture).quotes;
      expect(quotes.map((quote) => quote.speaker.name)).toEqual(speakers);
      if (types) expect(quotes.map((quote) => quote.speaker.type)).toEqual(types);
      more?.(quotes);
    });
  }
});
