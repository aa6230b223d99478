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

/** CSV text in template format; with a byte-order mark so Excel opens it as UTF-8. */
export function templateCsv(rows: TemplateRow[], { bom = true } = {}): string {
  return `${bom ? '\uFEFF' : ''}${stringify(templateCells(rows), { record_delimiter: '\n' })}`;
}
