// Bad input through the real build command: no seeds, unusable files, and hostile text that must be
// shown literally and never run.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../scripts/lib/browser.ts';
import { serve } from '../scripts/lib/serve.ts';
import type { Dossier } from '../src/schemas/dossier.ts';
import { runBuild } from './helpers/build.ts';
import { hostile } from './helpers/hostile.ts';

async function workspace(files: Record<string, string | Uint8Array>) {
  const work = await mkdtemp(path.join(tmpdir(), 'casefile-bad-'));
  const seeds = path.join(work, 'seeds');
  await mkdir(seeds, { recursive: true });
  for (const [name, contents] of Object.entries(files)) await writeFile(path.join(seeds, name), contents);
  return { work, seeds, args: ['--seeds', seeds, '--content', path.join(work, 'content'), '--out', path.join(work, 'dist')] };
}

const article = [
  'A fictional council in a small town voted on Monday to close its only public library, officials said.',
  '“We have no money left for books,” the council leader, Maria Ortega, said in a statement to reporters.',
  'The library had been open since 1952 and lent more than 40,000 books a year, according to its annual report.',
].join('\n\n');

describe('bad input', () => {
  it('stops with exit 1 and names the folder when there are no seeds', async () => {
    const { args, seeds } = await workspace({ 'notes.md': 'not a seed' });
    const run = await runBuild(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(seeds);
    expect(run.stderr).toMatch(/No sources found/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with exit 1 when the seeds folder does not exist', async () => {
    const run = await runBuild(['--seeds', '/nonexistent/casefile-seeds', '--out', path.join(tmpdir(), 'casefile-none')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/nonexistent/casefile-seeds');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('skips empty, blank, binary and folder seeds with a warning naming each, and builds the rest', async () => {
    const { args, seeds, work } = await workspace({
      'good.txt': article,
      'empty.txt': '',
      'blank.txt': '  \n\t\n  ',
      'binary.txt': new Uint8Array([0x48, 0x69, 0x0a, 0x00, 0x01, 0x02]),
    });
    await mkdir(path.join(seeds, 'folder.txt'));
    const run = await runBuild(args);
    expect(run.code, run.stderr).toBe(0);
    for (const name of ['empty.txt', 'blank.txt', 'binary.txt', 'folder.txt']) expect(run.stderr).toMatch(new RegExp(`${name}(:\\d+)*:?\\d*  .*skipped`));
    expect(run.stderr).toMatch(/binary.txt:2:1 .*NUL/);
    const dossier = JSON.parse(await readFile(path.join(work, 'dist/dossier.json'), 'utf8')) as Dossier;
    expect(dossier.sources.map((source) => source.file)).toEqual(['good.txt']);
  });

  it('shows hostile text literally in the browser, runs none of it and writes no file', async () => {
    const marker = path.join(tmpdir(), 'casefile-pwned');
    await rm(marker, { force: true });
    const lines = hostile.filter((line) => line.trim() !== '' && !/^\s/.test(line) && !/\s$/.test(line));
    const { args, work } = await workspace({ 'hostile.txt': `${article}\n\n${lines.join('\n\n')}\n\n${article.split('\n\n')[0]} Again.` });
    const run = await runBuild(args);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(marker)).toBe(false);
    const dossier = JSON.parse(await readFile(path.join(work, 'dist/dossier.json'), 'utf8')) as Dossier;
    const { server, url } = await serve(path.join(work, 'dist'));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${url}${dossier.sources[0]?.href}`, { waitUntil: 'networkidle' });
      const text = await page.evaluate(() => document.querySelector('main')?.textContent ?? '');
      for (const line of lines) expect(text.replace(/\s+/g, ' '), line).toContain(line.replace(/\s+/g, ' '));
      expect(await page.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).toBeUndefined();
      expect(await page.locator('main script, main iframe, main img, main Component, main statement').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
