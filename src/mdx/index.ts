// The content/ folder as a list of files: one MDX page per section and per source, the model as
// data for the pages, and a notice that the folder is generated.
import type { Dossier } from '../schemas/dossier.ts';
import { contextPage, entitiesPage, eventPage, type GeneratedFile, sourcePage, statementsPage, timelinePage } from './pages.ts';
import { toMdx } from './serialize.ts';

export type { GeneratedFile } from './pages.ts';

const notice = `# Generated content

Everything in this folder is written by \`npm run build\` (scripts/build.ts) from the texts in \`seeds/\`.
Do not edit it: the next build replaces it whole. Change the seeds or the pipeline instead.
`;

export function contentFiles(dossier: Dossier): GeneratedFile[] {
  return [
    { path: 'README.md', contents: notice },
    { path: 'dossier.json', contents: `${JSON.stringify({ dossier }, null, 1)}\n` },
    { path: 'pages/event.mdx', contents: toMdx(eventPage(dossier)) },
    { path: 'pages/statements.mdx', contents: toMdx(statementsPage(dossier)) },
    { path: 'pages/context.mdx', contents: toMdx(contextPage(dossier)) },
    { path: 'pages/timeline.mdx', contents: toMdx(timelinePage(dossier)) },
    { path: 'pages/entities.mdx', contents: toMdx(entitiesPage(dossier)) },
    ...dossier.sources.map((source) => ({ path: `sources/${source.id}.mdx`, contents: toMdx(sourcePage(source)) })),
  ];
}
