// A web page read as a source: the article's text as a seed (headline line, then its paragraphs and
// subheadings), the manifest entry the page's own metadata makes, and every visible line the article
// left out, with why. Pure: the bytes come in, nothing is read or written here.
import { errors } from '../../errors.ts';
import { manifestEntry, type ManifestEntry } from '../manifest.ts';
import type { RemovedLine } from '../types.ts';
import { extractArticle, wordCount, type ArticleBlock } from './article.ts';
import { decodePage } from './charset.ts';
import { parseDocument } from './dom.ts';
import { pageMetadata, type PageMetadata } from './metadata.ts';
import { reasonFor } from './reasons.ts';
import { visibleLines } from './visible.ts';

export interface PageInput {
  bytes: Uint8Array;
  /** The page's address or file, for errors. */
  where: string;
  /** The HTTP Content-Type, when the page was fetched. */
  contentType?: string | null;
  /** The address the page was fetched from, after redirects. */
  url?: string | null;
}

export interface Page {
  /** The seed text: the headline line, then the article's blocks, a blank line between two. */
  text: string;
  title: string;
  blocks: ArticleBlock[];
  /** The manifest entry of what the page declares, each field checked with the manifest's own schema. */
  entry: ManifestEntry;
  metadata: PageMetadata;
  /** Lines a reader sees on the page that are not in the article; `line` is the line of the HTML. */
  removed: RemovedLine[];
  warnings: string[];
}

/** Fewer words than this is a teaser, not an article. */
const minimumWords = 60;
/** A paywall stub shows a lede and stops; a page with this many words of the article shows it whole. */
const paywallWords = 180;

/** Read a page. Throws a CasefileError when it holds no article (a section front, a paywall stub). */
export function readPage(input: PageInput): Page {
  const decoded = decodePage(input.bytes, input.contentType);
  const document = parseDocument(decoded.html);
  const metadata = pageMetadata(document, decoded.html, input.url ?? null);
  if (metadata.kind === 'other') throw errors.notArticle(input.where, 'the page declares itself a listing or a website, not an article');
  const article = extractArticle(document);
  const visible = visibleLines(decoded.html);
  const title = metadata.title ?? (article?.title || null);
  const blocks = withoutLabels(withoutHeadline(article?.blocks ?? [], title)).filter((block) => !isCredit(block.text));
  const words = wordCount(blocks.map((block) => block.text).join(' '));
  if (words < paywallWords && (metadata.free === false || visible.some((line) => paywallPrompt.test(line.text)))) throw errors.paywalled(input.where, words);
  if (!article || !title || words < minimumWords) throw errors.notArticle(input.where, `only ${words} words of running text were found`);
  if (metadata.kind === null && article.linkedHeadings >= 3) throw errors.notArticle(input.where, `${article.linkedHeadings} of its headings link to other pages, as on a list of stories`);
  if (metadata.kind === null && !article.readerable && article.linkDensity > 0.35) {
    throw errors.notArticle(input.where, `${Math.round(article.linkDensity * 100)} % of its text is links, as on a list of stories`);
  }
  const kept = new Set([title, ...blocks.map((block) => block.text)].map(key));
  const removed = visible
    .filter((line) => !kept.has(key(line.text)) && !inArticle(line.text, blocks))
    .map((line): RemovedLine => ({ text: line.text, reason: reasonFor(line.around), line: line.line, start: 0, end: 0 }));
  return {
    text: `${[title, ...blocks.map((block) => block.text)].join('\n\n')}\n`,
    title,
    blocks,
    entry: entryOf({ ...metadata, title, byline: metadata.byline ?? article.byline }),
    metadata,
    removed,
    warnings: decoded.warnings,
  };
}

/** What a paywall says where the article stops; a "Subscribe" link in the masthead is not one. */
const paywallPrompt = /\b(?:subscribe (?:now )?to (?:continue|read|unlock|keep reading)|subscribers? only|for subscribers|to continue reading|continue reading with|sign in to (?:read|continue)|log in to (?:read|continue)|already a subscriber)\b/i;

/** Readability keeps the page's own headline when it differs from the title in `<title>`: it is the seed's first line already. */
function withoutHeadline(blocks: ArticleBlock[], title: string | null): ArticleBlock[] {
  const first = blocks.findIndex((block) => block.kind === 'paragraph' || block.kind === 'heading');
  const head = blocks[first];
  if (!title || !head || head.kind !== 'heading' || !similar(head.text, title)) return blocks;
  return blocks.toSpliced(first, 1);
}

/** "This story was originally published by …": the metadata keeps it as `republishedFrom`. */
function isCredit(text: string): boolean {
  return wordCount(text) <= 30 && /^\W*(?:this (?:story|article|report|piece) (?:was |is |has been )?)?(?:originally|first) (?:published|appeared)\b/i.test(text);
}

/**
 * "Posted in Community", "2 August 2024 Jane Roe, Lincolnshire": short lines above the lede that are neither
 * headings nor sentences; and anywhere, a bare time (of a live update) or a copyright line.
 */
function withoutLabels(blocks: ArticleBlock[]): ArticleBlock[] {
  const lede = blocks.findIndex((block) => block.kind === 'paragraph' && wordCount(block.text) >= 15);
  return blocks.filter((block, index) => {
    if (timeOnly.test(block.text) || copyright.test(block.text)) return false;
    return index >= lede || block.kind !== 'paragraph' || (wordCount(block.text) > 12 && !/^by\s/i.test(block.text)) || /[.!?"”]$/u.test(block.text);
  });
}

/** A copyright line Readability took for a paragraph beside the article. */
const copyright = /^(?:©|\(c\)|copyright\b)/i;

/** "10:45", "9.10am BST": the time of an update on a live page, shown on the page and in the removed lines. */
const timeOnly = /^(?:updated |posted )?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?$/i;

function similar(a: string, b: string): boolean {
  const [x, y] = [key(a), key(b)];
  return x === y || (Math.min(x.length, y.length) >= 20 && (x.includes(y) || y.includes(x)));
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A page line that is part of an article block (a paragraph the page split with line breaks). */
function inArticle(text: string, blocks: ArticleBlock[]): boolean {
  if (wordCount(text) < 8) return false;
  const wanted = key(text);
  return blocks.some((block) => key(block.text).includes(wanted));
}

/** Each declared field, kept when the manifest's schema accepts it. */
function entryOf(metadata: PageMetadata): ManifestEntry {
  const entry: Record<string, unknown> = {};
  for (const field of ['outlet', 'url', 'published', 'title', 'byline', 'language', 'republishedFrom'] as const) {
    const value = metadata[field];
    if (value === null || value === undefined) continue;
    const candidate = field === 'republishedFrom' && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([, part]) => part !== null)) : value;
    if (manifestEntry.shape[field].safeParse(candidate).success) entry[field] = candidate;
  }
  return manifestEntry.parse(entry);
}
