// Assembly: the case's title and summary, from what most sources report rather than from one outlet:
// the headline whose words the most sources share, cleaned of outlet labels ("Exclusive:", "WATCH"),
// and the most widely reported facts that read on their own, naming the case's main actors.
import { datelineOf } from '../pipeline/meta-lines.ts';
import type { Entity, Fact, Source } from '../schemas/dossier.ts';

export interface CaseText {
  title: string;
  summary: string;
}

/** What the summary is drawn from: the assembled sources, facts and names. */
export interface CaseParts {
  sources: Source[];
  facts: Fact[];
  entities: Entity[];
}

export function summarize(parts: CaseParts): CaseText {
  // Told in the order the reports tell them (how far down its sources a fact stands), so that the summary
  // opens as a lede does: a date in a sentence ("since June 2023") may be background, not the order of events.
  const depth = placeInSources(parts.sources);
  const order = new Map(parts.facts.map((fact) => [fact, fact.sources.reduce((sum, citation) => sum + (depth.get(`${citation.source}#${citation.paragraph}`) ?? 1), 0) / Math.max(1, fact.sources.length)]));
  const outletOf = new Map(parts.sources.map((source) => [source.id, source.outlet ?? source.id]));
  const ranked = keyFacts(parts, 3);
  // What one outlet alone reports is not the case's summary while other facts have several.
  const widest = ranked.length > 0 ? outletsReporting(ranked[0]!, outletOf) : 0;
  const wide = ranked.filter((fact) => widest === 1 || outletsReporting(fact, outletOf) >= Math.max(2, Math.ceil(widest / 2)));
  const facts = (wide.length >= 2 ? wide : ranked.slice(0, 2)).sort((a, b) => order.get(a)! - order.get(b)! || parts.facts.indexOf(a) - parts.facts.indexOf(b));
  const summary = facts.map((fact) => fact.text).join(' ');
  return { title: caseTitle(parts) ?? shorten(facts[0]?.text ?? '') ?? 'Untitled case', summary };
}

// An outlet's framing of its own story, not part of what happened.
const labels = [
  'exclusive', 'breaking', 'breaking news', 'watch', 'video', 'listen', 'live', 'live updates', 'opinion', 'analysis', 'comment',
  'editorial', 'explainer', 'update', 'updated', 'just in', 'developing', 'fact check', 'podcast', 'photos', 'in pictures', 'revealed', 'exclusive report',
];
const labelWords = [...labels].sort((a, b) => b.length - a.length).map((label) => label.replace(/ /g, '\\s+')).join('|');
const leadingLabel = new RegExp(`^\\s*(?:[[(](?:${labelWords})[\\])]\\s*[:|–—-]?|(?:${labelWords})\\s*[:|–—-])\\s*`, 'i');
// In capitals a label needs no mark after it ("EXCLUSIVE Smuggler …"); "Watch groups say …" keeps its verb.
const capitalLabel = new RegExp(`^(?:${[...labels].sort((a, b) => b.length - a.length).map((label) => label.toUpperCase().replace(/ /g, '\\s+')).join('|')})\\s+(?=\\p{Lu})`, 'u');
const trailingLabel = new RegExp(`\\s*(?:[[(](?:${labelWords})[\\])]|[|–—-]\\s*(?:${labelWords}))\\s*$`, 'i');

/** A headline without the outlet's labels, nor its name after a bar or a dash ("… | CNN Politics"). */
export function cleanHeadline(headline: string, outlets: string[] = []): string {
  let text = headline.trim();
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(leadingLabel, '').replace(capitalLabel, '').replace(trailingLabel, '').trim();
  }
  const names = outlets.map((outlet) => outlet.toLowerCase().replace(/^the\s+/, ''));
  const suffix = /\s+[|–—-]\s+([^|–—]{2,40})$/.exec(text);
  if (suffix && names.some((name) => suffix[1]!.toLowerCase().replace(/^the\s+/, '').startsWith(name))) text = text.slice(0, suffix.index).trim();
  return text;
}

/** The headline most of whose words the most sources use, labels removed; null when no source has one. */
function caseTitle({ sources }: CaseParts): string | null {
  const outlets = outletNames(sources);
  const headlines = sources.filter((source) => !source.titleDerived).map((source) => cleanHeadline(source.title, outlets)).filter((title) => contentWords(title).length > 0);
  if (headlines.length === 0) return null;
  const spread = documentFrequency(sources);
  const score = (title: string) => {
    const words = contentWords(title);
    // The words most sources use, in a headline long enough to say something.
    return (words.reduce((sum, word) => sum + (spread.get(word) ?? 0), 0) / words.length) * Math.min(1, words.length / 5);
  };
  const scored = [...new Set(headlines)].map((title) => ({ title, score: score(title) }));
  return scored.reduce((best, candidate) => (candidate.score > best.score ? candidate : best)).title;
}

/** The outlets of the dossier, those republished included: names that are not actors of the case. */
export function outletNames(sources: Source[]): string[] {
  return [...new Set(sources.flatMap((source) => [source.outlet, source.republishedFrom?.outlet].filter((name): name is string => Boolean(name))))];
}

/** How many sources use each content word, headlines and paragraphs alike. */
function documentFrequency(sources: Source[]): Map<string, number> {
  const spread = new Map<string, number>();
  for (const source of sources) {
    const words = new Set(contentWords([source.title, ...source.paragraphs.map((paragraph) => paragraph.text)].join(' ')));
    for (const word of words) spread.set(word, (spread.get(word) ?? 0) + 1);
  }
  return spread;
}

const stopwords = new Set(
  'the a an and or of to in on for with at by from is are was were be been it its this that as but not no into after before over than then has have had will would who which what when where about up out after their his her they he she we you'.split(' '),
);

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).filter((word) => word.length > 2 && !stopwords.has(word));
}

/** A sentence that reads without the one before it: not opened by a pronoun or a link word. */
export function standsAlone(text: string): boolean {
  return !/^(?:it|its|this|that|these|those|they|them|he|she|his|her|but|and|or|so|also|yet|though|although|however|still|then|meanwhile|instead|moreover|such)\b/i.test(text.trim()) && !/[?]\s*$/.test(text);
}

/** How many distinct outlets (or sources without one) report a fact. */
export function outletsReporting(fact: Fact, outletOf: Map<string, string>): number {
  return new Set(fact.sources.map((citation) => outletOf.get(citation.source) ?? citation.source)).size;
}

/**
 * The `count` facts of the event most widely reported, one of a kind: the widest corroboration first,
 * then sentences that stand alone and are not too long, then the most central (near the top of the
 * sources that report them, as news is written, and naming the main actors).
 */
export function keyFacts({ sources, facts, entities }: CaseParts, count: number): Fact[] {
  const event = facts.filter((fact) => fact.section === 'event');
  const pool = event.length > 0 ? event : facts;
  const outletOf = new Map(sources.map((source) => [source.id, source.outlet ?? source.id]));
  const place = placeInSources(sources);
  const ledes = new Map(sources.flatMap((source) => (source.paragraphs[0] ? [[`${source.id}#${source.paragraphs[0].id}`, source.paragraphs[0].text] as const] : [])));
  const actors = mainActors(entities, 5, outletNames(sources)).map((entity) => [entity.name, ...entity.aliases].map((name) => name.toLowerCase()));
  const ranked = pool
    .map((fact, index) => {
      const lower = fact.text.toLowerCase();
      const readable = standsAlone(fact.text) && fact.text.length >= 40 && fact.text.length <= 360;
      const top = 1 - fact.sources.reduce((sum, citation) => sum + (place.get(`${citation.source}#${citation.paragraph}`) ?? 1), 0) / fact.sources.length;
      const named = actors.filter((names) => names.some((name) => lower.includes(name))).length;
      // A source's lede (the first sentence of its first paragraph) is what that outlet took for the news: worth an outlet more.
      const lede = isLede(fact, ledes);
      return { fact, index, outlets: outletsReporting(fact, outletOf) + (lede ? 1 : 0), readable, central: 2 * top + named / 2 };
    })
    .sort((a, b) => b.outlets - a.outlets || Number(b.readable) - Number(a.readable) || b.central - a.central || a.index - b.index);
  const picked: typeof ranked = [];
  for (const candidate of ranked) {
    if (picked.length >= count) break;
    const words = new Set(contentWords(candidate.fact.text));
    const repeats = picked.some((chosen) => overlap(words, new Set(contentWords(chosen.fact.text))) >= 0.5);
    if (!repeats) picked.push(candidate);
  }
  return picked.map((entry) => entry.fact);
}

/** Is the fact the opening sentence of its first source's first paragraph (after a wire's dateline)? */
function isLede(fact: Fact, ledes: Map<string, string>): boolean {
  const first = fact.sources[0];
  const text = first ? ledes.get(`${first.source}#${first.paragraph}`) : undefined;
  if (text === undefined) return false;
  return text.slice(datelineOf(text)?.length ?? 0).trimStart().startsWith(fact.text.slice(0, 40));
}

/** How far down its source each paragraph stands (0 at the top, towards 1 at the foot), by `source#paragraph`. */
function placeInSources(sources: Source[]): Map<string, number> {
  return new Map(sources.flatMap((source) => source.paragraphs.map((paragraph, index) => [`${source.id}#${paragraph.id}`, index / source.paragraphs.length] as const)));
}

/** People and organisations by the number of sources that name them, the outlets that report the case left out. */
export function mainActors(entities: Entity[], count: number, outlets: string[]): Entity[] {
  const outlet = new Set(outlets.map((name) => name.toLowerCase()));
  const reach = (entity: Entity) => new Set(entity.mentions.map((mention) => mention.source)).size;
  return entities
    .filter((entity) => entity.type !== 'place' && !outlet.has(entity.name.toLowerCase()))
    .map((entity, index) => ({ entity, index, reach: reach(entity) }))
    .sort((a, b) => b.reach - a.reach || b.entity.mentions.length - a.entity.mentions.length || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.entity);
}

function overlap(a: Set<string>, b: Set<string>): number {
  const smaller = a.size <= b.size ? a : b;
  const larger = smaller === a ? b : a;
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const word of smaller) if (larger.has(word)) shared += 1;
  return shared / smaller.size;
}

/** A sentence as a title: up to the first clause break after 40 characters, at most about 90. */
function shorten(text: string): string | null {
  if (!text) return null;
  if (text.length <= 90) return text.replace(/[.!]\s*$/, '');
  const cut = text.slice(0, 90);
  const clause = cut.slice(40).search(/[,;:–—]/);
  return clause >= 0 ? cut.slice(0, 40 + clause) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
