import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { wcagViolations } from './page-checks.ts';
import { builtFacilities, calendarDays, datedFacilities, districtTowns } from './directory-data.ts';
import { greatCircleMetres } from './geo.ts';

const facilities = builtFacilities();
const canteens = facilities.filter((f) => f.type === 'canteen');
const towns = districtTowns();
const communities = towns.flatMap((t) => t.communities.map((c) => ({ ...c, townName: t.name })));

/** Shows every result (pressing “显示更多结果” while it is there) and returns the result titles. */
async function allResults(page: Page): Promise<string[]> {
  await expect(page.getByRole('status')).toHaveText(/^(找到 \d+ 个结果|没有找到)/);
  const more = page.getByRole('button', { name: '显示更多结果' });
  const items = page.locator('[data-search-results] > li');
  while (await more.isVisible()) {
    const before = await items.count();
    // The keyboard, as many readers use it; it also avoids aiming at a list that is still growing.
    await more.press('Enter');
    await expect(items).not.toHaveCount(before);
  }
  return items.locator('h2').allTextContents();
}

async function search(page: Page, query: string) {
  await page.getByLabel('输入名称、街道或村社').fill(query);
  await page.getByRole('button', { name: '搜索', exact: true }).click();
}

// The policy rules page explains 助餐 at 老年食堂, so it is found too, and nothing else.
const POLICY_PAGE = '补贴规则一览';

test('searching “食堂” finds every canteen and the policy rules page, nothing else, and says how many', async ({ page }) => {
  await page.goto('/search/');
  await search(page, '食堂');
  await expect(page.getByRole('status')).toHaveText(`找到 ${canteens.length + 1} 个结果`);
  const titles = await allResults(page);
  expect(titles.sort()).toEqual([...canteens.map((f) => f.name), POLICY_PAGE].sort());
  // Each result names its type and street.
  const first = page.locator('[data-search-results] > li').first();
  await expect(first.locator('.oh-result__facts')).toHaveText(/^老年食堂 · \S+(街道|镇)$/);
});

test('a two-character street name finds the street, every facility and every village or community in it, and nothing from other streets', async ({ page }) => {
  const town = '茶山街道';
  const inTown = facilities.filter((f) => f.townName === town);
  expect(inTown.length).toBeGreaterThan(0);
  await page.goto('/search/');
  await search(page, town.slice(0, 2));
  const titles = await allResults(page);
  // Facility and community pages carry their street's name among their search words; nothing else has 茶山.
  const expected = [town, ...inTown.map((f) => f.name), ...communities.filter((c) => c.townName === town).map((c) => c.name)];
  expect(titles.sort()).toEqual(expected.sort());
  for (const facts of await page.locator('[data-search-results] .oh-result__facts').allTextContents()) expect(facts).toMatch(new RegExp(` · ${town}$`));
});

test('“梧田 老年” finds the canteens of 梧田街道 (named 老年… or of type 老年食堂), and nothing from other streets @sweep', async ({ page }) => {
  const expected = facilities.filter((f) => f.townName === '梧田街道' && (f.name.includes('老年') || f.type === 'canteen'));
  expect(expected.length).toBeGreaterThan(0);
  await page.goto('/search/');
  await search(page, '梧田 老年');
  const titles = await allResults(page);
  expect(titles.sort()).toEqual(expected.map((f) => f.name).sort());
});

test('a single character finds exactly the pages that contain it: “堂” finds every canteen (type 老年食堂), every place named with 堂, and the rules page @sweep', async ({ page }) => {
  await page.goto('/search/?q=堂');
  const titles = await allResults(page);
  const expected = [
    ...facilities.filter((f) => f.type === 'canteen' || f.name.includes('堂')).map((f) => f.name),
    ...communities.filter((c) => c.name.includes('堂')).map((c) => c.name),
    ...towns.filter((t) => t.name.includes('堂')).map((t) => t.name),
    POLICY_PAGE,
  ];
  expect(expected.filter((name) => name !== POLICY_PAGE && !canteens.some((f) => f.name === name)).length, '数据中没有名称含“堂”的非食堂页面').toBeGreaterThan(0);
  expect(titles.sort()).toEqual(expected.sort());
});

test('the type and street filters narrow the results, and work without a search word', async ({ page }) => {
  const town = canteens[0]?.townName ?? '';
  const expected = canteens.filter((f) => f.townName === town).map((f) => f.name).sort();
  await page.goto('/search/');
  await page.getByLabel('类型').selectOption('老年食堂');
  await page.getByLabel('街道（镇）', { exact: true }).selectOption(town);
  await expect(page.getByRole('status')).toHaveText(`找到 ${expected.length} 个结果`);
  expect((await allResults(page)).sort()).toEqual(expected);
  // The choice is kept in the address, so the results can be shared or reloaded.
  await expect(page).toHaveURL(/type=%E8%80%81%E5%B9%B4%E9%A3%9F%E5%A0%82/);
  await page.reload();
  await expect(page.getByRole('status')).toHaveText(`找到 ${expected.length} 个结果`);
});

test('results show today’s state computed for the reader’s moment', async ({ page }) => {
  // A public holiday from the table the built page ships, so the test holds for a build made in any year.
  const { holiday, holidayName } = calendarDays();
  await page.clock.setFixedTime(new Date(`${holiday}T11:45:00+08:00`));
  const closedOnHolidays = canteens.find((f) => f.hours.publicHolidays === 'closed');
  if (!closedOnHolidays) throw new Error('no canteen closed on public holidays');
  await page.goto(`/search/?q=${encodeURIComponent(closedOnHolidays.name)}`);
  const result = page.locator('[data-search-results] > li').filter({ has: page.getByRole('heading', { name: closedOnHolidays.name, exact: true }) });
  await expect(result.locator('.oh-status')).toHaveAttribute('data-look', 'closed');
  await expect(result.locator('.oh-status')).toContainText(`今天休息（${holidayName}）`);
});

test('results show when a facility was last verified, and flag it on the reader’s day once over six months old', async ({ page }) => {
  // A canteen checked on 2026-02-21 is current up to 2026-08-21, six months on, and stale from the next day.
  const f = datedFacilities().find((c) => c.type === 'canteen' && c.lastVerified === '2026-02-21');
  if (!f) throw new Error('数据中没有 2026-02-21 核实的老年食堂：请按数据改这个测试的日期');
  for (const [day, stale] of [['2026-08-21', false], ['2026-08-22', true]] as const) {
    await page.clock.setFixedTime(new Date(`${day}T12:00:00+08:00`));
    await page.goto(`/search/?q=${encodeURIComponent(f.name)}`);
    const result = page.locator('[data-search-results] > li').filter({ has: page.getByRole('heading', { name: f.name, exact: true }) });
    await expect(result.getByText(`最后核实：${f.lastVerified}`)).toBeVisible();
    await expect(result.getByText('信息已超过半年未核实，去之前请先打电话确认。'), day).toHaveCount(stale ? 1 : 0);
  }
});

test('the clear button empties the box and the results @sweep', async ({ page }) => {
  await page.goto('/search/?q=食堂');
  await expect(page.getByRole('status')).toHaveText(/找到/);
  await page.getByRole('button', { name: '清除' }).click();
  await expect(page.getByLabel('输入名称、街道或村社')).toHaveValue('');
  await expect(page.getByLabel('输入名称、街道或村社')).toBeFocused();
  await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '清除' })).toBeHidden();
});

test('an English page finds canteens by a Chinese word too @sweep', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByLabel('Type a name, street or village').fill('老年食堂');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  // Every canteen page carries its type, 老年食堂, among its extra search words; so does the policy rules page.
  await expect(page.getByRole('status')).toHaveText(`${canteens.length + 1} results`);
});

test('services come first: “茶山” lists every facility of 茶山街道, its canteen among them, before the street and its villages', async ({ page }) => {
  const town = '茶山街道';
  const inTown = facilities.filter((f) => f.townName === town).map((f) => f.name);
  const places = [town, ...communities.filter((c) => c.townName === town).map((c) => c.name)];
  expect(facilities.some((f) => f.townName === town && f.type === 'canteen'), '茶山街道 has a canteen').toBe(true);
  expect(places.length).toBeGreaterThan(10);
  await page.goto('/search/?q=茶山');
  const titles = await allResults(page);
  expect(titles.slice(0, inTown.length).sort()).toEqual([...inTown].sort());
  expect(titles.slice(inTown.length).sort()).toEqual([...places].sort());
});

test('a search for meals puts canteens first: “茶山 助餐” lists the street’s canteen before its service centre, “食堂” every canteen before the rules page', async ({ page }) => {
  // Pagefind alone ranks 茶山街道居家养老服务中心 (茶山 in its name, 助餐 among its services) above the canteen.
  const inTown = canteens.filter((f) => f.townName === '茶山街道').map((f) => f.name);
  expect(inTown.length).toBeGreaterThan(0);
  await page.goto(`/search/?q=${encodeURIComponent('茶山 助餐')}`);
  const street = await allResults(page);
  expect(street.slice(0, inTown.length).sort()).toEqual([...inTown].sort());
  expect(street).toContain('茶山街道居家养老服务中心');
  await page.goto('/search/?q=食堂');
  const titles = await allResults(page);
  expect(titles.slice(0, canteens.length).sort()).toEqual(canteens.map((f) => f.name).sort());
  expect(titles.slice(canteens.length)).toEqual([POLICY_PAGE]);
});

test('a village’s result says what is there: its services by type and how far the nearest canteen is', async ({ page }) => {
  // A village with a care centre of its own and no canteen, so that the nearest canteen lies elsewhere.
  const SHORT: [string, string][] = [['canteen', '食堂'], ['care-centre', '照料中心'], ['town-centre', '镇街中心'], ['care-home', '养老机构'], ['health-partner', '医养结合']];
  const servesMeals = (f: (typeof facilities)[number]) => f.type === 'canteen' || f.canteen !== undefined;
  const village = communities.find((c) => {
    const here = facilities.filter((f) => f.region.communityCode === c.code);
    return here.some((f) => f.type === 'care-centre') && !here.some(servesMeals);
  });
  if (!village) throw new Error('数据中没有“有照料中心、没有食堂”的村社');
  const here = facilities.filter((f) => f.region.communityCode === village.code);
  const centre = here.filter((f) => f.type === 'care-centre').sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  if (!centre) throw new Error('no care centre');
  const metres = Math.min(...facilities.filter(servesMeals).map((f) => greatCircleMetres(centre.location, f.location)));
  const distance = metres < 995 ? `${Math.max(10, Math.round(metres / 10) * 10)} 米` : `${(Math.round(metres / 100) / 10).toFixed(1)} 公里`;
  const counts = SHORT.flatMap(([type, label]) => {
    const n = here.filter((f) => f.type === type).length;
    return n > 0 ? [`${label} ${n}`] : [];
  });
  await page.goto(`/search/?q=${encodeURIComponent(village.name)}`);
  const result = page.locator('[data-search-results] > li').filter({ has: page.getByRole('heading', { name: village.name, exact: true }) });
  await expect(result.locator('.oh-result__summary')).toHaveText([...counts, `最近食堂 ${distance}`].join(' · '));
});

test('the count reads right in English for one result @sweep', async ({ page }) => {
  const unique = canteens.find((f) => facilities.filter((g) => g.name.includes(f.name)).length === 1 && !/[<>]/.test(f.name));
  if (!unique) throw new Error('no canteen with a name no other page has');
  await page.goto(`/en/search/?q=${encodeURIComponent(unique.name)}`);
  await expect(page.getByRole('status')).toHaveText('1 result');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page points to the lists', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('搜索需要浏览器运行 JavaScript')).toBeVisible();
    await page.getByRole('link', { name: '老年食堂（按街道）' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('老年食堂');
  });
});

test('the results have no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/search/?q=茶山');
  await allResults(page);
  expect(await wcagViolations(page)).toEqual([]);
});
