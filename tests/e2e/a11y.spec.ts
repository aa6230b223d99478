import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The large-text and high-contrast modes change only styles (attributes on <html> that the CSS reads), so in
 * those modes the rules whose outcome depends on styles are run again; the structural rules (names, roles,
 * labels, landmarks) cannot change with them and run once, in the default mode, with every WCAG 2.2 AA rule.
 */
const STYLE_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'];
const MODES = [
  { name: 'default', settings: {}, runOnly: { type: 'tag', values: WCAG_TAGS } },
  { name: 'large text', settings: { textSize: 3 }, runOnly: { type: 'rule', values: STYLE_RULES } },
  { name: 'high contrast', settings: { contrast: 'high' }, runOnly: { type: 'rule', values: STYLE_RULES } },
] as const;

/** Switches the reader setting in place, as the settings buttons do (elder-friendly.spec.ts checks the stored setting applies before first paint). */
async function setMode(page: Page, settings: { textSize?: number; contrast?: string }) {
  await page.evaluate((s) => {
    const root = document.documentElement;
    root.dataset.textSize = String(s.textSize ?? 1);
    if (s.contrast) root.dataset.contrast = s.contrast;
    else delete root.dataset.contrast;
  }, settings);
}

test.describe.configure({ mode: 'parallel' });

for (const path of sitemapPaths()) {
  test(`${path} has no WCAG 2.2 AA violations in the default, large-text and high-contrast modes`, async ({ page }) => {
    await page.goto(path);
    await page.addScriptTag({ path: AXE_PATH });
    for (const mode of MODES) {
      await setMode(page, mode.settings);
      const violations = await page.evaluate(async (runOnly) => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
      }, mode.runOnly);
      expect(violations, `${path} in ${mode.name} mode`).toEqual([]);
    }
  });
}
