import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { calendarFromTable } from '../../../src/lib/hours/calendar-table.ts';
import { calendarSources, dayKind, holidayTable, knownUntil, shippedHolidayTable } from '../../../src/lib/hours/calendar.ts';
import { addDays } from '../../../src/lib/hours/local-time.ts';

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

// Facts from the State Council notices, as chinese-days quotes them in src/holidays/generate.ts:
// 2025: 国办发明电〔2024〕12号 — 国庆节、中秋节 10月1日至8日放假调休，9月28日（周日）、10月11日（周六）上班。
// 2026: gov.cn content_7047091 — 春节 2月15日至23日放假调休，2月14日（周六）、2月28日（周六）上班。
describe('the Chinese working calendar from chinese-days', () => {
  test('every day from 1 to 8 October 2025 is a holiday, and 9 October is a workday again', () => {
    for (let date = '2025-10-01'; date <= '2025-10-08'; date = addDays(date, 1)) {
      expect(dayKind(date).kind, date).toBe('holiday');
    }
    expect(dayKind('2025-10-01')).toEqual({ kind: 'holiday', name: '国庆节', nameEn: 'National Day' });
    expect(dayKind('2025-10-06').name).toBe('中秋');
    expect(dayKind('2025-10-09')).toEqual({ kind: 'workday' });
  });

  test('Sunday 28 September and Saturday 11 October 2025 are make-up working days of the National Day break', () => {
    expect(dayKind('2025-09-28')).toEqual({ kind: 'adjusted-workday', name: '国庆节', nameEn: 'National Day' });
    expect(dayKind('2025-10-11')).toEqual({ kind: 'adjusted-workday', name: '国庆节', nameEn: 'National Day' });
  });

  test('17 February 2026 is a Spring Festival holiday and Saturday 14 February 2026 a make-up working day', () => {
    expect(dayKind('2026-02-17')).toEqual({ kind: 'holiday', name: '春节', nameEn: 'Spring Festival' });
    expect(dayKind('2026-02-14')).toEqual({ kind: 'adjusted-workday', name: '春节', nameEn: 'Spring Festival' });
  });

  test('an ordinary Sunday is a weekend and an ordinary Monday a workday', () => {
    expect(dayKind('2025-10-12')).toEqual({ kind: 'weekend' });
    expect(dayKind('2025-10-13')).toEqual({ kind: 'workday' });
  });

  test('the calendar knows whole years, and the day after its last one is unknown rather than guessed', () => {
    const last = knownUntil();
    expect(last).toMatch(/^\d{4}-12-31$/);
    expect(dayKind(`${last.slice(0, 4)}-10-01`).kind).toBe('holiday');
    expect(dayKind(addDays(last, 1))).toEqual({ kind: 'unknown-future' });
    expect(dayKind(addDays(last, 200))).toEqual({ kind: 'unknown-future' });
  });

  test('dates before 2004 are unknown', () => {
    expect(dayKind('2003-10-01')).toEqual({ kind: 'unknown-past' });
  });

  test('a machine on New York time still sees 28 September 2025 as the make-up working day', () => {
    process.env.TZ = 'America/New_York';
    expect(dayKind('2025-09-28').kind).toBe('adjusted-workday');
    expect(dayKind('2025-09-30').kind).toBe('workday');
  });
});

describe('the holiday table for the browser', () => {
  test('a table of 2025 and 2026 answers every date of those years as the package does', () => {
    const calendar = calendarFromTable(holidayTable(2025, 2026));
    for (let date = '2025-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      expect(calendar.dayKind(date), date).toEqual(dayKind(date));
    }
  });

  test('dates outside the table are unknown, before and after', () => {
    const calendar = calendarFromTable(holidayTable(2025, 2025));
    expect(calendar.knownUntil()).toBe('2025-12-31');
    expect(calendar.dayKind('2026-02-17')).toEqual({ kind: 'unknown-future' });
    expect(calendar.dayKind('2024-10-01')).toEqual({ kind: 'unknown-past' });
  });

  test('a table never claims years the package does not know', () => {
    const lastYear = Number(knownUntil().slice(0, 4));
    const table = holidayTable(lastYear, lastYear + 5);
    expect(table.until).toBe(knownUntil());
    expect(calendarFromTable(table).dayKind(`${lastYear + 1}-10-01`)).toEqual({ kind: 'unknown-future' });
  });

  test('a table survives a trip through JSON, as it does when a page inlines it', () => {
    const table = holidayTable(2025, 2026);
    const calendar = calendarFromTable(JSON.parse(JSON.stringify(table)));
    expect(calendar.dayKind('2025-10-11')).toEqual(dayKind('2025-10-11'));
  });

  test('two years of table stay under 2.5 kB of JSON', () => {
    expect(JSON.stringify(holidayTable(2025, 2026)).length).toBeLessThan(2500);
  });

  test('a year range that is reversed or before 2004 is refused with a Chinese message', () => {
    expect(() => holidayTable(2026, 2025)).toThrow(/年份范围无效/);
    expect(() => holidayTable(2000, 2025)).toThrow(/年份范围无效/);
  });
});

describe('the table every page ships', () => {
  test('covers the build year with the year before and the year after, as far as the calendar knows', () => {
    const table = shippedHolidayTable(new Date('2025-06-01T12:00:00+08:00'));
    expect(table.from).toBe('2024-01-01');
    expect(table.until).toBe('2026-12-31' < knownUntil() ? '2026-12-31' : knownUntil());
    expect(calendarFromTable(table).dayKind('2024-10-01').kind).toBe('holiday');
  });

  test('takes the build year on the Shanghai clock: 20:00 UTC on 31 December is already the next year', () => {
    process.env.TZ = 'America/New_York';
    expect(shippedHolidayTable(new Date('2024-12-31T20:00:00Z')).from).toBe('2024-01-01');
    expect(shippedHolidayTable(new Date('2024-12-31T15:00:00Z')).from).toBe('2023-01-01');
  });

  test('built in a year past the calendar, the table ends where the calendar does and later dates are unknown, not guessed', () => {
    const lastYear = Number(knownUntil().slice(0, 4));
    const table = shippedHolidayTable(new Date(`${lastYear + 1}-03-01T12:00:00+08:00`));
    expect(table.until).toBe(knownUntil());
    expect(calendarFromTable(table).dayKind(`${lastYear + 1}-10-01`)).toEqual({ kind: 'unknown-future' });
  });
});

describe('where the calendar comes from', () => {
  test('names the package with its version and the last date it knows; without files in data/holidays/ that is the calendar’s end', () => {
    const sources = calendarSources();
    expect(sources.package.name).toBe('chinese-days');
    expect(sources.package.version).toMatch(/^\d+\.\d+\.\d+/);
    if (sources.files.length === 0) expect(sources.package.until).toBe(knownUntil());
    else expect(knownUntil()).toBe(`${Math.max(...sources.files.map((f) => f.year))}-12-31`);
  });
});

describe('browser safety', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const hoursDir = resolve(here, '../../../src/lib/hours');

  /** Every module a file pulls in, following relative imports, with the bare package names it imports. */
  function importsOf(file: string, seen = new Set<string>(), packages = new Set<string>()) {
    if (seen.has(file)) return packages;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^(?:import|export)\s[^'";]*?from\s+'([^']+)'/gm)) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) importsOf(resolve(dirname(file), specifier), seen, packages);
      else packages.add(specifier);
    }
    return packages;
  }

  test('the modules the browser uses import neither Node built-ins nor chinese-days', () => {
    for (const file of ['calendar-table.ts', 'evaluate.ts', 'format.ts']) {
      const packages = [...importsOf(resolve(hoursDir, file))];
      expect(packages.filter((name) => name.startsWith('node:') || name === 'chinese-days'), file).toEqual([]);
    }
  });
});
