import { createHash } from 'node:crypto';
import { test, expect } from './fixtures.ts';
import { openSettings } from './settings.ts';

// The per-page rules (text sizes, targets, the largest text, language marking) are checked on one page of each kind in page-kinds.spec.ts.

test.describe(() => {
  // The probe is put in by intercepting the page request, which a service worker would answer instead.
  test.use({ serviceWorkers: 'block' });

  test('the text-size setting persists across pages and applies before first paint', async ({ page, guard }) => {
    guard.allowConsole(/Service Worker registration blocked by Playwright/);
    await page.goto('/');
    await openSettings(page);
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
  await openSettings(page);
  await page.getByRole('button', { name: '高对比度' }).click();
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  const color = await page.locator('body').evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(0, 0, 0)');
});
