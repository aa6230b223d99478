/**
 * The holiday-calendar check for `npm run validate` (and so for every build): the data/holidays/
 * files against their schema, and a warning when the calendar is about to run out, so someone
 * updates chinese-days or fills in next year's file before the site starts saying
 * “请先打电话确认” on every canteen. Importing this module registers the check.
 */
import { registerValidator, type Validator } from '../data/validators.ts';
import { buildInstant } from '../directory/build-time.ts';
import type { HolidayTable } from './calendar-table.ts';
import { packageTable, packageVersion } from './calendar.ts';
import { HOLIDAY_DIR, mergeHolidayFiles, readHolidayFiles, type HolidayFile } from './holiday-files.ts';
import { addDays, daysBetween, shanghaiToday } from './local-time.ts';

/** How long before the calendar's last day the build starts warning. */
export const WARN_DAYS_BEFORE_END = 60;

/**
 * The warning for a build on `today` with a calendar that ends on `until`, or undefined when
 * more than WARN_DAYS_BEFORE_END days are left.
 */
export function calendarEndWarning(until: string, today: string): string | undefined {
  const nextYear = Number(until.slice(0, 4)) + 1;
  const what =
    `国务院办公厅通常在每年 11 月前后公布下一年的放假安排。请先运行 npm update chinese-days；若新版本仍没有 ${nextYear} 年，` +
    `请按 data/README.md“节假日安排”一节照通知填写 ${HOLIDAY_DIR}/${nextYear}.yaml，然后重新构建网站。` +
    `在此之前，${nextYear} 年可能受节假日影响的开门情况会显示“本站尚未收录 ${nextYear} 年的节假日安排，请先打电话确认”。`;
  if (today > until) return `节假日数据只到 ${until}，今天（${today}）已经超出 ${daysBetween(until, today)} 天。${what}`;
  if (addDays(today, WARN_DAYS_BEFORE_END) >= until) return `节假日数据只到 ${until}，距今天（${today}）只剩 ${daysBetween(today, until)} 天。${what}`;
  return undefined;
}

/** Where a file says something else than the package for a year the package knows: worth a look, the file wins. */
function differences(file: HolidayFile, base: HolidayTable, merged: HolidayTable): string | undefined {
  const year = `${file.data.year}-`;
  const diff = (a: Record<string, string>, b: Record<string, string>) => {
    const inA = Object.keys(a).filter((d) => d.startsWith(year));
    const inB = new Set(Object.keys(b).filter((d) => d.startsWith(year)));
    return { extra: inA.filter((d) => !inB.has(d)), missing: [...inB].filter((d) => !inA.includes(d)) };
  };
  const off = diff(merged.holidays, base.holidays);
  const work = diff(merged.adjustedWorkdays, base.adjustedWorkdays);
  const parts = [
    off.extra.length > 0 ? `多出放假日 ${off.extra.join('、')}` : '',
    off.missing.length > 0 ? `缺少放假日 ${off.missing.join('、')}` : '',
    work.extra.length > 0 ? `多出上班日 ${work.extra.join('、')}` : '',
    work.missing.length > 0 ? `缺少上班日 ${work.missing.join('、')}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  return `${file.path} 与 chinese-days 的 ${file.data.year} 年数据不同（网站以本文件为准）：${parts.join('；')}。请对照通知确认是文件还是包写错了`;
}

export const holidaysValidator: Validator = {
  name: `节假日安排（chinese-days 与 ${HOLIDAY_DIR}/）`,
  run(root) {
    const { files, problems } = readHolidayFiles(root);
    const base = packageTable();
    const { table, unused } = mergeHolidayFiles(base, files.map((f) => f.data));
    const warnings: string[] = [];
    for (const year of unused) {
      warnings.push(`${HOLIDAY_DIR}/${year}.yaml 没有用上：节假日数据只到 ${table.until}，中间缺少 ${Number(table.until.slice(0, 4)) + 1} 年。请先补上那一年的文件`);
    }
    for (const file of files) {
      if (file.data.year > Number(base.until.slice(0, 4))) continue;
      const diff = differences(file, base, table);
      if (diff !== undefined) warnings.push(diff);
    }
    const end = calendarEndWarning(table.until, shanghaiToday(buildInstant()));
    if (end !== undefined) warnings.push(end);
    const fileYears = files.filter((f) => !unused.includes(f.data.year)).map((f) => f.data.year);
    const summary =
      `chinese-days ${packageVersion()} 收录 ${base.from} 至 ${base.until}` +
      (fileYears.length > 0 ? `；${HOLIDAY_DIR}/ 补录 ${fileYears.join('、')} 年` : '') +
      `；节假日数据截至 ${table.until}`;
    return { errors: problems, warnings, summary };
  },
};

registerValidator(holidaysValidator);
