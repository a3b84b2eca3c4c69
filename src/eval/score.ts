// Scoring a Dossier against careful annotations (the gold files), the way the gold's README says:
// text normalised for matching, a quote found when the same words or ≥80% of them are shared.
import { normalizeForMatch, unify, words } from '../pipeline/normalize.ts';
import type { Dossier } from '../schemas/dossier.ts';
import { foldName } from '../assemble/speakers.ts';

export interface GoldQuote {
  n: number;
  paragraph: number;
  text: string;
  /** Null where the text does not say who spoke. */
  speaker: string | null;
  speaker_type: string;
}

export interface GoldFile {
  file: string;
  title: string | null;
  /** The publisher the page names, or null when it names none; absent in older gold (not scored). */
  outlet?: string | null;
  /** The publication date the page shows (YYYY-MM-DD), or null; absent in older gold (not scored). */
  published?: string | null;
  boilerplate: string[];
  headings: string[];
  paragraphs: Array<{ n: number; starts: string; section: 'event' | 'statement' | 'context' }>;
  quotes: GoldQuote[];
  people: string[];
  organizations: string[];
  places: string[];
  time_expressions: Array<{ text: string; about: string; date?: string | null }>;
  /** When the page shows no date: the date its text was written, as a reader knows it from the manifest. */
  written?: string | null;
}

export interface CrossSourceEntry {
  speaker: string;
  differences: string;
  [file: string]: string;
}

export interface Ratio {
  hit: number;
  total: number;
}

export type EntityKind = 'person' | 'organization' | 'place';
export const entityKinds: EntityKind[] = ['person', 'organization', 'place'];

export interface FileScore {
  file: string;
  junk: { removed: Ratio; precision: Ratio };
  paragraphsKept: Ratio;
  headingsKept: Ratio;
  sections: Ratio;
  quotes: { recall: Ratio; precision: Ratio };
  speakers: Ratio;
  entities: Ratio;
  /** Of the gold's people and organisations found, those the index types as the gold does. */
  entityTypes: Ratio;
  /** The gold's people, organisations and places against the index entries that cite this source, type for type. */
  typedEntities: Record<EntityKind, { recall: Ratio; precision: Ratio }>;
  title: { expected: string | null; got: string; derived: boolean; ok: boolean };
  /** Outlet and date right: a ratio of 0/1 or 1/1, or 0/0 when the gold does not say. */
  outlet: Ratio;
  published: Ratio;
  /** Time expressions the gold dates, in a source the gold dates, that the pipeline dated alike. */
  times: Ratio;
  /** What the dossier got wrong in this source, where the review queue could list it. */
  errors: ScoredError[];
  misses: string[];
}

/**
 * An error the review queue could point at, with the places the dossier shows it (a statement and its
 * speaker, a paragraph, a source, a removed line): the queue catches it when it lists one of them.
 */
export interface ScoredError {
  kind: 'speaker' | 'section' | 'metadata' | 'line';
  hrefs: string[];
  /** The miss, as --verbose prints it. */
  what: string;
}

export const ratio = (r: Ratio): number => (r.total === 0 ? 1 : r.hit / r.total);

/** Do two quote texts match: same normalised text, or ≥80% of the longer one's words shared. */
export function quotesMatch(a: string, b: string): boolean {
  if (normalizeForMatch(a) === normalizeForMatch(b)) return true;
  const left = words(a);
  const right = words(b);
  if (left.length === 0 || right.length === 0) return false;
  const pool = new Map<string, number>();
  for (const word of right) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of left) {
    const count = pool.get(word) ?? 0;
    if (count > 0) {
      shared++;
      pool.set(word, count - 1);
    }
  }
  return shared >= 0.8 * Math.max(left.length, right.length);
}

const acronym = (name: string): string =>
  words(name)
    .filter((word) => !['of', 'and', 'the', 'for'].includes(word))
    .map((word) => word[0])
    .join('');

/** Do two names denote the same speaker: same normalised name, an acronym of the other, or an alias. */
export function namesMatch(gold: string, name: string, aliases: string[] = []): boolean {
  // One name with and without its diacritics ("Estêvão", "Estevao", "Aydın", "Aydin"): the dossier keeps the exact
  // spelling. A company with and without its legal form ("Roe Construction LLC") is one speaker too.
  const key = (text: string) => foldName(text).replace(/^the\s+/u, '').replace(/,?\s+(?:llc|inc|ltd|plc|gmbh|corp|co|s\.?a|ag|nv|bv)\.?$/u, '');
  // "Directorate-General of Health (DGS)": a gold name with its acronym in brackets is either.
  const bracketed = /^(.+?)\s*\((\p{Lu}[\p{L}\p{N}]{1,9})\)$/u.exec(gold.trim());
  if (bracketed?.[1] && bracketed[2]) return namesMatch(bracketed[1], name, aliases) || namesMatch(bracketed[2], name, aliases);
  const goldKey = key(gold);
  const candidates = [name, ...aliases].map(key);
  if (candidates.includes(goldKey)) return true;
  const compact = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
  return candidates.some(
    (candidate) =>
      (compact(candidate).length >= 2 && compact(candidate) === acronym(gold)) ||
      (compact(goldKey).length >= 2 && compact(goldKey) === acronym(candidate)),
  );
}

function startsLike(text: string, prefix: string): boolean {
  return normalizeForMatch(text).startsWith(normalizeForMatch(prefix).slice(0, 40));
}

/** A time expression as the pipeline read it: its words and the date it gave them. */
export interface ReadTime {
  text: string;
  date: string | null;
}

/**
 * Same outlet: the same name but for a leading "the", a domain ending, an edition in brackets, what kind of
 * outlet it is ("Meridian" and "Meridian News Agency"), or an acronym of the other.
 */
export function outletsMatch(gold: string, got: string): boolean {
  const bare = (name: string) =>
    // The bracket goes before normalising: normalizeForMatch strips the closing ")" with the other edge punctuation.
    normalizeForMatch(name.replace(/\s*\([^()]*\)\s*$/u, ''))
      .replace(/^the\s+/u, '')
      .replace(/\.(?:com|co\.uk|org|net|news)$/u, '')
      .replace(/\s+(?:news agency|news service|wire service|newswire|wire|news|in english|english edition)$/u, '');
  return bare(gold) === bare(got) || namesMatch(gold, got);
}

// Expressions meet when they share a word that is not a preposition or an article ("in October" and
// "October of" are one reading; the pipeline's span need not match the annotator's).
const glue = new Set(['in', 'on', 'at', 'of', 'the', 'a', 'an', 'by', 'since', 'until', 'from', 'to', 'for', 'during', 'before', 'after', 'this', 'that', 'last', 'next', 'early', 'late']);
const content = (text: string) => new Set(words(text.replace(/['’]s\b/gu, '')).filter((word) => !glue.has(word)));

/**
 * Time expressions the gold dates, in a source whose date the gold gives: each counts when the pipeline
 * read an expression overlapping its words and gave it the gold's date, or a more precise one within it.
 */
export function scoreTimes(gold: GoldFile, times: ReadTime[], misses: string[]): Ratio {
  if (!gold.published && !gold.written) return { hit: 0, total: 0 };
  const datable = gold.time_expressions.filter((time) => typeof time.date === 'string' && time.date !== '');
  const used = new Set<number>();
  let hit = 0;
  for (const expected of datable) {
    const key = content(expected.text);
    // The unused reading that shares most words ("in July 1997" is not the earlier "the 1997 mark").
    let index = -1;
    let best = 0;
    times.forEach((time, at) => {
      const shared = used.has(at) ? 0 : [...content(time.text)].filter((word) => key.has(word)).length;
      if (shared > best) [index, best] = [at, shared];
    });
    const found = index === -1 ? undefined : times[index];
    // A span of time ("2019/2024", an ISO interval) is dated right when the reading gives its start.
    if (found && found.date !== null && found.date.startsWith((expected.date ?? '').split('/')[0] ?? '')) {
      used.add(index);
      hit++;
    } else {
      if (index !== -1) used.add(index);
      misses.push(`time “${expected.text}”: ${found ? (found.date ?? 'undated') : 'not read'}, expected ${expected.date}`);
    }
  }
  return { hit, total: datable.length };
}

export function scoreFile(dossier: Dossier, gold: GoldFile, sourceText: string, times: ReadTime[] = []): FileScore {
  const source = dossier.sources.find((candidate) => candidate.file === gold.file);
  const misses: string[] = [];
  const empty = { hit: 0, total: 0 };
  if (!source) {
    misses.push(`source ${gold.file} is missing from the dossier`);
    return {
      file: gold.file,
      junk: { removed: { hit: 0, total: gold.boilerplate.length }, precision: empty },
      paragraphsKept: { hit: 0, total: gold.paragraphs.length },
      headingsKept: { hit: 0, total: gold.headings.length },
      sections: { hit: 0, total: gold.paragraphs.length },
      quotes: { recall: { hit: 0, total: gold.quotes.length }, precision: empty },
      speakers: { hit: 0, total: gold.quotes.length },
      entities: { hit: 0, total: gold.people.length + gold.organizations.length },
      entityTypes: { hit: 0, total: 0 },
      typedEntities: typedEntities(gold, [], misses),
      title: { expected: gold.title, got: '', derived: true, ok: false },
      outlet: { hit: 0, total: gold.outlet === undefined ? 0 : 1 },
      published: { hit: 0, total: gold.published === undefined ? 0 : 1 },
      times: scoreTimes(gold, [], []),
      errors: [],
      misses,
    };
  }

  // Junk: every line of the text is either kept (a paragraph or a heading) or removed.
  const kept = new Set([...source.paragraphs.map((p) => normalizeForMatch(p.text)), ...source.headings.map((h) => normalizeForMatch(h.text))]);
  // A line the pipeline lists as removed is removed, even when a kept line reads the same at its end ("3h ago X" and the entry heading "X").
  const removedKeys = new Set(source.removed.map((line) => normalizeForMatch(line.text)));
  const isKept = (line: string) => !removedKeys.has(normalizeForMatch(line)) && (kept.has(normalizeForMatch(line)) || [...kept].some((text) => text.length > 20 && normalizeForMatch(line).endsWith(text)));
  const junkKeys = new Set(gold.boilerplate.map(normalizeForMatch));
  const lines = sourceText.split(/\r\n?|\n/).map((line) => line.trim()).filter(Boolean);
  const junkLines = lines.filter((line) => junkKeys.has(normalizeForMatch(line)));
  const removedLines = lines.filter((line) => !isKept(line));
  const junkRemoved = junkLines.filter((line) => !isKept(line));
  for (const line of junkLines) if (isKept(line)) misses.push(`junk kept: ${line.slice(0, 70)}`);
  const removedJunk = removedLines.filter((line) => junkKeys.has(normalizeForMatch(line)));
  const errors: ScoredError[] = [];
  for (const line of removedLines) {
    if (junkKeys.has(normalizeForMatch(line))) continue;
    const what = `article line removed: ${line.slice(0, 70)}`;
    misses.push(what);
    const removed = source.removed.find((candidate) => normalizeForMatch(candidate.text) === normalizeForMatch(line));
    if (removed) errors.push({ kind: 'line', hrefs: [`${source.href}#removed-${removed.line}`], what });
  }

  // Paragraphs and their sections.
  let paragraphsKept = 0;
  let sectionsRight = 0;
  for (const paragraph of gold.paragraphs) {
    const found = source.paragraphs.find((candidate) => startsLike(candidate.text, paragraph.starts));
    if (!found) {
      misses.push(`paragraph lost: ${paragraph.starts}`);
      continue;
    }
    paragraphsKept++;
    if (found.section === paragraph.section) sectionsRight++;
    else {
      const what = `section of ¶${paragraph.n}: ${found.section}, expected ${paragraph.section} — ${found.text.slice(0, 60)} [${(found.why ?? []).join('; ')}]`;
      errors.push({ kind: 'section', hrefs: [found.href], what });
      misses.push(what);
    }
  }
  const headingsKept = gold.headings.filter((heading) => source.headings.some((h) => normalizeForMatch(h.text) === normalizeForMatch(heading))).length;

  // Quotes: one-to-one, first match wins.
  const speakers = new Map(dossier.speakers.map((speaker) => [speaker.id, speaker]));
  const extracted = dossier.statements.flatMap((statement) =>
    statement.occurrences.filter((occurrence) => occurrence.source === source.id).map((occurrence) => ({ occurrence, statement, speaker: speakers.get(statement.speaker) })),
  );
  const used = new Set<number>();
  let quotesFound = 0;
  let speakersRight = 0;
  for (const quote of gold.quotes) {
    const index = extracted.findIndex((candidate, i) => !used.has(i) && quotesMatch(candidate.occurrence.text, quote.text));
    if (index === -1) {
      misses.push(`quote missed: “${quote.text.slice(0, 60)}”`);
      continue;
    }
    used.add(index);
    quotesFound++;
    const speaker = extracted[index]?.speaker;
    // (A gold speaker written as null, "the text does not say", is the dossier's "unknown".)
    if (speaker && namesMatch(quote.speaker ?? 'unknown', speaker.name, speaker.aliases)) speakersRight++;
    else {
      const what = `speaker of “${quote.text.slice(0, 40)}”: ${speaker?.name ?? 'none'}, expected ${quote.speaker}`;
      errors.push({ kind: 'speaker', hrefs: [extracted[index]!.statement.href, ...(speaker ? [speaker.href] : [])], what });
      misses.push(what);
    }
  }
  extracted.forEach((candidate, index) => {
    if (!used.has(index)) misses.push(`not a gold quote: “${candidate.occurrence.text.slice(0, 60)}”`);
  });

  // Entities: the gold's people and organisations found in the index.
  const names = [...gold.people, ...gold.organizations];
  const entitiesFound = names.filter((name) => dossier.entities.some((entity) => namesMatch(name, entity.name, entity.aliases)));
  for (const name of names) if (!entitiesFound.includes(name)) misses.push(`entity missing: ${name}`);
  const typed = (list: string[], type: 'person' | 'organization') => list.filter((name) => entitiesFound.includes(name)).map((name) => {
    const found = dossier.entities.find((entity) => namesMatch(name, entity.name, entity.aliases));
    if (found && found.type !== type) misses.push(`entity ${name}: typed ${found.type}, expected ${type}`);
    return found?.type === type;
  });
  const types = [...typed(gold.people, 'person'), ...typed(gold.organizations, 'organization')];

  const titleOk = gold.title === null ? source.titleDerived : !source.titleDerived && normalizeForMatch(source.title) === normalizeForMatch(gold.title);
  if (!titleOk) {
    const what = `title: “${source.title}”${source.titleDerived ? ' (derived)' : ''}, expected ${gold.title === null ? 'a derived title' : `“${gold.title}”`}`;
    errors.push({ kind: 'metadata', hrefs: [source.href], what });
    misses.push(what);
  }

  let outlet: Ratio = { hit: 0, total: 0 };
  if (gold.outlet !== undefined) {
    const ok = gold.outlet === null ? source.outlet === null : source.outlet !== null && outletsMatch(gold.outlet, source.outlet);
    outlet = { hit: ok ? 1 : 0, total: 1 };
    if (!ok) {
      const what = `outlet: ${source.outlet === null ? 'none' : `“${source.outlet}”`}, expected ${gold.outlet === null ? 'none' : `“${gold.outlet}”`}`;
      errors.push({ kind: 'metadata', hrefs: [source.href], what });
      misses.push(what);
    }
  }
  let published: Ratio = { hit: 0, total: 0 };
  if (gold.published !== undefined) {
    const ok = gold.published === source.published;
    published = { hit: ok ? 1 : 0, total: 1 };
    if (!ok) {
      const what = `published: ${source.published ?? 'none'}, expected ${gold.published ?? 'none'}`;
      errors.push({ kind: 'metadata', hrefs: [source.href], what });
      misses.push(what);
    }
  }

  return {
    file: gold.file,
    outlet,
    published,
    times: scoreTimes(gold, times, misses),
    junk: { removed: { hit: junkRemoved.length, total: junkLines.length }, precision: { hit: removedJunk.length, total: removedLines.length } },
    paragraphsKept: { hit: paragraphsKept, total: gold.paragraphs.length },
    headingsKept: { hit: headingsKept, total: gold.headings.length },
    sections: { hit: sectionsRight, total: gold.paragraphs.length },
    quotes: { recall: { hit: quotesFound, total: gold.quotes.length }, precision: { hit: used.size, total: extracted.length } },
    speakers: { hit: speakersRight, total: quotesFound },
    entities: { hit: entitiesFound.length, total: names.length },
    entityTypes: { hit: types.filter(Boolean).length, total: types.length },
    typedEntities: typedEntities(gold, dossier.entities.filter((entity) => entity.mentions.some((mention) => mention.source === source.id)), misses),
    title: { expected: gold.title, got: source.title, derived: source.titleDerived, ok: titleOk },
    errors,
    misses,
  };
}

/**
 * Per type, the gold's names the source's entries give (recall) and the source's entries the gold names (precision): a
 * place typed as a person misses twice, as a place not found and as a person the gold does not list.
 */
function typedEntities(gold: GoldFile, entities: Dossier['entities'], misses: string[]): FileScore['typedEntities'] {
  const wanted: Record<EntityKind, string[]> = { person: gold.people, organization: gold.organizations, place: gold.places };
  const score = (kind: EntityKind) => {
    const mine = entities.filter((entity) => entity.type === kind);
    const found = wanted[kind].filter((name) => mine.some((entity) => namesMatch(name, entity.name, entity.aliases)));
    const right = mine.filter((entity) => wanted[kind].some((name) => namesMatch(name, entity.name, entity.aliases)));
    for (const name of wanted[kind]) if (!found.includes(name)) misses.push(`${kind} not in the source's entries: ${name}`);
    for (const entity of mine) if (!right.includes(entity)) misses.push(`${kind} the gold does not list: ${entity.name}`);
    return { recall: { hit: found.length, total: wanted[kind].length }, precision: { hit: right.length, total: mine.length } };
  };
  return { person: score('person'), organization: score('organization'), place: score('place') };
}

/** Does a wording stand between quotation marks in the text (judged on the text, not on extraction)? */
function isQuotedIn(sourceText: string, wording: string): boolean {
  const haystack = unify(sourceText);
  const needle = unify(wording).replace(/[\s,.;:]+$/, '');
  let index = haystack.indexOf(needle);
  while (index !== -1) {
    if (haystack[index - 1] === '"') return true;
    index = haystack.indexOf(needle, index + 1);
  }
  return false;
}

/** Statements quoted in two or more sources (per the cross-source gold) that the dossier groups as one. */
export function scoreGrouping(dossier: Dossier, entries: CrossSourceEntry[], texts: Map<string, string>): { grouped: Ratio; misses: string[] } {
  const misses: string[] = [];
  let hit = 0;
  let total = 0;
  const fileOf = new Map(dossier.sources.map((source) => [source.id, source.file]));
  for (const entry of entries) {
    const wordings = [...texts.keys()].flatMap((file) => {
      const key = Object.keys(entry).find((candidate) => /^\d+$/.test(candidate) && file.startsWith(candidate));
      return key ? [{ file, text: entry[key] ?? '' }] : [];
    });
    if (wordings.length < 2 || !wordings.every(({ file, text }) => isQuotedIn(texts.get(file) ?? '', text))) continue;
    total++;
    const grouped = dossier.statements.some((statement) =>
      wordings.every(({ file, text }) => statement.occurrences.some((o) => fileOf.get(o.source) === file && quotesMatch(o.text, text))),
    );
    if (grouped) hit++;
    else misses.push(`not grouped (${entry.speaker}): “${(wordings[0]?.text ?? '').slice(0, 60)}”`);
  }
  return { grouped: { hit, total }, misses };
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** One annotated source of a case, for the events measure. */
export interface GoldSource {
  gold: GoldFile;
  sourceId: string;
}

// Words of an annotator's `about` that say what happened: stems of five letters, so that "derailed" meets "derailment".
const aboutWords = (about: string) =>
  new Set(words(about.replace(/\([^)]*\)/gu, '')).filter((word) => word.length >= 4 && !glue.has(word) && !['time', 'date', 'when', 'said', 'with', 'their', 'were', 'from', 'that', 'this'].includes(word)).map((word) => word.slice(0, 5)));

/**
 * Events several sources report, merged into one timeline entry. A gold event is a set of time expressions
 * of different sources with the same gold date and an \`about\` that shares at least half of the shorter
 * one's words (stems); it is merged when one entry holds a telling of it from every source whose
 * expression the pipeline read. Events of which fewer than two sources were read are not counted.
 */
export function scoreEvents(dossier: Dossier, sources: GoldSource[]): { merged: Ratio; mixed: Ratio; misses: string[] } {
  const expressions = sources.flatMap(({ gold, sourceId }) =>
    gold.time_expressions.filter((time) => time.date).map((time) => ({ file: gold.file, sourceId, text: time.text, date: time.date!, about: aboutWords(time.about), label: time.about })),
  );
  // Union-find over expressions of different sources that tell one event.
  const parent = expressions.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  expressions.forEach((a, i) =>
    expressions.forEach((b, j) => {
      if (j <= i || a.file === b.file || a.date !== b.date) return;
      const shared = [...a.about].filter((word) => b.about.has(word)).length;
      if (shared > 0 && shared >= 0.5 * Math.min(a.about.size, b.about.size)) parent[find(j)] = find(i);
    }),
  );
  const events = new Map<number, typeof expressions>();
  expressions.forEach((expression, index) => events.set(find(index), [...(events.get(find(index)) ?? []), expression]));
  // The entry holding each expression's telling: the telling of its source whose expression shares most words
  // with it; among tellings whose expressions share as many ("on Tuesday" said of three happenings), the one
  // whose sentence holds the gold's words, then the one whose sentence says what the gold's `about` says.
  const tellings = dossier.timeline.flatMap((entry) => entry.tellings.map((telling) => ({ entry: entry.id, telling, stems: aboutWords(telling.text) })));
  const tellingOf = (expression: (typeof expressions)[number]) => {
    const key = content(expression.text);
    const literal = normalizeForMatch(expression.text);
    let best: { entry: string; telling: (typeof tellings)[number]['telling'] } | null = null;
    let most = [0, 0, 0];
    for (const { entry, telling, stems } of tellings) {
      if (telling.source !== expression.sourceId) continue;
      const shared = [...content(telling.expression)].filter((word) => key.has(word)).length;
      if (shared === 0) continue;
      const score = [shared, normalizeForMatch(telling.text).includes(literal) ? 1 : 0, [...expression.about].filter((word) => stems.has(word)).length];
      const better = score.findIndex((value, at) => value !== most[at]);
      if (better !== -1 && score[better]! > most[better]!) [best, most] = [{ entry, telling }, score];
    }
    return best;
  };
  const entryOf = (expression: (typeof expressions)[number]) => tellingOf(expression)?.entry ?? null;
  // Where a missed event's expression went: the entry's hash and the date read, or nothing read.
  const wentTo = (expression: (typeof expressions)[number]) => {
    const found = tellingOf(expression);
    return found ? ` → ${found.entry.slice(-6)} ${found.telling.date ?? 'undated'}` : ' → none';
  };
  const misses: string[] = [];
  // The other side: entries that hold tellings of two gold events (same source's expressions told apart by the gold).
  const eventsOf = new Map<string, Set<number>>();
  expressions.forEach((expression, index) => {
    const entry = entryOf(expression);
    if (entry) eventsOf.set(entry, (eventsOf.get(entry) ?? new Set()).add(find(index)));
  });
  const mixedEntries = [...eventsOf.entries()].filter(([, set]) => set.size > 1);
  for (const [entry, set] of mixedEntries) misses.push(`entry ${entry} mixes ${set.size} gold events: ${[...set].map((root) => `${expressions[root]!.date} ${expressions[root]!.label}`).join(' · ')}`);
  const mixed = { hit: mixedEntries.length, total: eventsOf.size };
  let hit = 0;
  let total = 0;
  for (const event of events.values()) {
    const files = new Set(event.map((expression) => expression.file));
    if (files.size < 2) continue;
    // Per source, the entries its expressions of this event went to.
    const bySource = new Map<string, Set<string>>();
    for (const expression of event) {
      const entry = entryOf(expression);
      if (entry) bySource.set(expression.file, (bySource.get(expression.file) ?? new Set()).add(entry));
    }
    if (bySource.size < 2) continue;
    total++;
    const [first, ...rest] = [...bySource.values()];
    if ([...first!].some((entry) => rest.every((entries) => entries.has(entry)))) hit++;
    else misses.push(`event not merged (${event[0]!.date}, ${event[0]!.label}): ${event.map((expression) => `${expression.file.slice(0, 2)}: “${expression.text}”${wentTo(expression)}`).join(' · ')}`);
  }
  return { merged: { hit, total }, mixed, misses };
}
