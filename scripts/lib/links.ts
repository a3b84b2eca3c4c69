// A link checker over the built site: every internal href and every #fragment must resolve. Given what
// it found in the previous build, it parses only the pages whose HTML changed, and checks again only
// the links of those pages and the links that point into a page that changed or is gone.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { CasefileError } from '../../src/errors.ts';

/** What one page holds and where it links, kept between builds. */
export interface PageLinks {
  digest: string;
  ids: string[];
  hrefs: string[];
}

export type LinkIndex = Record<string, PageLinks>;

export interface LinkReport {
  pages: number;
  links: number;
  /** Pages whose HTML differs from the previous build's (all of them without a previous index). */
  changed: number;
  broken: Array<{ page: string; href: string; problem: string }>;
  index: LinkIndex;
}

/** The site path a built HTML file answers at: dist/a/b/index.html → /a/b/. */
function pagePath(distDir: string, file: string): string {
  const relative = path.relative(distDir, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

function parsePage(html: string): Omit<PageLinks, 'digest'> {
  const ids: string[] = [];
  const hrefs: string[] = [];
  // A streaming tokenizer: attribute values come decoded, and a `<!--` inside a quoted value is text.
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id !== undefined) ids.push(attributes.id);
      if (name === 'a' && attributes.href !== undefined) hrefs.push(attributes.href);
    },
  }, { decodeEntities: true });
  parser.end(html);
  return { ids, hrefs };
}

/** A built page: its HTML file in the site, its HTML, and the digest of it. */
export interface BuiltPage {
  file: string;
  html: string;
  digest: string;
}

/** Every built page by its path, in the order of their files' names, read once for the link check and the search index. */
export async function readPages(distDir: string): Promise<Map<string, BuiltPage>> {
  const files = (await readdir(distDir, { recursive: true })).filter((name) => name.endsWith('.html') && !name.startsWith('pagefind')).sort();
  const pages = new Map<string, BuiltPage>();
  for (const file of files) {
    const html = await readFile(path.join(distDir, file), 'utf8');
    pages.set(pagePath(distDir, path.join(distDir, file)), { file: file.split(path.sep).join('/'), html, digest: createHash('sha1').update(html).digest('hex') });
  }
  return pages;
}

/** Every page's ids and links, read from the HTML only where it changed since `previous`. */
function indexPages(previous: LinkIndex, pages: Map<string, BuiltPage>): { index: LinkIndex; changed: Set<string> } {
  const index: LinkIndex = {};
  const changed = new Set<string>();
  for (const [page, { html, digest }] of pages) {
    const before = previous[page];
    if (before?.digest === digest) index[page] = before;
    else {
      index[page] = { digest, ...parsePage(html) };
      changed.add(page);
    }
  }
  return { index, changed };
}

export async function checkLinks(distDir: string, previous: LinkIndex = {}, pages?: Map<string, BuiltPage>): Promise<LinkReport> {
  const { index, changed } = indexPages(previous, pages ?? (await readPages(distDir)));
  // A page that changed or went away may have lost an id that an unchanged page links to.
  const touched = new Set([...changed, ...Object.keys(previous).filter((page) => !(page in index))]);
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string) => {
    let found = ids.get(page);
    if (!found) ids.set(page, (found = new Set(index[page]?.ids)));
    return found;
  };
  const broken: LinkReport['broken'] = [];
  // A link to a file (dossier.json, a stylesheet) is checked once per target, by stat, not read per link.
  const fileTargets = new Map<string, Promise<boolean>>();
  const isFile = (target: string) => {
    let known = fileTargets.get(target);
    if (!known) {
      known = stat(path.join(distDir, target)).then((info) => info.isFile(), () => false);
      fileTargets.set(target, known);
    }
    return known;
  };
  let links = 0;
  for (const [page, { hrefs }] of Object.entries(index)) {
    const pageChanged = changed.has(page);
    for (const href of hrefs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      links++;
      const url = new URL(href, `http://site${page}`);
      const target = decodeURIComponent(url.pathname);
      const targetPage = target in index ? target : !target.endsWith('/') && `${target}/` in index ? `${target}/` : undefined;
      // Both ends as they were when this link last resolved: nothing to check again.
      if (!pageChanged && targetPage && !touched.has(targetPage)) continue;
      if (!targetPage) {
        if (!(await isFile(target))) broken.push({ page, href, problem: 'no such page' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf(targetPage).has(fragment)) broken.push({ page, href, problem: `no element with id "${fragment}"` });
    }
  }
  return { pages: Object.keys(index).length, links, changed: changed.size, broken, index };
}

/** The build's last step: a broken link fails the build, listing the first twenty. */
export async function assertLinks(distDir: string, previous?: LinkIndex, pages?: Map<string, BuiltPage>): Promise<LinkReport> {
  const report = await checkLinks(distDir, previous, pages);
  if (report.broken.length > 0) {
    const list = report.broken.slice(0, 20).map((link) => `  ${link.page} → ${link.href} (${link.problem})`).join('\n');
    throw new CasefileError('broken-links', `${report.broken.length} broken internal links in the built site:\n${list}`);
  }
  return report;
}
