// Every site path in one place: the assembly writes them into the model, the pages link with them.
// A section item's path is its permalink, `/<section>/#<id>`: when a section is split over several
// pages (src/mdx/plan.ts), the page's script follows the id through the anchor map to where it is.

export const routes = {
  home: '/',
  event: '/event/',
  statements: '/statements/',
  context: '/context/',
  timeline: '/timeline/',
  entities: '/entities/',
  sources: '/sources/',
  search: '/search/',
  source: (sourceId: string) => `/sources/${sourceId}/`,
  paragraph: (sourceId: string, paragraphId: string) => `/sources/${sourceId}/#${paragraphId}`,
  heading: (sourceId: string, headingId: string) => `/sources/${sourceId}/#${headingId}`,
  statement: (statementId: string) => `/statements/#${statementId}`,
  speaker: (speakerId: string) => `/statements/#${speakerId}`,
  fact: (section: 'event' | 'context' | 'statement', factId: string) =>
    `${section === 'context' ? '/context/' : '/event/'}#${factId}`,
  timelineEntry: (entryId: string) => `/timeline/#${entryId}`,
  entity: (entityId: string) => `/entities/#${entityId}`,
} as const;
