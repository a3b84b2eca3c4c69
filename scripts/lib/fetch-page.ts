// Fetching a web page for `npm run add`: redirects followed, a timeout over the whole answer, and a
// CasefileError naming the address for each way it can fail (status, timeout, not HTML, network).
import { CasefileError, errors } from '../../src/errors.ts';

export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string | null;
  /** Where the page was found, after redirects. */
  url: string;
}

export interface FetchOptions {
  /** Over the whole exchange, body included. */
  timeoutMs?: number;
}

const userAgent = 'Mozilla/5.0 (compatible; casefile; +https://github.com/) reader';

export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { redirect: 'follow', signal, headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' } });
    if (!response.ok) {
      await response.body?.cancel();
      throw errors.httpStatus(url, response.status, response.statusText);
    }
    const contentType = response.headers.get('content-type');
    if (contentType && !/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType)) {
      await response.body?.cancel();
      throw errors.notHtml(url, contentType.split(';')[0]?.trim() ?? contentType);
    }
    return { bytes: new Uint8Array(await response.arrayBuffer()), contentType, url: response.url || url };
  } catch (error) {
    if (signal.aborted) throw errors.timeout(url, timeoutMs / 1000);
    if (error instanceof CasefileError) throw error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw errors.fetchFailed(url, cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)));
  }
}
