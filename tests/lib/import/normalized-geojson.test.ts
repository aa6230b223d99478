import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { importFile, toGeoJSON, type FacilityProperties } from '../../../src/lib/import/index.ts';
import { readTable } from '../../../src/lib/import/read-table.ts';

type Fc = FeatureCollection<Point, FacilityProperties>;

/** The template imported and written out as the importer's own GeoJSON (the --out form). */
let normalized: Fc;
beforeAll(async () => {
  normalized = toGeoJSON((await importFile('data/templates/facilities-template.csv')).facilities);
});

/** The normalized file with the first feature changed by `change`, written to a temporary file. */
function withFirst(change: (f: Fc['features'][number]) => void): string {
  const fc = structuredClone(normalized);
  const first = fc.features[0];
  if (!first) throw new Error('template has no rows');
  change(first);
  const path = join(mkdtempSync(join(tmpdir(), 'normalized-')), 'out.geojson');
  writeFileSync(path, JSON.stringify(fc));
  return path;
}

/** zod's English wording: "Invalid input", "Too big: expected number to be <=90", "must match pattern". */
const ZOD_ENGLISH = /invalid|too (?:big|small)|expected|received|must match|required/i;

describe('importing GeoJSON already in the normalized form', () => {
  it('rejects a point in Hangzhou as outside the district, like a table row', async () => {
    const { report, facilities } = await importFile(withFirst((f) => (f.geometry.coordinates = [120.15507, 30.274084])));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 1, field: 'geometry', message: expect.stringContaining('不在瓯海区范围内') })]);
    expect(facilities).toHaveLength(normalized.features.length - 1);
  });

  it('rejects swapped coordinates with the Chinese swap message, not zod’s range message', async () => {
    const { report } = await importFile(withFirst((f) => (f.geometry.coordinates = [28.0098, 120.6241])));
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]?.message).toContain('填反');
    expect(report.rejected[0]?.message).toContain('[经度, 纬度]');
    expect(report.rejected[0]?.message).not.toMatch(/Too big|expected/);
  });

  it('rejects zero coordinates', async () => {
    const { report } = await importFile(withFirst((f) => (f.geometry.coordinates = [0, 0])));
    expect(report.rejected[0]?.message).toContain('为 0');
  });

  it('says when a point outside the district falls inside as BD-09, and that the table import converts it', async () => {
    // broken.csv holds Baidu coordinates that lie outside the district when read as WGS-84.
    const table = await readTable('tests/fixtures/import/broken.csv');
    const nameAt = table.headers.indexOf('名称');
    const baidu = table.rows.find((r) => r.values[nameAt] === '百度坐标当作WGS84');
    const lon = Number(baidu?.values[table.headers.indexOf('经度')]);
    const lat = Number(baidu?.values[table.headers.indexOf('纬度')]);
    const { report } = await importFile(withFirst((f) => (f.geometry.coordinates = [lon, lat])));
    expect(report.rejected).toEqual([expect.objectContaining({ field: 'geometry', message: expect.stringContaining('bd09') })]);
    expect(report.rejected[0]?.message).toContain('改用表格导入');
  });

  it('rejects a town code that is not one of Ouhai’s, under region.townCode', async () => {
    const { report } = await importFile(withFirst((f) => (f.properties.region.townCode = '330304099')));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 1, field: 'region.townCode', message: expect.stringContaining('330304099') })]);
  });

  it('rejects a community code of another town', async () => {
    const { report } = await importFile(
      withFirst((f) => {
        f.properties.region.townCode = '330304002';
      }),
    );
    expect(report.rejected.map((r) => r.field)).toEqual(['region.communityCode']);
    expect(report.rejected[0]?.message).toContain('不一致');
  });

  it('rejects a district code other than Ouhai’s', async () => {
    const { report } = await importFile(withFirst((f) => (f.properties.region.districtCode = '330302')));
    expect(report.rejected.map((r) => r.field)).toEqual(['region.districtCode']);
    expect(report.rejected[0]?.message).toContain('330304');
  });

  it('names a broken field in Chinese, with the value found and no English', async () => {
    const { report } = await importFile(
      withFirst((f) => {
        f.properties.id = 'Has Spaces';
        (f.properties as { name: unknown }).name = '';
        (f.properties.hours.periods[0] as { open: string }).open = '25:00';
      }),
    );
    const byField = Object.fromEntries(report.rejected.map((r) => [r.field, r.message]));
    expect(byField.id).toContain('「编号」');
    expect(byField.id).toContain('Has Spaces');
    expect(byField.name).toContain('「名称」不能为空');
    expect(byField['hours.periods.0.open']).toContain('HH:MM');
    for (const r of report.rejected) expect(r.message).not.toMatch(ZOD_ENGLISH);
  });

  it('rejects a feature with no geometry, naming the feature', async () => {
    const { report } = await importFile(withFirst((f) => ((f as { geometry: unknown }).geometry = null)));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 1, field: 'geometry', message: expect.stringContaining('第 1 个要素没有点坐标') })]);
  });

  it('keeps a feature whose 核实日期 is in the future without the date, with a warning', async () => {
    const { report, facilities } = await importFile(withFirst((f) => (f.properties.lastVerified = '2026-12-01')), { today: '2026-11-30' });
    expect(report.rejected).toEqual([]);
    expect(report.warnings.filter((w) => w.field === 'lastVerified').map((w) => w.row)).toEqual([1]);
    expect(report.warnings.find((w) => w.field === 'lastVerified')?.message).toContain('晚于今天');
    expect(facilities[0]?.lastVerified).toBeUndefined();
    expect(facilities[0]?.asWritten).toEqual({ lastVerified: '2026-12-01' });
  });

  it('fails npm run validate for a normalized file in data/facilities with a point outside the district', () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    const dir = join(root, 'data', 'facilities');
    spawnSync('mkdir', ['-p', dir, join(root, 'data', 'regions')]);
    spawnSync('cp', ['data/regions/ouhai.json', join(root, 'data', 'regions')]);
    const fc = structuredClone(normalized);
    (fc.features[0] as Fc['features'][number]).geometry.coordinates = [120.15507, 30.274084];
    writeFileSync(join(dir, 'real.geojson'), JSON.stringify(fc));
    const r = spawnSync(join(process.cwd(), 'node_modules/.bin/node'), [join(process.cwd(), 'scripts/validate.ts')], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/real\.geojson 第 1 个要素「geometry」：该点.*不在瓯海区范围内/);
  });
});

describe('row numbers in GeoJSON reports', () => {
  it('reports an unknown property on the first feature that has it, not on row 0', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [120.6241, 28.0098] }, properties: { 名称: '甲', 类型: '老年食堂', 地址: '示例路', 所属街道: '景山街道', 核实日期: '2026-05-01', 数据来源: '测试' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [120.6205, 28.012] }, properties: { 名称: '乙', 类型: '老年食堂', 地址: '示例路', 所属街道: '景山街道', 核实日期: '2026-05-01', 数据来源: '测试', 联系人: '张三' } },
      ],
    };
    const path = join(mkdtempSync(join(tmpdir(), 'plain-')), 'plain.geojson');
    writeFileSync(path, JSON.stringify(fc));
    const { report } = await importFile(path);
    expect(report.warnings.filter((w) => w.field === '联系人').map((w) => w.row)).toEqual([2]);
    expect([...report.warnings, ...report.rejected].every((i) => i.row >= 1)).toBe(true);
  });
});
