// The rows `scripts/train-speakers.ts` learns from: collected only when asked, one per quotation, each listing nobody,
// the rules' pick and the others named near it with one feature vector apiece; the same text gives the same speakers
// either way, and the script's override (its measurements only) puts another candidate in place of the rules' pick.
import { describe, expect, it } from 'vitest';
import { processSource } from '../src/pipeline/index.ts';
import { collected, probabilities } from '../src/pipeline/quotes/model.ts';

const text = [
  'Ferry halted after engine fire near Ostrava Bay',
  '',
  'A passenger ferry was towed back to port on Sunday after a fire in its engine room, the operator Baltmere Lines said.',
  '',
  '“The crew put the fire out within minutes and nobody was hurt,” said Tomasz Verhoek, the company’s operations director.',
  '',
  'The harbour master, Lidia Aranzabal, said the vessel would stay in dock until inspectors had seen it.',
  '',
  '“We will not let it sail again before every check is done,” she said.',
  '',
].join('\n');

function read() {
  return processSource({ fileName: 'ferry.txt', bytes: new TextEncoder().encode(text) });
}

const speakersOf = (record: ReturnType<typeof read>) => record.paragraphs.flatMap((paragraph) => paragraph.quotes.map((quote) => quote.speaker.name));

describe('speaker model rows', () => {
  it('are collected only when asked, and do not change the speakers', () => {
    const plain = read();
    expect(speakersOf(plain)).toEqual(['Tomasz Verhoek', 'Lidia Aranzabal']);
    expect(collected.rows).toBeNull();
    collected.rows = [];
    const record = read();
    const rows = collected.rows.flat();
    collected.rows = null;
    expect(speakersOf(record)).toEqual(speakersOf(plain));
    expect(rows.map((row) => row.names[row.rule]?.name)).toEqual(['Tomasz Verhoek', 'Lidia Aranzabal']);
    // Nobody first; the second quotation may also go to the man quoted before it.
    expect(rows.every((row) => row.names[0]?.name === 'unknown')).toBe(true);
    expect(rows[1]!.names.map((candidate) => candidate.name)).toContain('Tomasz Verhoek');
    const widths = new Set(rows.flatMap((row) => row.x.map((x) => x.length)));
    expect(widths.size).toBe(1);
    const p = probabilities(rows[1]!.x[0]!.map(() => 0), rows[1]!.x);
    expect(p.every((value) => Math.abs(value - 1 / rows[1]!.x.length) < 1e-9)).toBe(true);
  });

  it('lets the training script put another candidate in place of the rules’ pick', () => {
    collected.rows = [];
    read();
    const names = collected.rows.flat().map((row) => row.names.map((candidate) => candidate.name));
    collected.rows = null;
    const other = names[1]!.indexOf('Tomasz Verhoek');
    let quotation = 0;
    collected.choose = (_x, rule) => (quotation++ === 1 ? other : rule);
    try {
      expect(speakersOf(read())).toEqual(['Tomasz Verhoek', 'Tomasz Verhoek']);
    } finally {
      collected.choose = null;
    }
  });
});
