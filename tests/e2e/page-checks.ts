import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** axe-core's browser build, injected into pages under test. */
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');

/**
 * Puts axe on the page. Evaluated through the DevTools protocol rather than added as a <script>: the
 * site's Content Security Policy rightly blocks an injected inline script.
 */
export async function injectAxe(page: Page) {
  await page.evaluate(AXE_SOURCE);
}

/** WCAG 2.2 A and AA, as axe tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The three reading modes. Every WCAG 2.2 AA rule runs in each: a mode may hide, enlarge or recolour
 * anything. In the default mode axe's best practices run too — headings in order, one main landmark,
 * landmarks with distinct names, all content inside landmarks — which a screen-reader user navigates by.
 */
export const MODES = [
  { name: 'default', settings: {}, tags: [...WCAG_TAGS, 'best-practice'] },
  { name: 'large text', settings: { textSize: 3 }, tags: WCAG_TAGS },
  { name: 'high contrast', settings: { contrast: 'high' }, tags: WCAG_TAGS },
] as const;

export type ModeSettings = { textSize?: number; contrast?: string };

/**
 * Pages that are deliberately out of the sitemap but still reached by readers: the 404 page, and one
 * A4-landscape and one A3 sheet of a town and of a community (those sheets name the A4 page as canonical).
 */
export const OUT_OF_SITEMAP = ['/404.html', '/print/330304001/a3/', '/print/330304001/a4-landscape/', '/print/330304001002/a3/', '/print/330304001002/a4-landscape/', '/en/print/330304001002/a3/'];

/** Switches the reader setting in place, as the settings buttons do (elder-friendly.spec.ts checks the stored setting applies before first paint). */
export async function setMode(page: Page, settings: ModeSettings) {
  await page.evaluate((s) => {
    const root = document.documentElement;
    root.dataset.textSize = String(s.textSize ?? 1);
    if (s.contrast) root.dataset.contrast = s.contrast;
    else delete root.dataset.contrast;
  }, settings);
}

/** axe's violations on the page as it is now, one line each (rule, impact, up to five elements). axe must be on the page. */
export async function axeViolations(page: Page, tags: readonly string[]): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  }, [...tags]);
}

/**
 * axe's WCAG 2.2 A/AA violations on the page as it is now. Quicker than @axe-core/playwright's AxeBuilder,
 * which finishes each run in a second, blank page (a second or more each time).
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  return axeViolations(page, WCAG_TAGS);
}

/** axe's violations in each of the three modes, switched in place; empty when the page passes in all. */
export async function axeInEveryMode(page: Page): Promise<Record<string, string[]>> {
  await injectAxe(page);
  const found: Record<string, string[]> = {};
  for (const mode of MODES) {
    await setMode(page, mode.settings);
    const violations = await axeViolations(page, mode.tags);
    if (violations.length > 0) found[mode.name] = violations;
  }
  await setMode(page, {});
  return found;
}

/** Visible text smaller than 18 px, or outside headings with a line height under 1.5, one line each. */
export async function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = (node.textContent ?? '').trim();
      // Text drawn inside a map or a drawing, hidden text and screen-reader-only text are not what the reader sees here.
      if (!el || !text || el.closest('svg, canvas, script, style, noscript, [hidden], [aria-hidden="true"], .oh-visually-hidden')) continue;
      if (el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const lineHeight = style.lineHeight === 'normal' ? 1.2 : parseFloat(style.lineHeight) / size;
      const where = `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      if (size < 17.95) out.add(`${where} ${size.toFixed(1)} px “${text.slice(0, 16)}”`);
      if (lineHeight < 1.495 && !el.closest('h1, h2, h3, h4, h5, h6')) out.add(`${where} line height ${lineHeight.toFixed(2)} “${text.slice(0, 16)}”`);
    }
    return [...out];
  });
}

/** Chinese text on the page that is not inside an element marked lang="zh…" (for English pages). */
export async function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/[\u4e00-\u9fff]/.test(text)) continue;
      const owner = node.parentElement?.closest('[lang]');
      if (owner?.getAttribute('lang')?.startsWith('zh')) continue;
      if (node.parentElement?.closest('script, style, [hidden]')) continue;
      out.push(text.trim().slice(0, 40));
    }
    return out;
  });
}

/** Stores a reader setting the way the settings control does, and reloads so it applies from the first paint. */
/**
 * Waits until the page has done what it does on its own after loading: the load event, every island
 * hydrated (Astro drops an island's `ssr` attribute then), and the map page's data read. Cheaper
 * than waiting for the network to be idle, which always costs half a second more.
 */
export async function settled(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null && document.querySelector('[data-map-explorer][data-ready="false"]') === null);
}

export async function reloadWithSettings(page: Page, settings: ModeSettings) {
  await page.evaluate((s) => localStorage.setItem('oh-settings', JSON.stringify(s)), settings);
  await page.reload();
}
