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

test('find services near a community by keyboard alone: street, then community, then the nearest-first list', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  const town = page.getByLabel('街道（镇）');
  await tabTo(page, town, 120);
  // Arrow keys change a closed <select> without a mouse, as a keyboard user does it.
  await page.keyboard.press('ArrowDown');
  await expect(town).not.toHaveValue('');
  const community = page.getByLabel('村（社区）');
  await tabTo(page, community);
  await page.keyboard.press('ArrowDown');
  await expect(community).not.toHaveValue('');
  await expect(page).toHaveURL(/community=\d{12}/);
  await expect(page.locator('[data-results-summary]')).toContainText('15 分钟');
  const firstLink = page.locator('.oh-map__list a[href*="/facilities/"]').first();
  const name = (await firstLink.textContent())?.trim() ?? '';
  await tabTo(page, firstLink, 150);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name.slice(0, 4));
});

test('print a community map by keyboard alone: home, print index, community page, print button', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: /打印本村社地图/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/print\/$/);
  await tabTo(page, page.getByRole('link', { name: '景山社区', exact: true }), 150);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('景山社区养老服务地图');
  await page.evaluate(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => {
      (window as unknown as { __printed: number }).__printed += 1;
    };
  });
  await tabTo(page, page.getByRole('button', { name: /打印/ }).first());
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
});
