import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { expectNearestFirst } from './order.ts';
import { builtFacilities, calendarDays, datedFacilities, communityCodes, isoWeekday, nextDate, shippedHolidayTable, weekdayLunchCanteen } from './directory-data.ts';

const canteen = weekdayLunchCanteen();
// Dates from the holiday table the built pages ship, so the tests hold for a build made in any year.
const table = shippedHolidayTable();
const days = calendarDays(table);
const WEEKDAY_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

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

/** The day the canteen opens again after a holiday: the first day after it that is no holiday and is a make-up working day or one of its weekdays. */
function reopening(holiday: string): string {
  for (let d = nextDate(holiday); ; d = nextDate(d)) {
    if (table.holidays[d] !== undefined) continue;
    if (table.adjustedWorkdays[d] !== undefined || canteen.hours.periods.some((p) => p.days.includes(isoWeekday(d)))) return d;
  }
}

/** “明天” or “10月9日（周四）”, as the status line names a day. */
function dayLabel(date: string, today: string): string {
  if (date === nextDate(today)) return '明天';
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日（${WEEKDAY_ZH[isoWeekday(date)]}）`;
}

for (const timezoneId of ['Asia/Shanghai', 'America/New_York']) {
  test.describe(`a viewer whose clock is set to ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('sees a weekday-lunch canteen open at 11:45 on an ordinary Thursday', async ({ page }) => {
      const { look, text } = await statusAt(page, `${days.ordinaryThursday}T11:45:00+08:00`);
      expect(look).toBe('open');
      expect(text).toMatch(/^午餐供应中，\d\d:\d\d 结束$/);
      await expect(page.getByText(`今天的开门情况按北京时间 ${days.ordinaryThursday} 11:45 计算`)).toBeVisible();
      await expect(page.getByText(`节假日数据截至 ${table.until}。`)).toBeVisible();
    });

    test('sees it open on a weekend day that is a make-up working day (调休), and told so', async ({ page }) => {
      const { look, text } = await statusAt(page, `${days.adjustedWeekend}T11:45:00+08:00`);
      expect(look).toBe('open');
      expect(text).toContain('（调休上班日）');
    });

    test('sees it closed on the first weekday of a public holiday, named, with the next opening after the break', async ({ page }) => {
      const { look, text } = await statusAt(page, `${days.holiday}T11:45:00+08:00`);
      expect(look).toBe('closed');
      const next = dayLabel(reopening(days.holiday), days.holiday);
      expect(text).toMatch(new RegExp(`^今天休息（${days.holidayName}）；${next} \\d\\d:\\d\\d 开门$`));
    });
  });
}

test('on every make-up working Saturday and Sunday the page ships, the canteen opens and says it is a 调休 day @sweep', async ({ page }) => {
  const weekendWorkdays = Object.keys(table.adjustedWorkdays).filter((d) => isoWeekday(d) >= 6);
  expect(weekendWorkdays.length, '页面附带的节假日表中没有周末调休上班日').toBeGreaterThan(0);
  for (const date of weekendWorkdays) {
    const { look, text } = await statusAt(page, `${date}T11:45:00+08:00`);
    expect(look, date).toBe('open');
    expect(text, date).toContain('（调休上班日）');
  }
});

test('past the last year of the holiday table the card says the site does not have that year yet, and asks to phone first @sweep', async ({ page }) => {
  const year = Number(table.until.slice(0, 4)) + 1;
  // 1 October is 国庆节 every year, so whether the canteen opens depends on a calendar the page does not have.
  const { look, text } = await statusAt(page, `${year}-10-01T11:45:00+08:00`);
  expect(look).toBe('unknown');
  expect(text).toBe(`本站尚未收录 ${year} 年的节假日安排，请先打电话确认`);
});

test('before the first date of the holiday table the card says the page has no data for that year, not that it is unpublished @sweep', async ({ page }) => {
  const year = Number(table.from.slice(0, 4)) - 1;
  const { look, text } = await statusAt(page, `${year}-10-01T11:45:00+08:00`);
  expect(look).toBe('unknown');
  expect(text).toBe(`本页没有 ${year} 年的节假日数据，请核对手机日期，或先打电话确认`);
});

test('every card shows 最后核实 and flags, on the reader’s day, records older than six months', async ({ page }) => {
  const facilities = datedFacilities().filter((f) => f.type === 'canteen');
  // On 2026-12-20 a record checked before 2026-06-20 is more than six months old; one checked on 2026-06-20 itself is still current.
  const day = '2026-12-20';
  const stale = facilities.filter((f) => f.lastVerified < '2026-06-20');
  // The test needs both kinds; if the data stops having a stale canteen it must say so, not pass silently.
  expect(stale.length, '数据中没有超过半年未核实的老年食堂，这个测试无法检查提示').toBeGreaterThan(0);
  expect(stale.length, '数据中没有半年内核实过的老年食堂').toBeLessThan(facilities.length);
  await page.clock.setFixedTime(new Date(`${day}T12:00:00+08:00`));
  await page.goto('/canteens/');
  await expect(page.locator('[data-canteen-card]')).toHaveCount(builtFacilities().filter((f) => f.type === 'canteen').length);
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
  expectNearestFirst(await listedMetres(page), 'canteens from a point', await page.locator('[data-canteen-card]').count());
});

test('the home the map page stores under oh-home sorts the list and is named', async ({ page }) => {
  const target = builtFacilities().filter((f) => f.type === 'canteen')[3];
  if (!target) throw new Error('no canteen');
  await page.addInitScript((home) => localStorage.setItem('oh-home', JSON.stringify(home)), { lon: target.location.lon, lat: target.location.lat, label: '我家' });
  await page.goto('/canteens/');
  await expect(page.locator('[data-canteen-card]').first().getByRole('heading')).toHaveText(target.name);
  await expect(page.getByText('按离「我家」的直线距离由近到远排列。')).toBeVisible();
});

/** The distances written on the cards, in metres, in list order. */
async function listedMetres(page: Page): Promise<number[]> {
  const distances = await page.locator('[data-distance]').allTextContents();
  return distances.map((d) => {
    const m = /约 ([\d.]+) (米|公里)/.exec(d);
    return m ? Number(m[1]) * (m[2] === '公里' ? 1000 : 1) : NaN;
  });
}

function communityName(code: string): string {
  const district = JSON.parse(readFileSync('data/regions/ouhai.json', 'utf8')) as { towns: { name: string; code: string; communities: { code: string; name: string }[] }[] };
  const name = district.towns.flatMap((t) => t.communities).find((c) => c.code === code)?.name;
  if (name === undefined) throw new Error(`村社 ${code} 不在 data/regions/ouhai.json 中`);
  return name;
}

test.describe('the home chosen on the map', () => {
  const centre = builtFacilities().find((f) => f.type === 'care-centre' && f.region.communityCode);
  const communityCode = centre?.region.communityCode ?? '';
  const townCode = centre?.region.townCode ?? '';

  /** Sets home on /map/ with the 街道 and 村社 lists, as a visitor does, and returns the map's address. */
  async function chooseOnMap(page: Page): Promise<string> {
    if (!centre) throw new Error('数据中没有带村社代码的照料中心');
    await page.goto('/map/');
    await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
    await page.getByLabel('街道（镇）').selectOption(townCode);
    await page.getByLabel('村（社区）').selectOption(communityCode);
    await expect(page).toHaveURL(new RegExp(`community=${communityCode}`));
    return new URL(page.url()).search;
  }

  test('carried in the address, sorts the canteen list nearest first from that community, and the street links keep it', async ({ page }) => {
    const search = await chooseOnMap(page);
    await page.goto(`/canteens/${search}`);
    await expect(page.getByText(`按离「${communityName(communityCode)}」的直线距离由近到远排列。`)).toBeVisible();
    const metres = await listedMetres(page);
    expect(metres.length).toBe(await page.locator('[data-canteen-card]').count());
    expectNearestFirst(metres, 'canteens from the community', await page.locator('[data-canteen-card]').count());
    // “更改位置” opens the map on the same home, so it can be changed there and brought back.
    await expect(page.getByRole('link', { name: '更改位置' })).toHaveAttribute('href', `/map/?community=${communityCode}`);

    // Choosing a street keeps the home: the street's list is sorted from the same community.
    await page.getByText('按街道（镇）查看').click();
    await page.getByRole('navigation', { name: '按街道（镇）查看' }).getByRole('link', { name: new RegExp(`^${centre?.townName}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/canteens/${townCode}/\\?community=${communityCode}$`));
    await expect(page.getByText(`按离「${communityName(communityCode)}」的直线距离由近到远排列。`)).toBeVisible();
    await expect(page.locator('[data-distance]:visible').first()).toBeVisible();
  });

  // The map stores the chosen home on the device under oh-home ({ lon, lat, label }).
  test('stored by the map under oh-home, sorts the canteen list opened without any address', async ({ page }) => {
    await chooseOnMap(page);
    await page.goto('/canteens/');
    await expect(page.getByText(/^按离「.+」的直线距离由近到远排列。$/)).toBeVisible();
    expectNearestFirst(await listedMetres(page), 'canteens from the stored home', await page.locator('[data-canteen-card]').count());
  });
});

test('a street given as ?town= (how the map links a whole street) sorts from the street’s approximate centre, and says so', async ({ page }) => {
  const town = builtFacilities().find((f) => f.type === 'canteen');
  if (!town) throw new Error('no canteen');
  await page.goto(`/canteens/?town=${town.region.townCode}`);
  await expect(page.getByText(`按离「${town.townName}的大致中心」的直线距离由近到远排列。`)).toBeVisible();
  expectNearestFirst(await listedMetres(page), 'canteens from the street centre', await page.locator('[data-canteen-card]').count());
});

test('without a home the map link is the plain map page', async ({ page }) => {
  await page.goto('/canteens/');
  await expect(page.getByRole('link', { name: '在服务地图上选择您家的位置' })).toHaveAttribute('href', '/map/');
});

test('a community without a care centre sorts from its town’s centre, and says so', async ({ page }) => {
  const withCentre = new Set(builtFacilities().filter((f) => f.type === 'care-centre').map((f) => f.region.communityCode));
  const code = communityCodes().find((c) => !withCentre.has(c));
  if (code === undefined) throw new Error('每个村社都有照料中心：这个测试需要一个没有照料中心的村社');
  await page.goto(`/canteens/?community=${code}`);
  await expect(page.getByText(/本村社没有照料中心的位置，按.+估算/)).toBeVisible();
  expectNearestFirst(await listedMetres(page), 'canteens from the town’s centre', await page.locator('[data-canteen-card]').count());
});
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the street links lead to a list of that street’s canteens, with the built status lines', async ({ page }) => {
    const facilities = builtFacilities().filter((f) => f.type === 'canteen');
    const town = facilities[0]?.townName ?? '';
    const inTown = facilities.filter((f) => f.townName === town);
    await page.goto('/canteens/');
    // The streets are one tap away, folded under the first action (choosing home).
    await page.getByText('按街道（镇）查看').click();
    await page.getByRole('navigation', { name: '按街道（镇）查看' }).getByRole('link', { name: new RegExp(`^${town}`) }).click();
    await expect(page).toHaveURL(/\/canteens\/\d{9}\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${town}的老年食堂`);
    await expect(page.locator('[data-canteen-card]')).toHaveCount(inTown.length);
    await expect(page.locator('[data-live-status]').first()).toHaveText(/\S/);
  });
});

test('a canteen card shows hours that could not be read as written, asks to phone first, and says its 核实日期 is not known', async ({ page }) => {
  const f = builtFacilities().find((x) => x.type === 'canteen' && x.hours.periods.length === 0 && x.hours.text && !x.lastVerified);
  if (!f) throw new Error('数据中没有开放时间无法识别且没有核实日期的老年食堂（示例数据里应有“三垟湿地老年食堂”）');
  await page.goto('/canteens/');
  const c = card(page, f.name);
  await expect(c.getByText(`${f.hours.text}（请先电话确认）`, { exact: true })).toBeVisible();
  await expect(c.getByText('核实日期不详', { exact: true })).toBeVisible();
  await expect(c.getByText('不知道这条信息是什么时候核实的，去之前请先打电话确认。')).toBeVisible();
});
