// `tsx scripts/corpus.ts --sources N [--seed S] --out DIR`: writes N synthetic source texts of one
// invented case into DIR (replacing its *.txt), the same files for the same seed.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { corpus } from './lib/corpus.ts';

export async function writeCorpus(folder: string, count: number, seed = 1): Promise<number> {
  await mkdir(folder, { recursive: true });
  const stale = (await readdir(folder)).filter((name) => name.endsWith('.txt'));
  const files = corpus(count, seed);
  const wanted = new Set(files.map((file) => file.name));
  // Keep unchanged files in place (same bytes, same mtime), so a rebuild sees nothing new.
  await Promise.all(stale.filter((name) => !wanted.has(name)).map((name) => rm(path.join(folder, name))));
  let bytes = 0;
  for (const file of files) {
    const target = path.join(folder, file.name);
    if ((await readFile(target, 'utf8').catch(() => null)) !== file.text) await writeFile(target, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (flag: string, fallback: string) => {
    const index = args.indexOf(flag);
    return index === -1 ? fallback : (args[index + 1] ?? fallback);
  };
  const count = Number(value('--sources', '100'));
  const seed = Number(value('--seed', '1'));
  const out = path.resolve(value('--out', `.cache/bench/${count}/seeds`));
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    process.stderr.write('Unexpected arguments, expected `--sources N` (a positive integer) and `--seed S` (an integer).\n');
    process.exitCode = 1;
  } else {
    const bytes = await writeCorpus(out, count, seed);
    process.stderr.write(`casefile corpus  ${count} sources, ${Math.round(bytes / 1024)} KB, seed ${seed} → ${path.relative(process.cwd(), out)}\n`);
  }
}
