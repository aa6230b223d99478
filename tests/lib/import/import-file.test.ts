import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Facility } from '../../../src/schemas/facility.ts';
import { ImportFileError, importFile, toGeoJSON } from '../../../src/lib/import/index.ts';
import { generatedId } from '../../../src/lib/import/normalize.ts';
import { readTable } from '../../../src/lib/import/read-table.ts';
import { templateCsv } from '../../../src/lib/import/template.ts';
import { TEMPLATE_ROWS } from '../../../scripts/make-templates.ts';
import { brokenRows, GOOD } from '../../fixtures/import/broken-rows.ts';

const FIX = 'tests/fixtures/import';
const TEMPLATE_CSV = 'data/templates/facilities-template.csv';
const TEMPLATE_XLSX = 'data/templates/facilities-template.xlsx';

/** A temporary file holding the given text. */
function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'import-')), name);
  writeFileSync(path, content);
  return path;
}

describe('importFile: formats and encodings', () => {
  it('imports the CSV template (UTF-8 with BOM) with every row accepted and no warnings', async () => {
    const { facilities, report, encoding } = await importFile(TEMPLATE_CSV);
    expect(encoding).toBe('utf-8-bom');
    expect(report).toEqual({ accepted: TEMPLATE_ROWS.length, rejected: [], warnings: [] });
    expect(facilities.map((f) => f.name)).toEqual(TEMPLATE_ROWS.map((r) => r.name));
    for (const f of facilities) expect(Facility.safeParse(f).success).toBe(true);
  });

  it('detects GBK (GB18030) CSV and reads the same facilities as the UTF-8 template', async () => {
    expect(readFileSync(join(FIX, 'template-gbk.csv')).includes(Buffer.from('名称'))).toBe(false);
    const gbk = await importFile(join(FIX, 'template-gbk.csv'));
    const utf8 = await importFile(TEMPLATE_CSV);
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.facilities).toEqual(utf8.facilities);
  });

  it('reads UTF-8 without a BOM', async () => {
    const plain = await importFile(join(FIX, 'template-utf8.csv'));
    expect(plain.encoding).toBe('utf-8');
    expect(plain.facilities).toEqual((await importFile(TEMPLATE_CSV)).facilities);
  });

  it('reads the XLSX template (typed cells: numbers, a date) to the same facilities as the CSV', async () => {
    const xlsx = await importFile(TEMPLATE_XLSX);
    expect(xlsx.format).toBe('xlsx');
    expect(xlsx.report.rejected).toEqual([]);
    expect(xlsx.facilities).toEqual((await importFile(TEMPLATE_CSV)).facilities);
  });

  it('reads a GeoJSON FeatureCollection with template property names to the same facilities', async () => {
    const geo = await importFile(join(FIX, 'facilities.geojson'));
    expect(geo.format).toBe('geojson');
    expect(geo.facilities).toEqual((await importFile(TEMPLATE_CSV)).facilities);
  });

  it('re-imports its own GeoJSON output unchanged', async () => {
    const { facilities } = await importFile(TEMPLATE_CSV);
    const path = tempFile('out.geojson', JSON.stringify(toGeoJSON(facilities)));
    const again = await importFile(path);
    expect(again.report.rejected).toEqual([]);
    expect(again.facilities).toEqual(facilities);
  });

  it('rejects a GeoJSON feature that is not a point, under geometry', async () => {
    const fc = JSON.parse(readFileSync(join(FIX, 'facilities.geojson'), 'utf8'));
    fc.features[1].geometry = { type: 'LineString', coordinates: [[120.6, 28.0], [120.61, 28.0]] };
    const { report } = await importFile(tempFile('line.geojson', JSON.stringify(fc)));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 2, field: 'geometry', message: expect.stringContaining('LineString') })]);
    expect(report.accepted).toBe(fc.features.length - 1);
  });

  it('skips a title row above the header and counts rows as Excel shows them', async () => {
    const table = await readTable(join(FIX, 'title-row.xlsx'));
    expect(table.headerRow).toBe(2);
    expect(table.rows.map((r) => r.row)).toEqual([3, 5]);
    const { report } = await importFile(join(FIX, 'title-row.xlsx'));
    expect(report.accepted).toBe(2);
  });

  it('throws ImportFileError for a missing file, an unsupported type and a file without a header', async () => {
    await expect(importFile(join(FIX, 'does-not-exist.csv'))).rejects.toBeInstanceOf(ImportFileError);
    await expect(importFile(tempFile('a.pdf', 'x'))).rejects.toBeInstanceOf(ImportFileError);
    await expect(importFile(tempFile('a.csv', 'foo,bar\n1,2\n'))).rejects.toThrow(/找不到表头/);
    await expect(importFile(tempFile('a.geojson', '{"type":'))).rejects.toBeInstanceOf(ImportFileError);
  });
});

describe('importFile: the broken file', () => {
  const rows = brokenRows({ bd09OutsideAsWgs: { lon: '', lat: '' }, gcjNearBorder: { lon: '', lat: '', town: '' } });
  // Row numbers as in broken.csv: header is row 1, a blank line after the 10th record.
  const rowNumber = (i: number) => i + 2 + (i >= 10 ? 1 : 0);

  it('accounts for every data row: accepted plus distinct rejected rows equals the rows in the file', async () => {
    const { report, rows: dataRows } = await importFile(join(FIX, 'broken.csv'));
    expect(dataRows).toBe(rows.length);
    expect(report.accepted + new Set(report.rejected.map((r) => r.row)).size).toBe(dataRows);
    expect(report.accepted).toBe(rows.filter((r) => r.rejectedFields.length === 0).length);
  });

  for (const [i, spec] of rows.entries()) {
    if (spec.rejectedFields.length === 0) continue;
    it(`rejects ${spec.what} under ${spec.rejectedFields.join(', ')}`, async () => {
      const { report } = await importFile(join(FIX, 'broken.csv'));
      const mine = report.rejected.filter((r) => r.row === rowNumber(i));
      expect(mine.map((r) => r.field).sort()).toEqual([...spec.rejectedFields].sort());
      for (const word of spec.mentions ?? []) expect(mine[0]?.message).toContain(word);
    });
  }

  for (const [i, spec] of rows.entries()) {
    if (spec.rejectedFields.length > 0 || !spec.warningFields || spec.warningFields.includes('坐标系')) continue;
    it(`keeps ${spec.what}, with a warning under ${spec.warningFields.join(', ')}`, async () => {
      const { report, facilities } = await importFile(join(FIX, 'broken.csv'));
      const mine = report.warnings.filter((w) => w.row === rowNumber(i));
      expect(mine.map((w) => w.field).sort()).toEqual([...(spec.warningFields ?? [])].sort());
      for (const word of spec.mentions ?? []) expect(mine[0]?.message).toContain(word);
      const facility = facilities.find((f) => f.name === spec.row.name);
      expect(facility, spec.row.name).toBeDefined();
      expect(facility?.asWritten ?? {}).toEqual(spec.kept ?? {});
    });
  }

  it('warns about a doubtful coordinate system without rejecting the row', async () => {
    const i = rows.findIndex((r) => r.warningFields?.includes('坐标系'));
    const { report, facilities } = await importFile(join(FIX, 'broken.csv'));
    expect(report.warnings.filter((w) => w.row === rowNumber(i)).map((w) => w.field)).toEqual(['坐标系']);
    expect(facilities.some((f) => f.name === rows[i]?.row.name)).toBe(true);
  });

  it('warns about an unknown column on the header row', async () => {
    const { report } = await importFile(join(FIX, 'broken.csv'));
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 1, field: '联系人' }));
  });

  it('names both rows of a duplicated id and accepts neither', async () => {
    const { report, facilities } = await importFile(join(FIX, 'broken.csv'));
    const dup = report.rejected.filter((r) => r.message.includes('dup-01'));
    expect(dup.map((r) => r.row)).toEqual([dup[0]?.row, (dup[0]?.row ?? 0) + 1]);
    expect(dup[0]?.message).toContain(`第 ${dup[1]?.row} 行`);
    expect(facilities.some((f) => f.id === 'dup-01')).toBe(false);
  });
});

describe('importFile: normalization', () => {
  const csv = (...rows: (typeof GOOD)[]) => tempFile('t.csv', templateCsv(rows));

  it('converts a GCJ-02 row to WGS-84 and records the source system', async () => {
    const { facilities } = await importFile(TEMPLATE_CSV);
    const gcj = facilities.find((f) => f.sourceCrs === 'gcj02');
    const row = TEMPLATE_ROWS.find((r) => r.crs === 'gcj02');
    expect(gcj && row).toBeTruthy();
    // GCJ-02 lies about 0.004° east of WGS-84 here.
    expect(Number(row?.lon) - (gcj?.location.lon ?? 0)).toBeGreaterThan(0.003);
  });

  it('uses --crs for rows without a 坐标系 and the row value when given', async () => {
    const path = csv({ ...GOOD, name: '默认', crs: '' }, { ...GOOD, name: '逐行', crs: 'wgs84' });
    const { facilities } = await importFile(path, { crs: 'gcj02' });
    expect(facilities.map((f) => f.sourceCrs)).toEqual(['gcj02', 'wgs84']);
  });

  it('generates the same id on every run from type, community code and name', async () => {
    const first = await importFile(csv({ ...GOOD }));
    const second = await importFile(csv({ ...GOOD }));
    expect(first.facilities[0]?.id).toBe(second.facilities[0]?.id);
    expect(first.facilities[0]?.id).toBe(generatedId('canteen', '330304001003', GOOD.name as string));
  });

  it('gives the same output when the same file is imported twice', async () => {
    const a = await importFile('data/facilities/sample.csv');
    const b = await importFile('data/facilities/sample.csv');
    expect(JSON.stringify(toGeoJSON(b.facilities))).toBe(JSON.stringify(toGeoJSON(a.facilities)));
  });

  it('rejects both rows when two rows would get the same generated id', async () => {
    const { report } = await importFile(csv({ ...GOOD }, { ...GOOD }));
    expect(report.accepted).toBe(0);
    expect(report.rejected.map((r) => r.row)).toEqual([2, 3]);
    expect(report.rejected[0]?.message).toContain('同名');
  });

  it('builds canteen details: meals, price, tier prices, delivery and booking', async () => {
    const { facilities } = await importFile(TEMPLATE_CSV);
    const canteen = facilities.find((f) => f.type === 'canteen' && f.canteen?.meals.length === 2);
    expect(canteen?.canteen).toEqual({
      meals: ['lunch', 'supper'],
      pricePerMeal: 12,
      tierPrices: [
        { tier: '80周岁以上', price: 8 },
        { tier: '低保', price: 5 },
      ],
      delivery: true,
      booking: '0577-80009001',
    });
    expect(canteen?.hours.publicHolidays).toBe('closed');
  });

  it('builds care-home beds and accessibility', async () => {
    const { facilities } = await importFile(TEMPLATE_CSV);
    const home = facilities.find((f) => f.type === 'care-home');
    expect(home?.careHome).toEqual({ beds: 200, nursingBeds: 150 });
    expect(home?.accessibility).toEqual({ stepFree: true, lift: true, accessibleToilet: true });
  });

  it('reads English headers the same as Chinese ones', async () => {
    const zh = await importFile(csv({ ...GOOD }));
    const english = ['name', 'type', 'address', 'town', 'community', 'longitude', 'latitude', 'phone', 'hours', 'holidays', 'meals', 'price', 'delivery', 'source', 'lastVerified', 'sample'];
    const values = [GOOD.name, GOOD.type, GOOD.address, GOOD.town, GOOD.community, GOOD.lon, GOOD.lat, GOOD.phone, GOOD.hours, GOOD.holidays, GOOD.meals, GOOD.price, GOOD.delivery, GOOD.source, GOOD.lastVerified, GOOD.sample];
    const en = await importFile(tempFile('en.csv', `${english.join(',')}\n${values.join(',')}\n`));
    expect(en.report.warnings).toEqual([]);
    expect(en.facilities).toEqual(zh.facilities);
  });

  it('rejects every row of a file that lacks a required column, naming the column', async () => {
    const path = tempFile('no-address.csv', `名称,类型,所属街道,经度,纬度\n甲食堂,老年食堂,景山街道,120.6241,28.0098\n`);
    const { report } = await importFile(path);
    expect(report.rejected).toEqual([expect.objectContaining({ row: 2, field: '地址', message: expect.stringContaining('表中没有「地址」列') })]);
  });

  it('warns when no source is given and records the file name instead', async () => {
    const { facilities, report } = await importFile(csv({ ...GOOD, source: '' }));
    expect(facilities[0]?.source).toBe('导入文件 t.csv');
    expect(report.warnings.map((w) => w.field)).toEqual(['数据来源']);
  });

  it('keeps a facility whose holiday column contradicts the hours text, with the holiday rule unknown and a warning', async () => {
    const { report, facilities } = await importFile(csv({ ...GOOD, hours: '每天 11:00-12:30 节假日照常', holidays: '节假日休息' }));
    expect(report.rejected).toEqual([]);
    expect(report.warnings.map((r) => r.field)).toEqual(['节假日']);
    expect(facilities[0]?.hours.publicHolidays).toBe('unknown');
    expect(facilities[0]?.asWritten).toEqual({ holidays: '节假日休息' });
  });

  it('writes GeoJSON points in WGS-84 with id, name and type in the properties', async () => {
    const { facilities } = await importFile(TEMPLATE_CSV);
    const fc = toGeoJSON(facilities);
    expect(fc.features).toHaveLength(facilities.length);
    const first = fc.features[0];
    expect(first?.geometry.coordinates).toEqual([facilities[0]?.location.lon, facilities[0]?.location.lat]);
    expect(first?.properties).toMatchObject({ id: facilities[0]?.id, name: facilities[0]?.name, type: facilities[0]?.type });
  });

  it('keeps the input file untouched', async () => {
    const path = tempFile('copy.csv', '');
    copyFileSync(TEMPLATE_CSV, path);
    await importFile(path);
    expect(readFileSync(path)).toEqual(readFileSync(TEMPLATE_CSV));
  });
});
