// Stable ids: derived from the source file and the content, never from a position in an array,
// so that adding a source leaves every id that was already shared in place.
import { hash } from 'node:crypto';
import GithubSlugger, { slug } from 'github-slugger';
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { firstWords, normalizeForMatch } from './normalize.ts';

/** A short, stable hex digest of a text's matching key. */
export function shortHash(text: string, length = 6): string {
  // (The one-shot digest: a Hash object made for every paragraph cost more than the digest itself.)
  return hash('sha256', normalizeForMatch(text), 'hex').slice(0, length);
}

/** A readable id: a prefix, the first few words, and a hash of the whole text. */
export function contentId(prefix: string, text: string, wordCount = 5): string {
  const head = slug(firstWords(text, wordCount).join(' ')).slice(0, 40).replace(/-+$/, '');
  return [prefix, head, shortHash(text)].filter(Boolean).join('-');
}

/** The id of a source: the slug of its file name without the extension. */
export function sourceIdOf(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  return slug(stem) || `source-${shortHash(fileName)}`;
}

/** Stage: give every heading and paragraph an id; a repeated text gets -2, -3 in order of appearance. */
export default function assignIds() {
  return (tree: Root, _file: VFile) => {
    const seen = new Map<string, number>();
    const unique = (id: string) => {
      const count = (seen.get(id) ?? 0) + 1;
      seen.set(id, count);
      return count === 1 ? id : `${id}-${count}`;
    };
    const headings = new GithubSlugger();
    let heading: string | null = null;
    for (const node of tree.children) {
      if (node.type === 'heading') {
        const data = (node.data ??= {});
        data.id = unique(`h-${headings.slug(toString(node as Heading)) || shortHash(toString(node))}`);
        heading = data.id;
      } else if (node.type === 'paragraph') {
        const data = ((node as Paragraph).data ??= {});
        data.id = unique(contentId('p', toString(node)));
        data.heading = heading;
      }
    }
  };
}
