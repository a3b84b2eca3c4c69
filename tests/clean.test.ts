// The junk stage against fixture pages of several kinds of outlet, written for these tests, and
// invariants that hold for any page: positions agree with the text, and every line is accounted for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processSource } from '../src/pipeline/index.ts';
import { classifyLines } from '../src/pipeline/junk/classify.ts';
import { expectedOf, fixtureCases, metaOf, runStages } from './helpers/source-stages.ts';

describe('clean: fixture pages', () => {
  for (const { name, folder } of fixtureCases('clean')) {
    it(name, () => {
      const text = readFileSync(join(folder, 'input.txt'), 'utf8');
      const { tree, file, result } = runStages(text, metaOf(folder));
      expect(result).toEqual(expectedOf(folder, result));
      // Positions survive: each kept node's offsets cut its own text out of the decoded source.
      for (const node of tree.children) {
        const start = node.position?.start.offset ?? -1;
        const end = node.position?.end.offset ?? -1;
        expect(String(file.value).slice(start, end)).toBe('children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : '');
      }
      // Every non-empty line is a paragraph, a heading, the title or a recorded removal (a control glued to a paragraph,
      // "Hide AdShe said: …", one of each on the same line).
      const lines = String(file.value).split('\n').filter((line) => line.trim()).length;
      const covered = new Set([...tree.children.map((node) => node.position?.start.line ?? 0), ...result.removed.map((entry) => entry.line)]);
      expect(lines - covered.size).toBe(result.titleDerived ? 0 : 1);
    });
  }
});

describe('clean: rules one by one', () => {
  const reasonOf = (lines: string[], index: number) => classifyLines(lines)[index]?.reason ?? null;
  const body = [
    'Officials confirmed on Monday that the bridge would stay closed until the inspection ends.',
    'The transport department said repairs could take up to three months to complete.',
  ];

  it('removes strong chrome between article paragraphs', () => {
    for (const [line, reason] of [
      ['Advertisement', 'advertisement'],
      ['GOT A STORY?', 'contact line'],
      ['Have a news tip?', 'contact line'],
      ['Regional Minister, Jana Kovi <a href="//ads.example.net/w/1.0/rc?cs=b2ad&cb=1499"> <br /> <img src="https://example.com/uploads/1506.jpg" border="0" alt="" /></a>', 'page furniture'],
      ['Video player is loading.', 'video player'],
      ['Current Time 0:00', 'video player'],
      ['Loaded: 0%', 'video player'],
      ['This is a modal window.', 'video player'],
      ['Listen · 4:12 min', 'video player'],
      ['Audio playback is not supported on your browser', 'video player'],
      ['You have reached your article limit', 'paywall notice'],
      ['Create a free account to continue reading', 'paywall notice'],
      ['EPA-EFE/Ana Ruiz', 'photo credit'],
      ['Roe Press via AP', 'photo credit'],
      ['(File photo)', 'photo credit'],
      ['Photo supplied', 'page furniture'],
      ['3 of 12', 'page furniture'],
      ['3-minute read', 'site navigation'],
      ['AdvertisementStory continues below this ad', 'advertisement'],
      ['SponsoredHarbour Bank: fixed rates for first-time buyers', 'advertisement'],
      ['Crews lift the last beam into place on Monday. (Supplied: Ana Ruiz)', 'photo caption'],
      ['Crews lift the last beam into place on Monday. (KTVB)', 'photo caption'],
      ['Header Image', 'image placeholder'],
      ['Kelby Counties Advertizer:', 'photo caption'],
      ['North Kelby and West Harrow Guardian Series:', 'photo caption'],
      ['Featured image', 'image placeholder'],
      ['Respond to this story', 'comment prompt'],
      ['Posting a comment requires free registration:', 'comment prompt'],
      ['Crews lift the last beam into place on Monday. (AP photo)', 'photo caption'],
      ['- Earlier report: Minister denies the ferry will close', 'related articles'],
      ['FLASHBACK: Commissioner Jane Roe, centre, speaks to officers during a raid in Kelby in 2018.', 'photo caption'],
      ['Commissioner Jane Roe speaks to officers during a raid in Kelby in December. —Photo: SAM POE', 'photo caption'],
      ['Crews lift the last beam into place on Monday.(Kelby Radio: Ana Ruiz, file photo)', 'photo caption'],
      ['In a letter to shareholders, the board said it would “study a gradual buyback of the shares.” File', 'photo caption'],
      ['Crews lift the last beam into place on Monday. PHOTO BY ANA RUIZ /The Courier', 'photo caption'],
      ['Photo 2 of 5 Crews lift the last beam into place', 'photo caption'],
      ['Update, May 4, 3:10 PM: This story has been updated with comment from the ministry.', 'update note'],
      ['Listen to The Drive weekdays from 4 p.m. on City Radio 98.1', 'promotion'],
      ['Download the City Courier app for breaking news alerts', 'app promotion'],
      ['Know more? Email our newsdesk at desk@example.com', 'tip prompt'],
      ['(With inputs from agencies)', 'credit line'],
      ['Disclaimer: Comments reflect the views of readers only.', 'disclaimer'],
      ['This article appears in the 4 May 2026 issue of The Weekly Ledger.', 'print note'],
      ['Shots on target 6 - 3', 'statistics table'],
      ['📬 Thanks for reading! Reply to this email with your tips.', 'newsletter footer'],
      ["Happy Friday. Today's Briefing is 780 words, a 3-minute read.", 'newsletter furniture'],
      ['Image caption: Crews lift the last beam into place', 'photo caption'],
      ['Image source: City Police', 'photo credit'],
      ['City Radio depends on listeners like you. Donate today.', 'fundraising appeal'],
      ['Go deeper: Read the full report (PDF)', 'read-more link'],
      ['+7', 'image placeholder'],
      ['☀️ Today\'s weather: Cloudy, showers later. High 12°C.', 'weather widget'],
      ['Trending Topics: Budget 2026 | Bridge closure | City Weather', 'site navigation'],
      ['Read more: Bridge closure snarls morning traffic', 'read-more link'],
      ['#Bridge #Traffic #CityNews', 'hashtag line'],
      ['Image Here', 'image placeholder'],
      ['[Video]', 'image placeholder'],
      ['Traffic backs up near the bridge on Monday. (Photo: Ana Ruiz / Reuters)', 'photo credit'],
      ['Crews inspect the span. Photograph: Lee Chan/AFP via Getty Images', 'photo credit'],
      ['Sign up for our evening newsletter', 'newsletter prompt'],
      ['We use cookies to give you the best experience on our website.', 'cookie notice'],
      ['Share on Facebook', 'share prompt'],
      ['Leave a comment', 'comment prompt'],
      ['Comments (31)', 'comment prompt'],
      ['Newsletter: the week in courts, every Friday', 'newsletter prompt'],
      ['Click here to read more', 'read-more link'],
      ['Copy link', 'share prompt'],
      ['Video Ad Feedback', 'advertisement'],
      ['Image caption, Crews inspect the span', 'photo caption'],
      ['Please enable JavaScript to view this content.', 'browser notice'],
      ['Facebook', 'share prompt'],
      ['Accept all', 'cookie notice'],
      ['Get the app', 'app prompt'],
      ['File photo', 'image placeholder'],
      ['Image: Example Wire', 'photo credit'],
      ['READ MORE:', 'read-more link'],
      ['MORE: Inspectors find cracks in a second bridge', 'read-more link'],
      ['Advertisement Advertisement', 'advertisement'],
      ['Send us a tip', 'tip prompt'],
      ['___', 'separator line'],
      ['Now playing', 'video player'],
      ['SPONSOR AD', 'advertisement'],
      ['(NWA)[Breaking news update, posted at 6:10 p.m. ET]', "editor's note"],
      ['[Previous version, published at 5:40 p.m. ET]', "editor's note"],
      ['Improve your commute by listening to this article.', 'audio note'],
      ['Stay ahead with the Harbour Courier app. Get instant alerts and never miss a headline.', 'promotion'],
      ['• Stay ahead of the news! Follow The Harbour Courier on WhatsApp for breaking stories.', 'social prompt'],
      ['Auto refresh feeds', 'site navigation'],
      ['Welcome to the discussion.', 'comment prompt'],
      ['Be Nice. No insults or name-calling of other readers.', 'comment prompt'],
      ['Inspectors walk the closed span on Monday morning. Photo/HC/ANA RUIZ', 'photo caption'],
      ['summer_fair_banner_728x90', 'advertisement'],
      ['info_icon', 'page furniture'],
      ['Report by Senior Court Reporter', 'byline'],
      ['Transport Minister Jane Roe (left) fields questions during a briefing at the ministry on Monday.', 'photo caption'],
      ['Sealed ballot boxes (Representational Image) Photo: Roe Wire', 'photo caption'],
      ['next arrow', 'site navigation'],
      ['Share with your network!', 'share prompt'],
      ['Image source Harbour Courier', 'photo credit'],
      ['Get alerts on your phone. Be the first to know when big stories break.', 'promotion'],
    ] as const) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).toBe(reason);
    }
  });

  it('takes the first line of words over the lead picture\'s credit for the headline, not a caption, when prose follows', () => {
    const lines = ['Connect with us', 'Regions', 'Harbour bridge to stay shut for three months', 'Ana Ruiz / Northwind', ...body];
    const verdicts = classifyLines(lines);
    expect(verdicts[2]?.headline).toBe(true);
    expect(verdicts[3]?.reason).toBe('photo credit');
    // Under a headline, the same shape over a credit is the picture's caption.
    const captioned = classifyLines(['Harbour bridge to stay shut for three months', 'By Jo Lind', 'Crews inspect the closed span on Monday', 'Ana Ruiz / Northwind', ...body]);
    expect(captioned[2]?.reason).toBe('photo caption');
  });

  it('takes another story\'s headline between two paragraphs for a related link, but not a heading of the story or a list item', () => {
    const lines = ['Bridge to stay shut for three months', body[0]!, 'Veteran goalkeeper signs two-year deal with coastal club', body[1]!, 'Inspectors will report to the council in June.'];
    expect(classifyLines(lines)[2]?.reason).toBe('related articles');
    const heading = ['Bridge to stay shut for three months', body[0]!, 'Why the inspection of the bridge takes so long', body[1]!, 'Inspectors will report to the council in June.'];
    expect(classifyLines(heading)[2]?.reason).toBeNull();
    const list = ['Bridge to stay shut for three months', body[0]!, 'Detours run as follows:', 'Buses divert through Mill Lane and Quarry Hill', 'Cyclists use the riverside towpath near Ashby', body[1]!];
    expect(classifyLines(list)[3]?.reason).toBeNull();
  });

  it('takes the support services\' numbers under a story for a notice, and keeps a council\'s own helpline in the story', () => {
    const lines = ['Bridge to stay shut for three months', body[0]!, 'Residents can call the council helpline on 0800 123 456 to report damage.', body[1]!, 'Anyone struggling can call the Samaritans free on 116 123.'];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, null, null, null, 'helpline notice']);
  });

  it('takes three or more headlines with their summaries over the article\'s own headline for the site\'s other stories', () => {
    const teasers = ['Harrow Steel’s April revenue up 60%', 'It capitalized on a huge wave of demand for steel used in wind turbines.', 'Kelby Air reports record Q1 profit', 'Total revenue increased by $269 million in the same period.', 'Poe Oil Q1 profit down 14.5%', 'Despite lower profit, it will pay $31bn in dividends to its owners.'];
    const lines = ['Search Site', ...teasers, 'Six airlines ordered to pay refunds to passengers', 'Among the airlines, Quill Air faced the highest penalty at $2.2 million, while Roe Air was fined $1.4 million.', `KELBY – ${body[0]}`, body[1]!];
    const verdicts = classifyLines(lines);
    expect(verdicts.slice(1, 7).map((verdict) => verdict.reason)).toEqual(Array(6).fill('related articles'));
    expect(verdicts[7]).toEqual({ reason: null, headline: true });
    expect(verdicts[9]?.reason).toBeNull();
    // Two such pairs are no list: the first stays the headline.
    expect(classifyLines(['Search Site', ...teasers.slice(0, 4), ...lines.slice(7)])[1]?.headline).toBe(true);
  });

  it('takes a line under the headline that a later paragraph tells again in nearly its words for the standfirst', () => {
    const summary = 'Walkers reaching the summit usually stay there for two hours before being guided back down the ridge.';
    const told = 'Walkers reaching the summit usually remain there for two hours before being guided back down the ridge, after a rest at the hut.';
    const lines = ['Record numbers climb Kelby Fell', summary, body[0]!, body[1]!, told];
    const verdicts = classifyLines(lines);
    expect(verdicts[1]?.reason).toBe('standfirst or caption');
    expect(verdicts[2]?.reason).toBeNull();
    expect(verdicts[4]?.reason).toBeNull();
    // A lede whose words no later paragraph repeats stays the lede.
    expect(classifyLines(['Record numbers climb Kelby Fell', summary, body[0]!, body[1]!])[1]?.reason).toBeNull();
  });

  it('takes a sentence between the headline and a datelined lede for the standfirst', () => {
    const lines = ['Bridge to stay shut for three months', 'Engineers found cracks in two of the bridge\'s piers during a routine check.', `WESTPORT - ${body[0]}`, body[1]!];
    const verdicts = classifyLines(lines);
    expect(verdicts[1]?.reason).toBe('standfirst or caption');
    expect(verdicts[2]?.reason).toBeNull();
    // Without a dateline under it, the sentence is the lede.
    expect(classifyLines(['Bridge to stay shut for three months', 'Engineers found cracks in two of the bridge\'s piers during a routine check.', ...body])[1]?.reason).toBeNull();
  });

  it('keeps the paste\'s last line cut short after the last paragraph when it reads as prose, not a link', () => {
    const page = (last: string, between: string[] = []) => classifyLines(['Bridge to stay shut for three months', ...body, ...between, last]).at(-1)?.reason ?? null;
    expect(page('Mayor Ana Ruiz said the bridge whose repair')).toBeNull();
    expect(page('“The inspectors told us the cracks w')).toBeNull();
    expect(page('Ruiz, speaking from the town hall')).toBeNull();
    // (A picture's file name, a word without a space, between them.)
    expect(page('Mayor Ana Ruiz said the bridge whose repair', ['Bridgevisit3'])).toBeNull();
    expect(page('Ferry fares to rise in spring')).not.toBeNull();
    // A sentence cut in mid-word, without a comma: its last letters are no word.
    expect(page('She also urged drivers on the coast road to plan their journeys around the closure of the bri')).toBeNull();
    expect(page('Engineers have found cracks in two of the piers and the repairs are expected to take until the end of sprin')).toBeNull();
    expect(page('She however said it was not for the ministry to tell her office about the closure of the Eastman Ro')).toBeNull();
    expect(page('Ruiz said that “such disorderly scenes should not be seen at a meeting of th')).toBeNull();
    // (A link's title ends in a whole word, or in a name; small words alone do not make prose of it.)
    expect(page('Ferry operator to cut jobs after losses at the port of Kelby')).not.toBeNull();
    expect(page('Ferry operator to cut jobs after losses at the port')).not.toBeNull();
    expect(page('Harbour works: the timetable qzx')).not.toBeNull();
    // Shorter, cut in mid-word: a sentence's opening, whatever its small words; not a link in another language.
    expect(page('Officers from the harbour police will be provi')).toBeNull();
    expect(page('Mr Ruiz warne')).toBeNull();
    expect(page("Leggi l'articolo completo su")).not.toBeNull();
    expect(page('Follow us on instagr')).not.toBeNull();
  });

  it('warns when the copy stops in mid-sentence, keeping the line, and not when the article ends whole', () => {
    const whole = ['Bridge to stay shut for three months', ...body];
    const messages = (lines: string[]) => processSource({ fileName: 'bridge.txt', bytes: new TextEncoder().encode(lines.join('\n')) }).messages.filter((message) => message.ruleId === 'copy-cut');
    expect(messages(whole)).toEqual([]);
    expect(messages([...whole, 'Send us feedback'])).toEqual([]);
    const cut = messages([...whole, 'Engineers have found cracks in two of the piers and the repairs are expected to take until the end of sprin']);
    expect(cut.map((message) => [message.line, message.fatal])).toEqual([[4, false]]);
    expect(cut[0]?.message).toContain('“…to take until the end of sprin”');
  });

  it('takes an agency of one word and its photographer for a credit, and the line over them for the caption', () => {
    const lines = ['Harbour board keeps quiet on leaks', 'Jana Quill at a press conference in Kelby on Wednesday, January 26, 2023.', 'Keystone / Sam Poe', 'Jana Quill told the harbour board on Wednesday that she had no knowledge of leaks from her office to the press.', ...body];
    expect(classifyLines(lines).slice(1, 3).map((verdict) => verdict.reason)).toEqual(['photo caption', 'photo credit']);
  });

  it('removes a name alone under a portrait, of someone the text names, but not a heading over the paragraph about them', () => {
    const quoted = ['Harbour board votes to close the east quay', 'Councillor Carla Quill said the vote was a wake-up call for the board.', '“This move will not have been taken lightly,” she said.'];
    const after = ['“For months I have warned about the direction of the board,” Quill added.', ...body];
    expect(classifyLines([...quoted, 'Carla Quill MP', ...after])[3]?.reason).toBe('photo caption');
    expect(classifyLines([...quoted, 'Judge Tony Roe', ...after])[3]?.reason).toBeNull();
    expect(classifyLines([...quoted, 'Carla Quill', 'Quill, 54, has sat on the council since 2019.', ...body])[3]?.reason).toBeNull();
  });

  it('takes a short question over a long lede that speaks of it for the headline, not a question put to the reader or quoted words', () => {
    const lede = 'The storm has forced the authorities in Kelby and Harrow to shut all schools on Thursday as winds swept the coast.';
    const asking = (first: string) => classifyLines(['Share', first, lede, ...body])[1]?.headline;
    expect(asking('Storm shuts Kelby and Harrow schools; will ferries sail?')).toBe(true);
    expect(asking('Are your children’s schools shut by the storm?')).toBe(false);
    expect(asking('“Why shut the schools in Kelby and Harrow?”')).toBe(false);
    expect(asking('What next for the ferries?')).toBe(false);
  });

  it('takes a headline marked as a lone bullet, and a standfirst the lede repeats', () => {
    const lede = 'The harbour authority says it has closed the old bridge after engineers found cracks in two of its piers on Monday.';
    const verdicts = classifyLines(['WESTSHIRE', '• Harbour authority closes old bridge after cracks found', 'Harbour authority says it has closed the old bridge after engineers found cracks', lede, ...body]);
    expect(verdicts[1]?.headline).toBe(true);
    expect(verdicts[2]?.reason).toBe('standfirst or caption');
    // Bullets in a run are a list's items, not a headline.
    const list = classifyLines(['WESTSHIRE', '• Harbour authority closes old bridge after cracks', '• Ferry fares to rise in spring as costs climb', lede, ...body]);
    expect(list[1]?.headline).toBe(false);
  });

  it('takes pairs of another story\'s headline and its blurb closing the page for teasers, not the article\'s last sections', () => {
    const head = ['Harbour bridge to stay shut for three months', ...body];
    const teasers = classifyLines([...head, 'Veteran goalkeeper signs two-year deal with coastal club', 'The 36-year-old joins after leaving his boyhood club in the summer.', 'School meals price freeze extended for another academic year', 'Parents will pay the same for lunches until next July, the county said.']);
    expect(teasers.slice(-4).map((verdict) => verdict.reason)).toEqual(['related articles', 'related articles', 'related articles', 'related articles']);
    const sections = classifyLines([...head, 'What happens next', 'Inspectors will report to the council in June.', 'How drivers can cross', 'Buses will run over the new span from Monday, the council said.']);
    expect(sections.slice(-4).map((verdict) => verdict.reason)).toEqual([null, null, null, null]);
  });

  it('keeps a short title-like line between paragraphs (a heading, not junk)', () => {
    expect(reasonOf([body[0]!, 'Repairs and delays', body[1]!], 1)).toBeNull();
  });

  it('keeps article sentences that use furniture words', () => {
    for (const line of [
      'Residents were asked to leave a comment on the council website before Friday.',
      'More than half of the drivers said they would share rides.',
      'Photo evidence submitted by residents showed the cracks.',
      '“Read the report,” the mayor told reporters.',
      'No one was hurt.',
      'Copyright lawyers for the city said the logo could not be used.',
      'Drivers said they would never miss a day of work over the closure.',
      'Commuters who follow the bridge works on WhatsApp said the updates came late.',
      'Be nice to the crews, the mayor said as the work began.',
      'Subscribers to the transit pass will get a refund for the closure.',
      'The app uses cookies to track riders, the privacy regulator said.',
      'Local media reported passengers with neck, back, shoulder and wrist injuries and mild headaches.',
      'Kelby Phones said the breach affected a division that operates websites KelbyPhoneShop.com and QuillMobile.co.uk.',
      '"There is nothing anticompetitive in providing services for ad buyers and sellers." (AFP)',
    ]) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).toBeNull();
    }
  });

  it('removes short chrome above and below the article but keeps a short closing sentence', () => {
    const lines = ['The Harbour Times', 'Bridge to stay shut for three months', ...body, '“No.”', 'More in Transport', 'To Top'];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([
      'site name',
      null,
      null,
      null,
      null,
      'related articles',
      'site navigation',
    ]);
    expect(classifyLines(lines)[1]?.headline).toBe(true);
  });

  it('takes a summary box above the article for the page\'s digest, not its paragraphs', () => {
    const lines = ['Bridge to stay shut for three months', 'Key points', '• Repairs will take up to three months', '• Buses will replace trains on the route', ...body];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, 'summary box', 'summary box', 'summary box', null, null]);
  });

  it('takes bullets above the article, with no label over them, for the page\'s digest too', () => {
    const lines = ['Bridge to stay shut for three months', '- Repairs to the bridge will take up to three months.', '- Buses will replace trains on the route until then.', ...body];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, 'summary box', 'summary box', null, null]);
    // (Not numbered lines, a survey's questions over the headline: the page's chrome, as before.)
    expect(classifyLines(['1. How relevant is this ad to you?', ...lines]).map((verdict) => verdict.reason)[0]).not.toBe('summary box');
  });

  it('ends a summary box at the dateline and keeps a box label with one line under it', () => {
    const box = ['Bridge to stay shut for three months', 'Summary', 'Repairs will take up to three months', 'Buses replace trains on the route', 'LISBON, May 4 (Wire) - The bridge will stay shut for three months, the ministry said on Monday.', ...body];
    expect(classifyLines(box).map((verdict) => verdict.reason)).toEqual([null, 'summary box', 'summary box', 'summary box', null, null, null]);
    const single = ['Bridge to stay shut for three months', 'In brief', 'Repairs will take up to three months.', ...body];
    expect(classifyLines(single).map((verdict) => verdict.reason)[2]).toBeNull();
  });

  it('takes a standfirst between the headline and the byline for the page\'s, even written as sentences', () => {
    const lines = ['Bridge to stay shut for three months', 'Cracks were found in two girders. The ministry says buses will replace trains.', 'By Jane Roe', '4 May 2026', ...body];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, 'standfirst or caption', null, null, null, null]);
  });

  it('takes the shorter line above a standfirst for the headline, and a labelled line under a programme\'s name', () => {
    const guardian = ['Gig workers win right to holiday pay after landmark ruling', "Couriers' union hails 'huge victory' as appeal court rejects firm's challenge", 'Jane Roe Employment correspondent', 'Mon 4 May 2026 10.02 BST', 'Thousands of delivery couriers will be entitled to holiday pay after the court of appeal ruled on Monday that they were workers.', 'The judgment is a blow to the delivery firm, which had argued in court that its couriers set their own hours, the union said.'];
    expect(classifyLines(guardian).map((verdict) => verdict.headline)).toEqual([true, false, false, false, false, false]);
    const show = ['The Morning Line with Jo Lind', 'TRANSCRIPT: the bridge engineer on the three-month closure', '4 May 2026', 'JO LIND: The bridge engineer joins us on the Morning Line to talk about the closure of the bridge.', 'ENGINEER: The closure will last three months while the girders are replaced.'];
    expect(classifyLines(show).map((verdict) => verdict.headline)).toEqual([false, true, false, false, false]);
  });

  it('takes a tabloid\'s long headline over its bullet points, and passes over a kicker in capitals', () => {
    const tabloid = ['Home', 'News', "‘WE’RE STRANDED’ Bridge closed for three months as buses replace trains in the valley", 'Officials confirmed the bridge would stay closed until the inspection ends', 'Buses replace trains', 'By JO LIND, TRANSPORT REPORTER', 'Published: 16:20 BST, 4 May 2026', body[0]!, body[1]!];
    expect(classifyLines(tabloid).findIndex((verdict) => verdict.headline)).toBe(2);
    const bullets = ['Home', 'News', "‘WE’RE STRANDED’ Commuters stuck for hours as bridge shuts for three months and buses replace trains in the valley", 'Officials confirmed the bridge would stay closed until the inspection ends', 'Engineers found cracks in two girders last week', 'Buses replace trains on the valley line', 'By JO LIND, TRANSPORT REPORTER', 'Published: 16:20 BST, 4 May 2026', body[0]!, body[1]!];
    expect(classifyLines(bullets).findIndex((verdict) => verdict.headline)).toBe(2);
    const kicker = ['BRIDGE | TRANSPORT', 'Bridge to stay shut for three months as engineers find cracks', 'Jo Lind, Transport Editor', '5 min read', body[0]!, body[1]!];
    expect(classifyLines(kicker).findIndex((verdict) => verdict.headline)).toBe(1);
  });

  it('takes the headline under the date over a section\'s label of three capitalised words above it', () => {
    const lines = ['Skip to Main Content', 'Create an account to manage your subscriptions, save your forms and more.', 'News Flash', 'Transport Department News', 'Posted on: May 4, 2026', 'Transport department confirms the bridge will stay shut for three months of repairs', 'Print', 'The transport department confirmed on Monday that the bridge would stay shut for three months while repairs are made.', 'Buses will replace trains on the route while the department repairs the bridge, officials said.'];
    expect(classifyLines(lines).findIndex((verdict) => verdict.headline)).toBe(5);
  });

  it('takes a title of two or three words that opens the paste for the headline, but not a section label', () => {
    expect(classifyLines(['Raid on ministry', ...body]).map((verdict) => verdict.headline)).toEqual([true, false, false]);
    expect(classifyLines(['Local News', ...body]).map((verdict) => verdict.headline)).toEqual([false, false, false]);
  });

  it('takes a short line right above a photo credit for its caption, and a paragraph above one for a paragraph', () => {
    const lines = ['Bridge to stay shut for three months', ...body, 'A crane lifts a beam onto the bridge deck.', 'Photo: Ana Ruiz / Wire', 'The ministry said the repairs would cost more than the original budget set out in the spring plan for the city.', 'Photo: Ana Ruiz'];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, null, null, 'photo caption', 'photo credit', null, 'photo credit']);
  });

  it('takes the line under a credit of its own ("Getty Images") for its caption when it ends without a stop', () => {
    const lines = ['Bridge to stay shut for three months', 'Getty Images', 'Engineers found cracks in two of the girders in March', ...body, 'Getty Images', 'The ministry said the repairs would cost more than planned.'];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, 'photo credit', 'photo caption', null, null, 'photo credit', null]);
  });

  it('takes a call to readers under the story for junk, not a question in the article', () => {
    const lines = ['Bridge to stay shut for three months', ...body, 'Get in touch', 'Do you have a story you would like us to look into?', 'Have you been affected by the closure?', 'Who pays for the repairs is still open?'];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, null, null, 'reader callout', 'reader callout', 'reader callout', null]);
  });

  it('takes a comment section\'s frame, error links, audio notes, poll answers, cut teasers and a live page\'s post signatures for junk', () => {
    const lines = ['Bridge to stay shut for three months', '1,284 Comments', 'Scroll down for video', body[0]!, 'Jo Lind', body[1]!, 'Jo Lind', 'The audio version of this article is generated by text-to-speech, a technology based on AI.', 'Yes – the bridge is theirs', "Don't know", 'Moment lorry gets stuck under the old railway bridge at...', 'Report Typo or Error', 'Add your comment', 'By posting your comment you agree to our house rules.'];
    const reasons = classifyLines(lines).map((verdict) => verdict.reason);
    expect(reasons.slice(1, 3).every(Boolean)).toBe(true);
    expect([reasons[3], reasons[5]]).toEqual([null, null]);
    expect([reasons[4], reasons[6]]).toEqual(['author sign-off', 'author sign-off']);
    expect(reasons.slice(7).filter((reason) => !reason)).toEqual([]);
  });

  it('takes a live post\'s time, a reading time, a refile note, a translated page\'s links and a paywall\'s count for junk', () => {
    const lines = ['Bridge to stay shut for three months', '6 min', 'Leia em português', body[0]!, 'Updated at 22.16 GMT', body[1]!, "(This story has been refiled to correct the spelling of the mayor's name in paragraph 2)", 'Translated by Ana Ruiz', 'Read the article in the original language', "You've reached the limit of 5 free articles this month. Subscribe for unlimited access."];
    const reasons = classifyLines(lines).map((verdict) => verdict.reason);
    expect([reasons[0], reasons[3], reasons[5]]).toEqual([null, null, null]);
    expect([1, 2, 4, 6, 7, 8, 9].map((index) => reasons[index]).filter((reason) => !reason)).toEqual([]);
  });

  it('takes a copyright line without a year, appeals, sponsors, a newsletter\'s footer, a live page\'s controls and contact lines for junk', () => {
    const lines = ['Bridge to stay shut for three months', 'On this page', body[0]!, 'PRESENTED BY NORTHWIND FIBRE', body[1]!, 'Load earlier updates', 'Reach reporter Jo Lind at jlind@example.com or 555-0100.', 'Reporting from Fenwick, Westshire.', 'Ana Ruiz contributed research.', 'Support independent journalism in Westshire. Become a member of The Fenwick Post.', 'Independent journalism costs money. Donate from £3 a month.', 'Copyright Northwind Wire. All rights reserved. This material may not be published, broadcast or redistributed.', 'You are receiving this email because you subscribed to The Morning Brief.'];
    const reasons = classifyLines(lines).map((verdict) => verdict.reason);
    expect([reasons[0], reasons[2], reasons[4]]).toEqual([null, null, null]);
    expect([1, 3, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((index) => (reasons[index] ? [] : [lines[index]]))).toEqual([]);
  });

  it('takes tool labels, blog comment headers, tabloid promotions, update and translation notes and glued credits for junk', () => {
    const lines = ['Bridge to stay shut for three months', 'Reading time 4 min.', 'Subscribers only', body[0]!, 'Jo Lind insists the bridge is safeCredit: AFP', body[1]!, 'Update, May 4th, 1:15PM ET: Added comment from the transport department.', 'This article is a translation of the original French version published on 3 May.', 'BETTING SPECIAL: Get £40 in free bets when you bet £10', 'YOUR SAY: Should the bridge be rebuilt? Let us know in the comments below', 'Get involved: #FenwickBridge', 'Anonymous said...', "That's it for this week. If someone forwarded you this, you can subscribe here.", 'Did you find this page useful?', 'Reuse this content'];
    const reasons = classifyLines(lines).map((verdict) => verdict.reason);
    expect([reasons[0], reasons[3], reasons[5]]).toEqual([null, null, null]);
    expect([1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14].flatMap((index) => (reasons[index] ? [] : [lines[index]]))).toEqual([]);
  });

  it('takes captions ending on their credit, newsletter and live-page notes, bios and press-release offers for junk', () => {
    const lines = [
      'Bridge to stay shut for three months',
      body[0]!,
      'Jo Lind at the bridge she crossed every day. Picture: Family handout',
      'A crane lifts a girder onto the deck. Stock image.',
      'Crews inspect the span near the river, May 4, 2026. Wire/Ana Ruiz Purchase Licensing Rights, opens new tab',
      'Commuters wait for the replacement bus on Monday. (Ana Ruiz/The Courier)',
      'Smoke rises behind the crew on the ridge. (Photo courtesy Ridge Crew)',
      'The valley’s most important transport news, in your inbox by 7am.',
      'Live coverage by Jo Lind and Sam Poe',
      'We are trying to find out more and will bring you updates here.',
      body[1]!,
      'Fenwick © 2026 All rights reserved. Copying of content is prohibited without permission.',
      'Sam Poe is news editor of The Courier. He previously worked as an engineer.',
      'Ana Ruiz is a partner at Roe Legal. She writes in a personal capacity.',
      'Jo Lind hosts Valley Morning, heard Saturdays at 9 a.m. on City Radio.',
      'Photos of the inspection are available for editorial use with credit to the ministry.',
      '— Courier staff',
    ];
    const reasons = classifyLines(lines).map((verdict) => verdict.reason);
    expect([reasons[0], reasons[1], reasons[10]]).toEqual([null, null, null]);
    expect(lines.flatMap((line, index) => (index === 0 || index === 1 || index === 10 || reasons[index] ? [] : [line]))).toEqual([]);
  });

  it('takes the headlines under a bare "Read more", "Sponsored" or "Related …" label for links, questions included', () => {
    const lines = ['Bridge to stay shut for three months', body[0]!, 'Read more', 'Inside the race to fix the city’s oldest bridges', body[1]!, 'Sponsored', 'This £9 Gadget Is Changing How Drivers Beat Traffic', 'Related Stories', 'What happens when a bridge fails an inspection?', 'Rail strike called off after late talks'];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, null, 'read-more link', 'related articles', null, 'advertisement', 'advertisement', 'related articles', 'related articles', 'related articles']);
  });

  it('keeps a club that hosts a match and a past editor in the article', () => {
    const lines = ['Bridge to stay shut for three months', body[0]!, 'Fenwick hosts Eastman Rovers on Sunday.', body[1]!, 'Jo Lind was editor of the Courier when the bridge opened in 1971, and she said it had never been closed.', body[0]!.replace('Monday', 'Tuesday')];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, null, null, null, null, null]);
  });

  it('takes the players\', tools\' and rails\' labels a select-all copy carries for junk, even between paragraphs', () => {
    for (const line of [
      'Loading Video…',
      'This browser does not support the Video element.',
      'There are currently no severe weather alerts.',
      'No comments:',
      'Updated: 3 hours 12 min ago',
      'Sign In Register Now',
      '(This story has not been edited by Valley Times staff and is auto-generated from a syndicated feed.)',
      'Catch all the Latest News and Updates on Valley Mint.',
      'Join our WhatsApp channel for the latest news',
      'Add Valley Times as a preferred source on Google',
      'Edited By: Jo Lind',
      'Written by: Jo Lind | Edited by: Sam Poe',
      '(With PTI inputs)',
      'IANS',
      'Location : Fenwick, India',
      'Kindly Share This Story:',
      'Tap here to download the app',
      'WATCH LIVE: Valley News at 6',
      'Support local journalism',
      'Story continues after advertisement',
      'Article continues below this ad',
      'Skip Ad',
      'Save for later',
      'Follow this author',
      'Follow Jo Lind',
      'Show less',
      'Submit a tip',
      'Representative image',
      'Image used for representational purpose only.',
      'Most Commented',
    ]) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).not.toBeNull();
    }
    for (const line of ['Join the protest on Facebook, the organisers said on Tuesday.', 'Follow the money', 'Location matters for the new bridge, the engineer said.']) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).toBeNull();
    }
  });

  it('takes the lines of a widget for its own: an embedded post, a poll\'s question, a blog comment, a newsletter box, a video\'s caption, a live post\'s place', () => {
    const lines = [
      'Bridge to stay shut for three months',
      body[0]!,
      'Officials said the first replacement buses left the station at six on Tuesday morning, and that the queues had cleared by nine as more coaches arrived from the depots in the east.',
      'The operator said it had hired forty extra coaches for the three months of the closure.',
      'Fenwick Rail',
      '@fenwickrail',
      'Jo Lind @jolind_news · Follow',
      'Buses lined up at the station. Queues back to the car park. Staff handing out water.',
      '9:14 AM · May 4, 2026',
      'Commuters filmed the queue as it wound round the station',
      'Scroll down for video',
      body[1]!,
      'Sam Poe',
      'Fenwick',
      'Engineers say the girders can be repaired in place, the operator said on Tuesday.',
      'Sam Poe',
      'Fenwick',
      'The council said it would publish the inspection report on Friday.',
      'POLL',
      'Should the bridge be rebuilt rather than repaired?',
      'Yes – rebuild it',
      'Subscribe to The Weekly Span',
      'Thousands of engineers read The Weekly Span every Friday.',
      'Type your email...',
      'Ana said...',
      'Good piece. Does anyone know when the buses stop?',
      '4 May 2026 at 10:14',
    ];
    const reasons = classifyLines(lines).map((verdict) => verdict.reason);
    expect([1, 2, 3, 11, 14, 17].map((index) => reasons[index])).toEqual([null, null, null, null, null, null]);
    expect(lines.flatMap((line, index) => ([0, 1, 2, 3, 11, 14, 17].includes(index) || reasons[index] ? [] : [line]))).toEqual([]);
  });

  it('takes an event\'s advertisement, a funder\'s note, closing pointers and a wire\'s filing credits for junk', () => {
    const lines = ['Bridge to stay shut for three months', body[0]!, 'Bridges Forum 2026 | Fenwick, 8–9 April | Register now', body[1]!, 'For more information, visit the council website or call 0100 555 0190.', 'Lind reported from Fenwick. Valley Wire writer Sam Poe contributed from Eastman.', 'Follow Valley Wire’s coverage of transport at https://example.com/transport', 'This investigation was produced with the support of the Fund for Local Reporting.', 'The Courier will have updates at valleycourier.com and in Friday’s print edition.'];
    const reasons = classifyLines(lines).map((verdict) => verdict.reason);
    expect([reasons[1], reasons[3]]).toEqual([null, null]);
    expect(lines.flatMap((line, index) => ([0, 1, 3].includes(index) || reasons[index] ? [] : [line]))).toEqual([]);
  });

  it('takes wires\' and agencies\' marks, captions and notes from outlets of many countries for junk', () => {
    for (const line of [
      '(END)',
      '/cb',
      'This is a developing story and will be updated.',
      'Correction: An earlier version of this story misstated the number of buses.',
      'Photo taken on May 4, 2026 shows crews at the bridge in Fenwick.',
      'Header image: Crews at the bridge on Monday. — Wire',
      'Crews work at the bridge in Fenwick, May 4, 2026. (Wire/Jo Lind)',
      'Crews work at the bridge in Fenwick on May 4, 2026. [Photo/Agencies]',
      'Valley Agency website contains only a portion of the news stories offered to subscribers, and in summarized form.',
      'Views: 1,204',
      'Save my name, email, and website in this browser for the next time I comment.',
      'What do you think? Let us know in the comments.',
      'Watch the full video below.',
      'VIDEO: Crews lift the last girder into place',
      '1 / 12',
      'Swipe for more photos',
      'Press Trust of India',
      'Related news: Bridge closure snarls traffic',
      'Also Watch',
      'For all the latest World News, download the Valley News App.',
    ]) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).not.toBeNull();
    }
    for (const line of ['Photos taken on Monday show the cracks widening, engineers said.', 'The video shows the girder falling, the inspector told the court.']) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).toBeNull();
    }
  });

  it('takes aggregators\', newsletter platforms\' and release wires\' frames for junk', () => {
    for (const line of [
      'Story by Jo Lind • 2h',
      'Sign in to view more',
      'More for You',
      'Trending in World',
      'Content by Tabooly',
      'In this article:',
      'Upgrade to paid',
      'Discussion about this post',
      '3 new updates',
      'SOURCE Valley Corp',
      'View original content to download multimedia: https://www.example.com/news-releases/valley-302.html',
      'Media: Jo Lind, jlind@example.com',
      'Investors: Sam Poe, +1 555 0100',
      'Our journalism relies on your support. Please consider donating today.',
    ]) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).not.toBeNull();
    }
    for (const line of ['How you can help', 'Source of the cracks', 'Media reports said the bridge had been inspected in March.']) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).toBeNull();
    }
  });

  it('keeps the items of a list the last paragraph announces, or that carry a figure after one separator, below the body', () => {
    const head = ['Regulator fines three ferry firms over fixed fares', 'By Jo Lind', '4 March 2026', 'The regulator fined three ferry firms a combined $41 million on Tuesday for fixing fares on island routes.', 'It said the firms had agreed the fares at meetings held between 2019 and 2022.'];
    const items = ['Northway Lines Ltd – $21,500,000', 'Island Hop Co – $12,000,000', 'Blue Quay Inc – $7,500,000'];
    const foot = ['Share this:', 'Facebook', '© 2026 The Harbour Times'];
    const announced = classifyLines([...head, 'The penalties are as follows:', 'Northway Lines', 'Island Hop', 'Blue Quay', ...foot]).map((verdict) => verdict.reason);
    expect(announced.slice(6, 9)).toEqual([null, null, null]);
    const figures = classifyLines([...head, ...items, ...foot]).map((verdict) => verdict.reason);
    expect(figures.slice(5, 8)).toEqual([null, null, null]);
    // A menu under an article is no list: short entries without figures under a paragraph that announces nothing.
    expect(classifyLines([...head, 'Politics', 'Business', 'Sport', ...foot]).slice(5, 8).every((verdict) => verdict.reason !== null)).toBe(true);
    // One line with a figure alone is not a list.
    expect(classifyLines([...head, 'Northway Lines Ltd – $21,500,000', ...foot])[5]?.reason).not.toBeNull();
  });

  it('takes a release\'s end mark in dashes for junk, and keeps "Notes to editors" over notes in prose, not over boilerplate', () => {
    for (const mark of ['– END –', '— ENDS —', 'End', '-30-']) expect(reasonOf([body[0]!, body[1]!, mark, 'Media contacts'], 2), mark).toBe('end mark');
    const notes = [...body, 'ENDS', 'Notes to editors', '1. The transport department maintains 412 bridges across the region.', '2. Inspections are carried out every two years.', 'About Valley Roads', 'Valley Roads is a non-profit organisation founded in 1998 that campaigns for safer roads.'];
    expect(classifyLines(notes).map((verdict) => verdict.reason)).toEqual([null, null, 'end mark', null, null, null, 'press release furniture', 'outlet note']);
    const boilerplate = [...body, 'ENDS', 'Notes to editors', 'Valley Roads is a non-profit organisation founded in 1998 that campaigns for safer roads.'];
    expect(classifyLines(boilerplate)[3]?.reason).toBe('press release furniture');
  });

  it('keeps reading a list of related headlines past its own controls and stamps ("Previous", "1", "4 hours ago")', () => {
    const lines = [body[0]!, 'Related articles', 'Previous', 'Next', 'Bridge closure: what drivers need to know', 'Who inspected the bridge? The firm behind the report', body[1]!, 'Most read', '1', 'Council votes to fund the repairs', '2', 'Ferry fares frozen for the summer', 'Published', '4 hours ago', 'Who pays for the detour?', 'The work is paid for by the state transport fund this year.'];
    const reasons = classifyLines(lines).map((verdict) => verdict.reason);
    for (const index of [4, 5, 9, 11, 14]) expect(reasons[index], lines[index]).not.toBeNull();
    expect(reasons[6]).toBeNull();
  });

  it('takes a caption signed "– Agency pic", a press council note, a comment policy and a question with "contact us" for junk', () => {
    for (const [line, reason] of [
      ['Crews lift the last beam into place on Monday. – Valley Post pic', 'photo caption'],
      ['The old bridge at dawn. — Northwind file photo', 'photo caption'],
      ['The Valley Post is a member of the Press Council and subscribes to the Press Code of Ethics.', 'site notice'],
      ['Please read our Comment Policy before commenting.', 'site notice'],
      ['Were you stuck in the traffic? Contact us at news@valleypost.example or on WhatsApp.', 'reader callout'],
    ]) {
      expect(reasonOf([body[0]!, line!, body[1]!], 1), line).toBe(reason);
    }
    for (const line of ['Police said the photo was taken on Monday. Officers later released it to the press.', 'The council is a member of the regional transport board, the mayor said.']) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).toBeNull();
    }
  });

  it('takes a briefing\'s second story ("2. Primary countdown" and its lines) for junk when the first is marked above the headline', () => {
    const lines = ['Valley Briefing', '1 big thing', 'Bridge to stay shut for three months', ...body, 'What\'s next: Engineers report to the council in June.', '2. 🗳️ Ferry fares frozen', 'Fares will stay at 2025 prices until the end of the summer.', 'Thanks for reading! Reply to this email with your tips.'];
    const reasons = classifyLines(lines).map((verdict) => verdict.reason);
    expect(reasons.slice(3, 6)).toEqual([null, null, null]);
    expect(reasons.slice(6, 8)).toEqual(['newsletter item', 'newsletter item']);
    // Without the first item's mark, a numbered heading is the article's.
    expect(classifyLines(lines.filter((line) => line !== '1 big thing')).map((verdict) => verdict.reason)[6]).toBeNull();
  });

  it('ends a list of links above the headline at the headline, so the date under it is the page\'s', () => {
    const lines = ['Harbour Notes', 'Subscribe', 'More', 'Bridge to stay shut for three months', 'Three months, two detours and a bill nobody wants to pay. A few thoughts on the week.', 'Jo Lind', 'Oct 21, 2026', 'Share', ...body];
    expect(classifyLines(lines)[6]?.reason).toBeNull();
  });

  it('keeps "Transcript" over the transcript it heads, and takes it for a tab elsewhere', () => {
    const over = [...body, 'Transcript', 'This transcript has been edited for length and clarity.', 'JO LIND: How long will the bridge stay shut?', 'The work is paid for by the state transport fund this year.'];
    expect(classifyLines(over)[2]?.reason).toBeNull();
    const tab = [body[0]!, 'Transcript', body[1]!];
    expect(classifyLines(tab)[1]?.reason).toBe('site navigation');
  });

  it('takes a long line without a stop under the headline for the standfirst when the authors or the datelined lede follow', () => {
    const standfirst = 'Engineers want the crossing shut until the state pays for new bearings, a new deck and a full survey of the piers';
    const authored = ['Bridge to stay shut for three months', standfirst, 'Jo Lind', ...body];
    expect(classifyLines(authored)[1]?.reason).toBe('standfirst or caption');
    const datelined = ['Bridge to stay shut for three months', standfirst, 'Westport, 15 January 2025 – Officials confirmed on Monday that the bridge would stay closed.', body[1]!];
    expect(classifyLines(datelined)[1]?.reason).toBe('standfirst or caption');
    // Over an ordinary paragraph, the line is the article's own.
    expect(classifyLines(['Bridge to stay shut for three months', standfirst, ...body])[1]?.reason).toBeNull();
  });

  it('takes the second copy of the headline for junk, wherever it stands', () => {
    const lines = ['Bridge to stay shut for three months', 'Bridge to stay shut for three months', ...body, 'Bridge to stay shut for three months'];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, 'repeated headline', null, null, 'repeated headline']);
  });

  it('takes a repeated paragraph (a pull quote) for junk, keeping the first', () => {
    const lines = [...body, body[0]!, 'The work is paid for by the state transport fund this year.'];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, null, 'repeated line', null]);
  });

  it('takes a bare date label, a live page\'s labels, an archive\'s notice, a failed widget\'s apology and a metered paywall\'s notice for junk', () => {
    for (const [line, reason] of [
      ['Updated:', 'time stamp'],
      ['Published', 'time stamp'],
      ['Key posts', 'page furniture'],
      ['Pinned post from', 'page furniture'],
      ['This is an archived article and the information in the article may be outdated. Please check the time stamp.', 'site notice'],
      ['This article is more than 3 years old', 'site notice'],
      ['We’re sorry, this feature is currently unavailable. We’re working to restore it.', 'site notice'],
      ['Uh-oh! Daily quota reached.', 'paywall notice'],
      ['Experience an ad-free unlimited reading on both web and app.', 'subscribe prompt'],
    ] as const) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).toBe(reason);
    }
    // An article's sentence about an archive or an apology stays.
    for (const line of ['This is an archived copy of the letter, the council said on Monday.', 'The daily limit was reached by noon, the council said.', 'Get an ad-free pass, the operator told riders, and the fares will rise.', 'We are sorry this happened, the operator said in a statement.']) {
      expect(reasonOf([body[0]!, line, body[1]!], 1), line).toBeNull();
    }
  });

  it('takes a caption over its own copy with the credit glued on for junk, and a live post\'s "By … and …" byline', () => {
    const caption = 'Stalls line the square on market night.';
    const lines = [body[0]!, caption, `${caption}Credit: Jane Roe`, body[1]!, 'By Ana Ruiz and Lee Chan', 'The ferry service resumes on Friday after a week of storms, the operator said.'];
    expect(classifyLines(lines).map((verdict) => verdict.reason)).toEqual([null, 'photo caption', 'photo caption', null, 'byline', null]);
    // "By the end of the week …" is a sentence, not a byline.
    expect(reasonOf([body[0]!, 'By the end of the week the ferry service had resumed.', body[1]!], 1)).toBeNull();
  });

  it('ends the article at "Read the original article on …" and at a wire\'s "This report by … was first published …"', () => {
    const longer = [...body, 'The ferry operator said the storm had damaged two of its piers last week.', 'Engineers will inspect the piers again before the service resumes, it said.'];
    const republished = [...longer, 'Read the original article on Example Times.', 'Tagged:', 'Copyright © 2026 Example Times. All rights reserved.', 'The aggregator carries hundreds of reports a day from dozens of news organisations and institutions.'];
    expect(classifyLines(republished).map((verdict) => verdict.reason).slice(4)).toEqual(['end of the article', 'site navigation', 'copyright footer', 'after the article']);
    const wire = [...longer, 'This report by Example Press was first published May 4, 2026.'];
    expect(classifyLines(wire)[4]?.reason).toBe('end of the article');
  });

  it('takes a related list\'s blurbs cut with an ellipsis for its entries, however long, and a teaser with a decimal figure', () => {
    const lines = [...body, 'Related posts', 'Veteran wins the harbour regatta again', 'The sailor, 61, took the cup for a fifth time on Sunday, beating crews half her age in a strong southerly....', 'Club signs striker in record deal', 'The club has completed the signing of the striker for a record fee. The deal...'];
    expect(classifyLines(lines).map((verdict) => verdict.reason).slice(2)).toEqual(['related articles', 'related articles', 'related articles', 'related articles', 'related articles']);
    expect(reasonOf([...body, 'The government has unveiled a proposed budget of 47.9 billion for the coming fiscal…'], 2)).toBe('related articles');
    // Without a list's label, a paragraph that trails off stays.
    expect(reasonOf([body[0]!, 'The mayor said the council would think again about the closure of the harbour road, and then, after a long pause in which nobody spoke, added that nothing was decided...', body[1]!], 1)).toBeNull();
  });

  it('keeps a sentence the copy broke over two lines, and the last paragraph of a paste cut off mid-sentence', () => {
    const wrapped = [body[0]!, 'He said the ministry would not take a position on the matter, which had no', 'bearing on his office, whatsoever.', body[1]!, 'The minister urged the inquiry to look at the contracts in order to', 'ensure transparency in the ministry.'];
    expect(classifyLines(wrapped).map((verdict) => verdict.reason)).toEqual([null, null, null, null, null, null]);
    const cut = [...body, 'Seven people have been arrested so far in connection with the attack, the state police chief was quoted as say'];
    expect(classifyLines(cut)[2]?.reason).toBeNull();
    // A related headline under the last paragraph is still a link, not the paragraph's end.
    expect(classifyLines([...body, 'Marathon runner proposes to partner at the finish line'])[2]?.reason).not.toBeNull();
  });

  it('takes a live page\'s title for the headline over its first post\'s heading or its summary, with chrome between them', () => {
    const live = ['Advertisement', 'As it happened: Westport on Thursday, June 5', 'Key posts', 'Pinned post from', 'Ferry crew charged over harbour crash', 'By Ana Ruiz', 'A ferry crew member has been charged after the harbour crash on Monday, police said.', 'He is due to appear in court on July 14, police said on Thursday.'];
    expect(classifyLines(live).findIndex((verdict) => verdict.headline)).toBe(1);
    const dashed = ['World', 'Harbour crash: ferry services suspended as inquiry opens – live', 'Divers search the harbour overnight; operator says crews followed the rules', 'Ana Ruiz (now) and Lee Chan (earlier)', 'Tue 14 Jan 2025 22.10 GMT', 'Divers searched the harbour overnight after the crash, the coastguard said on Tuesday.', 'The operator said its crews had followed the rules, the coastguard said.'];
    expect(classifyLines(dashed).findIndex((verdict) => verdict.headline)).toBe(1);
    // A page that is no live page keeps the heading by its byline.
    const plain = ['Advertisement', 'Westport news in brief', 'Ferry crew charged over harbour crash', 'By Ana Ruiz', ...live.slice(6)];
    expect(classifyLines(plain).findIndex((verdict) => verdict.headline)).toBe(2);
  });
});
