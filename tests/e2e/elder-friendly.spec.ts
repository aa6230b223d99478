import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';
import { smallTargets } from './targets.ts';

/** One page of each kind: the rules below hold for every layout the site uses. */
function representativePaths(): string[] {
  const seen = new Map<string, string>();
  for (const path of sitemapPaths()) {
    const kind = path.replace(/\d{12}/g, ':community').replace(/\d{9}/g, ':town').replace(/\/facilities\/[^/]+\//, '/facilities/:id/');
    if (!seen.has(kind)) seen.set(kind, path);
  }
  return [...seen.values()];
}

async function useLargestText(page: Page) {
  await page.evaluate(() => localStorage.setItem('oh-settings', JSON.stringify({ textSize: 3 })));
  await page.reload();
}

test.describe('at 375 px wide with the largest text', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const path of representativePaths()) {
    test(`${path} shows body text of at least 30 px, no horizontal scrolling and targets of at least 60 px`, async ({ page }) => {
      await page.goto(path);
      await useLargestText(page);
      const bodySize = await page.locator('body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(30);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scrolling').toBeLessThanOrEqual(0);
      const small = await smallTargets(page, 60);
      expect(small, 'targets smaller than 60×60 px').toEqual([]);
    });
  }
});

test.describe('at 375 px wide with the default text', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const path of representativePaths()) {
    test(`${path} has targets of at least 44 px`, async ({ page }) => {
      await page.goto(path);
      expect(await smallTargets(page, 44), 'targets smaller than 44×44 px').toEqual([]);
    });
  }
});

test.describe(() => {
  // The probe is put in by intercepting the page request, which a service worker would answer instead.
  test.use({ serviceWorkers: 'block' });

  test('the text-size setting persists across pages and applies before first paint', async ({ page, guard }) => {
    guard.allowConsole(/Service Worker registration blocked by Playwright/);
    await page.goto('/');
    await page.getByRole('button', { name: '特大字' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
    await expect(page.getByRole('button', { name: '特大字' })).toHaveAttribute('aria-pressed', 'true');
    // Before first paint: a probe put at the very start of <body> — before any content the browser could
    // paint — records the attribute; the stored setting must already be applied when it runs.
    // The page's Content Security Policy runs only the scripts it names by hash, so the probe's hash is added to it.
    const probe = 'window.__sizeAtBodyStart = document.documentElement.dataset.textSize;';
    const probeHash = `'sha256-${createHash('sha256').update(probe).digest('base64')}'`;
    await page.route('**/facilities/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<body([^>]*)>/, `<body$1><script>${probe}</script>`).replace(/(http-equiv="content-security-policy" content="[^"]*script-src 'self')/, `$1 ${probeHash}`);
      await route.fulfill({ response, body: html });
    });
    await page.goto('/facilities/');
    expect(await page.evaluate(() => (window as unknown as { __sizeAtBodyStart?: string }).__sizeAtBodyStart)).toBe('3');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
  });
});

test('high contrast mode switches to black on white and is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '高对比度' }).click();
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  const color = await page.locator('body').evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(0, 0, 0)');
});

test('English pages show Chinese only inside elements marked lang="zh-CN"', async ({ page }) => {
  const english = sitemapPaths().filter((p) => p.startsWith('/en/'));
  expect(english.length).toBeGreaterThan(0);
  // Every page is checked before failing, so one run names all the unmarked text.
  const unmarkedByPath: Record<string, string[]> = {};
  for (const path of representativePaths().filter((p) => p.startsWith('/en/'))) {
    await page.goto(path);
    // Islands render after load: wait for them, so their text is checked too.
    await page.waitForLoadState('networkidle');
    const unmarked = await page.evaluate(() => {
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
    if (unmarked.length > 0) unmarkedByPath[path] = unmarked;
  }
  expect(unmarkedByPath).toEqual({});
});
