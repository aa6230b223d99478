import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { onePageOfEachKind } from './sitemap.ts';
import { serveSite } from './static-site.ts';
import { checkBuiltPages, checkBuiltSite, type SiteCheck } from '../../src/lib/csp/check.ts';
import { OUT_OF_SITEMAP } from './page-checks.ts';

/** Collects the page's Content Security Policy violations from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim()), true);
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);

/** Waits for what a page does after load: the two islands (the wizard, the map) have started. */
async function settle(page: Page, path: string) {
  await page.waitForLoadState('load');
  if (/\/eligibility\/$/.test(path)) await expect(page.locator('[data-eligibility-wizard="steps"]')).toBeVisible();
  if (/\/map\/$/.test(path)) {
    // The map loads when it is about to be seen.
    await page.locator('[data-map]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', /ready|failed/, { timeout: 30_000 });
  }
}

const MODES = [
  { name: 'default', settings: undefined },
  { name: 'large text', settings: { textSize: 3 } },
  { name: 'high contrast', settings: { contrast: 'high' } },
] as const;

/** Loads a page in each mode, the setting stored as the settings buttons leave it and applied by the page's own head script. */
async function eachMode(page: Page, path: string, modes: readonly (typeof MODES)[number][]) {
  for (const mode of modes) {
    await page.goto(path);
    if (mode.settings) {
      await page.evaluate((s) => localStorage.setItem('oh-settings', JSON.stringify(s)), mode.settings);
      await page.reload();
      if ('textSize' in mode.settings) await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
      if ('contrast' in mode.settings) await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    }
    await settle(page, path);
    expect(await violations(page), `${path} in ${mode.name} mode`).toEqual([]);
    await page.evaluate(() => localStorage.removeItem('oh-settings'));
  }
}

/** Pages whose scripts do something different in the large-text and high-contrast modes, or with every kind of script. */
const MODE_PAGES = ['/', '/map/', '/eligibility/', '/canteens/', '/en/search/'];

test.describe('with the policy in each page’s <meta>', () => {
  test.describe.configure({ mode: 'parallel' });
  // The service worker's first-visit downloads would only slow these loads down; offline.spec.ts runs it
  // under the same policy (a violation there is a console error too). Playwright notes the block in the console.
  test.use({ serviceWorkers: 'block' });

  // The pages whose scripts differ by mode, in every mode.
  for (const path of MODE_PAGES) {
    // In the sweep. The quick set records violations on every kind in the default and the largest text
    // (page-kinds.spec.ts), and on the map with MapLibre, its worker and the canvas running (below, under the headers).
    test(`${path} runs with no Content Security Policy violation in every mode @sweep`, async ({ page, guard }) => {
      guard.allowConsole(/Service Worker registration blocked by Playwright/);
      await recordViolations(page);
      await eachMode(page, path, MODES);
    });
  }

  // The sweep (npm run test:full): every page kind in every mode.
  for (const path of onePageOfEachKind().filter((p) => !MODE_PAGES.includes(p))) {
    test(`${path} runs with no Content Security Policy violation in every mode @sweep`, async ({ page, guard }) => {
      guard.allowConsole(/Service Worker registration blocked by Playwright/);
      await recordViolations(page);
      await eachMode(page, path, MODES);
    });
  }
});

test('reading a page aloud runs with no Content Security Policy violation', async ({ page }) => {
  // Headless Chromium has no voices: a recorder stands in for the speech engine (read-aloud.spec.ts).
  await page.addInitScript(() => {
    const synth = { speaking: false, paused: false, getVoices: () => [{ lang: 'zh-CN', name: 'Chinese' }], speak() {}, cancel() {}, pause() {}, resume() {}, addEventListener() {} };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    };
  });
  await recordViolations(page);
  for (const path of ['/', '/canteens/']) {
    await page.goto(path);
    await page.getByRole('button', { name: '朗读本页' }).click();
    await page.getByRole('button', { name: '停止朗读' }).click();
    expect(await violations(page), path).toEqual([]);
  }
});

test.describe(() => {
  // The script is put in by intercepting the page request, which a service worker would answer instead
  // (Playwright says so in the console when it blocks the registration).
  test.use({ serviceWorkers: 'block' });

  test('a script injected into a built page is blocked, inline or as an event handler, while the page’s own scripts run', async ({ page, guard }) => {
    // The browser reports each blocked script: that is what this test causes.
    guard.allowConsole(/violates the following Content Security Policy directive/);
    guard.allowConsole(/Service Worker registration blocked by Playwright/);
    await recordViolations(page);
    await page.route('**/canteens/', async (route) => {
      const response = await route.fetch();
      const injected = '<script>window.__injected = "inline";</script><img src="/favicon.svg" alt="" onload="window.__injected = \'handler\'">';
      await route.fulfill({ response, body: (await response.text()).replace('<main', `${injected}<main`) });
    });
    await page.goto('/canteens/');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
    // Exactly the two injected scripts: the <script> element and the event-handler attribute.
    expect(await violations(page)).toEqual(['script-src-elem inline', 'script-src-attr inline']);
    // The page's own scripts are allowed: the settings script shows its buttons.
    await expect(page.getByRole('button', { name: '特大字' })).toBeVisible();
  });
});

/** Checks the policy itself, and that dist/_headers and deploy/nginx.conf send it with what a <meta> cannot carry. */
function expectHeadersFor(policy: string) {
  for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(policy).toContain(d);
  expect(policy).not.toContain('unsafe-inline');
  const full = `${policy.trim().replace(/;?$/, ';')} frame-ancestors 'none';`;
  expect(readFileSync('dist/_headers', 'utf8')).toContain(`  Content-Security-Policy: ${full}\n`);
  expect(readFileSync('deploy/nginx.conf', 'utf8')).toContain(`add_header Content-Security-Policy "${full}" always;`);
}

/** The built site's check of every page, or of those given, with the policy it found and the headers sent for it. */
function expectOnePolicy(site: SiteCheck) {
  expect(site.problems).toEqual([]);
  expect(site.policies.size).toBe(1);
  const [[policy, pages] = ['', []]] = [...site.policies];
  expect(pages.length).toBe(site.pages);
  expectHeadersFor(policy);
}

// The build itself refuses a page without the policy or with a script it does not allow (integration.ts);
// these check that it did. The quick set reads one page of each kind, the sweep all of them.
test('one built page of each kind carries the same policy, covering its inline scripts and styles, and dist/_headers and deploy/nginx.conf send it', () => {
  const files = [...onePageOfEachKind(), ...OUT_OF_SITEMAP].map((path) => (path.endsWith('/') ? `${path}index.html` : path).slice(1));
  expect(files.length).toBeGreaterThan(40);
  expectOnePolicy(checkBuiltPages('dist', files));
});

test('every built page carries the same policy, and dist/_headers and deploy/nginx.conf send it @sweep', () => {
  expectOnePolicy(checkBuiltSite('dist'));
});

test('with the policy sent as headers (dist/_headers), the map, search and the home page run with no violation', async ({ browser }) => {
  const site = await serveSite('dist', { headers: true });
  // With the service worker, which runs under the same headers.
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'allow' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await recordViolations(page);
  try {
    const response = await page.goto(`${site.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(await violations(page)).toEqual([]);
    await page.goto(`${site.url}/map/`);
    await settle(page, '/map/');
    expect(await violations(page), '/map/').toEqual([]);
    await page.goto(`${site.url}/search/?q=食堂`);
    await expect(page.locator('[data-search-status]')).toHaveText(/\d+/);
    expect(await violations(page), '/search/').toEqual([]);
    // The GPU notice the fixture lets through (fixtures.ts) says nothing about the site.
    expect(problems.filter((p) => !/GPU stall due to ReadPixels/.test(p))).toEqual([]);
  } finally {
    await context.close();
    await site.close();
  }
});
