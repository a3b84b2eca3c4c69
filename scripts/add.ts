// `npm run add -- <url | saved.html>… [--force] [--timeout S] [--seeds DIR]`: each page becomes a seed
// (`<slug>.txt`) and its entry in `sources.yaml`. One line per page; exit 1 when any page failed.
import path from 'node:path';
import { CasefileError } from '../src/errors.ts';
import { addSource, type AddOptions } from './lib/add.ts';
import { root } from './lib/ingest.ts';

const usage = 'Usage: npm run add -- <url | saved-page.html>… [--force] [--timeout SECONDS] [--seeds DIR]';

export async function main(args: string[]): Promise<number> {
  const inputs: string[] = [];
  // npm runs scripts in the project folder; a file named on the command line is where the user stands.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const options: AddOptions = { seedsDir: path.resolve(process.env.DOSSIER_SEEDS ?? path.join(root, 'seeds')), cwd };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--force') options.force = true;
    else if (arg === '--timeout') options.timeoutMs = Number(args[++index]) * 1000;
    else if (arg === '--seeds') options.seedsDir = path.resolve(cwd, args[++index] ?? '');
    else if (arg.startsWith('--')) return fail(`Unexpected option ${arg}. ${usage}`);
    else inputs.push(arg);
  }
  if (inputs.length === 0) return fail(usage);
  if (options.timeoutMs !== undefined && !(options.timeoutMs > 0)) return fail(`Unexpected --timeout, expected a number of seconds above 0. ${usage}`);
  let failed = 0;
  for (const input of inputs) {
    process.stderr.write(`casefile add  ${input} …\n`);
    try {
      const added = await addSource(input, options);
      const fields = Object.keys(added.entry).join(', ');
      process.stderr.write(`  wrote ${path.relative(cwd, path.join(options.seedsDir, added.fileName))}: "${added.page.title}", ${added.page.blocks.length} paragraphs, ${added.page.removed.length} page lines left out; manifest: ${fields}\n`);
      for (const warning of added.page.warnings) process.stderr.write(`  warning: ${warning}\n`);
    } catch (error) {
      if (!(error instanceof CasefileError)) throw error;
      failed++;
      process.stderr.write(`  failed: ${error.toString()}\n`);
    }
  }
  if (inputs.length > 1) process.stderr.write(`\ncasefile add  ${inputs.length - failed} of ${inputs.length} added\n`);
  return failed > 0 ? 1 : 0;
}

function fail(message: string): number {
  process.stderr.write(`casefile add: ${message}\n`);
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
