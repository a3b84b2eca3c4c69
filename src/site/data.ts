// The sections every page's navigation names.
export const sections = [
  { href: '/', label: 'Overview' },
  { href: '/event/', label: 'The event' },
  { href: '/statements/', label: 'Statements' },
  { href: '/context/', label: 'Context' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/entities/', label: 'People & organisations' },
  { href: '/sources/', label: 'Sources' },
] as const;
