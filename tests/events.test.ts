// The aligner of the timeline's tellings: what makes two tellings one event.
import { describe, expect, it } from 'vitest';
import { alignEvents, termsOf } from '../src/assemble/events.ts';

const telling = (source: string, sentence: string, expression = 'on Tuesday', date = '2026-01-13') => {
  const at = sentence.indexOf(expression);
  return { source, sentence: `${source}\0${sentence}`, date, approximate: false, terms: termsOf(sentence, at, expression.length), text: sentence };
};

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
    expect(terms.get('gave')).toBe(1);
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
});
