// Builds the dossier of seeds/ once, with the real build command, for the tests that read the site.
import { runBuild, seedSite } from './helpers/build.ts';

export default async function setup(): Promise<void> {
  const run = await runBuild(['--seeds', 'seeds', '--content', seedSite.content, '--out', seedSite.dist]);
  if (run.code !== 0) throw new Error(`The seed build failed (exit ${run.code}):\n${run.stderr}`);
}
