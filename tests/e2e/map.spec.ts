import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

interface MapFacility {
  id: string;
  type: string;
  lon: number;
  lat: number;
  townCode: string;
  communityCode?: string;
}

const TYPE_NAMES: Record<string, string> = {
  canteen: '老年食堂',
  'care-centre': '村社居家养老服务照料中心',
  'town-centre': '镇街居家养老服务中心',
  'care-home': '养老机构',
  'health-partner': '康养联合体/医养结合',
};

/** The facilities the page itself loads, so the tests follow whatever dataset is embedded. */
async function mapData(page: Page): Promise<MapFacility[]> {
  const response = await page.request.get('/map/data.json');
  return ((await response.json()) as { facilities: MapFacility[] }).facilities;
}

/** A community with a care centre in the data (its point), else any community of a town that has facilities. */
async function someCommunity(page: Page): Promise<{ town: string; community: string }> {
  const facilities = await mapData(page);
  const centre = facilities.find((f) => f.type === 'care-centre' && f.communityCode);
  if (centre?.communityCode) return { town: centre.townCode, community: centre.communityCode };
  const any = facilities[0]!;
  const options = await page.locator(`#map-community optgroup option`).evaluateAll((els, town) => els.map((e) => (e as HTMLOptionElement).value).filter((v) => v.startsWith(town)), any.townCode);
  return { town: any.townCode, community: options[0]! };
}

async function listedMetres(page: Page): Promise<number[][]> {
  return page.locator('.oh-map__group').evaluateAll((groups) =>
    groups.map((g) => [...g.querySelectorAll('li[data-metres]:not([data-blocked])')].map((li) => Number((li as HTMLElement).dataset.metres))),
  );
}

async function waitForMap(page: Page) {
  await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
}

async function chooseHome(page: Page) {
  const { town, community } = await someCommunity(page);
  await page.getByLabel('街道（镇）').selectOption(town);
  await page.getByLabel('村（社区）').selectOption(community);
  return { town, community };
}

test('choosing a street and a community draws the rings and lists facilities nearest first', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  const { community } = await chooseHome(page);
  await expect(page).toHaveURL(new RegExp(`community=${community}`));
  await expect(page.locator('[data-results-summary]')).toContainText('15 分钟');

  const groups = await listedMetres(page);
  expect(groups.flat().length).toBeGreaterThan(0);
  for (const metres of groups) expect(metres).toEqual([...metres].sort((a, b) => a - b));
  // Every entry says whether it is open now (or why that cannot be told).
  for (const status of await page.locator('.oh-map__list .oh-card__status').allInnerTexts()) expect(status).toMatch(/营业|供应|开门|休息|结束|电话/);
  // Canteens come first when there are any.
  const firstGroup = page.locator('.oh-map__group').first();
  if ((await page.locator('.oh-map__group[data-type="canteen"]').count()) > 0) await expect(firstGroup).toHaveAttribute('data-type', 'canteen');

  await waitForMap(page);
  const map = page.locator('[data-map]');
  // Three rings (or walking areas) plus their three labels went into the map's reach source, and the map drew them.
  await expect(map).toHaveAttribute('data-reach-features', '6');
  await expect.poll(async () => Number(await map.getAttribute('data-reach-rendered')), { timeout: 15_000 }).toBeGreaterThan(0);
  // With an imported road graph the areas follow the streets; without one they are labelled straight-line estimates.
  const hasGraph = (await page.request.get('/map/roads-graph.json')).ok();
  await expect(map).toHaveAttribute('data-reach-method', hasGraph ? 'reach' : 'ring');
  if (!hasGraph) await expect(page.getByText('直线距离估算', { exact: false }).first()).toBeVisible();
});

test('a shared link restores the home and the pace, and changing the pace changes the list', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  const { community } = await someCommunity(page);
  await page.goto(`/map/?community=${community}&pace=standard`);
  await expect(page.getByLabel('村（社区）')).toHaveValue(community);
  await expect(page.getByRole('radio', { name: /1\.0 米\/秒/ })).toBeChecked();
  const summary = page.locator('[data-results-summary] p').first();
  await expect(summary).toContainText('900 米');
  const before = await page.locator('.oh-map__list').allInnerTexts();

  await page.getByRole('radio', { name: /0\.6 米\/秒/ }).check();
  await expect(summary).toContainText('540 米');
  await expect(page).toHaveURL(/pace=walking-aid/);
  const after = await page.locator('.oh-map__list').allInnerTexts();
  expect(after).not.toEqual(before);
});

test('the current location from the browser becomes home', async ({ page, context }) => {
  const facilities = await mapData(page);
  const near = facilities[0]!;
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ longitude: near.lon + 0.001, latitude: near.lat });
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: '用我现在的位置' }).click();
  await expect(page.locator('[data-results-summary]')).toContainText('我现在的位置');
  await expect(page.locator(`li[data-facility="${near.id}"]`)).toBeVisible();
  await expect(page).toHaveURL(/lon=.*lat=/);
});

test('clicking the map sets home there', async ({ page }) => {
  await page.goto('/map/');
  await waitForMap(page);
  const map = page.locator('[data-map]');
  await map.click({ position: { x: 40, y: 200 } });
  await expect(page.locator('[data-results-summary]')).toContainText('地图上选的点');
  await expect(map).toHaveAttribute('data-home', /^\d+\.\d+,\d+\.\d+$/);
  await expect(map).toHaveAttribute('data-reach-features', '6');
  await expect(page).toHaveURL(/lon=.*lat=/);
});

test('finding a facility by name sets home at it', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  const name = (await page.locator('.oh-map__all li a').first().textContent()) ?? '';
  await page.getByRole('searchbox', { name: '按名称或地址查找' }).fill(name);
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(name) }).first().click();
  await expect(page.locator('[data-results-summary]')).toContainText(name);
  await expect(page.locator('.oh-map__list li').first()).toContainText(name);
});

test('the type filter hides a type from the list', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  await chooseHome(page);
  const first = (await page.locator('.oh-map__group').first().getAttribute('data-type')) ?? '';
  await page.getByRole('checkbox', { name: TYPE_NAMES[first], exact: true }).uncheck();
  await expect(page.locator(`.oh-map__group[data-type="${first}"]`)).toHaveCount(0);
  await expect(page).toHaveURL(/types=/);
});

test('without WebGL the list still works and the page says the map could not be shown', async ({ page }) => {
  // As in a browser without WebGL: every request for a WebGL context gets nothing.
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...args: unknown[]) => unknown;
    Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
      value(this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        return /webgl/.test(kind) ? null : original.apply(this, [kind, ...rest]);
      },
    });
  });
  await page.goto('/map/');
  await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'failed');
  await expect(page.getByText('地图无法显示')).toBeVisible();
  await chooseHome(page);
  expect((await listedMetres(page)).flat().length).toBeGreaterThan(0);
});

test('without JavaScript the page lists every facility by street and says the circle needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/map/');
  await expect(page.getByText('需要启用 JavaScript')).toBeVisible();
  await expect(page.getByLabel('街道（镇）')).toBeVisible();
  await expect(page.getByRole('heading', { name: '全部服务设施（按街道）' })).toBeVisible();
  expect(await page.locator('.oh-map__all li a').count()).toBeGreaterThan(0);
  await context.close();
});

test('pages other than the map do not load MapLibre', async ({ page, guard }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(guard.requests.filter((url) => /maplibre|mount\./.test(url))).toEqual([]);
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
});

test('the coverage page shows the share of communities covered against the target', async ({ page }) => {
  await page.goto('/coverage/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('15 分钟养老服务圈覆盖情况');
  await expect(page.locator('[data-coverage-share]')).toContainText(/\d+ \/ 197 个村社（\d+(\.\d)?%）/);
  await expect(page.getByText('85%').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /瓯海区示意图/ })).toBeVisible();
  await expect(page.getByRole('table', { name: '各村社覆盖情况' }).getByRole('row')).toHaveCount(198);
});
