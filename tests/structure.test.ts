// The structure stage: title or derived title, headings inside the body, bylines, date lines and the
// dateline as metadata, a manifest value winning over what is read off the text; fixtures plus unit cases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../src/pipeline/junk/classify.ts';
import { bylineOf, dateLineOf, datelineOf, splitByline } from '../src/pipeline/meta-lines.ts';
import { expectedOf, fixtureCases, metaOf, runStages } from './helpers/source-stages.ts';
import { isEnglish } from '../src/pipeline/structure.ts';
import fc from 'fast-check';

describe('structure: fixture pages', () => {
  for (const { name, folder } of fixtureCases('structure')) {
    it(name, () => {
      const { tree, file, result } = runStages(readFileSync(join(folder, 'input.txt'), 'utf8'), metaOf(folder));
      expect(result).toEqual(expectedOf(folder, result));
      for (const node of tree.children) {
        const [text] = 'children' in node ? node.children : [];
        const value = text && 'value' in text ? text.value : '';
        expect(String(file.value).slice(node.position?.start.offset, node.position?.end.offset)).toBe(value);
        expect(text?.position?.start.offset).toBe(node.position?.start.offset);
      }
    });
  }
});

describe('structure: metadata lines', () => {
  it('reads bylines, not sentences that open with "By"', () => {
    expect(bylineOf('By Jane Roe and Sam Poe, Example Radio')).toBe('Jane Roe and Sam Poe, Example Radio');
    expect(bylineOf('Jane Roe in Lagos')).toBe('Jane Roe in Lagos');
    expect(bylineOf('Jane RoeBy Jane Roe')).toBe('Jane Roe');
    expect(bylineOf('• By Jane Roe, council reporter')).toBe(bylineOf('By Jane Roe, council reporter'));
    expect(bylineOf('• By Jane Roe, council reporter')).not.toBeNull();
    expect(bylineOf('- JANE ROE AND SAM POE')).toBe('JANE ROE AND SAM POE');
    expect(bylineOf('by: The Northwind Press')).toBe('The Northwind Press');
    expect(bylineOf('BY: Jane Roe')).toBe('Jane Roe');
    expect(bylineOf('| By Northwind |')).toBe('Northwind');
    expect(splitByline('by Regions | 07-11-2017 | 376 views')).toEqual({ byline: 'by Regions', rest: '| 07-11-2017 | 376 views' });
    expect(bylineOf('By Tuesday, officials had located eight of them.')).toBeNull();
    expect(bylineOf('By Tuesday, officials had located eight of them')).toBeNull();
    expect(bylineOf('by the numbers')).toBeNull();
    expect(bylineOf('BY JANE ROE')).toBe('JANE ROE');
    // The author's card: a name, then the newsroom role, no comma; not a headline in Title Case.
    expect(bylineOf('Iva Quillon Journalist')).toBe('Iva Quillon');
    expect(bylineOf('Iva Quillon Senior Reporter')).toBe('Iva Quillon');
    expect(bylineOf('Police Arrest Journalist')).toBeNull();
    // A newsroom that signs without a name.
    expect(bylineOf('Agency Reporter')).toBe('Agency Reporter');
    expect(bylineOf('From Our Correspondent')).toBe('From Our Correspondent');
    expect(bylineOf('Web Desk')).toBe('Web Desk');
    expect(bylineOf('Reporter')).toBeNull();
    expect(bylineOf('Reporters were told to wait outside.')).toBeNull();
  });

  it('reads publication and update lines, and bare dates, to the precision they state', () => {
    expect(dateLineOf('Published 3:14 PM EDT, Tue August 29, 2023')).toEqual({ kind: 'published', date: '2023-08-29' });
    expect(dateLineOf('Updated 5:02 PM EDT, Tue August 29, 2023')).toEqual({ kind: 'updated', date: '2023-08-29' });
    // (A chain of local stations stops every month's name: "May." too.)
    expect(dateLineOf('Published: May. 10, 2021 at 6:46 PM EDT|Updated: 9 hours ago')).toEqual({ kind: 'published', date: '2021-05-10' });
    expect(dateLineOf('Tue 29 Aug 2023 19.03 BST')).toEqual({ kind: 'published', date: '2023-08-29' });
    expect(dateLineOf('October 10, 2023 11:46 am | Updated 11:46 am IST - Kelby')).toEqual({ kind: 'published', date: '2023-10-10' });
    // A wire's date, time and the page's age, parted by spaced slashes; a sentence with slashes is no date line.
    expect(dateLineOf('March 4, 2026 / 9:12 AM / 3 years ago')).toEqual({ kind: 'published', date: '2026-03-04' });
    expect(dateLineOf('Prices rose 3% / year in 2024 / analysts')).toBeNull();
    expect(dateLineOf('August 2023')).toEqual({ kind: 'published', date: '2023-08' });
    // Pages from elsewhere date themselves in their own language.
    expect(dateLineOf('15 februari 2026 - 13:22')).toEqual({ kind: 'published', date: '2026-02-15' });
    expect(dateLineOf('3. März 2026')).toEqual({ kind: 'published', date: '2026-03-03' });
    expect(dateLineOf('12 de marzo de 2026')).toEqual({ kind: 'published', date: '2026-03-12' });
    // Numbers: a dotted date is day first; a slashed one that reads both ways carries its other reading.
    expect(dateLineOf('Jane Roe in London and Sam Poe in LeedsMarch 12 2025')).toEqual({ kind: 'published', date: '2025-03-12' });
    // A section's label and the day it is of.
    expect(dateLineOf('Sports News of Wednesday, 4 March 2025')).toEqual({ kind: 'published', date: '2025-03-04' });
    expect(dateLineOf('News of the world in 2025')).toBeNull();
    expect(dateLineOf('Published 04.11.2025')).toEqual({ kind: 'published', date: '2025-11-04' });
    expect(dateLineOf('Published 25/11/2025')).toEqual({ kind: 'published', date: '2025-11-25' });
    expect(dateLineOf('Published 04/11/2025')).toEqual({ kind: 'published', date: '2025-04-11', alternative: '2025-11-04' });
    expect(dateLineOf('Published Tuesday')).toBeNull();
    expect(dateLineOf('2 hours ago')).toBeNull();
    expect(dateLineOf('Updated yesterday')).toBeNull();
    expect(dateLineOf('Published Aug. 29, 2023Updated Aug. 30, 2023')).toEqual({ kind: 'published', date: '2023-08-29' });
    expect(dateLineOf('The hearing was held on August 29, 2023 in the capital.')).toBeNull();
    // A year glued to the next word is still the line's year (only lines without one skip chrono).
    expect(dateLineOf('Published 13 May 2025at 10:14')).toEqual({ kind: 'published', date: '2025-05-13' });
    expect(dateLineOf('Published Tuesday at 3pm')).toBeNull();
    // An outlet's or a writer's name and a dash before the date; a byline barred from a date that opens with its weekday.
    expect(dateLineOf('The Harbour Wire — Mar 3, 2025 6:42 AM')).toEqual({ kind: 'published', date: '2025-03-03' });
    expect(dateLineOf('Floods kill 12 — March 3, 2025')).toBeNull();
    expect(splitByline('By Jo Lind, Staff reporter | Monday, March 3, 2025, 6:42 a.m.')).toEqual({ byline: 'By Jo Lind, Staff reporter', rest: '| Monday, March 3, 2025, 6:42 a.m.' });
    expect(dateLineOf('| Monday, March 3, 2025, 6:42 a.m.')).toEqual({ kind: 'published', date: '2025-03-03' });
  });

  it('finds datelines in capitals, in ordinary case with the outlet, and the outlet alone', () => {
    expect(datelineOf('WASHINGTON (Reuters) — Officials said on Monday that the talks had ended.')?.text).toBe('WASHINGTON (Reuters)');
    expect(datelineOf('EL PASO, Texas (AP) -- Officials said on Monday that the talks had ended.')?.text).toBe('EL PASO, Texas (AP)');
    expect(datelineOf('LONDON, Aug 29 (Reuters) - Officials said on Monday that the talks had ended.')?.text).toBe('LONDON, Aug 29 (Reuters)');
    expect(datelineOf('Leeds, 14 May: Officials said on Monday that the talks had ended.')?.text).toBe('Leeds, 14 May');
    expect(datelineOf('Ms Roe, the mayor: we said the talks had ended.')).toBeNull();
    expect(datelineOf('Nairobi (Example News) – Officials said on Monday that the talks had ended.')?.text).toBe('Nairobi (Example News)');
    expect(datelineOf('(Example Wire) — Officials said on Monday that the talks had ended.')?.text).toBe('(Example Wire)');
    expect(datelineOf('Kyiv, Ukraine EXN — Officials said on Monday that the talks had ended.')?.text).toBe('Kyiv, Ukraine EXN');
    // A place in capitals with its full date before the credit.
    expect(datelineOf('WESTPORT, Ruritania, May 4, 2026 (EXN/Wire) – Officials said on Monday that the talks had ended.')?.text).toBe('WESTPORT, Ruritania, May 4, 2026 (EXN/Wire)');
    expect(datelineOf('WESTPORT, Ruritania, 4 May 2026 (EXN) – Officials said on Monday that the talks had ended.')?.text).toBe('WESTPORT, Ruritania, 4 May 2026 (EXN)');
    // A place in capitals and the credit, then a colon (or two, as some agencies' copy has it).
    expect(datelineOf('WESTPORT, Nov 28 (EXN)::Officials said on Monday that the talks had ended.')?.text).toBe('WESTPORT, Nov 28 (EXN)');
    expect(datelineOf('WESTPORT (EXN):: Officials said on Monday that the talks had ended.')?.text).toBe('WESTPORT (EXN)');
    // A release wire's datelines.
    expect(datelineOf('WESTPORT, Texas--(RELEASE WIRE)--Harbour Media Group today announced a new programme.')?.text).toBe('WESTPORT, Texas--(RELEASE WIRE)');
    expect(datelineOf('WESTPORT, Ohio, May 4, 2026 /Release Wire/ -- Harbour Media Group today announced a new programme.')?.text).toBe('WESTPORT, Ohio, May 4, 2026 /Release Wire/');
    // A transcript's speaker in capitals with a party or a role in brackets is no dateline.
    expect(datelineOf('ROE (Harbour Party): We said on Monday that the talks had ended.')).toBeNull();
    expect(datelineOf('Officials (all of them): said on Monday that the talks had ended.')).toBeNull();
  });

  it('reads a date before its author, after a byline\'s "on", and in the page\'s address', () => {
    expect(dateLineOf('May 4, 2026 by Jane Roe')).toEqual({ kind: 'published', date: '2026-05-04' });
    expect(dateLineOf('May 4, 2026 by Jane Roe, who also wrote about the harbour strike last year')).toBeNull();
    expect(splitByline('By Jane Roe on May 4, 2026 at 2:05 pm')).toEqual({ byline: 'By Jane Roe', rest: 'on May 4, 2026 at 2:05 pm' });
    expect(dateLineOf('on May 4, 2026 at 2:05 pm')).toEqual({ kind: 'published', date: '2026-05-04' });
    expect(dateLineOf('https://news.example.org/world/2026/05/04/ferry-strike-talks')).toEqual({ kind: 'published', date: '2026-05-04' });
    expect(dateLineOf('https://news.example.org/world/ferry-strike-talks-2026')).toBeNull();
  });

  it('reads "published" and "updated" lines in the languages whose dates it reads', () => {
    expect(dateLineOf('Publié le 4 mai 2026 à 14h05')).toEqual({ kind: 'published', date: '2026-05-04' });
    expect(dateLineOf('Mis à jour le 5 mai 2026 à 09h10')).toEqual({ kind: 'updated', date: '2026-05-05' });
    expect(dateLineOf('Veröffentlicht am 04.05.2026 um 14:05 Uhr')).toEqual({ kind: 'published', date: '2026-05-04' });
    expect(dateLineOf('Bijgewerkt op 5 mei 2026 om 09:10')).toEqual({ kind: 'updated', date: '2026-05-05' });
    expect(dateLineOf('Publicadores de la región 2026')).toBeNull();
  });

  it('reads the date under a byline whose name the template left empty', () => {
    expect(dateLineOf('Written by on May 30, 2024')).toEqual({ kind: 'published', date: '2024-05-30' });
    expect(dateLineOf('Written by Jane Roe')).toBeNull();
  });

  it('leaves sentences with an early dash alone', () => {
    expect(datelineOf('US officials – and their allies – said on Monday that the talks had ended.')).toBeNull();
    expect(datelineOf('The bureau — which declined to comment — opened an inquiry.')).toBeNull();
    expect(datelineOf('FBI – the bureau said on Monday that the talks had ended.')).toBeNull();
  });
});

describe('the publication date of a page', () => {
  const page = (date: string, month: string) =>
    `Ham recalled over listeria\nBy Jane Roe\nPublished ${date}\nThe chain recalled six batches of ham on Tuesday, ${month}, after tests at the plant.\nInspectors will return to the plant next week, the regulator said on Wednesday.\n`;

  it('reads a date in numbers the way the text confirms, day first or month first', () => {
    expect(runStages(page('04/11/2025', '4 November')).file.data.meta?.published).toBe('2025-11-04');
    expect(runStages(page('04/11/2025', 'April 11')).file.data.meta?.published).toBe('2025-04-11');
  });

  it('takes the headline out of a breadcrumb with bars that opens with "Home"', () => {
    const crumbs = 'Home / World News / Ham recalled over listeria in six counties\nBy Jane Roe\nThe chain recalled six batches of ham on Tuesday after tests at the plant.\nInspectors will return to the plant next week, the regulator said on Wednesday.\n';
    expect(runStages(crumbs).result.title).toBe('Ham recalled over listeria in six counties');
  });

  it('takes the bare headline under a title line that adds the site and its place after dashes', () => {
    const titled = 'Lawsuit filed against the county board over the park - Kelby 5 News - Kelby, Ohio\n\nLawsuit filed against the county board over the park\n\nTwo residents have filed a lawsuit against the county board over its vote on the park.\n\nThe lawsuit, filed Monday, says the board gave too little notice of the meeting, their lawyer said.\n';
    const { result, file } = runStages(titled);
    expect(result.title).toBe('Lawsuit filed against the county board over the park');
    expect(file.data.meta?.outlet).toBe('Kelby 5 News');
  });

  it('reads the dateline of the first paragraph after a kept standfirst, and a publication line between the last paragraphs', () => {
    const release = 'River samples show metals far above the legal limit\nInstitute calls for the mine to be shut\nBelo Horizonte, 15 January 2025 – Water samples collected on Tuesday in the river show manganese far above the legal limit.\nThe institute said the results would be sent to prosecutors on Thursday.\n';
    expect(runStages(release).file.data.meta?.published).toBe('2025-01-15');
    const foot = 'Ham recalled over listeria\nThe chain recalled six batches of ham on Tuesday after tests at the plant.\nInspectors will return to the plant next week, the regulator said on Wednesday.\nThe chain said refunds would be paid in full at every store.\nPublished 15 January 2025, 14:20 BRT\nThe day\'s most important retail news, in your inbox by 7am every weekday morning.\n';
    expect(runStages(foot).file.data.meta?.published).toBe('2025-01-15');
  });

  it('reads a publication line at the foot of the page, past its copyright line, and a date after a byline\'s bar', () => {
    const foot = 'Ham recalled over listeria\nThe chain recalled six batches of ham on Tuesday after tests at the plant.\nInspectors will return to the plant next week, the regulator said on Wednesday.\n© 2025 The Valley Courier. All rights reserved.\nPublished October 17, 2025\n';
    expect(runStages(foot).file.data.meta?.published).toBe('2025-10-17');
    const bar = 'Ham recalled over listeria\nBy Jane Roe, Senior Reporter, Europe | 5 June 2025 | 08:15 BST\nThe chain recalled six batches of ham on Tuesday after tests at the plant.\nInspectors will return to the plant next week, the regulator said on Wednesday.\n';
    expect(runStages(bar).file.data.meta).toMatchObject({ published: '2025-06-05', byline: 'Jane Roe, Senior Reporter, Europe' });
  });

  it('dates a page without a date of its own by the original its republication note names, in its language or not', () => {
    const body = 'Ferry fares frozen for the summer\nThe operator froze fares on Tuesday after a month of talks with the island councils.\nIt said the freeze would hold until September, the operator said on Wednesday.\n';
    const polish = runStages(`${body}This article originally appeared in Polish in Gazeta Roe on 21 November 2025 and is republished with permission.\n`).file.data.meta;
    expect(polish).toMatchObject({ published: '2025-11-21', republishedFrom: { outlet: 'Gazeta Roe', published: '2025-11-21' } });
    const dated = runStages(`Ferry fares frozen for the summer\nPublished 3 December 2025\n${body.split('\n').slice(1).join('\n')}This story was originally published by The Valley Post on November 21, 2025.\n`).file.data.meta;
    expect(dated).toMatchObject({ published: '2025-12-03', republishedFrom: { outlet: 'The Valley Post', published: '2025-11-21' } });
    expect(runStages(`${body}This story was originally published by The Valley Post.\n`).file.data.meta?.published).toBeNull();
  });

  it('takes the date under the headline over a masthead\'s date of the day above it, but a labelled date above the headline stays', () => {
    const body = 'The operator froze fares on Tuesday after a month of talks with the island councils.\nIt said the freeze would hold until September, the operator said on Wednesday.\n';
    expect(runStages(`Sunday July 21, 2024\nFerry fares frozen for the summer\nBy Jane Roe\nJune 25, 2024\n${body}`).file.data.meta?.published).toBe('2024-06-25');
    expect(runStages(`Sunday July 21, 2024\nFerry fares frozen for the summer\nBy Jane Roe\n${body}`).file.data.meta?.published).toBe('2024-07-21');
    expect(runStages(`Posted on: February 11, 2026\nFerry fares frozen for the summer\nBy Jane Roe\n${body}Related: fares were last frozen on\nJanuary 20, 2026\n`).file.data.meta?.published).toBe('2026-02-11');
    // (A bare date without its weekday over the headline is the day's too, when the byline dates the story.)
    expect(runStages(`November 4th, 2024\nFerry fares frozen for the summer\nBy The Kelby Press on May 16, 2024.\n${body}`).file.data.meta?.published).toBe('2024-05-16');
    expect(runStages(`November 4th, 2024\nFerry fares frozen for the summer\nBy Jane Roe\n${body}`).file.data.meta?.published).toBe('2024-11-04');
  });

  it('dates a wire\'s story by its note "This report by … was first published …" at the foot', () => {
    const body = 'Ferry fares frozen for the summer\nThe operator froze fares on Tuesday after a month of talks with the island councils.\nIt said the freeze would hold until September, the operator said on Wednesday.\nThe councils welcomed the decision in a joint statement on Thursday.\n';
    expect(runStages(`${body}This report by Example Press was first published Feb. 16, 2024.\n`).file.data.meta?.published).toBe('2024-02-16');
  });

  it('reads English off a page only when the manifest names no language, and a republication note only by its words', () => {
    const english = 'Ferry fares frozen for the summer\nThe operator froze fares on Tuesday after a month of talks with the island councils and the unions that represent the crews on the routes.\nIt said the freeze would hold until September, and that the councils had agreed to review it in the autumn, the operator said on Wednesday.\n';
    expect(runStages(english).file.data.meta).toMatchObject({ language: 'en', inferred: expect.arrayContaining(['language']) });
    const given = runStages(english, { language: 'en-GB' }).file.data.meta;
    expect(given?.language).toBe('en-GB');
    expect(given?.inferred).not.toContain('language');
    // A note that says neither "published" nor "appeared" names no original.
    expect(runStages(`${english}This story was originally carried by The Valley Post.\n`).file.data.meta?.republishedFrom ?? null).toBeNull();
    expect(runStages(`${english}This story first appeared in The Valley Post.\n`).file.data.meta?.republishedFrom).toMatchObject({ outlet: 'The Valley Post' });
  });

  it('gives a dateline without a year the year of the page\'s stamps, not of a related link\'s "2026 budget"', () => {
    const page = 'Ferry fares frozen for the summer\nOSLO, Nov 18 (Northwind) — The operator froze fares on Tuesday after talks that began in March 2025.\nIt said the freeze would hold until September, the operator said on Wednesday.\nMore from Northwind\nParliament approves 2026 budget framework\n';
    expect(runStages(page).file.data.meta?.published).toBe('2025-11-18');
  });

  it('keeps a list\'s items and an interview\'s short questions as paragraphs, not headings', () => {
    const list = 'Ham recalled over listeria\nThe chain recalled six batches of ham on Tuesday after tests at the plant.\nThe packs may show your:\nbatch code and weight\nBest Before date\nstore number.\nInspectors will return to the plant next week, the regulator said on Wednesday.\n';
    const { result } = runStages(list);
    expect(result.headings).toEqual([]);
    const call = 'Ham recalled over listeria\nThe chain recalled six batches of ham on Tuesday after tests at the plant.\nJo Roe (Harbour Bank): Will the chain pay the refunds from its own reserves this year?\nSam Poe: Yes, every refund comes out of this year\'s budget.\nRoe: And the dividend?\nPoe: It will be paid as planned in the spring.\n';
    expect(runStages(call).result.headings).toEqual([]);
    // Short items under a paragraph that announces them, or with a figure after one separator, between paragraphs.
    const fines = 'Ferry firms fined\nThe regulator fined three ferry firms on Tuesday for fixing fares on island routes.\nThe penalties are as follows:\nNorthway Lines\nIsland Hop\nThe firms have 30 days to appeal, the regulator said on Wednesday.\n';
    expect(runStages(fines).result.headings).toEqual([]);
    const figures = 'Ferry firms fined\nThe regulator fined three ferry firms on Tuesday for fixing fares on island routes.\nNorthway Lines Ltd – $21,500,000\nIsland Hop Co – $12,000,000\nThe firms have 30 days to appeal, the regulator said on Wednesday.\n';
    expect(runStages(figures).result.headings).toEqual([]);
    // A lone heading between paragraphs stays one.
    const heading = 'Ferry firms fined\nThe regulator fined three ferry firms on Tuesday for fixing fares on island routes.\nWhat happens next\nThe firms have 30 days to appeal, the regulator said on Wednesday.\n';
    expect(runStages(heading).result.headings).toEqual(['What happens next']);
  });

  it('keeps a run of long items under the article\'s own label, but takes a lone long line for a caption', () => {
    const lines = ['Ham recalled over listeria', 'The chain recalled six batches of ham on Tuesday after tests at the plant.', 'Products affected', 'Valley Deli Honey Roast Ham, 150g — batch codes AB2941, AB2947 — use-by dates 8 to 14 November', 'Valley Deli Wafer Thin Ham, 100g — batch codes AB2944, AB2950 — use-by dates 10 to 19 November', 'Inspectors will return to the plant next week, the regulator said on Wednesday.', 'Shoppers queue at a Valley Deli counter in the town centre on a busy Tuesday afternoon', 'The chain said refunds would be paid in full at every store.'];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, null, null, null, null, null, 'photo caption', null]);
  });

  it('reads a date glued by stops, a name with a newsroom role as a byline, and names alone under the headline as its authors', () => {
    expect(dateLineOf('Mar.04.2026 at 7:45PM')).toEqual({ kind: 'published', date: '2026-03-04' });
    expect(bylineOf('Jo Roe, Latin America Editor')).toBe('Jo Roe');
    expect(bylineOf('Jo Roe, Valley Sport football writer')).toBe('Jo Roe');
    expect(bylineOf('Jo Roe, Chief Executive')).toBeNull();
    const page = ['Mine chief says alarms sounded as prosecutors move to freeze assets', 'Death toll rises to six as a second dam is put on maximum alert and hundreds more residents leave their homes in the valley', 'Ana Ruiz and Sam Poe', 'Mar.04.2026 at 7:45PM', 'The number of deaths from the collapse of the mine’s dam rose to six on Tuesday, firefighters said.', 'The company said the alarms had sounded and that prosecutors had asked a court to freeze its assets.'];
    const verdicts = classifyLines(page);
    expect(verdicts.findIndex((verdict) => verdict.headline)).toBe(0);
    expect(verdicts.map((verdict) => verdict.reason).slice(1, 4)).toEqual(['standfirst or caption', 'standfirst or caption', null]);
    const undated = [page[0]!, 'Ana Ruiz and Sam Poe', page[4]!, page[5]!];
    expect(classifyLines(undated).map((verdict) => verdict.reason)).toEqual([null, 'byline', null, null]);
  });

  it('reads a release\'s place-and-date line, a date in numbers beside a European time zone day first, and a date line under a long caption', () => {
    expect(dateLineOf('North Sea / Bergen, 26 September 2025')).toEqual({ kind: 'published', date: '2025-09-26' });
    expect(dateLineOf('Updated 05/03/2025 - 19:42 CET')).toEqual({ kind: 'updated', date: '2025-03-05' });
    const page = ['Ferries halted by strike', 'Image', 'Passengers wait at the ferry terminal in Bergen after crews walked out over pay and rosters on Friday morning, leaving hundreds of travellers stranded', 'By Jo Lind and Sam Poe', 'Updated 5:47 PM GMT+2, September 26, 2025', 'Ferries stayed in port on Friday as crews walked out over pay.', 'Talks resume on Monday, the union said.'];
    expect(runStages(page.join('\n')).file.data.meta?.published).toBe('2025-09-26');
  });

  it('takes a date line of the header that was removed with a list of links, and the date of a republication note', () => {
    // A newsletter's header: the date under the author, after a share menu that ends in "More" (the menu ends at the
    // headline; were the date taken for the menu's, the removed line would still date the text).
    const letter = ['Harbour Letters', 'Subscribe', 'Sign in', '', 'Share this post', 'Harbour Letters', 'Copy link', 'Facebook', 'Email', 'Notes', 'More', 'The ferry timetable: what the delays tell us', 'Two cancelled crossings, one angry council and a new operator. Some notes on a rough week at the port.', 'Maren Solberg', 'Mar 4, 2025', '17', '5', 'Share', '', 'Hello everyone. This is a shorter letter than usual, because the week has been busy and I want to get my notes out while they are fresh.', '', 'On Monday the operator cancelled both morning crossings, citing a fault in the ramp. By the evening, the council had called an emergency meeting.', '', 'The operator said the ramp would be repaired within a fortnight, and that passengers would be refunded in full.'];
    const { result } = runStages(letter.join('\n'));
    expect(result.meta.published).toBe('2025-03-04');
    // A related story's date after the article is no date of it.
    const related = ['Port strike reveals the limits of the new labour law', 'Dockworkers walked out on Monday after talks over night-shift pay collapsed, closing the container terminal for the first time in a decade.', 'The union said it would not return until the ministry agreed to reopen the negotiations, which broke down last month.', 'Related', 'Ferry crews threaten a walkout over rosters', 'Mar 4, 2025'];
    expect(runStages(related.join('\n')).result.meta.published).toBeNull();
    const translated = ['Port strike reveals the limits of the new labour law', 'Dockworkers walked out on Monday after talks over night-shift pay collapsed, closing the container terminal for the first time in a decade.', 'The union said it would not return until the ministry agreed to reopen the negotiations, which broke down last month.', 'This article originally appeared in Portuguese in Jornal do Porto on 12 March 2025 and is republished with permission.'];
    expect(runStages(translated.join('\n')).result.meta.republishedFrom).toEqual({ outlet: 'Jornal do Porto', url: null, published: '2025-03-12' });
  });
});

describe('structure: isEnglish', () => {
  // The definition as first written: the reference the character-by-character count is held to.
  const common = new Set(['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'it', 'as', 'by', 'at', 'from', 'has', 'have', 'are', 'be', 'not', 'who', 'this']);
  const plain = (text: string) => {
    const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    return tokens.length >= 20 && tokens.filter((token) => common.has(token)).length / tokens.length > 0.15;
  };

  it('equals the plain definition on texts of words, marks and letters of other scripts', () => {
    const piece = fc.constantFrom('the', 'The', 'OF', 'said', 'with', 'wither', 'İs', 'ﬁrst', 'ß', 'straße', 'по', '𝐚𝐛', 'é', 'a', ' ', ' ', ', ', '-', '’', '1', '\u0301', '\n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
      const text = pieces.join('');
      expect(isEnglish(text), text).toBe(plain(text));
    }), { numRuns: 4000 });
    expect(isEnglish('The crew said that the ferry was at the pier on the morning of the storm, and it is not known who has the log. '.repeat(2))).toBe(true);
    expect(isEnglish('Die Fähre lag am Morgen des Sturms am Pier, und niemand weiß, wer das Logbuch hat, sagte die Crew heute früh.')).toBe(false);
  });
});
