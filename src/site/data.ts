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

export const sections = [
  { href: '/', label: 'Overview' },
  { href: '/event/', label: 'The event' },
  { href: '/statements/', label: 'Statements' },
  { href: '/context/', label: 'Context' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/entities/', label: 'People & organisations' },
  { href: '/sources/', label: 'Sources' },
] as const;
