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

/** Warnings as `file:line:col  message  [rule]`, sorted, printed at the end. */
export function printWarnings(warnings: Warning[]): void {
  if (warnings.length === 0) return;
  const sorted = [...warnings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  process.stderr.write(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'}:\n`);
  for (const warning of sorted) {
    process.stderr.write(`${warning.file}:${warning.line}:${warning.column}  ${warning.message}  [${warning.ruleId}]\n`);
  }
}
