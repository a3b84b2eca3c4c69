// The junk lexicon's cheap tests (`needs`) may only spare a pattern the lines it cannot match: a line the
// pattern matches always passes its `needs`, or the classifier would keep chrome it used to remove. And the
// line features read without patterns (wordCount) count what the patterns counted.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../scripts/lib/corpus.ts';
import { strongReason, wordCount } from '../src/pipeline/junk/features.ts';
import { strongPatterns } from '../src/pipeline/junk/lexicon.ts';
import { looserCopy, openingGate } from '../src/pipeline/prefilter.ts';

/** Every line of the seeds, the dev corpus, the clean fixtures and a generated case. */
function knownLines(): string[] {
  const files: string[] = [];
  const texts = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => join(folder, name));
  files.push(...texts('seeds'));
  for (const name of readdirSync('tests/fixtures/corpus')) files.push(...texts(join('tests/fixtures/corpus', name, 'seeds')));
  for (const name of readdirSync('tests/fixtures/clean')) files.push(join('tests/fixtures/clean', name, 'input.txt'));
  const lines = [...files.map((file) => readFileSync(file, 'utf8')), ...corpus(40, 3).map((file) => file.text)].flatMap((text) => text.split('\n'));
  return [...new Set(lines.map((line) => line.trim()).filter(Boolean))];
}

// Lines each gated pattern removes, written for this test: the `needs` must let every one through.
const examples = [
  'Below is a film of the mayor’s acceptance speech in May 2015.',
  'Some articles the site thinks might be related:',
  'Stories you may have missed',
  'App users: Click here to watch video report',
  'Article written by',
  'This is a community-moderated forum.',
  'Support from readers like you keeps The Kelby Journal open.',
  'Please try another search',
  'Related video:',
  'The story continues under the ad',
  'Quiz of the week',
  'Allow Twitter content?',
  'This article contains content provided by Twitter. We ask for your permission before anything is loaded.',
  '- Kelby Markets - Trading education - Read our review',
  'Share Email this article to a friend To send a link to this page you must be logged in.',
  'This field is required',
  'You may occasionally receive promotional content from the Kelby Times.',
  "Updated 4:19 pm ET with analyst's comments.",
  'Funeral for officer killed after crash, Harrow police searching for gunman and more top stories',
  'How well do you know the news? Test your knowledge.',
  'and never miss the top stories',
  'Check out a sample Kelby Recap newsletter.',
  'Watch Roe speaking here shortly:',
  'Watch the moment the crane fell below:',
  '►Make it easy to keep up to date with more stories like this. Download the Kelby 13 app now.',
  'Sorry, no results were found for Kelby',
  'If you have seen value in our reporting, please contribute what you can, so we can continue to produce journalism.',
  'Independent news that tells the truth. Advertising revenue goes some way to support our mission, but this year it has not been enough.',
  'These updates are now finished.',
  'This live blog has now ended.',
  '• Follow I follow',
  'editorial image',
  'UPDATE, Monday, 1.25pm:',
  'At 1.18pm:',
  'In case of an emergency call – 000',
  'The independent student publication of Kelby University, since 1950',
  'Visit Shots! now',
  'Would you like to receive news notifications from Kelby Express?',
  'See tomorrow’s Kelby Herald.',
  'Got a question? Something on your mind? Talk to your community, directly.',
  'MORE READING!  Kelby declares Monday a public holiday',
  'premium_icon Councillor gets standing ovation for powerful speech',
  'As tenants at a Kelby apartment block face having to move out, advocates renew their calls for better protections. Jane Roe reports.',
  'Photo by Jane Roe Two clerks store the ballots away after the official count on Friday at the Kelby County Board of Elections.',
  'kelbynews-placeholder',
  'Hide Ad',
  'Stay in touch with top news, as it happens, conveniently in your email inbox. It\'s FREE!',
  'Storm Damage Kelby 20140608',
  'WATCH REPLAY: Kelby officials answer questions from the media about the failed launch.',
  'Want to go ad-free? Find out how, here.',
  'Hide AdAdvertisement',
  'The Kelby Mind charity promotes the views and needs of people with mental health problems. Its helpline number is 03001 233 393.',
  'To get in touch with the Samaritans in Kelby, call 020 8399 6676 or',
  'Anyone struggling can call the Samaritans free on 116 123.',
  'Published on:',
  'Note -- this news article is more than a year old.',
  'See more photos below.',
  'DSC 1646 1',
  'Give us feedback, share a story tip or update, or report an error.',
  'Digital Editions',
  'Cookies on Roe Law website',
  'If you want to use the sites without cookies or would like to know more, you can do that here.',
  'Listen at 90.3 FM and 98.3 FM in Kelby, 95.9 FM in Harrow, or on the KLBY app!',
  'Home Kelby News Article',
  'Treasurer Jane Roe gives her budget speech. Kelby NewsWire / Sam Poe',
  'Kelby farmers wait to be registered at a temporary shelter in Harrow, January 31, 2019. / Reuters',
  'Paramilitary jawans stand guard in Kelby. Tribune photo: Jane Roe',
  'Police stand guard outside the court. Express photo by Jane Roe',
  'The harbour wall after the storm. Kelby Times file photo',
  'From left: Attorney General, Jane Roe; Police Commissioner, Sam Poe, during yesterday’s briefing.',
  'FILE – FEBRUARY 5: Kelby Corp is set to announce its fourth quarter earnings on February 5.',
  'Kelby Times:',
  'Thank you for donating to KelbyNews.nl.',
  'We could not provide the Kelby News service, and keep it free of charge, without the generous support of our readers. Your donations allow us to report on issues you tell us matter.',
  'Seen a mistake?',
  'Listen to Live Stream',
  'ATTENTION: Click “HERE” to join our WhatsApp group and receive News updates directly on your WhatsApp!',
  'You can watch the video on Facebook here.',
  'Watch a video below:',
  'Get real time updates directly on you device, subscribe now.',
  "Sorry, this video isn't available any more.",
  'We apologize, but this video has failed to load. Try refreshing your browser.',
  'More to come.',
  'Jane Quill, and a Kelby rescue vehicle. Supplied.',
  'A bear, not the one in the story. Via Wikimedia Commons',
  'A section of the collapsed crane protrudes from a crushed building on Kelby Street. (By Jane Roe -- Kelby Wire)',
  'How does this article make you feel?',
  'Have news you must share? Get in touch with us via email at news@kelbynews.com.',
  'Featured image adapted from Kelby Police and Google Maps.',
  'Advertising Read more',
  "While you're here, we just want to remind you of our commitment to telling the truth.",
  'This entry was posted in Kelby News. Bookmark the permalink.',
  '413 SHARES Share Tweet [mc4wp_form id=33047]',
  '[contact-form-7 id="12" title="Contact"]',
  'Web Development By',
  'Website designed and hosted by Kelby Digital',
  'This field is for validation purposes and should be left unchanged.',
  'Remove the ads from your Kelby Times reading experience but still support the journalists who create the content with Kelby Times Ad-Free.',
  'This is a breaking news update. More information to be added as available.',
  'My Account',
  '- Local News11 months ago',
  'By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.',
  'Download from Apple Store or Play Store.',
  'Log in here to leave a comment.',
  'I would like to be emailed about offers, event and updates from the Kelby Standard. Read our privacy notice.',
  'Jane Roe / Kelby Times Share:',
  'If you want to receive BREAKING ALERTS, please download our Kelby News app',
  'Scene of the Kelby attack (photo credit: COURTESY KELBY POLICE)',
  'Insight by Roe Systems: Experts from the Kelby agency will explore how security can happen in tandem in this free webinar.',
  'The Kelby Athletics Federation has announced that 28 athletes have been suspended after … Continue reading Kelby Suspends Athletes',
  'Keep Connected With The Latest News, Weather, And Sports on Kelby’s Best Radio stations.',
  'Loading Audio... Article will play after ad...',
  'Playing in :00',
  '[Kelby firefighters closer to putting out the Mill Road fires]',
  'Interfax/BNS',
  'Copying, publishing, announcing any information from the Kelby.lt portal without written permission of its editorial office is prohibited.',
  'It is prohibited to copy and republish the text of this publication without a written permission from Kelby News.',
  'Shops are closing. But we’ve chosen to keep our online journalism free because it’s so important that the people of Kelby stay informed.',
  'To help us get through this, we’re asking readers who can afford it to contribute either £3, £5 or £8 a month to the Kelby Times.',
  'If you choose to sign up, we’ll also take away all the adverts. Click here to help Save Your Times:',
  'Our journalism is based on credibility and impartiality. Kelby Radio is independent and not affiliated to any political interests.',
  'KELBY NEWS is Ardia’s leading online newspaper. Published by the award-winning journalist Mr. Sam Roe.',
  'The most popular articles',
  'Share this News:',
  'For more breaking news, local headlines and features, ‘like’ our Facebook page.',
  'Oops, something went wrong.',
  'Something went wrong. Please try again later.',
  'Text:',
  'City of Kelby Website: Jim Roe/Kelby Daily News',
  'Our Community. Our Nation. Our World.',
  'Play Live Radio',
  '0:00 0:00',
  'Catch all the Business News, Breaking News Events and Latest News Updates on Kelby Times.',
  "Find out what's happening in Kelby with free, real-time updates from Patch.",
  "Let's go!",
  'Thank',
  '(Kelby Police Department)',
  'Want more news from WKBY 7? Download our free app for breaking news alerts.',
  'Read this article for free:',
  'Already have an account? Log in here »',
  'To continue reading, please subscribe with this special offer:',
  'All-Access Digital Subscription',
  '$2.50 for 90 days*',
  '• Read the E-Edition, our digital replica newspaper',
  '• Access Kelby Now, our award-winning app',
  '• Play interactive puzzles',
  '*Pay $2.50 for the first 12 weeks of your subscription. After 12 weeks, the price rises to the regular rate.',
  'More news: Rovers Could Change Their Keeper: Report',
  'Listen to Jane Roe discussing Tuesday’s vote on Morning Kelby',
  'Watch Constables Ann Roe and Sam Poe’s interview on Kelby Days below.',
  'Your support is essential to making journalism like this possible.',
  'Will you stand with us?',
  'Trustworthy and in-depth news stories are more important now than ever.',
  'Get top local Kelby stories delivered to you every morning with the News Headlines newsletter.',
  'Photo/Kelby News',
  'Kelby Media Group, Inc.',
  'SUBMITTED Still from video taken at the scene of the crash on Tuesday.',
  'If you have trouble accessing our login form below, you can go to our login page.',
  '• 5h • 4 min read',
  'Posted 5h ago5 hours ago, updated 1h ago1 hours ago',
  'Leer en español',
  'Tap to enlarge',
  '• Font:',
  'Comments Comments',
  '📱 Get the latest headlines on kelbytv.com for Kelby and the valley.',
  '• Kelby Public Radio thanks our sponsors — become a Kelby Public Radio sponsor',
  'WARNING: Video contains graphic images',
  '/ Source: staff and wire service reports',
  'Watch more of our videos on KelbyTV.com',
  'and on Freeview 264 or Freely 566',
  'JR - angry in Kelby wrote (12 days ago):',
  'Learn the signs of a stroke in under 60 seconds. Find out what to do next.',
  'Tap here to add Kelby Post as a preferred source on Google',
  'Add Kelby Post on Google',
  'Our journalism needs your support. Please subscribe today.',
  'Don’t forget to follow us on Twitter, like us on Facebook',
  'Add your business to Kelby Business Listing / Kelby Business Directory',
  'http://kel.by/-UNSb',
  "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
  'Members of the Kelby Police Unit pictured during a drill.',
  '10/11/2019 23:45',
  'File',
  'Kelbynews.co.ke',
  'A file image of two men in police handcuffs after being arrested in August 2019.',
  'Undated file image of two men in police handcuffs',
  'Invalid email Invalid email',
  'Untitled',
  'You make this possible. Support our independent, nonprofit newsroom today.',
  '(Source: KNA)',
  '(move mouse or touch to see the trend in different countries)',
  "Hover over the map to see each district's figures",
  'Originally published as Rangers close in on crocs',
  "Register for free to read more of the latest local news. It's easy and",
  'This archived news story is available only for your personal, non-commercial use. Information in the story may be outdated.',
  'Our FM signal in Kelby has been restored. Click here to learn more.',
  'Playback problems? We have updated our player. Please click here on for more information.',
  'Commissioner Jane Roe, centre, speaks to officers during a raid in Kelby in December.',
  'Commissioner Jane Roe speaks to officers during a raid in Kelby in December. —Photo: SAM POE',
  '- Earlier report: Minister denies the ferry will close',
  'Our website is temporarily unavailable in your location.',
  'Crews lift the last beam into place on Monday. File',
  'Regional Minister, Jana Kovi <a href="//ads.example.net/w/1.0/rc?cs=b2ad"> <br /> <img src="https://example.com/1506.jpg" alt="" /></a>',
  'Crews search the hill for the missing helicopter. Video / Jane Roe',
  'Hurrah! 🎉 — Jane Roe (@janeroe) June 29, 2020',
  'Read Two workers hurt in quay collapse at Kelby',
  'Get daily National news',
  'We want our comments to be a lively and valuable part of our community - a place where readers can debate the issues.',
  'Would you like to comment on this article?',
  'Register on KelbyLIVE at no cost to receive newsletters, read exclusive articles & more.',
  'Notification Settings X',
  'In Summary',
  'Minister Jane Roe at a townhall for staff to address the cuts, give a financial review and share about the group strategy going forward, on Oct 12, 2017. KT PHOTO: SAM POE',
  'The union says it will stage a work-to-rule protest from Thursday. File photo: KBC',
  "You can watch Jane Roe's full interview with the mayor in the video player above.",
  'This material may not be published, broadcast, rewritten or redistributed.',
  'Contact staff writer Jane Roe at or @JaneRoe on Twitter or 423-555-0100.',
  '😡 - "An absolute disgrace!"',
  'Trains at the station in Kelby (file picture).',
  'SORRY: Roe',
  'Stream local Kelby News free on KelbyPlay',
  '𝐆𝐀𝐌𝐄 𝐃𝐀𝐘 ⚽',
  'Kelby seal the win in the last minute 🏉 pic.twitter.com/Ab12Cd',
  'Harbour workers outside the court on Monday. [Jane Roe, Kelby Standard]',
  'Sam Poe outside the court. PIC: Kelby Police.',
  'Send your stories to contact@example.com.au',
  'Correspondent at Kelby Voice Media.',
  'Stories Continues after ad',
  'POLLHave you taken your vaccine shot?',
  'Access includes:',
  'Easier access to your trusted, local news. Have a look at our brand new digital subscription packages!',
  'FinancialGovernment SolutionsLegalKelby News AgencyRisk Management SolutionsTax & Accounting',
  'Posted by Kelby Village Council on Thursday, July 16, 2020',
  'FILE: A Kelby Police Department patrol car parked on Quay Road after a crash (KPD photo from July 9, 2023).',
  'Photo: Police.',
  'Select your Top Menu from wp menus',
  'The most credible news source in Kelby',
  'Why are you making commenting on The Kelby Herald only available to subscribers?',
  'We know there are thousands of Herald readers who want to debate, argue and go back and forth in the comments section of our stories.',
  'Unfortunately, though, these important debates are being spoiled by a vocal minority of trolls.',
  'For our free coverage of the Kelby floods, learn more here.',
  'OTHER NEWS   Flood: Many Odeville returnees still without homes',
  'NOTE: We wish to add you to our WhatsApp Database to get our Trending, latest and timely news directly into your WhatsApp Box as the news breaks.',
  'Due to the legal subject matter of some of the content on example.ca, we reserve the ability to disable comments from time to time.',
  'The daily email you need for Kelby’s top news stories.',
  "Teachers marched on Westminster on Tuesday, as Roe News' Jane Poe reports",
  'Flood water reached the high street, as our Wales correspondent Hywel Roe reports.',
  'Special: Up To 25% Off Roe Pro Learn More',
  'Start your free trial today and get started',
  'NULL Invalid API key or channelobject(stdClass)#8125 (1) { ["error"]=> object(stdClass)#8126 (3)',
  'Component post 10560586 could not be found.',
  "That's all from Kelby News tonight. Check in again tomorrow for more updates.",
  'The Kelby News Agency does not verify these stories and does not vouch for their accuracy.',
  "Read MoreKelby Bank: Chief is 'worst of the year'",
  'You may also want to watch:',
  'Updated: | Originally published: ;',
  'My Saved Shows',
  "You haven't saved any shows yet!",
  'KELBY 7 NEWS has a crew at the scene and will have more information as it becomes available.',
  '@kelbynews We asked riders how the strike hits them📷 #Kelby #Transit #Strike #Union ♬ original sound - Kelby News',
  'Crews at the quay. Image: Jane Roe / Shutterstock.com.',
  'Sign up to get it in your inbox.',
  'Read our free weekly newsletter for more.',
  'Email the newsroom at desk@example.com',
  'Send it to newstips@example.com',
  'Sign up for our morning briefing',
  'Follow us on WhatsApp for updates',
  'Add The Sentinel as a preferred source on Google',
  'Was this forwarded to you? Sign up here.',
  'Roe Media © 2025 All rights reserved',
  'The Morning Line is a Roe Audio production.',
  'New episodes every Tuesday.',
  'A photo taken on Monday shows the bridge.',
  'This handout photo shows the damaged roof.',
  'Featured image: the bridge at dusk',
  'The Sentinel is an independent, nonprofit newsroom.',
  'Jane Roe said...',
  'Live coverage by Jane Roe',
  "We're closing this live page now.",
  'Thanks for following along',
  'We will bring you updates as they come in.',
  '1,234 words, a 5-minute read',
  '3 big things',
  'This newsletter was edited by Jane Roe.',
  'Home | News | World',
  'Possession 54% - 46%',
  'Crews at the sitePhoto: Jane Roe',
  'Agency website contains only a portion of the stories',
  'Jane Roe / Reuters',
  'Crews at the site on Monday. – Valley Post pic',
  'Share the best of The Kelsham Post with friends, family, or colleagues. As a subscriber, you can gift 3 to 5 articles each month.',
  'Gift Premium Articles',
  "Error! We're sorry, but the page you were looking for doesn't exist.",
  'Sorry!!',
  '404',
  'Page not found',
  'Transport Minister Jane Roe (left) fields questions during a briefing at the ministry on Monday.',
  'The winning crew (second from left) with the trophy in Kelsham.',
  "Today's Morning Note count is 912 words — a 4-minute read.",
  'Sealed ballot boxes at a counting centre (Representational Image) Photo: Roe Wire',
  'By allowing ads to appear on this site, you support the local businesses who, in turn, support local journalism.',
  'Please consider disabling your ad blocker to support our reporting.',
  'Ads help keep our journalism free for everyone.',
  'Voters queue outside a polling station in Roeland. — AFP/ File',
  'Rescue teams search the rubble on Monday. – Roe Wire/Files',
  'The Valley Post is a member of the Press Council.',
  'Please read our comment policy before commenting.',
  'Did you see it? Contact us at news@example.com',
  'This is an archived article and the information may be outdated.',
  'We’re sorry, this feature is currently unavailable.',
  'Experience an ad-free unlimited reading on both web and app.',
  'summer_fair_banner_728x90',
  'Improve your commute by listening to this article.',
  'Get instant alerts and never miss a headline.',
  '• Stay ahead of the news! Follow The Harbour Courier on WhatsApp for breaking stories.',
  'Inspectors walk the closed span on Monday morning. Photo/HC/ANA RUIZ',
  'Be the first to know when big stories break.',
  'Crews clear the flooded road on Monday. (Supplied: Jane Roe)',
  'Harbour food fair, 12 to 14 June – book your place today!',
  'Sport › Football › Results',
  'Would you like to subscribe to our newsletter?',
  'Share this with Email Share this with Facebook Share this with X',
  'Add articles to your saved list and come back to them any time.',
  'To contact the reporter for this story, email Jane Roe at jroe@example.com.',
  'Harbour Courier screengrab',
  'Your support makes all the difference.',
  'A woman wades through floodwater near the market on 2 December. [Jane Roe/ Valley Post]',
  'Crews at the ridge on Tuesday. (Photo: Jane Roe)',
  'Footage from the fire service shows the scene in Marlow on Tuesday.',
  'For more news your way, download The Valley Post’s app for iOS and Android.',
  'This article was originally on a blog platform and may be missing photos, graphics or links.',
  'Please enable JavaScript to view the comments.',
  'Support independent journalism today.',
  '<< Back to the harbour story',
  '(Jane Roe / Getty Images)',
  'We use cookies to improve your experience.',
  'Tuesday, 14:05 BST',
  'Rescuers search the rubble on Friday. (Jane Roe/Harbour Post)',
  'Crews clear debris near the pier. [Photo/Roe Agency]',
  'Press office: +44 20 7946 0000',
  'Photo: Jane Roe / Harbour Post',
  "Today's Paper Obituaries Newsletters Weather Puzzles Local",
  'Comments: Our rules',
  'READ ALSO  Ferry fares to rise again in spring .',
  'The Kelby Post is not responsible for the content of external sites.',
  '(Apart from the headline, Kelby Post staff have not edited this story, which is published from a syndicated feed.)',
  'Start 14 day trial',
  'story.lead_photo.caption Fishing boats tied up at the east quay on Monday.',
  'Read the full story at the Kelby Post.',
  '1. Kelby Coast Radio Listen Live',
  '// Adds the author and topic to the analytics',
  'Dock workers vote to strike at the east quay (Kelby Wire/Dockers Union)',
  'Kelby Wire, March 4, 2025 Adjust font size:',
  'Selecting your primary region ensures you see the stories from your area first.',
  'Load more comments',
  'Opens in new window',
  'Join our Telegram channel for the latest news',
  'Photo gallery (12 photos)',
  'Stay up to date with the latest news from Kelby',
  'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
  'Turn on notifications',
  'Email Jane Doe',
  'Log in or register to continue reading',
  'Print Article',
  'In partnership with Kelby Bank',
  'maxItemsPerPage: 10',
  'Why not have your say? Write a letter to the editor here:',
  'Our journalists work hard to provide local, up-to-date news to the community.',
  'This story was submitted via Facebook. Click here to join our Facebook page.',
  'A police car outside the school View image in full screen',
  'A file photo of a police car. Kelby News / File',
  'Source The Kelby Courier, Kelby, Ont.',
  'large_harbour-wall.JPGThe harbour wall in January 2008.',
  'Send this page to someone via email',
  'This is AI generated summarization, which may have errors. For context, always refer to the full article.',
  'Contributing: Jane Roe, Kelby Courier',
  'Read or Share this story:',
  'The harbour wall gave way on Friday. Officials say repairs will take months. VPC',
  'To improve our community, we are temporarily suspending article commenting.',
  'More details awaited.',
  'Floodwater outside the school in Kelby on Monday Facebook',
  '– Kelby News Agency (KNA)',
  'Web Notifications',
  'Earlier coverage:',
  'More must-reads:',
  'Watch Kelby News live',
  'Please use Chrome browser for a more accessible video player',
  'Jane Roe has more on the investigation',
  'Why you can trust Kelby News',
  'Now Reading :',
  'premium_icon Subscriber only',
  'Dr. Jane Roe. (Internet file photo)',
  'Keystone / Jane Roe',
  'Kelbywire-KNA/RTS/jr',
  'Kelby Post Staff',
  'This content was published on',
  'Recommended Stories For You',
  'There are no comments.',
  'Please enter your comment!',
  'Advertisement 271',
  'Follow @KelbyPost on Twitter and @kelbypost on Instagram, or like our Facebook Page, Kelby Post, by clicking here for the latest news.',
  'Next Up:',
  'Available On Air Stations',
  'KelbyPost.com would like to send you notifications for breaking news alerts.',
  'Activate notifications?',
  'Register today and start',
  'enjoying 30 days of unlimited content.',
  'Watch on YouTube: "A year after the floods | Kelby Post"',
  'Kelby Post Logo',
  '<img height="1" width="1" style="display:none" src="https://tracker.example/tr?id=1&amp;ev=PageView">',
];

describe('junk lexicon: needs', () => {
  it('reads every example as chrome: each matches a pattern of the lexicon, through its needs', () => {
    const missed = examples.filter((line) => !strongPatterns.some(({ pattern, needs }) => (!needs || needs.test(line)) && pattern.test(line)));
    expect(missed).toEqual([]);
  });

  const gated = strongPatterns.filter((entry) => entry.needs);

  it('every gated pattern has an example, and the example passes its needs', () => {
    for (const { pattern, needs } of gated) {
      const matched = examples.filter((line) => pattern.test(line));
      expect(matched.length, String(pattern)).toBeGreaterThan(0);
      for (const line of matched) expect(needs?.test(line), `${needs} on “${line}”`).toBe(true);
    }
  });

  it('no line a pattern matches fails its needs', () => {
    const lines = knownLines();
    expect(lines.length).toBeGreaterThan(1000);
    for (const { pattern, needs } of gated) {
      for (const line of lines) if (pattern.test(line)) expect(needs?.test(line), `${needs} on “${line}”`).toBe(true);
    }
  });

  it('no line a pattern matches fails the looser copy of its needs (asked before them)', () => {
    const lines = knownLines();
    let copied = 0;
    for (const { pattern, needs } of gated) {
      const looser = needs ? looserCopy(needs) : null;
      if (!looser) continue;
      copied++;
      for (const line of lines) if (pattern.test(line)) expect(looser.test(line), `${looser} on “${line}”`).toBe(true);
    }
    expect(copied).toBeGreaterThan(2);
  });

  it('no line a pattern matches fails its looser copy (the pattern without its word boundaries, asked first)', () => {
    const lines = knownLines();
    for (const { pattern } of strongPatterns) {
      const looser = looserCopy(pattern);
      if (looser) for (const line of lines) if (pattern.test(line)) expect(looser.test(line), `${looser} on “${line}”`).toBe(true);
    }
  });
});

/** A text's first three characters, as the opening gates are asked of them (whole code points). */
const openingOf = (text: string) => [...text].slice(0, 3).join('');

describe('junk lexicon: opening gates', () => {
  it('reads the first characters of anchored alternatives, passing over lookarounds, boundaries and optional parts', () => {
    expect(openingGate(/^(?:read more|watch)\b/iu)?.source).toBe('^(?:rea|wat)');
    expect(openingGate(/^(?=.{0,80}$)(?:free )?news\S*$/iu)?.source).toBe('^(?:new|fre)');
    expect(openingGate(/^\+\d{1,3}$/u)?.source).toBe('^(?:\\+\\d)');
    expect(openingGate(/^ab$|^c/u)?.source).toBe('^(?:ab|c)');
    // Not anchored, able to match an empty line, or opening on what is not read here: no gate.
    expect(openingGate(/\bsaid\b|^x/iu)).toBeNull();
    expect(openingGate(/^(?:a|)$/u)).toBeNull();
    expect(openingGate(/^(a)\1/u)?.source).toBe('^(?:a)');
    expect(openingGate(/^(?:\1(a))/)).toBeNull();
    // (Without the u flag "\p{L}" is no letter class: the prefix stops before it.)
    expect(openingGate(new RegExp(String.raw`^\p{L}x`, 'i'))).toBeNull();
  });

  it('lets through the opening of every line its pattern matches, for generated patterns and lines', () => {
    const atom = fc.constantFrom('a', 'b', '[ab]', '.', '\\s', ' ', '[^a]', '\\p{L}');
    const pattern: fc.Arbitrary<string> = fc.letrec<{ sequence: string; item: string }>((tie) => ({
      sequence: fc.array(tie('item'), { minLength: 1, maxLength: 4 }).map((items) => items.join('')),
      item: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom.chain((text) => fc.constantFrom(text, `${text}?`, `${text}*`, `${text}+`, `${text}{2}`, `${text}{0,2}`, `${text}{1,3}?`)),
        fc.constantFrom('\\b', '$', '(?=a)', '(?!b)', '(?<=a)'),
        fc.tuple(fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '?', '*', '+', '{2}')).map(([alternatives, quantifier]) => `(?:${alternatives.join('|')})${quantifier}`),
      ),
    })).sequence;
    const source = fc.array(pattern, { minLength: 1, maxLength: 3 }).map((alternatives) => alternatives.map((alternative) => `^${alternative}`).join('|'));
    let gated = 0;
    fc.assert(
      fc.property(source, fc.constantFrom('u', 'iu', 'i', ''), fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', ' ', '\u00e9'), maxLength: 8 }), { minLength: 20, maxLength: 20 }), (text, flags, lines) => {
        let compiled: RegExp;
        try {
          compiled = new RegExp(text, flags);
        } catch {
          return;
        }
        const gate = openingGate(compiled);
        if (gate) gated++;
        for (const line of lines) if (gate && compiled.test(line)) expect(gate.test(openingOf(line)), `${gate} on “${line}” for ${compiled}`).toBe(true);
      }),
      // (A fixed seed: unseeded, one run in many drew nested quantifiers whose backtracking took over a minute.)
      { numRuns: 3000, seed: 20261206 },
    );
    expect(gated).toBeGreaterThan(300);
  });

  it('no line a chrome pattern matches fails its opening gate, and most patterns have one', () => {
    const lines = [...knownLines(), ...examples];
    const gates = strongPatterns.map(({ pattern }) => ({ pattern, gate: openingGate(pattern) }));
    expect(gates.filter(({ gate }) => gate).length).toBeGreaterThan(strongPatterns.length * 0.8);
    for (const { pattern, gate } of gates) {
      if (gate) for (const line of lines) if (pattern.test(line)) expect(gate.test(openingOf(line)), `${gate} on “${line}”`).toBe(true);
    }
  });

  it('gives each line the reason the whole lexicon, read in order, gives it', () => {
    const sequential = (text: string) => {
      const bare = text.replace(/^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+|[-•*·▪]\s+)/u, '');
      return strongPatterns.find(({ pattern }) => pattern.test(text) || (bare !== text && /^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+|[-•*·▪]\s+)\S/u.test(text) && pattern.test(bare)))?.reason ?? null;
    };
    const lines = [...knownLines(), ...examples].filter((line) => wordCount(line) <= 60);
    let matched = 0;
    for (const line of [...lines, ...examples.map((line) => `• ${line}`), ...examples.map((line) => `📬 ${line}`)]) {
      const reason = strongReason(line);
      if (reason) matched++;
      expect(reason, line).toBe(sequential(line));
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('wordCount', () => {
  // The split it stands for: runs between white space that hold a letter or a digit.
  const bySplit = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const pieces = ['Roe', 'é', 'ß', '3', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '—', '-', '.', '’', '𝐀', '😀', '\ud800', '\udc00', '٣', 'Ⅻ', '@', '[', '`', '{', 'Z', 'a'];

  it('counts what the split counts, in any script and any white space', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((parts) => parts.join(''))), (text) => {
        expect(wordCount(text)).toBe(bySplit(text));
      }),
      { numRuns: 3000 },
    );
  });
});
