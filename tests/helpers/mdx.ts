// Runs generated MDX through the real MDX compiler with a tiny JSX runtime that builds plain objects,
// so a test can read the text a reader would see and know that nothing in it ran as code.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { compile, run } from '@mdx-js/mdx';

export interface Element {
  type: string | symbol | ((props: Record<string, unknown>) => unknown);
  props: Record<string, unknown>;
}

const Fragment = Symbol('Fragment');
const jsx = (type: Element['type'], props: Record<string, unknown>): Element => ({ type, props });

/** Compile and evaluate MDX as Astro does: its frontmatter read by Astro's own parser (js-yaml) and
 * blanked out, the rest compiled; components are rendered as elements named by their MDX name. */
export async function renderMdx(file: string): Promise<{ tree: unknown; code: string; frontmatter: Record<string, unknown> }> {
  const { frontmatter, content: mdx } = parseFrontmatter(file, { frontmatter: 'empty-with-spaces' });
  const code = String(await compile(mdx, { outputFormat: 'function-body' }));
  const module = await run(code, { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url });
  const Content = module.default as (props: Record<string, unknown>) => unknown;
  const components = Object.fromEntries(
    [...new Set(mdx.match(/(?<=<)[A-Z][A-Za-z]*/g) ?? [])].map((name) => [name, (props: Record<string, unknown>) => ({ type: name, props })]),
  );
  return { tree: Content({ components }), code, frontmatter };
}

/** The visible text of a rendered tree, block elements separated by new lines. */
export function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const element = node as Element;
  if (typeof element.type === 'function') return textOf(element.type(element.props));
  const inner = textOf(element.props.children);
  return element.type === 'p' ? `${inner}\n` : inner;
}

/** Every element of a rendered tree, depth first. */
export function elementsOf(node: unknown): Element[] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap(elementsOf);
  const element = node as Element;
  const inner = typeof element.type === 'function' ? elementsOf(element.type(element.props)) : elementsOf(element.props.children);
  return [element, ...inner];
}
