// The site's lookups: what the frame of every page shows (content/site.json), never the whole model.
import { getEntry } from 'astro:content';
import type { SiteData } from '../schemas/pages.ts';

export async function getSite(): Promise<SiteData> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.json is missing: run `npm run build`, which writes it.');
  return entry.data;
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
