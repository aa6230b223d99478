/**
 * Turns the rows of a table into Facility records, collecting for every row what is
 * wrong (rejected) or doubtful (warnings), with the column name as the file writes it.
 */
import { createHash } from 'node:crypto';
import { Facility, type CanteenInfo } from '../../schemas/facility.ts';
import { FACILITY_TYPE_LABELS, FacilityType } from '../../schemas/facility-type.ts';
import type { Crs } from '../../schemas/common.ts';
import { parseHolidayText, parseHoursText } from '../hours/parse-text.ts';
import { shanghaiToday } from '../hours/local-time.ts';
import { issueText, shown } from '../data/issues.ts';
import { closestHeader, COLUMN_BY_KEY, COLUMNS, columnOfFacilityPath, columnOfHeader, type ColumnKey } from './columns.ts';
import { checkCoordinates, parseCoordinate, parseCrs, parseLonLatPair } from './coords.ts';
import { districtData, matchRegion } from './regions-match.ts';
import type { Town } from '../../schemas/region.ts';
import type { Cell, Table, TableRow } from './read-table.ts';
import { cellText, parseBoolean, parseCount, parseDate, parseList, parseMeals, parsePhones, parsePrice, parseTierPrices } from './values.ts';

/** One line of the report: the spreadsheet row, the column as the file names it, and a Chinese message. */
export type ReportItem = { row: number; field: string; message: string };
export type ImportReport = { accepted: number; rejected: ReportItem[]; warnings: ReportItem[] };

export type NormalizeOptions = {
  /** Coordinate system of rows whose 坐标系 cell is empty. */
  crs: Crs;
  /** File name, used in the default source text. */
  fileName: string;
  /** Today in Asia/Shanghai (YYYY-MM-DD), for 核实日期 in the future; default: the clock's. */
  today?: string;
};

type Columns = Map<ColumnKey, { index: number; header: string }>;

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

const TYPE_BY_LABEL = new Map<string, FacilityType>();
for (const type of FacilityType.options) {
  for (const label of FACILITY_TYPE_LABELS[type].aliases) TYPE_BY_LABEL.set(label.normalize('NFKC').replace(/\s+/g, '').toLowerCase(), type);
}

/** 类型 column: any label or alias in FACILITY_TYPE_LABELS. */
export function parseType(text: string): FacilityType | undefined {
  return TYPE_BY_LABEL.get(text.normalize('NFKC').replace(/\s+/g, '').replace(/／/g, '/').toLowerCase());
}

const TYPE_LIST = FacilityType.options.map((t) => FACILITY_TYPE_LABELS[t].zh).join('、');

/**
 * A stable id for a row without 编号: type, community (or town) code and a short hash of
 * the name. Re-importing the same row gives the same id; renaming a facility changes it.
 */
export function generatedId(type: FacilityType, regionCode: string, name: string): string {
  const hash = createHash('sha256').update(name.normalize('NFKC').replace(/\s+/g, '')).digest('hex').slice(0, 8);
  return `${type}-${regionCode}-${hash}`;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

type RowOutcome = { facility?: Facility; rejected: ReportItem[]; warnings: ReportItem[]; idGenerated: boolean };

function normalizeRow(row: TableRow, columns: Columns, options: NormalizeOptions): RowOutcome {
  const rejected: ReportItem[] = [];
  const warnings: ReportItem[] = [];
  const fieldName = (key: ColumnKey) => columns.get(key)?.header ?? COLUMN_BY_KEY.get(key)?.zh ?? key;
  const reject = (key: ColumnKey, message: string) => rejected.push({ row: row.row, field: fieldName(key), message });
  const warn = (key: ColumnKey, message: string) => warnings.push({ row: row.row, field: fieldName(key), message });
  const cell = (key: ColumnKey): Cell | undefined => {
    const c = columns.get(key);
    return c ? row.values[c.index] : undefined;
  };
  const text = (key: ColumnKey) => cellText(cell(key));

  if (row.geometryProblem) rejected.push({ row: row.row, field: 'geometry', message: row.geometryProblem });
  // 经度 and 纬度 may come together in one 经纬度 cell instead.
  const combined = columns.has('lonLat') && text('lon') === '' && text('lat') === '';
  if (combined && !row.geometryProblem && text('lonLat') === '') {
    reject('lonLat', `「${fieldName('lonLat')}」未填写，这是必填项。${requiredHint('lon')}（可写在同一格，例如 120.6241,28.0098）`);
  }
  for (const column of COLUMNS) {
    if ((row.geometryProblem || combined) && (column.key === 'lon' || column.key === 'lat')) continue;
    if (column.required && text(column.key) === '') {
      reject(
        column.key,
        columns.has(column.key)
          ? `「${fieldName(column.key)}」未填写，这是必填项。${requiredHint(column.key)}`
          : `表中没有「${column.zh}」列，这是必填项。请按模板 data/templates/facilities-template.csv 加上该列。`,
      );
    }
  }

  const name = text('name');
  const typeText = text('type');
  const type = typeText ? parseType(typeText) : undefined;
  if (typeText && !type) reject('type', `无法识别类型「${typeText}」。请填写以下之一：${TYPE_LIST}`);

  // Region.
  const region = matchRegion({ town: text('town') || undefined, community: text('community') || undefined, townCode: text('townCode') || undefined, communityCode: text('communityCode') || undefined });
  if (!region.ok) for (const p of region.problems) reject(p.field, p.message);
  const town = region.ok ? region.town : undefined;

  // Coordinates.
  const crsText = text('crs');
  let crs = options.crs;
  let crsSource: 'row' | 'default' = 'default';
  if (crsText) {
    const parsed = parseCrs(crsText);
    if (parsed) {
      crs = parsed;
      crsSource = 'row';
    } else reject('crs', `无法识别坐标系「${crsText}」。请填 wgs84（GPS/天地图）、gcj02（高德/腾讯地图）或 bd09（百度地图），留空则用默认 ${options.crs}`);
  }
  let location: { lon: number; lat: number } | undefined;
  let position: { lon: number; lat: number } | undefined;
  if (combined && text('lonLat') !== '') {
    const pair = parseLonLatPair(text('lonLat'));
    if (!pair) {
      reject('lonLat', `无法识别「${fieldName('lonLat')}」中的「${text('lonLat')}」。请写成“经度,纬度”，例如 120.6241,28.0098；或把它分成“经度”和“纬度”两列`);
    } else {
      position = pair;
      if (pair.latFirst) warn('lonLat', `「${text('lonLat')}」按“纬度,经度”的顺序读取（经度 ${pair.lon}，纬度 ${pair.lat}），腾讯地图等取点工具是这样给出的。如不对，请核对`);
    }
  } else if (text('lon') !== '' && text('lat') !== '') {
    const lon = parseCoordinate(cell('lon') as string | number);
    const lat = parseCoordinate(cell('lat') as string | number);
    if (Number.isNaN(lon)) reject('lon', `无法识别经度「${text('lon')}」。请填十进制度，例如 120.65`);
    if (Number.isNaN(lat)) reject('lat', `无法识别纬度「${text('lat')}」。请填十进制度，例如 28.0`);
    if (!Number.isNaN(lon) && !Number.isNaN(lat)) position = { lon, lat };
    const pair = text('lonLat') !== '' ? parseLonLatPair(text('lonLat')) : undefined;
    if (text('lonLat') !== '' && position && (!pair || Math.abs(pair.lon - position.lon) > 1e-6 || Math.abs(pair.lat - position.lat) > 1e-6)) {
      warn('lonLat', `「${fieldName('lonLat')}」（${text('lonLat')}）与经度、纬度两列不一致，已按经度、纬度两列导入。请删去其中一处`);
    }
  }
  if (position && (!crsText || parseCrs(crsText))) {
    const check = checkCoordinates(position.lon, position.lat, crs, town, crsSource);
    if (check.ok) {
      location = check.location;
      for (const w of check.warnings) warn('crs', w);
    } else reject(combined ? 'lonLat' : check.field, check.message);
  }

  // Hours.
  const hoursResult = parseHoursText(text('hours'), { inferMeals: type === 'canteen' });
  let hours = hoursResult.ok ? hoursResult.hours : undefined;
  if (!hoursResult.ok) reject('hours', `开放时间${hoursResult.error}`);
  else {
    for (const a of hoursResult.assumptions) warn('hours', a);
    const missing = noWeeklyHours(text('hours'), hoursResult.hours.periods.length, type);
    if (missing) warn('hours', missing);
  }
  const holidays = parseHolidayText(text('holidays'));
  if (!holidays.ok) reject('holidays', holidays.error);
  else if (hours && text('holidays') !== '') {
    if (hours.publicHolidays !== 'unknown' && holidays.publicHolidays !== 'unknown' && hours.publicHolidays !== holidays.publicHolidays) {
      reject('holidays', `「${fieldName('holidays')}」写的是「${text('holidays')}」，与开放时间里的「${text('hours')}」矛盾。请只在一处写节假日安排`);
    } else {
      hours = {
        ...hours,
        publicHolidays: holidays.publicHolidays === 'unknown' ? hours.publicHolidays : holidays.publicHolidays,
        adjustedWorkdays: holidays.adjustedWorkdays ?? hours.adjustedWorkdays,
      };
    }
  }

  // Phones.
  const phones = parsePhones(cell('phone'));
  if (!phones.ok) reject('phone', phones.message);
  else if (phones.value.fixedZero) warn('phone', `Excel 去掉了区号前的 0，已按 ${phones.value.phones[0]} 导入。请把该列设为“文本”格式`);

  // Yes/no fields.
  const bool = (key: ColumnKey) => {
    const b = parseBoolean(cell(key));
    if (!b.ok) reject(key, b.message);
    return b.ok ? b.value : null;
  };
  const accessibility = { stepFree: bool('stepFree'), lift: bool('lift'), accessibleToilet: bool('accessibleToilet') };
  const sample = bool('sample') ?? false;

  // Canteen.
  const meals = parseMeals(cell('meals'));
  if (!meals.ok) reject('meals', meals.message);
  const price = parsePrice(cell('price'));
  if (!price.ok) reject('price', price.message);
  const tiers = parseTierPrices(cell('tierPrices'));
  if (!tiers.ok) reject('tierPrices', tiers.message);
  const delivery = bool('delivery');
  const booking = text('booking');
  const hasCanteenData = ['meals', 'price', 'tierPrices', 'delivery', 'booking'].some((k) => text(k as ColumnKey) !== '');
  let canteen: CanteenInfo | undefined;
  if ((type === 'canteen' || hasCanteenData) && meals.ok && price.ok && tiers.ok) {
    const fromHours = [...new Set((hours?.periods ?? []).flatMap((p) => (p.meal ? [p.meal] : [])))];
    const mealList = meals.value ?? fromHours;
    const missing = fromHours.filter((m) => !mealList.includes(m));
    if (meals.value && missing.length > 0) {
      warn('meals', `开放时间里有${missing.map((m) => ({ breakfast: '早餐', lunch: '午餐', supper: '晚餐' })[m]).join('、')}时段，但「${fieldName('meals')}」没有列出，请核对`);
    }
    canteen = { meals: mealList, tierPrices: tiers.value, delivery, ...(price.value !== undefined ? { pricePerMeal: price.value } : {}), ...(booking ? { booking } : {}) };
  }

  // Care home.
  const beds = parseCount(cell('beds'));
  if (!beds.ok) reject('beds', beds.message);
  const nursingBeds = parseCount(cell('nursingBeds'));
  if (!nursingBeds.ok) reject('nursingBeds', nursingBeds.message);
  if (beds.ok && nursingBeds.ok && beds.value !== undefined && nursingBeds.value !== undefined && nursingBeds.value > beds.value) {
    reject('nursingBeds', `护理床位（${nursingBeds.value}）多于总床位（${beds.value}），护理床位是总床位的一部分，请核对`);
  }
  const careHome =
    beds.ok && nursingBeds.ok && (beds.value !== undefined || nursingBeds.value !== undefined)
      ? { ...(beds.value !== undefined ? { beds: beds.value } : {}), ...(nursingBeds.value !== undefined ? { nursingBeds: nursingBeds.value } : {}) }
      : undefined;

  // Date.
  const verified = parseDate(cell('lastVerified'));
  if (!verified.ok) reject('lastVerified', verified.message);
  else if (verified.value) {
    const future = futureDate(verified.value, options.today);
    if (future) reject('lastVerified', future);
  }

  // Source.
  let source = text('source');
  if (!source) {
    source = `导入文件 ${options.fileName}`;
    warn('source', `未填写数据来源，已记为“${source}”。请写明来源，例如“区民政局 2026 年老年食堂名单”`);
  }

  // Id.
  let id = text('id').toLowerCase();
  let idGenerated = false;
  if (id && !ID_PATTERN.test(id)) {
    reject('id', `编号「${text('id')}」只能包含小写字母、数字和连字符（-），2 到 63 个字符，且以字母或数字开头，例如 canteen-jingshan-01。也可以留空，由系统生成`);
  } else if (!id && type && region.ok && name) {
    id = generatedId(type, region.community?.code ?? region.town.code, name);
    idGenerated = true;
  }

  if (rejected.length > 0 || !type || !region.ok || !location || !hours || !verified.ok || !verified.value || !phones.ok) {
    return { rejected, warnings, idGenerated };
  }
  const parsed = Facility.safeParse({
    id,
    name,
    type,
    address: text('address'),
    region: { districtCode: districtData().code, townCode: region.town.code, ...(region.community ? { communityCode: region.community.code } : {}) },
    location,
    sourceCrs: crs,
    phones: phones.value.phones,
    hours,
    services: parseList(cell('services')),
    ...(canteen ? { canteen } : {}),
    ...(careHome ? { careHome } : {}),
    accessibility,
    ...(text('operator') ? { operator: text('operator') } : {}),
    ...(text('notes') ? { notes: text('notes') } : {}),
    source,
    sample,
    lastVerified: verified.value,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = columnOfFacilityPath(issue.path);
      const field = key ? fieldName(key) : issue.path.join('.');
      rejected.push({ row: row.row, field, message: issueText(issue, field) });
    }
    return { rejected, warnings, idGenerated };
  }
  return { facility: parsed.data, rejected, warnings, idGenerated };
}

function requiredHint(key: ColumnKey): string {
  switch (key) {
    case 'name':
      return '请填写门牌上的机构名称';
    case 'type':
      return `请填写以下之一：${TYPE_LIST}`;
    case 'address':
      return '请填写详细地址，例如 瓯海区景山街道景山路 1 号';
    case 'lon':
    case 'lat':
      return '请在地图上取点后填写经度和纬度（例如 经度 120.65、纬度 28.0），并在坐标系列注明取点用的地图';
    case 'lastVerified':
      return '请填写最近一次核实信息的日期，例如 2026-05-01';
    default:
      return '';
  }
}

/**
 * Hours with no weekly period (blank, or only a holiday rule such as “节假日休息”): the site
 * can only say “请先电话确认”. For a canteen that leaves an elder without meal times, so the
 * warning says so; it stays a warning because the address and phone are still worth showing.
 */
function noWeeklyHours(hoursText: string, periods: number, type: FacilityType | undefined): string | undefined {
  if (periods > 0) return undefined;
  const what = hoursText === '' ? '未填写开放时间' : `开放时间「${hoursText}」里没有每周的开放时段`;
  if (type === 'canteen') return `${what}：老年食堂没有供餐时间，老人无法知道什么时候去吃饭，网站只能提示“请先电话确认”。请补上供餐时间，例如：周一至周五 午餐 11:00-12:30，晚餐 16:30-17:30`;
  return `${what}，网站将提示“请先电话确认”。可写成：周一至周五 8:30-17:00`;
}

/**
 * A 核实日期 after today cannot be true (a typo such as 2062 for 2026, or a planned check):
 * it would hide the “信息可能过时” notice and become the data date of the whole site, so the
 * row is rejected until the real date is written.
 */
function futureDate(date: string, today = shanghaiToday(new Date())): string | undefined {
  return date > today ? `核实日期 ${date} 晚于今天（${today}）。请填写实际核实信息的日期（不是计划核实的日期），常见原因是年份打错（例如把 2026 写成 2062）` : undefined;
}

/**
 * A row of a GeoJSON file already in the normalized form (as written by --out). It gets the
 * same coordinate and region checks as a table row, then the schema; problems are named by
 * the property path in the file and the column name in Chinese.
 */
function normalizedRow(row: TableRow, options: NormalizeOptions): RowOutcome {
  const rejected: ReportItem[] = [];
  const warnings: ReportItem[] = [];
  const data = row.normalized ?? {};
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
  if (parsed.success) {
    const future = futureDate(parsed.data.lastVerified, options.today);
    if (future) reject('lastVerified', future);
    const missing = noWeeklyHours(parsed.data.hours.text, parsed.data.hours.periods.length, parsed.data.type);
    if (missing) warnings.push({ row: row.row, field: 'hours', message: missing });
  }
  if (rejected.length > 0 || !parsed.success) return { rejected, warnings, idGenerated: false };
  return { facility: parsed.data, rejected, warnings, idGenerated: false };
}

/**
 * Normalizes every row; rows sharing an id are all rejected, never merged. `rows[i]` is the
 * row (GeoJSON: feature) number `facilities[i]` came from.
 */
export function normalizeTable(table: Table, options: NormalizeOptions): { facilities: Facility[]; rows: number[]; report: ImportReport } {
  const plain = table.rows.some((r) => !r.normalized);
  const { columns, warnings } = plain ? mapHeaders(table) : { columns: new Map() as Columns, warnings: [] as ReportItem[] };
  warnings.push(...table.notes);
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
