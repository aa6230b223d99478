import { describe, expect, it } from 'vitest';
import { parseBoolean, parseCount, parseDate, parseMeals, parsePhones, parsePrice, parseTierPrices } from '../../../src/lib/import/values.ts';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) => (r.ok ? r.value : `ERROR ${r.message}`);

describe('cell parsers', () => {
  it('reads yes/no in Chinese, English and marks, and empty as unknown', () => {
    for (const yes of ['是', '有', 'Y', 'yes', '✓', '√', true]) expect(value(parseBoolean(yes))).toBe(true);
    for (const no of ['否', '无', 'N', 'no', '×', false]) expect(value(parseBoolean(no))).toBe(false);
    for (const unknown of ['', '不详', null]) expect(value(parseBoolean(unknown))).toBeNull();
    expect(parseBoolean('可能').ok).toBe(false);
  });

  it('reads prices with or without 元', () => {
    expect(value(parsePrice('12'))).toBe(12);
    expect(value(parsePrice('12元'))).toBe(12);
    expect(value(parsePrice('12.5 元/餐'))).toBe(12.5);
    expect(value(parsePrice('¥15'))).toBe(15);
    expect(value(parsePrice(13))).toBe(13);
    expect(value(parsePrice(''))).toBeUndefined();
    expect(parsePrice('十二元').ok).toBe(false);
  });

  it('reads tier prices written as 人群:价格 separated by semicolons', () => {
    expect(value(parseTierPrices('80周岁以上:8;低保:5'))).toEqual([
      { tier: '80周岁以上', price: 8 },
      { tier: '低保', price: 5 },
    ]);
    expect(value(parseTierPrices('80周岁以上：8元；低保5元'))).toEqual([
      { tier: '80周岁以上', price: 8 },
      { tier: '低保', price: 5 },
    ]);
    expect(value(parseTierPrices(''))).toEqual([]);
    expect(parseTierPrices('老人优惠').ok).toBe(false);
  });

  it('reads dates in the usual forms, Excel date cells and serial numbers', () => {
    expect(value(parseDate('2026-05-01'))).toBe('2026-05-01');
    expect(value(parseDate('2026/5/1'))).toBe('2026-05-01');
    expect(value(parseDate('2026.5.1'))).toBe('2026-05-01');
    expect(value(parseDate('2026/5/1 0:00'))).toBe('2026-05-01');
    expect(value(parseDate('2026-05-01 08:30:00'))).toBe('2026-05-01');
    expect(value(parseDate('2026年5月1日'))).toBe('2026-05-01');
    expect(value(parseDate('2026年5月1日'))).toBe('2026-05-01');
    expect(value(parseDate(new Date(Date.UTC(2026, 4, 1))))).toBe('2026-05-01');
    // 46143 is 2026-05-01 in Excel's 1900 date system.
    expect(value(parseDate(46143))).toBe('2026-05-01');
    expect(value(parseDate('46143'))).toBe('2026-05-01');
    expect(parseDate('2026-02-30').ok).toBe(false);
    expect(parseDate('昨天').ok).toBe(false);
  });

  it('splits phone numbers on commas, 、, slashes and spaces between whole numbers', () => {
    expect(value(parsePhones('0577-80000001、0577-80000002'))).toEqual({ phones: ['0577-80000001', '0577-80000002'], fixedZero: false });
    expect(value(parsePhones('0577-80000001，0577-80000002/13800000000'))).toMatchObject({ phones: ['0577-80000001', '0577-80000002', '13800000000'] });
    expect(value(parsePhones('0577-80000001 0577-80000002'))).toMatchObject({ phones: ['0577-80000001', '0577-80000002'] });
    expect(value(parsePhones('0577 8000 0001'))).toMatchObject({ phones: ['0577 8000 0001'] });
    expect(parsePhones('请咨询前台').ok).toBe(false);
  });

  it('puts back the 0 Excel drops from an area code stored as a number', () => {
    expect(value(parsePhones(57780000001))).toEqual({ phones: ['057780000001'], fixedZero: true });
  });

  it('reads bed counts and meal lists', () => {
    expect(value(parseCount('120张'))).toBe(120);
    expect(parseCount('一百').ok).toBe(false);
    expect(value(parseMeals('晚餐、午餐'))).toEqual(['lunch', 'supper']);
    expect(value(parseMeals('lunch, supper'))).toEqual(['lunch', 'supper']);
    expect(parseMeals('夜宵').ok).toBe(false);
  });
});
