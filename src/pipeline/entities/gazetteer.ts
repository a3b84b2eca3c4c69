// Country names and short names ("UK", "US") from the runtime's own CLDR data (Intl.DisplayNames), built once.

let countries: Map<string, string> | undefined;

/** Fold case and diacritics so "Curaçao" and "curacao" meet. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
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
}

/** The country's English name for a name or short name, or undefined. */
export function countryNamed(name: string): string | undefined {
  if (!countries) build();
  // Most names are plain ASCII: skip the Unicode folding for them.
  return countries!.get(/^[\x20-\x7e]*$/.test(name) ? name.toLowerCase() : fold(name));
}
