/**
 * Reads a facility file into a plain table: a header row and data rows, each row numbered
 * as a person sees it in a spreadsheet (the header is row 1 in the template).
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { columnOfHeader } from './columns.ts';
import { decodeText, type TextEncoding } from './decode.ts';
import { readSheetStructure, type SheetStructure } from './xlsx-structure.ts';
import { unquoteFormulaCell } from './template.ts';

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
  /** XLSX only: columns (indices into values) holding a formula with no saved result. */
  uncachedFormulas?: number[];
};

/** Something about the file as a whole worth a warning (e.g. which sheet was read), in the report's form. */
export type TableNote = { row: number; field: string; message: string };

export type Table = {
  format: 'csv' | 'xlsx' | 'geojson';
  /** CSV only: the encoding detected. */
  encoding?: TextEncoding;
  /** XLSX only: the name of the sheet read. */
  sheet?: string;
  /** Row number of the header row (GeoJSON: none, 0). */
  headerRow: number;
  headers: string[];
  rows: TableRow[];
  /** Warnings about the file as a whole. */
  notes: TableNote[];
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
function findHeader(rows: Cell[][]): { headerIndex: number; headers: string[]; known: number } | undefined {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const cells = rows[i] ?? [];
    const known = cells.filter((c) => typeof c === 'string' && columnOfHeader(c) !== undefined).length;
    if (known >= 2) return { headerIndex: i, headers: cells.map((c) => (c === null ? '' : String(c).trim())), known };
  }
  return undefined;
}

const NO_HEADER = '前 10 行里找不到表头（应有“名称”“类型”“经度”“纬度”等列名）。请使用 data/templates/facilities-template.csv 的表头';

function tableFromRows(rows: Cell[][], header: { headerIndex: number; headers: string[] }, format: 'csv' | 'xlsx', encoding?: TextEncoding, formulas: [number, number][] = []): Table {
  const { headerIndex, headers } = header;
  const data: TableRow[] = [];
  const formulasByRow = new Map<number, number[]>();
  for (const [r, c] of formulas) formulasByRow.set(r, [...(formulasByRow.get(r) ?? []), c]);
  const last = Math.max(rows.length - 1, ...formulasByRow.keys());
  for (let i = headerIndex + 1; i <= last; i++) {
    const values = rows[i] ?? [];
    const uncachedFormulas = formulasByRow.get(i);
    // Blank rows (often left at the bottom of a sheet) hold no facility; they are not counted.
    // A row whose cells are formulas without results is not blank: it is reported.
    if (values.every(isBlank) && !uncachedFormulas) continue;
    data.push(uncachedFormulas ? { row: i + 1, values, uncachedFormulas } : { row: i + 1, values });
  }
  return { format, ...(encoding ? { encoding } : {}), headerRow: headerIndex + 1, headers, rows: data, notes: [] };
}

/** Separators tried for CSV: Excel writes commas, or semicolons where the decimal mark is a comma; "文本文件" is tab-separated. */
const DELIMITERS = [
  { char: ',', name: '逗号' },
  { char: ';', name: '分号' },
  { char: '\t', name: '制表符' },
] as const;

/**
 * Reads CSV text. The separator is the one under which a header row is found (the one naming
 * the most template columns), so semicolon- and tab-separated files read like comma-separated ones.
 */
function readCsv(path: string, bytes: Uint8Array): Table {
  const { text, encoding } = decodeText(bytes);
  let best: { records: string[][]; header: NonNullable<ReturnType<typeof findHeader>> } | undefined;
  let parseError: Error | undefined;
  for (const { char } of DELIMITERS) {
    let records: string[][];
    try {
      records = parseCsv(text, { delimiter: char, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
    } catch (error) {
      parseError ??= error as Error;
      continue;
    }
    const header = findHeader(records);
    if (header && (!best || header.known > best.header.known)) best = { records, header };
  }
  if (!best) {
    if (parseError && !text.includes(';') && !text.includes('\t')) {
      throw new ImportFileError(`${path}：CSV 格式有误，无法读取（${parseError.message}）。请用 Excel 或 WPS 打开后重新“另存为 CSV”。`);
    }
    throw new ImportFileError(`${path}：${NO_HEADER}。已试过用${DELIMITERS.map((d) => d.name).join('、')}分隔各列；如果文件用别的符号分隔，请用 Excel 或 WPS 打开后“另存为 CSV（逗号分隔）”。`);
  }
  // Cells this site (or another careful exporter) wrote as “'=…” to keep spreadsheets from running them.
  const records = best.records.map((r) => r.map(unquoteFormulaCell));
  return tableFromRows(records, best.header, 'csv', encoding);
}

/**
 * Reads the sheet that holds the facility table: the first sheet with a header row. A
 * workbook often opens with a 填表说明 (instructions) sheet; when the table is on a later
 * sheet the report says which one was read, and when several sheets hold facility tables it
 * names the ones not read, so no rows go missing unnoticed.
 */
async function readXlsx(path: string, bytes: Uint8Array): Promise<Table> {
  let sheets: { sheet: string; data: Cell[][] }[];
  let structure: Map<string, SheetStructure>;
  const unreadable = (error: unknown) =>
    new ImportFileError(`${path}：无法读取 Excel 文件（${(error as Error).message}）。请确认是 .xlsx 格式（不是旧的 .xls），可在 Excel 中“另存为 Excel 工作簿 (.xlsx)”。`);
  try {
    // Read first, synchronously: a damaged zip fails here with a message instead of reaching the stream reader.
    structure = readSheetStructure(bytes);
    sheets = (await readXlsxFile(Buffer.from(bytes))) as unknown as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    throw unreadable(error);
  }
  for (const sheet of sheets) fillMerges(sheet.data, structure.get(sheet.sheet)?.merges ?? []);
  const withHeader = sheets.flatMap((sheet, index) => {
    const header = findHeader(sheet.data);
    return header ? [{ ...sheet, index, header }] : [];
  });
  const used = withHeader[0];
  if (!used) {
    const names = sheets.map((s) => `「${s.sheet}」`).join('、');
    throw new ImportFileError(`${path}：${sheets.length > 1 ? `${sheets.length} 个工作表（${names}）` : `工作表${names}`}的${NO_HEADER}。`);
  }
  const table = { ...tableFromRows(used.data, used.header, 'xlsx', undefined, structure.get(used.sheet)?.uncachedFormulas), sheet: used.sheet };
  const at = { row: table.headerRow, field: '工作表' };
  if (used.index > 0) {
    const skipped = sheets.slice(0, used.index).map((s) => `「${s.sheet}」`).join('、');
    table.notes.push({ ...at, message: `读取的是第 ${used.index + 1} 个工作表「${used.sheet}」（前面的工作表${skipped}中没有表头，未读取）。行号指该工作表中的行` });
  }
  for (const other of withHeader.slice(1)) {
    const rows = tableFromRows(other.data, other.header, 'xlsx').rows.length;
    if (rows === 0) continue;
    table.notes.push({
      ...at,
      message: `工作表「${other.sheet}」也是机构表（${rows} 行数据），没有导入：一次只导入一个工作表（「${used.sheet}」）。请把这些行移到「${used.sheet}」中，或把「${other.sheet}」另存为单独的文件再导入`,
    });
  }
  return table;
}

/**
 * Gives every cell of a merged range the value of its top-left cell, as the sheet shows it: a
 * 所属街道 merged over five rows belongs to each of them. Only rows the sheet has are filled.
 */
function fillMerges(data: Cell[][], merges: SheetStructure['merges']): void {
  // A range may name a whole sheet (A1:XFD1048576): only the cells the data reaches are filled.
  const width = Math.max(0, ...data.map((r) => r.length));
  for (const m of merges) {
    const value = data[m.top]?.[m.left];
    if (value === null || value === undefined) continue;
    for (let r = m.top; r <= m.bottom && r < data.length; r++) {
      const row = data[r] ?? [];
      for (let c = m.left; c <= m.right && c < width; c++) if (row[c] === null || row[c] === undefined) row[c] = value;
      data[r] = row;
    }
  }
}

type Feature = { type?: unknown; geometry?: { type?: unknown; coordinates?: unknown } | null; properties?: Record<string, unknown> | null };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The features of a collection, each made safe to read: a feature that is not an object (null,
 * a number) or has a geometry or properties of the wrong kind keeps its place (so feature
 * numbers stay right) with what is wrong said in `problem`.
 */
function safeFeatures(features: unknown[]): (Feature & { problem?: string })[] {
  return features.map((f, i) => {
    if (!isRecord(f)) return { properties: {}, geometry: null, problem: `第 ${i + 1} 个要素不是对象（现在是 ${f === null ? 'null' : Array.isArray(f) ? '列表' : typeof f}）。每个要素应写成 {"type": "Feature", "geometry": …, "properties": {…}}` };
    const properties = isRecord(f.properties) ? f.properties : {};
    const geometry = f.geometry === null || f.geometry === undefined ? null : isRecord(f.geometry) ? (f.geometry as Feature['geometry']) : undefined;
    if (geometry === undefined) return { properties, geometry: null, problem: `第 ${i + 1} 个要素的 geometry 不是对象。请写成 {"type": "Point", "coordinates": [经度, 纬度]}` };
    return { properties, geometry };
  });
}

function readGeoJson(path: string, bytes: Uint8Array): Table {
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes).text);
  } catch (error) {
    throw new ImportFileError(`${path}：不是有效的 JSON（${(error as Error).message}）。`);
  }
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new ImportFileError(`${path}：GeoJSON 应为 FeatureCollection（"type": "FeatureCollection"，含 "features" 数组）。`);
  }
  const features = safeFeatures(json.features as unknown[]);
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
    const type = f.geometry?.type;
    const geometryProblem = f.problem ??
      (f.geometry && !coords
        ? `第 ${i + 1} 个要素的几何类型是 ${String(type)}，只接受点（Point）。请把机构位置存为点`
        : coords && (typeof coords[0] !== 'number' || typeof coords[1] !== 'number')
          ? `第 ${i + 1} 个要素的坐标不是数字`
          : undefined);
    if (normalizedForm(props)) {
      const location = coords && !geometryProblem ? { lon: coords[0], lat: coords[1] } : undefined;
      const normalized = { ...props, location };
      // A normalized feature has no 经度/纬度 properties to fall back on: no point, no position.
      const problem = geometryProblem ?? (coords ? undefined : `第 ${i + 1} 个要素没有点坐标（geometry 为空）。请给要素加上点（Point）几何，坐标写作 [经度, 纬度]（WGS-84）`);
      return problem ? { row: i + 1, values: [], normalized, geometryProblem: problem } : { row: i + 1, values: [], normalized };
    }
    const values = plainHeaders.map((h): Cell => {
      // The geometry wins over 经度/纬度 properties: it is what a map shows.
      if (coords && h === lonHeader) return typeof coords[0] === 'number' ? coords[0] : null;
      if (coords && h === latHeader) return typeof coords[1] === 'number' ? coords[1] : null;
      const v = props[h];
      if (v === undefined || v === null) return null;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
      // A nested value is shown as its JSON text, which the column's parser then reports on.
      return JSON.stringify(v) ?? null;
    });
    return geometryProblem ? { row: i + 1, values, geometryProblem } : { row: i + 1, values };
  });
  return { format: 'geojson', headerRow: 0, headers: plainHeaders, rows, notes: [] };
}

/** Larger than any facility list (a few thousand rows are a few MB): a bigger file is not one. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** How long reading may take before it is given up (a damaged workbook can leave a reader waiting forever). */
export const READ_TIME_LIMIT_MS = 60_000;

/** Reads a .csv, .txt, .xlsx, .geojson or .json file. Throws ImportFileError when it cannot. */
export async function readTable(path: string, timeLimitMs = READ_TIME_LIMIT_MS): Promise<Table> {
  let bytes: Uint8Array;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) throw new ImportFileError(`${path}：文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，不像是机构名单。请确认选对了文件`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`无法打开文件 ${path}（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）。请检查路径。`);
  }
  return readTableBytes(path, bytes, timeLimitMs);
}

/**
 * Reads file contents named `path` (the extension decides the format; a zip is read as XLSX).
 * Never throws anything but ImportFileError: a reader's own error becomes a Chinese message
 * naming the file, and a read that takes longer than `timeLimitMs` is abandoned.
 */
export async function readTableBytes(path: string, bytes: Uint8Array, timeLimitMs = READ_TIME_LIMIT_MS): Promise<Table> {
  const ext = extname(path).toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.xls') throw new ImportFileError(`${path}：不支持旧的 .xls 格式。请在 Excel 中“另存为 Excel 工作簿 (.xlsx)”或 CSV。`);
  let read: () => Table | Promise<Table>;
  if (ext === '.xlsx' || isZip) read = () => readXlsx(path, bytes);
  else if (ext === '.geojson' || ext === '.json') read = () => readGeoJson(path, bytes);
  else if (ext === '.csv' || ext === '.txt') read = () => readCsv(path, bytes);
  else throw new ImportFileError(`${path}：不支持的文件类型“${ext}”。可导入 .csv、.xlsx 或 .geojson。`);
  let timer: NodeJS.Timeout | undefined;
  // The timer also keeps the process alive while a reader waits on nothing, so the command ends
  // with this message instead of Node's “unsettled top-level await”.
  const timeout = new Promise<never>((_, reject) => {
    const limit = timeLimitMs >= 1000 ? `${Math.round(timeLimitMs / 1000)} 秒` : `${timeLimitMs} 毫秒`;
    timer = setTimeout(() => reject(new ImportFileError(`${path}：读取超过 ${limit}仍未完成，文件可能已损坏。请用 Excel 或 WPS 打开后重新保存（或另存为 CSV）再导入`)), timeLimitMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(read), timeout]);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`${path}：文件内容有误，无法读取（${(error as Error).message}）。请用 Excel 或 WPS 打开后重新保存再导入`);
  } finally {
    clearTimeout(timer);
  }
}
