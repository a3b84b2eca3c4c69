// The site's one lookup helper: the Dossier model and the names pages show for its parts.
import { getEntry } from 'astro:content';
import type { Dossier, Source } from '../schemas/dossier.ts';

export async function getDossier(): Promise<Dossier> {
  const entry = await getEntry('dossier', 'dossier');
  if (!entry) throw new Error('content/dossier.json is missing: run `npm run build`, which writes it.');
  return entry.data as Dossier;
}

/** How a source is named: its outlet when known, else its title. */
export function sourceName(source: Pick<Source, 'outlet' | 'title' | 'id'>): string {
  return source.outlet ?? source.title ?? source.id;
}

/** The outlets the footer names: each once, with how many sources it gave, capped so a case of a
 * thousand sources does not put a thousand links on every page. */
export function outletList(sources: Source[], limit = 12): { shown: { name: string; href: string; count: number }[]; more: number } {
  const outlets = new Map<string, { name: string; href: string; count: number }>();
  for (const source of sources) {
    const name = sourceName(source);
    const outlet = outlets.get(name) ?? { name, href: source.href, count: 0 };
    outlet.count += 1;
    outlets.set(name, outlet);
  }
  const all = [...outlets.values()];
  return { shown: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}

export const sections = [
  { href: '/', label: 'Overview' },
  { href: '/event/', label: 'The event' },
  { href: '/statements/', label: 'Statements' },
  { href: '/context/', label: 'Context' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/entities/', label: 'People & organisations' },
  { href: '/sources/', label: 'Sources' },
] as const;
