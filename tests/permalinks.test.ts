// Permalinks survive: build the seeds, add a source, rebuild; every id shared before still exists on
// the same page and still points to the same statement, paragraph or fact.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/schemas/dossier.ts';
import { launchBrowser } from '../scripts/lib/browser.ts';
import { serve } from '../scripts/lib/serve.ts';
import { anchorShard } from '../src/site/anchors.ts';
import { repoRoot, runBuild, seedSite } from './helpers/build.ts';

let before: Dossier;
let after: Dossier;
let afterDist: string;

const idsOn = async (dist: string, pathname: string) => {
  const html = await readFile(path.join(dist, pathname, 'index.html'), 'utf8');
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
};

beforeAll(async () => {
  before = JSON.parse(await readFile(path.join(seedSite.dist, 'dossier.json'), 'utf8'));
  ({ dist: afterDist, dossier: after } = await buildWith('010_wire_followup.txt'));
}, 300_000);

/** The seeds and one more source from tests/fixtures/permalinks, built in a folder of their own. */
async function buildWith(fixture: string): Promise<{ dist: string; dossier: Dossier }> {
  const work = await mkdtemp(path.join(tmpdir(), 'casefile-permalinks-'));
  await cp(path.join(repoRoot, 'seeds'), path.join(work, 'seeds'), { recursive: true });
  await cp(path.join(repoRoot, 'tests/fixtures/permalinks', fixture), path.join(work, 'seeds', fixture));
  const dist = path.join(work, 'dist');
  const run = await runBuild(['--seeds', path.join(work, 'seeds'), '--content', path.join(work, 'content'), '--out', dist]);
  expect(run.code, run.stderr).toBe(0);
  return { dist, dossier: JSON.parse(await readFile(path.join(dist, 'dossier.json'), 'utf8')) };
}

describe('adding a source', () => {
  it('adds the source', () => {
    expect(after.sources.length).toBe(before.sources.length + 1);
  });

  it('keeps every id of every page in place', async () => {
    const pages = ['/', '/event/', '/statements/', '/context/', '/timeline/', '/entities/', '/sources/', ...before.sources.map((s) => s.href)];
    for (const pathname of pages) {
      const old = await idsOn(seedSite.dist, pathname);
      const now = await idsOn(afterDist, pathname);
      const lost = [...old].filter((id) => !now.has(id));
      expect(lost, pathname).toEqual([]);
    }
  });

  it('keeps paragraph ids on the same text', () => {
    for (const source of before.sources) {
      const later = after.sources.find((candidate) => candidate.id === source.id);
      expect(later?.paragraphs.map((p) => [p.id, p.text])).toEqual(source.paragraphs.map((p) => [p.id, p.text]));
    }
  });

  it('keeps statement and fact links on the same statement or fact', () => {
    for (const statement of before.statements) {
      const later = after.statements.find((candidate) => candidate.id === statement.id || candidate.aliases.includes(statement.id));
      expect(later, statement.id).toBeDefined();
      const occurrences = new Set(later?.occurrences.map((o) => o.id));
      for (const occurrence of statement.occurrences) expect(occurrences.has(occurrence.id), occurrence.id).toBe(true);
    }
    for (const fact of before.facts) {
      const later = after.facts.find((candidate) => candidate.id === fact.id || candidate.aliases.includes(fact.id));
      expect(later, fact.id).toBeDefined();
    }
  });
});

// Changing one source: edit one paragraph of a copy of a seed (one that quotes no one) and rebuild.
// Only the ids that hang on that paragraph may change: its own, and the facts, statements and
// timeline entries read from it. Every other id, on every page, stays where it was.
describe('changing one paragraph of one source', () => {
  const file = '004_c9438d38189035c5.txt';
  let edited: { id: string; text: string };
  let changed: Dossier;
  let changedDist: string;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'casefile-edit-'));
    await cp(path.join(repoRoot, 'seeds'), path.join(work, 'seeds'), { recursive: true });
    const source = before.sources.find((candidate) => candidate.file === file);
    const quoted = new Set(before.statements.flatMap((statement) => statement.occurrences.map((occurrence) => occurrence.paragraph)));
    const unquoted = source?.paragraphs.filter((paragraph) => !quoted.has(paragraph.id) && paragraph.text.length > 80) ?? [];
    const paragraph = unquoted[Math.floor(unquoted.length / 2)];
    if (!paragraph) throw new Error(`No paragraph without a quotation in ${file}`);
    edited = paragraph;
    const seed = path.join(work, 'seeds', file);
    const text = await readFile(seed, 'utf8');
    expect(text.split(paragraph.text).length, 'the paragraph occurs once').toBe(2);
    await writeFile(seed, text.replace(paragraph.text, `${paragraph.text.replace(/\.$/, '')}, a later edition of the article added.`));
    changedDist = path.join(work, 'dist');
    const run = await runBuild(['--seeds', path.join(work, 'seeds'), '--content', path.join(work, 'content'), '--out', changedDist]);
    expect(run.code, run.stderr).toBe(0);
    changed = JSON.parse(await readFile(path.join(changedDist, 'dossier.json'), 'utf8'));
  }, 600_000);

  /** The ids of the first build that hang on the edited paragraph. */
  const dependants = () => {
    const cites = (sources: Array<{ paragraph: string }>) => sources.some((citation) => citation.paragraph === edited.id);
    return new Set([
      edited.id,
      ...before.facts.filter((fact) => cites(fact.sources)).flatMap((fact) => [fact.id, ...fact.aliases]),
      ...before.timeline.filter((entry) => cites(entry.sources)).map((entry) => entry.id),
      ...before.statements.filter((statement) => cites(statement.occurrences)).flatMap((statement) => [statement.id, ...statement.aliases, ...statement.occurrences.map((o) => o.id)]),
    ]);
  };

  it('changes the id of the edited paragraph and of no other paragraph, in any source', () => {
    for (const source of before.sources) {
      const later = changed.sources.find((candidate) => candidate.id === source.id);
      const keep = (paragraphs: typeof source.paragraphs) => paragraphs.filter((p) => p.text !== edited.text && !p.text.startsWith(edited.text.replace(/\.$/, ''))).map((p) => [p.id, p.text]);
      expect(keep(later?.paragraphs ?? []), source.file).toEqual(keep(source.paragraphs));
      expect(later?.headings, source.file).toEqual(source.headings);
    }
    const ids = new Set(changed.sources.flatMap((source) => source.paragraphs.map((p) => p.id)));
    expect(ids.has(edited.id)).toBe(false);
  });

  it('keeps every id on every page, except those read from the edited paragraph', async () => {
    const allowed = dependants();
    const pages = ['/', '/event/', '/statements/', '/context/', '/timeline/', '/entities/', '/sources/', ...before.sources.map((s) => s.href)];
    for (const pathname of pages) {
      const old = await idsOn(seedSite.dist, pathname);
      const now = await idsOn(changedDist, pathname);
      expect([...old].filter((id) => !now.has(id) && !allowed.has(id as string)), pathname).toEqual([]);
    }
  });

  it('keeps every statement and fact that does not cite the edited paragraph', () => {
    const allowed = dependants();
    for (const statement of before.statements.filter((candidate) => !allowed.has(candidate.id))) {
      expect(changed.statements.some((candidate) => candidate.id === statement.id || candidate.aliases.includes(statement.id)), statement.id).toBe(true);
    }
    for (const fact of before.facts.filter((candidate) => !allowed.has(candidate.id))) {
      expect(changed.facts.some((candidate) => candidate.id === fact.id || candidate.aliases.includes(fact.id)), fact.id).toBe(true);
    }
  });
});

// A dossier that outgrows its pages: the same seeds and the added source, built with a page budget so
// small that every section splits into groups and parts. Every id a reader could have shared from the
// one-page build must still lead to its item: on the same page, or through the anchor map to the page
// that holds it now (tests/browser.test.ts follows such a link in Chromium).
describe('a dossier that outgrows its pages', () => {
  let splitDist: string;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'casefile-split-'));
    await cp(path.join(repoRoot, 'seeds'), path.join(work, 'seeds'), { recursive: true });
    await cp(path.join(repoRoot, 'tests/fixtures/permalinks/010_wire_followup.txt'), path.join(work, 'seeds/010_wire_followup.txt'));
    splitDist = path.join(work, 'dist');
    const run = await runBuild(['--seeds', path.join(work, 'seeds'), '--content', path.join(work, 'content'), '--out', splitDist], { CASEFILE_PAGE_BYTES: '6000' });
    expect(run.code, run.stderr).toBe(0);
  }, 300_000);

  const resolve = async (dist: string, pathname: string, id: string): Promise<string | null> => {
    if ((await idsOn(dist, pathname)).has(id)) return `${pathname}#${id}`;
    const shard = JSON.parse(await readFile(path.join(dist, 'anchors', `${anchorShard(id)}.json`), 'utf8')) as Record<string, [string, string]>;
    const place = shard[id];
    if (!place) return null;
    return (await idsOn(dist, place[0])).has(place[1]) ? `${place[0]}#${place[1]}` : null;
  };

  it('splits the sections into several pages', async () => {
    const statements = await readFile(path.join(splitDist, 'statements/index.html'), 'utf8');
    expect(statements).toContain('class="groups"');
    expect((await idsOn(splitDist, '/event/')).size).toBeLessThan((await idsOn(seedSite.dist, '/event/')).size);
  });

  it('resolves every id of every section page of the one-page build', async () => {
    const unresolved: string[] = [];
    let moved = 0;
    for (const pathname of ['/', '/event/', '/statements/', '/context/', '/timeline/', '/entities/']) {
      for (const id of await idsOn(seedSite.dist, pathname)) {
        if (!id || ['top', 'main', 'toc-title', 'footer-sources', 'copy-status', 'sections'].includes(id)) continue;
        const place = await resolve(splitDist, pathname, id);
        if (!place) unresolved.push(`${pathname}#${id}`);
        else if (!place.startsWith(`${pathname}#`)) moved++;
      }
    }
    expect(unresolved).toEqual([]);
    expect(moved).toBeGreaterThan(20);
  });

  it('maps an alias to the page and the id of its item', async () => {
    const statement = before.statements.find((candidate) => candidate.aliases.some((alias) => alias !== candidate.id));
    const alias = statement?.aliases.find((candidate) => candidate !== statement.id);
    if (!statement || !alias) throw new Error('the seeds have no statement with an alias');
    const shard = JSON.parse(await readFile(path.join(splitDist, 'anchors', `${anchorShard(alias)}.json`), 'utf8')) as Record<string, [string, string]>;
    expect(shard[alias]?.[1]).toBe(statement.id);
    expect(shard[alias]?.[0]).toMatch(/^\/statements\/speaker-[^/]+\/(p-[0-9a-f]{8}(-\d+)?\/)?$/);
  });

  it('takes a reader who follows an old link in Chromium to the page that holds the item now', async () => {
    const statement = before.statements.at(-1)!;
    const fact = before.facts.filter((candidate) => candidate.section === 'event').at(-1)!;
    const { server, url } = await serve(splitDist);
    const browser = await launchBrowser();
    try {
      for (const [old, id] of [[`/statements/#${statement.id}`, statement.id], [`/event/#${fact.id}`, fact.id], [`/no-such-page/#${statement.id}`, statement.id]] as const) {
        const page = await browser.newPage();
        await page.goto(`${url}${old}`);
        await page.waitForFunction((target) => document.getElementById(target) !== null, id, { timeout: 10_000 });
        const where = new URL(page.url());
        expect(where.hash, old).toBe(`#${id}`);
        expect((await idsOn(splitDist, where.pathname)).has(id), old).toBe(true);
        await page.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
  }, 60_000);
});

// A source that dates an event the seeds leave undated ("the FBI later learned of the network"): the
// entry takes the date and moves among the dated ones, its id does not change, and every id of the
// first build's timeline lands on its entry in Chromium.
describe('a source that dates an undated event', () => {
  let redated: Dossier;
  let redatedDist: string;

  beforeAll(async () => {
    ({ dist: redatedDist, dossier: redated } = await buildWith('011_fbi_network_dated.txt'));
  }, 300_000);

  const network = (dossier: Dossier) => dossier.timeline.find((entry) => entry.tellings.some((telling) => /learned (?:about|of) the existence of a human smuggling network/.test(telling.text) && telling.source.startsWith('000')));

  it('dates the entry, keeping its id', () => {
    const old = network(before);
    const now = network(redated);
    expect(old?.date).toBeNull();
    expect(now?.date).toBe('2023-08-14');
    expect(now?.when).toBe('Monday 14 August 2023');
    expect(new Set(now?.tellings.map((telling) => telling.source.slice(0, 3)))).toEqual(new Set(['000', '004', '011']));
    expect([now?.id, ...(now?.aliases ?? [])]).toContain(old?.id);
  });

  it('lands every old timeline id on its entry in Chromium', async () => {
    const ids = [...(await idsOn(seedSite.dist, '/timeline/'))].filter((id): id is string => Boolean(id?.startsWith('t-')));
    expect(ids.length).toBeGreaterThanOrEqual(before.timeline.length);
    const entryOf = (id: string) => redated.timeline.find((entry) => entry.id === id || entry.aliases.includes(id));
    const { server, url } = await serve(redatedDist);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      for (const id of ids) {
        const entry = entryOf(id);
        expect(entry, id).toBeDefined();
        await page.goto(`${url}/timeline/#${id}`);
        const landed = await page.evaluate((target) => {
          const element = document.getElementById(target);
          return element?.closest('.timeline-entry')?.id ?? null;
        }, id);
        expect(landed, id).toBe(entry!.id);
      }
      await page.close();
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});
