import { test, expect } from './fixtures.ts';

// The per-page rules (text sizes, targets, the largest text, language marking) are checked on one page of each kind in page-kinds.spec.ts.

test('the text-size setting persists across pages and applies before first paint', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '特大字' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
  await expect(page.getByRole('button', { name: '特大字' })).toHaveAttribute('aria-pressed', 'true');
  // Before first paint: a probe put at the very start of <body> — before any content the browser could
  // paint — records the attribute; the stored setting must already be applied when it runs.
  await page.route('**/facilities/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<body([^>]*)>/, '<body$1><script>window.__sizeAtBodyStart = document.documentElement.dataset.textSize;</script>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/facilities/');
  expect(await page.evaluate(() => (window as unknown as { __sizeAtBodyStart?: string }).__sizeAtBodyStart)).toBe('3');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
});

test('high contrast mode switches to black on white and is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '高对比度' }).click();
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  const color = await page.locator('body').evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(0, 0, 0)');
});
