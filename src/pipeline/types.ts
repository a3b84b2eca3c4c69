// Shapes shared by the per-source stages: what travels on the tree (`node.data`) and in `file.data`,
// and the SourceRecord that the per-source pipeline hands to the cross-source assembly.
import type { Attribution, Corrected, Section, SpeakerType } from '../schemas/dossier.ts';

export type { Attribution };

/** Who a quote is attributed to, as resolved inside one source. */
export interface SpeakerMention {
  /** Canonical name: a person's full name, an agency's common name, an outlet's name, or 'unknown'. */
  name: string;
  type: SpeakerType;
  role: string | null;
  affiliation: string | null;
  /** Other names for the same speaker seen in this source (surname, acronym, long form). */
  aliases: string[];
  /** Set by corrections.yaml (src/corrections): the values its speaker entry fixes, and the machine's name. */
  corrected?: { machine: string; machineRole: string | null; role: string | null; affiliation: string | null; type: SpeakerType | null };
}

/** One span in quotation marks that is reported speech or writing. */
export interface QuoteMention {
  /** Exactly what stands between the marks. */
  text: string;
  /** Offsets of `text` in the decoded source (file.value). */
  start: number;
  end: number;
  speaker: SpeakerMention;
  /** The attributing words, e.g. "said in a statement", or null. */
  cue: string | null;
  /** How the speaker was found (src/pipeline/quotes/how.ts); records made by hand may leave it out. */
  attribution?: Attribution;
  /** The machine's speaker and attribution, when corrections.yaml reattributed the quote. */
  machine?: { speaker: string; attribution: Attribution };
}


/** A time expression, resolved against the publication date where one is known. */
export interface TimeMention {
  text: string;
  start: number;
  end: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when it cannot be placed. */
  date: string | null;
  approximate: boolean;
}

/** A number with what it counts, e.g. "more than 183,000 migrants". */
export interface FigureMention {
  text: string;
  start: number;
  end: number;
}

/** A named person, organisation or place. */
export interface EntityMention {
  name: string;
  type: 'person' | 'organization' | 'place';
  text: string;
  start: number;
  end: number;
  aliases: string[];
}

/** What the stages put on a paragraph node's `data`. */
export interface CasefileParagraphData {
  id?: string;
  section?: Section;
  why?: string[];
  quotes?: QuoteMention[];
  times?: TimeMention[];
  figures?: FigureMention[];
  entities?: EntityMention[];
  /** Id of the heading this paragraph stands under. */
  heading?: string | null;
  /** The furniture model's probability that the line is page furniture (set by the junk stage on lines it keeps). */
  furniture?: number;
}

export interface RemovedLine {
  text: string;
  reason: string;
  line: number;
  start: number;
  end: number;
}

/** Manifest entry or inferred metadata for one source. */
export interface SourceMeta {
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  title: string | null;
  byline: string | null;
  dateline: string | null;
  /** Names of the fields above that were read off the text rather than given in the manifest. */
  inferred: string[];
  /** A dateline without a year ("LYON, May 4 (Wire) —") dated the text with the year of the case's other sources. */
  yearFromCase?: boolean;
  /** A dateline without a year dated by the latest year the article's own text names (no date line or copyright line gave one): the case's dates, when known, decide instead. */
  yearFromText?: boolean;
  /** No date of its own: the day most of the case's other sources were written around (the latest of the busiest week), to read its relative times against, approximately. */
  caseDay?: string;
  /** "Tuesday 24 November": a line that gives the day the page stands under without its year (a live page's day heading), when nothing else dates it. */
  dayLine?: string;
  /** "11/02/2027": the other reading of a date in numbers the text did not decide between (day first or month first). */
  publishedEither?: string;
  /** When the text republishes another outlet's article: that outlet, and what the manifest knows of the original. */
  republishedFrom?: { outlet: string; url: string | null; published: string | null } | null;
}

declare module 'vfile' {
  interface DataMap {
    /** The seed's file name. */
    fileName: string;
    /** Stable source id, derived from the file name. */
    sourceId: string;
    /** Content digest of the seed's bytes. */
    digest: string;
    meta: SourceMeta;
    title: { text: string; derived: boolean };
    removed: RemovedLine[];
    /** Line numbers corrections.yaml keeps whatever the junk classifier says. */
    keep?: number[];
    /** The lines kept that way, with the reason they would have been removed for. */
    kept?: RemovedLine[];
    /** The dates the case's other sources were written, for a dateline without a year. */
    caseDates?: string[];
  }
}

declare module 'mdast' {
  interface ParagraphData extends CasefileParagraphData {}
  interface HeadingData {
    id?: string;
    /** The furniture model's probability, carried over from the paragraph the structure stage made a heading of. */
    furniture?: number;
  }
}

/** The per-source pipeline's result: plain data, cacheable by the seed's digest. */
export interface SourceRecord {
  id: string;
  file: string;
  digest: string;
  text: string;
  title: string;
  titleDerived: boolean;
  meta: SourceMeta;
  headings: Array<{ id: string; text: string; line: number }>;
  paragraphs: Array<{
    id: string;
    text: string;
    start: number;
    end: number;
    line: number;
    heading: string | null;
    section: Section;
    why: string[];
    quotes: QuoteMention[];
    times: TimeMention[];
    figures: FigureMention[];
    entities: EntityMention[];
    /** Set by corrections.yaml (src/corrections). */
    corrected?: Corrected;
  }>;
  removed: Array<RemovedLine & { corrected?: Corrected }>;
  /** Lines the junk classifier would have removed, kept because corrections.yaml says they are article text. */
  kept?: RemovedLine[];
  messages: Array<{ line: number; column: number; ruleId: string; message: string; fatal: boolean }>;
}
