import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Source files whose comments and messages send readers to documentation. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) ? [path] : [];
  });
}

const files = [...sourceFiles('src'), ...sourceFiles('scripts')];
const readme = readFileSync('README.md', 'utf8');
const readmeHeadings = readme.split('\n').filter((line) => line.startsWith('#'));

describe('documentation references', () => {
  it('every Markdown file named in src/ and scripts/ exists in the repository', () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const [ref] of readFileSync(file, 'utf8').matchAll(/[\w./-]+\.md\b/g)) {
        // shared/facts/ouhai.md is the project's shared facts file, kept beside the repository, not in it.
        if (ref.startsWith('shared/')) continue;
        if (!existsSync(ref)) missing.push(`${file}: ${ref}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every README section named in src/ and scripts/ is a heading of the README', () => {
    const missing: string[] = [];
    let count = 0;
    for (const file of files) {
      for (const [, section = ''] of readFileSync(file, 'utf8').matchAll(/(?<![\w/])README\.md[^“\n]{0,12}“([^”]+)”/g)) {
        count += 1;
        for (const part of section.split(' → ')) {
          if (!readmeHeadings.some((h) => h.includes(part))) missing.push(`${file}: “${part}”`);
        }
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
