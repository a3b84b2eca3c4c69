// `npx tsx scripts/train-junk.ts <set>... [--held <set>...] [--out] [--lambda 1e-4] [--positive 2] [--epochs 600]`:
// learns the furniture model (src/pipeline/junk/model.ts: logistic regression over generic features of a line and its
// place in the page) from labelled pages. A set is a folder with `seeds/` and `gold/` (the gold format of
// ../shared/gold). It prints, for each threshold, what the model would add to the rules on sets it did not learn from
// (one set left out at a time): gold junk lines the pipeline keeps that it would remove, and gold paragraphs and
// headings it would lose (before the stage's guards for lists and subheadings). `--held` sets are only measured, by a model learned on all the others. `--out` learns on every set and writes
// src/pipeline/junk/weights.ts.
//
// The weights in the repository were learned from the tuned halves of real pages labelled by people who never read the
// code (/work/probe/fresh23–37/*/tune, kept outside the repository: their text is the outlets') together with the
// development corpus (tests/fixtures/corpus/*): never from the held-out corpus nor the real pages' blind halves. The
// invented corpus alone teaches another distribution of furniture (learned on it, the model removed three times more
// paragraphs of real pages than junk lines); the real pages alone, a model that removed the headings and lists of the
// invented live pages and releases. `npx tsx scripts/train-junk.ts /work/probe/fresh{23..37}/tune tests/fixtures/corpus/* --out`
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { processSource } from '../src/pipeline/index.ts';
import { collected, furnitureProbability, furnitureThreshold } from '../src/pipeline/junk/model.ts';
import { normalizeForMatch } from '../src/pipeline/normalize.ts';
import type { GoldFile } from '../src/eval/score.ts';
import { trainLogistic, type Example } from './lib/logistic.ts';

interface Line extends Example {
  /** Still in the text after the rules (a paragraph or a heading of the record). */
  kept: boolean;
  text: string;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const heldAt = args.indexOf('--held');
const positional = (list: string[]) => list.filter((arg, index) => !arg.startsWith('--') && !(index > 0 && /^--(?:lambda|positive|epochs)$/u.test(list[index - 1] ?? '')));
const trainSets = positional(heldAt === -1 ? args : args.slice(0, heldAt));
const heldSets = heldAt === -1 ? [] : positional(args.slice(heldAt + 1));
const options = { lambda: option('--lambda', 1e-4), positiveWeight: option('--positive', 2), epochs: option('--epochs', 600) };
const thresholds = [...new Set([0.8, 0.9, 0.95, furnitureThreshold])].sort((a, b) => a - b);

/** Every labelled line of a set's pages: gold junk (1), gold paragraphs and headings (0), with the rules' outcome. */
function linesOf(set: string): Line[] {
  const goldDir = path.join(set, 'gold');
  const lines: Line[] = [];
  for (const name of readdirSync(goldDir).filter((entry) => entry.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, name), 'utf8')) as GoldFile;
    collected.junk = [];
    const record = processSource({ fileName: gold.file, bytes: readFileSync(path.join(set, 'seeds', gold.file)) });
    const page = collected.junk.at(-1);
    collected.junk = null;
    if (!page) continue;
    const kept = new Set([...record.paragraphs, ...record.headings].map((entry) => normalizeForMatch(entry.text)));
    const junk = new Set(gold.boilerplate.map(normalizeForMatch));
    const starts = gold.paragraphs.map((paragraph) => normalizeForMatch(paragraph.starts)).filter(Boolean);
    // (The article's own headings are content too: a live page's post titles, a release's subheadings.)
    const headings = new Set(gold.headings.map(normalizeForMatch));
    page.lines.forEach((text, index) => {
      const key = normalizeForMatch(text);
      const y = junk.has(key) ? 1 : headings.has(key) || starts.some((start) => key.startsWith(start)) ? 0 : null;
      if (y !== null) lines.push({ x: page.features[index]!, y, kept: kept.has(key), text });
    });
  }
  return lines;
}

/** What the model adds at each threshold, on lines it did not learn from. */
function tally(lines: Line[], weights: number[], into: Map<number, { junk: number; lost: number }>) {
  for (const line of lines) {
    if (!line.kept) continue;
    const p = furnitureProbability(line.x, weights);
    for (const threshold of thresholds) {
      const entry = into.get(threshold) ?? { junk: 0, lost: 0 };
      if (p >= threshold) entry[line.y === 1 ? 'junk' : 'lost']++;
      if (p >= threshold && threshold === furnitureThreshold && args.includes('--verbose')) console.log(`  ${line.y === 1 ? 'junk' : 'LOST'} ${p.toFixed(3)} ${line.text.slice(0, 100)}`);
      into.set(threshold, entry);
    }
  }
}

function report(title: string, lines: Line[], into: Map<number, { junk: number; lost: number }>) {
  const junkKept = lines.filter((line) => line.kept && line.y === 1).length;
  const paragraphs = lines.filter((line) => line.y === 0).length;
  console.log(`${title}: ${junkKept} gold junk lines kept by the rules, ${paragraphs} gold paragraphs and headings`);
  for (const [threshold, { junk, lost }] of into) console.log(`  at ${threshold}: +${junk} junk lines removed, ${lost} paragraphs or headings lost`);
}

const bySet = new Map(trainSets.map((set) => [set, linesOf(set)]));
process.stderr.write(`${[...bySet.values()].reduce((sum, lines) => sum + lines.length, 0)} labelled lines from ${bySet.size} sets\n`);
const folds = new Map<number, { junk: number; lost: number }>();
if (bySet.size > 1) {
  for (const [set, lines] of bySet) {
    const others = [...bySet].filter(([other]) => other !== set).flatMap(([, list]) => list);
    tally(lines, trainLogistic(others, options), folds);
  }
  report('one set left out at a time', [...bySet.values()].flat(), folds);
}
const weights = trainLogistic([...bySet.values()].flat(), options);
if (heldSets.length > 0) {
  const held = heldSets.flatMap(linesOf);
  const measured = new Map<number, { junk: number; lost: number }>();
  tally(held, weights, measured);
  report('held sets', held, measured);
}
if (args.includes('--out')) {
  const out = path.resolve(import.meta.dirname, '../src/pipeline/junk/weights.ts');
  const body = weights.map((weight) => `  ${Number(weight.toFixed(6))},`).join('\n');
  writeFileSync(out, `// Written by \`scripts/train-junk.ts --out\` (${bySet.size} labelled sets, λ ${options.lambda}, positive weight ${options.positiveWeight}, ${options.epochs} epochs): the furniture model's weights, in the order of \`lineFeatures\`.\nexport const furnitureWeights: readonly number[] = [\n${body}\n];\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
