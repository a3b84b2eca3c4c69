// Nothing half-written: content/ and dist/ change only when a build succeeds. A build that fails in
// ingest, and one killed during the Astro step, leave the previous output byte for byte; the lock of
// the killed build does not block the next one, which succeeds.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recoverSwap } from '../scripts/lib/ingest.ts';
import { repoRoot, runBuild, seedSite } from './helpers/build.ts';

let work: string;
let seeds: string;
let output: { content: string; dist: string };
let before: string;

/** One digest over every file name and byte under a folder. */
async function digest(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const name of names) hash.update(`${name}\0`).update(await readFile(path.join(folder, name)));
  return `${names.length} files ${hash.digest('hex')}`;
}

const outputDigest = async () => `${await digest(output.content)} | ${await digest(output.dist)}`;
const args = () => ['--seeds', seeds, '--content', output.content, '--out', output.dist];

/**
 * Start the build in its own process group, wait for `line` on stderr, then kill the whole group with
 * SIGKILL (tsx runs the script in a child process, which a signal to the parent alone would orphan).
 */
function killDuring(line: RegExp, delayMs: number): Promise<{ stderr: string; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(repoRoot, 'scripts/build.ts'), ...args()], {
      cwd: repoRoot,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (!killed && line.test(stderr)) {
        killed = true;
        setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), delayMs);
      }
    });
    child.on('error', reject);
    child.on('close', () => resolve({ stderr, killed }));
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'casefile-atomic-'));
  seeds = path.join(work, 'seeds');
  await cp(path.join(repoRoot, 'seeds'), seeds, { recursive: true });
  // The output of an earlier, successful build of these seeds (the same bytes the build would write).
  output = { content: path.join(work, 'content'), dist: path.join(work, 'dist') };
  await cp(seedSite.content, output.content, { recursive: true });
  await cp(seedSite.dist, output.dist, { recursive: true });
  before = await outputDigest();
});

describe('a build that does not finish', () => {
  it('fails in ingest on an invalid manifest, with exit 1, and leaves content/ and dist/ as they were', async () => {
    const manifest = path.join(seeds, 'sources.yaml');
    const valid = await readFile(manifest, 'utf8');
    // Two added seeds: a new one that the site would show, and a manifest entry that is wrong.
    await writeFile(path.join(seeds, '900_extra.txt'), 'A later report that would have changed the site, had the build gone through.\n');
    await writeFile(manifest, `${valid}\n900_extra.txt:\n  published: last Tuesday\n`);
    try {
      const run = await runBuild(args());
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/sources\.yaml:\d+: .*published/);
      expect(await outputDigest()).toBe(before);
    } finally {
      await writeFile(manifest, valid);
      await rm(path.join(seeds, '900_extra.txt'));
    }
  }, 600_000);

  it('is killed during the Astro step, leaves content/ and dist/ as they were, and does not block the next build', async () => {
    await writeFile(path.join(seeds, '900_extra.txt'), 'A later report that would have changed the site, had the build gone through.\n');
    try {
      // The export is the last step before Astro, whose start alone takes longer than the 200 ms.
      const run = await killDuring(/casefile export /, 200);
      expect(run.killed, run.stderr).toBe(true);
      expect(run.stderr).not.toMatch(/casefile astro /);
      expect(await outputDigest()).toBe(before);
    } finally {
      await rm(path.join(seeds, '900_extra.txt'));
    }
    // The lock file names the killed process; the next build sees it is dead and goes ahead.
    const next = await runBuild(args());
    expect(next.code, next.stderr).toBe(0);
    expect(await outputDigest()).toBe(before);
  }, 600_000);

  it('replaces the output once a build succeeds', async () => {
    await mkdir(seeds, { recursive: true });
    await writeFile(path.join(seeds, '900_extra.txt'), 'A later report, in full this time, that the town council met again on Thursday and said nothing new.\n');
    const run = await runBuild(args());
    expect(run.code, run.stderr).toBe(0);
    expect(await outputDigest()).not.toBe(before);
    const dossier = JSON.parse(await readFile(path.join(output.dist, 'dossier.json'), 'utf8')) as { sources: Array<{ file: string }> };
    expect(dossier.sources.map((source) => source.file)).toContain('900_extra.txt');
  }, 600_000);
});

// A build killed between the two renames of the swap leaves `dist` missing and the previous site at
// `dist.old-PID`; the next build puts it back before it starts (it cannot be timed from outside, so
// the recovery is tested on its own).
describe('recovering from a swap cut in half', () => {
  const dead = 2_147_483_646;
  const folder = async (files: Record<string, string>) => {
    const base = await mkdtemp(path.join(tmpdir(), 'casefile-swap-'));
    for (const [name, contents] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(base, name)), { recursive: true });
      await writeFile(path.join(base, name), contents);
    }
    return base;
  };

  it('puts the previous output back when the target is missing', async () => {
    const base = await folder({ [`dist.old-${dead}/index.html`]: 'previous site' });
    await recoverSwap(path.join(base, 'dist'));
    expect(await readdir(base)).toEqual(['dist']);
    expect(await readFile(path.join(base, 'dist/index.html'), 'utf8')).toBe('previous site');
  });

  it('drops a dead build\'s leftover when the target is in place, and leaves a live build\'s alone', async () => {
    const base = await folder({ 'dist/index.html': 'current site', [`dist.old-${dead}/index.html`]: 'older', [`dist.old-${process.ppid}/index.html`]: 'live' });
    await recoverSwap(path.join(base, 'dist'));
    expect((await readdir(base)).sort()).toEqual(['dist', `dist.old-${process.ppid}`]);
    expect(await readFile(path.join(base, 'dist/index.html'), 'utf8')).toBe('current site');
  });
});
