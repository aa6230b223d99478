import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { HolidayYear } from '../../../src/schemas/holidays.ts';
import { calendarFromTable, type HolidayTable } from '../../../src/lib/hours/calendar-table.ts';
import { packageTable } from '../../../src/lib/hours/calendar.ts';
import { mergeHolidayFiles, readHolidayFiles } from '../../../src/lib/hours/holiday-files.ts';
import { calendarEndWarning, holidaysValidator } from '../../../src/lib/hours/validator.ts';

/** The example file in data/README.md (the YAML block after “例子（2025 年”). */
function readmeExample(): string {
  const readme = readFileSync('data/README.md', 'utf8');
  const start = readme.indexOf('例子（2025 年');
  const block = /```yaml\n([\s\S]*?)```/.exec(readme.slice(start));
  if (start < 0 || !block?.[1]) throw new Error('data/README.md 中找不到 2025 年的例子');
  return block[1];
}

/** A package table without one year, as the package looked before it caught up with that year's notice. */
function withoutYear(table: HolidayTable, year: number): HolidayTable {
  const drop = (entries: Record<string, string>) => Object.fromEntries(Object.entries(entries).filter(([d]) => !d.startsWith(`${year}-`)));
  return { ...table, until: `${year - 1}-12-31`, holidays: drop(table.holidays), adjustedWorkdays: drop(table.adjustedWorkdays) };
}

const datesOf = (entries: Record<string, string>, year: number) => Object.keys(entries).filter((d) => d.startsWith(`${year}-`)).sort();

/** A valid one-break year to edit in the tests below. */
function yearWith(overrides: Record<string, unknown> = {}, breakOverrides: Record<string, unknown> = {}) {
  return {
    year: 2031,
    notice: { title: '国务院办公厅关于2031年部分节假日安排的通知', number: '国办发明电〔2030〕9号', date: '2030-11-10' },
    breaks: [{ name: '劳动节', nameEn: 'Labour Day', from: '2031-05-01', to: '2031-05-05', days: 5, workdays: ['2031-04-27'], ...breakOverrides }],
    ...overrides,
  };
}

function messages(input: unknown): string[] {
  const parsed = HolidayYear.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the example in data/README.md', () => {
  test('passes the schema', () => {
    expect(messages(parse(readmeExample()))).toEqual([]);
  });

  test('laid over a package that stops at 2024, gives exactly the 2025 holidays and make-up working days chinese-days has', () => {
    const real = packageTable();
    const example = HolidayYear.parse(parse(readmeExample()));
    const { table, unused } = mergeHolidayFiles(withoutYear(real, 2025), [example]);
    expect(unused).toEqual([]);
    expect(datesOf(table.holidays, 2025)).toEqual(datesOf(real.holidays, 2025));
    expect(datesOf(table.adjustedWorkdays, 2025)).toEqual(datesOf(real.adjustedWorkdays, 2025));
    expect(datesOf(table.holidays, 2025).length).toBeGreaterThan(20);
  });
});

describe('the schema of a holiday file', () => {
  test('a valid year passes', () => {
    expect(messages(yearWith())).toEqual([]);
  });

  test('a date outside the file’s year is refused', () => {
    expect(messages(yearWith({}, { from: '2030-12-31', days: 6 })).join('\n')).toMatch(/breaks\.0\.from: 2030-12-31 不在 2031 年内/);
    expect(messages(yearWith({}, { workdays: ['2030-12-28'] })).join('\n')).toMatch(/breaks\.0\.workdays\.0: 2030-12-28 不在 2031 年内/);
  });

  test('a day that is both a rest day and a working day is refused', () => {
    // 2031-05-03 is a Saturday inside the break.
    expect(messages(yearWith({}, { workdays: ['2031-05-03'] })).join('\n')).toMatch(/2031-05-03 既是“劳动节”的放假日又是上班日/);
  });

  test('the same day in two breaks is refused', () => {
    const twice = yearWith({ breaks: [yearWith().breaks[0], { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2031-05-05', to: '2031-05-07', days: 3 }] });
    expect(messages(twice).join('\n')).toMatch(/2031-05-05 已经是“劳动节”的放假日/);
  });

  test('a notice without its reference is refused', () => {
    expect(messages(yearWith({ notice: undefined })).join('\n')).toMatch(/^notice: /);
    expect(messages(yearWith({ notice: { title: '通知', number: '', date: '2030-11-10' } })).join('\n')).toMatch(/notice\.number: 文号应照抄通知/);
  });

  test('a day count that does not match the dates is refused, naming both', () => {
    expect(messages(yearWith({}, { days: 4 })).join('\n')).toMatch(/2031-05-01 至 2031-05-05 是 5 天，但 days 写的是 4/);
  });

  test('a break that ends before it starts, or runs for weeks, is refused', () => {
    expect(messages(yearWith({}, { to: '2031-04-30' })).join('\n')).toMatch(/早于开始日/);
    expect(messages(yearWith({}, { to: '2031-06-05', days: 36 })).join('\n')).toMatch(/太长了/);
  });

  test('a make-up working day on a weekday is refused', () => {
    expect(messages(yearWith({}, { workdays: ['2031-04-28'] })).join('\n')).toMatch(/2031-04-28 不是周六或周日/);
  });
});

describe('reading data/holidays/', () => {
  let root = '';
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = '';
  });
  function project(files: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), 'oh-holidays-'));
    mkdirSync(join(root, 'data/holidays'), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'data/holidays', name), text);
    return root;
  }

  test('errors name the file, the holiday by number and name, and the field', () => {
    const bad = readmeExample().replace('days: 8\n    workdays: [2025-01-26', 'days: 7\n    workdays: [2025-01-26');
    const { files, problems } = readHolidayFiles(project({ '2025.yaml': bad }));
    expect(files).toEqual([]);
    expect(problems).toEqual(['data/holidays/2025.yaml 第 2 个假日（春节）的字段 days：2025-01-28 至 2025-02-04 是 8 天，但 days 写的是 7；请对照通知（“共 N 天”）检查日期和天数']);
  });

  test('schema errors of every kind come out in Chinese, naming the field, never in zod’s English', () => {
    const bad = readmeExample()
      .replace('year: 2025', 'year: 二〇二五')
      .replace('days: 8\n    workdays: [2025-01-26', 'days: 八天\n    workdays: [2025-01-26')
      .replace(/\n {4}nameEn: Spring Festival/, '\n    nameEN: Spring Festival');
    const { problems } = readHolidayFiles(project({ '2025.yaml': bad }));
    expect(problems).toEqual([
      'data/holidays/2025.yaml 字段 year：「年份 year」应为数字（现在是「二〇二五」）',
      'data/holidays/2025.yaml 第 2 个假日（春节）的字段 nameEn：缺少「英文名称 nameEn」，这是必填项，应为文字',
      'data/holidays/2025.yaml 第 2 个假日（春节）的字段 days：「天数 days」应为数字（现在是「八天」）',
      'data/holidays/2025.yaml 第 2 个假日（春节）：「假日列表 breaks」中有不认识的字段 nameEN，请检查拼写或删除',
    ]);
    for (const p of problems) expect(p).not.toMatch(/Invalid|expected|received|Unrecognized/i);
  });

  test('a file whose year differs from its name, or a badly named file, is refused', () => {
    const { problems } = readHolidayFiles(project({ '2026.yaml': readmeExample(), '2027年.yaml': 'year: 2027' }));
    expect(problems).toEqual([
      'data/holidays/2026.yaml 字段 year：写的是 2025，与文件名不一致；请改正其中一个',
      'data/holidays/2027年.yaml：文件名应为“四位年份.yaml”，例如 2027.yaml',
    ]);
  });

  test('the README next to the files is not read as data', () => {
    expect(readHolidayFiles(project({ 'README.md': '# 说明' }))).toEqual({ files: [], problems: [] });
  });

  test('the check behind npm run validate reports the errors and names the calendar’s end', async () => {
    const bad = readmeExample().replace('from: 2025-04-04', 'from: 2025-04-03');
    const result = await holidaysValidator.run(project({ '2025.yaml': bad }));
    expect(result.errors).toEqual([expect.stringMatching(/^data\/holidays\/2025\.yaml 第 3 个假日（清明节）的字段 days：2025-04-03 至 2025-04-06 是 4 天/)]);
    expect(result.summary).toMatch(/节假日数据截至 \d{4}-12-31$/);
  });

  test('a file for a year the package knows, that differs from it, is used and the difference is listed', async () => {
    const moved = readmeExample().replace('workdays: [2025-04-27]', 'workdays: [2025-04-26]');
    const result = await holidaysValidator.run(project({ '2025.yaml': moved }));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toContain('data/holidays/2025.yaml 与 chinese-days 的 2025 年数据不同（网站以本文件为准）：多出上班日 2025-04-26；缺少上班日 2025-04-27。请对照通知确认是文件还是包写错了');
  });
});

describe('laying files over the package', () => {
  const base: HolidayTable = {
    from: '2004-01-01',
    until: '2026-12-31',
    holidays: { '2026-10-01': '国庆节', '2026-10-02': '国庆节' },
    adjustedWorkdays: { '2026-09-20': '国庆节' },
    namesEn: { 国庆节: 'National Day' },
  };
  const y2027 = HolidayYear.parse(yearWith({ year: 2027, breaks: [{ name: '劳动节', nameEn: 'Labour Day', from: '2027-05-01', to: '2027-05-05', days: 5, workdays: ['2027-04-25'] }] }));

  test('a file for the year after the package’s last one extends the calendar to the end of that year', () => {
    const { table } = mergeHolidayFiles(base, [y2027]);
    expect(table.until).toBe('2027-12-31');
    const calendar = calendarFromTable(table);
    expect(calendar.dayKind('2027-05-03')).toEqual({ kind: 'holiday', name: '劳动节', nameEn: 'Labour Day' });
    expect(calendar.dayKind('2027-04-25')).toEqual({ kind: 'adjusted-workday', name: '劳动节', nameEn: 'Labour Day' });
    expect(calendar.dayKind('2026-10-01').kind).toBe('holiday');
    expect(calendar.dayKind('2028-01-03')).toEqual({ kind: 'unknown-future' });
  });

  test('a file wins over the package for its year: the package’s days of that year are dropped', () => {
    const y2026 = HolidayYear.parse(yearWith({ year: 2026, breaks: [{ name: '国庆节', nameEn: 'National Day', from: '2026-10-01', to: '2026-10-07', days: 7, workdays: ['2026-10-10'] }] }));
    const calendar = calendarFromTable(mergeHolidayFiles(base, [y2026]).table);
    expect(calendar.dayKind('2026-10-07').kind).toBe('holiday');
    expect(calendar.dayKind('2026-10-10').kind).toBe('adjusted-workday');
    // 20 September 2026 is a Sunday the package called a working day; the file does not.
    expect(calendar.dayKind('2026-09-20')).toEqual({ kind: 'weekend' });
  });

  test('a file after a missing year is not used, and is named', () => {
    const y2028 = HolidayYear.parse(yearWith({ year: 2028, breaks: [{ name: '劳动节', nameEn: 'Labour Day', from: '2028-05-01', to: '2028-05-05', days: 5 }] }));
    const { table, unused } = mergeHolidayFiles(base, [y2028]);
    expect(table.until).toBe('2026-12-31');
    expect(unused).toEqual([2028]);
    expect(table.holidays['2028-05-01']).toBeUndefined();
  });
});

describe('the warning before the calendar runs out', () => {
  test('61 days before the last known day there is no warning', () => {
    expect(calendarEndWarning('2026-12-31', '2026-10-31')).toBeUndefined();
  });

  test('60 days before it the build warns, in Chinese, and says which file to fill and to rebuild', () => {
    expect(calendarEndWarning('2026-12-31', '2026-11-01')).toMatch(/^节假日数据只到 2026-12-31，距今天（2026-11-01）只剩 60 天。.*data\/holidays\/2027\.yaml，然后重新构建网站/);
  });

  test('past the last known day the build says by how much', () => {
    expect(calendarEndWarning('2026-12-31', '2027-01-10')).toMatch(/^节假日数据只到 2026-12-31，今天（2027-01-10）已经超出 10 天。/);
  });
});
