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
