import { test, expect } from './fixtures.ts';
import { AXE_PATH, MODES, axeViolations, setMode } from './page-checks.ts';
import { onePageOfEachKind, sitemapPaths } from './sitemap.ts';

/**
 * The sweep (`npm run test:full`, tagged @sweep): axe in every mode on every page of the sitemap that
 * page-kinds.spec.ts does not already check as its kind's example — the same templates filled with
 * every facility, community and town. Pages are checked in batches on one browser page, so the sweep
 * costs axe's time rather than a new browser context per page.
 */
const BATCH = 25;
const checked = new Set(onePageOfEachKind());
const paths = sitemapPaths().filter((p) => !checked.has(p));
const batches = Array.from({ length: Math.ceil(paths.length / BATCH) }, (_, i) => paths.slice(i * BATCH, (i + 1) * BATCH));

test.describe.configure({ mode: 'parallel' });

test('the sweep covers the whole sitemap @sweep', () => {
  expect(paths.length + checked.size).toBe(sitemapPaths().length);
  expect(paths.length).toBeGreaterThan(1000);
});

for (const batch of batches) {
  test(`${batch[0]} … ${batch.at(-1)} (${batch.length} pages) have no WCAG 2.2 AA violations in the default, large-text and high-contrast modes, and follow axe best practices @sweep`, async ({ page }) => {
    test.setTimeout(batch.length * 20_000);
    await page.addInitScript({ path: AXE_PATH });
    const failures: Record<string, string[]> = {};
    for (const path of batch) {
      await page.goto(path);
      for (const mode of MODES) {
        await setMode(page, mode.settings);
        const violations = await axeViolations(page, mode.tags);
        if (violations.length > 0) failures[`${path} in ${mode.name} mode`] = violations;
      }
    }
    expect(failures).toEqual({});
  });
}
