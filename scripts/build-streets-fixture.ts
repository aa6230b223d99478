/**
 * `npm run build:streets-fixture`: builds a second copy of the site into dist-streets/ with the
 * street data of the test fixture (tests/fixtures/osm/cihu.osm → .osm.pbf with osmium → npm run
 * roads), for the e2e tests of the street layer and of the grouped layout (tests/e2e/streets.spec.ts). The street files go to
 * a temporary folder named by STREET_DATA_DIR, never into data/geo/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * This site is also the test of the grouped layout of a large deployment
 * (src/lib/directory/facility-layout.ts), its search records split into bundles of 100 so that
 * merging them is tested too (src/lib/search/bundles.ts).
 */
const GROUPED = { OH_FACILITY_LAYOUT: 'grouped', OH_SEARCH_BUNDLE_RECORDS: '100' };
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const dir = mkdtempSync(join(tmpdir(), 'ouhai-streets-fixture-'));
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
try {
  const pbf = join(dir, 'cihu.osm.pbf');
  run('osmium', ['cat', join(root, 'tests/fixtures/osm/cihu.osm'), '-o', pbf, '--overwrite']);
  run(process.execPath, [join(root, 'scripts/import-roads.ts'), pbf, '--out-dir', dir]);
  run(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', 'dist-streets'], { STREET_DATA_DIR: dir, ...GROUPED });
  run(process.execPath, [join(root, 'scripts/search-index.ts'), 'dist-streets'], GROUPED);
  run(process.execPath, [join(root, 'scripts/build-sw.ts'), 'dist-streets']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
