// Why a line of a page is not part of its article, read off the elements around it (their tags, ids,
// classes and roles), in the words the source page uses for removed lines.

/** In order: the first rule that names any element around the line gives the reason (a share button in a header is a share prompt). */
const rules: Array<[RegExp, string]> = [
  [/\bcookie|consent|\bgdpr\b/, 'cookie notice'],
  [/syndicat|republish|\boriginal-source\b/, 'republication note'],
  [/\b(?:figcaption|caption|credit)\b|photo-?credit/, 'photo caption'],
  [/\bbreadcrumbs?\b/, 'breadcrumb'],
  [/^nav\b|\bnav(?:bar|igation)?\b|\bmenu\b/, 'site navigation'],
  [/\bshare|social|sharing|\bfollow-us\b/, 'share prompt'],
  [/newsletter|subscri|sign-?up|paywall|premium|\bregister\b/, 'subscription prompt'],
  [/related|recommend|\bmore-\w+|most-?(?:read|viewed|popular)|popular|trending|teaser|read-?more|\bpromo-?story\b|\bcard\b/, 'related articles'],
  [/comment/, 'comment prompt'],
  [/\bads?\b|\badvert|sponsor|\bpromo\b|outbrain|taboola|\bdfp\b/, 'advertisement'],
  [/byline|\bauthor\b/, 'byline'],
  [/^time\b|\bdate|timestamp|published|updated/, 'publication date'],
  [/\btags?\b|topics?\b|keywords?/, 'topic tags'],
  [/^footer\b|\bfooter\b|copyright|contentinfo/, 'page footer'],
  [/^header\b|masthead|\bbanner\b|site-?header/, 'page header'],
  [/^aside\b|sidebar|\bside\b|complementary|\brail\b/, 'sidebar'],
  [/^(?:button|form|label|option)\b/, 'page control'],
];

export function reasonFor(around: string[]): string {
  for (const [pattern, reason] of rules) if (around.some((element) => pattern.test(element))) return `${reason}, outside the article`;
  return 'not in the article';
}

/** Boxes that sit inside an article's body on many sites and are never part of its text. */
export const inBodyFurniture = /newsletter|subscri|sign-?up|paywall|\bshare|sharing|social|related|recommend|read-?more|\bads?\b|advert|sponsor|\bpromo|outbrain|taboola|comment/;
