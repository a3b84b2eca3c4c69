// The manifest: a valid one becomes metadata per seed; every problem is reported, each naming the
// manifest file, its line, the seed entry and the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CasefileError } from '../src/errors.ts';
import { parseManifest } from '../src/pipeline/manifest.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/manifest/${name}`, import.meta.url), 'utf8');
const seeds = ['a.txt', 'b.txt', 'c.txt'];

describe('manifest', () => {
  it('reads every field, with full and partial dates', () => {
    const { sources, errors } = parseManifest(fixture('valid.yaml'), 'seeds/sources.yaml', seeds);
    expect(errors).toEqual([]);
    expect(sources).toEqual({
      'a.txt': {
        outlet: 'Example Daily',
        url: 'https://example.org/news/storm',
        published: '2024-03-05',
        title: 'Storm cuts power to thousands',
        language: 'en-GB',
      },
      'b.txt': { published: '2024-03' },
      'c.txt': { published: '2024', republishedFrom: { outlet: 'Example Wire', url: null, published: '2024-03-04' } },
    });
  });

  it('reports every problem with the file, the line, the entry and the field', () => {
    const { sources, errors } = parseManifest(fixture('invalid.yaml'), 'seeds/sources.yaml', seeds);
    expect(sources).toEqual({});
    expect(errors.every((error) => error instanceof CasefileError && error.file === 'seeds/sources.yaml')).toBe(true);
    const printed = errors.map(String);
    expect(printed).toEqual([
      expect.stringMatching(/^seeds\/sources\.yaml:2: .*field "published": entry "a\.txt": Unexpected value, expected a date as YYYY, YYYY-MM or YYYY-MM-DD/),
      expect.stringMatching(/^seeds\/sources\.yaml:3: .*field "url": entry "a\.txt": Unexpected value, expected an absolute URL/),
      expect.stringMatching(/^seeds\/sources\.yaml:4: .*field "publisher": entry "a\.txt": Unexpected field, expected one of outlet, url/),
      expect.stringMatching(/^seeds\/sources\.yaml:5: .*entry "b\.txt": Unexpected value, expected a mapping of fields/),
      expect.stringMatching(/^seeds\/sources\.yaml:8: .*field "republishedFrom\.outlet": entry "c\.txt": Unexpected missing field/),
      expect.stringMatching(/^seeds\/sources\.yaml:9: .*Unexpected entry "gone\.txt", expected the file name of a seed/),
    ]);
  });

  it('reports broken YAML instead of throwing', () => {
    const { errors } = parseManifest('a.txt:\n  outlet: [unclosed\n', 'seeds/sources.yaml', seeds);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/Unexpected YAML syntax/);
  });

  it('accepts an empty manifest', () => {
    expect(parseManifest('# nothing known yet\n', 'seeds/sources.yaml', seeds)).toEqual({ sources: {}, errors: [] });
  });
});
