/**
 * Holiday arrangements that officers add by hand (data/holidays/<year>.yaml) when the
 * `chinese-days` package has not caught up with a State Council notice yet. A file replaces
 * the package's data for its year. Node only (reads files); the browser gets the merged table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HolidayYear } from '../../schemas/holidays.ts';
import { issueText } from '../data/issues.ts';
import type { HolidayTable } from './calendar-table.ts';
import { addDays } from './local-time.ts';

/** Where the files live, relative to the project root. */
export const HOLIDAY_DIR = 'data/holidays';

/** One valid file. */
export interface HolidayFile {
  /** Its path from the project root, e.g. data/holidays/2027.yaml. */
  path: string;
  data: HolidayYear;
}

/** Chinese names of the fields of a holiday file, for messages (zod's own are English). */
const FIELD_LABELS: Record<string, string> = {
  year: '年份 year',
  notice: '通知 notice',
  title: '通知标题 title',
  number: '文号 number',
  date: '通知日期 date',
  url: '网址 url',
  breaks: '假日列表 breaks',
  name: '假日名称 name',
  nameEn: '英文名称 nameEn',
  from: '放假开始日 from',
  to: '放假结束日 to',
  days: '天数 days',
  workdays: '调休上班日 workdays',
};

/** How a zod path reads in a message: breaks[1].workdays[0] → 第 2 个假日（春节）的字段 workdays 第 1 项. */
function describePath(path: PropertyKey[], json: unknown): string {
  if (path[0] !== 'breaks' || typeof path[1] !== 'number') return path.length > 0 ? `字段 ${path.join('.')}` : '整个文件';
  const name = (json as { breaks?: { name?: unknown }[] }).breaks?.[path[1]]?.name;
  const item = `第 ${path[1] + 1} 个假日${typeof name === 'string' ? `（${name}）` : ''}`;
  const [, , field, index] = path;
  if (field === undefined) return item;
  return `${item}的字段 ${String(field)}${typeof index === 'number' ? ` 第 ${index + 1} 项` : ''}`;
}

/**
 * Reads and checks every <year>.yaml under data/holidays/. Problems (in Chinese) name the file,
 * the holiday and the field; a file with a problem is left out.
 */
export function readHolidayFiles(root = process.cwd()): { files: HolidayFile[]; problems: string[] } {
  const dir = join(root, HOLIDAY_DIR);
  const files: HolidayFile[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { files, problems };
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/i.test(name)) continue;
    const path = `${HOLIDAY_DIR}/${name}`;
    const fileYear = /^(\d{4})\.yaml$/.exec(name)?.[1];
    if (fileYear === undefined) {
      problems.push(`${path}：文件名应为“四位年份.yaml”，例如 2027.yaml`);
      continue;
    }
    let json: unknown;
    try {
      json = parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${path}：不是有效的 YAML（${(error as Error).message.split('\n')[0]}）。请对照 data/README.md 中的例子检查缩进和冒号`);
      continue;
    }
    const parsed = HolidayYear.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const label = FIELD_LABELS[String(issue.path.filter((p) => typeof p === 'string').at(-1) ?? '')] ?? '文件';
        problems.push(`${path} ${describePath(issue.path, json)}：${issueText(issue, label, json)}`);
      }
      continue;
    }
    if (String(parsed.data.year) !== fileYear) {
      problems.push(`${path} 字段 year：写的是 ${parsed.data.year}，与文件名不一致；请改正其中一个`);
      continue;
    }
    files.push({ path, data: parsed.data });
  }
  return { files, problems };
}

/** A merged table, and the years of files that could not be used. */
export interface MergedTable {
  table: HolidayTable;
  /** Years of files left out because an earlier year is missing (the calendar must have no gaps). */
  unused: number[];
}

function* datesOf(from: string, to: string): Generator<string> {
  for (let date = from; date <= to; date = addDays(date, 1)) yield date;
}

/**
 * The package's table with the files laid over it: a file replaces every holiday and make-up
 * working day of its year. The table then reaches to the end of the last year that follows the
 * package's without a gap; a file after a missing year is not used (its dates would sit beyond
 * a year nobody knows).
 */
export function mergeHolidayFiles(base: HolidayTable, years: readonly HolidayYear[]): MergedTable {
  let lastYear = Number(base.until.slice(0, 4));
  const byYear = new Map(years.map((y) => [y.year, y]));
  while (byYear.has(lastYear + 1)) lastYear += 1;
  const used = years.filter((y) => y.year <= lastYear);
  const unused = years.filter((y) => y.year > lastYear).map((y) => y.year);

  const replaced = new Set(used.map((y) => String(y.year)));
  const keep = (entries: Record<string, string>) => Object.fromEntries(Object.entries(entries).filter(([date]) => !replaced.has(date.slice(0, 4))));
  const table: HolidayTable = {
    from: base.from,
    until: used.length > 0 ? `${lastYear}-12-31` : base.until,
    holidays: keep(base.holidays),
    adjustedWorkdays: keep(base.adjustedWorkdays),
    namesEn: { ...base.namesEn },
  };
  for (const year of used) {
    for (const b of year.breaks) {
      for (const date of datesOf(b.from, b.to)) table.holidays[date] = b.name;
      for (const date of b.workdays) table.adjustedWorkdays[date] = b.name;
      table.namesEn[b.name] = b.nameEn;
    }
  }
  return { table, unused };
}
