// The input of a learned second opinion on a paragraph's section: generic features of the paragraph and its
// neighbours (where it stands, how much of it is quoted, who speaks, its tenses, its figures and years, the rules' own
// decision), never the words themselves, and a multinomial logistic regression over them. `scripts/train-sections.ts`
// learns and cross-validates it on the development gold; it did not beat the rules, so the pipeline reads no weights
// and collects these rows only when that script asks (`collected.rows`).
import type { Section } from '../../schemas/dossier.ts';
import type { ClassifyStats } from './classify.ts';

export const sectionNames: Section[] = ['event', 'statement', 'context'];

/** How the paragraph was decided before the model: by the weighing of cues (0), or by a rule of form. */
export type Path = 'classify' | 'heading' | 'list' | 'background' | 'frame';

/** One paragraph as the model reads it. */
export interface Row {
  text: string;
  path: Path;
  rule: Section;
  stats: ClassifyStats | null;
  /** 0 at the first paragraph, near 1 at the last. */
  position: number;
  index: number;
  lede: boolean;
  heading: boolean;
  /** Share of its longer words that the headline and the lede also use. */
  overlap: number;
}

const firstPerson = /\b(?:I|me|my|we|our|us)\b/u;
const currency = /[$€£¥₹]|\b(?:USD|EUR|GBP|dollars?|euros?|pounds|yuan|rupees?|francs?)\b/u;
const percentSign = /\d\s*(?:%|per ?cent\b|pc\b)/iu;
const comparative = /\b(?:more|less|fewer|higher|lower|than|most|largest|biggest|highest|lowest|worst|record)\b/iu;
const question = /\?/u;

const clip = (value: number, top: number) => Math.min(value, top) / top;

/** The paragraph's own features, without its neighbours. */
function own(row: Row): number[] {
  const s = row.stats;
  const branch = s ? s.branch : -1;
  const tense = s ? s.past + s.present : 0;
  const text = row.text;
  const digits = (text.match(/\d+/gu) ?? []).length;
  const words = text.split(/\s+/u).length;
  return [
    row.rule === 'event' ? 1 : 0,
    row.rule === 'statement' ? 1 : 0,
    row.rule === 'context' ? 1 : 0,
    row.path === 'heading' ? 1 : 0,
    row.path === 'list' ? 1 : 0,
    row.path === 'background' ? 1 : 0,
    row.path === 'frame' ? 1 : 0,
    branch === 0 ? 1 : 0,
    branch === 1 ? 1 : 0,
    branch === 2 || branch === 3 ? 1 : 0,
    branch === 4 ? 1 : 0,
    branch === 5 ? 1 : 0,
    branch === 6 ? 1 : 0,
    branch === 7 ? 1 : 0,
    row.position,
    row.index === 0 ? 1 : 0,
    row.index === 1 ? 1 : 0,
    row.lede ? 1 : 0,
    row.heading ? 1 : 0,
    row.overlap,
    s ? s.quoted : 0,
    s && s.quoted > 0 ? 1 : 0,
    s ? clip(s.sentences, 6) : 0,
    clip(words, 80),
    s && s.sentences ? s.official / s.sentences : 0,
    s && s.speakerFirst > 0 ? 1 : 0,
    s && s.acts > 0 ? 1 : 0,
    s?.data ? 1 : 0,
    s ? clip(s.event, 10) : 0,
    s ? clip(s.context, 10) : 0,
    s && tense ? s.past / tense : 0.5,
    s ? clip(tense, 8) : 0,
    s ? clip(s.earlier, 3) : 0,
    s?.coreNamed ? 1 : 0,
    s?.dated ? 1 : 0,
    s?.generic ? 1 : 0,
    s?.statementCue ? 1 : 0,
    s?.intent ? 1 : 0,
    clip(digits, 6),
    percentSign.test(text) ? 1 : 0,
    currency.test(text) ? 1 : 0,
    comparative.test(text) ? 1 : 0,
    firstPerson.test(text) ? 1 : 0,
    question.test(text) ? 1 : 0,
  ];
}

/** Of a neighbour, only what its section says about this one: its decision and how much it quotes. */
function neighbour(row: Row | undefined): number[] {
  if (!row) return [0, 0, 0, 1, 0];
  return [row.rule === 'event' ? 1 : 0, row.rule === 'statement' ? 1 : 0, row.rule === 'context' ? 1 : 0, 0, row.stats ? row.stats.quoted : 0];
}

/** The model's input for each paragraph of one source: a bias, its own features, those of the paragraphs either side. */
export function vectors(rows: Row[]): number[][] {
  return rows.map((row, index) => [1, ...own(row), ...neighbour(rows[index - 1]), ...neighbour(rows[index + 1])]);
}

export interface Weights {
  /** One weight vector per section, in the order of `sectionNames`. */
  weights: number[][];
}

/** The probability of each section. */
export function probabilities(model: Weights, x: number[]): number[] {
  const scores = model.weights.map((w) => w.reduce((sum, weight, index) => sum + weight * (x[index] ?? 0), 0));
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / total);
}

/** Rows collected for training (`scripts/train-sections.ts`), when it asks for them. */
export const collected: { rows: Row[][] | null } = { rows: null };
