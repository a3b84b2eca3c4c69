// Country names and short names ("UK", "US") from the runtime's own CLDR data (Intl.DisplayNames), built once.

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
  const others: Array<[string, string]> = [['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'], ['England', 'England'], ['Scotland', 'Scotland'], ['Wales', 'Wales'], ['Northern Ireland', 'Northern Ireland'], ['America', 'United States']];
  for (const [other, name] of others) countries.set(fold(other), name);
}

/** The country's English name for a name or short name, or undefined. */
export function countryNamed(name: string): string | undefined {
  if (!countries) build();
  // Most names are plain ASCII: skip the Unicode folding for them.
  return countries!.get(/^[\x20-\x7e]*$/.test(name) ? name.toLowerCase() : fold(name));
}
