// The source registry read straight: who and what a paragraph names, before any quotation is attributed.
import { describe, expect, it } from 'vitest';
import { createRegistry, readFrame, readShortMentions, roleIn, tokensOf } from '../src/pipeline/quotes/registry.ts';

function read(paragraphs: string[]) {
  const registry = createRegistry(null);
  let base = 0;
  const frames = paragraphs.map((text) => {
    const frame = { tokens: readFrame(registry, text, base), base };
    base += text.length + 2;
    return frame;
  });
  readShortMentions(registry, frames);
  return registry;
}

describe('source registry', () => {
  it('reads a lede whose first small word is set in capitals ("THE headmaster …") as no body\'s letters', () => {
    const registry = read(['THE headmaster of a grammar school told pupils the inspectors were biased.', 'NASA said the launch would go ahead.']);
    expect(registry.entities.map((entity) => entity.name)).toEqual(['NASA']);
  });

  it('reads a plural noun of the dictionary set in capitals as no body\'s letters, and an acronym as one', () => {
    const registry = read(['The stolen data included numerical PINS that are four digits long, the KTC said.']);
    expect(registry.entities.map((entity) => entity.name)).toEqual(['KTC']);
  });

  it('reads two letters with their stops before a surname as a person\'s initials, and letters without stops as a body\'s', () => {
    const registry = read(['“It was scary,” B.J. Poe told reporters.', 'NHS Quarnby said the ward would reopen.']);
    expect(registry.entities.map((entity) => [entity.name, entity.type])).toEqual([['B.J. Poe', 'person'], ['NHS Quarnby', 'organization']]);
  });

  it('reads a bill by its last word as no person, and a person named Bill as one', () => {
    const registry = read(['Former Agriculture Secretary Peter Quill has criticised the Finance Bill 2024.', 'He said the Online Safety Bill would hurt farmers, and Bill Roe agreed.']);
    expect(registry.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name)).toEqual(['Peter Quill', 'Bill Roe']);
  });

  it('reads a participle opening the sentence before a name in the possessive as no first name', () => {
    const registry = read(["Addressing Poe's recent remarks about the port, the Press Secretary Ana Roe said the figures were misread."]);
    expect(registry.entities.map((entity) => entity.name)).not.toContain('Addressing Poe');
  });

  it('reads capitalised words before "politician" and a name as the party, no person', () => {
    const registry = read(['Lawmaker Jan Poe was jailed for a protest he and Citizen Voice politician Ana Roe led against her.']);
    expect(registry.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name)).toEqual(['Jan Poe', 'Ana Roe']);
  });

  it('reads a given name and a surname after "of" as a person, not a place; a town so named stays a place', () => {
    const registry = read(['It follows a leaked recording of Thomas Brel, of Kelby Grammar School, making comments at an assembly.', 'The mayor of Elizabeth City said the road would reopen.']);
    expect(registry.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name)).toEqual(['Thomas Brel']);
    expect(registry.places.has('thomas brel')).toBe(false);
  });

  it('reads a wire dateline with its country in square brackets as places, never a body or a person', () => {
    const registry = read(['Lahore [Pakistan], November 24 (ANI): Residents of Lahore’s eastern district staged a demonstration on Sunday.', 'The utility explained that Lahore had faced a shortfall.']);
    expect(registry.entities.map((entity) => entity.name)).not.toContain('Lahore Pakistan');
    expect(registry.places.has('lahore')).toBe(true);
  });

  it('gives letters for the last words of a longer name to the whole name, not to its tail', () => {
    const registry = read(['The Kelby Airways Flight Attendants Union (FAU) earlier filed an application to hold a rally.', 'Yesterday Cabin Crew Union (CCU) members joined them.']);
    expect(registry.entities.map((entity) => entity.name)).toEqual(['Kelby Airways Flight Attendants Union', 'Cabin Crew Union']);
  });

  it('reads a paper owned by its country as the paper alone, no person', () => {
    const registry = read(['Jane Roe, head of the federation, says the work goes on.', '"We monitor it closely," Britain\'s Daily Courier quoted her as telling Kelby Radio.']);
    expect(registry.entities.filter((entity) => entity.type === 'media').map((entity) => entity.name)).toContain('Daily Courier');
    expect(registry.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name)).toEqual(['Jane Roe']);
  });

  it('never opens a name with the day that dates its sentence', () => {
    const registry = read(['Chief executive Mark Okafor said the talks went on all week.', 'On Saturday Okafor said the match would go ahead.']);
    expect(registry.entities.map((entity) => entity.name)).toEqual(['Mark Okafor']);
  });

  it('reads a ship named by its prefix as no body and no person', () => {
    const registry = read(['The Kelby Coast Guard said BRP Marisol began the search, and HMS Ardent joined it later.']);
    expect(registry.entities.map((entity) => entity.name)).toEqual(['Kelby Coast Guard']);
  });

  it('reads a name after one in the possessive as a name of its own', () => {
    const registry = read(['Fans cheered as Kelby Town’s Jack Quill scored the winner.']);
    expect(registry.entities.map((entity) => entity.name)).toContain('Jack Quill');
  });

  it('keeps a quoted nickname in the name, and the name without it as an alias', () => {
    const registry = read(['Senate President Juan Miguel “Migz” Quill on Monday urged colleagues to spare the inquiries.']);
    const person = registry.entities.find((entity) => entity.type === 'person');
    expect(person?.name).toBe('Juan Miguel “Migz” Quill');
    expect([...(person?.aliases ?? [])]).toContain('Juan Miguel Quill');
  });

  it('reads a town before an American state\'s or a Canadian province\'s abbreviation as a place, never a person', () => {
    const registry = read(['Should that fail, East Marton, N.Y.-based Kelby Tyres will cut jobs, and Marton Springs, Ont., officials agreed.']);
    const names = registry.entities.map((entity) => entity.name);
    expect(names).not.toContain('East Marton');
    expect(names).not.toContain('Marton Springs');
    expect(names).not.toContain('N.Y.');
    expect(registry.places.has('east marton')).toBe(true);
    expect(registry.places.has('marton springs')).toBe(true);
  });

  it('gives a body\'s letters set between commas after its name to the name, when they spell it in order', () => {
    const registry = read(['The Kelby Union of Petroleum and Natural Gas Workers, KUPENG, has said it will strike on Monday.', 'KUPENG had asked members to down tools.']);
    const union = registry.entities.find((entity) => entity.aliases.has('KUPENG'));
    expect(union?.name).toBe('Kelby Union of Petroleum and Natural Gas Workers');
    expect(registry.entities.filter((entity) => entity.type === 'organization').map((entity) => entity.name)).toEqual(['Kelby Union of Petroleum and Natural Gas Workers']);
  });

  it('reads "<First> <Last> of <Body>" as the person and the body, not one body', () => {
    const registry = read(['“I have never seen such a crash,” Jim Quill of Kelby Highway Patrol said.']);
    expect(registry.entities.map((entity) => [entity.type, entity.name])).toEqual([['organization', 'Kelby Highway Patrol'], ['person', 'Jim Quill']]);
  });

  it('ends a name before a ward\'s or a road\'s word that a number follows', () => {
    const registry = read(['Residents met Lizzy Roe Ward 22 councillor on Thursday.']);
    expect(registry.entities.map((entity) => entity.name)).toEqual(['Lizzy Roe']);
  });

  it('opens no name with a country\'s adjective', () => {
    const registry = read(['Australian Defense on Sunday named the missing soldiers, and Kenyan Eliud Quill laid a wreath.']);
    expect(registry.entities.map((entity) => entity.name)).toEqual(['Eliud Quill']);
  });

  it('reads a title that is also a surname as the last word of a name of two words or more', () => {
    const registry = read(['Speaking to reporters, Abid Jalal Sheikh, chief operating officer at the rescue service, said the fire was out.']);
    expect(registry.entities.map((entity) => entity.name)).toContain('Abid Jalal Sheikh');
  });

  it('reads a plural in the possessive without its mark, and a quotation closed after a plural as no possessive', () => {
    const owned = tokensOf('updates on the U.S. Kelby Islands’ hurricane plans').find((token) => token.lower.startsWith('islands'));
    expect(owned).toMatchObject({ text: 'Islands', possessive: true });
    const closed = tokensOf('‘We love the Kelby Islands’, she said.').find((token) => token.lower.startsWith('islands'));
    expect(closed?.possessive).toBe(false);
  });

  it('reads a name that ends in a plural of the land ("Kelby Islands", "Harrow Falls") as a place, not a person', () => {
    const registry = read(['The Kelby Islands were spared the worst of the storm, officials said.', 'Harrow Falls lost power for a day.']);
    expect(registry.entities.map((entity) => entity.name)).toEqual([]);
  });

  it('ends the role an apposition gives where a clause about the person, or how long they have been it, begins', () => {
    expect(roleIn('a Bank of Kelby customer for more than 30 years who was surprised to learn her branch was closing')).toBe('Bank of Kelby customer');
    expect(roleIn('an engineer who used to work at a rival carrier')).toBe('engineer');
    expect(roleIn('the head of the civil protection agency')).toBe('head of the civil protection agency');
  });

  it('reads a saint\'s epithet after "the" as part of a school\'s or a church\'s name', () => {
    const registry = read(['St. John the Apostle Catholic School closed on Friday after a threat.', 'St Mary the Virgin Primary School sent its pupils home.']);
    expect(registry.entities.map((entity) => entity.name)).toEqual(['St. John the Apostle Catholic School', 'St Mary the Virgin Primary School']);
  });
});
