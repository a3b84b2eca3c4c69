// Reading the optional manifest (seeds/sources.yaml) beside the seeds; any problem in it stops the
// build with every error listed, each naming the file, the entry and the field.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CasefileError } from '../../src/errors.ts';
import { parseManifest } from '../../src/pipeline/manifest.ts';
import type { SourceMeta } from '../../src/pipeline/types.ts';
import type { Warning } from './report.ts';

export interface ManifestResult {
  entries: Map<string, Partial<SourceMeta>>;
  warnings: Warning[];
}

export const manifestName = 'sources.yaml';

export async function readManifest(seedsDir: string, seeds: string[]): Promise<ManifestResult> {
  const file = path.join(seedsDir, manifestName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { entries: new Map(), warnings: [] };
  }
  const manifest = parseManifest(text, path.relative(process.cwd(), file) || file, seeds);
  if (manifest.errors.length > 0) {
    const list = manifest.errors.map((error) => `  ${error.toString()}`).join('\n');
    throw new CasefileError('manifest', `The manifest has ${manifest.errors.length} problem${manifest.errors.length === 1 ? '' : 's'}:\n${list}`, file);
  }
  return { entries: new Map(Object.entries(manifest.sources)), warnings: [] };
}
