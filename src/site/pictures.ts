// The overview's two pictures, laid out at build time as a list of marks (text, circles, rules) that
// Picture.astro draws as inline SVG: no script, colours from the page's palette (so dark mode and print
// follow), a row's label above its marks so that the picture stays readable when a phone scales it down.

/** Outlets × key facts and statements: which outlet reports what. */
export interface Coverage {
  /** The outlets drawn as columns, those that gave the most sources first. */
  columns: string[];
  /** Outlets beyond the columns, counted together in a last column. */
  others: number;
  total: number;
  rows: Array<{ label: string; kind: 'fact' | 'statement'; reporting: boolean[]; others: number; outlets: number }>;
}

/** Statements per speaker, and how many of them each outlet carries. */
export interface Speaking {
  columns: string[];
  others: number;
  rows: Array<{ name: string; role: string | null; statements: number; byOutlet: number[]; others: number }>;
  moreSpeakers: number;
}

export type Mark =
  | { kind: 'text'; x: number; y: number; text: string; className?: string; anchor?: 'start' | 'middle' | 'end'; rotate?: boolean }
  | { kind: 'circle'; x: number; y: number; r: number; className: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; className: string };

export interface Picture {
  width: number;
  height: number;
  marks: Mark[];
}

const column = 22;
const row = 40;
const charWidth = 6.6;
const minWidth = 320;
const outletChars = 16;

/** Cut to `chars` characters at a word, with an ellipsis. */
export function truncate(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const cut = text.slice(0, chars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > chars / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** The outlets' names, written upwards above their columns, and the width the columns take. */
function header(columns: string[], others: number, right: number): { marks: Mark[]; height: number; width: number } {
  const names = [...columns.map((name) => truncate(name, outletChars)), ...(others > 0 ? [`${others} more`] : [])];
  const height = Math.ceil(Math.max(...names.map((name) => name.length), 4) * charWidth) + 12;
  const marks: Mark[] = names.map((name, index) => ({ kind: 'text', x: index * column + column / 2 + 4, y: height - 6, text: name, className: 'outlet', rotate: true }));
  return { marks, height, width: Math.max(minWidth, names.length * column + right) };
}

export function coverageLayout(coverage: Coverage): Picture {
  const top = header(coverage.columns, coverage.others, 70);
  const marks: Mark[] = [...top.marks];
  const chars = Math.floor(top.width / charWidth);
  let y = top.height;
  let kind: string | null = null;
  for (const entry of coverage.rows) {
    if (entry.kind !== kind) {
      kind = entry.kind;
      marks.push({ kind: 'line', x1: 0, y1: y + 4, x2: top.width, y2: y + 4, className: 'rule' });
      marks.push({ kind: 'text', x: 0, y: y + 20, text: kind === 'fact' ? 'Key facts' : 'Key statements', className: 'group' });
      y += 26;
    }
    marks.push({ kind: 'text', x: 0, y: y + 14, text: truncate(entry.label, chars) });
    const dots = y + 28;
    entry.reporting.forEach((reports, index) => {
      const x = index * column + column / 2;
      marks.push(reports ? { kind: 'circle', x, y: dots, r: 6.5, className: 'on' } : { kind: 'circle', x, y: dots, r: 4.5, className: 'off' });
    });
    let end = entry.reporting.length * column;
    if (coverage.others > 0) {
      marks.push({ kind: 'text', x: end + column / 2, y: dots + 4, text: entry.others > 0 ? `+${entry.others}` : '–', anchor: 'middle', className: 'muted' });
      end += column;
    }
    marks.push({ kind: 'text', x: end + 8, y: dots + 4, text: `${entry.outlets} of ${coverage.total}`, className: entry.outlets === 1 && coverage.total > 1 ? 'single' : 'muted' });
    y += row;
  }
  return { width: top.width, height: y + 6, marks };
}

export function speakingLayout(speaking: Speaking): Picture {
  const top = header(speaking.columns, speaking.others, 40);
  const marks: Mark[] = [...top.marks];
  const chars = Math.floor(top.width / charWidth);
  const most = Math.max(1, ...speaking.rows.flatMap((entry) => [...entry.byOutlet, entry.others]));
  let y = top.height;
  marks.push({ kind: 'line', x1: 0, y1: y + 4, x2: top.width, y2: y + 4, className: 'rule' });
  y += 8;
  for (const entry of speaking.rows) {
    const label = `${entry.name}${entry.role ? `, ${entry.role}` : ''}`;
    const count = ` · ${entry.statements} statement${entry.statements === 1 ? '' : 's'}`;
    marks.push({ kind: 'text', x: 0, y: y + 14, text: `${truncate(label, chars - count.length)}${count}` });
    const dots = y + 28;
    [...entry.byOutlet, ...(speaking.others > 0 ? [entry.others] : [])].forEach((value, index) => {
      const x = index * column + column / 2;
      if (value === 0) return marks.push({ kind: 'circle', x, y: dots, r: 2, className: 'none' });
      // The area of the disc is the count; the count is written on it, so that size is not the only sign.
      marks.push({ kind: 'circle', x, y: dots, r: 7 + 3.5 * Math.sqrt(value / most), className: 'bubble' });
      marks.push({ kind: 'text', x, y: dots + 4, text: String(value), anchor: 'middle', className: 'count' });
    });
    y += row;
  }
  return { width: top.width, height: y + 6, marks };
}
