// The anchor map's shards (content/anchors), served for the page script that follows an old link to
// the page now holding its id (src/site/reader.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { shardsToServe } from '../../site/content.ts';

export function getStaticPaths() {
  return shardsToServe().map((shard) => ({ params: { shard } }));
}

const base = process.env.CASEFILE_CONTENT_DIR ?? './content';

export const GET: APIRoute = async ({ params }) => {
  const body = await readFile(path.join(base, 'anchors', `${params.shard}.json`), 'utf8').catch(() => '{}\n');
  return new Response(body, { headers: { 'content-type': 'application/json' } });
};
