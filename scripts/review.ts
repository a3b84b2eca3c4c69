// `npm run review`: what the machine was least sure of in the dossier of seeds/, most important first,
// each with a link into the site, why it is listed and the YAML to paste into seeds/corrections.yaml
// (or seeds/sources.yaml). `--limit N` shows the first N (all by default), `--json` prints the entries.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CasefileError } from '../src/errors.ts';
import { reviewQueue, type ReviewEntry } from '../src/review/queue.ts';
import { ingest, root } from './lib/ingest.ts';
import { printWarnings } from './lib/report.ts';

export function formatEntry(entry: ReviewEntry, n: number, site: string): string {
  const snippet = entry.yaml.split('\n').map((line) => `      ${line}`).join('\n');
  return [`${n}. ${entry.kind}  ${site}${entry.href}`, `   ${entry.title}`, `   why: ${entry.why}`, `   paste into seeds/${entry.file}:`, snippet].join('\n');
}

async function main(args: string[]): Promise<void> {
  const seedsDir = path.resolve(process.env.DOSSIER_SEEDS ?? path.join(root, 'seeds'));
  const site = (process.env.DOSSIER_SITE ?? 'http://localhost:4321').replace(/\/$/, '');
  const limitAt = args.indexOf('--limit');
  const limit = limitAt === -1 ? Infinity : Number(args[limitAt + 1]);
  await mkdir(path.join(root, '.cache'), { recursive: true });
  const result = await ingest({ seedsDir, cacheDir: path.join(root, '.cache', 'sources') });
  const entries = reviewQueue(result.dossier);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(entries, null, 1)}\n`);
    return;
  }
  const shown = entries.slice(0, limit);
  process.stdout.write(`${shown.map((entry, index) => formatEntry(entry, index + 1, site)).join('\n\n')}\n`);
  const kinds = new Map<string, number>();
  for (const entry of entries) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
  const summary = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ');
  process.stdout.write(`\n${entries.length} to review (${summary || 'nothing'})${shown.length < entries.length ? `, the first ${shown.length} shown` : ''}, of ${result.dossier.sources.length} sources.\n`);
  process.stdout.write(`Paste a snippet into the file it names, then \`npm run build\` (or keep \`npm run dev\` running: its /review/ page updates). Links are to ${site} (\`npm start\`; DOSSIER_SITE to change).\n`);
  printWarnings(result.warnings.filter((warning) => warning.ruleId === 'stale-correction'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof CasefileError) process.stderr.write(`\ncasefile: ${error.toString()}\n`);
    else process.stderr.write(`\ncasefile: the review failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
