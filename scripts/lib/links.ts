// A link checker over the built site: every internal href and every #fragment must resolve.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';
import { CasefileError } from '../../src/errors.ts';

export interface LinkReport {
  pages: number;
  links: number;
  broken: Array<{ page: string; href: string; problem: string }>;
}

/** The site path a built HTML file answers at: dist/a/b/index.html → /a/b/. */
function pagePath(distDir: string, file: string): string {
  const relative = path.relative(distDir, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A start tag with its attributes, quoted or not (a `<` or `>` may sit inside a quoted value). */
const startTag = /<[a-z][^\s/>]*(?:\s+[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/gi;

/**
 * ultrahtml drops `<!-- … -->` with a pattern before it reads tags, so a `<!--` inside a quoted
 * attribute value (seed text in a `title`) would swallow the page up to the next `-->`. A `<` in a
 * value means nothing to a link, so escape it in every start tag first.
 */
function escapeInAttributes(html: string): string {
  if (!html.includes('<!--')) return html;
  return html.replace(startTag, (tag) => tag.replace(/"[^"]*"|'[^']*'/g, (value) => value.replaceAll('<', '&lt;')));
}

export async function checkLinks(distDir: string): Promise<LinkReport> {
  const files = (await readdir(distDir, { recursive: true }))
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .map((name) => path.join(distDir, name));
  const ids = new Map<string, Set<string>>();
  const hrefs: Array<{ page: string; href: string }> = [];
  for (const file of files) {
    const page = pagePath(distDir, file);
    const found = new Set<string>();
    walkSync(parse(escapeInAttributes(await readFile(file, 'utf8'))), (node) => {
      if (node.type !== ELEMENT_NODE) return;
      if (node.attributes.id) found.add(node.attributes.id);
      if (node.name === 'a' && node.attributes.href !== undefined) hrefs.push({ page, href: node.attributes.href });
    });
    ids.set(page, found);
  }
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
  for (const { page, href } of hrefs) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
    links++;
    const url = new URL(href, `http://site${page}`);
    const target = decodeURIComponent(url.pathname);
    const targetIds = ids.get(target) ?? (target.endsWith('/') ? undefined : ids.get(`${target}/`));
    if (!targetIds) {
      if (!(await isFile(target))) broken.push({ page, href, problem: 'no such page' });
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !targetIds.has(fragment)) broken.push({ page, href, problem: `no element with id "${fragment}"` });
  }
  return { pages: files.length, links, broken };
}

/** The build's last step: a broken link fails the build, listing the first twenty. */
export async function assertLinks(distDir: string): Promise<LinkReport> {
  const report = await checkLinks(distDir);
  if (report.broken.length > 0) {
    const list = report.broken.slice(0, 20).map((link) => `  ${link.page} → ${link.href} (${link.problem})`).join('\n');
    throw new CasefileError('broken-links', `${report.broken.length} broken internal links in the built site:\n${list}`);
  }
  return report;
}
