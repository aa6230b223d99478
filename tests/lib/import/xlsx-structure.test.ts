/**
 * Merged cells and formulas in XLSX, as offices make them: a 所属街道 merged over the rows of a
 * town, and formulas a script wrote without saving a result.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/lib/import/index.ts';
import { cellRange } from '../../../src/lib/import/xlsx-structure.ts';
import { GOOD } from '../../fixtures/import/broken-rows.ts';

type XlsxCell = { value: string | number; type: typeof String | typeof Number | 'Formula'; rowSpan?: number } | null;

async function xlsx(rows: XlsxCell[][]): Promise<string> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const path = join(mkdtempSync(join(tmpdir(), 'xlsx-structure-')), 'list.xlsx');
  writeFileSync(path, await writeXlsxFile(rows as never).toBuffer());
  return path;
}

const HEADERS = ['名称', '类型', '地址', '所属街道', '经度', '纬度', '联系电话', '核实日期'];
const text = (value: string): XlsxCell => ({ value, type: String });
const header = HEADERS.map(text);
/** A good row; `town` is the 所属街道 cell (null under a merge), `phone` and `lon` may be replaced. */
function row(name: string, town: XlsxCell, { lon = { value: Number(GOOD.lon), type: Number } as XlsxCell, phone = text(GOOD.phone as string) } = {}): XlsxCell[] {
  return [text(name), text('老年食堂'), text(`${GOOD.address}${name}`), town, lon, { value: Number(GOOD.lat), type: Number }, phone, text('2026-05-01')];
}

describe('merged cells', () => {
  it('give every row a merged 所属街道 covers the town of its top cell', async () => {
    const path = await xlsx([header, row('甲食堂', { value: '景山街道', type: String, rowSpan: 3 }), row('乙食堂', null), row('丙食堂', null)]);
    const { facilities, report } = await importFile(path);
    expect(report.rejected).toEqual([]);
    expect(facilities.map((f) => [f.name, f.region.townCode])).toEqual([
      ['甲食堂', '330304001'],
      ['乙食堂', '330304001'],
      ['丙食堂', '330304001'],
    ]);
  });

  it('reads a range such as D2:D5 as rows 1–4 of column 3 (0-based)', () => {
    expect(cellRange('D2:D5')).toEqual({ top: 1, left: 3, bottom: 4, right: 3 });
    expect(cellRange('AA10')).toEqual({ top: 9, left: 26, bottom: 9, right: 26 });
  });
});

describe('formulas without a saved result', () => {
  const formula = (value: string): XlsxCell => ({ value, type: 'Formula' });

  it('reject a row whose 经度 is such a formula, with the formula message instead of “未填写”', async () => {
    const path = await xlsx([header, row('甲食堂', text('景山街道'), { lon: formula('=120+0.6241') })]);
    const { report } = await importFile(path);
    expect(report.rejected).toEqual([{ row: 2, field: '经度', message: expect.stringContaining('公式没有保存结果，请在 Excel 中打开并保存后再导出') }]);
  });

  it('keep a row whose 联系电话 is such a formula, with a warning', async () => {
    const path = await xlsx([header, row('甲食堂', text('景山街道'), { phone: formula('="0577-"&"80009001"') })]);
    const { facilities, report } = await importFile(path);
    expect(facilities.map((f) => f.phones)).toEqual([[]]);
    expect(report.warnings.filter((w) => w.field === '联系电话')).toEqual([{ row: 2, field: '联系电话', message: expect.stringContaining('公式没有保存结果') }]);
  });

  it('count a row made only of such formulas as a data row, not a blank one', async () => {
    const path = await xlsx([header, row('甲食堂', text('景山街道')), HEADERS.map((_, i) => (i === 0 ? formula('=A2&"分店"') : null))]);
    const { report, rows } = await importFile(path);
    expect(rows).toBe(2);
    expect(report.rejected.filter((r) => r.row === 3).map((r) => r.field)).toContain('名称');
    expect(report.rejected.find((r) => r.row === 3 && r.field === '名称')?.message).toContain('公式没有保存结果');
  });
});
