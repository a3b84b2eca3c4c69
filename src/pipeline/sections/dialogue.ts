// The lines of an interview, a hearing or a Q&A written as a script: each opens on who speaks and a colon
// ("Hélène Castaing: The amount …", "Question (MPB): Why now?", "Otávio Lacerda (CEO): …", "Pablo, Alicante: …").
// Such a line is that person's words, whatever it tells, once the text shows it is written that way.

// A name in capitals ("Grecu", "Ana Luísa Fontes", "Maria do Céu"), a role or affiliation in brackets, a place after a comma.
const nameWord = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const particle = String.raw`(?:d[aeo]s?|de[lr]?|van|von|der|den|la|le|du|bin|ibn|al|y)`;
// A title in capitals, commas and all ("MINISTER FOR JUSTICE, HOME AFFAIRS AND MIGRATION (FERGAL Ó SÚILLEABHÁIN)").
const capitals = String.raw`\p{Lu}[\p{Lu}\p{M}.'’&-]*(?:,?\s+[\p{Lu}\p{M}.'’&-]+){1,9}`;
const label = new RegExp(
  String.raw`^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(${nameWord}(?:\s+(?:${nameWord}|${particle})){0,4}|${capitals})(?:,\s*${nameWord}(?:\s+${nameWord})?)?(?:\s*\([^)]{1,40}\))?:\s+(?=\S)`,
  'u',
);

const asking = /^(?:Q|A|Question|Answer)$/u;
const fromPlace = new RegExp(String.raw`^${nameWord},\s*${nameWord}(?:\s+${nameWord})?:\s`, 'u');

/** The speaker a line opens on, as its name's words, or null. */
export function speakerLabel(text: string): string[] | null {
  const name = label.exec(text)?.[1];
  return name ? name.split(/\s+/u).map((word) => word.replace(/[.]+$/u, '')) : null;
}

/**
 * Which lines of an article are a script's: the labelled ones, when one speaker opens two lines (a newsletter's kickers,
 * "DONE AT DAWN:", "WHAT’S NEXT:", each stand once). One "Sydney: …" alone is a dateline, not a speaker.
 */
export function dialogueLines(texts: string[]): boolean[] {
  // One word alone ("Update:", "Flashback:") is a speaker only when it opens two lines, the article names it elsewhere, or
  // it asks and answers; a text is a script when one speaker opens two lines.
  const words = texts.map(speakerLabel);
  const keys = words.map((name) => name?.at(-1)?.toLowerCase() ?? null);
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  if (![...counts.values()].some((count) => count >= 2)) return texts.map(() => false);
  // Every word the lines say past their labels, once: a name the article uses of someone is among them.
  const prose = new Set(texts.flatMap((text) => text.replace(label, '').toLowerCase().match(/[\p{L}\p{M}-]+/gu) ?? []));
  const named = (word: string) => word.toLowerCase().split(/['’]/u).every((part) => prose.has(part));
  const lines = words.map((name, index) => {
    if (!name) return false;
    // "Pablo, Alicante: …": a reader's name and town, the way a live page sets out the messages it prints.
    return name.length > 1 || asking.test(name[0]!) || (counts.get(keys[index]!) ?? 0) >= 2 || named(name[0]!) || fromPlace.test(texts[index]!);
  });
  // A speech runs on over paragraphs without a label: a line in the first person right after a speaker's line.
  for (let index = 1; index < lines.length; index++) {
    if (!lines[index] && lines[index - 1] && firstPerson.test(texts[index]!.replace(quoted, ' '))) lines[index] = true;
  }
  // A speech of a few paragraphs between two lines of the script is the speaker's too ("On emergency authorisation, …"),
  // unless a paragraph reports speech ("Mayor Pham said …"): that is the reporter's account between the lines.
  for (let index = 1; index < lines.length; index++) {
    if (lines[index] || !lines[index - 1]) continue;
    let end = index;
    while (end < lines.length && !lines[end] && end - index < 3 && !reported.test(texts[end]!)) end++;
    if (lines[end] && words[end]) for (let at = index; at < end; at++) lines[at] = true;
  }
  return lines;
}

const reported = /\b(?:said|says|told|added|according to)\b/u;
const firstPerson = /\b(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|ll)|my|our|us)\b/u;
const quoted = /“[^”]*”|"[^"]*"|‘[^’]*’(?!\p{L})/gu;

// A title before a name makes the speaker an office-holder ("SEN. NADIA FAROUK", "DEPUTY GARY DUNPHY"), and "THE COURT",
// "AN LEAS-CHEANN COMHAIRLE" name an office: their questions are the office's, not a host's.
const office = /^(?:the|an?|sen|senator|rep|representative|deputy|minister|mayor|governor|president|judge|justice|chair(?:man|woman)?|commissioner|councillor|cllr|mr|mrs|ms|dr)\.?$/iu;

/**
 * Which lines of a script are its host's: in an interview one speaker asks the questions, and their lines lead the
 * interview rather than state anything. The host is the only speaker with a question, named by name (two words in one of
 * their labels, no office before it); none when several speakers ask, as at a hearing or a press conference.
 */
export function hostLines(texts: string[], script: boolean[]): boolean[] {
  const labels = texts.map((text, index) => (script[index] ? speakerLabel(text) : null));
  const keyOf = (words: string[] | null) => words?.at(-1)?.toLowerCase() ?? null;
  const askers = new Set(labels.flatMap((words, index) => (words && texts[index]!.replace(label, '').includes('?') ? [keyOf(words)!] : [])));
  if (askers.size !== 1) return texts.map(() => false);
  const [host] = askers;
  const named = labels.some((words) => keyOf(words) === host && words!.length >= 2 && !office.test(words![0]!));
  const titled = labels.some((words) => keyOf(words) === host && office.test(words![0]!));
  if (!named || titled) return texts.map(() => false);
  return labels.map((words) => keyOf(words) === host);
}
