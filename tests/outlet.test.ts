// The outlet of a pasted page, read from the evidence the page leaves about itself.
import { describe, expect, it } from 'vitest';
import { inferOutlet } from '../src/pipeline/outlet.ts';

const page = (lines: string[], extra: Partial<Parameters<typeof inferOutlet>[0]> = {}) =>
  inferOutlet({ lines, brand: null, dateline: null, byline: null, bodyStart: lines.findIndex((line) => line.endsWith('.')), ...extra });

describe('inferOutlet', () => {
  it('reads a newsroom telling what it did itself, and an outlet run on after the author in the byline', () => {
    expect(page(['Senators test positive', 'Two senators have tested positive, the Senate said on Monday.', 'Though he gave no names, Kelby Daily News learnt that they were in isolation.'])).toBe('Kelby Daily News');
    expect(page(['Crash closes highway', 'By Tomas Okafor Kelby Global News', 'Police closed the highway on Tuesday after a crash.'], { byline: 'Tomas Okafor Kelby Global News' })).toBe('Kelby Global News');
    expect(page(['Crash closes highway', 'By Kelby Valley Morning News', 'Police closed the highway on Tuesday after a crash.'], { byline: 'Kelby Valley Morning News' })).toBe('Kelby Valley Morning News');
  });

  it('reads an author\'s name and a date as no outlet, however often the page shows them', () => {
    expect(page(['Manager releases statement after sacking', 'Tom Harrow', '23rd, April 2014', 'By Tom Harrow', 'Jane Roe has issued a statement following her sacking as Kelby Rovers manager.', 'Tom Harrow'], { byline: 'Tom Harrow', bodyStart: 4 })).toBeNull();
  });

  it('reads a notifications widget\'s words at the top as no outlet', () => {
    expect(page(['For Quick Alerts', 'ALLOW NOTIFICATIONS', 'For Daily Alerts', 'Railways announce payment for victims', 'The minister announced a payment to the families of those killed in the crash.', 'For Daily Alerts', 'Get Instant News Updates'])).toBeNull();
  });

  it('reads an author line with her trade, and a body quoted asking customers to follow it, as no outlet', () => {
    expect(page(['Sailings cancelled', 'Sailings were cancelled on Monday, Kelby Ferries said in a statement.', '“We recommend our customers also follow @Kelby Ferries on Twitter, or visit www.kelbyferries.com for updates.'])).toBeNull();
    expect(page(['Sailings cancelled', 'Jane Roe | Journalist', 'Sailings were cancelled on Monday, Kelby Ferries said in a statement.', '“We appreciate your patience.', 'Jane Roe | Journalist'], { bodyStart: 2 })).toBeNull();
  });

  it('reads a body told to do something as no outlet the page was told by', () => {
    expect(page(['Regulator denies pressure on Quilljet', 'The regulator denied it told Quilljet to cancel its extra flights.', 'Quilljet said it stood by its chief executive.', 'Quilljet shares fell on Tuesday.'])).toBeNull();
  });

  it('takes the name the page signs with, not a section label at the top', () => {
    expect(page(['Skip to content', 'LOCAL NEWS', 'The Kestrel Valley Herald', 'Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.', 'More from The Kestrel Valley Herald', '© 2025 Kestrel Valley Herald Media Ltd. All rights reserved.'])).toBe('The Kestrel Valley Herald');
  });

  it('reads a wire dateline and a byline, and merges a short name into the fuller one', () => {
    expect(page(['Ferries halted by strike', 'By Jo Lind / Northwind News Agency', 'OSLO, May 3 (Northwind) - Ferries stayed in port on Tuesday as crews walked out.'], { dateline: 'OSLO, May 3 (Northwind)', byline: 'Jo Lind / Northwind News Agency' })).toBe('Northwind News Agency');
  });

  it('reads a staff photographer\'s credit, a name signed before "©" and a logo acronym at the top', () => {
    expect(page(['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.', 'Water over the deck on Sunday. Photograph: Ana Ruiz/The Fenwick Examiner', 'A resident told the Examiner the river rose fast.', 'Sandbags at the crossing. Photograph: Ana Ruiz/The Fenwick Examiner'])).toBe('The Fenwick Examiner');
    expect(page(['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.', 'Fenwick Daily © 2026 | Privacy | Contact'])).toBe('Fenwick Daily');
    expect(page(['KTVR', 'Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.', 'A resident told KTVR News the river rose fast.'])).toBe('KTVR News');
  });

  it('takes a wire credit in the dateline as the outlet when nothing else is named, and its acronym as the byline\'s agency', () => {
    const lede = 'LISBON, May 3 (Northwind) - Ferries stayed in port on Tuesday as crews walked out.';
    expect(page(['Ferries halted by strike', lede, 'Talks resume on Thursday.'], { dateline: 'LISBON, May 3 (Northwind)' })).toBe('Northwind');
    const wire = 'DENVER (NWA) — Ferries stayed in port on Tuesday as crews walked out.';
    expect(page(['Ferries halted by strike', 'By Jo Lind, Northwind Wire Agency', wire], { dateline: 'DENVER (NWA)', byline: 'Jo Lind, Northwind Wire Agency' })).toBe('Northwind Wire Agency');
    // A credit beside another name the page signs with is not enough on its own.
    expect(page(['Ferries halted by strike', lede, 'Talks resume on Thursday.', '© 2026 The Harbour Gazette'], { dateline: 'LISBON, May 3 (Northwind)' })).toBe('The Harbour Gazette');
  });

  it('reads a logo\'s link text and a reporter\'s "Outlet, Place" line without their extra words', () => {
    expect(page(['Skip to main content', 'Fenwick Homepage', 'Bridge closed after flood damage', 'Jo Lind', 'Fenwick News, Westshire', 'The county closed the old bridge on Monday after engineers found cracks.', 'Copyright 2026 Fenwick. All rights reserved.'])).toBe('Fenwick News');
  });

  it('passes over a place\'s section ("India News", the dateline\'s city and "News") for the name the page signs with', () => {
    const lede = 'LISBON, May 3 (Northwind) - Ferries stayed in port on Tuesday as crews walked out.';
    expect(page(['Menu', 'India News', 'Ferries halted by strike', lede, 'Talks resume on Thursday.'], { dateline: 'LISBON, May 3 (Northwind)' })).toBe('Northwind');
    expect(page(['Menu', 'Lisbon News', 'Ferries halted by strike', lede, 'Talks resume on Thursday.'], { dateline: 'LISBON, May 3 (Northwind)' })).toBe('Northwind');
  });

  it('takes the name out of "X is published by Y" and a cookie banner\'s "Cookies on X"', () => {
    expect(page(['Cookies on FENWICK.GOV', 'Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.', 'FENWICK.GOV'])?.toLowerCase()).toBe('fenwick.gov');
    expect(page(['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.', 'PharmaWire is published by Roe Business Media Ltd.', '© 2026 PharmaWire'])).toBe('PharmaWire');
  });

  it('reads a copyright holder without its affiliates, its legal form or the word again, and keeps "Public Media"', () => {
    const body = ['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.'];
    expect(page([...body, '© 2026 Harbour News & Media Limited or its affiliated companies. All rights reserved.', 'Harbour News'])).toBe('Harbour News');
    expect(page([...body, '© Copyright Il Porto'])).toBe('Il Porto');
    expect(page([...body, '© 2026 Fenwick River Public Media'])).toBe('Fenwick River Public Media');
  });

  it('takes a byline that names the wire or outlet itself ("by: The Northwind Press"), but not a person\'s name', () => {
    const lede = 'OSLO (NWP) — Ferries stayed in port on Tuesday as crews walked out.';
    expect(page(['Live Now', 'Ferries halted by strike', 'by: The Northwind Press', lede, 'Talks resume on Thursday.'], { dateline: 'OSLO (NWP)', byline: 'The Northwind Press' })).toBe('The Northwind Press');
    expect(page(['Live Now', 'Ferries halted by strike', 'By Jo Lind', 'Ferries stayed in port on Tuesday as crews walked out.', 'Talks resume on Thursday.'], { byline: 'Jo Lind' })).toBeNull();
  });

  it('reads the outlet from its own promotions, an author box that describes it and a name glued to the date', () => {
    const body = ['The county closed the old bridge on Monday after engineers found cracks.', 'Repairs could take three months, the council said.'];
    expect(page(['Most Read Paper in Westshire', 'Bridge closed after flood damage', ...body, '• Stay informed! Follow The Harbour Crier Newspaper on WhatsApp for breaking stories.', 'Join The Harbour Crier Channel', 'Get the Harbour Crier App'])).toBe('The Harbour Crier');
    expect(page(['Bridge closed after flood damage', ...body, 'About the author', 'NWA', 'NWA, also known as Northwind Wire Agency is a private news agency. NWA covers politics and business.'])).toBe('NWA');
    expect(page(['logo', 'Bridge closed after flood damage', 'Harbourline04-05-2026', ...body])).toBe('Harbourline');
    // A person who follows someone on a messaging app is no promotion.
    expect(page(['Bridge closed after flood damage', ...body, 'Residents who follow Jo Lind on WhatsApp said they were warned.'])).toBeNull();
  });

  it('passes over a prize\'s banner with its year at the top of the page', () => {
    expect(page(['Skip to main content', 'Best Website or Mobile Service', 'Harbour Media Awards Worldwide 2024', 'Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.', 'Repairs could take three months, the council said.'])).toBeNull();
  });

  it('says nothing rather than guess from a page without evidence', () => {
    expect(page(['Ferries halted by strike', 'Ferries stayed in port on Tuesday as crews walked out.', 'Talks resume on Thursday.'])).toBeNull();
  });

  it('reads the page\'s own addresses, a tagline, "From:" over a release, a name before its owner and "©", and an acronym before its name', () => {
    const body = ['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.'];
    expect(page([...body, 'Water over the deck on Sunday. Picture: Ana Ruiz / Valley Herald', 'Were you affected? Contact our newsdesk at news@valleyherald.co.uk'])).toBe('Valley Herald');
    expect(page([...body, 'Subscribe to the Valley Gazette for 99 cents a month.', 'Reach reporter Jo Lind at jlind@valleygazette.com.'])).toBe('Valley Gazette');
    // A bare address, with no "@" or "www." (lines are read for an address only when they can hold one).
    expect(page([...body, 'Subscribe to the Valley Gazette for 99 cents a month.', 'More stories every morning at valleygazette.com'])).toBe('Valley Gazette');
    expect(page([...body, 'Valley Courier – your English-language news from the valley since 2009'])).toBe('Valley Courier');
    // "your … account": the name a reader's account is held with, repeated on the page.
    const mentions = ['Read more from the Fenwick Examiner on the bridge.', 'The Fenwick Examiner asked the county for its report.'];
    expect(page([...body, 'Manage your Fenwick Examiner account', ...mentions])).toBe('Fenwick Examiner');
    expect(page([...body, ...mentions])).toBeNull();
    expect(page(['Press release', 'Bridge closed after flood damage', 'From: Department of Transport', 'The county closed the old bridge on Monday after engineers found cracks.', 'Government of Fenwick'])).toBe('Department of Transport');
    expect(page([...body, 'The Daily Roe, Roe Newspapers Group Ltd. © 2026'])).toBe('The Daily Roe');
    expect(page(['VWR Valley Works Record', ...body, 'VWR Valley Works Record is a trade journal for civil engineers.'])).toBe('Valley Works Record');
  });

  it('reads a holder with a legal form from elsewhere ("Sdn Bhd", "Pte Ltd") or its owner ("is part of"), and an acronym as the initials of the name', () => {
    const body = ['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.'];
    expect(page(['RIVER POST', ...body, '© 2027 River Post Digital Sdn Bhd. All rights reserved.'])).toBe('River Post');
    expect(page(['Harbour Business Times', ...body, 'Copyright HBT Media Pte Ltd. All rights reserved.'])).toBe('Harbour Business Times');
    expect(page([...body, 'Terrace Talk is part of Roe Sport Media. © 2026 Roe Sport Media Ltd. All rights reserved.', 'Terrace Talk'])).toBe('Terrace Talk');
  });

  it('keeps a broadcaster\'s acronym over its edition, programme or service, but takes its fuller name in outlet words', () => {
    const body = ['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.'];
    expect(page(['Skip to content', 'KBC', ...body, 'KBC Radio Westshire', 'Copyright 2026 KBC. All rights reserved.'])).toBe('KBC');
    expect(page(['Skip to content', 'KBC', ...body, 'KBC Play', '© KBC 2026'])).toBe('KBC');
    expect(page(['Skip to content', 'KBC News in English', ...body, 'Copyright 2026 KBC. All rights reserved.'])).toBe('KBC News in English');
  });

  it('takes the name an aggregator signs with over the wire it credits for the story', () => {
    const story = ['Bridge closed after flood damage', 'Source: Northwind News Agency', 'OSLO, May 3 (Northwind) - The county closed the old bridge on Monday after engineers found cracks.', 'Northwind said the bridge would reopen in June.'];
    expect(page(['River Hub', ...story, 'Powered by WordPress'], { dateline: 'OSLO, May 3 (Northwind)' })).toBe('River Hub');
    const wire = ['Bridge closed after flood damage', 'Northwind Wire · 2 min read', 'The county closed the old bridge on Monday after engineers found cracks.', 'Copyright 2027 Northwind Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.'];
    expect(page(['RiverHub', ...wire, '© 2027 RiverHub. All rights reserved.'])).toBe('RiverHub');
    // On the wire's own page, its notice is how it signs.
    expect(page(wire.filter((line) => !line.includes('min read')))).toBe('Northwind Wire');
  });

  it('reads the page\'s own name where it asks readers to write to its address', () => {
    const body = ['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.', 'A resident told the Gazette the river rose fast.'];
    expect(page([...body, 'Have a story for The Evening Gazette? Email us at news@eveninggazette.co.uk', 'Published by Gazette Media Group Ltd'])).toBe('The Evening Gazette');
  });

  it('takes a programme\'s producer ("X is a Roe Audio production") and the body a platform\'s release is "From:"', () => {
    const body = ['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.'];
    expect(page(['Ep. 12: The bridge', 'The Crossing', 'Roe Audio', ...body, 'The Crossing is a Roe Audio production. New episodes every Friday.', 'The Crossing', '© 2025 Roe Audio Ltd. All rights reserved.'])).toBe('Roe Audio');
    expect(page(['Cookies on FENWICK.GOV.UK', 'FENWICK.GOV.UK', 'Press release', 'Bridge closed after flood damage', 'From: Fenwick Roads Agency', 'The county closed the old bridge on Monday after engineers found cracks.', 'FENWICK.GOV.UK', 'All content is available under the FENWICK.GOV.UK licence'])).toBe('Fenwick Roads Agency');
  });

  it('takes a newsletter\'s name over its author\'s, though the author signs the copyright', () => {
    expect(page(['The Privacy Ledger', 'Bridge cameras fined by regulator', 'Ana Ruiz', 'The regulator fined the county on Monday over its bridge cameras.', 'Subscribe to The Privacy Ledger', '© 2026 Ana Ruiz'])).toBe('The Privacy Ledger');
  });

  it('takes a place alone in brackets for the dateline\'s place, not a credit, and reads a wire\'s closing credit and a paper\'s credit after a wire\'s', () => {
    const body = ['Ferries halted by strike', 'Ferries stayed in port on Tuesday as crews walked out.', 'Talks resume on Thursday.'];
    expect(page([body[0]!, '(WESTPORT, ME) – Ferries stayed in port on Tuesday as crews walked out.', body[2]!], { dateline: '(WESTPORT, ME)' })).toBeNull();
    expect(page([body[0]!, '(NEW WESTPORT) — Ferries stayed in port on Tuesday as crews walked out.', body[2]!], { dateline: '(NEW WESTPORT)' })).toBeNull();
    expect(page([body[0]!, '(Northwind) — Ferries stayed in port on Tuesday as crews walked out.', body[2]!], { dateline: '(Northwind)' })).toBe('Northwind');
    expect(page([...body, 'The union said it would meet again, the statement added. (EXN)'])).toBe('EXN');
    expect(page([body[0]!, 'WESTPORT (Northwind/The Harbour Star): Ferries stayed in port on Tuesday as crews walked out.', body[2]!], { dateline: 'WESTPORT (Northwind/The Harbour Star)' })).toBe('The Harbour Star');
  });

  it('takes the wire a page credits as "This report by … was first published …", and passes over a person someone "told"', () => {
    const body = ['Ferries halted by strike', 'Ferries stayed in port on Tuesday as crews walked out.', 'Talks resume on Thursday.'];
    expect(page([...body, 'This report by The Northwind Press was first published May 4, 2026.'])).toBe('The Northwind Press');
    const told = ['Ferries halted by strike', 'The captain told Hallam the ferries would stay in port, he testified.', 'Hallam replied that the crews had a right to strike.', 'Hallam asked about the talks.', 'Hallam left the court at noon.', 'Hallam said nothing more.'];
    expect(page(told)).toBeNull();
  });

  it('takes a release wire\'s credit from its dateline, and no date in the brackets for a credit', () => {
    const body = ['Harbour network to host debate', 'The debate will be moderated by two anchors, the network said.', 'It will air live across the country.'];
    expect(page([body[0]!, 'WESTPORT, Ohio, May 4, 2026 /Release Wire/ -- Harbour Network today announced it will host the debate.', body[2]!], { dateline: 'WESTPORT, Ohio, May 4, 2026 /Release Wire/' })).toBe('Release Wire');
    expect(page([body[0]!, 'WESTPORT, IL (November 9, 2023) – Harbour Network today announced it will host the debate.', body[2]!], { dateline: 'WESTPORT, IL (November 9, 2023)' })).toBeNull();
  });

  it('takes the paper a print note names ("Published in The Harbour Dawn, October 14th, 2025")', () => {
    const body = ['Ferries halted by strike', 'Ferries stayed in port on Tuesday as crews walked out.', 'Talks resume on Thursday.'];
    expect(page([...body, 'Published in The Harbour Dawn, October 14th, 2025'])).toBe('The Harbour Dawn');
    expect(page([...body, 'Published in Harbour Dawn\'s print edition, 14 October 2025'])).toBe('Harbour Dawn');
    // A study "published in" a journal, in a sentence, is no print note.
    expect(page([...body, 'Published in Ferry Science, the study found the crews were tired.'])).toBeNull();
  });

  it('passes over a name the story tells of: a person over a picture, a body named below the headline, two bylines', () => {
    const story = ['Minister opens children\'s ward', 'Jana Petrova', 'Jana Petrova', 'Health minister Jana Petrova opened the ward at Vell Hill Hospital on Monday.', 'Petrova said the ward would take 40 patients.'];
    expect(page(story, { headlineAt: 0, bodyStart: 3 })).toBeNull();
    expect(page(['Outbreak closes a ward at Vell Hill Hospital', 'Vell Hill Hospital', 'A ward at Vell Hill Hospital was closed on Monday after four patients fell ill.'], { headlineAt: 0, bodyStart: 2 })).toBeNull();
    // Above the headline and without a surname the story uses alone, it is a site's name.
    expect(page(['Harrow Lantern', 'Minister opens children\'s ward', 'Health minister Jana Petrova opened the ward on Monday.', 'Harrow Lantern asked the ministry about staffing.'], { headlineAt: 1, bodyStart: 2 })).toBe('Harrow Lantern');
    expect(page(['Minister opens children\'s ward', 'Tom Hale and Ada Quist', 'Health minister Jana Petrova opened the ward on Monday.', 'She said the ward would take 40 patients.'], { headlineAt: 0, bodyStart: 2 })).toBeNull();
  });

  it('reads "More from X", a newsroom\'s own byline, and "as X\'s reporter reports"', () => {
    const body = ['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.'];
    expect(page([...body, 'More from Ridgeway Radio'])).toBe('Ridgeway Radio');
    expect(page(['All posts by Quarry World Team', ...body])).toBe('Quarry World');
    expect(page(['Bridge closed after flood damage', 'Ridgeway Post Staff', 'The county closed the old bridge on Monday after engineers found cracks.'])).toBe('Ridgeway Post');
    expect(page(['Bridge closed after flood damage', 'Crews inspected the span on Monday, as Ridgeway News\' Tom Hale reports', 'The county closed the old bridge on Monday after engineers found cracks.'])).toBe('Ridgeway News');
  });

  it('takes a credited source or a dateline\'s wire when nothing names another as strongly, but no picture agency', () => {
    const lede = 'LISBON, May 3 (Northwind) - Ferries stayed in port on Tuesday as crews walked out.';
    expect(page(['Video PlayerClose', 'Ferries halted by strike', 'Source: Northwind| 2026-05-03 10:00', lede, 'Talks resume on Thursday, Northwind understands.'], { dateline: 'LISBON, May 3 (Northwind)' })).toBe('Northwind');
    expect(page(['Ferries halted by strike', 'Ferries stayed in port on Tuesday as crews walked out.', 'Talks resume on Thursday.', 'Source: Kestrel Wire'])).toBe('Kestrel Wire');
    // A chart's source the story itself cites is not the page's.
    expect(page(['Prices rise again', 'Prices rose 3% in May, the Office of Statistics said on Tuesday.', 'Source: Office of Statistics'])).toBeNull();
    expect(page(['Bridge closed after flood damage', 'The county closed the old bridge on Monday after engineers found cracks.', 'Water over the deck. Photograph: Ana Ruiz/Ruiz Photos', 'Sandbags at the crossing. Photograph: Ana Ruiz/Ruiz Photos'])).toBeNull();
  });

  it('takes "told The <paper>", a wire\'s tag opening the lede, and a run-together masthead, but not "told <wire>"', () => {
    const body = ['Ferries halted by strike', 'The crews walked out on Monday after talks on pay broke down.', '“We had no choice,” union official Ana Ruiz told The Kestrel Courier.'];
    expect(page(body)).toBe('The Kestrel Courier');
    expect(page(['Ferries halted by strike', 'The crews walked out on Monday after talks on pay broke down.', '“We had no choice,” union official Ana Ruiz tells The Kestrel Courier.'])).toBe('The Kestrel Courier');
    // A rival or a wire, named without the article, is no sign of whose page it is.
    expect(page(['Ferries halted by strike', 'The crews walked out on Monday after talks on pay broke down.', '“We had no choice,” union official Ana Ruiz told Northwind.'])).toBeNull();
    expect(page(['Ferries halted by strike', '(NWNA) The crews walked out on Monday after talks on pay broke down.', 'Talks resume on Thursday.'], { bodyStart: 1 })).toBe('NWNA');
    expect(page(['Menu', 'KestrelDaily', 'Ferries halted by strike', 'The crews walked out on Monday after talks on pay broke down.'])).toBe('KestrelDaily');
  });

  it('takes the name a page asks its readers to follow, pay or comment on, and the paper that approached or saw, but not a body', () => {
    const body = ['Ferries halted by strike', 'The crews walked out on Monday after talks on pay broke down.'];
    expect(page([...body, 'Stay up to date with notifications from The Kelby Courier'])).toBe('The Kelby Courier');
    expect(page([...body, 'I would like to be emailed about offers, event and updates from Kelby Standard. Read our privacy notice.'])).toBe('Kelby Standard');
    expect(page([...body, 'Why are you making commenting on The International only available to subscribers?'])).toBe('The International');
    expect(page([...body, 'Thank you for donating to Kelbynews.nl.'])).toBe('Kelbynews.nl');
    expect(page([...body, 'Sign up for The Kelby Week’s Free Newsletters'])).toBe('The Kelby Week');
    // (Not "Subscribe to Kelby Wire Pro": a product of the outlet's, as often as the outlet.)
    // (Nor a picture library by its bare name, nor a person told who is named in full elsewhere on the page.)
    expect(page([...body, 'Crews at the quay. Photograph: Jane Roe/Getty', 'Crews at the quay. Photograph: Jane Roe/Getty'])).toBeNull();
    expect(page([...body, '“I would check that first,” the minister told Quillsby.', 'Under questioning from Dara Quillsby, the minister said it was sensitive.', "The minister responds to questions from the Greens' Dara Quillsby. Photo / Sam Poe"])).toBeNull();
    expect(page([...body, 'If you want to receive alerts, please download our KLBY News App.'])).toBe('KLBY');
    expect(page([...body, 'The council said it had not been aware of the strike until approached by The Kelby Herald.'])).toBe('The Kelby Herald');
    expect(page([...body, 'In a video seen by THE KELBY MONITOR, the governor could be seen leaving.'])).toBe('The Kelby Monitor');
    // ("approached by The Salvation Army": a title with its "The" that is no paper's.)
    expect(page([...body, 'The men were approached by The Salvation Army on Monday.'])).toBeNull();
  });

  it('takes no label that ends on its colon for the site over the headline', () => {
    const lines = ['We Get Support From:', 'Become a Supporter', 'We Get Support From:', 'Floods close valley road', 'Jane Roe / Kelby Public Radio News', 'Crews watch the river rise.', 'Jane Roe / Kelby Public Radio News', 'The state closed the valley road on Monday after floods.'];
    expect(page(lines, { bodyStart: 7, headlineAt: 3 })).toBe('Kelby Public Radio News');
    // (Nor a date line's label on a line of its own, "Publish Date" over the date, however often the page repeats it.)
    const dated = ['Floods close valley road', 'Jane Roe,', 'Publish Date', 'Thu, 18 Nov 2021, 4:03pm', 'Floods close valley road', 'Jane Roe,', 'Publish Date', 'Thu, 18 Nov 2021, 4:03pm', 'The state closed the valley road on Monday after floods.'];
    expect(page(dated, { bodyStart: 8, headlineAt: 0 })).toBeNull();
  });

  it('takes the credit a station gives itself in the dateline over menu entries run together', () => {
    const lines = ['NewsWorld News', 'Weapons stolen from deputy', 'KELBY COUNTY, Fla. (WKLB) — Two weapons were stolen from a patrol car, the sheriff said on Monday.'];
    expect(page(lines, { dateline: 'KELBY COUNTY, Fla. (WKLB)', bodyStart: 2 })).toBe('WKLB');
  });
});
