// Scoring the page reader on the fixture pages against their gold: article paragraphs kept, page
// furniture removed, each declared metadata field right, the right error for a page with no article.
import { CasefileError } from '../../src/errors.ts';
import type { ManifestEntry } from '../../src/pipeline/manifest.ts';
import { readPage, type Page } from '../../src/pipeline/page/index.ts';
import { fetchPage } from './fetch-page.ts';
import { fixtures, type Gold } from './page-fixtures.ts';

export interface PageScore {
  name: string;
  paragraphs: { kept: number; of: number; missed: string[] };
  furniture: { removed: number; of: number; left: string[] };
  metadata: { right: number; of: number; wrong: string[] };
  error: { expected: string | null; got: string | null };
}

/** Fetch every fixture from `base` (a fixture server) and score what the reader makes of it. */
export async function evaluatePages(base: string): Promise<PageScore[]> {
  const scores: PageScore[] = [];
  for (const { name, gold } of fixtures()) {
    const url = `${base}/${name}/`;
    let page: Page | null = null;
    let got: string | null = null;
    try {
      const fetched = await fetchPage(url, { timeoutMs: 10_000 });
      page = readPage({ bytes: fetched.bytes, where: url, contentType: fetched.contentType, url: fetched.url });
    } catch (error) {
      if (!(error instanceof CasefileError)) throw error;
      got = error.code;
    }
    scores.push(score(name, gold, page, got, url));
  }
  return scores;
}

export function score(name: string, gold: Gold, page: Page | null, got: string | null, url: string): PageScore {
  const blocks = new Set((page?.blocks ?? []).map((block) => key(block.text)));
  const text = key(page?.blocks.map((block) => block.text).join(' \n ') ?? '');
  const paragraphs = gold.paragraphs ?? [];
  const missed = paragraphs.filter((paragraph) => !blocks.has(key(paragraph)));
  // A short line ("News") counts as left in only when it is a whole paragraph of the article.
  const furniture = gold.furniture ?? [];
  const left = furniture.filter((line) => blocks.has(key(line)) || (key(line).split(' ').length >= 4 && text.includes(key(line))));
  const wrong: string[] = [];
  const declared = Object.entries(gold.metadata ?? {});
  for (const [field, expected] of declared) {
    const actual = page?.entry[field as keyof ManifestEntry];
    const want = typeof expected === 'string' ? expected.replace('{served}', url) : expected;
    if (JSON.stringify(actual) !== JSON.stringify(want)) wrong.push(`${field}: ${JSON.stringify(actual)}, expected ${JSON.stringify(want)}`);
  }
  return {
    name,
    paragraphs: { kept: paragraphs.length - missed.length, of: paragraphs.length, missed },
    furniture: { removed: furniture.length - left.length, of: furniture.length, left },
    metadata: { right: declared.length - wrong.length, of: declared.length, wrong },
    error: { expected: gold.error ?? null, got },
  };
}

export function totals(scores: PageScore[]) {
  const sum = (pick: (score: PageScore) => [number, number]) => {
    const [hit, of] = scores.map(pick).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
    return { hit, of, rate: of === 0 ? 1 : hit / of };
  };
  return {
    paragraphs: sum((s) => [s.paragraphs.kept, s.paragraphs.of]),
    furniture: sum((s) => [s.furniture.removed, s.furniture.of]),
    metadata: sum((s) => [s.metadata.right, s.metadata.of]),
    metadataPages: sum((s) => [s.metadata.wrong.length === 0 && s.metadata.of > 0 ? 1 : 0, s.metadata.of > 0 ? 1 : 0]),
    errors: sum((s) => [s.error.expected === s.error.got ? 1 : 0, 1]),
  };
}

function key(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
