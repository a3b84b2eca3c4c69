// The evaluation corpus in the test suite: the seeds, the development corpus and the held-out corpus
// (tests/fixtures/corpus, tests/fixtures/heldout: invented pastes of many outlet styles with gold written
// by helpers who had not read the extraction code), each scored as `npm run eval` scores it. The floors
// stand just below what the pipeline reaches, so that a regression fails; raise them as it improves.
import { describe, expect, it } from 'vitest';
import { evalCases, scoreCase, totalsOf, type CaseScore, type Part, type Totals } from '../scripts/lib/evaluate.ts';

type Floors = Partial<Record<Exclude<keyof Totals, 'counts' | 'sources'>, number>>;

const floors: Record<Part, Floors> = {
  seeds: { quoteF1: 1, speakerAccuracy: 1, junkRemoved: 1, paragraphsKept: 1, titles: 1, sections: 0.98, times: 1, grouped: 1 },
  dev: {
    quoteF1: 0.97, speakerAccuracy: 0.955, junkRemoved: 0.992, junkPrecision: 0.988, paragraphsKept: 0.998, titles: 0.985,
    outlets: 0.935, published: 0.99, sections: 0.875, times: 0.89, grouped: 0.915, events: 0.85,
  },
  'held-out': {
    quoteF1: 0.97, speakerAccuracy: 0.865, junkRemoved: 0.955, junkPrecision: 0.99, paragraphsKept: 0.995, titles: 0.97,
    outlets: 0.835, published: 0.91, sections: 0.825, times: 0.79, grouped: 0.835, events: 0.775,
  },
};

// Ceilings for what should stay low: timeline entries that hold tellings of two gold events (merging must not glue).
// (Raised by half a point and a point when more sources were dated from their header and less furniture reached the
// timeline; with the merged event alignment and four more invented cases they stood at 111/625 and 80/436, and with
// undated tellings read at their event's date, weekdays of dateless sources and sentences retold word for word at
// 105/601 and 76/416. Merged with the time fixes of the same day: 107/585 and 79/403; the held-out ceiling went to
// .20 because the entries the share is counted over fell faster (436 → 403) than the mixed ones (80 → 79).)
const ceilings: Partial<Record<Part, { mixedEntries: number }>> = { dev: { mixedEntries: 0.195 }, 'held-out': { mixedEntries: 0.2 } };

describe('evaluation corpus', async () => {
  const cases = await evalCases();
  const scores: CaseScore[] = [];

  it('has the seeds, a development corpus of at least 8 cases and 40 sources, and a held-out quarter', async () => {
    for (const entry of cases) scores.push(await scoreCase(entry));
    const sources = (part: Part) => scores.filter((score) => score.part === part).reduce((sum, score) => sum + score.files.length, 0);
    const corpusCases = scores.filter((score) => score.part !== 'seeds');
    expect(corpusCases.length).toBeGreaterThanOrEqual(8);
    expect(sources('dev') + sources('held-out')).toBeGreaterThanOrEqual(40);
    expect(sources('held-out') / (sources('dev') + sources('held-out'))).toBeGreaterThanOrEqual(0.2);
  }, 120_000);

  for (const part of ['seeds', 'dev', 'held-out'] as const) {
    it(`${part}: every figure at or above its floor`, () => {
      const totals = totalsOf(scores.filter((score) => score.part === part));
      const below = Object.entries(floors[part]).flatMap(([key, floor]) => {
        const value = totals[key as keyof Floors];
        return value + 1e-9 < floor ? [`${key} ${value.toFixed(3)} < ${floor}`] : [];
      });
      const above = Object.entries(ceilings[part] ?? {}).flatMap(([key, ceiling]) => {
        const count = totals.counts[key] ?? { hit: 0, total: 0 };
        const value = count.total === 0 ? 0 : count.hit / count.total;
        return value - 1e-9 > ceiling ? [`${key} ${value.toFixed(3)} > ${ceiling}`] : [];
      });
      expect([...below, ...above]).toEqual([]);
    });
  }
});
