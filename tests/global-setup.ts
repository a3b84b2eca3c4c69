// Builds the dossier of seeds/ once, with the real build command, for the tests that read the site.
// Every test run also gets a scratch folder of its own as TMPDIR (the test files' workers and the
// builds they spawn inherit it), removed when the run ends, so that the many small dossiers the tests
// build do not pile up in the system's temporary folder run after run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBuild, seedSite } from './helpers/build.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'casefile-tests-'));
  process.env.TMPDIR = scratch;
  const run = await runBuild(['--seeds', 'seeds', '--content', seedSite.content, '--out', seedSite.dist]);
  if (run.code !== 0) throw new Error(`The seed build failed (exit ${run.code}):\n${run.stderr}`);
  return async () => {
    await rm(scratch, { recursive: true, force: true });
  };
}
