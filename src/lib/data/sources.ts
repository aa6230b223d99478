/**
 * The public source texts the site quotes (data/sources/, listed in data/sources/INDEX.md). Policy parameters
 * (data/policies/) and service-circle targets (data/targets/) cite them by file name, and
 * `npm run validate` checks every quote against them word for word.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the source texts are, relative to the repository root. */
export const SOURCES_DIR = 'data/sources';

/** Text with all white space removed, so a quote matches across line and page breaks. */
export const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * Whether a quote appears in a source file, white space ignored: true or false, or undefined when
 * the file is not in `dir`. Each file is read once.
 */
export function quoteChecker(dir: string): (file: string, quote: string) => boolean | undefined {
  const texts = new Map<string, string | undefined>();
  return (file, quote) => {
    if (!texts.has(file)) {
      const path = join(dir, file);
      texts.set(file, existsSync(path) ? squeeze(readFileSync(path, 'utf8')) : undefined);
    }
    const text = texts.get(file);
    return text === undefined ? undefined : text.includes(squeeze(quote));
  };
}
