/**
 * The site built with street data: the 慈湖 OSM fixture (tests/fixtures/osm/cihu.osm) imported with
 * npm run roads into dist-streets/ (npm run build:streets-fixture), served by the `streets`
 * project of playwright.config.ts. The default build has no street data; these tests run only here.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pdfText } from './pdf.ts';
import { axeInEveryMode, smallText, unmarkedChinese } from './page-checks.ts';
import { smallTargets } from './targets.ts';

const CIHU = '330304002026';

async function searchAndChoose(page: Page, query: string, result: RegExp) {
  await page.getByRole('searchbox', { name: '按名称或地址查找' }).fill(query);
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await page.getByRole('button', { name: result }).first().click();
}

test('the 慈湖社区 sheet prints the fixture’s streets and river, credits OpenStreetMap, and draws walking areas', async ({ page }) => {
  await page.goto(`/print/${CIHU}/`);
  await expect(page.locator('[data-print-map] .pm-area')).toHaveCount(3);
  await expect(page.locator('[data-print-map] .pm-ring')).toHaveCount(0);
  const text = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  const mapNames = await page.locator('[data-print-map] .pm-streets__name').allTextContents();
  for (const name of ['慈湖南路', '温瑞塘河']) {
    expect(mapNames).toContain(name);
    expect(text).toContain(name);
  }
  expect(text).toContain('©OpenStreetMapcontributors,ODbL');
  // NFKC turns the full-width colon into ':'.
  expect(text).toContain('★附近的道路:慈湖街、慈湖路、慈湖南路');
  expect(text).not.toContain('未载入街道数据');
});

test('the map draws the street layer, finds 慈湖南路 by name and by pinyin initials, and sets home on it', async ({ page, guard }) => {
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  await searchAndChoose(page, 'chnl', /慈湖南路\s*道路/);
  await expect(page.locator('[data-results-summary]')).toContainText('慈湖南路');
  const map = page.locator('[data-map]');
  // The street's point: the middle of 慈湖南路 in the fixture, 100 m east of 慈湖街.
  await expect(map).toHaveAttribute('data-home', '120.645940,27.971660');
  // The map loads when it is about to be seen.
  await map.scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
  await expect.poll(async () => Number(await map.getAttribute('data-streets-rendered')), { timeout: 20_000 }).toBeGreaterThan(0);
  // The detailed tiles come once the view has moved to home (the first view is the whole district).
  await expect.poll(() => guard.requests.some((u) => /\/map\/streets\/1[3-5]\/\d+\/\d+\.pbf$/.test(u)), { timeout: 20_000 }).toBe(true);
  await expect(page.locator('[data-map-attribution]')).toContainText('© OpenStreetMap contributors');

  await page.getByRole('searchbox', { name: '按名称或地址查找' }).fill('慈湖南路');
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await expect(page.getByRole('button', { name: /慈湖南路\s*道路/ })).toHaveCount(1);
});

test('from 慈湖南路 the map draws walking areas, and flags the care centre across 温瑞塘河', async ({ page }) => {
  // From the site's own download, not from the map's data files under test.
  const download = (await (await page.request.get('/data/facilities.geojson')).json()) as { features: { properties: { id: string; name: string } }[] };
  const longxia = download.features.map((f) => f.properties).find((f) => f.name === '龙霞社区居家养老服务照料中心');
  expect(longxia, 'the sample data has 龙霞社区’s care centre').toBeDefined();
  await page.goto('/map/');
  await expect(page.locator('[data-map-explorer]')).toHaveAttribute('data-ready', 'true');
  await searchAndChoose(page, '慈湖南路', /慈湖南路\s*道路/);
  const map = page.locator('[data-map]');
  await expect(map).toHaveAttribute('data-reach-method', 'reach');
  await expect(page.getByText('实线区域是沿道路步行 5、10、15 分钟可到的范围')).toBeVisible();
  await expect(page.locator(`li[data-facility="${longxia!.id}"]`)).toHaveAttribute('data-blocked', 'true');
});

test('the 慈湖社区 page answers along streets', async ({ page }) => {
  await page.goto(`/communities/${CIHU}/`);
  await expect(page.locator('[data-coverage-method]')).toHaveAttribute('data-coverage-method', 'walking-network');
  await expect(page.locator('[data-coverage-method]')).toContainText('沿道路计算步行距离');
});

test('in the grouped layout of a large deployment (this site is built so) a facility’s link and its search result open its entry on its community’s page, and search merges both bundles', async ({ page }) => {
  await page.goto(`/communities/${CIHU}/`);
  const link = page.locator('main').getByRole('link', { name: '慈湖社区居家养老服务照料中心' }).first();
  const path = await link.getAttribute('href');
  expect(path).toMatch(/^\/facilities\/in\/330304002026\/#f-care-centre-330304002026-[0-9a-f]{8}$/);
  await link.click();
  const entry = page.locator('section:target');
  await expect(entry.getByRole('heading', { level: 2 })).toHaveText('慈湖社区居家养老服务照料中心');
  await expect(entry).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('梧田街道慈湖社区的养老服务设施');
  // A kind of page only this site has: the checks page-kinds.spec.ts makes of every kind on the other.
  expect({
    axe: await axeInEveryMode(page),
    small: await smallText(page),
    targets: await smallTargets(page, 44),
    unmarked: await unmarkedChinese(page),
  }).toEqual({ axe: {}, small: [], targets: [], unmarked: [] });
  // No page of its own: its details are only here.
  const id = path!.replace(/^.*#f-/, '');
  expect((await page.request.get(`/facilities/${id}/`)).status()).toBe(404);

  // 慈湖's care centre is in the first of the two bundles (100 records each), 梧田's town centre in the second.
  await page.goto(`/search/?q=${encodeURIComponent('慈湖')}`);
  await expect(page.locator('ol[data-search-results] a').first()).toHaveAttribute('href', path!);
  const townCentre = page.locator('ol[data-search-results] a', { hasText: '梧田街道居家养老服务中心' });
  await page.goto(`/search/?q=${encodeURIComponent('梧田街道居家养老服务中心')}`);
  await expect(townCentre).toHaveAttribute('href', '/facilities/in/330304002/#f-town-centre-wutian');
  await page.goto(`/en/search/?q=${encodeURIComponent('梧田街道居家养老服务中心')}`);
  await expect(townCentre).toHaveAttribute('href', '/en/facilities/in/330304002/#f-town-centre-wutian');
  await townCentre.click();
  await expect(page.locator('section:target').getByRole('heading', { level: 2 })).toHaveText('梧田街道居家养老服务中心');
});
