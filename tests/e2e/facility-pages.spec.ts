import { test, expect } from './fixtures.ts';
import { expectNearestFirst } from './order.ts';
import { builtFacilities, calendarDays, datedFacilities, communityCodes, shippedHolidayTable } from './directory-data.ts';

const facilities = builtFacilities();

function minutes(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

function clock(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

test('a facility page has tap-to-call, a map link, a static map, its neighbours, a QR code and today’s state', async ({ page }) => {
  // An ordinary Thursday from the holiday table the built page ships, in the middle of the canteen's first Thursday period.
  const { ordinaryThursday } = calendarDays();
  const f = facilities.find((x) => x.type === 'canteen' && x.phones.length > 0 && x.hours.periods.some((p) => p.days.includes(4)));
  if (!f) throw new Error('no canteen with a phone that opens on Thursdays');
  const period = f.hours.periods.filter((p) => p.days.includes(4)).sort((a, b) => a.open.localeCompare(b.open))[0];
  if (!period) throw new Error('no Thursday period');
  const middle = clock(Math.floor((minutes(period.open) + minutes(period.close)) / 2));
  await page.clock.setFixedTime(new Date(`${ordinaryThursday}T${middle}:00+08:00`));
  await page.goto(`/facilities/${f.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.name);
  const phone = f.phones[0] ?? '';
  await expect(page.getByRole('link', { name: `拨打 ${phone}` }).first()).toHaveAttribute('href', `tel:${phone.replace(/[^\d+]/g, '')}`);
  await expect(page.getByRole('link', { name: '在地图上查看' }).first()).toHaveAttribute('href', `/map/?lon=${f.location.lon.toFixed(6)}&lat=${f.location.lat.toFixed(6)}`);
  await expect(page.getByRole('img', { name: /周边示意图/ })).toBeVisible();
  await expect(page.getByRole('img', { name: '本页网址的二维码' })).toBeVisible();
  await expect(page.getByText('按直线距离估算，老年人步速 0.8 米/秒')).toBeVisible();
  const status = page.locator('[data-live-status]').first();
  await expect(status).toHaveAttribute('data-look', 'open');
  await expect(status).toHaveText(/^(早餐|午餐|晚餐)?(供应中|营业中)，\d\d:\d\d 结束$/);
  await expect(page.getByRole('button', { name: '打印本页' })).toBeVisible();
});

test('a facility page says the day is over after the last closing time on that Thursday', async ({ page }) => {
  const { ordinaryThursday } = calendarDays();
  const f = facilities.find((x) => x.type === 'canteen' && x.hours.periods.some((p) => p.days.includes(4)) && x.hours.periods.every((p) => p.close <= '22:00'));
  if (!f) throw new Error('no canteen that opens on Thursdays and closes by 22:00');
  await page.clock.setFixedTime(new Date(`${ordinaryThursday}T23:00:00+08:00`));
  await page.goto(`/facilities/${f.id}/`);
  const status = page.locator('[data-live-status]').first();
  await expect(status).toHaveAttribute('data-look', 'closed');
  await expect(status).toHaveText(/^今天已结束营业/);
});

test('the neighbours listed are the ones the map numbers, nearest first', async ({ page }) => {
  const f = facilities.find((x) => x.type === 'care-centre');
  if (!f) throw new Error('no care centre');
  await page.goto(`/facilities/${f.id}/`);
  const markers = await page.locator('svg [data-marker]').count();
  expect(markers, 'the map numbers some neighbours').toBeGreaterThan(0);
  const items = page.locator('.oh-nearby__list > li');
  expect(await items.count()).toBeGreaterThanOrEqual(markers);
  const minutes = (await items.allTextContents()).map((t) => Number(/步行约 (\d+) 分钟/.exec(t)?.[1]));
  expectNearestFirst(minutes, 'neighbours', await items.count());
  expect(minutes.filter((m) => m > 15), 'neighbours within 15 minutes').toEqual([]);
});

test('a community without a care centre says there is no position and gives no answer', async ({ page }) => {
  const withCentre = new Set(facilities.filter((f) => f.type === 'care-centre').map((f) => f.region.communityCode));
  const code = communityCodes().find((c) => !withCentre.has(c));
  if (code === undefined) throw new Error('每个村社都有照料中心：这个测试需要一个没有位置数据的村社');
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

test('a town page lists each facility with its 最后核实 date, and flags, on the reader’s day, those older than six months', async ({ page }) => {
  // The town with the most facilities, on a day when some of its records are stale and some are not.
  const townCodes = [...new Set(facilities.map((f) => f.region.townCode))];
  const townCode = townCodes.sort((a, b) => facilities.filter((f) => f.region.townCode === b).length - facilities.filter((f) => f.region.townCode === a).length)[0];
  const inTown = datedFacilities().filter((f) => f.region.townCode === townCode);
  if (!townCode) throw new Error('no facilities');
  // On 2026-12-20 a record checked before 2026-06-20 is more than six months old; one checked on 2026-06-20 itself is still current.
  const day = '2026-12-20';
  const stale = inTown.filter((f) => f.lastVerified < '2026-06-20');
  expect(stale.length, '这个街道没有超过半年未核实的机构，测试无法检查提示').toBeGreaterThan(0);
  expect(stale.length).toBeLessThan(inTown.length);
  await page.clock.setFixedTime(new Date(`${day}T12:00:00+08:00`));
  await page.goto(`/towns/${townCode}/`);
  for (const f of inTown) {
    const item = page.locator('.oh-list > li').filter({ has: page.getByRole('link', { name: f.name, exact: true }) });
    await expect(item.getByText(`最后核实：${f.lastVerified}`), f.name).toBeVisible();
    const notice = item.getByText('信息已超过半年未核实，去之前请先打电话确认。');
    if (stale.includes(f)) await expect(notice, f.name).toBeVisible();
    else await expect(notice, f.name).toBeHidden();
  }
});

test('a community page lists its facilities with their 最后核实 date', async ({ page }) => {
  const f = facilities.find((x) => x.region.communityCode);
  if (!f?.region.communityCode) throw new Error('no facility with a community');
  await page.goto(`/communities/${f.region.communityCode}/`);
  const item = page.locator('.oh-list > li').filter({ has: page.getByRole('link', { name: f.name, exact: true }) });
  await expect(item.getByText(`最后核实：${f.lastVerified}`)).toBeVisible();
});

test('the data page names the holiday calendar, its version and the last date it knows', async ({ page }) => {
  const table = shippedHolidayTable();
  await page.goto('/about/data/');
  await expect(page.getByRole('heading', { name: '法定节假日和调休' })).toBeVisible();
  await expect(page.getByText(/^npm 包 chinese-days \d+\.\d+\.\d+，依据国务院办公厅/)).toBeVisible();
  // The site's calendar reaches at least as far as the table the pages ship.
  const until = await page.locator('[data-calendar-until]').getAttribute('data-calendar-until');
  expect(until && until >= table.until).toBe(true);
  await expect(page.getByText(`节假日数据截至 ${until}。`)).toBeVisible();
});

test('a facility whose hours and phone could not be read shows them as written, asks to phone first, and says its 核实日期 is not known', async ({ page }) => {
  const f = facilities.find((x) => x.asWritten?.phones && x.hours.periods.length === 0 && x.hours.text && !x.lastVerified);
  if (!f?.asWritten?.phones) throw new Error('数据中没有开放时间、电话无法识别且没有核实日期的机构（示例数据里应有“三垟湿地老年食堂”）');
  await page.goto(`/facilities/${f.id}/`);
  const facts = page.locator('.oh-facts');
  await expect(facts.getByText(`${f.hours.text}（请先电话确认）`, { exact: true })).toBeVisible();
  await expect(facts.getByText(`${f.asWritten.phones}（请先电话确认）`, { exact: true })).toBeVisible();
  await expect(facts.getByText('核实日期不详', { exact: true })).toBeVisible();
  await expect(page.getByText('不知道这条信息是什么时候核实的，去之前请先打电话确认。')).toBeVisible();
});
