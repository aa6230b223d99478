/**
 * Turns the rows of a table into Facility records, collecting for every row what is
 * wrong (rejected) or doubtful (warnings), with the column name as the file writes it.
 */
import { Facility } from '../../schemas/facility.ts';
import { issueText, shown } from '../data/issues.ts';
import { closestHeader, COLUMN_BY_KEY, columnOfFacilityPath, columnOfHeader } from './columns.ts';
import { checkCoordinates } from './coords.ts';
import { districtData, matchRegion } from './regions-match.ts';
import type { Town } from '../../schemas/region.ts';
import type { Table, TableRow } from './read-table.ts';
import { futureDate, noWeeklyHours, normalizeRow, type Columns, type NormalizeOptions, type ReportItem, type RowOutcome } from './row.ts';
import { cellText, invisibleWarning, stripInvisible } from './values.ts';

export { generatedId } from './row.ts';
export type { NormalizeOptions, ReportItem };

export type ImportReport = { accepted: number; rejected: ReportItem[]; warnings: ReportItem[] };

/** Maps headers to columns; unknown and repeated headers become warnings (blank ones: see unnamedCellWarnings). */
function mapHeaders(table: Table): { columns: Columns; warnings: ReportItem[] } {
  const columns: Columns = new Map();
  const warnings: ReportItem[] = [];
  table.headers.forEach((header, index) => {
    // A GeoJSON file has no header row: a property is reported on the first feature that has it.
    const row = table.format === 'geojson' ? (table.rows.find((r) => cellText(r.values[index]) !== '')?.row ?? 1) : table.headerRow;
    if (header === '') return;
    const key = columnOfHeader(header);
    if (!key) {
      const guess = closestHeader(header);
      warnings.push({
        row,
        field: header,
        message: `未识别的列「${header}」，该列内容不会导入。${guess ? `是否应为「${guess}」？` : ''}可用的列名见 data/README.md；需要保留的文字可放在“备注”列`,
      });
      return;
    }
    const existing = columns.get(key);
    if (existing) {
      warnings.push({ row, field: header, message: `列「${header}」与第 ${existing.index + 1} 列「${existing.header}」含义相同，只导入第 ${existing.index + 1} 列。请删除其中一列` });
      return;
    }
    columns.set(key, { index, header });
  });
  return { columns, warnings };
}

/**
 * Cells with no column name, one warning per row: under a blank header, or beyond the last
 * header (a CSV row longer than its header, typically because a cell such as an address held
 * a comma and was saved without quotes, which shifts every later cell).
 */
function unnamedCellWarnings(table: Table, row: TableRow): ReportItem[] {
  const cells = row.values.flatMap((v, index) => (cellText(v) !== '' && (table.headers[index] ?? '') === '' ? [{ index, text: cellText(v) }] : []));
  if (cells.length === 0) return [];
  const positions = cells.map((c) => c.index + 1).join('、');
  const beyond = cells.filter((c) => c.index >= table.headers.length);
  const listed = cells
    .slice(0, 3)
    .map((c) => `第 ${c.index + 1} 列 ${shown(c.text)}`)
    .join('，');
  const message =
    beyond.length > 0
      ? `这一行比表头多出内容（${listed}${cells.length > 3 ? ' 等' : ''}），这些格子上方没有列名，不会导入。如果某个单元格（例如地址）里有逗号而保存时没有加引号，后面各列会错位，请核对这一行；否则请给该列补上列名（见 data/README.md）或删除`
      : `${listed}${cells.length > 3 ? ' 等' : ''}上方没有列名，不会导入。请补上列名（见 data/README.md）或删除该列的内容`;
  return [{ row: row.row, field: `第 ${positions} 列`, message }];
}

/** A copy of `value` with invisible characters removed from every string in it; `found` hears of each string that had any, by property path. */
function visibleStrings(value: unknown, path: string[], found: (path: string, removed: string[]) => void): unknown {
  if (typeof value === 'string') {
    const { text, removed } = stripInvisible(value);
    if (removed.length > 0) found(path.join('.') || 'properties', removed);
    return text;
  }
  if (Array.isArray(value)) return value.map((v, i) => visibleStrings(v, [...path, String(i)], found));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visibleStrings(v, [...path, k], found)]));
  return value;
}

/**
 * A row of a GeoJSON file already in the normalized form (as written by --out). It gets the
 * same coordinate and region checks as a table row, then the schema; problems are named by
 * the property path in the file and the column name in Chinese.
 */
function normalizedRow(row: TableRow, options: NormalizeOptions): RowOutcome {
  const rejected: ReportItem[] = [];
  const warnings: ReportItem[] = [];
  const data = visibleStrings(row.normalized ?? {}, [], (path, removed) => warnings.push({ row: row.row, field: path, message: invisibleWarning(path, removed) })) as Record<string, unknown>;
  const reject = (field: string, message: string) => rejected.push({ row: row.row, field, message });
  if (row.geometryProblem) reject('geometry', row.geometryProblem);

  // Region codes: the same lookup and messages as the 街道代码/村社代码 columns.
  const region = (data.region ?? {}) as Record<string, unknown>;
  const codeText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  const districtCode = codeText(region.districtCode);
  if (districtCode !== undefined && districtCode !== districtData().code) {
    reject('region.districtCode', `区代码「${districtCode}」不是瓯海区的代码（应为 ${districtData().code}）。本网站只收录瓯海区的机构`);
  }
  const townCode = codeText(region.townCode);
  const communityCode = codeText(region.communityCode);
  let town: Town | undefined;
  if (townCode !== undefined || communityCode !== undefined) {
    const match = matchRegion({ ...(townCode ? { townCode } : {}), ...(communityCode ? { communityCode } : {}) });
    if (match.ok) town = match.town;
    else for (const p of match.problems) reject(`region.${p.field}`, p.message);
  }

  // Position: the geometry, checked as WGS-84 (the normalized form is always WGS-84).
  const location = data.location as { lon?: unknown; lat?: unknown } | undefined;
  let coordinatesChecked = false;
  if (!row.geometryProblem && typeof location?.lon === 'number' && typeof location.lat === 'number') {
    const check = checkCoordinates(location.lon, location.lat, 'wgs84', town, 'geojson');
    if (check.ok) for (const w of check.warnings) warnings.push({ row: row.row, field: 'geometry', message: w });
    else reject('geometry', check.message);
    coordinatesChecked = true;
  }

  const parsed = Facility.safeParse(data);
  const regionRejected = rejected.some((r) => r.field.startsWith('region'));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const head = issue.path[0];
      // Already explained above in the words of the coordinate and region checks.
      if (head === 'location' && (coordinatesChecked || row.geometryProblem)) continue;
      if (head === 'region' && regionRejected) continue;
      const key = columnOfFacilityPath(issue.path);
      const path = issue.path.join('.') || 'properties';
      reject(head === 'location' ? 'geometry' : path, issueText(issue, key ? (COLUMN_BY_KEY.get(key)?.zh ?? path) : path, data));
    }
  }
  if (rejected.length > 0 || !parsed.success) return { rejected, warnings, idGenerated: false };
  let facility = parsed.data;
  const missing = noWeeklyHours(facility.hours.text, facility.hours.periods.length, facility.type);
  if (missing) warnings.push({ row: row.row, field: 'hours', message: missing });
  // The same rule as a table's 核实日期: a future date is not kept; a missing one takes --verified.
  const future = facility.lastVerified ? futureDate(facility.lastVerified, options.today) : undefined;
  if (future && facility.lastVerified) {
    const { lastVerified, ...rest } = facility;
    facility = { ...rest, asWritten: { ...facility.asWritten, lastVerified } };
    warnings.push({ row: row.row, field: 'lastVerified', message: `${future}。网站将显示“核实日期不详”，并提示信息可能过时` });
  } else if (!facility.lastVerified && options.verified) facility = { ...facility, lastVerified: options.verified };
  return { facility, rejected, warnings, idGenerated: false };
}

/**
 * Normalizes every row; rows sharing an id are all rejected, never merged. `rows[i]` is the
 * row (GeoJSON: feature) number `facilities[i]` came from.
 */
export function normalizeTable(table: Table, options: NormalizeOptions): { facilities: Facility[]; rows: number[]; report: ImportReport } {
  const plain = table.rows.some((r) => !r.normalized);
  const { columns, warnings } = plain ? mapHeaders(table) : { columns: new Map() as Columns, warnings: [] as ReportItem[] };
  warnings.push(...table.notes);
  if (plain && !columns.has('lastVerified') && !options.verified) {
    warnings.push({
      row: table.format === 'geojson' ? 1 : table.headerRow,
      field: '核实日期',
      message: '表中没有「核实日期」列：各行照常导入，网站显示“核实日期不详”并提示信息可能过时。如整份名单是同一天核实的，请在导入时用 --verified 注明这一天（例如 --verified 2026-11-01），或按模板加上该列',
    });
  }
  const rejected: ReportItem[] = [];
  const outcomes = table.rows.map((row) => ({ row, ...(row.normalized ? normalizedRow(row, options) : normalizeRow(row, columns, options)) }));
  for (const row of table.rows) if (!row.normalized) warnings.push(...unnamedCellWarnings(table, row));
  const byId = new Map<string, typeof outcomes>();
  for (const o of outcomes) {
    rejected.push(...o.rejected);
    warnings.push(...o.warnings);
    if (o.facility) byId.set(o.facility.id, [...(byId.get(o.facility.id) ?? []), o]);
  }
  const facilities: Facility[] = [];
  const facilityRows: number[] = [];
  const idField = columns.get('id')?.header ?? (plain ? '编号' : 'id');
  const unit = table.format === 'geojson' ? '个要素' : '行';
  for (const [id, group] of byId) {
    const first = group[0];
    if (group.length === 1 && first?.facility) {
      facilities.push(first.facility);
      facilityRows.push(first.row.row);
      continue;
    }
    const rows = group.map((o) => o.row.row);
    for (const o of group) {
      const others = `${rows.filter((r) => r !== o.row.row).join('、')} ${unit}`;
      rejected.push({
        row: o.row.row,
        field: idField,
        message: o.idGenerated
          ? `与第 ${others}是同一村社、同一类型、同名的机构（生成的编号都是「${id}」）。如是同一机构请删除重复行；如是不同机构请在「${idField}」列分别填写不同编号`
          : `编号「${id}」与第 ${others}重复。每个机构的编号必须唯一：如是同一机构请删除重复行，如是不同机构请改用不同编号`,
      });
    }
  }
  // Facilities keep file order (byId keeps first-seen order); the report is sorted by row, then column.
  const colIndex = (field: string) => table.headers.indexOf(field);
  const sort = (items: ReportItem[]) => items.sort((a, b) => a.row - b.row || colIndex(a.field) - colIndex(b.field));
  return { facilities, rows: facilityRows, report: { accepted: facilities.length, rejected: sort(rejected), warnings: sort(warnings) } };
}
