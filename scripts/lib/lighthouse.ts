/**
 * What the Lighthouse reports (npm run bench:a11y, npm run bench:lighthouse) share: the built
 * site served by `astro preview`, Debian's Chromium, the pages to look at and a Lighthouse run.
 * Reports, not tests: Lighthouse scores move with its version and with the machine's load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

/** The port the reports serve dist/ on; BENCH_PORT changes it (the machine is shared). */
export const PORT = Number(process.env.BENCH_PORT ?? 4410);

/** Every page path in the built site's sitemap. */
export function sitemapPaths(dist = 'dist'): string[] {
  const sitemap = readdirSync(dist)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join(dist, f), 'utf8'))
    .join('');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

/** The first path matching `re`, for “a facility page”, “a print sheet”. */
export function firstPath(paths: readonly string[], re: RegExp): string | undefined {
  return paths.find((p) => re.test(p));
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not start on port ${PORT}`);
}

/** Serves dist/, starts Chromium, runs `body` with a function that audits one path, and stops both. */
export async function withLighthouse(body: (audit: (path: string, flags: Flags) => Promise<Result | undefined>) => Promise<void>): Promise<void> {
  const server: ChildProcess = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await waitForServer();
    await body(async (path, flags) => (await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', ...flags }))?.lhr);
  } finally {
    chrome.kill();
    server.kill();
  }
}
