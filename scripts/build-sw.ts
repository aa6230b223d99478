/**
 * The last step of `npm run build` (after Astro and Pagefind): writes dist/sw.js, the service worker
 * that keeps pages for offline reading, and prints what a first visit precaches against the budget.
 */
import { buildServiceWorker, PRECACHE_BUDGET } from './lib/service-worker.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const result = await buildServiceWorker('dist');
process.stdout.write(`Service worker (build ${result.build}): precache ${result.count} files, ${kb(result.size)} (budget ${kb(PRECACHE_BUDGET)})\n`);
for (const f of result.large) process.stdout.write(`  kept when first used, not precached: ${f.url} (${kb(f.size)})\n`);
for (const w of result.warnings) process.stdout.write(`  warning: ${w}\n`);
if (result.size > PRECACHE_BUDGET) {
  process.stdout.write(`  警告：离线预缓存 ${kb(result.size)} 超过预算 ${kb(PRECACHE_BUDGET)}：首次访问要下载的内容太多（见 scripts/lib/service-worker.ts 的 SHELL_PAGES）。\n`);
}
