import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/lib/import/index.ts';
import { templateCells, type TemplateRow } from '../../../src/lib/import/template.ts';
import { GOOD } from '../../fixtures/import/broken-rows.ts';

type Sheet = { sheet: string; rows: (string | null)[][] };

/** An .xlsx file with the given sheets, every cell text. */
async function workbook(sheets: Sheet[]): Promise<string> {
  const data = sheets.map(({ sheet, rows }) => ({ sheet, data: rows.map((r) => r.map((v) => (v === null || v === '' ? null : { value: v, type: String }))) }));
  const path = join(mkdtempSync(join(tmpdir(), 'sheets-')), 'book.xlsx');
  writeFileSync(path, await writeXlsxFile(data).toBuffer());
  return path;
}

const INSTRUCTIONS: Sheet = { sheet: '填表说明', rows: [['瓯海区养老服务机构名单 填表说明'], ['1. 每个机构填一行'], ['2. 经度、纬度请在天地图上取点']] };
const facilities = (sheet: string, ...rows: TemplateRow[]): Sheet => ({ sheet, rows: templateCells(rows) });

describe('reading the right sheet of a workbook', () => {
  it('reads the facility table from the second sheet when the first is 填表说明, and says which sheet it read', async () => {
    const path = await workbook([INSTRUCTIONS, facilities('机构名单', { ...GOOD, name: '甲食堂' }, { ...GOOD, name: '乙食堂' })]);
    const result = await importFile(path);
    expect(result.facilities.map((f) => f.name)).toEqual(['甲食堂', '乙食堂']);
    expect(result.sheet).toBe('机构名单');
    expect(result.report.warnings).toEqual([expect.objectContaining({ row: 1, field: '工作表', message: expect.stringContaining('第 2 个工作表「机构名单」') })]);
    expect(result.report.warnings[0]?.message).toContain('「填表说明」');
  });

  it('gives no sheet warning when the table is on the first sheet', async () => {
    const { report } = await importFile(await workbook([facilities('机构名单', GOOD), INSTRUCTIONS]));
    expect(report.warnings).toEqual([]);
  });

  it('names a second sheet holding facilities that was not imported, with its row count', async () => {
    const path = await workbook([facilities('一期', { ...GOOD, name: '甲食堂' }), facilities('二期', { ...GOOD, name: '丙食堂' }, { ...GOOD, name: '丁食堂' })]);
    const { report, facilities: imported } = await importFile(path);
    expect(imported.map((f) => f.name)).toEqual(['甲食堂']);
    expect(report.warnings).toEqual([expect.objectContaining({ field: '工作表', message: expect.stringContaining('工作表「二期」也是机构表（2 行数据），没有导入') })]);
  });

  it('throws a file error (exit 2) naming every sheet when no sheet has a header', async () => {
    await expect(importFile(await workbook([INSTRUCTIONS, { sheet: '备注', rows: [['无']] }]))).rejects.toThrow(/2 个工作表（「填表说明」、「备注」）.*找不到表头/);
  });
});
