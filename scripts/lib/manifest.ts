// Reading the optional manifest (seeds/sources.yaml) beside the seeds.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceMeta } from '../../src/pipeline/types.ts';
import type { Warning } from './report.ts';

export interface ManifestResult {
  entries: Map<string, Partial<SourceMeta>>;
  warnings: Warning[];
}

export async function readManifest(seedsDir: string, _seeds: string[]): Promise<ManifestResult> {
  const file = path.join(seedsDir, 'sources.yaml');
  try {
    await readFile(file, 'utf8');
  } catch {
    return { entries: new Map(), warnings: [] };
  }
  return { entries: new Map(), warnings: [] };
}
