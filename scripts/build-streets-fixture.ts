/**
 * `npm run build:streets-fixture`: builds a second copy of the site into dist-streets/ with the
 * street data of the test fixture (tests/fixtures/osm/cihu.osm → .osm.pbf with osmium → npm run
 * roads), for the e2e tests of the street layer (tests/e2e/streets.spec.ts). The street files go to
 * a temporary folder named by STREET_DATA_DIR, never into data/geo/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const dir = mkdtempSync(join(tmpdir(), 'ouhai-streets-fixture-'));
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
try {
  const pbf = join(dir, 'cihu.osm.pbf');
  run('osmium', ['cat', join(root, 'tests/fixtures/osm/cihu.osm'), '-o', pbf, '--overwrite']);
  run(process.execPath, [join(root, 'scripts/import-roads.ts'), pbf, '--out-dir', dir]);
  run(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', 'dist-streets'], { STREET_DATA_DIR: dir });
  run(join(root, 'node_modules/.bin/pagefind'), ['--site', 'dist-streets']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
