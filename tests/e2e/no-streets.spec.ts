/** The default build has no street data: the map and the sheets work as before and say so. */
import { test, expect } from './fixtures.ts';

test('without street data the map says none is loaded, draws straight-line rings and asks for no street tiles', async ({ page, guard }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-streets-none]')).toContainText('本站没有载入街道数据');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('searchbox', { name: '按名称或地址查找' }).fill('慈湖南路');
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await expect(page.getByText('没有找到“慈湖南路”')).toBeVisible();
  expect(guard.requests.some((u) => u.includes('/map/streets/'))).toBe(false);
});

test('without street data a community sheet keeps its rings and says that no street data is loaded', async ({ page }) => {
  await page.goto('/print/330304002026/');
  await expect(page.locator('[data-print-map] .pm-ring')).toHaveCount(3);
  await expect(page.locator('[data-print-map] .pm-streets')).toHaveCount(0);
  await expect(page.locator('[data-print-map] .pm-legend')).toContainText('未载入街道数据');
});
