// One measured build in its own process, so its peak RSS is its own: `ours` runs scripts/build.ts (`--force`: cold),
// `baseline` the plain Astro project, `profile` a cold ingest under the CPU profiler. Prints one JSON line on stdout.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import { build } from '../build.ts';
import { profileIngest } from './profile.ts';

const [mode, ...args] = process.argv.slice(2);
const value = (flag: string) => {
  const index = args.indexOf(flag);
  const found = index === -1 ? undefined : args[index + 1];
  if (!found) throw new Error(`Unexpected missing ${flag}, expected ${flag} DIR`);
  return path.resolve(found);
};

const pagefindMs = () => Number(process.env.CASEFILE_PAGEFIND_MS ?? 'NaN');

if (mode === 'ours') {
  const result = await build({ seedsDir: value('--seeds'), contentDir: value('--content'), distDir: value('--out'), force: args.includes('--force') });
  // Pagefind and the link check run side by side in the `search` stage: their own times are its parts.
  const { timings, parts, processed, cached, rendered, pages, written } = result;
  process.stdout.write(`${JSON.stringify({ timings, parts, processed, cached, rendered, pages, written, maxRssKb: process.resourceUsage().maxRSS })}\n`);
} else if (mode === 'baseline') {
  const root = value('--root');
  await rm(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
  const started = performance.now();
  await astroBuild({ root, outDir: value('--out'), logLevel: 'warn', mode: 'production' });
  const total = Math.round(performance.now() - started);
  const pagefind = pagefindMs();
  process.stdout.write(`${JSON.stringify({ timings: { astro: total - pagefind, pagefind }, maxRssKb: process.resourceUsage().maxRSS })}\n`);
} else if (mode === 'profile') {
  process.stdout.write(`${JSON.stringify(await profileIngest(value('--seeds')))}\n`);
} else {
  process.stderr.write(`Unexpected mode ${mode}, expected \`ours\` or \`baseline\`\n`);
  process.exitCode = 1;
}
