// A link checker over the built site: every internal href and every #fragment must resolve.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
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

export async function checkLinks(distDir: string): Promise<LinkReport> {
  const files = (await readdir(distDir, { recursive: true }))
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .map((name) => path.join(distDir, name));
  const ids = new Map<string, Set<string>>();
  const hrefs: Array<{ page: string; href: string }> = [];
  for (const file of files) {
    const page = pagePath(distDir, file);
    const found = new Set<string>();
    // A streaming tokenizer: attribute values come decoded, and a `<!--` inside a quoted value is text.
    const parser = new Parser({
      onopentag(name, attributes) {
        if (attributes.id !== undefined) found.add(attributes.id);
        if (name === 'a' && attributes.href !== undefined) hrefs.push({ page, href: attributes.href });
      },
    }, { decodeEntities: true });
    parser.end(await readFile(file, 'utf8'));
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
