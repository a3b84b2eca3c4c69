// `npm run bench -- --sources N [--runs R] [--seed S] [--profile]`: generates N synthetic sources, builds them with
// casefile (cold, then with nothing changed, one source added, one correction) and with a plain Astro +
// MDX + Pagefind baseline on the same content/, and prints one JSON line and a table; `--profile` adds where a cold ingest spends its time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.ts';
import { corpus } from './lib/corpus.ts';
import { siteFigures, writeBaseline } from './lib/bench.ts';
import { codeDigest, root } from './lib/ingest.ts';

interface ChildResult {
  timings: Record<string, number>;
  /** Pagefind's and the link check's own times, side by side in the `search` stage. */
  parts?: Record<string, number>;
  processed?: number;
  cached?: number;
  /** HTML pages Astro rendered rather than copied from the last build, of `pages`. */
  rendered?: number;
  pages?: number;
  maxRssKb: number;
  /** Peak RSS of the child or any process it waited for (Pagefind's binary), from /usr/bin/time. */
  treeRssKb: number | null;
}

const time = '/usr/bin/time';

function runChild(args: string[]): Promise<ChildResult> {
  const rssFile = path.join(root, '.cache', 'bench', `rss-${process.pid}.txt`);
  const node = [process.execPath, fileURLToPath(import.meta.resolve('tsx/cli')), path.join(root, 'scripts/lib/bench-child.ts'), ...args];
  const [command, ...rest] = existsSync(time) ? [time, '-f', '%M', '-o', rssFile, ...node] : node;
  return new Promise((resolve, reject) => {
    const child = spawn(command as string, rest, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', async (code) => {
      if (code !== 0) return reject(new Error(`bench child ${args[0]} exited with ${code}:\n${stderr.slice(-4000)}`));
      const line = stdout.trim().split('\n').at(-1) ?? '{}';
      const treeRss = Number((await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').at(-1));
      await rm(rssFile, { force: true });
      resolve({ ...(JSON.parse(line) as Omit<ChildResult, 'treeRssKb'>), treeRssKb: Number.isFinite(treeRss) && treeRss > 0 ? treeRss : null });
    });
  });
}

/**
 * The per-source pipeline alone, warm: the median and p95 ms over up to 200 sources spread over the
 * corpus (the build's ingest also includes the first-call start-up and the cross-source assembly).
 */
async function perSource(seeds: string): Promise<{ median: number; p95: number }> {
  const { processSource } = await import('../src/pipeline/index.ts');
  const names = (await readdir(seeds)).filter((file) => file.endsWith('.txt')).sort();
  const step = Math.max(1, Math.floor(names.length / 200));
  const sample = names.filter((_, index) => index % step === 0).slice(0, 200);
  const inputs = await Promise.all(sample.map(async (fileName) => ({ fileName, bytes: await readFile(path.join(seeds, fileName)) })));
  for (const input of inputs.slice(0, 10)) processSource(input);
  const times = inputs.map((input) => {
    const started = performance.now();
    processSource(input);
    return performance.now() - started;
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => Number((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(2));
  return { median: at(0.5), p95: at(0.95) };
}

// What the per-source and the assembly caches are keyed by (scripts/lib/ingest.ts).
const watched = ['src/pipeline', 'src/schemas', 'src/assemble', 'src/routes.ts'];

const sum = (timings: Record<string, number>) => Object.values(timings).reduce((total, ms) => total + ms, 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function bench(sources: number, runs = 1, seed = 1, profile = false) {
  const folder = path.join(root, '.cache', 'bench', String(sources));
  const seeds = path.join(folder, 'seeds');
  const content = path.join(folder, 'content');
  const dist = path.join(folder, 'dist');
  await mkdir(folder, { recursive: true });
  const ours: ChildResult[] = [];
  const rebuilds: ChildResult[] = [];
  const oneSource: ChildResult[] = [];
  const corrected: ChildResult[] = [];
  const baselines: ChildResult[] = [];
  let codeChanged = false;
  const ourArgs = ['ours', '--seeds', seeds, '--content', content, '--out', dist];
  for (let run = 0; run < runs; run++) {
    await writeCorpus(seeds, sources, seed);
    // The review loop has begun: one correction is in place before the cold build, the measured one is the next.
    // (The first correction of all adds a link to the corrections page to every page's footer.)
    await writeFile(path.join(seeds, 'corrections.yaml'), firstCorrection);
    const version = await codeDigest(watched);
    // Cold: every cache ignored (`npm run build -- --force`).
    ours.push(await runChild([...ourArgs, '--force']));
    // Someone editing src/pipeline between the two builds invalidates the cache, rightly; say so.
    if ((await codeDigest(watched)) !== version) codeChanged = true;
    rebuilds.push(await runChild(ourArgs));
    await writeBaseline(path.join(folder, 'baseline'), content, root);
    baselines.push(await runChild(['baseline', '--root', path.join(folder, 'baseline'), '--out', path.join(folder, 'baseline-dist')]));
    // The loop of the issue: one source added, then one correction in seeds/corrections.yaml.
    const added = corpus(sources + 1, seed).at(-1)!;
    await writeFile(path.join(seeds, added.name), added.text);
    oneSource.push(await runChild(ourArgs));
    await writeFile(path.join(seeds, 'corrections.yaml'), `${firstCorrection}${await oneCorrection(dist)}`);
    corrected.push(await runChild(ourArgs));
  }
  // The corpus as it was, for the figures below and the next bench.
  await writeFile(path.join(seeds, 'corrections.yaml'), firstCorrection);
  await writeCorpus(seeds, sources, seed);
  const oursTotal = median(ours.map((run) => sum(run.timings)));
  const baselineTotal = median(baselines.map((run) => sum(run.timings)));
  const pick = (results: ChildResult[], key: string) => median(results.map((run) => run.timings[key] ?? 0));
  const part = (results: ChildResult[], key: string) => median(results.map((run) => run.parts?.[key] ?? 0));
  const profiled = profile ? ((await runChild(['profile', '--seeds', seeds])) as unknown as { places: Array<[string, number]> }).places : null;
  const site = await siteFigures(dist);
  const pipeline = await perSource(seeds);
  const totalOf = (results: ChildResult[]) => median(results.map((run) => sum(run.timings)));
  // Where a rebuild's time goes: each stage's median, Pagefind's and the link check's inside `search`.
  const stages = (results: ChildResult[]) => Object.fromEntries([...Object.keys(results[0]?.timings ?? {}).map((key) => [key, pick(results, key)]), ['pagefind', part(results, 'pagefind')], ['links', part(results, 'links')]]);
  return {
    sources,
    runs,
    ingestMs: pick(ours, 'ingest'),
    ingestPerSourceMs: Number((pick(ours, 'ingest') / sources).toFixed(2)),
    pipelineMedianMs: pipeline.median,
    pipelineP95Ms: pipeline.p95,
    contentMs: pick(ours, 'content'),
    astroMs: pick(ours, 'astro'),
    pagefindMs: part(ours, 'pagefind'),
    exportMs: pick(ours, 'export'),
    linksMs: part(ours, 'links'),
    // Pagefind and the link check run side by side: this is their wall time together.
    searchMs: pick(ours, 'search'),
    totalMs: oursTotal,
    peakRssMb: Math.round(Math.max(...ours.map((run) => Math.max(run.maxRssKb, run.treeRssKb ?? 0))) / 1024),
    rebuildProcessed: rebuilds.at(-1)?.processed ?? null,
    rebuildCodeChanged: codeChanged,
    rebuildIngestMs: pick(rebuilds, 'ingest'),
    rebuildTotalMs: totalOf(rebuilds),
    rebuildRendered: rebuilds.at(-1)?.rendered ?? 0,
    rebuildOneSourceMs: totalOf(oneSource),
    rebuildOneSourceRendered: oneSource.at(-1)?.rendered ?? null,
    rebuildOneSourceStages: stages(oneSource),
    rebuildCorrectionMs: totalOf(corrected),
    rebuildCorrectionRendered: corrected.at(-1)?.rendered ?? null,
    rebuildCorrectionStages: stages(corrected),
    ...site,
    baselineAstroMs: pick(baselines, 'astro'),
    baselinePagefindMs: pick(baselines, 'pagefind'),
    baselineTotalMs: baselineTotal,
    baselinePeakRssMb: Math.round(Math.max(...baselines.map((run) => Math.max(run.maxRssKb, run.treeRssKb ?? 0))) / 1024),
    ...(profiled ? { ingestProfile: profiled } : {}),
    ratio: Number((oursTotal / baselineTotal).toFixed(2)),
    // The comparison: ingest + MDX + Astro + Pagefind, without the export and the link check the baseline lacks.
    ratioCore: Number(((['ingest', 'content', 'astro'].reduce((total, key) => total + pick(ours, key), 0) + part(ours, 'pagefind')) / baselineTotal).toFixed(2)),
    // The rebuilds of the issue over the cold build.
    rebuildRatio: Number((totalOf(rebuilds) / oursTotal).toFixed(3)),
    rebuildOneSourceRatio: Number((totalOf(oneSource) / oursTotal).toFixed(3)),
    rebuildCorrectionRatio: Number((totalOf(corrected) / oursTotal).toFixed(3)),
  };
}

/** A correction of a speaker of the corpus (scripts/lib/corpus.ts), in place before the cold build. */
const firstCorrection = 'speakers:\n  - name: Maren Oduya\n    role: press officer\n';

/** A correction of one paragraph's section in the built dossier, as a person would write it in seeds/corrections.yaml. */
async function oneCorrection(dist: string): Promise<string> {
  const dossier = JSON.parse(await readFile(path.join(dist, 'dossier.json'), 'utf8')) as { sources: Array<{ id: string; paragraphs: Array<{ id: string; section: string }> }> };
  const source = dossier.sources[Math.floor(dossier.sources.length / 2)]!;
  const paragraph = source.paragraphs.find((candidate) => candidate.section !== 'context') ?? source.paragraphs[0]!;
  return `paragraphs:\n  ${source.id}#${paragraph.id}: { section: ${paragraph.section === 'context' ? 'event' : 'context'} }\n`;
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;
const stageList = (stages: Record<string, number>) => Object.entries(stages).map(([name, ms]) => `${name} ${ms}`).join(', ');

function table(result: Awaited<ReturnType<typeof bench>>): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows: Array<[string, string]> = [
    ['sources', String(result.sources)],
    ['ingest', `${result.ingestMs} ms (${result.ingestPerSourceMs} ms/source with assembly)`],
    ['per-source pipeline, warm', `median ${result.pipelineMedianMs} ms, p95 ${result.pipelineP95Ms} ms`],
    ['content (MDX)', `${result.contentMs} ms`],
    ['astro', `${result.astroMs} ms`],
    ['pagefind', `${result.pagefindMs} ms`],
    ['export', `${result.exportMs} ms`],
    ['pagefind ∥ links', `${result.searchMs} ms (Pagefind ${result.pagefindMs} ms beside the link check ${result.linksMs} ms)`],
    ['total', `${result.totalMs} ms`],
    ['peak RSS', `${result.peakRssMb} MB`],
    ['rebuild, nothing changed', `${result.rebuildProcessed} sources re-ingested${result.rebuildCodeChanged ? ' (the pipeline or assembly code changed between the builds)' : ''}, ${result.rebuildRendered} pages rendered, total ${result.rebuildTotalMs} ms (${percent(result.rebuildRatio)} of cold)`],
    ['rebuild, one source added', `${result.rebuildOneSourceRendered} pages rendered, total ${result.rebuildOneSourceMs} ms (${percent(result.rebuildOneSourceRatio)} of cold): ${stageList(result.rebuildOneSourceStages)}`],
    ['rebuild, one correction', `${result.rebuildCorrectionRendered} pages rendered, total ${result.rebuildCorrectionMs} ms (${percent(result.rebuildCorrectionRatio)} of cold): ${stageList(result.rebuildCorrectionStages)}`],
    ['pages', String(result.pages)],
    ['HTML gzipped', `median ${kb(result.htmlMedianGzip)}, p95 ${kb(result.htmlP95Gzip)}; largest page ${kb(result.htmlMaxBytes)} raw`],
    ['pages over 200 KB', result.oversizedCount === 0 ? 'none' : `${result.oversizedCount}, largest: ${result.oversized.slice(0, 5).join(', ')}`],
    ['pagefind', `${kb(result.pagefindBytes)} in all, first query ≤ ${kb(result.firstQueryBytes)}`],
    ['baseline (astro + pagefind)', `${result.baselineAstroMs} + ${result.baselinePagefindMs} = ${result.baselineTotalMs} ms, peak RSS ${result.baselinePeakRssMb} MB`],
    ['ratio casefile / baseline', `${result.ratio}× (whole build), ${result.ratioCore}× (ingest + MDX + Astro + Pagefind)`],
  ];
  for (const [place, ms] of result.ingestProfile ?? []) rows.push([`  cold ingest: ${place}`, `${ms} ms`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (flag: string, fallback: number) => {
    const index = args.indexOf(flag);
    return index === -1 ? fallback : Number(args[index + 1]);
  };
  const sources = value('--sources', 100);
  const runs = value('--runs', 1);
  const seed = value('--seed', 1);
  if (![sources, runs, seed].every((n) => Number.isInteger(n)) || sources < 1 || runs < 1) {
    process.stderr.write('Unexpected arguments, expected `--sources N`, `--runs R` (positive integers) and `--seed S`.\n');
    process.exitCode = 1;
  } else {
    const result = await bench(sources, runs, seed, args.includes('--profile'));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.stderr.write(`\n${table(result)}\n`);
  }
}
