import { parse } from 'csv-parse/sync';
import { test, expect } from './fixtures.ts';
import { COLUMNS } from '../../src/lib/import/columns.ts';

test('the data page offers the three downloads with the licence and the data date', async ({ page }) => {
  await page.goto('/data/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开放数据下载');
  for (const name of ['表格（CSV，可用 Excel 打开）', '地图数据（GeoJSON）', '人类服务数据规范（HSDS JSON）']) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.locator('a[rel="license"]')).toHaveAttribute('href', /^https:\/\//);
  await expect(page.getByText('数据日期', { exact: true })).toBeVisible();
});

test('the CSV starts with a byte-order mark, has the template headers and one row per facility', async ({ page }) => {
  const response = await page.request.get('/data/facilities.csv');
  expect(response.ok()).toBe(true);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
  const geojson = (await (await page.request.get('/data/facilities.geojson')).json()) as { features: { properties: { name: string; lastVerified?: string } }[] };
  expect(rows.length).toBe(geojson.features.length);
  expect(Object.keys(rows[0] ?? {})).toEqual(COLUMNS.map((c) => c.zh));
  expect(rows.length, 'the download has rows').toBeGreaterThan(0);
  expect(rows.filter((r) => !(r['名称'] && r['经度'] && r['纬度'])), 'rows without a name or position').toEqual([]);
  // 核实日期 is empty exactly for the records that have none (“核实日期不详” on the site), never made up.
  expect(rows.filter((r) => !r['核实日期']).map((r) => r['名称'])).toEqual(geojson.features.filter((f) => !f.properties.lastVerified).map((f) => f.properties.name));
});

test('the GeoJSON is a FeatureCollection of points in longitude/latitude @sweep', async ({ page }) => {
  const response = await page.request.get('/data/facilities.geojson');
  expect(response.ok()).toBe(true);
  const json = (await response.json()) as { type: string; features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
  expect(json.type).toBe('FeatureCollection');
  expect(json.features.length).toBeGreaterThan(0);
  for (const f of json.features) {
    expect(f.type).toBe('Feature');
    expect(f.geometry.type).toBe('Point');
    const [lon, lat] = f.geometry.coordinates;
    // Ouhai lies around 120.4–120.8° E, 27.8–28.1° N.
    expect(lon).toBeGreaterThan(120.3);
    expect(lon).toBeLessThan(120.9);
    expect(lat).toBeGreaterThan(27.7);
    expect(lat).toBeLessThan(28.2);
    expect(typeof f.properties.名称).toBe('string');
  }
});

test('the HSDS file has one service and one location per facility', async ({ page }) => {
  const hsds = (await (await page.request.get('/data/facilities.hsds.json')).json()) as { hsds_version: string; services: unknown[]; locations: unknown[]; organizations: unknown[] };
  const geojson = (await (await page.request.get('/data/facilities.geojson')).json()) as { features: unknown[] };
  expect(hsds.hsds_version).toBe('3.0');
  expect(hsds.services).toHaveLength(geojson.features.length);
  expect(hsds.locations).toHaveLength(geojson.features.length);
  expect(hsds.organizations.length).toBeGreaterThan(0);
});

test('the data page says how to open the CSV in Excel so the 12-digit codes stay text, and offers an Excel file @sweep', async ({ page }) => {
  await page.goto('/data/');
  await expect(page.getByText(/3\.30304E\+11/)).toBeVisible();
  await expect(page.getByText(/数据 → 从文本\/CSV/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Excel 表格（XLSX）' })).toHaveAttribute('href', '/data/facilities.xlsx');
});

test('the Excel download has the template headers, one row per facility and the village codes as text @sweep', async ({ page }) => {
  const { readSheet } = await import('read-excel-file/node');
  const response = await page.request.get('/data/facilities.xlsx');
  expect(response.ok()).toBe(true);
  const rows = await readSheet(await response.body());
  const geojson = (await (await page.request.get('/data/facilities.geojson')).json()) as { features: unknown[] };
  expect(rows[0]?.map(String)).toEqual(COLUMNS.map((c) => c.zh));
  expect(rows.length - 1).toBe(geojson.features.length);
  const code = COLUMNS.findIndex((c) => c.key === 'communityCode');
  const codes = rows.slice(1).map((r) => r[code]).filter((v) => v !== null);
  expect(codes.length).toBeGreaterThan(0);
  for (const value of codes) expect(value).toMatch(/^\d{12}$/);
});
