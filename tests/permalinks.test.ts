// Permalinks survive: build the seeds, add a source, rebuild; every id shared before still exists on
// the same page and still points to the same statement, paragraph or fact.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../src/schemas/dossier.ts';
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
  const work = await mkdtemp(path.join(tmpdir(), 'casefile-permalinks-'));
  await cp(path.join(repoRoot, 'seeds'), path.join(work, 'seeds'), { recursive: true });
  await cp(path.join(repoRoot, 'tests/fixtures/permalinks/010_wire_followup.txt'), path.join(work, 'seeds/010_wire_followup.txt'));
  afterDist = path.join(work, 'dist');
  const run = await runBuild(['--seeds', path.join(work, 'seeds'), '--content', path.join(work, 'content'), '--out', afterDist]);
  expect(run.code, run.stderr).toBe(0);
  after = JSON.parse(await readFile(path.join(afterDist, 'dossier.json'), 'utf8'));
}, 300_000);

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
