// The aligner of the timeline's tellings: what makes two tellings one event.
import { describe, expect, it } from 'vitest';
import { alignEvents, clockTerms, fits, termsOf, type Calendar } from '../src/assemble/events.ts';
import { calendarOf } from '../src/assemble/timeline.ts';

const telling = (source: string, sentence: string, expression = 'on Tuesday', date: string | null = '2026-01-13', calendar: Calendar | null = null) => {
  const at = sentence.indexOf(expression);
  return { source, sentence: `${source}\0${sentence}`, date, approximate: date === null, calendar, terms: termsOf(sentence, at, expression.length), text: sentence, words: sentence, expression };
};
const sourcesOf = (events: Array<Array<{ source: string }>>) => events.map((event) => event.map((item) => item.source).join(' '));

describe('events', () => {
  // Thirty outlets tell thirty things of one day in one town: the words of the whole story ("fire", the town's name)
  // say nothing of which happening a sentence tells, while a word only two tellings share does.
  const streets = ['Acacia', 'Banksia', 'Cedar', 'Dalby', 'Elm', 'Fig', 'Gum', 'Hakea', 'Iron', 'Jacaranda', 'Kurrajong', 'Lilly', 'Myrtle', 'Nardoo', 'Oak', 'Pine', 'Quandong', 'Red', 'Saltbush', 'Tea', 'Umbrella', 'Violet', 'Wattle', 'Xanthorrhoea', 'Yellowbox', 'Zamia', 'Ash', 'Box', 'Coolabah', 'Desert'];
  const story = streets.map((street, index) => telling(`s${index}`, `The fire reached ${street} Street in Yarrandale on Tuesday.`));

  it('keeps apart tellings of one day that share only the words of the whole story', () => {
    expect(alignEvents(story)).toHaveLength(story.length);
  });

  it('joins tellings of one day that share a word no other telling has, from one source or two', () => {
    const mill = [
      telling('a', 'The fire destroyed the Hollins flour mill in Yarrandale on Tuesday.'),
      telling('b', 'On Tuesday the Hollins mill burned down.'),
      telling('a', 'Owners of the Hollins mill said on Tuesday they would rebuild.'),
    ];
    const events = alignEvents([...story, ...mill]);
    expect(events).toHaveLength(story.length + 1);
    expect(events.at(-1)?.map((item) => item.source)).toEqual(['a', 'b', 'a']);
  });

  it('weighs the words past a clause mark less: they tell of something else than the time expression dates', () => {
    const sentence = 'The dam gave way on Monday, a scramble that set off alarms downstream.';
    const terms = termsOf(sentence, sentence.indexOf('on Monday'), 'on Monday'.length);
    expect(terms.get('gav')).toBe(1);
    expect(terms.get('scramb')).toBe(0.5);
  });

  it('joins two events alone on their day that share only a word most of the case uses', () => {
    const fined = ['Acacia', 'Banksia', 'Cedar', 'Dalby', 'Elm', 'Fig'].map((name, index) =>
      telling(`s${index}`, `The regulator fined the company over its ${name} chatbot on 9 December.`, 'on 9 December', '2025-12-09'),
    );
    const adopted = telling('a', 'The panel adopted its decision against the company on 2 December.', 'on 2 December', '2025-12-02');
    const imposed = telling('b', 'On 2 December the regulator imposed a fine of 18 million euros on the company, which will appeal.', 'On 2 December', '2025-12-02');
    expect(alignEvents([...fined, adopted, imposed]).map((event) => event.map((item) => item.source).join(' '))).toEqual(['s0 s1 s2 s3 s4 s5', 'a b']);
  });

  it('joins two events alone on a day the sources write out by the calendar, though they share no word', () => {
    const fined = ['Acacia', 'Banksia', 'Cedar', 'Dalby', 'Elm', 'Fig'].map((name, index) =>
      telling(`s${index}`, `The regulator fined the company over its ${name} chatbot on 9 December.`, 'on 9 December', '2025-12-09'),
    );
    const adopted = (expression: string) => telling('a', `The panel adopted its ruling ${expression}.`, expression, '2025-12-02');
    const imposed = (expression: string) => telling('b', `${expression} Orvandel Systems was ordered to pay 18 million euros.`, expression, '2025-12-02');
    expect(sourcesOf(alignEvents([...fined, adopted('on 2 December'), imposed('On 2 December 2025')]).slice(1))).toEqual(['a b']);
    // Told by the weekday, or by one source, the same day says less: the words must meet.
    expect(sourcesOf(alignEvents([...fined, adopted('on Tuesday'), imposed('On Tuesday')]).slice(1))).toEqual(['a', 'b']);
    expect(sourcesOf(alignEvents([...fined, adopted('on 2 December'), { ...imposed('On 2 December 2025'), source: 'a' }]).slice(1))).toEqual(['a', 'a']);
  });

  it('reads a month within the part of a year told ("early 2024") as of that period: the words need meet no more than for one period', () => {
    const year = (expression: string) => telling('a', `Ministers ran a consultation on the Orlup levy ${expression}, drawing 9,000 replies from shopkeepers and growers.`, expression, '2024');
    const month = telling('b', 'The Orlup levy consultation, which ran from January, drew replies mostly from growers in coastal districts.', 'from January', '2024-01');
    const others = ['Acacia', 'Banksia', 'Cedar', 'Dalby'].map((name, index) => telling(`s${index}`, `The ${name} council approved its own levy in 2023.`, 'in 2023', '2023'));
    expect(sourcesOf(alignEvents([...others, year('in early 2024'), month]).slice(1))).toEqual(['a b']);
    // January is not late in the year, and a year told without its part needs the words to meet more.
    expect(sourcesOf(alignEvents([...others, year('in late 2024'), month]).slice(1))).toEqual(['a', 'b']);
    expect(sourcesOf(alignEvents([...others, year('in 2024'), month]).slice(1))).toEqual(['a', 'b']);
  });

  it('reads an undated telling of an event at the event’s date: a later telling needs no more in common for it', () => {
    const mill = [
      telling('a', 'The Hollins flour mill burned down on Tuesday.'),
      telling('b', 'The Hollins flour mill burned down later.', 'later', null),
      telling('c', 'Owners of the Hollins mill said on Tuesday they would rebuild it within the year.'),
    ];
    const events = alignEvents([...story, ...mill]);
    expect(events).toHaveLength(story.length + 1);
    expect(sourcesOf(events).at(-1)).toBe('a b c');
  });

  it('joins an undated telling that names its weekday to the event of a day of that weekday, not to one of another', () => {
    // 13 January 2026 is a Tuesday, 14 January a Wednesday.
    const closed = telling('a', 'The council closed the Hollins bridge to lorries on Tuesday after engineers found cracks.');
    const reopened = telling('b', 'The Hollins bridge reopened to cars on Wednesday.', 'on Wednesday', '2026-01-14');
    // A source of no known date: its "on Tuesday" places no day, but says which days it may be.
    const undated = (calendar: Calendar | null) => telling('c', 'On Tuesday the council shut the Hollins bridge to lorries.', 'On Tuesday', null, calendar);
    expect(sourcesOf(alignEvents([...story, closed, reopened, undated(calendarOf('On Tuesday'))]).slice(story.length))).toEqual(['a c', 'b']);
    // Without what it says of its day, the words alone are too few for an undated telling.
    expect(sourcesOf(alignEvents([...story, closed, reopened, undated(null)]).slice(story.length))).toEqual(['a', 'b', 'c']);
    // Told of a Thursday, the same words meet neither day.
    const thursday = telling('c', 'On Thursday the council shut the Hollins bridge to lorries.', 'On Thursday', null, calendarOf('On Thursday'));
    expect(sourcesOf(alignEvents([...story, closed, reopened, thursday]).slice(story.length))).toEqual(['a', 'b', 'c']);
  });

  it('reads what an expression without a year says of its day', () => {
    expect(calendarOf('On Saturday, 17 October')).toEqual({ weekday: 6, month: 10, day: 17 });
    expect(calendarOf('by Tuesday evening')).toEqual({ weekday: 2 });
    expect(calendarOf('March 4')).toEqual({ month: 3, day: 4 });
    expect(calendarOf('a few weeks later')).toBeNull();
    expect(fits('2026-10-17', { weekday: 6, month: 10, day: 17 })).toBe(true);
    expect(fits('2026-10-18', { weekday: 6 })).toBe(false);
    expect(fits('2026-10', { month: 10, day: 17 })).toBe(true);
    expect(fits('2026-09', { month: 10 })).toBe(false);
  });

  it('meets numbers spelt out and in digits, and a compound by its parts', () => {
    const four = termsOf('The boat overturned at about four in the morning on Friday.', 'The boat overturned at about four in the morning on Friday.'.indexOf('on Friday'), 'on Friday'.length);
    expect(four.has('4')).toBe(true);
    const ban = termsOf('The club was hit with a two-window ban in 2019.', 'The club was hit with a two-window ban in 2019.'.indexOf('in 2019'), 'in 2019'.length);
    expect(ban.has('window')).toBe(true);
    // A word meets its other forms: "closed", "closes", "closing".
    const stems = (sentence: string) => [...termsOf(sentence, sentence.indexOf('on Monday'), 'on Monday'.length).keys()];
    expect(stems('The mayor closed the bridge on Monday.')).toEqual(stems('The mayor closes the bridges on Monday.'));
    expect(stems('On Monday the closing of the bridge was ordered.')).toContain(stems('The mayor closed the bridge on Monday.')[1]);
    // Auxiliaries and pronouns say nothing of what happened, however rare in the case.
    const did = termsOf('The club, in 2019, did not appeal and served its ban.', 'The club, in 2019, did not appeal and served its ban.'.indexOf('in 2019'), 'in 2019'.length);
    expect([...did.keys()]).toEqual(['club', 'appeal', 'serv', 'ban']);
  });

  it('reads the time of day an expression names as words of its own: the hour, and the minute when given', () => {
    const keys = (expression: string) => [...clockTerms(expression).keys()];
    expect(keys('at 11:43')).toEqual(keys('at 11.43am'));
    expect(keys('at 3:42 p.m. ET')).toEqual(keys('15:42'));
    expect(keys('around 11.40 hours')).toEqual(keys('at about 11:40 on Saturday'));
    // "Just after midday" is the hour of "at 12:04", not its minute.
    expect(keys('at 12:04 on Wednesday')).toContain(keys('just after midday')[0]);
    expect(keys('just after midday')).toHaveLength(1);
    expect(keys('at 9pm')).not.toEqual(keys('at 9am'));
    // A span of hours and a date in numbers name no time of day.
    expect(keys('14 hours')).toEqual([]);
    expect(keys('12.05.2024')).toEqual([]);
    expect(keys('on Tuesday')).toEqual([]);
    // Two tellings of a day that share no word but the minute they name are one moment.
    const radioed = telling('a', 'The skipper radioed the harbour master at 11:43 as the hull cracked.', 'at 11:43');
    const logged = (expression: string) => telling('b', `Coastguard logs show a first call only ${expression}, Ms Vantreel insists.`, expression);
    expect(sourcesOf(alignEvents([...story, radioed, logged('at 11.43am')]).slice(story.length))).toEqual(['a b']);
    expect(sourcesOf(alignEvents([...story, radioed, logged('at 2.51pm')]).slice(story.length))).toEqual(['a', 'b']);
  });

  it('counts the events of each date again once events join, so that two left alone on a date become one', () => {
    // Source c's telling meets a's and b's, which do not meet each other: the first pass leaves three events on the day,
    // the next joins c's to them, and then the event left alone on the day with them shares only the town's name,
    // which ten tellings of the day before share too.
    const day = '2026-01-16';
    const on = (source: string, sentence: string) => telling(source, sentence, 'on Friday', day);
    const week = streets.slice(0, 10).map((street, index) => telling(`w${index}`, `The fire reached ${street} Street in Yarrandale on Thursday.`, 'on Thursday', '2026-01-15'));
    const friday = [
      on('a', 'The Orlup mill in Yarrandale shut on Friday.'),
      on('b', 'Quarry trucks stopped on Friday.'),
      on('c', 'The Orlup mill and its quarry trucks halted on Friday.'),
      on('d', 'Yarrandale councillors met on Friday.'),
    ];
    expect(sourcesOf(alignEvents([...week, ...friday]))).toEqual([week.map((item) => item.source).join(' '), 'a b c d']);
  });

  it('joins a sentence several sources tell word for word, its time read a day apart by sources written a day apart', () => {
    const quote = '“How many other people are charging one of these batteries tonight?” asked the fire officer.';
    const recall = [
      telling('a', 'The maker recalled 17,000 batteries on Tuesday after four fires.'),
      telling('a', 'The maker said on Tuesday that it was writing to every owner.'),
      telling('a', quote, 'tonight'),
      telling('b', quote, 'tonight', '2026-01-14'),
      telling('b', 'Owners queued at the maker’s shop on Wednesday to hand in batteries.', 'on Wednesday', '2026-01-14'),
    ];
    expect(sourcesOf(alignEvents([...story, ...recall]).slice(story.length)).find((event) => event.includes('b'))).toBe('a b');
    // Two times of one sentence are two events, though sources tell the sentence alike.
    const both = 'The boat left on Wednesday and overturned on Thursday near the coast.';
    const left = [telling('a', both, 'on Wednesday', '2026-01-14'), telling('b', both, 'on Thursday', '2026-01-15'), telling('a', both, 'on Thursday', '2026-01-15'), telling('b', both, 'on Wednesday', '2026-01-14')];
    expect(alignEvents([...story, ...left]).slice(story.length).map((event) => event.map((item) => `${item.source} ${item.date}`).join(', '))).toEqual(['a 2026-01-14, b 2026-01-14', 'b 2026-01-15, a 2026-01-15']);
  });
});
