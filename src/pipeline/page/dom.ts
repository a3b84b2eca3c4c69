// A server-side DOM for a page (linkedom), loaded on first use: a build of pasted text never pays for it.
import { createRequire } from 'node:module';

type Linkedom = typeof import('linkedom');
let linkedom: Linkedom | undefined;

/** The page as a DOM document. */
export function parseDocument(html: string): Document {
  linkedom ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return linkedom.parseHTML(html).document as unknown as Document;
}

/** Text as a reader sees it: white space collapsed, NFC. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u200b]+/gu, ' ').trim().normalize('NFC');
}
