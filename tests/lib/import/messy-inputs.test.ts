/**
 * The files data officers actually produce: combined coordinate cells, dates with times,
 * coordinate systems in words, committee names, separators other than commas, stray cells.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/lib/import/index.ts';
import { templateCsv, type TemplateRow } from '../../../src/lib/import/template.ts';
import { GOOD } from '../../fixtures/import/broken-rows.ts';

function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'messy-')), name);
  writeFileSync(path, content);
  return path;
}

/** A CSV with the given header and rows, separated by `delimiter`. */
const csvWith = (headers: string[], rows: string[][], delimiter = ',') => tempFile('t.csv', stringify([headers, ...rows], { delimiter, record_delimiter: '\n' }));

/** GOOD as a header row and one data row, with `replace` swapping columns out. */
function goodTable(replace: Record<string, [string, string] | null> = {}): { headers: string[]; row: string[] } {
  const zh: Record<string, string> = { 名称: GOOD.name ?? '', 类型: GOOD.type ?? '', 地址: GOOD.address ?? '', 所属街道: GOOD.town ?? '', 所属村社: GOOD.community ?? '', 经度: GOOD.lon ?? '', 纬度: GOOD.lat ?? '', 开放时间: GOOD.hours ?? '', 供餐: GOOD.meals ?? '', 数据来源: GOOD.source ?? '', 核实日期: GOOD.lastVerified ?? '', 示例数据: '是' };
  const entries = Object.entries(zh).flatMap(([h, v]): [string, string][] => {
    if (!(h in replace)) return [[h, v]];
    const r = replace[h];
    return r ? [r] : [];
  });
  return { headers: entries.map(([h]) => h), row: entries.map(([, v]) => v) };
}

const importRows = (...rows: TemplateRow[]) => importFile(tempFile('t.csv', templateCsv(rows)));

describe('a combined 经纬度 column', () => {
  it('reads “120.6241,28.0098” in one 经纬度 cell as longitude and latitude', async () => {
    const { headers, row } = goodTable({ 经度: ['经纬度', `${GOOD.lon},${GOOD.lat}`], 纬度: null });
    const combined = await importFile(csvWith(headers, [row]));
    const separate = await importRows({ ...GOOD, phone: '', holidays: '', price: '', delivery: '' });
    expect(combined.report.rejected).toEqual([]);
    expect(combined.facilities[0]?.location).toEqual(separate.facilities[0]?.location);
  });

  it('reads a 坐标 column with a full-width comma and a space', async () => {
    const { headers, row } = goodTable({ 经度: ['坐标', `${GOOD.lon}， ${GOOD.lat}`], 纬度: null });
    const { facilities, report } = await importFile(csvWith(headers, [row]));
    expect(report.rejected).toEqual([]);
    expect(facilities[0]?.location).toEqual({ lon: Number(GOOD.lon), lat: Number(GOOD.lat) });
  });

  it('reads a 纬度,经度 pair (as Tencent’s picker gives it) the other way round, with a warning', async () => {
    const { headers, row } = goodTable({ 经度: ['经纬度', `${GOOD.lat},${GOOD.lon}`], 纬度: null });
    const { facilities, report } = await importFile(csvWith(headers, [row]));
    expect(facilities[0]?.location).toEqual({ lon: Number(GOOD.lon), lat: Number(GOOD.lat) });
    expect(report.warnings).toContainEqual(expect.objectContaining({ field: '经纬度', message: expect.stringContaining('纬度,经度') }));
  });

  it('rejects a combined cell that is not two numbers, saying how to write it, under that column', async () => {
    const { headers, row } = goodTable({ 经度: ['经纬度', '景山路口'], 纬度: null });
    const { report } = await importFile(csvWith(headers, [row]));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 2, field: '经纬度', message: expect.stringContaining('分成“经度”和“纬度”两列') })]);
  });

  it('says an empty combined cell is required, under that column, not that the 经度 column is missing', async () => {
    const { headers, row } = goodTable({ 经度: ['经纬度', ''], 纬度: null });
    const { report } = await importFile(csvWith(headers, [row]));
    expect(report.rejected).toEqual([expect.objectContaining({ row: 2, field: '经纬度', message: expect.stringContaining('必填') })]);
  });

  it('runs the coordinate checks on a combined cell, reported under that column', async () => {
    const { headers, row } = goodTable({ 经度: ['经纬度', '120.155070,30.274084'], 纬度: null });
    const { report } = await importFile(csvWith(headers, [row]));
    expect(report.rejected).toEqual([expect.objectContaining({ field: '经纬度', message: expect.stringContaining('不在瓯海区范围内') })]);
  });
});

describe('dates as Excel and people write them', () => {
  for (const date of ['2026/5/1 0:00', '2026年5月1日', '2026-05-01 00:00:00']) {
    it(`reads 核实日期 “${date}” as 2026-05-01`, async () => {
      const { facilities, report } = await importRows({ ...GOOD, lastVerified: date });
      expect(report.rejected).toEqual([]);
      expect(facilities[0]?.lastVerified).toBe('2026-05-01');
    });
  }

  it('reads a 最后核实 header as 核实日期', async () => {
    const { headers, row } = goodTable({ 核实日期: ['最后核实', '2026/5/1 0:00'] });
    const { facilities } = await importFile(csvWith(headers, [row]));
    expect(facilities[0]?.lastVerified).toBe('2026-05-01');
  });

  it('keeps a facility whose 核实日期 is after today without the date, saying it is in the future', async () => {
    const path = tempFile('t.csv', templateCsv([{ ...GOOD, lastVerified: '2062/5/1' }]));
    const { report, facilities } = await importFile(path, { today: '2026-11-30' });
    expect(report.rejected).toEqual([]);
    expect(report.warnings).toEqual([expect.objectContaining({ row: 2, field: '核实日期', message: expect.stringContaining('晚于今天（2026-11-30）') })]);
    expect(facilities[0]?.lastVerified).toBeUndefined();
    expect(facilities[0]?.asWritten).toEqual({ lastVerified: '2062/5/1' });
  });

  it('accepts a 核实日期 of today', async () => {
    const path = tempFile('t.csv', templateCsv([{ ...GOOD, lastVerified: '2026-11-30' }]));
    expect((await importFile(path, { today: '2026-11-30' })).report.rejected).toEqual([]);
  });
});

describe('coordinate systems written in words', () => {
  const cases: [string, string][] = [
    ['高德坐标系', 'gcj02'],
    ['高德', 'gcj02'],
    ['GCJ02坐标', 'gcj02'],
    ['火星坐标', 'gcj02'],
    ['百度坐标系', 'bd09'],
    ['百度', 'bd09'],
    ['WGS84坐标', 'wgs84'],
    ['天地图', 'wgs84'],
    ['CGCS2000', 'wgs84'],
  ];
  for (const [written, crs] of cases) {
    it(`reads 坐标系 “${written}” as ${crs}`, async () => {
      const { facilities, report } = await importRows({ ...GOOD, crs: written });
      expect(report.rejected.filter((r) => r.field === '坐标系')).toEqual([]);
      expect(facilities[0]?.sourceCrs ?? report.rejected[0]?.message).toBe(crs);
    });
  }
});

describe('villages and communities named by their committee', () => {
  for (const [community, expected] of [
    ['景山社区居委会', '330304001003'],
    ['景山居委会', '330304001003'],
    ['景山社区居民委员会', '330304001003'],
  ] as const) {
    it(`matches 所属村社 “${community}” to 景山社区`, async () => {
      const { facilities, report } = await importRows({ ...GOOD, community });
      expect(report.rejected).toEqual([]);
      expect(facilities[0]?.region.communityCode).toBe(expected);
    });
  }

  it('matches 鹅湖村委会 and 鹅湖村村委会 to 鹅湖村', async () => {
    const rows = ['鹅湖村委会', '鹅湖村村委会'].map((community, i) => ({ ...GOOD, name: `食堂${i}`, town: '南白象街道', community, lon: '120.6700', lat: '27.9700' }));
    const { facilities } = await importRows(...rows);
    expect(new Set(facilities.map((f) => f.region.communityCode)).size).toBe(1);
    expect(facilities).toHaveLength(2);
  });
});

describe('separators other than commas', () => {
  for (const [name, delimiter] of [
    ['semicolon', ';'],
    ['tab', '\t'],
  ] as const) {
    it(`reads a ${name}-separated file the same as a comma-separated one`, async () => {
      const { headers, row } = goodTable();
      const other = await importFile(csvWith(headers, [row], delimiter));
      const comma = await importFile(csvWith(headers, [row]));
      expect(other.report).toEqual(comma.report);
      expect(other.facilities).toEqual(comma.facilities);
    });
  }

  it('says which separators were tried when no header is found', async () => {
    await expect(importFile(tempFile('t.csv', 'a|b|c\n1|2|3\n'))).rejects.toThrow(/找不到表头.*逗号、分号、制表符/);
  });
});

describe('negative coordinates', () => {
  it('says the minus sign before the longitude is probably wrong', async () => {
    const { report } = await importRows({ ...GOOD, lon: `-${GOOD.lon}` });
    expect(report.rejected).toEqual([expect.objectContaining({ field: '经度', message: expect.stringContaining('负号') })]);
    expect(report.rejected[0]?.message).toContain('去掉负号后该点在瓯海区内');
  });

  it('says the same of a negative latitude', async () => {
    const { report } = await importRows({ ...GOOD, lat: `-${GOOD.lat}` });
    expect(report.rejected).toEqual([expect.objectContaining({ field: '纬度', message: expect.stringContaining('负号') })]);
  });
});

describe('cells with no column name', () => {
  it('warns about a cell beyond the last header, naming the row and the column position', async () => {
    const { headers, row } = goodTable();
    const second = [...row.map((v, i) => (i === 0 ? '乙食堂' : v)), '多出来的内容'];
    const path = csvWith(headers, [row, second]);
    const { report, facilities } = await importFile(path);
    expect(facilities).toHaveLength(2);
    expect(report.warnings).toEqual([expect.objectContaining({ row: 3, field: `第 ${headers.length + 1} 列`, message: expect.stringContaining('多出来的内容') })]);
  });

  it('explains that an unquoted comma shifts the cells after it', async () => {
    const { headers, row } = goodTable();
    // An address with a comma, written without quotes: every later cell moves one to the right.
    const line = row.map((v, i) => (headers[i] === '地址' ? `${v},2号楼` : v)).join(',');
    const { report } = await importFile(tempFile('t.csv', `${headers.join(',')}\n${line}\n`));
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 2, message: expect.stringContaining('逗号') }));
  });

  it('warns per row about a cell under a blank header', async () => {
    const { headers, row } = goodTable();
    const path = csvWith([...headers, ''], [[...row, ''], [...row.map((v, i) => (i === 0 ? '乙食堂' : v)), '备用电话 123']]);
    const { report } = await importFile(path);
    expect(report.warnings).toEqual([expect.objectContaining({ row: 3, field: `第 ${headers.length + 1} 列`, message: expect.stringContaining('备用电话 123') })]);
  });
});

describe('opening hours with no weekly times', () => {
  it('warns that a canteen whose hours are only 节假日休息 has no meal times', async () => {
    const { report, facilities } = await importRows({ ...GOOD, hours: '节假日休息', holidays: '' });
    expect(facilities).toHaveLength(1);
    expect(report.warnings).toEqual([expect.objectContaining({ field: '开放时间', message: expect.stringContaining('没有供餐时间') })]);
  });

  it('warns that a canteen with blank hours has no meal times', async () => {
    const { report } = await importRows({ ...GOOD, hours: '' });
    expect(report.warnings).toEqual([expect.objectContaining({ field: '开放时间', message: expect.stringContaining('没有供餐时间') })]);
  });

  it('warns about a centre whose hours are only a holiday rule, without the canteen wording', async () => {
    const { report } = await importRows({ ...GOOD, type: '照料中心', meals: '', price: '', delivery: '', hours: '节假日照常', holidays: '' });
    const hours = report.warnings.filter((w) => w.field === '开放时间');
    expect(hours).toHaveLength(1);
    expect(hours[0]?.message).toContain('没有每周的开放时段');
    expect(hours[0]?.message).not.toContain('供餐');
  });

  it('gives no warning for “11:00-13:00（周末休息）”: the days are those not closed', async () => {
    const { report, facilities } = await importRows({ ...GOOD, hours: '11:00-13:00（周末休息）' });
    expect(report.warnings).toEqual([]);
    expect(facilities[0]?.hours.periods.map((p) => p.days)).toEqual([[1, 2, 3, 4, 5]]);
  });
});

describe('invisible characters', () => {
  it('removes a right-to-left override (U+202E) and zero-width spaces from a name and an address, with a warning naming them', async () => {
    const { facilities, report } = await importRows({ ...GOOD, name: `\u202e景山\u200b社区老年食堂`, address: `瓯海区\u2066景山街道示例路 1 号\u2069` });
    expect(facilities[0]?.name).toBe('景山社区老年食堂');
    expect(facilities[0]?.address).toBe('瓯海区景山街道示例路 1 号');
    expect(report.warnings.map((w) => [w.field, w.message.slice(0, w.message.indexOf('，已删除'))])).toEqual([
      ['名称', '「名称」中有 2 个看不见的控制字符（U+202E、U+200B）'],
      ['地址', '「地址」中有 2 个看不见的控制字符（U+2066、U+2069）'],
    ]);
  });

  it('removes them from a GeoJSON feature in the normalized form too, naming the property', async () => {
    const { facilities: [clean] } = await importRows({ ...GOOD });
    if (!clean) throw new Error('no facility');
    const { location, ...properties } = { ...clean, name: `\u202e${clean.name}` };
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [location.lon, location.lat] }, properties }] };
    const { facilities, report } = await importFile(tempFile('n.geojson', JSON.stringify(fc)));
    expect(facilities[0]?.name).toBe(clean.name);
    expect(report.warnings).toContainEqual(expect.objectContaining({ row: 1, field: 'name', message: expect.stringContaining('U+202E') }));
  });
});
