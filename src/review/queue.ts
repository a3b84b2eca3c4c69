// The review queue: what the machine was least sure of, most important first, each with where it is,
// why it is listed and the YAML that settles it. Read off the Dossier alone (attribution, `why`, removal
// reasons, inferred fields), so `npm run review` and the dev page list the same things.
import { stringify } from 'yaml';
import { foldName } from '../assemble/speakers.ts';
import type { Dossier, Source, Speaker, Statement } from '../schemas/dossier.ts';
import { learnedReason } from '../pipeline/junk/reason.ts';

export interface ReviewEntry {
  kind: 'statement' | 'speaker' | 'names' | 'source' | 'paragraph' | 'line';
  /** Importance: how unsure, times how much of the dossier it touches. */
  weight: number;
  /** Site path of the item. */
  href: string;
  /** The item in a few words. */
  title: string;
  why: string;
  /** Ready to paste into `file`. */
  yaml: string;
  file: 'corrections.yaml' | 'sources.yaml';
}

/**
 * How unsure each way to a speaker is: the ones not listed are taken as read. The weights follow how often
 * each way was wrong on the development corpus (`npm run eval` prints the queue's figures): a quote with
 * no speaker three times in four, a described speaker two in three, a pronoun one in ten, the previous
 * paragraph's speaker one in thirty.
 */
const unsure: Partial<Record<Statement['attribution'], { weight: number; why: string }>> = {
  none: { weight: 10, why: 'no speaker found: no cue such as “X said” near the quote' },
  unnamed: { weight: 8, why: 'the speaker is described, not named' },
  pronoun: { weight: 1.5, why: 'the speaker was found through a pronoun (“she said”), resolved to the nearest fitting name' },
  'previous paragraph': { weight: 1, why: 'the quote has no cue of its own: the speaker is the previous paragraph’s' },
  'outlet report': { weight: 5, why: 'unattributed words in a report that credits another outlet' },
};

/** Removals decided by a line's place among the paragraphs rather than by what it says: a caption, a repeat. */
const weakRemovals = new Set(['photo caption', 'repeated line']);

export function reviewQueue(dossier: Dossier): ReviewEntry[] {
  const named = new Set(dossier.corrections.filter((correction) => correction.kind === 'speaker').flatMap((correction) => [correction.target, ...(correction.machine ?? '').split('; ')]).map(foldName));
  const entries = [
    ...statementEntries(dossier),
    ...surnameEntries(dossier, named),
    ...partialNameEntries(dossier, named),
    ...nearNameEntries(dossier, named),
    ...dossier.sources.flatMap(sourceEntries),
    ...dossier.sources.flatMap(paragraphEntries),
    ...dossier.sources.flatMap(lineEntries),
  ];
  return entries.sort((a, b) => b.weight - a.weight || a.href.localeCompare(b.href));
}

const excerpt = (text: string, length = 70) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);
const yaml = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();
const outletsOf = (statement: Statement) => new Set(statement.occurrences.map((occurrence) => occurrence.source)).size;

function statementEntries(dossier: Dossier): ReviewEntry[] {
  const speakers = new Map(dossier.speakers.map((speaker) => [speaker.id, speaker]));
  return dossier.statements.flatMap((statement) => {
    const doubt = unsure[statement.attribution];
    if (!doubt) return [];
    const speaker = speakers.get(statement.speaker);
    const known = speaker && speaker.type !== 'unknown' ? speaker.name : null;
    const guess = known ?? nearestSpeaker(dossier, statement, speakers);
    const snippet = yaml({ statements: { [statement.id]: guess ? { speaker: guess } : { drop: 'not reported speech' } } });
    const alternative = guess ? `\n# or, when these are no one's words: { drop: not reported speech }` : `\n# or, with the speaker's name: { speaker: Full Name }`;
    return [{
      kind: 'statement' as const,
      weight: doubt.weight * outletsOf(statement),
      href: statement.href,
      title: `“${excerpt(statement.text)}” (${known ?? 'no speaker'})`,
      why: `${doubt.why}${known ? `; given to ${known}` : ''}. Confirm or correct the speaker.`,
      yaml: `${snippet}${alternative}`,
      file: 'corrections.yaml' as const,
    }];
  });
}

/** The speaker of the nearest statement before this one in its first source: the likeliest guess. */
function nearestSpeaker(dossier: Dossier, statement: Statement, speakers: Map<string, Speaker>): string | null {
  const first = statement.occurrences[0];
  if (!first) return null;
  let best: { start: number; name: string } | null = null;
  for (const other of dossier.statements) {
    const speaker = speakers.get(other.speaker);
    if (!speaker || speaker.type === 'unknown') continue;
    for (const occurrence of other.occurrences) {
      if (occurrence.source === first.source && occurrence.start < first.start && (!best || occurrence.start > best.start)) best = { start: occurrence.start, name: speaker.name };
    }
  }
  return best?.name ?? null;
}

function statementCounts(dossier: Dossier): Map<string, number> {
  const counts = new Map<string, number>();
  for (const statement of dossier.statements) counts.set(statement.speaker, (counts.get(statement.speaker) ?? 0) + 1);
  return counts;
}

/** A person known by one name only: a surname, or a name the machine could not complete. */
function surnameEntries(dossier: Dossier, named: Set<string>): ReviewEntry[] {
  const counts = statementCounts(dossier);
  return dossier.speakers.flatMap((speaker) => {
    if (speaker.type !== 'person' || speaker.name.trim().includes(' ') || named.has(foldName(speaker.name))) return [];
    const full = dossier.entities.find((entity) => entity.type === 'person' && entity.name.includes(' ') && entity.name.split(/\s+/u).at(-1) === speaker.name)?.name;
    return [{
      kind: 'speaker' as const,
      weight: 5 * (counts.get(speaker.id) ?? 1),
      href: speaker.href,
      title: `${speaker.name} (${counts.get(speaker.id) ?? 0} statements)`,
      why: `a person known by one name only${full ? `; the sources name ${full}` : ''}. Give the full name, and merge the surname into it.`,
      yaml: yaml({ speakers: [{ name: full ?? `Firstname ${speaker.name}`, aliases: [speaker.name], type: 'person' }] }),
      file: 'corrections.yaml' as const,
    }];
  });
}

const nameWords = (name: string) => foldName(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Words a whole name does not end with: a name cut short ("Department of"). */
const dangling = new Set(['of', 'for', 'and', 'the', 'on', 'to', 'in', 'de', 'du', 'des', 'la', 'del', 'der', 'und', 'et', 'y']);

/**
 * An organisation known by part of a name: a name cut short ("Department of"), or the words of a longer
 * name the sources give ("Regulatory Agency" in "Medicines Regulatory Agency"): perhaps the machine
 * kept a fragment of the speaker's name.
 */
function partialNameEntries(dossier: Dossier, named: Set<string>): ReviewEntry[] {
  const counts = statementCounts(dossier);
  const longer = dossier.entities.filter((entity) => entity.type !== 'person').map((entity) => ({ name: entity.name, words: nameWords(entity.name) }));
  return dossier.speakers.flatMap((speaker) => {
    if (speaker.type !== 'organization' || named.has(foldName(speaker.name))) return [];
    const words = nameWords(speaker.name);
    if (words.length === 0) return [];
    const cut = dangling.has(words.at(-1)!);
    const within = (candidate: string[]) => candidate.length > words.length && candidate.some((_, at) => words.every((word, index) => candidate[at + index] === word));
    const full = longer.filter((entity) => within(entity.words)).sort((a, b) => a.words.length - b.words.length)[0]?.name;
    if (!cut && !full) return [];
    return [{
      kind: 'speaker' as const,
      weight: 5 * (counts.get(speaker.id) ?? 1),
      href: speaker.href,
      title: `${speaker.name} (${counts.get(speaker.id) ?? 0} statements)`,
      why: `${cut ? 'an organisation whose name is cut short' : `an organisation known by part of a name; the sources name ${full}`}. Give the full name, and merge this one into it.`,
      yaml: yaml({ speakers: [{ name: full ?? `${speaker.name} …`, aliases: [speaker.name], type: 'organization' }] }),
      file: 'corrections.yaml' as const,
    }];
  });
}

/** Two speakers whose names differ by one letter: perhaps one person, spelled two ways. */
function nearNameEntries(dossier: Dossier, named: Set<string>): ReviewEntry[] {
  const counts = statementCounts(dossier);
  const speakers = dossier.speakers.filter((speaker) => speaker.type !== 'unknown' && !named.has(foldName(speaker.name)));
  // Names one edit apart share a name with one letter deleted: found through a map, not every pair.
  const byDeletion = new Map<string, Speaker[]>();
  const pairs = new Map<string, [Speaker, Speaker]>();
  for (const speaker of speakers) {
    const name = foldName(speaker.name);
    if (name.length < 4) continue;
    const keys = new Set([name, ...[...name].map((_, index) => name.slice(0, index) + name.slice(index + 1))]);
    for (const key of keys) {
      for (const other of byDeletion.get(key) ?? []) if (other !== speaker && foldName(other.name) !== name) pairs.set(`${other.id} ${speaker.id}`, [other, speaker]);
      byDeletion.set(key, [...(byDeletion.get(key) ?? []), speaker]);
    }
  }
  return [...pairs.values()].map(([a, b]) => {
    const [main, other] = (counts.get(b.id) ?? 0) > (counts.get(a.id) ?? 0) ? [b, a] : [a, b];
    return {
      kind: 'names' as const,
      weight: 7 * Math.min(counts.get(a.id) ?? 1, counts.get(b.id) ?? 1),
      href: main.href,
      title: `${main.name} / ${other.name}`,
      why: 'two speakers whose names differ by one letter: perhaps one person spelled two ways. Merge them when they are one (or keep the one name to mark them checked).',
      yaml: yaml({ speakers: [{ name: main.name, aliases: [other.name] }] }),
      file: 'corrections.yaml' as const,
    };
  });
}

const metaFields: Record<string, { label: string; of: (source: Source) => string | null }> = {
  title: { label: 'headline', of: (source) => source.title },
  outlet: { label: 'outlet', of: (source) => source.outlet },
  published: { label: 'date', of: (source) => source.published },
};

/** A source whose headline, outlet or date was read off the text (or not found): the manifest settles it. */
function sourceEntries(source: Source): ReviewEntry[] {
  const fields = Object.keys(metaFields).filter((field) => source.inferred.includes(field) || (field === 'title' && source.titleDerived) || (field !== 'title' && !metaFields[field]?.of(source)));
  if (fields.length === 0) return [];
  const entry = Object.fromEntries(fields.map((field) => [field, metaFields[field]?.of(source) ?? (field === 'published' ? 'YYYY-MM-DD' : 'UNKNOWN')]));
  const described = fields.map((field) => {
    const value = metaFields[field]?.of(source);
    const how = field === 'title' && source.titleDerived ? 'made from the first paragraph' : value ? `inferred as “${excerpt(value, 50)}”` : 'not found';
    return `${metaFields[field]?.label} ${how}`;
  });
  return [{
    kind: 'source',
    weight: 2 * fields.length,
    href: source.href,
    title: `${source.file}: ${excerpt(source.title, 50)}`,
    why: `${described.join("; ")}. Confirm or correct the values in the manifest (merge them into the file's entry if it has one).`,
    yaml: yaml({ [source.file]: entry }),
    file: 'sources.yaml',
  }];
}

/** A paragraph whose section was a close call: the event and context scores one point apart or less. */
function paragraphEntries(source: Source): ReviewEntry[] {
  return source.paragraphs.flatMap((paragraph) => {
    if (paragraph.corrected) return [];
    const score = /^event (\d+) vs context (\d+)$/u.exec(paragraph.why.at(-1) ?? '');
    if (!score) return [];
    const [event, context] = [Number(score[1]), Number(score[2])];
    if (Math.abs(event - context) > 1) return [];
    const other = paragraph.section === 'event' ? 'context' : 'event';
    return [{
      kind: 'paragraph' as const,
      weight: 2,
      href: paragraph.href,
      title: `${source.id} ¶ line ${paragraph.line}: ${excerpt(paragraph.text, 60)}`,
      why: `a close call between event (${event}) and context (${context}): filed under ${paragraph.section}. Confirm it, or move it to ${other}.`,
      yaml: yaml({ paragraphs: { [`${source.id}#${paragraph.id}`]: { section: other } } }) + `\n# or, to confirm: { section: ${paragraph.section} }`,
      file: 'corrections.yaml' as const,
    }];
  });
}

/** A line of prose removed for its place or shape rather than for what it says, and every line the furniture model removed. */
function lineEntries(source: Source): ReviewEntry[] {
  return source.removed.flatMap((line) => {
    if (line.corrected) return [];
    const learned = line.reason.startsWith(learnedReason);
    if (!learned && (!weakRemovals.has(line.reason) || line.text.split(/\s+/u).length < 8)) return [];
    return [{
      kind: 'line' as const,
      // The model's before the rules' (on real pages about one in six of its removals was article text); the rules' last
      // in the queue: on the development corpus these removals were right every time.
      weight: learned ? 2 : 1,
      href: `${source.href}#removed-${line.line}`,
      title: `${source.id} line ${line.line}: ${excerpt(line.text, 60)}`,
      why: learned
        ? `removed by the furniture model (“${line.reason}”), not by a rule: the line looks like the page's furniture to a model learned from labelled pages. Keep it if it is the article's text.`
        : `removed as “${line.reason}”, judged by its place in the page, though it reads as a sentence. Keep it if it is the article's text.`,
      yaml: yaml({ lines: { [`${source.id}:${line.line}`]: { keep: true } } }) + '\n# or, to confirm the removal: { keep: false }',
      file: 'corrections.yaml' as const,
    }];
  });
}
