/** How many lines of a failed stage's output are repeated under the timings. */
const FAILURE_LINES = 60;

/**
 * The part of a failed stage's output that says why: Playwright's and Vitest's failure reports begin with a
 * numbered or marked heading ("  1) [default] › …", " FAIL  …"); other tools' last lines are kept.
 */
export function failureExcerpt(output: string, max = FAILURE_LINES): string[] {
  // Colour codes are dropped.
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const first = lines.findIndex((line) => /^\s+1\) \[|^ FAIL /.test(line));
  const from = first >= 0 ? lines.slice(first) : lines.slice(-max);
  return from.length > max ? [...from.slice(0, max), `  … (${String(from.length - max)} more lines: the stage's whole output is above)`] : from;
}
