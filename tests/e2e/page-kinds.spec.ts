import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { axeInEveryMode, OUT_OF_SITEMAP, reloadWithSettings, settled, smallText, unmarkedChinese } from './page-checks.ts';
import { onePageOfEachKind } from './sitemap.ts';
import { smallTargets } from './targets.ts';

/**
 * One page of each kind (every template, in both languages, plus the pages kept out of the sitemap),
 * checked for everything a page must do whatever its content, at 390 × 844: no layout shift (default and
 * largest text), axe in every mode, text sizes, target sizes, the largest text (also at 360 px), language
 * marking and no MapLibre off the map page. The same
 * template filled with other data is swept by a11y.spec.ts (`npm run test:full`).
 */
test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 390, height: 844 } });

/** More layout shift than this (the sum of shifts not caused by the reader, as CLS counts them) fails a page. */
const MAX_LAYOUT_SHIFT = 0.01;

/** Sums the page's layout shifts from its very start (buffered), leaving out those within 500 ms of a tap or key. */
function recordLayoutShifts() {
  const w = window as unknown as { __layoutShift: number; __shifts: string[] };
  w.__layoutShift = 0;
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      if (entry.hadRecentInput) continue;
      w.__layoutShift += entry.value;
      const nodes = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join('.')}` : s.node?.nodeName ?? '?'));
      w.__shifts.push(`${entry.value.toFixed(4)} ${nodes.join(', ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Collects the page's Content Security Policy violations from before its first script runs (csp.spec.ts checks the policy itself). */
function recordPolicyViolations() {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim()), true);
}
const policyViolations = (page: Page) => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);

async function layoutShift(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __layoutShift: number; __shifts: string[] };
    return { total: w.__layoutShift, shifts: w.__shifts };
  });
}

const isMapPage = (path: string) => /^(\/en)?\/map\/$/.test(path);

for (const path of [...onePageOfEachKind(), ...OUT_OF_SITEMAP]) {
  test(`${path}: no layout shift, no policy violation, axe in every mode, 18 px text, 44 px targets (60 px, 30 px text and no sideways scrolling in the largest text)${isMapPage(path) ? '' : ', no MapLibre'}`, async ({ page, guard }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') void response.text().then((body) => scripts.push(body), () => undefined);
    });
    await page.addInitScript(recordLayoutShifts);
    await page.addInitScript(recordPolicyViolations);
    await page.goto(path);
    // Islands render after load: wait for them, so their text and targets are checked too.
    await settled(page);
    const problems: Record<string, unknown> = {};
    const shift = await layoutShift(page);
    if (shift.total > MAX_LAYOUT_SHIFT) problems['layout shift in the default text'] = shift;
    const note = (what: string, found: unknown[] | Record<string, unknown>) => {
      if (Array.isArray(found) ? found.length > 0 : Object.keys(found).length > 0) problems[what] = found;
    };

    // Under load Chromium paints a partly parsed page; the header's menu then grows from the browser's own
    // “详情” into its button (3 shifts in 120 loads with the CPU busy). The page holds its first frame until
    // the element after the header is inserted, which is when Chromium lets rendering go.
    const held = await page.evaluate(() => {
      const target = document.querySelector<HTMLLinkElement>('head link[rel="expect"][blocking="render"]')?.getAttribute('href');
      const header = document.querySelector('body > header');
      const after = target ? document.querySelector(target) : null;
      return Boolean(header && after && header.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING && !header.contains(after));
    });
    if (!held) problems['first frame not held until the header is parsed (link rel="expect" to the element after it)'] = true;
    note('text under 18 px or line height under 1.5', await smallText(page));
    note('targets smaller than 44×44 px', await smallTargets(page, 44));
    if (path.startsWith('/en/')) note('Chinese text not marked lang="zh-CN"', await unmarkedChinese(page));
    if (!isMapPage(path)) {
      const inline = await page.locator('script:not([src])').allTextContents();
      note('MapLibre requested', guard.requests.filter((url) => /maplibre|\/mount\./i.test(url)));
      note('MapLibre in a loaded script', [...scripts, ...inline].filter((body) => /maplibre/i.test(body)).map((body) => body.slice(0, 40)));
    }
    note('axe', await axeInEveryMode(page));
    note('Content Security Policy violations (default text)', await policyViolations(page));

    await reloadWithSettings(page, { textSize: 3 });
    await settled(page);
    const largeShift = await layoutShift(page);
    if (largeShift.total > MAX_LAYOUT_SHIFT) problems['layout shift in the largest text'] = largeShift;
    const bodySize = await page.locator('body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    if (bodySize < 30) problems['largest text: body text under 30 px'] = bodySize;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems['largest text: horizontal scrolling at 390 px (px)'] = overflow;
    // Many cheap phones are 360 px wide.
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (narrow > 0) problems['largest text: horizontal scrolling at 360 px (px)'] = narrow;
    note('largest text: targets smaller than 60×60 px', await smallTargets(page, 60));
    note('Content Security Policy violations (largest text)', await policyViolations(page));

    expect(problems, path).toEqual({});
  });
}
