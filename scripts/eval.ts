// `npm run eval`: builds the model for seeds/ and scores it against the gold annotations
// (CASEFILE_GOLD, ../shared/gold, or the copy in tests/fixtures/gold): junk, paragraphs, sections, quotes, speakers, grouping, entities.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { f1, ratio, scoreFile, scoreGrouping, type CrossSourceEntry, type FileScore, type GoldFile, type Ratio } from '../src/eval/score.ts';
import { goldDir } from './lib/gold.ts';
import { ingest, root } from './lib/ingest.ts';

const seedsDir = path.resolve(process.env.DOSSIER_SEEDS ?? path.join(root, 'seeds'));
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const json = process.argv.includes('--json');

export async function evaluate() {
  const goldFiles = (await readdir(goldDir)).filter((name) => name.endsWith('.gold.json')).sort();
  const golds = await Promise.all(goldFiles.map(async (name) => JSON.parse(await readFile(path.join(goldDir, name), 'utf8')) as GoldFile));
  const { dossier } = await ingest({ seedsDir });
  const texts = new Map<string, string>();
  for (const gold of golds) texts.set(gold.file, await readFile(path.join(seedsDir, gold.file), 'utf8'));
  const files = golds.map((gold) => scoreFile(dossier, gold, texts.get(gold.file) ?? ''));
  const crossSource = JSON.parse(await readFile(path.join(goldDir, 'cross-source.json'), 'utf8')) as CrossSourceEntry[];
  const grouping = scoreGrouping(dossier, crossSource, texts);
  return { files, grouping };
}

const sum = (parts: Ratio[]): Ratio => parts.reduce((a, b) => ({ hit: a.hit + b.hit, total: a.total + b.total }), { hit: 0, total: 0 });
const pct = (r: Ratio) => `${(ratio(r) * 100).toFixed(1)}% (${r.hit}/${r.total})`;

export function summary(files: FileScore[], grouping: Ratio) {
  const quoteRecall = ratio(sum(files.map((f) => f.quotes.recall)));
  const quotePrecision = ratio(sum(files.map((f) => f.quotes.precision)));
  return {
    junkRemoved: ratio(sum(files.map((f) => f.junk.removed))),
    junkPrecision: ratio(sum(files.map((f) => f.junk.precision))),
    paragraphsKept: ratio(sum(files.map((f) => f.paragraphsKept))),
    headingsKept: ratio(sum(files.map((f) => f.headingsKept))),
    sections: ratio(sum(files.map((f) => f.sections))),
    quotePrecision,
    quoteRecall,
    quoteF1: f1(quotePrecision, quoteRecall),
    speakerAccuracy: ratio(sum(files.map((f) => f.speakers))),
    grouped: ratio(grouping),
    entities: ratio(sum(files.map((f) => f.entities))),
    titles: files.filter((f) => f.title.ok).length / files.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, grouping } = await evaluate();
  const totals = summary(files, grouping.grouped);
  if (json) {
    process.stdout.write(`${JSON.stringify({ files, grouping, totals })}\n`);
  } else {
    const rows: Array<[string, ...string[]]> = [
      ['', ...files.map((f) => f.file.slice(0, 16)), 'all'],
      ['junk removed (recall)', ...files.map((f) => pct(f.junk.removed)), pct(sum(files.map((f) => f.junk.removed)))],
      ['junk precision', ...files.map((f) => pct(f.junk.precision)), pct(sum(files.map((f) => f.junk.precision)))],
      ['paragraphs kept', ...files.map((f) => pct(f.paragraphsKept)), pct(sum(files.map((f) => f.paragraphsKept)))],
      ['headings kept', ...files.map((f) => pct(f.headingsKept)), pct(sum(files.map((f) => f.headingsKept)))],
      ['sections right', ...files.map((f) => pct(f.sections)), pct(sum(files.map((f) => f.sections)))],
      ['quote recall', ...files.map((f) => pct(f.quotes.recall)), pct(sum(files.map((f) => f.quotes.recall)))],
      ['quote precision', ...files.map((f) => pct(f.quotes.precision)), pct(sum(files.map((f) => f.quotes.precision)))],
      ['speaker accuracy', ...files.map((f) => pct(f.speakers)), pct(sum(files.map((f) => f.speakers)))],
      ['entities covered', ...files.map((f) => pct(f.entities)), pct(sum(files.map((f) => f.entities)))],
      ['title', ...files.map((f) => (f.title.ok ? 'ok' : 'wrong')), `${files.filter((f) => f.title.ok).length}/${files.length}`],
    ];
    const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
    for (const row of rows) process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}\n`);
    process.stdout.write(`\nquote F1 ${totals.quoteF1.toFixed(3)} · speaker accuracy ${totals.speakerAccuracy.toFixed(3)} · cross-source statements grouped ${pct(grouping.grouped)}\n`);
    if (verbose) {
      for (const file of files) {
        process.stdout.write(`\n${file.file}\n`);
        for (const miss of file.misses) process.stdout.write(`  - ${miss}\n`);
      }
      for (const miss of grouping.misses) process.stdout.write(`  - ${miss}\n`);
    } else process.stdout.write('(--verbose lists every miss)\n');
  }
}
