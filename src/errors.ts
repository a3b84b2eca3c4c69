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
      `No sources found: ${folder} holds no .txt files. Put the raw article texts there (one article a file) or name another folder with DOSSIER_SEEDS.`,
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
  manifest: (file: string, field: string, problem: string) =>
    new CasefileError('manifest', `Invalid manifest entry, field "${field}": ${problem}.`, file),
  correction: (file: string, field: string, problem: string, line?: number, column?: number) =>
    new CasefileError('corrections', `Invalid correction, field "${field}": ${problem}.`, file, line, column),
} as const;
