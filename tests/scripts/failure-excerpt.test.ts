import { describe, expect, it } from 'vitest';
import { failureExcerpt } from '../../scripts/lib/failure-excerpt.ts';

describe('failureExcerpt (what npm test repeats under its timings when a stage fails)', () => {
  it('starts at Playwright’s first failure report, leaving out the progress lines before it', () => {
    const output = [
      '[1/3] [default] › tests/e2e/a.spec.ts:4:1 › one',
      '[2/3] [default] › tests/e2e/a.spec.ts:9:1 › two',
      '  1) [default] › tests/e2e/a.spec.ts:9:1 › two ',
      '',
      '    Error: expect(received).toEqual(expected)',
      '  1 failed',
    ].join('\n');
    expect(failureExcerpt(output)).toEqual(['  1) [default] › tests/e2e/a.spec.ts:9:1 › two ', '', '    Error: expect(received).toEqual(expected)', '  1 failed']);
  });

  it('finds Vitest’s FAIL lines through colour codes', () => {
    const output = ' ✓ tests/a.test.ts (3 tests)\n\x1b[31m FAIL \x1b[39m tests/b.test.ts > adds\nAssertionError: expected 3 to be 4';
    expect(failureExcerpt(output)).toEqual([' FAIL  tests/b.test.ts > adds', 'AssertionError: expected 3 to be 4']);
  });

  it('keeps the last lines of other tools, and says how much of a long report was cut', () => {
    expect(failureExcerpt('a\nb\nc\nd', 2)).toEqual(['c', 'd']);
    expect(failureExcerpt('  1) [x] › t\ne1\ne2\ne3', 2)).toEqual(['  1) [x] › t', 'e1', "  … (2 more lines: the stage's whole output is above)"]);
  });
});
