// The times stage: fixture folders (input.txt, meta.json → expected.json, regenerated with UPDATE=1),
// and the seeds' gold time expressions that a publication date makes datable.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../src/assemble/index.ts';
import { readableDate } from '../src/assemble/dates.ts';
import { caseDates, caseDayOf, referenceDate, wantsCaseYear } from '../src/pipeline/times/resolve.ts';
import { scoreTimes, type GoldFile } from '../src/eval/score.ts';
import { processSource } from '../src/pipeline/index.ts';
import { normalizeForMatch } from '../src/pipeline/normalize.ts';
import { goldDir } from '../scripts/lib/gold.ts';
import { ingest } from '../scripts/lib/ingest.ts';

const fixtures = join(import.meta.dirname, 'fixtures', 'times');
const seeds = join(import.meta.dirname, '..', 'seeds');
const gold = goldDir;

describe('times: fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    it(name, () => {
      const folder = join(fixtures, name);
      const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8'));
      const record = processSource({ fileName: 'input.txt', bytes: readFileSync(join(folder, 'input.txt')), meta });
      const times = record.paragraphs.flatMap((paragraph) =>
        paragraph.times.map(({ text, date, approximate }) => ({ text, date, approximate })),
      );
      const expectedPath = join(folder, 'expected.json');
      if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(times, null, 2)}\n`);
      expect(times).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }

  it('keeps offsets that point into the source text', () => {
    const bytes = readFileSync(join(fixtures, 'weekday', 'input.txt'));
    const record = processSource({ fileName: 'input.txt', bytes, meta: { published: '2024-05-15' } });
    for (const time of record.paragraphs.flatMap((paragraph) => paragraph.times)) {
      expect(record.text.slice(time.start, time.end)).toBe(time.text);
    }
  });
});

describe('timeline', () => {
  it('keeps the relative times of a source without a publication date, undated and approximate', () => {
    const record = processSource({ fileName: 'input.txt', bytes: readFileSync(join(fixtures, 'no-publication-date', 'input.txt')) });
    const timeline = assemble([record]).timeline;
    expect(timeline.length).toBeGreaterThan(0);
    for (const entry of timeline) {
      expect(entry.date).toBeNull();
      expect(entry.approximate).toBe(true);
      expect(entry.sources).toEqual([{ source: record.id, paragraph: record.paragraphs[0]!.id }]);
    }
    const warnings = record.messages.filter((message) => message.ruleId === 'time-unplaced');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 1, column: 28, fatal: false });
    expect(warnings[0]?.message).toMatch(/^Unexpected relative time \(“on Tuesday”\)/);
  });

  it('keeps a count from an undated happening in the timeline, undated, not on a day counted from the writing', () => {
    const bytes = readFileSync(join(fixtures, 'count-from-an-undated-happening', 'input.txt'));
    const record = processSource({ fileName: 'input.txt', bytes, meta: { published: '2025-06-12' } });
    const counted = assemble([record]).timeline.filter((entry) => entry.tellings.some((telling) => telling.expression === 'A day after'));
    expect(counted).toHaveLength(1);
    expect(counted[0]).toMatchObject({ date: null, kind: 'event' });
  });

  it('orders dated entries and cites each source once per moment', () => {
    const bytes = readFileSync(join(fixtures, 'two-days-later', 'input.txt'));
    const record = processSource({ fileName: 'input.txt', bytes, meta: { published: '2022-06-10' } });
    const timeline = assemble([record]).timeline;
    expect(timeline.map((entry) => entry.date)).toEqual(['2022-06-02', '2022-06-04']);
    expect(timeline[1]?.expression).toBe('Two days later');
  });
});

describe.runIf(existsSync(gold))('times: the seeds against the gold', () => {
  it('puts every datable gold time expression in the timeline', () => {
    const records = readdirSync(seeds)
      .filter((name) => name.endsWith('.txt'))
      .map((fileName) => processSource({ fileName, bytes: readFileSync(join(seeds, fileName)), meta: { published: '2023-08-29' } }));
    const dossier = assemble(records);
    const missing: string[] = [];
    let datable = 0;
    for (const record of records) {
      const expected = JSON.parse(readFileSync(join(gold, record.file.replace(/\.txt$/, '.gold.json')), 'utf8')) as {
        time_expressions: Array<{ text: string }>;
      };
      // Datable: the stage itself gives the expression a date somewhere in this source.
      const dated = record.paragraphs.flatMap((paragraph) => paragraph.times.filter((time) => time.date));
      for (const { text } of expected.time_expressions) {
        const key = normalizeForMatch(text);
        const time = dated.find((candidate) => key.includes(normalizeForMatch(candidate.text)));
        if (!time) continue;
        datable++;
        const entry = dossier.timeline.find(
          (candidate) => normalizeForMatch(candidate.text).includes(key) && candidate.sources.some((cite) => cite.source === record.id),
        );
        if (!entry) missing.push(`${record.file}: ${text}`);
      }
    }
    expect(datable).toBeGreaterThanOrEqual(7);
    expect(missing).toEqual([]);
  });
});

describe('readable dates', () => {
  it('says a date as a reader would', () => {
    expect(readableDate('2023-08-29', 'on Tuesday', '2023-08-29')).toBe('Tuesday 29 August 2023');
    expect(readableDate('2023-07', 'In July', '2023-08-29')).toBe('July 2023');
    expect(readableDate('2023', 'early 2023', null)).toBe('early 2023');
    expect(readableDate('2023', 'mid-2023', null)).toBe('mid-2023');
    expect(readableDate('2023', 'earlier this year', '2023-08-29')).toBe('before 29 August 2023');
    expect(readableDate('2023', 'earlier this year', '2023-08')).toBe('earlier in 2023');
    expect(readableDate('2025-02-19', 'before Wednesday', '2025-02-18')).toBe('before 19 February 2025');
  });
});

describe('the timeline of events', () => {
  const source = (fileName: string, text: string, published: string) => processSource({ fileName, bytes: new TextEncoder().encode(text), meta: { published } });

  it('makes one entry of an event two sources date a day apart, showing both dates', () => {
    const a = source('a.txt', 'Rescuers pulled the last climber from the collapsed Haldor glacier tunnel on 29 August 2023, the regional police said.\n', '2023-08-30');
    const b = source('b.txt', 'The last climber was pulled from the collapsed Haldor glacier tunnel by rescuers on 30 August 2023.\n', '2023-08-31');
    const [entry, ...rest] = assemble([a, b]).timeline;
    expect(rest).toEqual([]);
    expect(entry?.tellings.map((telling) => telling.source)).toEqual([a.id, b.id]);
    expect(entry?.readings.map((reading) => [reading.date, reading.sources])).toEqual([['2023-08-29', [a.id]], ['2023-08-30', [b.id]]]);
  });

  it('keeps two events of one day apart when their words differ', () => {
    const a = source('a.txt', 'The ferry Norrland ran aground near Kallby harbour on 3 May 2024.\n\nOn 3 May 2024 the city council also approved its new budget for schools.\n', '2024-05-04');
    expect(assemble([a]).timeline).toHaveLength(2);
  });

  it('keeps a year used as a name and a deadline ahead apart from the chronology', () => {
    const a = source('a.txt', 'Officials met heading into the 2024 campaign season.\n\nThe council must decide by 30 September 2023, officials said.\n\nThe bridge closed on 1 August 2023.\n', '2023-08-29');
    const timeline = assemble([a]).timeline;
    expect(timeline.map((entry) => [entry.kind, entry.date])).toEqual([['event', '2023-08-01'], ['mention', '2023-09-30'], ['mention', '2024']]);
  });

  it('keeps the datelines apart from the event their ledes tell, as one mention of the day', () => {
    const a = source('a.txt', 'KALLBY, May 3 (Wire) - The ferry Norrland ran aground near Kallby harbour on Friday, the coast guard said.\n\nAll 212 passengers were taken ashore.\n', '2024-05-03');
    const b = source('b.txt', 'OSLO, May 3 (Nordwire) - The Norrland ferry ran aground outside Kallby harbour on Friday with 212 passengers on board.\n\nNobody was hurt.\n', '2024-05-03');
    const timeline = assemble([a, b]).timeline;
    expect(timeline.map((entry) => [entry.kind, entry.date, entry.tellings.map((telling) => `${telling.source === a.id ? 'a' : 'b'} ${telling.expression}`)])).toEqual([
      ['event', '2024-05-03', ['a on Friday', 'b on Friday']],
      ['mention', '2024-05-03', ['a May 3', 'b May 3']],
    ]);
  });

  it('joins a telling whose subject is a pronoun to another source’s telling of the act by the person the source named before it', () => {
    const a = source('a.txt', 'The Oskarby ferry company was fined for overloading its boats on Monday.\n\nIts lawyer, Marta Vendrell, told the Harbour Gazette on Wednesday that the firm would contest the fine in court.\n', '2024-05-09');
    const b = source('b.txt', 'The Oskarby ferry company was fined on Monday for overloading its boats.\n\nMarta Vendrell represents the company.\n\nShe gave an interview to our reporter on Wednesday.\n', '2024-05-09');
    const timeline = assemble([a, b]).timeline;
    expect(timeline.map((entry) => [entry.date, entry.tellings.map((telling) => `${telling.source === a.id ? 'a' : 'b'} ${telling.expression}`)])).toEqual([
      ['2024-05-06', ['a on Monday', 'b on Monday']],
      ['2024-05-08', ['a on Wednesday', 'b on Wednesday']],
    ]);
  });

  it('joins an event that shares a word with one event alone of its day, too weakly to meet it otherwise', () => {
    const a = source(
      'a.txt',
      [
        'The Brackwell mill was fined £2 million by the river authority on Tuesday for polluting the Teme.',
        'Brackwell said on Wednesday it would lodge an appeal with the river tribunal.',
        'Shares in the group closed 6 per cent lower on Tuesday and edged up 1 per cent on Wednesday.',
        'An appeal lodged in 2019 by a farm upstream was dismissed in 2020.',
        'Earlier appeals by anglers had failed in 2017.',
      ].join('\n\n') + '\n',
      '2024-05-09',
    );
    const b = source(
      'b.txt',
      [
        'A mill on the Teme was fined £2 million on Tuesday for polluting the river.',
        'Its owners answered sharply yesterday, furious and insisting bitterly in a long open letter to customers that they will appeal.',
        'Anglers who lost their own appeal in 2017 welcomed the fine.',
      ].join('\n\n') + '\n',
      '2024-05-09',
    );
    const entry = assemble([a, b]).timeline.find((candidate) => candidate.tellings.some((telling) => telling.source === b.id && telling.expression === 'yesterday'));
    expect(entry?.tellings.map((telling) => telling.text)).toEqual([
      'Brackwell said on Wednesday it would lodge an appeal with the river tribunal.',
      'Its owners answered sharply yesterday, furious and insisting bitterly in a long open letter to customers that they will appeal.',
    ]);
  });

  it('does not so join days ahead of the writing: plans and forecasts sharing a word are not one happening', () => {
    const a = source(
      'a.txt',
      ['Divers will search the Teme near Brackwell on Friday, the river authority said.', 'Heavy rain is forecast for Friday across the county.', 'The authority will publish water samples on Friday.'].join('\n\n') + '\n',
      '2024-05-09',
    );
    const b = source('b.txt', 'Volunteers plan to walk the banks tomorrow, collecting dead fish, bottles and litter, and will then hand everything found to the river authority.\n', '2024-05-09');
    const timeline = assemble([a, b]).timeline;
    expect(timeline.find((entry) => entry.tellings.some((telling) => telling.source === b.id))?.tellings).toHaveLength(1);
  });

  it('gives an entry an id that does not change when its date does', () => {
    const text = 'The mayor resigned on Tuesday, the council said.\n';
    const [early] = assemble([source('a.txt', text, '2024-05-08')]).timeline;
    const [late] = assemble([source('a.txt', text, '2024-05-15')]).timeline;
    expect(early?.date).not.toBe(late?.date);
    expect(early?.id).toBe(late?.id);
  });
});

describe.runIf(existsSync(gold))('the seeds\' timeline', () => {
  const manifest = { '000_cdb81a6b92e5c0b9.txt': { republishedFrom: { outlet: 'CNN', url: null, published: '2023-08-29' } }, '004_c9438d38189035c5.txt': { outlet: 'The Guardian', published: '2023-08' } } as const;
  const records = Object.entries(manifest).map(([fileName, meta]) => processSource({ fileName, bytes: readFileSync(join(seeds, fileName)), meta }));
  const dossier = assemble(records);
  const known = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'seed-times.json'), 'utf8')) as Record<string, { reference: string; dates: Record<string, string | null> }>;

  it('dates every time expression a reader can date from the text and the manifest', () => {
    for (const record of records) {
      const expected = JSON.parse(readFileSync(join(gold, record.file.replace(/\.txt$/, '.gold.json')), 'utf8')) as GoldFile;
      const seed = known[record.file]!;
      const dated = { ...expected, written: seed.reference, time_expressions: expected.time_expressions.map((time) => ({ ...time, date: seed.dates[time.text] ?? null })) };
      const misses: string[] = [];
      const score = scoreTimes(dated, record.paragraphs.flatMap((paragraph) => paragraph.times), misses);
      expect(misses, record.file).toEqual([]);
      expect(score.total).toBeGreaterThanOrEqual(2);
    }
  });

  it('reads the republished report against the original\'s date', () => {
    expect(dossier.sources.map((source) => source.timesReadAgainst)).toEqual([{ date: '2023-08-29', kind: 'republished' }, { date: '2023-08', kind: 'published' }]);
  });

  it('makes one entry of each event both reports tell', () => {
    const both = (pattern: RegExp) => dossier.timeline.filter((entry) => entry.tellings.some((telling) => pattern.test(telling.text)));
    for (const pattern of [/entered the country at the southern border earlier this year/, /later learned of the existence of a human smuggling network/, /has not identified a specific terrorism plot/]) {
      const entries = both(pattern);
      expect(entries, String(pattern)).toHaveLength(1);
      expect(new Set(entries[0]!.tellings.map((telling) => telling.source)), String(pattern)).toEqual(new Set(records.map((record) => record.id)));
    }
  });

  it('keeps "the 2024 campaign" out of the chronology', () => {
    const campaign = dossier.timeline.find((entry) => entry.text.includes('2024 campaign'));
    expect(campaign?.kind).toBe('mention');
  });
});

describe('a dateline without a year', () => {
  const wire = 'Ferry strike halts crossings\n\nKALLBY, May 14 (Nordwire) - Ferry crews walked out on Tuesday, stranding hundreds of passengers at the harbour, the union said.\n';
  const daily = 'Ferry crews strike\n\nPublished 15 May 2025\n\nFerry crews walked out on Tuesday after talks on pay broke down, leaving hundreds of passengers stranded at Kallby harbour.\n';

  it('takes the year of the case\'s other sources, and says so', async () => {
    const seedsDir = await mkdtemp(join(tmpdir(), 'casefile-dateline-'));
    await writeFile(join(seedsDir, 'a-wire.txt'), wire);
    await writeFile(join(seedsDir, 'b-daily.txt'), daily);
    const { dossier } = await ingest({ seedsDir, workers: 0 });
    const source = dossier.sources.find((candidate) => candidate.file === 'a-wire.txt');
    expect(source?.timesReadAgainst).toEqual({ date: '2025-05-14', kind: 'dateline, year from the case' });
    expect(source?.inferred).toContain('published');
    const strike = dossier.timeline.find((entry) => entry.tellings.some((telling) => telling.source === source?.id));
    expect(strike?.date).toBe('2025-05-13');
    expect(new Set(strike?.tellings.map((telling) => telling.source))).toEqual(new Set(dossier.sources.map((candidate) => candidate.id)));
  });

  it('is read again with the case\'s dates once: a rebuild with the same dates reads it from the cache', async () => {
    const seedsDir = await mkdtemp(join(tmpdir(), 'casefile-dateline-'));
    const cacheDir = await mkdtemp(join(tmpdir(), 'casefile-dateline-cache-'));
    await writeFile(join(seedsDir, 'a-wire.txt'), wire);
    await writeFile(join(seedsDir, 'b-daily.txt'), daily);
    const first = await ingest({ seedsDir, cacheDir, workers: 0 });
    expect(first.readAgain).toBe(1);
    // Another correction: the assembly is redone, the sources and the dates are the same.
    await writeFile(join(seedsDir, 'corrections.yaml'), 'case:\n  title: Ferry strike\n');
    const second = await ingest({ seedsDir, cacheDir, workers: 0 });
    expect(second.readAgain).toBe(0);
    expect(JSON.stringify(second.dossier.sources)).toBe(JSON.stringify(first.dossier.sources));
    // Another source, other dates: read again.
    await writeFile(join(seedsDir, 'c-daily.txt'), daily.replace('15 May 2025', '16 May 2025').replace('Ferry crews strike', 'Crossings halted'));
    expect((await ingest({ seedsDir, cacheDir, workers: 0 })).readAgain).toBe(1);
  });

  it('takes the year that puts its day nearest the other sources\' dates', () => {
    const record = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(wire.replace('May 14', 'Dec 30')), caseDates: ['2026-01-02', '2026-01-03'] });
    expect(record.meta).toMatchObject({ published: '2025-12-30', yearFromCase: true });
  });

  it('takes a year its own text names only when the case has no dates: an earlier year or a target is not the page\'s', () => {
    const told = wire.replace(', the union said.', ', the union said.\n\nThe operator reported a loss for 2023 and plans new ships by 2031.\n');
    const alone = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(told) });
    expect(alone.meta).toMatchObject({ published: '2031-05-14', yearFromText: true });
    expect(wantsCaseYear(alone.meta)).toBe(true);
    expect(caseDates([alone.meta])).toEqual([]);
    const inCase = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(told), caseDates: ['2025-05-15'] });
    expect(inCase.meta).toMatchObject({ published: '2025-05-14', yearFromCase: true });
    expect(inCase.paragraphs[0]?.times.map((time) => time.date)).toEqual(['2025-05-14', '2025-05-13']);
  });
});

describe('a date in numbers that reads two ways', () => {
  const page = 'Ferry crews strike over pay\nBy Jo Lind\n04/03/2025 | 7:15am\n\nFerry crews walked out on Monday after talks on pay broke down, leaving hundreds of passengers stranded at the harbour.\n\nThe union said the crews would stay out until the operator returned to the table.\n';

  it('keeps both readings when the text names neither month, and takes the one nearer the other sources\' dates', () => {
    const alone = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(page) });
    expect(alone.meta).toMatchObject({ published: '2025-04-03', publishedEither: '2025-03-04' });
    const inCase = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(page), caseDates: ['2025-03-03', '2025-03-05'] });
    expect(inCase.meta.published).toBe('2025-03-04');
    expect(inCase.paragraphs[0]?.times.map((time) => time.date)).toEqual(['2025-03-03']);
  });
});

describe('dates in numbers, read in the order the page writes them', () => {
  const times = (page: string) => processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(page) }).paragraphs.flatMap((paragraph) => paragraph.times.map((time) => `${time.text}=${time.date}`));

  it('reads "3/2/2025" day first on a page whose dates can only be read that way, month first on one whose dates can only be read the other way', () => {
    const body = '\n\nThe council opened a consultation on the new bus routes, which ran from 3/2/2025 to 11/4/2025 and drew 2,000 replies.\n';
    expect(times(`Bus routes approved\nPublished: 14/05/2025 09:12\n${body}`)).toContain('3/2/2025=2025-02-03');
    expect(times(`Bus routes approved\nPosted 05/14/2025 9:12 AM\n${body}`)).toContain('3/2/2025=2025-03-02');
    // (Dots are written day first: "18.05.2025".)
    expect(times(`Bus routes approved\nPublished 18.05.2025, 09:12\n${body}`)).toContain('3/2/2025=2025-02-03');
    // (No sign either way: chrono's month first.)
    expect(times(`Bus routes approved\nMay 14, 2025\n${body}`)).toContain('3/2/2025=2025-03-02');
  });

  it('dates the page by its own date line in the order its other dates are written', () => {
    const page = 'Ferry crews strike over pay\nBy Jo Lind\n04/03/2025 | 7:15am\n\nFerry crews walked out on Monday after talks on pay broke down, leaving hundreds of passengers stranded at the harbour.\n\nThe union said the crews would stay out until 18/03/2025 unless the operator returned to the table.\n';
    const record = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(page) });
    expect(record.meta.published).toBe('2025-03-04');
    expect(record.meta.publishedEither).toBeUndefined();
    expect(record.paragraphs[0]?.times.map((time) => time.date)).toEqual(['2025-03-03']);
  });
});

describe('a source with no date of its own, in a case whose other sources have theirs', () => {
  const page = 'Ferry crews strike over pay\n\nFerry crews walked out on Tuesday after talks on pay broke down, leaving hundreds of passengers stranded at the harbour.\n\nThe union said the crews would stay out until the operator returned to the table.\n';

  it('is read against the latest day of the week most of the other sources were written in, approximately, and says so', () => {
    const alone = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(page) });
    expect(alone.meta.published).toBeNull();
    expect(alone.paragraphs[0]?.times.map((time) => time.date)).toEqual([null]);
    expect(wantsCaseYear(alone.meta)).toBe(true);
    const record = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(page), caseDates: ['2025-05-13', '2025-05-14', '2025-05-15', '2025-08-02'] });
    expect(record.meta.published).toBeNull();
    expect(record.meta.caseDay).toBe('2025-05-15');
    expect(referenceDate(record.meta)).toEqual({ date: '2025-05-15', kind: 'the case' });
    expect(record.paragraphs[0]?.times.map((time) => [time.date, time.approximate])).toEqual([['2025-05-13', true]]);
    // (Its day is no date of the case: it dates no other source.)
    expect(caseDates([record.meta])).toEqual([]);
  });

  it('takes the busiest week of the case, not its latest follow-up, and only days', () => {
    expect(caseDayOf(['2025-05-13', '2025-05-14', '2025-07-01'])).toBe('2025-05-14');
    expect(caseDayOf(['2025-03-01', '2025-05-13', '2025-05-19', '2025-05-20'])).toBe('2025-05-19');
    expect(caseDayOf(['2025-05', '2025'])).toBeNull();
  });
});

describe('a month without its year, half a year from the writing', () => {
  const read = (sentence: string) => processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(`Seed round closes\nPublished 5 December 2025\n\n${sentence}\n`), meta: { published: '2025-12-05' } }).paragraphs.flatMap((paragraph) => paragraph.times.map((time) => `${time.text}=${time.date}`));

  it('is the last one when nothing says which (news tells of the past), the next one when its clause looks ahead', () => {
    expect(read('One backer of the June round, who asked not to be named, welcomed the ruling.')).toEqual(['June=2025-06']);
    expect(read('The firm will open a second office in June, its chief executive said.')).toEqual(['June=2026-06']);
    // (Nearer the writing, chrono's nearest month stands: "the February audit" told in December is the next one.)
    expect(read('Auditors said the February audit would cover the whole group.')).toEqual(['February=2026-02']);
  });

  it('after "last", is before the month of writing: "last December" told in December is a year back', () => {
    expect(read('A rival was fined last December over the way it handled data.')).toEqual(['last December=2024-12']);
    expect(read('A rival was fined last November over the way it handled data.')).toEqual(['last November=2025-11']);
  });
});

describe('a season without its year ("in the autumn")', () => {
  const read = (published: string, sentence: string) => processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(`Bus routes\n\n${sentence}\n`), meta: { published } }).paragraphs.flatMap((paragraph) => paragraph.times.map((time) => `${time.text}=${time.date}`));

  it('is told by the clause before it: the one to come when it looks ahead, the one gone when it tells the past', () => {
    expect(read('2025-05-14', 'Work on the new routes will start in the autumn, the council said.')).toEqual(['in the autumn=2025']);
    expect(read('2025-12-05', 'The new routes will open in the spring.')).toEqual(['in the spring=2026']);
    expect(read('2025-03-12', 'The depot was last inspected in the autumn.')).toEqual(['in the autumn=2024']);
    expect(read('2025-12-05', 'Ridership slumped in the summer.')).toEqual(['in the summer=2025']);
    // ("the fall of the regime" is no season.)
    expect(read('2025-06-12', 'In the fall of the regime, thousands fled.')).toEqual([]);
  });
});

describe('a wire\'s clock of four figures', () => {
  it('is a time of the day told before it ("at 1430 GMT", "by 0800 local time"), and a year stays a year', () => {
    const text = 'Plant fire\n\nA fire broke out at the plant on Monday.\n\nThe first call came in at 1430 GMT and the blaze was under control by 0800 local time.\n\nThe plant was built in 2000 and extended in 2015.\n';
    const record = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(text), meta: { published: '2025-03-12' } });
    const times = record.paragraphs.flatMap((paragraph) => paragraph.times.map((time) => `${time.text}=${time.date}`));
    expect(times).toEqual(['on Monday=2025-03-10', 'at 1430 GMT=2025-03-10', 'by 0800 local time=2025-03-10', 'in 2000=2000', 'in 2015=2015']);
  });
});

describe('a quarter of a year', () => {
  const read = (sentence: string) => processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(`Results\nPublished 12 March 2025\n\n${sentence}\n`), meta: { published: '2025-03-12' } }).paragraphs.flatMap((paragraph) => paragraph.times.map((time) => `${time.text}=${time.date}`));

  it('is its year: the one named, else the writing\'s once the quarter has begun or when the words look ahead, else the year before', () => {
    expect(read('Q2 2024 was the weakest on record for the group.')).toEqual(['Q2 2024=2024']);
    expect(read('Sales in the first quarter rose 3%, the group said.')).toEqual(['the first quarter=2025']);
    expect(read('The group reported a loss in Q3, its chief executive said.')).toEqual(['Q3=2024']);
    expect(read('The group expects a profit in the fourth quarter.')).toEqual(['the fourth quarter=2025']);
    expect(read('Third-quarter sales fell 4%.')).toEqual(['Third-quarter=2024']);
  });

  it('is no time when it is a quarter of a match or a share', () => {
    expect(read('The visitors scored twice in the third quarter.')).toEqual([]);
    expect(read('About a quarter of the staff left in the first quarter of the match.')).toEqual([]);
  });
});

describe('a live page dated only by its day headings', () => {
  const page = [
    'Harbour strike live: ferries stay in port',
    '',
    'Wednesday 6 May',
    '',
    '18:30',
    'Talks to resume',
    'The union said this evening that talks with the operator would resume on Thursday.',
    '',
    '09:15',
    'Second day of the strike',
    'No ferry left the harbour this morning, the port authority said.',
    '',
    'Tuesday 5 May',
    '',
    '21:40',
    'Crews walk out',
    'Ferry crews walked out tonight after talks on pay broke down.',
    '',
  ].join('\n');

  it('takes the latest day heading in the year of the case, and reads each post against its day', () => {
    const alone = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(page) });
    expect(alone.meta.published).toBeNull();
    expect(wantsCaseYear(alone.meta)).toBe(true);
    const record = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(page), caseDates: ['2026-05-05', '2026-05-07'] });
    expect(record.meta).toMatchObject({ published: '2026-05-06', yearFromCase: true });
    const times = record.paragraphs.flatMap((paragraph) => paragraph.times.map((time) => `${time.text}=${time.date}`));
    expect(times).toContain('this evening=2026-05-06');
    expect(times).toContain('this morning=2026-05-06');
    expect(times).toContain('tonight=2026-05-05');
    expect(times).toContain('21:40=2026-05-05');
  });
});

describe('a date line without a year', () => {
  it('dates the text in the year of the case, with its lead word and its clock', () => {
    const page = 'Ferry crews strike over pay\nBy Jo Lind\nPublished: 5 May, 14:05\n\nFerry crews walked out on Monday after talks on pay broke down, leaving hundreds of passengers stranded at the harbour.\n\nThe union said the crews would stay out until the operator returned to the table.\n';
    const record = processSource({ fileName: 'a.txt', bytes: new TextEncoder().encode(page), caseDates: ['2026-05-04', '2026-05-06'] });
    expect(record.meta).toMatchObject({ published: '2026-05-05', dayLine: '5 May', yearFromCase: true });
    expect(record.paragraphs[0]?.times.map((time) => time.date)).toEqual(['2026-05-04']);
  });
});
