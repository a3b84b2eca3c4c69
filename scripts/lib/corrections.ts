// Reading the optional corrections (seeds/corrections.yaml) beside the seeds; any problem in it stops
// the build with every error listed, each as `file:line:col`, naming the field.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { emptyCorrections, parseCorrections, type Corrections } from '../../src/corrections/index.ts';
import { CasefileError } from '../../src/errors.ts';

export const correctionsName = 'corrections.yaml';

export interface CorrectionsRead {
  corrections: Corrections;
  /** The file's text ('' without one), for the cache key of the assembly. */
  text: string;
}

export async function readCorrections(seedsDir: string): Promise<CorrectionsRead> {
  const file = path.join(seedsDir, correctionsName);
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { corrections: emptyCorrections(shown), text: '' };
  }
  const { corrections, errors } = parseCorrections(text, shown);
  if (errors.length > 0) {
    const list = errors.map((error) => `  ${error.toString()}`).join('\n');
    throw new CasefileError('corrections', `The corrections have ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${list}`, shown);
  }
  return { corrections, text };
}

/** Line numbers to keep, by source id: the pipeline needs them before it removes junk. */
export function keptLines(corrections: Corrections): Map<string, number[]> {
  const bySource = new Map<string, number[]>();
  for (const entry of corrections.lines) if (entry.keep) bySource.set(entry.source, [...(bySource.get(entry.source) ?? []), entry.line].sort((a, b) => a - b));
  return bySource;
}
