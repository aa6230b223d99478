import { test, expect } from './fixtures.ts';
import { tabTo } from './keyboard.ts';

test('search by keyboard alone: from the home page to a canteen page', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await tabTo(page, nav.getByRole('link', { name: '搜索' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/$/);
  await tabTo(page, page.getByRole('searchbox'));
  await page.keyboard.type('食堂');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-search-status]')).toContainText(/\d+/);
  const first = page.getByRole('main').getByRole('link', { name: /食堂/ }).first();
  const name = (await first.textContent())?.trim() ?? '';
  await tabTo(page, first, 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/canteens/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the focus ring is clearly visible on links and buttons', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(3);
});
