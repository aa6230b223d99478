/**
 * Chinese public holidays and make-up working days (调休) from the `chinese-days` package,
 * which follows the State Council's yearly notices (国务院办公厅关于部分节假日安排的通知),
 * with the years officers filled in by hand in data/holidays/ laid over it (holiday-files.ts):
 * the package sometimes lags weeks behind a notice.
 *
 * For build-time and Node code. Pages hand the browser a compact table instead
 * (`holidayTable`, read back with `calendarFromTable` from calendar-table.ts), so the
 * package never ships to the client.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { IsoDate } from '../../schemas/common.ts';
import type { HolidayNotice } from '../../schemas/holidays.ts';
import { calendarFromTable, type Calendar, type DayInfo, type HolidayTable } from './calendar-table.ts';
import { mergeHolidayFiles, readHolidayFiles } from './holiday-files.ts';
import { shanghaiToday } from './local-time.ts';

export type { Calendar, DayInfo, DayKind, HolidayTable } from './calendar-table.ts';
export { calendarFromTable } from './calendar-table.ts';

/** The first year `chinese-days` has holiday arrangements for (its README: “支持 2004年 至 …”). */
export const FIRST_YEAR = 2004;

/** The package's published data file: date → "English name,中文名,statutory days". */
const PACKAGE_DATA = 'chinese-days/dist/chinese-days.json';
const PACKAGE_JSON = 'chinese-days/package.json';

const PackageData = z.object({
  /** Rest days of holiday breaks. */
  holidays: z.record(z.string(), z.string()),
  /** Make-up working days. */
  workdays: z.record(z.string(), z.string()),
});

/**
 * The package's data file rather than its functions: the functions build their tables on the
 * machine's clock and shift every date by one day west of UTC (a build in New York would mark
 * 2025-09-30 as 国庆节), while the published JSON holds the dates as the State Council wrote them.
 */
function loadPackageData(): HolidayTable {
  const file = createRequire(import.meta.url).resolve(PACKAGE_DATA);
  const parsed = PackageData.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}：chinese-days 的数据格式与预期不同（应有 holidays 与 workdays 两个“日期 → 名称”表）。请检查该包的版本是否改了格式，并相应修改 src/lib/hours/calendar.ts。`);
  }
  const table: HolidayTable = { from: `${FIRST_YEAR}-01-01`, until: '', holidays: {}, adjustedWorkdays: {}, namesEn: {} };
  const read = (entries: Record<string, string>, into: Record<IsoDate, string>) => {
    for (const [date, description] of Object.entries(entries)) {
      const [en, zh] = description.split(',');
      if (zh === undefined || en === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        throw new Error(`${file}：无法读取条目 ${date} → “${description}”，应为“YYYY-MM-DD → 英文名,中文名,天数”。`);
      }
      into[date] = zh;
      table.namesEn[zh] = en;
    }
  };
  read(parsed.data.holidays, table.holidays);
  read(parsed.data.workdays, table.adjustedWorkdays);
  // Every published year has 国庆节 on 1 October; the last such year is the last one the package knows.
  let year = FIRST_YEAR;
  while (table.holidays[`${year + 1}-10-01`] !== undefined) year += 1;
  table.until = `${year}-12-31`;
  return table;
}

/** Where the calendar's facts come from, for the data page. */
export interface CalendarSources {
  /** The package and the last date it knows by itself. */
  package: { name: string; version: string; from: IsoDate; until: IsoDate };
  /** The data/holidays/ files in use, by year. */
  files: { year: number; path: string; notice: HolidayNotice }[];
  /** Years of files not used because an earlier year is missing. */
  unusedYears: number[];
}

let fromPackage: HolidayTable | undefined;

/** The package's own table, without the data/holidays/ files (for the check that compares them). */
export function packageTable(): HolidayTable {
  fromPackage ??= loadPackageData();
  return fromPackage;
}

/** The package's version, from its package.json. */
export function packageVersion(): string {
  const file = createRequire(import.meta.url).resolve(PACKAGE_JSON);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?';
}

let loaded: { table: HolidayTable; calendar: Calendar; sources: CalendarSources } | undefined;

function data() {
  if (loaded === undefined) {
    const base = packageTable();
    const { files, problems } = readHolidayFiles();
    // npm run validate reports these one by one before a build; a build that skipped it stops here.
    if (problems.length > 0) throw new Error(`data/holidays/ 中的节假日文件有误：\n${problems.join('\n')}`);
    const { table, unused } = mergeHolidayFiles(base, files.map((f) => f.data));
    loaded = {
      table,
      calendar: calendarFromTable(table),
      sources: {
        package: { name: 'chinese-days', version: packageVersion(), from: base.from, until: base.until },
        files: files.filter((f) => !unused.includes(f.data.year)).map((f) => ({ year: f.data.year, path: f.path, notice: f.data.notice })),
        unusedYears: unused,
      },
    };
  }
  return loaded;
}

/** The package, its version and the hand-filled years the calendar is made of. */
export function calendarSources(): CalendarSources {
  return data().sources;
}

/**
 * The last date the calendar knows the arrangement for: 31 December of the last year the
 * package or a data/holidays/ file covers.
 * (The next year's notice may still move a late-December day, as the 2019 notice did with
 * 29–31 December 2018; the notice usually comes out in November, before that matters.)
 */
export function knownUntil(): IsoDate {
  return data().table.until;
}

/** The kind of a Shanghai calendar date: workday, weekend, holiday (with its name), make-up working day, or unknown. */
export function dayKind(date: IsoDate): DayInfo {
  return data().calendar.dayKind(date);
}

/** The package (with the data/holidays/ files) as a `Calendar`, for evaluate.ts in Node and at build time. */
export const chineseDaysCalendar: Calendar = { dayKind, knownUntil };

/**
 * The holidays and make-up working days of whole years, as JSON for the browser.
 * Years the calendar does not know yet are left out: the table's `until` stops at `knownUntil()`.
 */
export function holidayTable(fromYear: number, toYear: number): HolidayTable {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear || fromYear < FIRST_YEAR) {
    throw new RangeError(`节假日表的年份范围无效：${fromYear}–${toYear}。应为 ${FIRST_YEAR} 年以后的整数年份，且起始年份不晚于结束年份。`);
  }
  const from = `${fromYear}-01-01`;
  const lastKnown = knownUntil();
  const until = `${toYear}-12-31` < lastKnown ? `${toYear}-12-31` : lastKnown;
  const all = data().table;
  const table: HolidayTable = { from, until, holidays: {}, adjustedWorkdays: {}, namesEn: {} };
  const copy = (entries: Record<IsoDate, string>, into: Record<IsoDate, string>) => {
    for (const [date, name] of Object.entries(entries)) {
      if (date < from || date > until) continue;
      into[date] = name;
      const nameEn = all.namesEn[name];
      if (nameEn !== undefined) table.namesEn[name] = nameEn;
    }
  };
  copy(all.holidays, table.holidays);
  copy(all.adjustedWorkdays, table.adjustedWorkdays);
  return table;
}

/**
 * The table every page ships to the browser (status lines, search results, the map): the
 * build year with the years before and after, about 100 dates and 3 kB. A page built in one
 * year is still read in the next; a reader whose clock is more than a year behind the build
 * gets “no holiday data for that year” rather than a guess. One range for every page, so the
 * same moment reads the same everywhere.
 */
export function shippedHolidayTable(buildInstant: Date): HolidayTable {
  const year = Number(shanghaiToday(buildInstant).slice(0, 4));
  return holidayTable(year - 1, year + 1);
}
