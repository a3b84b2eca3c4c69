// A web page's bytes as text: the charset the HTTP header declares, else a byte-order mark, else the
// `<meta charset>` (or http-equiv) the page declares near its top, else UTF-8 with Windows-1252 as
// the fallback for bytes that are not UTF-8, as browsers do for pages saved by older tools.

export interface DecodedPage {
  html: string;
  /** The encoding the text was read in, as TextDecoder names it. */
  encoding: string;
  /** Where the encoding came from. */
  declared: 'header' | 'bom' | 'meta' | 'none';
  warnings: string[];
}

export function decodePage(bytes: Uint8Array, contentType?: string | null): DecodedPage {
  const warnings: string[] = [];
  const bom = bomOf(bytes);
  const candidates: Array<[DecodedPage['declared'], string | null]> = [
    ['header', charsetOf(contentType ?? '')],
    ['bom', bom],
    ['meta', metaCharsetOf(bytes)],
  ];
  for (const [declared, label] of candidates) {
    if (!label) continue;
    const decoder = decoderFor(label);
    if (decoder) return { html: decoder.decode(bytes), encoding: decoder.encoding, declared, warnings };
    warnings.push(`Unexpected charset "${label}" (declared in the ${declared === 'header' ? 'HTTP header' : 'page'}), expected one a browser knows: read as UTF-8.`);
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', declared: 'none', warnings };
  } catch {
    warnings.push('Unexpected bytes that are not UTF-8 in a page that declares no charset, expected UTF-8: read as Windows-1252.');
    return { html: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', declared: 'none', warnings };
  }
}

/** `text/html; charset=ISO-8859-1` → `ISO-8859-1`. */
export function charsetOf(contentType: string): string | null {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1] ?? null;
}

function bomOf(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset a page declares in its first 1,024 bytes (the prescan browsers do), read as ASCII. */
function metaCharsetOf(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}
