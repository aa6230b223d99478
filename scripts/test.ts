/**
 * npm test / npm run test:full: every check, in order, stopping at the first failure, then the time
 * each stage took — so the budget (npm test under 5 minutes on a 2-core machine, test:full under 30)
 * stays visible on every run.
 *
 *   npm test            lint, typecheck, unit tests, the end-to-end build, the quick end-to-end set
 *   npm run test:full   the same, then the sweeps (@sweep): axe on every page, every print sheet
 */
import { spawnSync } from 'node:child_process';

const full = process.argv.includes('--full');

interface Stage {
  name: string;
  command: string;
}

const stages: Stage[] = [
  { name: 'lint', command: 'npm run -s lint' },
  { name: 'typecheck', command: 'npm run -s typecheck' },
  { name: 'unit tests', command: 'npm run -s test:unit' },
  // The end-to-end build adds test facilities (tests/fixtures/e2e: markup in names and the like) to the sample data; `npm run build` never does.
  { name: 'build (with e2e fixtures)', command: 'npm run -s build:e2e' },
  // A second site with the street data of the OSM fixture (tests/fixtures/osm), for the street e2e tests; nothing is written to data/geo/.
  { name: 'build with street fixture', command: 'npm run -s build:streets-fixture' },
  { name: 'e2e (quick set)', command: 'npm run -s test:e2e' },
  ...(full ? [{ name: 'e2e sweeps (@sweep)', command: 'npm run -s test:sweep' }] : []),
];

const BUDGET_SECONDS = full ? 30 * 60 : 5 * 60;
const timings: { name: string; seconds: number; ok: boolean }[] = [];

function report() {
  const total = timings.reduce((sum, t) => sum + t.seconds, 0);
  const width = Math.max(...stages.map((s) => s.name.length));
  const lines = timings.map((t) => `  ${t.name.padEnd(width)}  ${t.seconds.toFixed(1).padStart(7)} s${t.ok ? '' : '  FAILED'}`);
  const skipped = stages.slice(timings.length).map((s) => `  ${s.name.padEnd(width)}        — not run`);
  console.log(`\n${full ? 'npm run test:full' : 'npm test'}: time per stage`);
  console.log([...lines, ...skipped].join('\n'));
  console.log(`  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(7)} s  (budget ${BUDGET_SECONDS / 60} min on a 2-core machine${total > BUDGET_SECONDS ? ': OVER' : ''})`);
}

for (const stage of stages) {
  console.log(`\n▶ ${stage.name}: ${stage.command}`);
  const started = performance.now();
  const result = spawnSync(stage.command, { shell: true, stdio: 'inherit' });
  const ok = result.status === 0;
  timings.push({ name: stage.name, seconds: (performance.now() - started) / 1000, ok });
  if (!ok) {
    report();
    process.exit(result.status ?? 1);
  }
}
report();
