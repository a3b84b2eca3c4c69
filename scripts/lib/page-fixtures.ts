// The fixture pages of `tests/fixtures/pages/<name>/` (page.html and its gold.json), served on 127.0.0.1
// with the answers a real site can give besides a page: a 404, a redirect, a slow server, a PDF, and a
// page whose charset only the HTTP header declares. Used by the tests and by `npm run add:eval`.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { root } from './ingest.ts';

export const fixturesDir = path.join(root, 'tests', 'fixtures', 'pages');

export interface Gold {
  about: string;
  /** Only what the page declares; "{served}" stands for the address it was served at. */
  metadata?: Partial<Record<'title' | 'outlet' | 'published' | 'url' | 'language' | 'byline', string>> & { republishedFrom?: { outlet: string; url?: string } };
  paragraphs?: string[];
  furniture?: string[];
  /** The CasefileError code the page must give instead of an article. */
  error?: string;
}

export interface Fixture {
  name: string;
  html: Buffer;
  gold: Gold;
}

export function fixtures(): Fixture[] {
  return readdirSync(fixturesDir).sort().map((name) => ({
    name,
    html: readFileSync(path.join(fixturesDir, name, 'page.html')),
    gold: JSON.parse(readFileSync(path.join(fixturesDir, name, 'gold.json'), 'utf8')) as Gold,
  }));
}

export interface FixtureServer {
  base: string;
  close: () => Promise<void>;
}

/** `slowMs`: how long `/slow/` waits before it answers. */
export async function serveFixtures(slowMs = 3000): Promise<FixtureServer> {
  const pages = new Map(fixtures().map((fixture) => [`/${fixture.name}/`, fixture.html]));
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    const page = pages.get(url);
    if (page) return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (url === '/latin1-header/') {
      // The same Windows-1252 bytes, the charset declared by the server alone.
      const bytes = Buffer.from((pages.get('/latin1/') ?? Buffer.alloc(0)).toString('latin1').replace(/<meta http-equiv="Content-Type"[^>]*>/i, ''), 'latin1');
      return void response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(bytes);
    }
    if (url === '/moved/') return void response.writeHead(301, { location: '/wire-jsonld/' }).end();
    if (url === '/report.pdf') return void response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n');
    if (url === '/slow/') {
      const timer = setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(pages.get('/wire-jsonld/')), slowMs);
      timers.add(timer);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/html' }).end('<html><body><h1>Page not found</h1></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
