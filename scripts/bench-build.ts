/**
 * `npm run bench:build -- 50000`: how the site's build scales with the number of facilities
 * (issue 15). Generates N invented facilities in the template format over the real
 * communities (seeded), builds the site from them into a temporary folder, exactly as
 * `npm run build` does (validate, astro build, pagefind), and prints wall time, peak memory,
 * pages, dist size, Pagefind time and milliseconds per page, with the targets beside them.
 * Figures only, no assertions: machines differ (and a shared machine is slower).
 *
 * data/ and dist/ of the repository are never touched: the build reads the generated file
 * through OH_FACILITIES_DIR and writes to the temporary folder, which is removed afterwards
 * (keep it with --keep).
 *
 *   npm run bench:build -- 5000            # N facilities (default 5000)
 *   npm run bench:build -- 50000 --keep    # and keep the folder to look at the pages
 */
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { districtData, repoRoot } from '../src/lib/import/regions-match.ts';
import { templateCsv } from '../src/lib/import/template.ts';
import { benchFacilityRows } from './lib/bench-facilities.ts';
import { mulberry32 } from './lib/synthetic.ts';

const SEED = 20261203;
/** Targets of issue 15 for 50,000 facilities on the project's 2-core machine. */
const TARGET_SECONDS = 300;
const TARGET_BYTES = 4 * 1024 ** 3;

const args = process.argv.slice(2);
const countArg = args.find((a) => !a.startsWith('--')) ?? '5000';
/** `sample`: the sample list in data/facilities (161 facilities), copied, for the figures of the site as shipped. */
const useSample = countArg === 'sample';
const count = useSample ? 0 : Number(countArg);
if (!useSample && (!Number.isInteger(count) || count < 1 || count > 1_000_000)) {
  process.stderr.write(`机构数量「${countArg}」无效：请写 1 到 1000000 之间的整数，或 sample（用 data/facilities/ 中的示例数据），例如 npm run bench:build -- 50000\n`);
  process.exit(2);
}
const keep = args.includes('--keep');

const root = repoRoot();
// The machine may be shared: its load says how far the wall times are from a quiet machine's.
const loadBefore = loadavg().map((l) => l.toFixed(1)).join(' / ');
const work = mkdtempSync(join(tmpdir(), 'oh-bench-build-'));
const facilitiesDir = join(work, 'facilities');
const outDir = join(work, 'dist');
mkdirSync(facilitiesDir);

/** Resident memory of a process and its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) total += treeRss(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

/**
 * CPU seconds (user + system) of a process and its descendants so far, each recorded in `seen` by
 * pid: a process that ends without being waited for (Pagefind's service, left when its script
 * exits) never reaches this process's children's times below.
 */
function treeCpu(pid: number, seen: Map<number, number>): void {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    seen.set(pid, Math.max(seen.get(pid) ?? 0, (Number(fields[11]) + Number(fields[12])) / 100));
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) treeCpu(Number(child), seen);
    }
  } catch {
    // The process ended between two reads.
  }
}

/**
 * CPU seconds used so far by this process's finished children (/proc/self/stat cutime + cstime,
 * in clock ticks of 1/100 s): a step's CPU time, which a machine loaded by other work changes
 * far less than its wall time.
 */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
  // After the command name: field 16 (cutime) and 17 (cstime) of proc(5) are at 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface Step {
  seconds: number;
  /** CPU time of the step's processes (user + system, all cores). */
  cpuSeconds: number;
  /** Largest resident memory of the step's process tree, sampled every 100 ms. */
  peakBytes: number;
  output: string;
}

/** Runs a command, its output going to a log file in the work folder; rejects on a non-zero exit. */
function run(name: string, command: string, commandArgs: string[]): Promise<Step> {
  const log = join(work, `${name}.log`);
  const out = createWriteStream(log);
  const started = performance.now();
  const cpuBefore = childCpuSeconds();
  const cpuSeen = new Map<number, number>();
  const child = spawn(command, commandArgs, {
    cwd: root,
    env: { ...process.env, OH_FACILITIES_DIR: facilitiesDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let peakBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid) {
      peakBytes = Math.max(peakBytes, treeRss(child.pid));
      treeCpu(child.pid, cpuSeen);
    }
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      // What the waited-for children report, or what was seen of the whole tree if more (sampled: a little low).
      const cpuSeconds = Math.max(childCpuSeconds() - cpuBefore, [...cpuSeen.values()].reduce((sum, c) => sum + c, 0));
      out.end(() => {
        // Colour codes stripped, in case a tool colours its output anyway.
        const output = readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
        if (code !== 0) reject(new Error(`${name} 失败（退出码 ${code}），日志：${log}\n${output.slice(-3000)}`));
        else resolve({ seconds, cpuSeconds, peakBytes, output });
      });
    });
  });
}

/** Every file under `dir` with its size. */
function files(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      return { path, bytes: statSync(path).size };
    });
}

/** The route a built page belongs to: /en/facilities/x/ and /facilities/y/ are both /facilities/[id]/; /facilities/in/<code>/2/ is /facilities/in/[code]/[n]/. */
function routeOf(page: string): string {
  return page
    .replace(/^\/en(?=\/)/, '')
    .replace(/^\/facilities\/(?!in\/)[^/]+\//, '/facilities/[id]/')
    .replace(/\/\d{9,12}\//g, '/[code]/')
    .replace(/\/\d+\/(?=index\.html$)/, '/[n]/')
    .replace(/index\.html$/, '');
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

try {
  const started = performance.now();
  if (useSample) cpSync(join(root, 'data/facilities'), facilitiesDir, { recursive: true });
  else writeFileSync(join(facilitiesDir, 'bench.csv'), templateCsv(benchFacilityRows(districtData(), count, mulberry32(SEED))));
  const generateSeconds = (performance.now() - started) / 1000;
  process.stderr.write(`${useSample ? '已复制示例数据' : `已生成 ${count} 个合成机构`}（${s(generateSeconds)}），正在构建到 ${outDir} …\n`);

  const node = process.execPath;
  const validate = await run('validate', node, [join(root, 'scripts/validate.ts')]);
  const astro = await run('astro', node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir]);
  const pagefind = await run('pagefind', node, [join(root, 'scripts/search-index.ts'), outDir]);

  const built = files(outDir);
  const pages = built.filter((f) => f.path.endsWith('.html'));
  const distBytes = built.reduce((n, f) => n + f.bytes, 0);
  const largest = [...pages].sort((a, b) => b.bytes - a.bytes)[0];
  // Astro's own figures: the time it spent rendering pages, and each page's “(+N ms)”.
  // Astro writes “812ms”, “14.17s” or “3m 12s”.
  const rendered = /generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(astro.output);
  const render = rendered ? Number(rendered[1] ?? 0) * 60 + Number(rendered[2]) / (rendered[3] === 'ms' ? 1000 : 1) : NaN;
  const perRoute = new Map<string, { pages: number; ms: number }>();
  for (const m of astro.output.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const route = routeOf(m[1] ?? '');
    const entry = perRoute.get(route) ?? { pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += Number(m[2]);
    perRoute.set(route, entry);
  }
  const indexed = /Indexed (\d+) pages/.exec(pagefind.output)?.[1] ?? '?';

  // What the build read, as validate counted it (for `sample`, the count is not known beforehand).
  const facilities = Number(/(\d+) 个机构/.exec(validate.output)?.[1] ?? count);
  const total = validate.seconds + astro.seconds + pagefind.seconds;
  const peak = Math.max(validate.peakBytes, astro.peakBytes, pagefind.peakBytes);
  const scale = facilities >= 50_000 ? '' : `（目标针对 50,000 个机构；此处 ${facilities.toLocaleString('en')} 个）`;
  const lines: [string, string, string][] = [
    ['机构 facilities', `${facilities.toLocaleString('en')}${useSample ? ' (data/facilities)' : ' (synthetic)'}`, ''],
    ['构建总时间 wall time (validate + astro + pagefind)', s(total), `≤ ${TARGET_SECONDS / 60} min ${total <= TARGET_SECONDS ? '✓' : '✗'}${scale}`],
    ['  validate', `${s(validate.seconds)} (CPU ${s(validate.cpuSeconds)})`, ''],
    ['  astro build', `${s(astro.seconds)} (CPU ${s(astro.cpuSeconds)})`, ''],
    ['    of which rendering pages', Number.isFinite(render) ? s(render) : '?', ''],
    ['  pagefind', `${s(pagefind.seconds)} (CPU ${s(pagefind.cpuSeconds)}; ${indexed} pages indexed)`, ''],
    ['CPU 时间 CPU time, all steps', s(validate.cpuSeconds + astro.cpuSeconds + pagefind.cpuSeconds), `(${cpus().length} cores; load average before the run ${loadBefore})`],
    ['内存峰值 peak memory (largest step)', gb(peak), `≤ 4 GB ${peak <= TARGET_BYTES ? '✓' : '✗'}${scale}`],
    ['  validate / astro / pagefind', `${mb(validate.peakBytes)} / ${mb(astro.peakBytes)} / ${mb(pagefind.peakBytes)}`, ''],
    ['页面 pages (.html)', pages.length.toLocaleString('en'), ''],
    ['每页 per page (rendering ÷ pages)', Number.isFinite(render) ? `${((render * 1000) / pages.length).toFixed(2)} ms` : '?', ''],
    ['dist 大小 dist size', mb(distBytes), ''],
    ['最大页面 largest page', largest ? `${(largest.bytes / 1024).toFixed(0)} KB ${largest.path.slice(outDir.length)}` : '—', ''],
    ['(合成数据 generating the data)', s(generateSeconds), ''],
  ];
  const width = Math.max(...lines.map((l) => l[0].length));
  const valueWidth = Math.max(...lines.map((l) => l[1].length));
  console.log(`\nnpm run bench:build -- ${countArg} — Node ${process.version}, seed ${SEED}, ${new Date().toISOString()}\n`);
  for (const [label, value, target] of lines) console.log(`${label.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target}`);
  console.log('\n每条路由每页 per route (Astro’s “+N ms” per page, summed)');
  const routes = [...perRoute.entries()].sort((a, b) => b[1].ms - a[1].ms);
  for (const [route, { pages: n, ms }] of routes.slice(0, 15)) {
    console.log(`  ${route.padEnd(40)} ${String(n).padStart(7)} pages  ${(ms / n).toFixed(2).padStart(7)} ms/page  ${(ms / 1000).toFixed(1).padStart(6)} s`);
  }
  if (keep) console.log(`\n构建结果保留在 ${work}`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
