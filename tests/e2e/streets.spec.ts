/**
 * The site built with street data: the 慈湖 OSM fixture (tests/fixtures/osm/cihu.osm) imported with
 * npm run roads into dist-streets/ (npm run build:streets-fixture), served by the `streets`
 * project of playwright.config.ts. The default build has no street data; these tests run only here.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pdfText } from './pdf.ts';

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
  await expect(map).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
  await expect.poll(async () => Number(await map.getAttribute('data-streets-rendered')), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(guard.requests.some((u) => /\/map\/streets\/1[3-5]\/\d+\/\d+\.pbf$/.test(u))).toBe(true);
  await expect(page.locator('[data-map-attribution]')).toContainText('© OpenStreetMap contributors');

  await page.getByRole('searchbox', { name: '按名称或地址查找' }).fill('慈湖南路');
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await expect(page.getByRole('button', { name: /慈湖南路\s*道路/ })).toHaveCount(1);
});

test('from 慈湖南路 the map draws walking areas, and flags the care centre across 温瑞塘河', async ({ page }) => {
  const facilities = ((await (await page.request.get('/map/data.json')).json()) as { facilities: { id: string; name: string }[] }).facilities;
  const longxia = facilities.find((f) => f.name === '龙霞社区居家养老服务照料中心');
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
