import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { builtFacilities, communityCodes, weekdayLunchCanteen } from './directory-data.ts';
import { isStale } from '../../src/lib/hours/evaluate.ts';
import { addMonths } from '../../src/lib/hours/local-time.ts';

const canteen = weekdayLunchCanteen();

/** The card of a canteen on the list, found by its heading. */
function card(page: Page, name: string) {
  return page.locator('[data-canteen-card]').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

async function statusAt(page: Page, iso: string) {
  await page.clock.setFixedTime(new Date(iso));
  await page.goto('/canteens/');
  const status = card(page, canteen.name).locator('[data-live-status]');
  return { look: await status.getAttribute('data-look'), text: (await status.textContent())?.trim() ?? '' };
}

for (const timezoneId of ['Asia/Shanghai', 'America/New_York']) {
  test.describe(`a viewer whose clock is set to ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('sees a weekday-lunch canteen open at 11:45 on an ordinary Thursday', async ({ page }) => {
      const { look, text } = await statusAt(page, '2025-10-09T11:45:00+08:00');
      expect(look).toBe('open');
      expect(text).toMatch(/^午餐供应中，\d\d:\d\d 结束$/);
      await expect(page.getByText('今天的开门情况按北京时间 2025-10-09 11:45 计算')).toBeVisible();
    });

    test('sees it open on Sunday 28 September 2025, a make-up working day (调休), and told so', async ({ page }) => {
      const { look, text } = await statusAt(page, '2025-09-28T11:45:00+08:00');
      expect(look).toBe('open');
      expect(text).toContain('（调休上班日）');
    });

    test('sees it closed for 国庆节 on 1 October 2025, with the next opening after the break', async ({ page }) => {
      const { look, text } = await statusAt(page, '2025-10-01T11:45:00+08:00');
      expect(look).toBe('closed');
      expect(text).toMatch(/^今天休息（国庆节）；10月9日（周四） \d\d:\d\d 开门$/);
    });
  });
}

test('on Saturday 14 February 2026, a make-up working day before the Spring Festival, the canteen opens', async ({ page }) => {
  const { look, text } = await statusAt(page, '2026-02-14T11:45:00+08:00');
  expect(look).toBe('open');
  expect(text).toContain('（调休上班日）');
});

test('past the last year of published holidays the card says so and asks to phone first', async ({ page }) => {
  await page.goto('/canteens/');
  const until = await page.evaluate(() => JSON.parse(document.querySelector('script[data-live-status-data]')?.textContent ?? '{}').table.until as string);
  const year = Number(until.slice(0, 4)) + 1;
  // 1 October is 国庆节 every year, so whether the canteen opens depends on the unpublished calendar.
  const { look, text } = await statusAt(page, `${year}-10-01T11:45:00+08:00`);
  expect(look).toBe('unknown');
  expect(text).toBe(`${year} 年节假日安排尚未公布，请先打电话`);
});

test('every card shows 最后核实 and flags, on the reader’s day, records older than six months', async ({ page }) => {
  const facilities = builtFacilities().filter((f) => f.type === 'canteen');
  const newest = facilities.reduce((max, f) => (f.lastVerified > max ? f.lastVerified : max), '');
  // A month after the newest check: the newest is current, anything checked over six months earlier is stale.
  const day = addMonths(newest, 1);
  const stale = facilities.filter((f) => isStale(f.lastVerified, day));
  test.skip(stale.length === 0, 'all canteens were checked within the same six months');
  await page.clock.setFixedTime(new Date(`${day}T12:00:00+08:00`));
  await page.goto('/canteens/');
  await expect(page.locator('[data-canteen-card]')).toHaveCount(facilities.length);
  for (const f of facilities) {
    const c = card(page, f.name);
    await expect(c.getByText(f.lastVerified, { exact: true })).toBeVisible();
    const notice = c.getByText('信息已超过半年未核实，去之前请先打电话确认。');
    if (stale.includes(f)) await expect(notice, f.name).toBeVisible();
    else await expect(notice, f.name).toBeHidden();
  }
});

test('cards show prices, delivery and a tap-to-call booking phone', async ({ page }) => {
  await page.goto('/canteens/');
  const withPrice = builtFacilities().find((f) => f.type === 'canteen' && f.canteen?.pricePerMeal !== undefined && (f.canteen?.tierPrices.length ?? 0) > 0 && f.canteen?.booking);
  if (!withPrice?.canteen?.booking) throw new Error('no canteen with prices and booking');
  const c = card(page, withPrice.name);
  await expect(c).toContainText(`${withPrice.canteen.pricePerMeal} 元/餐`);
  for (const tier of withPrice.canteen.tierPrices) await expect(c.getByText(tier.tier)).toBeVisible();
  const call = c.getByRole('link', { name: `拨打 ${withPrice.canteen.booking}` });
  await expect(call).toHaveAttribute('href', `tel:${withPrice.canteen.booking.replace(/[^\d+]/g, '')}`);
});

test('with a home point in the address the list is sorted by straight-line distance', async ({ page }) => {
  const target = builtFacilities().filter((f) => f.type === 'canteen').at(-1);
  if (!target) throw new Error('no canteen');
  await page.goto(`/canteens/?lon=${target.location.lon}&lat=${target.location.lat}`);
  const first = page.locator('[data-canteen-card]').first();
  await expect(first.getByRole('heading')).toHaveText(target.name);
  await expect(first.locator('[data-distance]')).toHaveText('直线约 10 米，老年人步行约 1 分钟');
  await expect(page.getByText('按离「您选的位置」的直线距离由近到远排列。')).toBeVisible();
  const distances = await page.locator('[data-distance]').allTextContents();
  const metres = distances.map((d) => {
    const m = /约 ([\d.]+) (米|公里)/.exec(d);
    return m ? Number(m[1]) * (m[2] === '公里' ? 1000 : 1) : NaN;
  });
  expect(metres.every((m, i) => i === 0 || m >= (metres[i - 1] ?? 0))).toBe(true);
});

test('the home the map page stores under oh-home sorts the list and is named', async ({ page }) => {
  const target = builtFacilities().filter((f) => f.type === 'canteen')[3];
  if (!target) throw new Error('no canteen');
  await page.addInitScript((home) => localStorage.setItem('oh-home', JSON.stringify(home)), { lon: target.location.lon, lat: target.location.lat, label: '我家' });
  await page.goto('/canteens/');
  await expect(page.locator('[data-canteen-card]').first().getByRole('heading')).toHaveText(target.name);
  await expect(page.getByText('按离「我家」的直线距离由近到远排列。')).toBeVisible();
});

test('a community without a position says it cannot sort, and keeps the list by street', async ({ page }) => {
  const withCentre = new Set(builtFacilities().filter((f) => f.type === 'care-centre').map((f) => f.region.communityCode));
  const code = communityCodes().find((c) => !withCentre.has(c));
  test.skip(code === undefined, 'every community has a care centre');
  await page.goto(`/canteens/?community=${code}`);
  await expect(page.getByText('这个村社没有位置数据')).toBeVisible();
  await expect(page.locator('[data-distance]:visible')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the street links lead to a list of that street’s canteens, with the built status lines', async ({ page }) => {
    const facilities = builtFacilities().filter((f) => f.type === 'canteen');
    const town = facilities[0]?.townName ?? '';
    const inTown = facilities.filter((f) => f.townName === town);
    await page.goto('/canteens/');
    await page.getByRole('navigation', { name: '按街道（镇）查看' }).getByRole('link', { name: new RegExp(`^${town}`) }).click();
    await expect(page).toHaveURL(/\/canteens\/\d{9}\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${town}的老年食堂`);
    await expect(page.locator('[data-canteen-card]')).toHaveCount(inTown.length);
    await expect(page.locator('[data-live-status]').first()).toHaveText(/\S/);
  });
});
