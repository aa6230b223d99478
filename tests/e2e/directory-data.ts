/**
 * Facts about the built site's data for the directory e2e tests, read from its own download
 * (dist/data/facilities.geojson), so the tests follow the data rather than hard-coding names.
 */
import { readFileSync } from 'node:fs';
import type { Facility } from '../../src/schemas/facility.ts';
import type { HolidayTable } from '../../src/lib/hours/calendar-table.ts';

type Feature = { geometry: { coordinates: [number, number] }; properties: Omit<Facility, 'location'> & { 名称: string; 所属街道: string } };

export function builtFacilities(): (Facility & { townName: string })[] {
  const text = readFileSync('dist/data/facilities.geojson', 'utf8');
  const json = JSON.parse(text) as { features: Feature[] };
  return json.features.map((f) => ({ ...f.properties, location: { lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }, townName: f.properties.所属街道 }));
}

/** The built facilities that carry a 核实日期 (records without one show “核实日期不详”). */
export function datedFacilities(): (Facility & { townName: string; lastVerified: string })[] {
  return builtFacilities().flatMap((f) => (f.lastVerified ? [{ ...f, lastVerified: f.lastVerified }] : []));
}

/**
 * A canteen that serves lunch Monday to Friday and never on Sunday, covering 11:45, is closed on
 * public holidays and opens with its weekday hours on make-up working days: the case the
 * holiday tests need.
 */
export function weekdayLunchCanteen() {
  const found = builtFacilities().find(
    (f) =>
      f.type === 'canteen' &&
      f.hours.publicHolidays === 'closed' &&
      f.hours.adjustedWorkdays === 'weekday-hours' &&
      f.hours.periods.some((p) => p.meal === 'lunch' && [1, 2, 3, 4, 5].every((d) => p.days.includes(d)) && !p.days.includes(7) && p.open <= '11:45' && p.close > '11:45') &&
      f.hours.periods.every((p) => !p.days.includes(7)),
  );
  if (!found) throw new Error('数据中没有“周一至周五供应午餐、节假日休息”的老年食堂，无法进行节假日测试');
  return found;
}

/** The streets/towns with their villages and communities (data/regions/ouhai.json). */
export function districtTowns(): { code: string; name: string; communities: { code: string; name: string }[] }[] {
  return (JSON.parse(readFileSync('data/regions/ouhai.json', 'utf8')) as { towns: { code: string; name: string; communities: { code: string; name: string }[] }[] }).towns;
}

/** Every village/community code of the district (data/regions/ouhai.json). */
export function communityCodes(): string[] {
  const district = JSON.parse(readFileSync('data/regions/ouhai.json', 'utf8')) as { towns: { communities: { code: string }[] }[] };
  return district.towns.flatMap((t) => t.communities.map((c) => c.code));
}

/**
 * The holiday table the built pages ship (the JSON in script[data-live-status-data] of
 * /canteens/), so that tests with a frozen clock pick dates the pages know, whatever the year
 * of the build.
 */
export function shippedHolidayTable(): HolidayTable {
  const html = readFileSync('dist/canteens/index.html', 'utf8');
  const json = /<script type="application\/json" data-live-status-data[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('dist/canteens/index.html 中没有节假日表（script[data-live-status-data]）');
  return (JSON.parse(json) as { table: HolidayTable }).table;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function nextDate(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function datesOf(table: HolidayTable): string[] {
  const dates: string[] = [];
  for (let d = table.from; d <= table.until; d = nextDate(d)) dates.push(d);
  return dates;
}

const NO_DAY = '：请更新 chinese-days 或按 data/README.md 补录 data/holidays/ 后重新构建';

/** The days of the shipped table the holiday tests need: an ordinary Thursday, a 调休 weekend day, the first weekday of a holiday break. */
export function calendarDays(table = shippedHolidayTable()) {
  const dates = datesOf(table);
  const special = (d: string) => table.holidays[d] !== undefined || table.adjustedWorkdays[d] !== undefined;
  const ordinaryThursday = dates.find((d) => isoWeekday(d) === 4 && !special(d));
  // A Sunday if there is one: the canteen never opens on Sundays, so opening can only be the 调休 rule.
  const adjusted = Object.keys(table.adjustedWorkdays).filter((d) => d >= table.from && d <= table.until && isoWeekday(d) >= 6).sort();
  const adjustedWeekend = adjusted.find((d) => isoWeekday(d) === 7) ?? adjusted[0];
  // The first weekday of a break, preferably one of several days, so the next opening has to skip the rest of it.
  const breakStarts = dates.filter((d) => table.holidays[d] !== undefined && table.holidays[nextDate(d, -1)] === undefined && isoWeekday(d) <= 5);
  const holiday = breakStarts.find((d) => table.holidays[nextDate(d)] !== undefined) ?? breakStarts[0];
  if (!ordinaryThursday || !adjustedWeekend || !holiday) {
    throw new Error(`页面附带的节假日表（${table.from} 至 ${table.until}）里缺少普通周四、周末调休上班日或工作日的节假日${NO_DAY}`);
  }
  return { ordinaryThursday, adjustedWeekend, holiday, holidayName: table.holidays[holiday] ?? '' };
}
