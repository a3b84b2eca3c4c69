// Progress lines and the warning report of the command line.

export type Timings = Record<string, number>;

/** Run one stage, print `stage  counts  ms`, and record its time. */
export async function stage<T>(name: string, timings: Timings, run: () => Promise<T> | T, describe?: (result: T) => string): Promise<T> {
  const started = performance.now();
  const result = await run();
  const ms = Math.round(performance.now() - started);
  timings[name] = ms;
  const detail = describe ? `  ${describe(result)}` : '';
  process.stderr.write(`casefile ${name.padEnd(9)}${detail}  ${ms} ms\n`);
  return result;
}

/**
 * Progress of a long stage: on a terminal one line rewritten in place (`casefile ingest   412/1000`),
 * in a log (CI, a pipe) a line at each quarter. Nothing for a few items, where it would only be noise.
 */
export function progress(name: string, minimum = 50): (done: number, total: number) => void {
  let shownQuarter = 0;
  return (done, total) => {
    if (total < minimum) return;
    const label = `casefile ${name.padEnd(9)}  ${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${label}${done === total ? '\r\x1b[K' : ''}`);
      return;
    }
    const quarter = Math.floor((done / total) * 4);
    if (quarter > shownQuarter && done < total) {
      shownQuarter = quarter;
      process.stderr.write(`${label}\n`);
    }
  };
}

export interface Warning {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

/** Warnings as `file:line:col  message  [rule]`, sorted. */
export function formatWarnings(warnings: Warning[]): string[] {
  const sorted = [...warnings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return sorted.map((warning) => `${warning.file}:${warning.line}:${warning.column}  ${warning.message}  [${warning.ruleId}]`);
}

/**
 * The warnings, printed at the end: all of them when they are few; when a large case has many, how
 * many of each kind, the first `limit`, and where the whole list is (`listFile`, written by the caller).
 */
export function printWarnings(warnings: Warning[], listFile?: string, limit = 40): void {
  if (warnings.length === 0) return;
  const lines = formatWarnings(warnings);
  const count = warnings.length.toLocaleString('en');
  process.stderr.write(`\n${count} warning${warnings.length === 1 ? '' : 's'}:\n`);
  if (lines.length <= limit || !listFile) {
    for (const line of lines) process.stderr.write(`${line}\n`);
    return;
  }
  const byRule = new Map<string, number>();
  for (const warning of warnings) byRule.set(warning.ruleId, (byRule.get(warning.ruleId) ?? 0) + 1);
  const kinds = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  process.stderr.write(`${kinds.map(([rule, n]) => `${n.toLocaleString('en')} ${rule}`).join(', ')}; the first ${limit}:\n`);
  for (const line of lines.slice(0, limit)) process.stderr.write(`${line}\n`);
  process.stderr.write(`… and ${(lines.length - limit).toLocaleString('en')} more: every warning is in ${listFile}\n`);
}
