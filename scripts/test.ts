/**
 * npm test / npm run test:full: every check, stopping at the first failure, then the time each
 * stage took — so the budget (npm test under 5 minutes on a 2-core machine, test:full under 30)
 * stays visible on every run.
 *
 *   npm test            lint and typecheck beside the build, the unit tests beside the street-fixture build, then the quick end-to-end set
 *   npm run test:full   the same, then the sweeps (@sweep): axe on every page, every print sheet
 *
 * The first two steps run two lanes at once: lint, typecheck and the builds are one process each, so on
 * two cores they overlap. Each stage's output is printed when it ends, whole, so lanes never mix.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { failureExcerpt } from './lib/failure-excerpt.ts';

const full = process.argv.includes('--full');

interface Stage {
  name: string;
  command: string;
}

/** Steps run one after the other; the lanes of a step run at the same time, each lane's stages in order. */
const steps: Stage[][][] = [
  [
    [
      { name: 'lint', command: 'npm run -s lint' },
      { name: 'typecheck', command: 'npm run -s typecheck' },
    ],
    // The end-to-end build adds test facilities (tests/fixtures/e2e: markup in names and the like) to the sample data; `npm run build` never does.
    [{ name: 'build (with e2e fixtures)', command: 'npm run -s build:e2e' }],
  ],
  [
    [{ name: 'unit tests', command: 'npm run -s test:unit' }],
    // A second site with the street data of the OSM fixture (tests/fixtures/osm), for the street e2e tests; nothing is written to data/geo/.
    [{ name: 'build with street fixture', command: 'npm run -s build:streets-fixture' }],
  ],
  [[{ name: 'e2e (quick set)', command: 'npm run -s test:e2e' }]],
  ...(full ? [[[{ name: 'e2e sweeps (@sweep)', command: 'npm run -s test:sweep' }]]] : []),
];

const BUDGET_SECONDS = full ? 30 * 60 : 5 * 60;
const allStages = steps.flat(2);
const timings = new Map<string, { seconds: number; ok: boolean }>();
/** Each stage's whole output, so that a failure's cause can be repeated at the very end (where a CI log's tail shows it). */
const outputs = new Map<string, string>();
/** The stages running now; those of a lane run in their own process group, which stopOthers ends whole. */
const running = new Map<ChildProcess, { name: string; group: boolean }>();
const stopped = new Set<string>();
const started = performance.now();

function report() {
  for (const stage of allStages) {
    const t = timings.get(stage.name);
    if (!t || t.ok || stopped.has(stage.name)) continue;
    console.log(`\n✗ ${stage.name} failed; its report, repeated from above:`);
    for (const line of failureExcerpt(outputs.get(stage.name) ?? '')) console.log(`  ${line}`);
  }
  const width = Math.max(...allStages.map((s) => s.name.length));
  console.log(`\n${full ? 'npm run test:full' : 'npm test'}: time per stage (stages of one step run side by side)`);
  for (const [i, step] of steps.entries()) {
    for (const stage of step.flat()) {
      const t = timings.get(stage.name);
      const state = stopped.has(stage.name) ? '  stopped' : t?.ok ? '' : '  FAILED';
      console.log(`  ${String(i + 1)}. ${stage.name.padEnd(width)}  ${t ? `${t.seconds.toFixed(1).padStart(7)} s${state}` : '       — not run'}`);
    }
  }
  const total = (performance.now() - started) / 1000;
  console.log(`     ${'total (wall clock)'.padEnd(width)}  ${total.toFixed(1).padStart(7)} s  (budget ${BUDGET_SECONDS / 60} min on a 2-core machine${total > BUDGET_SECONDS ? ': OVER' : ''})`);
}

/** Runs one stage; its output is kept and printed when it ends (at once when it is the only one running). */
function run(stage: Stage, alone: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const begin = performance.now();
    if (alone) console.log(`\n▶ ${stage.name}: ${stage.command}`);
    // A stage running alone shows its output as it comes (and keeps a copy); lanes keep theirs until they end.
    const child = spawn(stage.command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], detached: !alone });
    running.set(child, { name: stage.name, group: !alone });
    const output: Buffer[] = [];
    const keep = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      output.push(chunk);
      if (alone) to.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('close', (code) => {
      running.delete(child);
      const ok = code === 0;
      timings.set(stage.name, { seconds: (performance.now() - begin) / 1000, ok });
      const whole = Buffer.concat(output);
      outputs.set(stage.name, whole.toString('utf8'));
      if (!alone) {
        console.log(`\n▶ ${stage.name}: ${stage.command}`);
        process.stdout.write(whole);
      }
      resolve(ok);
    });
  });
}

async function lane(stages: Stage[], alone: boolean): Promise<boolean> {
  for (const stage of stages) if (!(await run(stage, alone))) return false;
  return true;
}

/** Stops the stages still running (their whole process groups) after another one failed. */
function stopOthers() {
  for (const [child, { name, group }] of running) {
    stopped.add(name);
    try {
      if (child.pid) process.kill(group ? -child.pid : child.pid, 'SIGTERM');
    } catch {
      // Already ended.
    }
  }
}

// Ctrl-C reaches the lanes' own process groups only through us.
process.on('SIGINT', () => {
  stopOthers();
  process.exit(130);
});

for (const step of steps) {
  const alone = step.length === 1;
  const lanes = step.map((stages) => lane(stages, alone).then((ok) => (ok ? ok : (stopOthers(), false))));
  const results = await Promise.all(lanes);
  if (results.includes(false)) {
    report();
    process.exit(1);
  }
}
report();
