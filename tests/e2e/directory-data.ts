/**
 * Facts about the built site's data for the directory e2e tests, read from its own download
 * (dist/data/facilities.geojson), so the tests follow the data rather than hard-coding names.
 */
import { readFileSync } from 'node:fs';
import type { Facility } from '../../src/schemas/facility.ts';

type Feature = { geometry: { coordinates: [number, number] }; properties: Omit<Facility, 'location'> & { 名称: string; 所属街道: string } };

export function builtFacilities(): (Facility & { townName: string })[] {
  const text = readFileSync('dist/data/facilities.geojson', 'utf8');
  const json = JSON.parse(text) as { features: Feature[] };
  return json.features.map((f) => ({ ...f.properties, location: { lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }, townName: f.properties.所属街道 }));
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

/** Every village/community code of the district (data/regions/ouhai.json). */
export function communityCodes(): string[] {
  const district = JSON.parse(readFileSync('data/regions/ouhai.json', 'utf8')) as { towns: { communities: { code: string }[] }[] };
  return district.towns.flatMap((t) => t.communities.map((c) => c.code));
}
