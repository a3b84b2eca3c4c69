// The article on a page, as Firefox's reader view finds it (Mozilla's Readability), turned into the
// lines of a seed: its paragraphs and subheadings in order. Captions and embeds inside it are left out.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { squash } from './dom.ts';
import { inBodyFurniture } from './reasons.ts';

export interface ArticleBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

export interface Article {
  /** Readability's title (the page's, cleaned of the site's name), for when the page declares none. */
  title: string;
  byline: string | null;
  blocks: ArticleBlock[];
  /** Whether Firefox would offer its reader view on this page. */
  readerable: boolean;
  /** The share of the article's words that are link text: high on a list of links. */
  linkDensity: number;
  /** Headings that are wholly a link, as the cards of a list of stories are. */
  linkedHeadings: number;
}

const containers = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'BLOCKQUOTE', 'UL', 'OL', 'DL', 'TABLE', 'THEAD', 'TBODY', 'TR', 'DETAILS']);
const leaves = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'TD', 'TH', 'DD', 'DT', 'SUMMARY']);
const left = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'FORM', 'BUTTON', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'ASIDE', 'NAV', 'FOOTER']);

/** The article of a page, or null when Readability finds none. Readability works on a copy. */
export function extractArticle(document: Document): Article | null {
  const readerable = isProbablyReaderable(document);
  const copy = document.cloneNode(true) as Document;
  // Before Readability: it may fold a box into a plain paragraph and lose the class that named it.
  for (const element of [...copy.querySelectorAll('[class], [id]')]) if (isFurniture(element) && wordCount(squash(element.textContent)) < 80) element.remove();
  const parsed = new Readability(copy, { serializer: (element) => element, charThreshold: 300, keepClasses: true }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) return null;
  const blocks: ArticleBlock[] = [];
  walk(content, blocks);
  const words = wordCount(squash(content.textContent));
  const linkWords = [...content.querySelectorAll('a')].reduce((sum, link) => sum + wordCount(squash(link.textContent)), 0);
  const linkedHeadings = [...content.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => {
    const text = squash(heading.textContent);
    return text !== '' && [...heading.querySelectorAll('a')].map((link) => squash(link.textContent)).join(' ') === text;
  }).length;
  return { title: squash(parsed.title), byline: squash(parsed.byline) || null, blocks, readerable, linkDensity: words === 0 ? 1 : linkWords / words, linkedHeadings };
}

function walk(element: Element, blocks: ArticleBlock[]) {
  let inline = '';
  const flush = () => {
    const text = squash(inline);
    if (text) blocks.push({ kind: 'paragraph', text });
    inline = '';
  };
  for (const node of element.childNodes) {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = child.tagName.toUpperCase();
    if (left.has(tag) || isFurniture(child)) continue;
    if (tag === 'BR') {
      // Two line breaks in a row part paragraphs; one is a space.
      if (child.nextElementSibling?.tagName.toUpperCase() === 'BR' && !squash(child.nextSibling?.textContent)) flush();
      else inline += ' ';
      continue;
    }
    if (containers.has(tag) || (leaves.has(tag) && hasBlockChild(child))) {
      flush();
      walk(child, blocks);
    } else if (leaves.has(tag)) {
      flush();
      const text = textOf(child);
      if (text) blocks.push({ kind: /^H[1-6]$/.test(tag) ? 'heading' : 'paragraph', text });
    } else {
      inline += textOf(child);
    }
  }
  flush();
}

/** A newsletter box, share bar or related-stories card that Readability kept inside the body. */
function isFurniture(element: Element): boolean {
  return inBodyFurniture.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase());
}

function hasBlockChild(element: Element): boolean {
  return [...element.children].some((child) => containers.has(child.tagName.toUpperCase()) || leaves.has(child.tagName.toUpperCase()));
}

/** An element's text without what is left out of the article (a caption inside a paragraph). */
function textOf(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR') text += ' ';
      else if (!left.has(tag)) text += textOf(node as Element);
    }
  }
  return squash(text);
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}
