import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadFacilities } from '../../../src/lib/data/facilities.ts';
import { loadDistrict } from '../../../src/lib/data/regions.ts';
import { importFile } from '../../../src/lib/import/index.ts';
import { TEMPLATE_HEADERS } from '../../../src/lib/import/template.ts';
import { facilitiesCsv, holidayText, hoursText } from '../../../src/lib/open-data/csv.ts';
import { Facility } from '../../../src/schemas/facility.ts';
import { OpeningHours } from '../../../src/schemas/hours.ts';
import { parseHoursText } from '../../../src/lib/hours/parse-text.ts';

const district = loadDistrict();

async function reimport(csv: string) {
  const dir = mkdtempSync(join(tmpdir(), 'oh-csv-'));
  const path = join(dir, 'export.csv');
  writeFileSync(path, csv, 'utf8');
  return { path, ...(await importFile(path)) };
}

describe('the CSV download', () => {
  test('starts with a byte-order mark and the import template headers, in order', async () => {
    const csv = facilitiesCsv(await loadFacilities(), district);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\n')[0]).toBe(TEMPLATE_HEADERS.join(','));
  });

  test('re-imports to the same facilities, with no rejected row and no warning; coordinates come back as WGS-84, the system they are written in', async () => {
    const facilities = await loadFacilities();
    const { path, facilities: back, report } = await reimport(facilitiesCsv(facilities, district));
    expect(readFileSync(path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(report.rejected).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(back.length).toBe(facilities.length);
    const byId = new Map(back.map((f) => [f.id, f]));
    for (const f of facilities) expect(byId.get(f.id), f.id).toEqual({ ...f, sourceCrs: 'wgs84' });
  });

  test('a record without the source text gets hours written from its periods that parse back to the same periods', async () => {
    const [first] = await loadFacilities();
    if (!first) throw new Error('no facilities');
    const hours = OpeningHours.parse({
      periods: [
        { days: [1, 2, 3], open: '11:00', close: '12:30', meal: 'lunch' },
        { days: [1, 2, 3], open: '16:30', close: '17:30', meal: 'supper' },
        { days: [6], open: '07:00', close: '08:30', meal: 'breakfast' },
      ],
      publicHolidays: 'closed',
      adjustedWorkdays: 'calendar',
      text: '',
    });
    const text = hoursText(hours);
    expect(text).toBe('周一、周二、周三 午餐 11:00-12:30，晚餐 16:30-17:30；周六 早餐 07:00-08:30');
    const parsed = parseHoursText(text);
    expect(parsed.ok && parsed.hours.periods).toEqual(hours.periods);

    const facility = Facility.parse({ ...first, id: 'canteen-roundtrip', type: 'canteen', hours, canteen: { meals: ['breakfast', 'lunch', 'supper'], tierPrices: [], delivery: null } });
    const { facilities: back, report } = await reimport(facilitiesCsv([facility], district));
    expect(report.rejected).toEqual([]);
    expect(back[0]?.hours.periods).toEqual(hours.periods);
    expect(back[0]?.hours.publicHolidays).toBe('closed');
    expect(back[0]?.hours.adjustedWorkdays).toBe('calendar');
  });

  test('writes the holiday rules in the words the importer reads', () => {
    const base = { periods: [], text: '' };
    expect(holidayText(OpeningHours.parse({ ...base, publicHolidays: 'closed' }))).toBe('节假日休息');
    expect(holidayText(OpeningHours.parse({ ...base, publicHolidays: 'open', adjustedWorkdays: 'calendar' }))).toBe('节假日照常，调休日按实际星期');
    expect(holidayText(OpeningHours.parse({ ...base, publicHolidays: 'unknown' }))).toBe('');
  });
});
