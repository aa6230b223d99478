import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/lib/import/index.ts';
import { insideDistrict } from '../../../src/lib/import/coords.ts';
import { districtData } from '../../../src/lib/import/regions-match.ts';

const SAMPLE = 'data/facilities/sample.csv';

describe('the embedded sample dataset', async () => {
  const { facilities, report, encoding, rows } = await importFile(SAMPLE);
  const towns = districtData().towns;

  it('is UTF-8 with a BOM and imports with no row rejected, and warnings only on its one canteen with unreadable cells', () => {
    expect(encoding).toBe('utf-8-bom');
    expect(report.rejected).toEqual([]);
    // The last row: hours “看情况”, phone “找村委会”, no 核实日期 (kept, shown as written).
    expect(report.warnings.map((w) => [w.row, w.field])).toEqual([
      [rows + 1, '联系电话'],
      [rows + 1, '开放时间'],
      [rows + 1, '核实日期'],
    ]);
    expect(report.accepted).toBe(rows);
  });

  it('keeps the canteen with unreadable cells, with its words as written and no 核实日期', () => {
    const f = facilities.find((x) => x.name === '三垟湿地老年食堂');
    expect(f?.hours).toMatchObject({ text: '看情况', periods: [] });
    expect(f?.asWritten).toEqual({ phones: '找村委会' });
    expect(f?.lastVerified).toBeUndefined();
  });

  it('marks every row as sample data with the sample source', () => {
    expect(facilities.every((f) => f.sample && f.source === '示例数据（非官方，仅供演示）')).toBe(true);
  });

  it('has a town centre in each of the 13 towns', () => {
    const centres = facilities.filter((f) => f.type === 'town-centre').map((f) => f.region.townCode);
    expect(new Set(centres)).toEqual(new Set(towns.map((t) => t.code)));
    expect(centres).toHaveLength(13);
  });

  it('has community care centres in about half the communities, in every town', () => {
    const cc = facilities.filter((f) => f.type === 'care-centre');
    expect(cc.length).toBeGreaterThan(80);
    expect(cc.length).toBeLessThan(120);
    expect(new Set(cc.map((f) => f.region.townCode)).size).toBe(13);
    expect(cc.every((f) => f.name === `${towns.flatMap((t) => t.communities).find((c) => c.code === f.region.communityCode)?.name}居家养老服务照料中心`)).toBe(true);
  });

  it('has about 35 canteens with meal times, prices from 10 to 15 元, tier prices, delivery and booking', () => {
    const canteens = facilities.filter((f) => f.type === 'canteen');
    expect(canteens.length).toBeGreaterThanOrEqual(30);
    expect(canteens.length).toBeLessThanOrEqual(40);
    expect(canteens.every((f) => f.hours.periods.every((p) => p.meal))).toBe(true);
    expect(canteens.some((f) => f.canteen?.meals.includes('supper'))).toBe(true);
    expect(canteens.every((f) => (f.canteen?.pricePerMeal ?? 0) >= 10 && (f.canteen?.pricePerMeal ?? 99) <= 15)).toBe(true);
    expect(canteens.some((f) => f.canteen?.tierPrices.some((t) => t.tier === '80周岁以上'))).toBe(true);
    expect(canteens.some((f) => f.canteen?.tierPrices.some((t) => t.tier === '低保'))).toBe(true);
    expect(new Set(canteens.map((f) => f.canteen?.delivery))).toEqual(new Set([true, false, null]));
    expect(canteens.some((f) => f.canteen?.booking)).toBe(true);
  });

  it('has care homes with beds and nursing beds, and health partners', () => {
    const homes = facilities.filter((f) => f.type === 'care-home');
    expect(homes.length).toBeGreaterThanOrEqual(6);
    expect(homes.every((f) => f.careHome?.beds && f.careHome.nursingBeds && f.careHome.nursingBeds <= f.careHome.beds)).toBe(true);
    expect(facilities.filter((f) => f.type === 'health-partner').length).toBeGreaterThanOrEqual(2);
  });

  it('has holiday closures, holiday openings, stale verification dates, GCJ-02 and BD-09 rows and accessibility data', () => {
    const sixMonthsBefore = '2026-05-22';
    expect(facilities.filter((f) => f.hours.publicHolidays === 'closed').length).toBeGreaterThanOrEqual(3);
    expect(facilities.filter((f) => f.hours.publicHolidays === 'open').length).toBeGreaterThanOrEqual(3);
    expect(facilities.filter((f) => f.lastVerified !== undefined && f.lastVerified < sixMonthsBefore).length).toBeGreaterThanOrEqual(3);
    expect(facilities.filter((f) => f.sourceCrs === 'gcj02').length).toBeGreaterThanOrEqual(3);
    expect(facilities.some((f) => f.sourceCrs === 'bd09')).toBe(true);
    expect(facilities.filter((f) => f.accessibility.stepFree !== null).length).toBeGreaterThan(10);
  });

  it('places every facility inside the district outline', () => {
    expect(facilities.filter((f) => !insideDistrict(f.location, false))).toEqual([]);
  });

  it('uses only made-up 0577-8000 landlines, never mobile numbers', () => {
    const phones = facilities.flatMap((f) => f.phones);
    expect(phones.length).toBeGreaterThan(facilities.length - 1);
    expect(phones.every((p) => /^0577-8000\d{4}$/.test(p))).toBe(true);
    expect(readFileSync(SAMPLE, 'utf8')).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });
});
