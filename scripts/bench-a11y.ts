/**
 * Prints Lighthouse accessibility and best-practices scores for the main pages of the built site (a
 * report, not a test: Lighthouse scores move with its version; the targets are 100 and at least 95).
 * Best practices include a clean console, so a Content Security Policy violation shows here too.
 * Serves dist/ with `astro preview` (port BENCH_PORT, default 4410) and drives Debian's Chromium.
 * Usage: npm run build && npm run bench:a11y
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const PORT = Number(process.env.BENCH_PORT ?? 4410);
/** The main pages, plus one facility page, one community page and one printable map, read from the built site. */
function pages(): string[] {
  const sitemap = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join('dist', f), 'utf8')).join('');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  const first = (re: RegExp) => paths.find((p) => re.test(p));
  const samples = [first(/^\/facilities\/canteen-/), first(/^\/communities\/\d{12}\/$/), first(/^\/print\/\d{12}\/$/), first(/^\/print\/\d{9}\/leaflet\/$/)];
  return ['/', '/map/', '/canteens/', '/eligibility/', '/search/', '/coverage/', '/print/', '/facilities/', ...samples.filter((p): p is string => p !== undefined), '/en/', '/en/eligibility/'];
}
const PAGES = pages();

const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});
async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('astro preview did not start');
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await waitForServer();
  console.log('Lighthouse scores (0–100): accessibility, best practices');
  console.log('page'.padEnd(44), ' a11y', ' best', ' failed audits');
  for (const path of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, onlyCategories: ['accessibility', 'best-practices'], output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    if (lhr?.runtimeError) {
      console.log(path.padEnd(44), '    —', '    —', ' ', lhr.runtimeError.code);
      continue;
    }
    const score = (id: string) => String(Math.round((lhr?.categories[id]?.score ?? 0) * 100)).padStart(5);
    const failed = Object.values(lhr?.audits ?? {})
      .filter((a) => a.score === 0 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    console.log(path.padEnd(44), score('accessibility'), score('best-practices'), ' ', failed.join(', ') || '—');
  }
} finally {
  await chrome.kill();
  server.kill();
}
