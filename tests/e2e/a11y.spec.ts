import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Every WCAG 2.2 AA rule runs in each mode: a mode may hide, enlarge or recolour anything. In the default
 * mode axe's best practices run too — headings in order, one main landmark, landmarks with distinct
 * names, all content inside landmarks — which a screen-reader user navigates by.
 */
const MODES = [
  { name: 'default', settings: {}, tags: [...WCAG_TAGS, 'best-practice'] },
  { name: 'large text', settings: { textSize: 3 }, tags: WCAG_TAGS },
  { name: 'high contrast', settings: { contrast: 'high' }, tags: WCAG_TAGS },
] as const;

/**
 * Pages that are deliberately out of the sitemap but still reached by readers: the 404 page, and one
 * A4-landscape and one A3 sheet of a town and of a community (those sheets name the A4 page as canonical).
 */
const OUT_OF_SITEMAP = ['/404.html', '/print/330304001/a3/', '/print/330304001/a4-landscape/', '/print/330304001002/a3/', '/print/330304001002/a4-landscape/', '/en/print/330304001002/a3/'];

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

for (const path of [...sitemapPaths(), ...OUT_OF_SITEMAP]) {
  test(`${path} has no WCAG 2.2 AA violations in the default, large-text and high-contrast modes, and follows axe best practices`, async ({ page }) => {
    await page.goto(path);
    await page.addScriptTag({ path: AXE_PATH });
    for (const mode of MODES) {
      await setMode(page, mode.settings);
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
      }, [...mode.tags]);
      expect(violations, `${path} in ${mode.name} mode`).toEqual([]);
    }
  });
}
