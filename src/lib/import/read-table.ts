/**
 * Reads a facility file into a plain table: a header row and data rows, each row numbered
 * as a person sees it in a spreadsheet (the header is row 1 in the template).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { columnOfHeader } from './columns.ts';
import { decodeText, type TextEncoding } from './decode.ts';

/** A cell as read: text from CSV, typed values from XLSX and GeoJSON. */
export type Cell = string | number | boolean | Date | null;

export type TableRow = {
  /** Row number as seen in the spreadsheet (1-based, header included); for GeoJSON, the feature's 1-based position. */
  row: number;
  /** Values in header order. */
  values: Cell[];
  /** GeoJSON only: a feature already in the normalized Facility form (as written by --out), with its location. */
  normalized?: Record<string, unknown>;
  /** GeoJSON only: what is wrong with the feature's geometry, when it is not a point. */
  geometryProblem?: string;
};

export type Table = {
  format: 'csv' | 'xlsx' | 'geojson';
  /** CSV only: the encoding detected. */
  encoding?: TextEncoding;
  /** Row number of the header row. */
  headerRow: number;
  headers: string[];
  rows: TableRow[];
};

/** The file cannot be read as a facility table at all (CLI exit code 2). */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

const isBlank = (v: Cell | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Finds the header row: the first of the first ten rows naming at least two template
 * columns. Rows above it are titles (导出表常有一行大标题) and are skipped.
 */
function splitHeader(rows: Cell[][], path: string): { headerIndex: number; headers: string[] } {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const cells = rows[i] ?? [];
    const known = cells.filter((c) => typeof c === 'string' && columnOfHeader(c) !== undefined).length;
    if (known >= 2) return { headerIndex: i, headers: cells.map((c) => (c === null ? '' : String(c).trim())) };
  }
  throw new ImportFileError(`${path}：前 10 行里找不到表头（应有“名称”“类型”“经度”“纬度”等列名）。请使用 data/templates/facilities-template.csv 的表头。`);
}

function tableFromRows(rows: Cell[][], path: string, format: 'csv' | 'xlsx', encoding?: TextEncoding): Table {
  const { headerIndex, headers } = splitHeader(rows, path);
  const data: TableRow[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const values = rows[i] ?? [];
    // Blank rows (often left at the bottom of a sheet) hold no facility; they are not counted.
    if (values.every(isBlank)) continue;
    data.push({ row: i + 1, values });
  }
  return { format, ...(encoding ? { encoding } : {}), headerRow: headerIndex + 1, headers, rows: data };
}

function readCsv(path: string, bytes: Uint8Array): Table {
  const { text, encoding } = decodeText(bytes);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw new ImportFileError(`${path}：CSV 格式有误，无法读取（${(error as Error).message}）。请用 Excel 或 WPS 打开后重新“另存为 CSV”。`);
  }
  return tableFromRows(records, path, 'csv', encoding);
}

async function readXlsx(path: string, bytes: Uint8Array): Promise<Table> {
  let sheet: Cell[][];
  try {
    sheet = (await readSheet(Buffer.from(bytes))) as unknown as Cell[][];
  } catch (error) {
    throw new ImportFileError(`${path}：无法读取 Excel 文件（${(error as Error).message}）。请确认是 .xlsx 格式（不是旧的 .xls），可在 Excel 中“另存为 Excel 工作簿 (.xlsx)”。`);
  }
  return tableFromRows(sheet, path, 'xlsx');
}

type Feature = { type?: unknown; geometry?: { type?: unknown; coordinates?: unknown } | null; properties?: Record<string, unknown> | null };

function readGeoJson(path: string, bytes: Uint8Array): Table {
  let json: { type?: unknown; features?: unknown };
  try {
    json = JSON.parse(decodeText(bytes).text) as typeof json;
  } catch (error) {
    throw new ImportFileError(`${path}：不是有效的 JSON（${(error as Error).message}）。`);
  }
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new ImportFileError(`${path}：GeoJSON 应为 FeatureCollection（"type": "FeatureCollection"，含 "features" 数组）。`);
  }
  const features = json.features as Feature[];
  const headers: string[] = [];
  for (const f of features) for (const key of Object.keys(f.properties ?? {})) if (!headers.includes(key)) headers.push(key);
  const lonHeader = headers.find((h) => columnOfHeader(h) === 'lon') ?? '经度';
  const latHeader = headers.find((h) => columnOfHeader(h) === 'lat') ?? '纬度';
  const normalizedForm = (p: Record<string, unknown>) => typeof p.region === 'object' && typeof p.hours === 'object' && typeof p.location !== 'string';
  const plainHeaders = [...headers];
  if (!plainHeaders.includes(lonHeader)) plainHeaders.push(lonHeader);
  if (!plainHeaders.includes(latHeader)) plainHeaders.push(latHeader);
  const rows = features.map((f, i): TableRow => {
    const props = f.properties ?? {};
    const coords = f.geometry?.type === 'Point' && Array.isArray(f.geometry.coordinates) ? (f.geometry.coordinates as unknown[]) : undefined;
    if (normalizedForm(props)) {
      return { row: i + 1, values: [], normalized: { ...props, location: coords ? { lon: coords[0], lat: coords[1] } : undefined } };
    }
    const values = plainHeaders.map((h): Cell => {
      // The geometry wins over 经度/纬度 properties: it is what a map shows.
      if (coords && h === lonHeader) return typeof coords[0] === 'number' ? coords[0] : null;
      if (coords && h === latHeader) return typeof coords[1] === 'number' ? coords[1] : null;
      const v = props[h];
      return v === undefined || v === null ? null : typeof v === 'object' ? JSON.stringify(v) : (v as Cell);
    });
    const type = f.geometry?.type;
    const geometryProblem =
      f.geometry && !coords
        ? `第 ${i + 1} 个要素的几何类型是 ${String(type)}，只接受点（Point）。请把机构位置存为点`
        : coords && (typeof coords[0] !== 'number' || typeof coords[1] !== 'number')
          ? `第 ${i + 1} 个要素的坐标不是数字`
          : undefined;
    return geometryProblem ? { row: i + 1, values, geometryProblem } : { row: i + 1, values };
  });
  return { format: 'geojson', headerRow: 0, headers: plainHeaders, rows };
}

/** Reads a .csv, .txt, .xlsx, .geojson or .json file. Throws ImportFileError when it cannot. */
export async function readTable(path: string): Promise<Table> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ImportFileError(`无法打开文件 ${path}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）。请检查路径。`);
  }
  const ext = extname(path).toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.xls') throw new ImportFileError(`${path}：不支持旧的 .xls 格式。请在 Excel 中“另存为 Excel 工作簿 (.xlsx)”或 CSV。`);
  if (ext === '.xlsx' || isZip) return readXlsx(path, bytes);
  if (ext === '.geojson' || ext === '.json') return readGeoJson(path, bytes);
  if (ext === '.csv' || ext === '.txt') return readCsv(path, bytes);
  throw new ImportFileError(`${path}：不支持的文件类型“${ext}”。可导入 .csv、.xlsx 或 .geojson。`);
}
