import { test, expect } from './fixtures.ts';
import { openSettings } from './settings.ts';

test('the home page says what the site does and offers the three main tasks', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/瓯海/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('瓯海区养老服务地图');
  for (const name of ['查找我家附近的服务', '查查我能领哪些补贴', '打印本村社地图']) {
    await expect(page.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  }
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['服务地图', '老年食堂', '服务机构', '补贴查询', '打印地图']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
});

test('the district figures list every street and town with a link to its page', async ({ page }) => {
  await page.goto('/');
  const towns = page.locator('.oh-towns__item');
  await expect(towns).toHaveCount(13);
  await towns.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('景山街道');
});

test('every page shows the sample-data notice while the sample is in use', async ({ page, guard }) => {
  guard.allowConsole(/status of 404/);
  for (const path of ['/', '/en/', '/facilities/', '/towns/330304004/', '/about/data/', '/this-page-does-not-exist/']) {
    await page.goto(path);
    await expect(page.locator('[data-sample-notice]'), path).toBeVisible();
  }
});

test('a facility page shows its details with a tap-to-call phone link', async ({ page }) => {
  await page.goto('/facilities/');
  const first = page.getByRole('main').getByRole('listitem').getByRole('link').first();
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('最后核实')).toBeVisible();
});

test('the English version keeps facility names in Chinese and marks the language', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ouhai District elder-service map');
  await openSettings(page);
  await page.getByRole('link', { name: '切换到中文' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an unknown address shows the 404 page with a way home', async ({ page, guard }) => {
  guard.allowConsole(/status of 404/);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('link', { name: '回到首页' })).toBeVisible();
  // There is no English 404 page: the language switch leads to the English home page.
  await openSettings(page);
  await expect(page.getByRole('link', { name: 'Switch to English' })).toHaveAttribute('href', '/en/');
});
