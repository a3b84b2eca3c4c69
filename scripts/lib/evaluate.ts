// The evaluation cases and their scoring, shared by `npm run eval` and the corpus test: each case is a
// folder of seeds with gold annotations; its model is built as a build would, then scored file by file.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { entityKinds, f1, ratio, scoreEvents, scoreFile, scoreGrouping, type CrossSourceEntry, type FileScore, type GoldFile, type Ratio, type ReadTime } from '../../src/eval/score.ts';
import { processSource } from '../../src/pipeline/index.ts';
import { reviewQueue } from '../../src/review/queue.ts';
import type { Dossier } from '../../src/schemas/dossier.ts';
import { caseDates, wantsCaseYear } from '../../src/pipeline/times/resolve.ts';
import { goldDir } from './gold.ts';
import { ingest, root } from './ingest.ts';
import { readManifest } from './manifest.ts';

export type Part = 'seeds' | 'dev' | 'held-out';

export interface EvalCase {
  name: string;
  part: Part;
  seedsDir: string;
  goldDir: string;
}

export interface Totals {
  sources: number;
  quotePrecision: number;
  quoteRecall: number;
  quoteF1: number;
  speakerAccuracy: number;
  junkRemoved: number;
  junkPrecision: number;
  paragraphsKept: number;
  sections: number;
  titles: number;
  outlets: number;
  published: number;
  times: number;
  grouped: number;
  /** Events that several sources report (gold: same date, alike \`about\`), merged into one timeline entry. */
  events: number;
  entities: number;
  entityTypes: number;
  /** People, organisations and places of each source, typed, pooled: F1 of the entries' precision and the gold's recall. */
  typedEntityF1: number;
  /** The counts behind each ratio, so that parts can be added up. */
  counts: Record<string, Ratio>;
}

export interface CaseScore {
  name: string;
  part: Part;
  files: FileScore[];
  grouping: Ratio;
  groupingMisses: string[];
  events: Ratio;
  /** Timeline entries that hold tellings of more than one gold event, of the entries that hold any. */
  mixedEntries: Ratio;
  eventMisses: string[];
  review: ReviewScore;
  totals: Totals;
}

/** How well \`npm run review\` points at what the dossier got wrong. */
export interface ReviewScore {
  /** Queue entries that point at a real error, of all entries. */
  real: Ratio;
  /** The same in the first quarter of the queue (the most important entries first): how well it is ordered. */
  top: Ratio;
  /** Errors the queue lists, of all errors it could list, by kind (speaker, section, metadata, line). */
  caught: Record<string, Ratio>;
  /** Errors the queue does not list, and entries on items without an error, for --verbose. */
  misses: string[];
}

export const corpusDir = path.join(root, 'tests/fixtures/corpus');
export const heldOutDir = path.join(root, 'tests/fixtures/heldout');

/** The seeds (when their gold is at hand), then every case of the development and held-out corpora. */
export async function evalCases(seedsDir = path.join(root, 'seeds')): Promise<EvalCase[]> {
  const cases: EvalCase[] = [];
  if (existsSync(goldDir) && existsSync(seedsDir)) cases.push({ name: 'seeds', part: 'seeds', seedsDir, goldDir });
  for (const [dir, part] of [[corpusDir, 'dev'], [heldOutDir, 'held-out']] as const) {
    if (!existsSync(dir)) continue;
    for (const name of (await readdir(dir)).sort()) {
      const folder = path.join(dir, name);
      const ready = existsSync(path.join(folder, 'seeds')) && existsSync(path.join(folder, 'gold')) && (await readdir(path.join(folder, 'gold'))).some((file) => file.endsWith('.gold.json'));
      if (ready) {
        cases.push({ name, part, seedsDir: path.join(folder, 'seeds'), goldDir: path.join(folder, 'gold') });
      }
    }
  }
  return cases;
}

export async function scoreCase(entry: EvalCase): Promise<CaseScore> {
  const goldNames = (await readdir(entry.goldDir)).filter((name) => name.endsWith('.gold.json')).sort();
  const golds = await Promise.all(goldNames.map(async (name) => JSON.parse(await readFile(path.join(entry.goldDir, name), 'utf8')) as GoldFile));
  if (entry.part === 'seeds') await dateSeedTimes(golds);
  const { dossier } = await ingest({ seedsDir: entry.seedsDir, workers: 0 });
  const seeds = (await readdir(entry.seedsDir)).filter((name) => name.endsWith('.txt'));
  const manifest = await readManifest(entry.seedsDir, seeds);
  const texts = new Map<string, string>();
  const files: FileScore[] = [];
  // The time expressions as the per-source pipeline dated them, a dateline without a year by the case's dates (as a build does).
  const inputs = await Promise.all(golds.map(async (gold) => ({ fileName: gold.file, bytes: await readFile(path.join(entry.seedsDir, gold.file)), meta: manifest.entries.get(gold.file) })));
  const records = inputs.map((input) => processSource(input));
  const dates = caseDates(records.map((record) => record.meta));
  for (const [index, gold] of golds.entries()) {
    const input = inputs[index]!;
    const text = new TextDecoder().decode(input.bytes);
    texts.set(gold.file, text);
    const record = dates.length > 0 && wantsCaseYear(records[index]!.meta) ? processSource({ ...input, caseDates: dates }) : records[index]!;
    const times: ReadTime[] = record.paragraphs.flatMap((paragraph) => paragraph.times.map((time) => ({ text: time.text, date: time.date })));
    files.push(scoreFile(dossier, gold, text, times));
  }
  const crossFile = path.join(entry.goldDir, 'cross-source.json');
  const siblingCross = path.join(path.dirname(entry.goldDir), 'cross-source.json');
  const crossPath = existsSync(crossFile) ? crossFile : existsSync(siblingCross) ? siblingCross : null;
  const crossSource = crossPath ? (JSON.parse(await readFile(crossPath, 'utf8')) as CrossSourceEntry[]) : [];
  const grouping = scoreGrouping(dossier, crossSource, texts);
  const idOf = new Map(dossier.sources.map((source) => [source.file, source.id]));
  const events = scoreEvents(dossier, golds.flatMap((gold) => (idOf.has(gold.file) ? [{ gold, sourceId: idOf.get(gold.file)! }] : [])));
  const score = { name: entry.name, part: entry.part, files, grouping: grouping.grouped, groupingMisses: grouping.misses, events: events.merged, mixedEntries: events.mixed, eventMisses: events.misses, review: scoreReview(dossier, files) };
  return { ...score, totals: totalsOf([score]) };
}

/**
 * The review queue against the gold: an entry is real when the item it points at (a statement, a speaker,
 * a paragraph, a source, a removed line) holds an error; an error is caught when the queue lists one of
 * the places that show it.
 */
export const reviewKinds = ['speaker', 'section', 'metadata', 'line'] as const;

export function scoreReview(dossier: Dossier, files: FileScore[]): ReviewScore {
  const queue = reviewQueue(dossier);
  const listed = new Set(queue.map((entry) => entry.href));
  const errors = files.flatMap((file) => file.errors);
  const wrong = new Set(errors.flatMap((error) => error.hrefs));
  const caught: Record<string, Ratio> = {};
  const misses: string[] = [];
  for (const error of errors) {
    const ratio = (caught[error.kind] ??= { hit: 0, total: 0 });
    ratio.total++;
    if (error.hrefs.some((href) => listed.has(href))) ratio.hit++;
    else misses.push(`review does not list: ${error.what}`);
  }
  for (const entry of queue) if (!wrong.has(entry.href)) misses.push(`review lists a right item (${entry.kind}): ${entry.title}`);
  const first = [...new Set(queue.slice(0, Math.ceil(queue.length / 4)).map((entry) => entry.href))];
  return {
    real: { hit: [...listed].filter((href) => wrong.has(href)).length, total: listed.size },
    top: { hit: first.filter((href) => wrong.has(href)).length, total: first.length },
    caught,
    misses,
  };
}

/** The seeds' gold lists time expressions without dates: tests/fixtures/seed-times.json dates them as a reader can. */
async function dateSeedTimes(golds: GoldFile[]): Promise<void> {
  const file = path.join(root, 'tests/fixtures/seed-times.json');
  if (!existsSync(file)) return;
  const known = JSON.parse(await readFile(file, 'utf8')) as Record<string, { reference: string; dates: Record<string, string | null> }>;
  for (const gold of golds) {
    const seed = known[gold.file];
    if (!seed) continue;
    gold.written ??= seed.reference;
    gold.time_expressions = gold.time_expressions.map((time) => ({ ...time, date: time.date ?? seed.dates[time.text] ?? null }));
  }
}

const sum = (parts: Ratio[]): Ratio => parts.reduce((a, b) => ({ hit: a.hit + b.hit, total: a.total + b.total }), { hit: 0, total: 0 });

export function totalsOf(cases: Array<Pick<CaseScore, 'files' | 'grouping' | 'events' | 'mixedEntries' | 'review'>>): Totals {
  const files = cases.flatMap((entry) => entry.files);
  const counts: Record<string, Ratio> = {
    quoteRecall: sum(files.map((f) => f.quotes.recall)),
    quotePrecision: sum(files.map((f) => f.quotes.precision)),
    speakers: sum(files.map((f) => f.speakers)),
    junkRemoved: sum(files.map((f) => f.junk.removed)),
    junkPrecision: sum(files.map((f) => f.junk.precision)),
    paragraphsKept: sum(files.map((f) => f.paragraphsKept)),
    sections: sum(files.map((f) => f.sections)),
    titles: { hit: files.filter((f) => f.title.ok).length, total: files.length },
    outlets: sum(files.map((f) => f.outlet)),
    published: sum(files.map((f) => f.published)),
    times: sum(files.map((f) => f.times)),
    grouped: sum(cases.map((entry) => entry.grouping)),
    events: sum(cases.map((entry) => entry.events)),
    mixedEntries: sum(cases.map((entry) => entry.mixedEntries)),
    entities: sum(files.map((f) => f.entities)),
    entityTypes: sum(files.map((f) => f.entityTypes)),
    ...Object.fromEntries(
      entityKinds.flatMap((kind) => [
        [`entityRecall:${kind}`, sum(files.map((f) => f.typedEntities[kind].recall))],
        [`entityPrecision:${kind}`, sum(files.map((f) => f.typedEntities[kind].precision))],
      ]),
    ),
    reviewReal: sum(cases.map((entry) => entry.review.real)),
    reviewTop: sum(cases.map((entry) => entry.review.top)),
    ...Object.fromEntries(reviewKinds.map((kind) => [`reviewCaught:${kind}`, sum(cases.map((entry) => entry.review.caught[kind] ?? { hit: 0, total: 0 }))])),
  };
  const of = (key: string) => ratio(counts[key] ?? { hit: 0, total: 0 });
  return {
    sources: files.length,
    quotePrecision: of('quotePrecision'),
    quoteRecall: of('quoteRecall'),
    quoteF1: f1(of('quotePrecision'), of('quoteRecall')),
    speakerAccuracy: of('speakers'),
    junkRemoved: of('junkRemoved'),
    junkPrecision: of('junkPrecision'),
    paragraphsKept: of('paragraphsKept'),
    sections: of('sections'),
    titles: of('titles'),
    outlets: of('outlets'),
    published: of('published'),
    times: of('times'),
    grouped: of('grouped'),
    events: of('events'),
    entities: of('entities'),
    entityTypes: of('entityTypes'),
    typedEntityF1: f1(ratio(sum(entityKinds.map((kind) => counts[`entityPrecision:${kind}`]!))), ratio(sum(entityKinds.map((kind) => counts[`entityRecall:${kind}`]!)))),
    counts,
  };
}
