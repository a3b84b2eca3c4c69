// A synthetic case told by N invented outlets, for the benchmark: deterministic for a seed number.
// Every name, place and line here is invented; the texts carry the junk and variation real pages do.

/** mulberry32: a tiny, well-known 32-bit PRNG, so one seed always gives the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const chance = (rng: Rng, p: number) => rng() < p;

interface Speaker {
  name: string;
  role: string;
  org: string;
}

const speakers: Speaker[] = [
  { name: 'Maren Oduya', role: 'a spokesperson', org: 'the Federal Rail Safety Office' },
  { name: 'Tobias Kellerman', role: 'the mayor', org: 'Harwick' },
  { name: 'Ines Valcourt', role: 'the fire chief', org: 'the Harwick Fire Department' },
  { name: 'Dale Pruett', role: 'a senior investigator', org: 'the National Transit Review Board' },
  { name: 'Priya Ambrose', role: 'a senator', org: 'the state of Calder' },
  { name: 'Gustav Lindqvist', role: 'the chief executive', org: 'Northline Freight' },
  { name: 'Roberta Chen-Okafor', role: 'an environmental engineer', org: 'Calder State University' },
  { name: 'Samuel Birch', role: 'a resident', org: 'the east side of Harwick' },
  { name: 'Lena Moravec', role: 'a deputy administrator', org: 'the Environmental Protection Agency' },
  { name: 'Hector Villanueva', role: 'a union representative', org: 'the Rail Workers Alliance' },
];

/** Quotes each speaker may give; outlets carry them with small changes of wording. */
const quotes: string[][] = [
  ['The cars that left the track were carrying vinyl chloride, and we are monitoring the air around the clock.', 'No one should return home until the all-clear is given — that is our firm advice.'],
  ['This town has been through a great deal, but we will rebuild every street that was damaged.', 'I have asked the governor for emergency funds, and I expect an answer this week.'],
  ['Our crews worked through the night to keep the fire from reaching the grain silos.', 'We made a controlled release because the alternative was an explosion.'],
  ['It is too early to say what caused the derailment, but we are looking closely at a wheel bearing.', 'Our preliminary report will be published within 30 days.'],
  ['The people of Harwick deserve answers, and they deserve them now.', 'I will call for hearings on freight safety in the United States when the session resumes.'],
  ['We are deeply sorry for the disruption this has caused to the community.', 'Northline Freight will pay for the cleanup, every dollar of it.'],
  ['Vinyl chloride breaks down in the air within days, but the soil is another question.', 'Testing of the wells should continue for at least a year.'],
  ['We heard a roar and then the sky went black — I grabbed my kids and drove.', 'Nobody told us anything for six hours.'],
  ['The water samples we have taken so far are within federal limits.', 'We will keep testing as long as residents have concerns.'],
  ['Crews have been cut to the bone, and inspections are rushed.', 'This was a warning the industry chose to ignore.'],
];

/** Event and context claims, repeated across sources with small changes. */
const claims: string[] = [
  'A Northline Freight train of 141 cars derailed outside Harwick on the night of February 3, 2026, and about 38 cars left the track.',
  'At least 1,900 residents were ordered to leave their homes within a one-mile radius of the crash site.',
  'Eleven of the derailed cars carried hazardous materials, including vinyl chloride, according to the rail company.',
  'Firefighters carried out a controlled burn of five tank cars on February 6, sending a plume of black smoke over the town.',
  'The evacuation order was lifted on February 8 after air readings returned to normal levels.',
  'Investigators said a wheel bearing overheated in the minutes before the crash, according to early data from trackside detectors.',
  'The National Transit Review Board said it would publish a preliminary report within 30 days.',
  'Freight rail in the US carries roughly 1.6 billion tons of goods each year, and accidents involving hazardous cargo remain rare.',
  'More than 3,500 fish were found dead in creeks near the site in the days after the burn.',
  'Northline Freight reported a profit of $2.1 billion last year, and its shares fell 4 percent after the crash.',
  'Lawmakers in Calder have proposed a bill that would require two-person crews on every freight train.',
  'Residents packed a school gymnasium on Wednesday for a public meeting that lasted more than three hours.',
  'State officials opened a clinic in Harwick where residents can have their health concerns assessed.',
  'The rail line reopened to traffic in early March after crews replaced more than a mile of track.',
];

const fillers: string[] = [
  'The town of about 4,700 people sits near the state line, surrounded by farmland and small creeks.',
  'Several families said they were staying with relatives in neighbouring counties while they waited for news.',
  'Local businesses reported a sharp drop in trade during the week of the evacuation.',
  'The crash has renewed a long debate over the regulation of freight rail and the cargo it carries.',
  'Officials have set up a hotline for residents who want to report symptoms or damage to property.',
  'Environmental groups called for an independent review of the testing carried out so far.',
  'The company said it had placed crews on site to remove the damaged cars and contaminated soil.',
  'School buildings in the area stayed closed until inspectors cleared them for use.',
  'Farmers near the site asked whether their livestock and crops were safe to sell.',
  'A lawsuit filed in federal court seeks damages on behalf of residents and businesses.',
];

const outlets = ['The Calder Ledger', 'Riverside Daily', 'Northern Wire', 'Valley Courier', 'The Morning Signal', 'Plains Post', 'Metro Bulletin', 'County Herald', 'Eastline News', 'The Civic Record'];

const junk: string[] = [
  'Skip to main content', 'Menu', 'Home | News | Politics | Weather | Sports', 'Subscribe now', 'Sign in', 'Advertisement',
  'Share this article', 'Share on Facebook', 'Share on X', 'Copy link', 'Click here to read more', 'Most read',
  '#Harwick #TrainDerailment #BreakingNews', 'Follow us on social media', 'Related stories', 'Comments (24)',
  'Read more: What we know about freight rail safety', 'Cookie settings', 'All rights reserved.', 'Newsletter: get the top stories every morning',
];

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const headlines = [
  'Train derailment in Harwick forces evacuations as toxic cargo burns',
  'Harwick residents demand answers after freight train crash',
  'Investigators focus on wheel bearing in Harwick derailment',
  'What we know about the Harwick train crash',
  'Harwick evacuation lifted, but residents remain wary',
  'Rail safety bill gains support after Harwick disaster',
];

/** Small changes outlets make to the same sentence: dashes, US/United States, a dropped clause, punctuation. */
function vary(rng: Rng, sentence: string): string {
  let out = sentence;
  if (chance(rng, 0.3)) out = out.replace(/ — /g, pick(rng, [' – ', ' - ', ' -- ', '—']));
  if (chance(rng, 0.3)) out = out.replace(/\bthe United States\b/g, 'the US').replace(/\bthe US\b(?!\w)/g, pick(rng, ['the United States', 'the U.S.', 'the US']));
  if (chance(rng, 0.2)) out = out.replace(/, (and|but) [^,]+\.$/, '.');
  if (chance(rng, 0.15)) out = out.replace(/\bpercent\b/g, '%');
  if (chance(rng, 0.15)) out = out.replace(/\babout\b/g, 'roughly');
  return out;
}

/** One quote with its attribution, in one of the forms outlets use. */
function quoteLine(rng: Rng, speaker: Speaker, quote: string): string {
  const said = pick(rng, ['said', 'told reporters', 'added', 'says']);
  const text = vary(rng, quote);
  const body = text.replace(/\.$/, '');
  const inside = chance(rng, 0.7);
  const close = (mark: string) => (inside ? `${body}${mark}”` : `${body}”${mark}`);
  switch (Math.floor(rng() * 5)) {
    case 0:
      return `“${close(',')} ${speaker.name} ${said}.`;
    case 1:
      return `“${close(',')} said ${speaker.name}, ${speaker.role} for ${speaker.org}.`;
    case 2:
      return `${speaker.name}, ${speaker.role} of ${speaker.org}, ${said}: “${text}”`;
    case 3:
      return `“${close('.')} That was how ${speaker.name} put it on ${pick(rng, weekdays)}.`;
    default:
      return `${speaker.name.split(' ').at(-1)} ${said} that “${body.charAt(0).toLowerCase()}${body.slice(1)},” according to ${speaker.org}.`;
  }
}

function dateLine(rng: Rng, published: Date): string {
  const when = pick(rng, [`on ${pick(rng, weekdays)}`, `in ${pick(rng, months)}`, `on ${months[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()}`, 'last week', 'earlier this month']);
  return pick(rng, [
    `Officials said ${when} that cleanup would take months.`,
    `A second public meeting was held ${when}, drawing hundreds of residents.`,
    `The company confirmed ${when} that it had paid for hotel rooms for displaced families.`,
  ]);
}

export interface CorpusFile {
  name: string;
  text: string;
}

/** The i-th source of the corpus: junk, a headline, a byline and dateline, then body until its target size. */
function source(rng: Rng, index: number): CorpusFile {
  const target = 2000 + Math.floor(rng() * 10_000);
  const outlet = pick(rng, outlets);
  const published = new Date(Date.UTC(2026, 1, 4 + Math.floor(rng() * 60)));
  const lines: string[] = [];
  for (let i = 0, n = 1 + Math.floor(rng() * 4); i < n; i++) lines.push(pick(rng, junk));
  lines.push(vary(rng, pick(rng, headlines)), outlet, `By ${pick(rng, ['Ana Ruiz', 'Tom Hadley', 'Keiko Mori', 'Jon Bale', 'Staff reporter'])}`);
  lines.push(`${months[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()}`);
  const lead = vary(rng, pick(rng, claims));
  lines.push(chance(rng, 0.5) ? `HARWICK, Calder — ${lead}` : lead);
  let size = lines.join('\n\n').length;
  while (size < target) {
    const roll = rng();
    let line: string;
    if (roll < 0.35) {
      const who = Math.floor(rng() * speakers.length);
      line = quoteLine(rng, speakers[who] as Speaker, pick(rng, quotes[who] as string[]));
    } else if (roll < 0.65) line = vary(rng, pick(rng, claims));
    else if (roll < 0.85) line = vary(rng, pick(rng, fillers));
    else if (roll < 0.93) line = dateLine(rng, published);
    else line = pick(rng, junk);
    lines.push(line);
    size += line.length + 2;
  }
  for (let i = 0, n = 1 + Math.floor(rng() * 4); i < n; i++) lines.push(pick(rng, junk));
  return { name: `${String(index).padStart(5, '0')}_${outlet.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.txt`, text: `${lines.join('\n\n')}\n` };
}

/** N sources of one synthetic case; the same seed gives the same files, and the first k of N+m are those of N. */
export function corpus(count: number, seed = 1): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (let index = 0; index < count; index++) files.push(source(random(seed * 1_000_003 + index), index));
  return files;
}
