/**
 * `npm run bench:lighthouse` (after `npm run build`): Lighthouse performance, CLS, TBT, LCP and
 * accessibility of the main pages (issue 15), mobile with simulated throttling (Lighthouse's
 * default), the median of several runs, with the targets beside them. A report, not a test:
 * scores move with Lighthouse's version and with the machine's load, so run it on a quiet machine.
 *
 *   npm run bench:lighthouse             # 3 runs per page
 *   npm run bench:lighthouse -- --runs=1
 */
import type { Result } from 'lighthouse';
import { firstPath, sitemapPaths, withLighthouse } from './lib/lighthouse.ts';

const runsArg = process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? '3';
const RUNS = Number(runsArg);
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 9) {
  process.stderr.write(`--runs=${runsArg} 无效：请写 1 到 9 之间的整数，例如 npm run bench:lighthouse -- --runs=3\n`);
  process.exit(2);
}

/** Targets of issue 15: content pages score 100 with no layout shift; the map page at least 90. */
interface Target {
  performance: number;
  cls: number;
}
const CONTENT: Target = { performance: 100, cls: 0 };
const MAP: Target = { performance: 90, cls: 0 };

const paths = sitemapPaths();
const pick = (re: RegExp, what: string) => {
  const path = firstPath(paths, re);
  if (!path) throw new Error(`dist/ 的站点地图中没有${what}：请先运行 npm run build`);
  return path;
};
const PAGES: [string, Target][] = [
  ['/', CONTENT],
  ['/canteens/', CONTENT],
  [pick(/^\/facilities\/canteen-/, '食堂的机构页'), CONTENT],
  ['/eligibility/', CONTENT],
  [pick(/^\/print\/\d{12}\/$/, '村社的打印地图'), CONTENT],
  ['/coverage/', CONTENT],
  ['/map/', MAP],
];

interface Figures {
  performance: number;
  accessibility: number;
  cls: number;
  tbt: number;
  lcp: number;
  fcp: number;
}

function figures(lhr: Result): Figures {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
  };
}

/** The median of each figure over the runs (the run order of each figure taken on its own). */
function median(runs: readonly Figures[]): Figures {
  const mid = (pick: (f: Figures) => number) => {
    const sorted = runs.map(pick).sort((a, b) => a - b);
    const m = sorted.length >> 1;
    return sorted.length % 2 ? (sorted[m] as number) : ((sorted[m - 1] as number) + (sorted[m] as number)) / 2;
  };
  return { performance: mid((f) => f.performance), accessibility: mid((f) => f.accessibility), cls: mid((f) => f.cls), tbt: mid((f) => f.tbt), lcp: mid((f) => f.lcp), fcp: mid((f) => f.fcp) };
}

await withLighthouse(async (audit) => {
  console.log(`Lighthouse ${'(mobile, simulated throttling)'}, median of ${RUNS} run(s) per page\n`);
  const header = ['page', 'perf', 'target', 'CLS', 'target', 'TBT ms', 'LCP ms', 'FCP ms', 'a11y', 'met'];
  const widths = [44, 5, 7, 6, 7, 7, 7, 7, 5, 6];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' ');
  console.log(line(header));
  let missed = 0;
  for (const [path, target] of PAGES) {
    const runs: Figures[] = [];
    let error = '';
    for (let i = 0; i < RUNS; i++) {
      const lhr = await audit(path, { onlyCategories: ['performance', 'accessibility'], formFactor: 'mobile' });
      if (!lhr || lhr.runtimeError) {
        error = lhr?.runtimeError?.code ?? 'no result';
        break;
      }
      runs.push(figures(lhr));
    }
    if (error) {
      console.log(line([path, '—', '', '', '', '', '', '', '', error]));
      missed++;
      continue;
    }
    const f = median(runs);
    const met = f.performance >= target.performance && f.cls <= target.cls + 0.0005;
    if (!met) missed++;
    const perfTarget = target.performance === 100 ? '100' : `≥ ${target.performance}`;
    console.log(line([path, String(f.performance), perfTarget, f.cls.toFixed(3), String(target.cls), f.tbt.toFixed(0), f.lcp.toFixed(0), f.fcp.toFixed(0), String(f.accessibility), met ? '是 yes' : '否 NO']));
  }
  console.log(missed ? `\n未达标 ${missed} 页 (pages missing a target: ${missed}). A loaded machine lowers performance scores.` : '\n全部达标 (all targets met).');
});
