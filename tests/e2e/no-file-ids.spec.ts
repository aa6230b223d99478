/**
 * No page of the built site names an internal source file (data/sources/000_fc753ebf9bbfc131.txt):
 * readers see the document's title and clause; file names belong to data/ and the README. Reads
 * dist/ from disk, every text file and the search index's compressed fragments, so no browser is
 * needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/** The ids of the source texts: the file names without “.txt” (000_fc753ebf9bbfc131). */
const ids = readdirSync('data/sources')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

const TEXT = /\.(?:html|js|mjs|css|json|xml|txt|csv|geojson|svg|webmanifest|md)$/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** A file's text: as it is, or unpacked for the search index's gzip fragments (pagefind's .pf_* files). */
function textOf(path: string): string | undefined {
  if (TEXT.test(path)) return readFileSync(path, 'utf8');
  if (/\.pf_\w+$/.test(path)) return gunzipSync(readFileSync(path)).toString('utf8');
  return undefined;
}

test('no built page, script or search fragment contains the id of a file in data/sources/', () => {
  expect(ids.length, 'data/sources/ has source texts').toBeGreaterThan(0);
  const found: string[] = [];
  let scanned = 0;
  for (const path of files('dist')) {
    const text = textOf(path);
    if (text === undefined) continue;
    scanned++;
    for (const id of ids) if (text.includes(id)) found.push(`${path}: ${id}`);
  }
  expect(scanned, 'files scanned').toBeGreaterThan(100);
  expect(found).toEqual([]);
});
