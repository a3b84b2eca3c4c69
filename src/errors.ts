// The one catalogue of errors casefile reports to a user: what happened, why, and what to do.

export class CasefileError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'CasefileError';
  }

  /** `file:line: message` (`file:line:col:` when the column is known), the way the command line prints it. */
  override toString(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : ''}: ` : '';
    return `${where}${this.message}`;
  }
}

export const errors = {
  badPageBudget: (value: string) =>
    new CasefileError('bad-page-budget', `CASEFILE_PAGE_BYTES is "${value}": expected a whole number of bytes of at least 2000 (the default is 150000), or leave it unset.`),
  noSeeds: (folder: string) =>
    new CasefileError(
      'no-seeds',
      `No sources found: ${folder} holds no .txt or .html files. Put the raw article texts or saved web pages there (one article a file) or name another folder with DOSSIER_SEEDS.`,
      folder,
    ),
  seedsMissing: (folder: string) =>
    new CasefileError(
      'seeds-missing',
      `The seeds folder ${folder} does not exist. Create it and put the raw article texts there, or name another folder with DOSSIER_SEEDS.`,
      folder,
    ),
  binary: (file: string, line: number) =>
    new CasefileError(
      'binary-file',
      `Unexpected NUL byte, expected text: this looks like a binary file. Save the article as plain text, or remove the file from the seeds folder.`,
      file,
      line,
    ),
  empty: (file: string) =>
    new CasefileError(
      'empty-file',
      'The file holds no text. Paste the article into it, or remove it from the seeds folder.',
      file,
    ),
  unreadable: (file: string, reason: string) =>
    new CasefileError('unreadable-file', `The file could not be read (${reason}). Check its permissions.`, file),
  notArticle: (where: string, why: string) =>
    new CasefileError('not-an-article', `Unexpected page that is not an article (${why}), expected a news article. Give the address of the article itself.`, where),
  paywalled: (where: string, words: number) =>
    new CasefileError(
      'paywalled',
      `Unexpected paywall: the page shows only ${words} words of the article. Open it in a browser where you can read it whole, save it ("Web page, complete" or "HTML only") and add the saved file.`,
      where,
    ),
  httpStatus: (url: string, status: number, statusText: string) =>
    new CasefileError('http-status', `The server answered ${status}${statusText ? ` ${statusText}` : ''}, expected 200 OK. Check the address, or save the page from a browser and add the saved file.`, url),
  timeout: (url: string, seconds: number) =>
    new CasefileError('timeout', `No complete answer within ${seconds} s. Try again later, raise --timeout, or save the page from a browser and add the saved file.`, url),
  notHtml: (url: string, contentType: string) =>
    new CasefileError('not-html', `Unexpected content type "${contentType}", expected an HTML page (text/html). Give the address of the article's web page.`, url),
  fetchFailed: (url: string, reason: string) =>
    new CasefileError('fetch-failed', `The page could not be fetched (${reason}). Check the address and the network.`, url),
  exists: (file: string, what: string) =>
    new CasefileError('exists', `${what} already exists. Pass --force to replace it.`, file),
  manifest: (file: string, field: string, problem: string) =>
    new CasefileError('manifest', `Invalid manifest entry, field "${field}": ${problem}.`, file),
  correction: (file: string, field: string, problem: string, line?: number, column?: number) =>
    new CasefileError('corrections', `Invalid correction, field "${field}": ${problem}.`, file, line, column),
} as const;
