// The anchor map's shards: every id a section page holds, with the page that holds it, split by a hash
// of the id so that a reader following an old link fetches one small file, not the whole map.

/** The number of shards: a power of two, fixed, because the reader's script computes the same name. */
export const shardCount = 256;

/** FNV-1a over the id's UTF-16 code units, the shard as two hex digits. */
export function anchorShard(id: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % shardCount).toString(16).padStart(2, '0');
}

export const anchorShards = Array.from({ length: shardCount }, (_, index) => index.toString(16).padStart(2, '0'));

/** Where the shards are served. */
export const anchorsPath = (shard: string) => `/anchors/${shard}.json`;
