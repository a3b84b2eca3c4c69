// Adding a source from its web page: the page reader over fixture pages served on 127.0.0.1 (never the
// network), each failure's error, the seed and manifest entry written, and the same dossier from an
// added page, a page dropped into seeds/ and a hand-pasted copy of the same article.
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../scripts/add.ts';
import { addSource } from '../scripts/lib/add.ts';
import { fetchPage } from '../scripts/lib/fetch-page.ts';
import { ingest } from '../scripts/lib/ingest.ts';
import { fixtures, fixturesDir, serveFixtures, type FixtureServer } from '../scripts/lib/page-fixtures.ts';
import { evaluatePages, totals, type PageScore } from '../scripts/lib/page-eval.ts';
import { CasefileError } from '../src/errors.ts';
import { parseManifest } from '../src/pipeline/manifest.ts';
import { readPage } from '../src/pipeline/page/index.ts';
import type { Dossier } from '../src/schemas/dossier.ts';

let server: FixtureServer;
let scores: PageScore[];
const folders: string[] = [];
const folder = async () => {
  const made = await mkdtemp(path.join(tmpdir(), 'casefile-add-'));
  folders.push(made);
  return made;
};

beforeAll(async () => {
  server = await serveFixtures(5000);
  scores = await evaluatePages(server.base);
});
afterAll(async () => {
  await server.close();
  await Promise.all(folders.map((made) => rm(made, { recursive: true, force: true })));
});

/** The error a promise rejects with, to check its code and where it names. */
async function failure(promise: Promise<unknown>): Promise<CasefileError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(CasefileError);
  return error as CasefileError;
}

describe('reading fixture pages', () => {
  it.each(fixtures().map((fixture) => fixture.name))('%s: headline, outlet, date, address, paragraphs and furniture as the gold says', (name) => {
    const score = scores.find((entry) => entry.name === name) as PageScore;
    expect(score.error.got).toBe(score.error.expected);
    expect(score.metadata.wrong).toEqual([]);
    expect(score.paragraphs.missed).toEqual([]);
    expect(score.furniture.left).toEqual([]);
  });

  it('meets the targets of the issue over all pages', () => {
    const total = totals(scores);
    expect(total.paragraphs.rate).toBeGreaterThanOrEqual(0.99);
    expect(total.furniture.rate).toBeGreaterThanOrEqual(0.95);
    expect(total.metadata.rate).toBe(1);
    expect(total.paragraphs.of).toBeGreaterThan(50);
  });

  it('writes the headline line, then the paragraphs with their subheadings, a blank line between two', async () => {
    const fetched = await fetchPage(`${server.base}/broadsheet-graph/`);
    const page = readPage({ bytes: fetched.bytes, where: 'broadsheet', url: fetched.url });
    const lines = page.text.split('\n\n');
    expect(lines[0]).toBe('Council votes to close Eastgate library despite 4,000-name petition');
    expect(lines).toContain('What happens next');
    expect(lines.at(-1)).toBe('A mobile library van will visit Eastgate twice a week from July, the council said.\n');
  });

  it('takes the original of a republished story from the canonical address and the credit line', () => {
    const syndicated = fixtures().find((fixture) => fixture.name === 'syndicated')!;
    const page = readPage({ bytes: syndicated.html, where: 'syndicated' });
    expect(page.entry.republishedFrom).toEqual({ outlet: 'Meridian Press Agency', url: 'https://meridianpress.example/2024/07/08/alpine-railway-reopens-after-rockfall/' });
    expect(page.entry.outlet).toBe('Lakeside Post');
    expect(page.removed).toContainEqual(expect.objectContaining({ reason: 'republication note, outside the article' }));
  });

  it('reads a page whose charset only the HTTP header declares', async () => {
    const fetched = await fetchPage(`${server.base}/latin1-header/`);
    expect(fetched.contentType).toMatch(/windows-1252/);
    const page = readPage({ bytes: fetched.bytes, where: 'latin1', contentType: fetched.contentType });
    expect(page.text).toContain('“My grandmother made it every Sunday in Rouen.');
    expect(page.text).toContain('René Duval');
    expect(page.text).toContain('£2.50');
  });

  it('takes a page without Open Graph type for a list of stories when its headings are links', () => {
    const front = fixtures().find((fixture) => fixture.name === 'section-front')!;
    const undeclared = Buffer.from(front.html.toString('utf8').replace(/<meta property="og:type"[^>]*>/, ''));
    expect(() => readPage({ bytes: undeclared, where: 'front.html' })).toThrow(/5 of its headings link to other pages/);
  });
});

describe('fetching', () => {
  it('follows a redirect and keeps the canonical address', async () => {
    const fetched = await fetchPage(`${server.base}/moved/`);
    expect(fetched.url).toBe(`${server.base}/wire-jsonld/`);
    const page = readPage({ bytes: fetched.bytes, where: 'moved', url: fetched.url });
    expect(page.entry.url).toBe('https://www.northwire.example/world/europe/ferry-aground-skarvik-2024-04-16/');
  });

  it('names the address and the status of a 404', async () => {
    const error = await failure(fetchPage(`${server.base}/missing/`));
    expect(error.code).toBe('http-status');
    expect(error.toString()).toBe(`${server.base}/missing/: The server answered 404 Not Found, expected 200 OK. Check the address, or save the page from a browser and add the saved file.`);
  });

  it('gives up on a slow server after the timeout', async () => {
    const started = Date.now();
    const error = await failure(fetchPage(`${server.base}/slow/`, { timeoutMs: 300 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/No complete answer within 0\.3 s/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses what is not HTML', async () => {
    const error = await failure(fetchPage(`${server.base}/report.pdf`));
    expect(error.code).toBe('not-html');
    expect(error.message).toMatch(/"application\/pdf"/);
  });

  it('reports a server that does not answer', async () => {
    const closed = await serveFixtures();
    await closed.close();
    const error = await failure(fetchPage(`${closed.base}/wire-jsonld/`));
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toMatch(/ECONNREFUSED/);
  });
});

describe('npm run add', () => {
  const manifestText = '# What is known of each seed.\n\nb.txt:\n  # kept by hand\n  outlet: Example Daily\n\na.txt:\n  published: 2024\n';

  it('writes the seed and its entry, keeping the manifest\'s comments and order, and refuses to overwrite without --force', async () => {
    const seeds = await folder();
    await writeFile(path.join(seeds, 'sources.yaml'), manifestText);
    const added = await addSource(`${server.base}/regional-array/`, { seedsDir: seeds });
    expect(added.fileName).toBe('floodwater-closes-wendle-bridge-as-farmers-move-livestock-to.txt');
    const text = await readFile(path.join(seeds, added.fileName), 'utf8');
    expect(text.startsWith('Floodwater closes Wendle Bridge as farmers move livestock to higher ground\n\nWendle Bridge has been closed')).toBe(true);
    const manifest = await readFile(path.join(seeds, 'sources.yaml'), 'utf8');
    expect(manifest.startsWith(manifestText)).toBe(true);
    expect(manifest.slice(manifestText.length)).toBe(
      [
        '',
        'floodwater-closes-wendle-bridge-as-farmers-move-livestock-to.txt:',
        '  outlet: Valley Courier',
        '  url: https://www.valleycourier.example/news/local/floodwater-closes-wendle-bridge-7719204',
        '  published: 2024-02-11',
        '  title: Floodwater closes Wendle Bridge as farmers move livestock to higher ground',
        '  byline: Hannah Cole and Dev Mistry',
        '  language: en-GB',
        '',
      ].join('\n'),
    );
    const parsed = parseManifest(manifest, 'sources.yaml', ['a.txt', 'b.txt', added.fileName]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.sources[added.fileName]).toMatchObject({ outlet: 'Valley Courier', published: '2024-02-11' });

    const again = await failure(addSource(`${server.base}/regional-array/`, { seedsDir: seeds }));
    expect(again.code).toBe('exists');
    expect(again.toString()).toMatch(/floodwater-closes-wendle-bridge-as-farmers-move-livestock-to\.txt: The seed .* already exists\. Pass --force to replace it\./);
    await addSource(`${server.base}/regional-array/`, { seedsDir: seeds, force: true });
    expect(await readFile(path.join(seeds, 'sources.yaml'), 'utf8')).toBe(manifest);
    expect((await readdir(seeds)).sort()).toEqual([added.fileName.replace(/\.txt$/, '.removed.json'), added.fileName, 'sources.yaml']);
  });

  it('refuses an address already in the manifest under another name', async () => {
    const seeds = await folder();
    await writeFile(path.join(seeds, 'sources.yaml'), 'mine.txt:\n  url: https://www.northwire.example/world/europe/ferry-aground-skarvik-2024-04-16/\n');
    const error = await failure(addSource(`${server.base}/wire-jsonld/`, { seedsDir: seeds }));
    expect(error.message).toMatch(/A source with the address https:\/\/www\.northwire\.example\/.* \(mine\.txt\) already exists/);
    expect(await readdir(seeds)).toEqual(['sources.yaml']);
  });

  it('writes nothing for a page without an article, and says why', async () => {
    const seeds = await folder();
    for (const [name, code] of [['paywall', 'paywalled'], ['section-front', 'not-an-article'], ['missing', 'http-status']] as const) {
      const error = await failure(addSource(`${server.base}/${name}/`, { seedsDir: seeds }));
      expect(error.code).toBe(code);
      expect(error.file).toBe(`${server.base}/${name}/`);
    }
    expect(await readdir(seeds)).toEqual([]);
  });

  it('adds a saved page from the command line, with a line per page and exit 1 when one failed', async () => {
    const seeds = await folder();
    const output: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => output.push(String(chunk)) > 0) as typeof process.stderr.write;
    let code: number;
    try {
      code = await main([path.join(fixturesDir, 'syndicated', 'page.html'), path.join(fixturesDir, 'nothing-here.html'), '--seeds', seeds]);
    } finally {
      process.stderr.write = write;
    }
    expect(code).toBe(1);
    const printed = output.join('');
    expect(printed).toMatch(/wrote .*mountain-railway-reopens-five-months-after-rockfall\.txt: "Mountain railway reopens five months after rockfall", 5 paragraphs/);
    expect(printed).toMatch(/failed: .*nothing-here\.html: The file could not be read \(ENOENT\)/);
    expect(printed).toMatch(/1 of 2 added/);
    const manifest = await readFile(path.join(seeds, 'sources.yaml'), 'utf8');
    expect(manifest).toContain('republishedFrom:\n    outlet: Meridian Press Agency\n    url: https://meridianpress.example/2024/07/08/alpine-railway-reopens-after-rockfall/');
  });
});

describe('a page as a source in the build', () => {
  const pageFile = path.join(fixturesDir, 'broadsheet-graph', 'page.html');
  const view = (dossier: Dossier) => ({
    sources: dossier.sources.map((source) => ({
      title: source.title,
      outlet: source.outlet,
      url: source.url,
      published: source.published,
      language: source.language,
      headings: source.headings.map((heading) => heading.text),
      paragraphs: source.paragraphs.map((paragraph) => [paragraph.text, paragraph.section, paragraph.heading]),
    })),
    statements: dossier.statements.map((statement) => [statement.text, statement.speaker]),
    speakers: dossier.speakers.map((speaker) => [speaker.name, speaker.role]),
    facts: dossier.facts.map((fact) => fact.text),
    timeline: dossier.timeline.map((entry) => [entry.date, entry.text]),
  });

  it('gives the same dossier from an added page, the page dropped into seeds/ and a hand-pasted copy', async () => {
    const [added, dropped, pasted] = [await folder(), await folder(), await folder()];
    await addSource(pageFile, { seedsDir: added });
    await copyFile(pageFile, path.join(dropped, 'eastgate-library.html'));
    await copyFile(path.join(fixturesDir, '..', 'pages-pasted', 'broadsheet-graph.txt'), path.join(pasted, 'eastgate-library.txt'));
    await writeFile(
      path.join(pasted, 'sources.yaml'),
      'eastgate-library.txt:\n  outlet: The Harbour Ledger\n  url: https://harbourledger.example/news/2024/03/05/council-votes-to-close-eastgate-library/\n  published: 2024-03-05\n  language: en-GB\n',
    );
    const [fromAdded, fromDropped, fromPasted] = await Promise.all([added, dropped, pasted].map((seedsDir) => ingest({ seedsDir, workers: 0 })));
    const expected = view(fromPasted!.dossier);
    expect(expected.statements.length).toBeGreaterThanOrEqual(2);
    expect(expected.sources[0]?.paragraphs).toHaveLength(8);
    expect(expected.sources[0]?.headings).toEqual(["'A lifeline for older residents'", 'What happens next']);
    expect(view(fromAdded!.dossier)).toEqual(expected);
    expect(view(fromDropped!.dossier)).toEqual(expected);
  });

  it('shows what the article left out for a page added by its address too, from the list written beside the seed', async () => {
    const seeds = await folder();
    const added = await addSource(`${server.base}/regional-array/`, { seedsDir: seeds });
    const written = JSON.parse(await readFile(path.join(seeds, added.fileName.replace(/\.txt$/, '.removed.json')), 'utf8')) as Array<{ text: string }>;
    expect(written.length).toBe(added.page.removed.length);
    const { dossier } = await ingest({ seedsDir: seeds, workers: 0 });
    const shown = dossier.sources[0]?.removed.map((line) => line.text) ?? [];
    for (const line of added.page.removed) expect(shown).toContain(line.text);
    // A list that is not one: that source is skipped with a warning naming the file, the others are built.
    await writeFile(path.join(seeds, added.fileName.replace(/\.txt$/, '.removed.json')), '{ "not": "a list" }');
    await writeFile(path.join(seeds, 'other.txt'), 'Harbour reopens\n\nThe harbour reopened on Monday after a week of repairs, the port authority said.\n');
    const { warnings } = await ingest({ seedsDir: seeds, workers: 0 });
    expect(warnings.map((warning) => warning.message).join('\n')).toMatch(/removed\.json .*expected the list of removed lines/);
  });

  it('shows what the article left out, with the line of the page and why, and takes the page\'s metadata as given', async () => {
    const dropped = await folder();
    await copyFile(pageFile, path.join(dropped, 'eastgate-library.html'));
    const { dossier } = await ingest({ seedsDir: dropped, workers: 0 });
    const [source] = dossier.sources;
    expect(source?.file).toBe('eastgate-library.html');
    expect(source?.inferred).toEqual([]);
    expect(source?.byline).toBe('Priya Raman');
    expect(source?.removed).toContainEqual(expect.objectContaining({ text: 'Sport', reason: 'site navigation, outside the article', line: 23 }));
    expect(source?.removed).toContainEqual(expect.objectContaining({ text: 'Get the Ledger in your inbox', reason: 'subscription prompt, outside the article', line: 44 }));
    expect(source?.removed).toContainEqual(expect.objectContaining({ text: 'Campaigners outside the town hall before the meeting (Photo: Ledger staff)', reason: 'photo caption, outside the article', line: 47 }));
  });

  it('lets the manifest override what the page declares', async () => {
    const dropped = await folder();
    await copyFile(pageFile, path.join(dropped, 'eastgate-library.html'));
    await writeFile(path.join(dropped, 'sources.yaml'), 'eastgate-library.html:\n  outlet: Ledger Weekend\n');
    const { dossier } = await ingest({ seedsDir: dropped, workers: 0 });
    expect(dossier.sources[0]).toMatchObject({ outlet: 'Ledger Weekend', published: '2024-03-05' });
  });

  it('skips a dropped page without an article with a warning naming it', async () => {
    const seeds = await folder();
    await copyFile(pageFile, path.join(seeds, 'eastgate-library.html'));
    await copyFile(path.join(fixturesDir, 'paywall', 'page.html'), path.join(seeds, 'chipmaker.htm'));
    const result = await ingest({ seedsDir: seeds, workers: 0 });
    expect(result.skipped).toEqual(['chipmaker.htm']);
    expect(result.warnings).toContainEqual(expect.objectContaining({ file: 'chipmaker.htm', ruleId: 'paywalled' }));
  });
});
