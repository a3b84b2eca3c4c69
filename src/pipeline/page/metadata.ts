// What a page states about itself: headline, publisher, publication date, canonical address, language,
// author, and the original it republishes; read from JSON-LD (`@graph`, arrays and `@id` references
// included), Open Graph and `article:` meta, `<link rel="canonical">` and a few common meta names.
import { squash } from './dom.ts';

export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  /** The address of this copy: canonical, unless the canonical names another site's original. */
  url: string | null;
  /** YYYY-MM-DD, the date as the publisher wrote it (its own time zone). */
  published: string | null;
  language: string | null;
  byline: string | null;
  republishedFrom: { outlet: string; url: string | null; published: string | null } | null;
  /** What the page says it is, when it says: an article, a live blog, or something else (a section front). */
  kind: 'article' | 'live' | 'other' | null;
  /** False when the page declares that the article is behind a paywall. */
  free: boolean | null;
}

type JsonNode = Record<string, unknown>;

const articleTypes = /^(?:\w*NewsArticle|Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting)$/;
const otherTypes = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage|WebSite|Organization|Product|Event)$/;

/** `pageUrl` is where the page was fetched from (after redirects), when known. */
export function pageMetadata(document: Document, html: string, pageUrl: string | null): PageMetadata {
  const nodes = jsonLdNodes(document);
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]));
  const resolve = (value: unknown): JsonNode | null => {
    const node = first(value);
    if (!node || typeof node !== 'object') return null;
    const ref = (node as JsonNode)['@id'];
    return typeof ref === 'string' && Object.keys(node).length === 1 ? (byId.get(ref) ?? null) : (node as JsonNode);
  };
  const article = nodes.find((node) => typesOf(node).some((type) => articleTypes.test(type))) ?? null;
  const meta = (name: string) => metaContent(document, name);
  const savedFrom = /<!-- saved from url=\(\d+\)(\S+?) -->/.exec(html)?.[1] ?? null;
  const base = pageUrl ?? absolute(meta('og:url'), null) ?? absolute(savedFrom, null);
  const canonical = absolute(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), base);
  // The address the page gives itself; a canonical on another site then names the original it republishes.
  // Where it was fetched from does not count: a mirror, a proxy or a test server is not a republisher.
  const own = absolute(meta('og:url'), base) ?? absolute(text(article?.['url']), base) ?? absolute(savedFrom, null);

  const original = originalOf(article, resolve, base) ?? (canonical && own && !sameSite(canonical, own) ? { outlet: null, url: canonical, published: null } : null);
  const credit = creditOf(document);
  const republishedFrom = original || credit
    ? { outlet: credit ?? original?.outlet ?? hostOf(original?.url ?? null) ?? '', url: original?.url ?? null, published: original?.published ?? null }
    : null;

  return {
    title: text(article?.['headline']) ?? meta('og:title') ?? meta('twitter:title') ?? (squash(document.querySelector('h1')?.textContent) || null),
    outlet: nameOf(resolve(article?.['publisher'])) ?? meta('og:site_name') ?? meta('application-name') ?? null,
    url: original?.url && original.url === canonical ? own : (canonical ?? own ?? pageUrl),
    published: dateOf(text(article?.['datePublished']) ?? meta('article:published_time') ?? meta('datePublished') ?? meta('date') ?? meta('dc.date.issued') ?? meta('parsely-pub-date') ??
      document.querySelector('time[itemprop="datePublished"], time[pubdate]')?.getAttribute('datetime')),
    language: languageOf(document.documentElement?.getAttribute('lang') ?? text(article?.['inLanguage']) ?? meta('og:locale') ?? meta('content-language')),
    byline: authorsOf(article?.['author'], resolve) ?? meta('author') ?? null,
    republishedFrom: republishedFrom?.outlet ? republishedFrom : null,
    kind: kindOf(article, nodes, meta('og:type')),
    free: freeOf(article?.['isAccessibleForFree']),
  };
}

/** Every JSON-LD object on the page, arrays and `@graph`s flattened; a block that is not JSON is passed over. */
function jsonLdNodes(document: Document): JsonNode[] {
  const nodes: JsonNode[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as JsonNode;
      nodes.push(node);
      if (node['@graph']) visit(node['@graph']);
      if (node['mainEntity'] && typeof node['mainEntity'] === 'object') visit(node['mainEntity']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    const source = (script.textContent ?? '').replace(/^\s*(?:<!--|\/\/<!\[CDATA\[)|(?:-->|\/\/\]\]>)\s*$/g, '');
    try {
      visit(JSON.parse(source));
    } catch {
      // Publishers' JSON-LD is sometimes broken; the other blocks and the meta tags still speak.
    }
  }
  return nodes;
}

function typesOf(node: JsonNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string').map((value) => value.replace(/^https?:\/\/schema\.org\//, ''));
}

function kindOf(article: JsonNode | null, nodes: JsonNode[], ogType: string | null): PageMetadata['kind'] {
  if (article) return typesOf(article).includes('LiveBlogPosting') ? 'live' : 'article';
  if (ogType && /^article\b/i.test(ogType)) return 'article';
  if (nodes.some((node) => typesOf(node).some((type) => otherTypes.test(type)) && !typesOf(node).includes('WebSite'))) return 'other';
  if (ogType && /^(?:website|profile|video\.other)$/i.test(ogType)) return 'other';
  return null;
}

/** The original a page declares in JSON-LD: `isBasedOn` (a URL or a work with its publisher). */
function originalOf(article: JsonNode | null, resolve: (value: unknown) => JsonNode | null, base: string | null) {
  const based = article?.['isBasedOn'] ?? article?.['isBasedOnUrl'];
  if (!based) return null;
  if (typeof based === 'string') return { outlet: null, url: absolute(based, base), published: null };
  const work = resolve(based);
  if (!work) return null;
  return { outlet: nameOf(resolve(work['publisher'])), url: absolute(text(work['url']), base), published: dateOf(text(work['datePublished'])) };
}

/** "This story was originally published by Example Wire": the credit a page prints, anywhere on it. */
export const creditLine = /\b(?:originally|first) (?:published|appeared) (?:by|in|on|at) (?:the )?([\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]{1,60}?)(?:,|\.(?:\s|$)| on \p{Lu}| and\b|$)/u;

function creditOf(document: Document): string | null {
  for (const element of document.querySelectorAll('p, div, span, em, small, aside, footer')) {
    if (element.children.length > 3) continue;
    const found = creditLine.exec(squash(element.textContent));
    if (found?.[1]) return found[1].trim();
  }
  return null;
}

function metaContent(document: Document, name: string): string | null {
  const lower = name.toLowerCase();
  for (const element of document.querySelectorAll('meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? element.getAttribute('http-equiv') ?? '').toLowerCase();
    if (key === lower) return text(element.getAttribute('content'));
  }
  return null;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function text(value: unknown): string | null {
  const found = first(value);
  if (typeof found !== 'string' && typeof found !== 'number') return null;
  return squash(decodeEntities(String(found))) || null;
}

/** JSON-LD written by templates sometimes carries HTML entities in its strings. */
function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—' };
  return value.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, decimal: string, hex: string, name: string) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (named[name.toLowerCase()] ?? whole));
}

function nameOf(node: JsonNode | null): string | null {
  return node ? text(node['name']) : null;
}

function authorsOf(value: unknown, resolve: (value: unknown) => JsonNode | null): string | null {
  const names = (Array.isArray(value) ? value : [value])
    .map((author) => (typeof author === 'string' ? text(author) : nameOf(resolve(author))))
    .filter((name): name is string => Boolean(name));
  if (names.length === 0) return null;
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A date as the publisher wrote it: the calendar day of an ISO time in its own offset, else the UTC day. */
export function dateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // "29 October, 2016", "March 5, 2024 9:00 AM": read as written, in no time zone.
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const day = new Date(time);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function freeOf(value: unknown): boolean | null {
  const found = first(value);
  if (typeof found === 'boolean') return found;
  if (typeof found === 'string' && /^(?:true|false)$/i.test(found.trim())) return found.trim().toLowerCase() === 'true';
  return null;
}

/** `en_GB` → `en-GB`; anything that is not a language tag is dropped. */
function languageOf(value: string | null | undefined): string | null {
  const [primary, ...rest] = (value ?? '').trim().replace(/_/g, '-').split('-');
  if (!primary || !/^[a-z]{2,3}$/i.test(primary)) return null;
  const tag = [primary.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : primary.toLowerCase();
}

function absolute(value: string | null | undefined, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base ?? undefined);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  return new URL(url).hostname.replace(/^(?:www|m|amp)\./, '');
}

/** The same site: the same host once `www.`, `m.` and `amp.` are set aside. */
function sameSite(a: string, b: string): boolean {
  return hostOf(a) === hostOf(b);
}
