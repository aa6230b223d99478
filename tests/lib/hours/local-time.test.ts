import { afterEach, describe, expect, test } from 'vitest';
import { addDays, addMonths, shanghaiMoment, weekdayOf } from '../../../src/lib/hours/local-time.ts';
import { at } from '../../fixtures/hours.ts';

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('the Shanghai wall clock', () => {
  test('an instant written with +08:00 reads as that date and minute', () => {
    expect(shanghaiMoment(at('2025-10-09T12:34+08:00'))).toEqual({ date: '2025-10-09', minutes: 12 * 60 + 34 });
  });

  test('an instant written in UTC is read eight hours ahead, on the next date after 16:00 UTC', () => {
    expect(shanghaiMoment(at('2025-09-30T16:00:00Z'))).toEqual({ date: '2025-10-01', minutes: 0 });
  });

  test('the reading does not change when the machine runs on New York or Rome time', () => {
    const instant = at('2025-09-30T13:00:00-04:00');
    for (const zone of ['America/New_York', 'Europe/Rome']) {
      process.env.TZ = zone;
      expect(shanghaiMoment(instant)).toEqual({ date: '2025-10-01', minutes: 60 });
    }
    // The machine's own clock really differed: in New York it was still 30 September.
    process.env.TZ = 'America/New_York';
    expect(instant.getDate()).toBe(30);
  });

  test('an invalid date is refused rather than read as a day', () => {
    expect(() => shanghaiMoment(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('calendar-date arithmetic', () => {
  test('weekdays are numbered from Monday 1 to Sunday 7', () => {
    expect(weekdayOf('2025-10-13')).toBe(1);
    expect(weekdayOf('2025-10-11')).toBe(6);
    expect(weekdayOf('2025-10-12')).toBe(7);
  });

  test('weekdays do not shift when the machine runs west of UTC', () => {
    process.env.TZ = 'America/New_York';
    expect(weekdayOf('2025-10-12')).toBe(7);
    expect(addDays('2025-10-12', 1)).toBe('2025-10-13');
  });

  test('adding days crosses month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  test('adding six months to 31 August lands on the last day of February', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2025-04-15', 6)).toBe('2025-10-15');
  });
});
