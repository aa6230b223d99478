/**
 * Writes rows in the template format (the Chinese headers of COLUMNS, in order), for the
 * template files, the sample dataset and test fixtures.
 */
import { stringify } from 'csv-stringify/sync';
import { COLUMNS, type ColumnKey } from './columns.ts';

export type TemplateRow = Partial<Record<ColumnKey, string>>;

/** The template headers, in order. */
export const TEMPLATE_HEADERS: string[] = COLUMNS.map((c) => c.zh);

/** The rows as cell arrays in template column order (header first). */
export function templateCells(rows: TemplateRow[]): string[][] {
  return [TEMPLATE_HEADERS, ...rows.map((row) => COLUMNS.map((c) => row[c.key] ?? ''))];
}

/** What a spreadsheet reads as the start of a formula (OWASP, “CSV Injection”). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell made safe to open in Excel or WPS: one that begins like a formula (=HYPERLINK(…), +, -,
 * @, tab, CR) gets a leading apostrophe, as OWASP recommends, so it shows as text instead of
 * running. The importer drops that apostrophe again (unquoteFormulaCell), so files round-trip.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The importer's side of neutraliseFormula: “'=…” is read back as “=…”. */
export function unquoteFormulaCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** CSV text in template format; with a byte-order mark so Excel opens it as UTF-8, formula-like cells neutralised. */
export function templateCsv(rows: TemplateRow[], { bom = true } = {}): string {
  const cells = templateCells(rows).map((row) => row.map(neutraliseFormula));
  return `${bom ? '\uFEFF' : ''}${stringify(cells, { record_delimiter: '\n' })}`;
}

/**
 * XLSX bytes in template format, typed as Excel would hold them: coordinates as numbers,
 * 核实日期 as a date cell, codes and phone numbers as text (so leading zeros survive).
 */
export async function templateXlsx(rows: TemplateRow[]): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const header = TEMPLATE_HEADERS.map((value) => ({ value, fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    COLUMNS.map((c) => {
      const value = row[c.key] ?? '';
      if (value === '') return null;
      if ((c.key === 'lon' || c.key === 'lat') && /^-?\d+(?:\.\d+)?$/.test(value)) return { value: Number(value), type: Number, format: '0.000000' };
      const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (c.key === 'lastVerified' && date) return { value: new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))), type: Date, format: 'yyyy-mm-dd' };
      return { value, type: String };
    }),
  );
  return writeXlsxFile([header, ...body], {
    sheet: '机构',
    stickyRowsCount: 1,
    columns: COLUMNS.map((c) => ({ width: ['name', 'address', 'hours', 'services', 'tierPrices', 'source', 'notes'].includes(c.key) ? 30 : 14 })),
  }).toBuffer();
}
