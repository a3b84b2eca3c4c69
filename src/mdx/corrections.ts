// The pages of corrections: the list of every correction applied (published), and the review queue
// (written by `npm run dev` only), each a section of one flat list.
import type { ReviewEntry } from '../review/queue.ts';
import type { Correction } from '../schemas/dossier.ts';
import { block } from './jsx.ts';
import { placedHref, type Lookup } from './pages.ts';
import type { SectionSpec } from './plan.ts';

const kinds: Record<Correction['kind'], string> = { case: 'The case', speaker: 'Speaker', statement: 'Statement', paragraph: 'Paragraph', line: 'Removed line' };

export function correctionsSection(lookup: Lookup): SectionSpec {
  const { corrections } = lookup.dossier;
  const items = corrections.map((correction) => ({
    ids: [],
    node: block('CorrectionEntry', {
      kind: kinds[correction.kind],
      target: correction.kind === 'case' ? `the case's ${correction.field}` : correction.target,
      field: correction.field,
      machine: correction.machine,
      value: correction.value,
      reason: correction.reason,
      // Where the item is shown now: on a split section, its group's page rather than the section's index.
      href: correction.href?.includes('#') ? placedHref(lookup, correction.href.slice(correction.href.indexOf('#') + 1), correction.href) : correction.href,
      line: correction.line,
    }),
  }));
  return {
    route: 'corrections',
    title: 'Corrections',
    description: `The ${corrections.length} corrections made by hand to what the machine read in the sources.`,
    lede: 'What the machine read in the sources and a person corrected, each with what the machine had said. Corrected items carry a “corrected” mark where they are shown.',
    tocOfGroups: false,
    groups: [{ key: 'corrections', label: 'Corrections', items, wrap: (children) => block('CorrectionList', {}, children) }],
  };
}

export function reviewSection(entries: ReviewEntry[]): SectionSpec {
  const items = entries.map((entry, index) => ({
    ids: [],
    // The snippet's lines as JSON: MDX re-indents the lines of a multi-line attribute, and YAML lives by its indentation.
    node: block('ReviewEntry', { n: index + 1, kind: entry.kind, title: entry.title, href: entry.href, why: entry.why, lines: JSON.stringify(entry.yaml.split('\n')), file: entry.file }),
  }));
  return {
    route: 'review',
    title: 'Review',
    description: 'What the machine was least sure of, most important first (npm run dev only, never published).',
    lede: `${entries.length} item${entries.length === 1 ? '' : 's'} the machine was least sure of, most important first. Paste a snippet into the file it names in seeds/; the dossier rebuilds and the item leaves this list. This page exists only in npm run dev.`,
    tocOfGroups: false,
    unsearched: true,
    groups: [{ key: 'review', label: 'Review', items, wrap: (children) => block('CorrectionList', {}, children) }],
  };
}
