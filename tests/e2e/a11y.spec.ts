import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MODES = {
  default: {},
  'large text': { textSize: 3 },
  'high contrast': { contrast: 'high' },
} as const;

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

/**
 * Switches the reader setting in place, as the settings buttons do (the attributes on <html> are all the
 * CSS reads; elder-friendly.spec.ts checks that the stored setting reaches them before first paint).
 */
async function setMode(page: Page, settings: { textSize?: number; contrast?: string }) {
  await page.evaluate((s) => {
    const root = document.documentElement;
    root.dataset.textSize = String(s.textSize ?? 1);
    if (s.contrast) root.dataset.contrast = s.contrast;
    else delete root.dataset.contrast;
  }, settings);
}

for (const path of sitemapPaths()) {
  test(`${path} has no WCAG 2.2 AA violations in the default, large-text and high-contrast modes`, async ({ page }) => {
    await page.goto(path);
    for (const [mode, settings] of Object.entries(MODES)) {
      await setMode(page, settings);
      expect(await violations(page), `${path} in ${mode} mode`).toEqual([]);
    }
  });
}
