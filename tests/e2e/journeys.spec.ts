import { test, expect } from './fixtures.ts';

/**
 * Journeys in three taps (issue 13): from the home page to the nearest open canteen, and the nearest
 * canteen always named — on the community page, the canteen list and the map — also when it is beyond
 * 15 minutes. Figures are the sample data's (data/facilities/sample.csv): 慈湖社区's care centre is
 * 1.8 km in a straight line from 东瓯社区老年食堂, 38 minutes at 0.8 m/s, and no canteen is within 15 minutes.
 */
const CIHU = '330304002026';
// Thursday 3 December 2026, 11:45 in Wenzhou: a lunch canteen is open.
const LUNCH = new Date('2026-12-03T11:45:00+08:00');

test.use({ viewport: { width: 390, height: 844 } });

test('home → 村社 → 现在开门: the nearest open canteen in three actions', async ({ page }) => {
  await page.clock.setFixedTime(LUNCH);
  await page.goto('/');
  await page.getByLabel('您家在哪个村社？').selectOption(CIHU); // 1
  await page.getByRole('button', { name: '查看最近的食堂和服务' }).click(); // 2
  await expect(page).toHaveURL(new RegExp(`/communities/${CIHU}/$`));
  await page.getByLabel('只看现在开门的').check(); // 3
  const first = page.getByRole('list', { name: '最近的老年食堂' }).locator('li:visible').first();
  await expect(first).toContainText('东瓯社区老年食堂');
  await expect(first.locator('[data-live-status]')).toHaveAttribute('data-look', 'open');
  await expect(first).toContainText('约 1.8 公里 · 老年人步行约 38 分钟');
  await expect(first.getByRole('link', { name: /☎/ })).toHaveAttribute('href', 'tel:057780000124');
});

test('the community page names the nearest canteen with its distance and minutes, though it is beyond 15 minutes', async ({ page }) => {
  await page.goto(`/communities/${CIHU}/`);
  await expect(page.locator('[data-nearest-meal]')).toHaveText(/15 分钟内没有老年食堂；最近的是东瓯社区老年食堂（约 1\.8 公里，老年人步行约 38 分钟，直线）/);
  await expect(page.locator('[data-nearest-meal]')).toHaveAttribute('data-inside', 'false');
});

test('with 现在开门 and nothing open, the community page says so instead of an empty list', async ({ page }) => {
  // Thursday 3 December 2026, 22:00: every canteen and centre of the sample is closed.
  await page.clock.setFixedTime(new Date('2026-12-03T22:00:00+08:00'));
  await page.goto(`/communities/${CIHU}/`);
  await page.getByLabel('只看现在开门的').check();
  await expect(page.locator('[data-open-now-item]:visible')).toHaveCount(0);
  await expect(page.getByText('现在都没有开门')).toBeVisible();
  await page.getByLabel('只看现在开门的').uncheck();
  expect(await page.locator('[data-open-now-item]:visible').count()).toBeGreaterThan(3);
});

test('ticked, 现在开门 follows the statuses as they are refreshed: open at lunch, gone once the page is seen again after lunch', async ({ page }) => {
  await page.clock.setFixedTime(LUNCH);
  await page.goto(`/communities/${CIHU}/`);
  await page.getByLabel('只看现在开门的').check();
  const canteen = page.locator('[data-open-now-item]:visible', { hasText: '东瓯社区老年食堂' });
  await expect(canteen).toHaveCount(1);
  // Thursday 15:00: the canteen's lunch is over. The statuses refresh when the page is seen again; the filter follows at once.
  await page.clock.setFixedTime(new Date('2026-12-03T15:00:00+08:00'));
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(canteen).toHaveCount(0);
});

test('the canteen list sorts from the chosen 村社 in place and names the nearest, beyond 15 minutes too', async ({ page }) => {
  await page.goto('/canteens/');
  await page.getByLabel('您家在哪个村社？').selectOption(CIHU);
  await page.getByRole('button', { name: '按离家远近排列' }).click();
  await expect(page).toHaveURL(new RegExp(`/canteens/\\?community=${CIHU}$`));
  await expect(page.locator('[data-home-nearest]')).toHaveText('15 分钟内没有老年食堂；最近的是东瓯社区老年食堂（直线约 1.8 公里，老年人步行约 38 分钟）。');
  await expect(page.locator('[data-canteen-card]').first()).toHaveAttribute('data-name', '东瓯社区老年食堂');
  // Reloaded, the address keeps the choice and the form shows it.
  await page.reload();
  await expect(page.getByLabel('您家在哪个村社？')).toHaveValue(CIHU);
  await expect(page.locator('[data-home-nearest]')).toContainText('东瓯社区老年食堂');
});

test('the map names the nearest canteen beyond 15 minutes', async ({ page }) => {
  await page.goto(`/map/?community=${CIHU}`);
  await expect(page.locator('[data-nearest-meal]')).toHaveAttribute('data-inside', 'false');
  await expect(page.locator('[data-nearest-meal]')).toContainText('15 分钟内没有老年食堂；最近的是东瓯社区老年食堂（约 1.8 公里，老年人步行约 38 分钟，直线距离）');
});

test('without JavaScript the home page’s form lists every community, the chosen one among them', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('您家在哪个村社？').selectOption(CIHU);
  await page.getByRole('button', { name: '查看最近的食堂和服务' }).click();
  await expect(page).toHaveURL(new RegExp(`/communities/\\?community=${CIHU}$`));
  await page.getByRole('link', { name: '慈湖社区', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('慈湖社区');
  await expect(page.locator('[data-nearest-meal]')).toContainText('东瓯社区老年食堂');
  await context.close();
});
