import { test, expect } from './fixtures.ts';
import { builtFacilities, communityCodes } from './directory-data.ts';

const facilities = builtFacilities();

test('a facility page has tap-to-call, a map link, a static map, its neighbours, a QR code and today’s state', async ({ page }) => {
  const f = facilities.find((x) => x.type === 'canteen' && x.phones.length > 0);
  if (!f) throw new Error('no canteen with a phone');
  await page.clock.setFixedTime(new Date('2025-10-09T11:45:00+08:00'));
  await page.goto(`/facilities/${f.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.name);
  const phone = f.phones[0] ?? '';
  await expect(page.getByRole('link', { name: `拨打 ${phone}` }).first()).toHaveAttribute('href', `tel:${phone.replace(/[^\d+]/g, '')}`);
  await expect(page.getByRole('link', { name: '在地图上查看' }).first()).toHaveAttribute('href', `/map/?lon=${f.location.lon.toFixed(6)}&lat=${f.location.lat.toFixed(6)}`);
  await expect(page.getByRole('img', { name: /周边示意图/ })).toBeVisible();
  await expect(page.getByRole('img', { name: '本页网址的二维码' })).toBeVisible();
  await expect(page.getByText('按直线距离估算，老年人步速 0.8 米/秒')).toBeVisible();
  await expect(page.locator('[data-live-status]').first()).toHaveAttribute('data-look', /open|later|closed|unknown/);
  await expect(page.getByRole('button', { name: '打印本页' })).toBeVisible();
});

test('the neighbours listed are the ones the map numbers, nearest first', async ({ page }) => {
  const f = facilities.find((x) => x.type === 'care-centre');
  if (!f) throw new Error('no care centre');
  await page.goto(`/facilities/${f.id}/`);
  const markers = await page.locator('svg [data-marker]').count();
  const items = page.locator('.oh-nearby__list > li');
  expect(await items.count()).toBeGreaterThanOrEqual(markers);
  const minutes = (await items.allTextContents()).map((t) => Number(/步行约 (\d+) 分钟/.exec(t)?.[1]));
  expect(minutes.every((m, i) => m <= 15 && (i === 0 || m >= (minutes[i - 1] ?? 0)))).toBe(true);
});

test('a community without a care centre says there is no position and gives no answer', async ({ page }) => {
  const withCentre = new Set(facilities.filter((f) => f.type === 'care-centre').map((f) => f.region.communityCode));
  const code = communityCodes().find((c) => !withCentre.has(c));
  test.skip(code === undefined, 'every community has a care centre');
  await page.goto(`/communities/${code}/`);
  await expect(page.getByText('无位置数据，无法判断')).toBeVisible();
  await expect(page.locator('[data-coverage="canteen"]')).toHaveCount(0);
});

test('a community with a care centre says whether a canteen and a care centre are within 15 minutes', async ({ page }) => {
  const centre = facilities.find((f) => f.type === 'care-centre' && f.region.communityCode);
  if (!centre?.region.communityCode) throw new Error('no care centre with a community');
  await page.goto(`/communities/${centre.region.communityCode}/`);
  await expect(page.locator('[data-coverage="careCentre"]')).toHaveAttribute('data-inside', 'true');
  await expect(page.locator('[data-coverage="canteen"]')).toHaveText(/15 分钟内(有|没有)老年食堂/);
  await expect(page.getByText('直线距离估算')).toBeVisible();
});

test('a town page links each village and community to its page', async ({ page }) => {
  await page.goto('/towns/330304004/');
  const links = page.locator('.oh-communities__name');
  expect(await links.count()).toBe(16);
  await links.first().click();
  await expect(page).toHaveURL(/\/communities\/330304004\d{3}\/$/);
});
