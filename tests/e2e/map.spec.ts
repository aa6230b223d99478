import type { Page } from '@playwright/test';
import { greatCircleMetres } from './geo.ts';
import { builtFacilities } from './directory-data.ts';
import { test, expect } from './fixtures.ts';
import { openSettings } from './settings.ts';
import { tabTo } from './keyboard.ts';

const TYPE_NAMES: Record<string, string> = {
  canteen: '老年食堂',
  'care-centre': '村社居家养老服务照料中心',
  'town-centre': '镇街居家养老服务中心',
  'care-home': '养老机构',
  'health-partner': '康养联合体/医养结合',
};

interface MapFacility {
  id: string;
  name: string;
  type: string;
  lon: number;
  lat: number;
  townCode: string;
  communityCode?: string;
  phones: string[];
  meals: boolean;
}

/** The facilities of the built site, from its own download (not from the map page's data files, which are under test). */
async function mapData(_page: Page): Promise<MapFacility[]> {
  return builtFacilities().map((f) => ({
    id: f.id,
    name: f.name,
    type: f.type,
    lon: f.location.lon,
    lat: f.location.lat,
    townCode: f.region.townCode,
    ...(f.region.communityCode ? { communityCode: f.region.communityCode } : {}),
    phones: f.phones,
    meals: f.type === 'canteen' || f.canteen !== undefined,
  }));
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

/** The map loads when it is about to be seen: scroll to it, as a reader does, and wait for it. */
async function waitForMap(page: Page, state = 'ready') {
  await page.locator('[data-map]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', state, { timeout: 30_000 });
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
  // Every entry says whether it is open now (or why that cannot be told), once the town's hours have arrived.
  await expect(page.locator('.oh-map__list .oh-card__status', { hasText: '正在读取' })).toHaveCount(0);
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

test('a shared link restores the home and the pace, and changing the pace changes the list @sweep', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  const { community } = await someCommunity(page);
  await page.goto(`/map/?community=${community}&pace=standard`);
  await expect(page.getByLabel('村（社区）')).toHaveValue(community);
  await page.getByText('步行速度：每秒 1.0 米').click();
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

test('the current location from the browser becomes home @sweep', async ({ page, context }) => {
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

test('clicking the map sets home there @sweep', async ({ page }) => {
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
  const name = builtFacilities().find((f) => f.type === 'canteen' && !f.id.startsWith('e2e-'))?.name ?? '';
  await page.getByRole('searchbox', { name: '按名称或地址查找' }).fill(name);
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(name) }).first().click();
  await expect(page.locator('[data-results-summary]')).toContainText(name);
  await expect(page.locator('.oh-map__list li').first()).toContainText(name);
});

test('the type filter hides a type from the list @sweep', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  await chooseHome(page);
  const first = (await page.locator('.oh-map__group').first().getAttribute('data-type')) ?? '';
  await page.getByRole('checkbox', { name: TYPE_NAMES[first], exact: true }).uncheck();
  await expect(page.locator(`.oh-map__group[data-type="${first}"]`)).toHaveCount(0);
  await expect(page).toHaveURL(/types=/);
});

test('choosing another street after a community moves home to that street’s centre @sweep', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  const { town } = await chooseHome(page);
  const townSelect = page.getByLabel('街道（镇）');
  const other = await townSelect.locator('option').evaluateAll((els, chosen) => els.map((e) => ({ value: (e as HTMLOptionElement).value, name: e.textContent ?? '' })).find((o) => o.value && o.value !== chosen), town);
  if (!other) throw new Error('only one street in the picker');
  await townSelect.selectOption(other.value);
  await expect(page.getByLabel('村（社区）')).toHaveValue('');
  await expect(page.locator('[data-results-summary] p').first()).toContainText(`离“${other.name}”`);
  await expect(page).toHaveURL(new RegExp(`town=${other.value}`));
  await expect(page).not.toHaveURL(/community=/);
});

test('the chosen home is kept on this device, and its canteen link lists canteens nearest first', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByText('只保存在这台手机或电脑上')).toBeVisible();
  const { community } = await chooseHome(page);
  const name = (await page.locator(`#map-community option[value="${community}"]`).textContent()) ?? '';
  await expect(page.locator('[data-results-summary] p').first()).toContainText(name);
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('oh-home'))) ?? 'null') as { lon: number; lat: number; label: string };
  expect(stored.label).toBe(name);
  const [lon, lat] = ((await page.locator('[data-map]').getAttribute('data-home')) ?? '').split(',').map(Number);
  expect(stored.lon).toBeCloseTo(lon!, 6);
  expect(stored.lat).toBeCloseTo(lat!, 6);

  await page.getByRole('link', { name: '附近的老年食堂' }).click();
  await expect(page).toHaveURL(/\/canteens\/\?lon=[\d.]+&lat=[\d.]+$/);
  await expect(page.getByText('按离「您选的位置」的直线距离由近到远排列。')).toBeVisible();
  const metres = (await page.locator('[data-distance]').allTextContents()).map((d) => {
    const m = /约 ([\d.]+) (米|公里)/.exec(d);
    return m ? Number(m[1]) * (m[2] === '公里' ? 1000 : 1) : NaN;
  });
  expect(metres.length).toBeGreaterThan(0);
  expect(metres).toEqual([...metres].sort((a, b) => a - b));

  // Without a point in the address, the list sorts by the stored home and names it.
  await page.goto('/canteens/');
  await expect(page.getByText(`按离「${name}」的直线距离由近到远排列。`)).toBeVisible();
});

test('a facility’s popup opens from the list by keyboard, shows its facts, and Escape closes it and returns focus @sweep', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  await chooseHome(page);
  await waitForMap(page);
  const facilities = new Map((await mapData(page)).map((f) => [f.id, f]));
  const ids = await page.locator('.oh-map__list li[data-facility]').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.facility ?? ''));
  const id = ids.find((i) => (facilities.get(i)?.phones.length ?? 0) > 0);
  if (!id) throw new Error('no facility with a phone near the chosen community');
  const f = facilities.get(id)!;
  const button = page.locator(`li[data-facility="${id}"]`).getByRole('button', { name: /在地图上显示/ });
  await tabTo(page, button, 300);
  await page.keyboard.press('Enter');

  const popup = page.locator('.maplibregl-popup');
  await expect(popup).toBeVisible();
  expect(await popup.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await expect(popup.getByRole('heading', { name: f.name })).toBeVisible();
  await expect(popup.getByText(TYPE_NAMES[f.type]!, { exact: true })).toBeVisible();
  await expect(popup.locator('.oh-card__status')).toHaveText(/营业|供应|开门|休息|结束|电话/);
  await expect(popup.locator('a[href^="tel:"]').first()).toBeVisible();
  await expect(popup.getByRole('link', { name: '查看详情' })).toHaveAttribute('href', `/facilities/${id}/`);

  await page.keyboard.press('Escape');
  await expect(popup).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('in high contrast the type legend is drawn in the high-contrast colours, and follows the setting when it changes @sweep', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  const legend = page.locator('.oh-map__types svg.oh-symbol');
  const fills = () => legend.evaluateAll((svgs) => svgs.map((s) => s.querySelector('circle, polygon')?.getAttribute('fill')));
  await expect(legend.first()).toHaveAttribute('data-theme', 'default');
  const normal = await fills();
  await openSettings(page);
  await page.getByRole('button', { name: '高对比度' }).click();
  await expect(legend.first()).toHaveAttribute('data-theme', 'high-contrast');
  expect(await fills()).not.toEqual(normal);
  await page.reload();
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  await expect(legend.first()).toHaveAttribute('data-theme', 'high-contrast');
});

test('without WebGL the list still works and the page says the map could not be shown @sweep', async ({ page }) => {
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
  await waitForMap(page, 'failed');
  await expect(page.getByText('地图无法显示')).toBeVisible();
  await chooseHome(page);
  expect((await listedMetres(page)).flat().length).toBeGreaterThan(0);
});

test.describe(() => {
  // The download is blocked by intercepting the request, which a service worker would make instead.
  test.use({ serviceWorkers: 'block' });

  test('when the map code cannot be downloaded the list still works and the page says the map could not load @sweep', async ({ page, guard }) => {
    // The browser reports the blocked download itself, and Playwright the blocked worker: what this test causes.
    guard.allowConsole(/Failed to load resource: net::ERR_FAILED/);
    guard.allowConsole(/Service Worker registration blocked by Playwright/);
    let blocked = 0;
    await page.route(/\/_astro\/mount\.[\w-]+\.js$/, (route) => {
      blocked += 1;
      return route.abort();
    });
    await page.goto('/map/');
    await waitForMap(page, 'failed');
    expect(blocked).toBeGreaterThan(0);
    await expect(page.getByText('地图无法显示')).toBeVisible();
    await chooseHome(page);
    expect((await listedMetres(page)).flat().length).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: '附近的老年食堂' })).toBeVisible();
  });
});

test('without JavaScript the page offers each street’s community pages and each street’s page, and hides the controls that need JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/map/');
  await expect(page.getByText('需要启用 JavaScript')).toBeVisible();
  // The street/community lists and the show button would do nothing without JavaScript.
  await expect(page.getByLabel('街道（镇）')).toBeHidden();
  await expect(page.getByRole('button', { name: '查看附近服务' })).toBeHidden();
  await expect(page.getByRole('heading', { name: '按街道查看全部服务设施' })).toBeVisible();
  await expect(page.locator('.oh-map__all li a')).toHaveCount(13);
  await expect(page.locator('.oh-map__all li a').first()).toHaveAttribute('href', /^\/towns\/\d{9}\/$/);

  const byStreet = page.locator('[data-map-nojs]');
  await expect(byStreet.getByRole('heading', { name: '按村社查看附近的服务' })).toBeVisible();
  const street = byStreet.locator('details').first();
  await street.locator('summary').click();
  const community = street.getByRole('link').first();
  const name = (await community.textContent()) ?? '';
  await community.click();
  await expect(page).toHaveURL(/\/communities\/\d{12}\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await context.close();
});

test('the map page loads MapLibre only when the map is about to be seen, or asked for (page-kinds.spec.ts checks no other kind of page loads it)', async ({ page, guard }) => {
  // Software WebGL on two busy cores can take a while to draw the first frame.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  // The list works, and the map far below the first screen has not been fetched.
  await chooseHome(page);
  await expect(page.locator('.oh-map__list li').first()).toBeVisible();
  await page.waitForTimeout(500);
  expect(guard.requests.filter((url) => /\/mount\.|maplibre/.test(url))).toEqual([]);
  await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'waiting');
  // Asked for with the button, it loads. Clicked where it is: scrolling to it would bring the map near the
  // screen, which starts the load by itself (csp.spec.ts scrolls to the map and waits for it) and removes the button.
  await page.getByRole('button', { name: '显示地图' }).dispatchEvent('click');
  await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'ready', { timeout: 90_000 });
  expect(guard.requests.some((url) => /\/mount\./.test(url))).toBe(true);
});

test('the coverage page’s figures follow from the data: who has a care centre, who has meals in reach, and the counts @sweep', async ({ page }) => {
  const facilities = await mapData(page);
  const hasGraph = (await page.request.get('/map/roads-graph.json')).ok();
  await page.goto('/coverage/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('15 分钟养老服务圈覆盖情况');
  const intro = (await page.getByText(/按默认老年人步速/).first().textContent()) ?? '';
  const limit = Number(/约 (\d+) 米/.exec(intro)?.[1]);
  expect(limit).toBeGreaterThan(0);

  const table = page.getByRole('table', { name: '各村社覆盖情况' });
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({ code: tr.id.replace(/^c-/, ''), status: (tr as HTMLElement).dataset.status ?? '' })));
  const total = rows.length;
  expect(total).toBeGreaterThan(0);

  // A community's point is its own care centre (the first by id); without one it has none.
  const centres = new Map<string, MapFacility>();
  for (const f of [...facilities].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (f.type === 'care-centre' && f.communityCode && !centres.has(f.communityCode)) centres.set(f.communityCode, f);
  }
  const meals = facilities.filter((f) => f.meals);
  for (const row of rows) {
    const centre = centres.get(row.code);
    if (!centre) {
      expect(row.status, row.code).toBe('no-care-centre');
      continue;
    }
    expect(row.status, row.code).not.toBe('no-care-centre');
    // Straight-line figures can be checked here; along streets only the status set is.
    if (!hasGraph) {
      const inReach = meals.some((m) => greatCircleMetres(centre, m) <= limit);
      expect(row.status, row.code).toBe(inReach ? 'covered' : 'no-meals');
    }
  }

  const count = (status: string) => rows.filter((r) => r.status === status).length;
  const pct = (n: number) => ((n / total) * 100).toFixed(1).replace(/\.0$/, '');
  const covered = count('covered');
  const withoutCentre = count('no-care-centre');
  await expect(page.locator('[data-coverage-share]')).toHaveText(`${covered} / ${total} 个村社（${pct(covered)}%）`);
  await expect(page.locator('[data-coverage-care]')).toHaveText(`${total - withoutCentre} / ${total} 个村社（${pct(total - withoutCentre)}%）`);
  await expect(page.locator('[data-coverage-both]')).toHaveText(`${covered} / ${total} 个村社（${pct(covered)}%）`);
  if (withoutCentre > 0) {
    await expect(page.locator('[data-coverage-unknown]')).toContainText(`另有 ${withoutCentre} 个村社没有照料中心`);
    await expect(page.locator('[data-coverage-unknown]')).toContainText(`最多为 ${pct(covered + withoutCentre)}%`);
  }
  // The table says plainly that those communities have no centre, and that their meals cannot be judged.
  const first = table.locator('tr[data-status="no-care-centre"]').first();
  if (withoutCentre > 0) await expect(first).toContainText('数据中没有');
  if (withoutCentre > 0) await expect(first).toContainText('没有位置，无法判断');
  await expect(page.getByText('85%').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /瓯海区示意图/ })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(total + 1);
});
