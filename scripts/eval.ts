// `npm run eval`: builds the model of each evaluation case and scores it against its gold annotations.
// The cases: the seeds (gold in CASEFILE_GOLD, ../shared/gold or tests/fixtures/gold), the development
// corpus (tests/fixtures/corpus/<case>/) and the held-out corpus (tests/fixtures/heldout/<case>/), each
// a folder of seeds/, gold/ and cross-source.json. Prints every case, then the totals of each part.
//   --verbose lists every miss · --json prints one JSON line · --part seeds|dev|held-out · --case <name>
import path from 'node:path';
import { evalCases, reviewKinds, scoreCase, totalsOf, type CaseScore, type EvalCase, type Totals } from './lib/evaluate.ts';
import { entityKinds, ratio } from '../src/eval/score.ts';
import { root } from './lib/ingest.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const json = args.includes('--json');
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? null : (args[at + 1] ?? null);
};

const pct = (value: number) => `${(value * 100).toFixed(1)}`;
/** A ratio of the totals, or a dash where the gold says nothing of it. */
const share = (key: string) => (t: Totals) => ((t.counts[key]?.total ?? 0) === 0 ? '–' : pct((t.counts[key]?.hit ?? 0) / (t.counts[key]?.total ?? 1)));

const columns: Array<[string, (t: Totals) => string]> = [
  ['srcs', (t) => String(t.sources)],
  ['quote P', (t) => pct(t.quotePrecision)],
  ['quote R', (t) => pct(t.quoteRecall)],
  ['F1', (t) => t.quoteF1.toFixed(3)],
  ['speaker', share('speakers')],
  ['junk out', share('junkRemoved')],
  ['kept', share('paragraphsKept')],
  ['headline', (t) => pct(t.titles)],
  ['outlet', share('outlets')],
  ['date', share('published')],
  ['sections', share('sections')],
  ['times', share('times')],
  ['grouped', share('grouped')],
  ['events', share('events')],
];

function table(rows: Array<{ name: string; totals: Totals }>): string {
  const cells = [['', ...columns.map(([label]) => label)], ...rows.map((row) => [row.name, ...columns.map(([, value]) => value(row.totals))])];
  const widths = (cells[0] ?? []).map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  return cells.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')).join('\n');
}

async function main() {
  const seedsDir = path.resolve(process.env.DOSSIER_SEEDS ?? path.join(root, 'seeds'));
  let cases: EvalCase[] = await evalCases(seedsDir);
  const part = option('--part');
  const only = option('--case');
  if (part) cases = cases.filter((entry) => entry.part === part);
  if (only) cases = cases.filter((entry) => entry.name === only);
  if (cases.length === 0) throw new Error(`No evaluation case matches${part ? ` --part ${part}` : ''}${only ? ` --case ${only}` : ''}.`);
  const scores: CaseScore[] = [];
  for (const entry of cases) {
    if (!json) process.stderr.write(`scoring ${entry.part}/${entry.name}…\n`);
    scores.push(await scoreCase(entry));
  }
  const parts = [...new Set(scores.map((score) => score.part))];
  const totals = Object.fromEntries(parts.map((name) => [name, totalsOf(scores.filter((score) => score.part === name))]));
  const corpus = scores.filter((score) => score.part !== 'seeds');
  if (corpus.length > 0 && parts.length > 1) totals['corpus (dev + held-out)'] = totalsOf(corpus);
  if (json) {
    process.stdout.write(`${JSON.stringify({ cases: scores.map(({ files, ...rest }) => ({ ...rest, files: files.map(({ misses, ...file }) => file) })), totals })}\n`);
    return;
  }
  const rows = scores.map((score) => ({ name: `${score.part}/${score.name}`, totals: score.totals }));
  process.stdout.write(`${table(rows)}\n\n${table(Object.entries(totals).map(([name, value]) => ({ name: `all ${name}`, totals: value })))}\n`);
  const counted = (t: Totals, key: string) => `${t.counts[key]?.hit ?? 0}/${t.counts[key]?.total ?? 0}`;
  for (const [name, value] of Object.entries(totals)) {
    process.stdout.write(`\n${name}: time expressions dated / datable ${counted(value, 'times')}, events several sources report merged ${counted(value, 'events')} (entries mixing two gold events ${counted(value, 'mixedEntries')}), gold people and organisations in the entity index ${counted(value, 'entities')} (typed as the gold types them ${counted(value, 'entityTypes')})`);
  }
  const kindNames = { person: 'people', organization: 'organisations', place: 'places' } as const;
  for (const [name, value] of Object.entries(totals)) {
    const typed = entityKinds.map((kind) => {
      const recall = value.counts[`entityRecall:${kind}`] ?? { hit: 0, total: 0 };
      const precision = value.counts[`entityPrecision:${kind}`] ?? { hit: 0, total: 0 };
      return `${kindNames[kind]} P ${pct(ratio(precision))} % (${precision.hit}/${precision.total}) R ${pct(ratio(recall))} % (${recall.hit}/${recall.total})`;
    });
    process.stdout.write(`${name === Object.keys(totals)[0] ? '\n' : ''}\n${name}: the source's entries, type for type: ${typed.join(' · ')}; F1 pooled ${pct(value.typedEntityF1)} %`);
  }
  for (const [name, value] of Object.entries(totals)) {
    const real = value.counts.reviewReal ?? { hit: 0, total: 0 };
    const top = value.counts.reviewTop ?? { hit: 0, total: 0 };
    const kinds = reviewKinds.map((kind) => ({ kind, ratio: value.counts[`reviewCaught:${kind}`] ?? { hit: 0, total: 0 } }));
    const caught = kinds.reduce((a, { ratio }) => ({ hit: a.hit + ratio.hit, total: a.total + ratio.total }), { hit: 0, total: 0 });
    const percent = (ratio: { hit: number; total: number }) => (ratio.total === 0 ? '–' : `${pct(ratio.hit / ratio.total)} %`);
    process.stdout.write(
      `${name === Object.keys(totals)[0] ? '\n' : ''}\n${name}: review queue ${real.total} entries, ${real.hit} on a real error (${percent(real)}; the first quarter ${percent(top)}); it lists ${caught.hit} of ${caught.total} errors (${percent(caught)}: ${kinds.map(({ kind, ratio }) => `${kind} ${ratio.hit}/${ratio.total}`).join(', ')})`,
    );
  }
  process.stdout.write('\n');
  process.stdout.write(
    '\n(percentages; quote P/R/F1 over quotes, speaker over quotes found, junk out = gold junk lines removed, kept = gold paragraphs kept,\n headline/outlet/date per source, sections per kept paragraph, times = datable time expressions of dated sources dated right,\n events = events that several sources report (gold: same date, alike \`about\`) that are one timeline entry;\n review queue = \`npm run review\` against the gold: entries on an item the dossier got wrong, and errors it lists)\n',
  );
  if (verbose) {
    for (const score of scores) {
      for (const file of score.files) {
        if (file.misses.length === 0) continue;
        process.stdout.write(`\n${score.part}/${score.name}/${file.file}\n`);
        for (const miss of file.misses) process.stdout.write(`  - ${miss}\n`);
      }
      for (const miss of score.groupingMisses) process.stdout.write(`  - ${score.part}/${score.name}: ${miss}\n`);
      for (const miss of score.eventMisses) process.stdout.write(`  - ${score.part}/${score.name}: ${miss}\n`);
      for (const miss of score.review.misses) process.stdout.write(`  - ${score.part}/${score.name}: ${miss}\n`);
    }
  } else process.stdout.write('(--verbose lists every miss)\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}

