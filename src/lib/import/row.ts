/**
 * One table row to one Facility record, one function per family of columns (required cells,
 * type, region, position, hours, phones, yes/no, canteen, care home, 核实日期, source, id).
 * Each family reads its cells through a RowContext and reports under the column's name as
 * the file writes it.
 *
 * A row is rejected only for what makes a facility unusable: no name, type or address, no
 * usable position, not in the district. A secondary cell that cannot be read (hours “看情况”,
 * a phone cell “找村委会”, a price in words, an impossible 核实日期) is kept out of the record
 * with a warning quoting it, and its words are kept in `asWritten` for the page to show.
 */
import { createHash } from 'node:crypto';
import { Facility, type AsWritten, type CanteenInfo, type CareHomeInfo } from '../../schemas/facility.ts';
import { FACILITY_TYPE_LABELS, FacilityType } from '../../schemas/facility-type.ts';
import type { Crs, LonLat } from '../../schemas/common.ts';
import type { OpeningHours } from '../../schemas/hours.ts';
import { parseHolidayText, parseHoursText } from '../hours/parse-text.ts';
import { shanghaiToday } from '../hours/local-time.ts';
import { issueText } from '../data/issues.ts';
import { COLUMN_BY_KEY, COLUMNS, columnOfFacilityPath, type ColumnKey } from './columns.ts';
import { checkCoordinates, parseCoordinate, parseCrs, parseLonLatPair } from './coords.ts';
import { districtData, matchRegion, type RegionMatch } from './regions-match.ts';
import type { Cell, TableRow } from './read-table.ts';
import { cellText, invisibleWarning, parseBoolean, parseCount, parseDate, parseList, parseMeals, parsePhones, parsePrice, parseTierPrices, stripInvisible, type Parsed } from './values.ts';

/** One line of the report: the spreadsheet row, the column as the file names it, and a Chinese message. */
export type ReportItem = { row: number; field: string; message: string };

export type NormalizeOptions = {
  /** Coordinate system of rows whose 坐标系 cell is empty. */
  crs: Crs;
  /** File name, used in the default source text. */
  fileName: string;
  /** Today in Asia/Shanghai (YYYY-MM-DD), for 核实日期 in the future; default: the clock's. */
  today?: string;
  /** The list's own 核实日期 (YYYY-MM-DD, --verified), for rows whose 核实日期 is empty or missing. */
  verified?: string;
};

/** Where each known column sits in the table, with its header as written. */
export type Columns = Map<ColumnKey, { index: number; header: string }>;

export type RowOutcome = { facility?: Facility; rejected: ReportItem[]; warnings: ReportItem[]; idGenerated: boolean };

/** A row's cells by column, and the two lists its families report into. */
type RowContext = {
  options: NormalizeOptions;
  has: (key: ColumnKey) => boolean;
  /** The cell holds a formula with no saved result (XLSX): it reads as empty but is not. */
  formula: (key: ColumnKey) => boolean;
  field: (key: ColumnKey) => string;
  cell: (key: ColumnKey) => Cell | undefined;
  text: (key: ColumnKey) => string;
  reject: (key: ColumnKey, message: string) => void;
  warn: (key: ColumnKey, message: string) => void;
  /** Keeps an unreadable secondary cell's words for the page (the warning is the caller's). */
  keep: (key: keyof AsWritten, text: string) => void;
  asWritten: AsWritten;
  rejected: ReportItem[];
  warnings: ReportItem[];
  row: TableRow;
};

function rowContext(row: TableRow, columns: Columns, options: NormalizeOptions): RowContext {
  const rejected: ReportItem[] = [];
  const warnings: ReportItem[] = [];
  const asWritten: AsWritten = {};
  const field = (key: ColumnKey) => columns.get(key)?.header ?? COLUMN_BY_KEY.get(key)?.zh ?? key;
  const cell = (key: ColumnKey): Cell | undefined => {
    const c = columns.get(key);
    return c ? row.values[c.index] : undefined;
  };
  return {
    options,
    row,
    rejected,
    warnings,
    has: (key) => columns.has(key),
    formula: (key) => {
      const c = columns.get(key);
      return c !== undefined && (row.uncachedFormulas?.includes(c.index) ?? false);
    },
    field,
    cell,
    text: (key) => cellText(cell(key)),
    reject: (key, message) => rejected.push({ row: row.row, field: field(key), message }),
    warn: (key, message) => warnings.push({ row: row.row, field: field(key), message }),
    keep: (key, text) => {
      if (text !== '') asWritten[key] = text;
    },
    asWritten,
  };
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

/** The end of every warning about an unreadable secondary cell. */
const KEPT = '机构照常导入，这一格按原文显示在网站上，并提示“请先电话确认”';

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
    default:
      return '';
  }
}

/** 经度 and 纬度 may come together in one 经纬度 cell instead. */
const usesCombined = (ctx: RowContext) => ctx.has('lonLat') && ctx.text('lon') === '' && ctx.text('lat') === '';

export const FORMULA_MESSAGE = '公式没有保存结果，请在 Excel 中打开并保存后再导出';

/** Columns without which the row is no usable facility: a formula there rejects the row. */
const ESSENTIAL: readonly ColumnKey[] = ['name', 'type', 'address', 'lon', 'lat', 'lonLat', 'crs', 'town', 'townCode'];

/**
 * Formula cells with no saved result: their own message instead of “未填写”, a rejection in a
 * column the facility cannot do without, a warning elsewhere (the cell is then empty).
 */
function formulaCells(ctx: RowContext): void {
  for (const key of COLUMN_BY_KEY.keys()) {
    if (!ctx.formula(key)) continue;
    if (ESSENTIAL.includes(key)) ctx.reject(key, `「${ctx.field(key)}」的${FORMULA_MESSAGE}`);
    else ctx.warn(key, `「${ctx.field(key)}」的${FORMULA_MESSAGE}。这一格按空白导入`);
  }
}

/** Required cells: one message each for an empty cell or a missing column. */
function requiredCells(ctx: RowContext): void {
  const combined = usesCombined(ctx);
  if (ctx.row.geometryProblem) ctx.rejected.push({ row: ctx.row.row, field: 'geometry', message: ctx.row.geometryProblem });
  if (combined && !ctx.row.geometryProblem && ctx.text('lonLat') === '' && !ctx.formula('lonLat')) {
    ctx.reject('lonLat', `「${ctx.field('lonLat')}」未填写，这是必填项。${requiredHint('lon')}（可写在同一格，例如 120.6241,28.0098）`);
  }
  for (const column of COLUMNS) {
    if ((ctx.row.geometryProblem || combined) && (column.key === 'lon' || column.key === 'lat')) continue;
    if (column.required && ctx.text(column.key) === '' && !ctx.formula(column.key)) {
      ctx.reject(
        column.key,
        ctx.has(column.key)
          ? `「${ctx.field(column.key)}」未填写，这是必填项。${requiredHint(column.key)}`
          : `表中没有「${column.zh}」列，这是必填项。请按模板 data/templates/facilities-template.csv 加上该列。`,
      );
    }
  }
}

/** 类型. */
function typeField(ctx: RowContext): FacilityType | undefined {
  const typeText = ctx.text('type');
  const type = typeText ? parseType(typeText) : undefined;
  if (typeText && !type) ctx.reject('type', `无法识别类型「${typeText}」。请填写以下之一：${TYPE_LIST}`);
  return type;
}

/** 所属街道, 所属村社 and their codes. */
function regionFields(ctx: RowContext): RegionMatch {
  const region = matchRegion({
    town: ctx.text('town') || undefined,
    community: ctx.text('community') || undefined,
    townCode: ctx.text('townCode') || undefined,
    communityCode: ctx.text('communityCode') || undefined,
  });
  // A formula cell without a result already has its own message.
  if (!region.ok) for (const p of region.problems) if (!ctx.formula(p.field)) ctx.reject(p.field, p.message);
  return region;
}

/** 经度, 纬度 (or 经纬度) and 坐标系: the position in WGS-84 and the system it was written in. */
function positionFields(ctx: RowContext, region: RegionMatch): { location?: LonLat; crs: Crs } {
  const { options } = ctx;
  const combined = usesCombined(ctx);
  const crsText = ctx.text('crs');
  let crs = options.crs;
  let crsSource: 'row' | 'default' = 'default';
  if (crsText) {
    const parsed = parseCrs(crsText);
    if (parsed) {
      crs = parsed;
      crsSource = 'row';
    } else ctx.reject('crs', `无法识别坐标系「${crsText}」。请填 wgs84（GPS/天地图）、gcj02（高德/腾讯地图）或 bd09（百度地图），留空则用默认 ${options.crs}`);
  }
  let position: LonLat | undefined;
  const lonLat = ctx.text('lonLat');
  if (combined && lonLat !== '') {
    const pair = parseLonLatPair(lonLat);
    if (!pair) {
      ctx.reject('lonLat', `无法识别「${ctx.field('lonLat')}」中的「${lonLat}」。请写成“经度,纬度”，例如 120.6241,28.0098；或把它分成“经度”和“纬度”两列`);
    } else {
      position = pair;
      if (pair.latFirst) ctx.warn('lonLat', `「${lonLat}」按“纬度,经度”的顺序读取（经度 ${pair.lon}，纬度 ${pair.lat}），腾讯地图等取点工具是这样给出的。如不对，请核对`);
    }
  } else if (ctx.text('lon') !== '' && ctx.text('lat') !== '') {
    const lon = parseCoordinate(ctx.cell('lon') as string | number);
    const lat = parseCoordinate(ctx.cell('lat') as string | number);
    if (Number.isNaN(lon)) ctx.reject('lon', `无法识别经度「${ctx.text('lon')}」。请填十进制度，例如 120.65`);
    if (Number.isNaN(lat)) ctx.reject('lat', `无法识别纬度「${ctx.text('lat')}」。请填十进制度，例如 28.0`);
    if (!Number.isNaN(lon) && !Number.isNaN(lat)) position = { lon, lat };
    const pair = lonLat !== '' ? parseLonLatPair(lonLat) : undefined;
    if (lonLat !== '' && position && (!pair || Math.abs(pair.lon - position.lon) > 1e-6 || Math.abs(pair.lat - position.lat) > 1e-6)) {
      ctx.warn('lonLat', `「${ctx.field('lonLat')}」（${lonLat}）与经度、纬度两列不一致，已按经度、纬度两列导入。请删去其中一处`);
    }
  }
  if (!position || (crsText && !parseCrs(crsText))) return { crs };
  const check = checkCoordinates(position.lon, position.lat, crs, region.ok ? region.town : undefined, crsSource);
  if (!check.ok) {
    ctx.reject(combined ? 'lonLat' : check.field, check.message);
    return { crs };
  }
  for (const w of check.warnings) ctx.warn('crs', w);
  return { location: check.location, crs };
}

/**
 * Hours with no weekly period (blank, or only a holiday rule such as “节假日休息”): the site
 * can only say “请先电话确认”. For a canteen that leaves an elder without meal times, so the
 * warning says so; it stays a warning because the address and phone are still worth showing.
 */
export function noWeeklyHours(hoursText: string, periods: number, type: FacilityType | undefined): string | undefined {
  if (periods > 0) return undefined;
  const what = hoursText === '' ? '未填写开放时间' : `开放时间「${hoursText}」里没有每周的开放时段`;
  if (type === 'canteen') return `${what}：老年食堂没有供餐时间，老人无法知道什么时候去吃饭，网站只能提示“请先电话确认”。请补上供餐时间，例如：周一至周五 午餐 11:00-12:30，晚餐 16:30-17:30`;
  return `${what}，网站将提示“请先电话确认”。可写成：周一至周五 8:30-17:00`;
}

/** 开放时间 and 节假日. */
function hoursFields(ctx: RowContext, type: FacilityType | undefined): OpeningHours {
  const hoursResult = parseHoursText(ctx.text('hours'), { inferMeals: type === 'canteen' });
  let hours: OpeningHours;
  if (hoursResult.ok) {
    hours = hoursResult.hours;
    for (const a of hoursResult.assumptions) ctx.warn('hours', a);
    const missing = noWeeklyHours(ctx.text('hours'), hoursResult.hours.periods.length, type);
    if (missing) ctx.warn('hours', missing);
  } else {
    // The words stay as the hours' text with no period: the page shows them with “请先电话确认”.
    hours = { periods: [], publicHolidays: 'unknown', adjustedWorkdays: 'weekday-hours', text: ctx.text('hours') };
    ctx.warn('hours', `开放时间${hoursResult.error}。${KEPT}`);
  }
  const holidaysText = ctx.text('holidays');
  const holidays = parseHolidayText(holidaysText);
  if (!holidays.ok) {
    ctx.keep('holidays', holidaysText);
    ctx.warn('holidays', `${holidays.error}。${KEPT}`);
  } else if (holidaysText !== '') {
    if (hours.publicHolidays !== 'unknown' && holidays.publicHolidays !== 'unknown' && hours.publicHolidays !== holidays.publicHolidays) {
      // Which of the two is right cannot be told: the holiday rule stays unknown (“请先电话确认”).
      hours = { ...hours, publicHolidays: 'unknown' };
      ctx.keep('holidays', holidaysText);
      ctx.warn('holidays', `「${ctx.field('holidays')}」写的是「${holidaysText}」，与开放时间里的「${ctx.text('hours')}」矛盾，节假日安排按“不详”导入。请只在一处写节假日安排`);
    } else {
      hours = {
        ...hours,
        publicHolidays: holidays.publicHolidays === 'unknown' ? hours.publicHolidays : holidays.publicHolidays,
        adjustedWorkdays: holidays.adjustedWorkdays ?? hours.adjustedWorkdays,
      };
    }
  }
  return hours;
}

/** 联系电话. */
function phoneField(ctx: RowContext): string[] {
  const phones = parsePhones(ctx.cell('phone'));
  if (!phones.ok) {
    ctx.keep('phones', ctx.text('phone'));
    ctx.warn('phone', `${phones.message}。${KEPT}`);
    return [];
  }
  if (phones.value.fixedZero) ctx.warn('phone', `Excel 去掉了区号前的 0，已按 ${phones.value.phones[0]} 导入。请把该列设为“文本”格式`);
  return phones.value.phones;
}

/** A 是/否 column; null when unknown or unreadable. */
function yesNoField(ctx: RowContext, key: 'delivery' | 'stepFree' | 'lift' | 'accessibleToilet'): boolean | null {
  const b = parseBoolean(ctx.cell(key));
  if (b.ok) return b.value;
  ctx.keep(key, ctx.text(key));
  ctx.warn(key, `${b.message}。按“不详”处理，${KEPT}`);
  return null;
}

/**
 * 示例数据. A cell that says neither yes nor no is read as yes: a record that might be sample
 * data keeps the site's “示例数据” notice up rather than passing for official data.
 */
function sampleField(ctx: RowContext): boolean {
  const b = parseBoolean(ctx.cell('sample'));
  if (b.ok) return b.value ?? false;
  ctx.warn('sample', `${b.message}。已按“是”（示例数据）导入，网站会继续显示“示例数据”提示`);
  return true;
}

/** 供餐, 餐费, 优惠价, 送餐, 订餐电话: present for a canteen, or for any row that fills one of them. */
function canteenFields(ctx: RowContext, type: FacilityType | undefined, hours: OpeningHours): CanteenInfo | undefined {
  const read = <T>(key: 'meals' | 'price' | 'tierPrices', parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    ctx.keep(key, ctx.text(key));
    ctx.warn(key, `${parsed.message}。${KEPT}`);
    return undefined;
  };
  const meals = read('meals', parseMeals(ctx.cell('meals')));
  const price = read('price', parsePrice(ctx.cell('price')));
  const tiers = read('tierPrices', parseTierPrices(ctx.cell('tierPrices'))) ?? [];
  const delivery = yesNoField(ctx, 'delivery');
  const booking = ctx.text('booking');
  const hasCanteenData = (['meals', 'price', 'tierPrices', 'delivery', 'booking'] as const).some((k) => ctx.text(k) !== '');
  if (type !== 'canteen' && !hasCanteenData) return undefined;
  const fromHours = [...new Set(hours.periods.flatMap((p) => (p.meal ? [p.meal] : [])))];
  const mealList = meals ?? fromHours;
  const missing = fromHours.filter((m) => !mealList.includes(m));
  if (meals && missing.length > 0) {
    ctx.warn('meals', `开放时间里有${missing.map((m) => ({ breakfast: '早餐', lunch: '午餐', supper: '晚餐' })[m]).join('、')}时段，但「${ctx.field('meals')}」没有列出，请核对`);
  }
  return { meals: mealList, tierPrices: tiers, delivery, ...(price !== undefined ? { pricePerMeal: price } : {}), ...(booking ? { booking } : {}) };
}

/** 床位 and 护理床位. */
function careHomeFields(ctx: RowContext): CareHomeInfo | undefined {
  const count = (key: 'beds' | 'nursingBeds'): number | undefined => {
    const parsed = parseCount(ctx.cell(key));
    if (parsed.ok) return parsed.value;
    ctx.keep(key, ctx.text(key));
    ctx.warn(key, `${parsed.message}。${KEPT}`);
    return undefined;
  };
  const beds = count('beds');
  let nursingBeds = count('nursingBeds');
  if (beds !== undefined && nursingBeds !== undefined && nursingBeds > beds) {
    // One of the two is wrong and nothing says which: the total is kept, the part is not.
    ctx.keep('nursingBeds', ctx.text('nursingBeds'));
    ctx.warn('nursingBeds', `护理床位（${nursingBeds}）多于总床位（${beds}），护理床位是总床位的一部分，请核对。护理床位数不采用，${KEPT}`);
    nursingBeds = undefined;
  }
  if (beds === undefined && nursingBeds === undefined) return undefined;
  return { ...(beds !== undefined ? { beds } : {}), ...(nursingBeds !== undefined ? { nursingBeds } : {}) };
}

/**
 * A 核实日期 after today cannot be true (a typo such as 2062 for 2026, or a planned check):
 * it would hide the “信息可能过时” notice and become the data date of the whole site.
 */
export function futureDate(date: string, today = shanghaiToday(new Date())): string | undefined {
  return date > today ? `核实日期 ${date} 晚于今天（${today}）。请填写实际核实信息的日期（不是计划核实的日期），常见原因是年份打错（例如把 2026 写成 2062）` : undefined;
}

const UNKNOWN_DATE = '网站将显示“核实日期不详”，并提示信息可能过时';

/**
 * 核实日期: the row's own date; else the list's (--verified) when the cell is empty or the
 * column missing; else none, with a warning (once, on the header row, when the column is
 * missing). An unreadable or future date is never replaced by the list's: it says something
 * the list's date may contradict.
 */
function verifiedField(ctx: RowContext): string | undefined {
  const verified = parseDate(ctx.cell('lastVerified'));
  if (!verified.ok) {
    ctx.keep('lastVerified', ctx.text('lastVerified'));
    ctx.warn('lastVerified', `${verified.message}。${UNKNOWN_DATE}`);
    return undefined;
  }
  if (!verified.value) {
    if (ctx.options.verified) return ctx.options.verified;
    if (ctx.has('lastVerified')) ctx.warn('lastVerified', `未填写核实日期，${UNKNOWN_DATE}。请填写最近一次核实的日期；整份名单是同一天核实的，可在导入时用 --verified 2026-11-01 注明`);
    return undefined;
  }
  const future = futureDate(verified.value, ctx.options.today);
  if (future) {
    ctx.keep('lastVerified', ctx.text('lastVerified'));
    ctx.warn('lastVerified', `${future}。${UNKNOWN_DATE}`);
    return undefined;
  }
  return verified.value;
}

/** 数据来源: the file name when the row gives none. */
function sourceField(ctx: RowContext): string {
  const source = ctx.text('source');
  if (source) return source;
  const fallback = `导入文件 ${ctx.options.fileName}`;
  ctx.warn('source', `未填写数据来源，已记为“${fallback}”。请写明来源，例如“区民政局 2026 年老年食堂名单”`);
  return fallback;
}

/** 编号: as written (lower-cased), or generated from type, region and name. */
function idField(ctx: RowContext, type: FacilityType | undefined, region: RegionMatch): { id: string; generated: boolean } {
  const id = ctx.text('id').toLowerCase();
  const name = ctx.text('name');
  const valid = id !== '' && ID_PATTERN.test(id);
  if (valid || !type || !region.ok || !name) return { id, generated: false };
  const generated = generatedId(type, region.community?.code ?? region.town.code, name);
  if (id !== '') {
    ctx.warn('id', `编号「${ctx.text('id')}」只能包含小写字母、数字和连字符（-），2 到 63 个字符，且以字母或数字开头，例如 canteen-jingshan-01。已改用系统生成的编号「${generated}」（网页地址会随之改变），请改正或留空`);
  }
  return { id: generated, generated: true };
}

/**
 * The row with invisible characters (bidirectional controls, zero-width spaces, …) removed from
 * every text cell, and one warning per cell that had any.
 */
function visibleRow(row: TableRow, columns: Columns): { row: TableRow; warnings: ReportItem[] } {
  const header = new Map([...columns.values()].map((c) => [c.index, c.header]));
  const warnings: ReportItem[] = [];
  const values = row.values.map((v, index) => {
    if (typeof v !== 'string') return v;
    const { text, removed } = stripInvisible(v);
    if (removed.length > 0) {
      const field = header.get(index) ?? `第 ${index + 1} 列`;
      warnings.push({ row: row.row, field, message: invisibleWarning(field, removed) });
    }
    return text;
  });
  return { row: { ...row, values }, warnings };
}

/** Normalizes one row of a table in the template's columns. */
export function normalizeRow(rawRow: TableRow, columns: Columns, options: NormalizeOptions): RowOutcome {
  const { row, warnings: invisible } = visibleRow(rawRow, columns);
  const ctx = rowContext(row, columns, options);
  ctx.warnings.push(...invisible);
  formulaCells(ctx);
  requiredCells(ctx);
  const type = typeField(ctx);
  const region = regionFields(ctx);
  const { location, crs } = positionFields(ctx, region);
  const hours = hoursFields(ctx, type);
  const phones = phoneField(ctx);
  const accessibility = { stepFree: yesNoField(ctx, 'stepFree'), lift: yesNoField(ctx, 'lift'), accessibleToilet: yesNoField(ctx, 'accessibleToilet') };
  const sample = sampleField(ctx);
  const canteen = canteenFields(ctx, type, hours);
  const careHome = careHomeFields(ctx);
  const lastVerified = verifiedField(ctx);
  const source = sourceField(ctx);
  const { id, generated } = idField(ctx, type, region);
  const { rejected, warnings } = ctx;

  if (rejected.length > 0 || !type || !region.ok || !location) return { rejected, warnings, idGenerated: generated };
  const parsed = Facility.safeParse({
    id,
    name: ctx.text('name'),
    type,
    address: ctx.text('address'),
    region: { districtCode: districtData().code, townCode: region.town.code, ...(region.community ? { communityCode: region.community.code } : {}) },
    location,
    sourceCrs: crs,
    phones,
    hours,
    services: parseList(ctx.cell('services')),
    ...(canteen ? { canteen } : {}),
    ...(careHome ? { careHome } : {}),
    accessibility,
    ...(ctx.text('operator') ? { operator: ctx.text('operator') } : {}),
    ...(ctx.text('notes') ? { notes: ctx.text('notes') } : {}),
    source,
    sample,
    ...(lastVerified ? { lastVerified } : {}),
    ...(Object.keys(ctx.asWritten).length > 0 ? { asWritten: ctx.asWritten } : {}),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = columnOfFacilityPath(issue.path);
      const field = key ? ctx.field(key) : issue.path.join('.');
      rejected.push({ row: row.row, field, message: issueText(issue, field) });
    }
    return { rejected, warnings, idGenerated: generated };
  }
  return { facility: parsed.data, rejected, warnings, idGenerated: generated };
}
