import { afterEach, describe, expect, test } from 'vitest';
import { calendarFromTable } from '../../../src/lib/hours/calendar-table.ts';
import { chineseDaysCalendar, holidayTable, knownUntil } from '../../../src/lib/hours/calendar.ts';
import { isStale, statusAt, todayPeriods, typicalWeekdayPeriods } from '../../../src/lib/hours/evaluate.ts';
import { addDays, weekdayOf } from '../../../src/lib/hours/local-time.ts';
import { at, canteen, careHome, centre, hoursOf } from '../../fixtures/hours.ts';

const calendar = chineseDaysCalendar;
/** A calendar that knows only 2025, to test what happens past the published arrangement whatever the package version. */
const only2025 = calendarFromTable(holidayTable(2025, 2025));

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('lunch and supper on an ordinary weekday (Thursday 9 October 2025)', () => {
  test('a canteen is open for lunch at 12:00, until 13:00', () => {
    expect(statusAt(canteen, at('2025-10-09T12:00+08:00'), calendar)).toEqual({
      state: 'open',
      date: '2025-10-09',
      until: '13:00',
      meal: 'lunch',
    });
  });

  test('a canteen is still open at 12:59 and closed at 13:00, the minute of closing', () => {
    expect(statusAt(canteen, at('2025-10-09T12:59+08:00'), calendar).state).toBe('open');
    expect(statusAt(canteen, at('2025-10-09T13:00+08:00'), calendar)).toMatchObject({ state: 'opens-later', opensAt: '16:30' });
  });

  test('a canteen that closes after lunch is shown as opening later for supper at 14:00', () => {
    expect(statusAt(canteen, at('2025-10-09T14:00+08:00'), calendar)).toEqual({
      state: 'opens-later',
      date: '2025-10-09',
      opensAt: '16:30',
      meal: 'supper',
    });
  });

  test('before lunch the canteen opens later at 11:00 for lunch', () => {
    expect(statusAt(canteen, at('2025-10-09T07:30+08:00'), calendar)).toMatchObject({ state: 'opens-later', opensAt: '11:00', meal: 'lunch' });
  });

  test('supper is served at 16:30 sharp and until 17:59', () => {
    expect(statusAt(canteen, at('2025-10-09T16:30+08:00'), calendar)).toMatchObject({ state: 'open', until: '18:00', meal: 'supper' });
    expect(statusAt(canteen, at('2025-10-09T17:59+08:00'), calendar)).toMatchObject({ state: 'open', until: '18:00', meal: 'supper' });
  });

  test('at 18:00 the day is over and the next opening is Friday lunch', () => {
    expect(statusAt(canteen, at('2025-10-09T18:00+08:00'), calendar)).toEqual({
      state: 'closed',
      date: '2025-10-09',
      nextOpen: { date: '2025-10-10', time: '11:00' },
    });
  });

  test('periods that touch run on: 08:00–12:00 and 12:00–17:00 are open until 17:00', () => {
    const hours = hoursOf({
      periods: [
        { days: [4], open: '08:00', close: '12:00' },
        { days: [4], open: '12:00', close: '17:00' },
      ],
    });
    expect(statusAt(hours, at('2025-10-09T09:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '17:00' });
  });
});

describe('weekends', () => {
  test('a canteen closed at weekends is closed all Sunday and next opens on Monday lunch', () => {
    expect(statusAt(canteen, at('2025-10-12T12:00+08:00'), calendar)).toEqual({
      state: 'closed-today',
      date: '2025-10-12',
      reason: 'weekend',
      nextOpen: { date: '2025-10-13', time: '11:00' },
    });
  });

  test('a canteen closed on Wednesdays says so as a weekday without hours', () => {
    const hours = hoursOf({ periods: [{ days: [1, 2, 4, 5], open: '11:00', close: '13:00' }] });
    expect(statusAt(hours, at('2025-10-15T12:00+08:00'), calendar)).toMatchObject({ state: 'closed-today', reason: 'not-scheduled' });
  });
});

describe('make-up working days (调休)', () => {
  test('on the make-up working Saturday 11 October 2025 a canteen with weekday hours serves lunch', () => {
    expect(statusAt(canteen, at('2025-10-11T12:00+08:00'), calendar)).toEqual({
      state: 'open',
      date: '2025-10-11',
      until: '13:00',
      meal: 'lunch',
      reason: 'adjusted-workday',
      holidayName: '国庆节',
      holidayNameEn: 'National Day',
    });
  });

  test('on the make-up working Sunday 28 September 2025 the canteen serves supper too', () => {
    expect(statusAt(canteen, at('2025-09-28T17:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '18:00', meal: 'supper' });
  });

  test('the Saturday after, an ordinary weekend, the same canteen is closed', () => {
    expect(statusAt(canteen, at('2025-10-18T12:00+08:00'), calendar)).toMatchObject({ state: 'closed-today', reason: 'weekend' });
  });

  test('a canteen that keeps calendar hours stays closed on the make-up working Saturday', () => {
    const hours = { ...canteen, adjustedWorkdays: 'calendar' as const };
    expect(statusAt(hours, at('2025-10-11T12:00+08:00'), calendar)).toMatchObject({ state: 'closed-today', reason: 'weekend' });
  });

  test('a make-up working day takes the hours most weekdays share: Monday–Thursday 08:00–17:00 beats Friday 08:00–12:00', () => {
    const hours = hoursOf({
      periods: [
        { days: [1, 2, 3, 4], open: '08:00', close: '17:00' },
        { days: [5], open: '08:00', close: '12:00' },
      ],
    });
    expect(typicalWeekdayPeriods(hours)).toEqual([{ open: '08:00', close: '17:00' }]);
    expect(statusAt(hours, at('2025-10-11T14:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '17:00' });
  });

  test('the hours most weekdays share win even when Monday is the odd one out', () => {
    const hours = hoursOf({
      periods: [
        { days: [1], open: '13:00', close: '17:00' },
        { days: [2, 3, 4, 5], open: '08:00', close: '11:00' },
      ],
    });
    expect(typicalWeekdayPeriods(hours)).toEqual([{ open: '08:00', close: '11:00' }]);
    expect(statusAt(hours, at('2025-10-11T14:00+08:00'), calendar)).toMatchObject({ state: 'closed', nextOpen: { date: '2025-10-13', time: '13:00' } });
  });

  test('a make-up working day uses the weekday hours, not its own Saturday hours', () => {
    const hours = hoursOf({
      periods: [
        { days: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' },
        { days: [6], open: '09:00', close: '11:00' },
      ],
    });
    expect(statusAt(hours, at('2025-10-11T15:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '17:00' });
    expect(statusAt(hours, at('2025-10-18T15:00+08:00'), calendar)).toMatchObject({ state: 'closed' });
  });

  test("today's periods on the make-up Saturday are the weekday lunch and supper", () => {
    expect(todayPeriods(canteen, '2025-10-11', calendar)).toMatchObject({
      state: 'scheduled',
      reason: 'adjusted-workday',
      periods: [
        { open: '11:00', close: '13:00', meal: 'lunch' },
        { open: '16:30', close: '18:00', meal: 'supper' },
      ],
    });
  });
});

describe('public holidays', () => {
  test('a canteen closed on public holidays is closed on National Day 2025 and names it, reopening on 9 October', () => {
    expect(statusAt(canteen, at('2025-10-01T12:00+08:00'), calendar)).toEqual({
      state: 'closed-today',
      date: '2025-10-01',
      reason: 'holiday',
      holidayName: '国庆节',
      holidayNameEn: 'National Day',
      nextOpen: { date: '2025-10-09', time: '11:00' },
    });
  });

  test('a canteen closed on public holidays is closed on the Spring Festival holiday of 17 February 2026', () => {
    expect(statusAt(canteen, at('2026-02-17T11:30+08:00'), calendar)).toMatchObject({
      state: 'closed-today',
      reason: 'holiday',
      holidayName: '春节',
      nextOpen: { date: '2026-02-24', time: '11:00' },
    });
  });

  test('a centre whose holiday rule is not known is shown as unknown on a public holiday, so people phone first', () => {
    expect(statusAt(centre, at('2025-10-02T10:00+08:00'), calendar)).toEqual({
      state: 'unknown',
      date: '2025-10-02',
      reason: 'holiday',
      holidayName: '国庆节',
      holidayNameEn: 'National Day',
    });
  });

  test('the same centre is simply open on an ordinary weekday', () => {
    expect(statusAt(centre, at('2025-10-09T10:00+08:00'), calendar)).toEqual({ state: 'open', date: '2025-10-09', until: '17:00' });
  });

  test('a canteen open on public holidays keeps its weekday hours on National Day', () => {
    const hours = { ...canteen, publicHolidays: 'open' as const };
    expect(statusAt(hours, at('2025-10-01T12:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '13:00', holidayName: '国庆节' });
  });

  test('after supper on 30 September 2025 the next opening is not guessed when the holiday rule is unknown', () => {
    const hours = { ...canteen, publicHolidays: 'unknown' as const };
    expect(statusAt(hours, at('2025-09-30T19:00+08:00'), calendar)).toEqual({ state: 'closed', date: '2025-09-30' });
  });
});

describe('midnight', () => {
  test('the last minute of 30 September 2025 is an ordinary evening and the first minute of 1 October is already National Day', () => {
    const hours = { ...careHome, publicHolidays: 'closed' as const };
    expect(statusAt(hours, at('2025-09-30T23:59+08:00'), calendar)).toMatchObject({ state: 'open', until: '24:00' });
    expect(statusAt(hours, at('2025-10-01T00:00+08:00'), calendar)).toMatchObject({ state: 'closed-today', reason: 'holiday', date: '2025-10-01' });
  });

  test('a period ending at 24:00 is open at 23:59 and closed at 00:00 the next day', () => {
    const hours = hoursOf({ periods: [{ days: [2], open: '20:00', close: '24:00' }], publicHolidays: 'open' });
    expect(statusAt(hours, at('2025-10-14T23:59+08:00'), calendar)).toMatchObject({ state: 'open', until: '24:00' });
    expect(statusAt(hours, at('2025-10-15T00:00+08:00'), calendar)).toMatchObject({
      state: 'closed-today',
      date: '2025-10-15',
      nextOpen: { date: '2025-10-21', time: '20:00' },
    });
  });

  test('a night shift from 18:00 to 08:00 is open at 23:00 until 08:00 the next morning', () => {
    const hours = hoursOf({
      periods: [
        { days: [1, 2, 3, 4, 5, 6, 7], open: '18:00', close: '24:00' },
        { days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '08:00' },
      ],
      publicHolidays: 'open',
    });
    expect(statusAt(hours, at('2025-10-14T23:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '08:00', untilDate: '2025-10-15' });
    expect(statusAt(hours, at('2025-10-15T08:00+08:00'), calendar)).toMatchObject({ state: 'opens-later', opensAt: '18:00' });
  });

  test('an opening from Monday evening through all of Tuesday ends at midnight on Tuesday', () => {
    const hours = hoursOf({
      periods: [
        { days: [1], open: '20:00', close: '24:00' },
        { days: [2], open: '00:00', close: '24:00' },
      ],
      publicHolidays: 'open',
    });
    expect(statusAt(hours, at('2025-10-13T21:00+08:00'), calendar)).toMatchObject({ state: 'open', until: '24:00', untilDate: '2025-10-14' });
  });

  test('a care home open round the clock has no closing time', () => {
    const status = statusAt(careHome, at('2025-10-01T03:00+08:00'), calendar);
    expect(status.state).toBe('open');
    expect(status.until).toBeUndefined();
  });
});

describe('viewers in other time zones', () => {
  const lunchtime = '2025-10-09T04:30:00Z'; // 12:30 in Shanghai

  test('an instant written in UTC gives the Shanghai answer: lunch is on at 04:30 UTC', () => {
    expect(statusAt(canteen, at(lunchtime), calendar)).toMatchObject({ state: 'open', until: '13:00', date: '2025-10-09' });
  });

  test('a viewer whose device runs on New York or Rome time sees the same status as one in Wenzhou', () => {
    const inWenzhou = statusAt(canteen, at(lunchtime), calendar);
    for (const zone of ['America/New_York', 'Europe/Rome']) {
      process.env.TZ = zone;
      expect(statusAt(canteen, at(lunchtime), calendar), zone).toEqual(inWenzhou);
    }
  });

  test('an evening of 30 September in New York is already National Day in Shanghai', () => {
    process.env.TZ = 'America/New_York';
    const instant = at('2025-09-30T13:00:00-04:00');
    expect(instant.getDate()).toBe(30); // the viewer's own clock still says 30 September
    expect(statusAt(canteen, instant, calendar)).toMatchObject({ state: 'closed-today', reason: 'holiday', date: '2025-10-01' });
  });

  test('a viewer east of Shanghai, in Auckland, sees the same status as one in Wenzhou', () => {
    const inWenzhou = statusAt(canteen, at(lunchtime), calendar);
    process.env.TZ = 'Pacific/Auckland';
    expect(statusAt(canteen, at(lunchtime), calendar)).toEqual(inWenzhou);
  });

  test('at 00:30 on 1 October in Auckland it is still the evening of 30 September in Shanghai: the day is over, and the next opening is after the National Day break', () => {
    process.env.TZ = 'Pacific/Auckland';
    // Auckland keeps daylight time (UTC+13) from late September, five hours ahead of Shanghai.
    const instant = at('2025-10-01T00:30:00+13:00');
    expect(instant.getDate()).toBe(1); // the viewer's own clock already says 1 October, a holiday
    expect(statusAt(canteen, instant, calendar)).toEqual({ state: 'closed', date: '2025-09-30', nextOpen: { date: '2025-10-09', time: '11:00' } });
  });

  test('at 04:00 on Thursday 9 October in Auckland it is still 8 October in Shanghai, the last day of the break', () => {
    process.env.TZ = 'Pacific/Auckland';
    const instant = at('2025-10-09T04:00:00+13:00');
    expect(instant.getDate()).toBe(9);
    expect(statusAt(canteen, instant, calendar)).toMatchObject({ state: 'closed-today', reason: 'holiday', date: '2025-10-08', nextOpen: { date: '2025-10-09', time: '11:00' } });
  });

  test('08:30 on a Thursday morning in Rome is 14:30 in Shanghai, between lunch and supper', () => {
    process.env.TZ = 'Europe/Rome';
    const instant = at('2025-10-09T08:30:00+02:00');
    expect(instant.getHours()).toBe(8);
    expect(statusAt(canteen, instant, calendar)).toMatchObject({ state: 'opens-later', opensAt: '16:30', meal: 'supper' });
  });
});

describe('past the published holiday arrangement', () => {
  test('a canteen closed on holidays is unknown on a Monday of a year not yet published', () => {
    expect(weekdayOf('2026-03-02')).toBe(1);
    expect(statusAt(canteen, at('2026-03-02T12:00+08:00'), only2025)).toEqual({
      state: 'unknown',
      date: '2026-03-02',
      reason: 'calendar-unknown',
    });
  });

  test('a care home open on holidays that keeps calendar hours is still answered, since no arrangement could change it', () => {
    expect(statusAt(careHome, at('2026-03-02T12:00+08:00'), only2025).state).toBe('open');
  });

  test('a canteen open on holidays is answered on a weekday but unknown on a Saturday that might be a make-up working day', () => {
    const hours = { ...canteen, publicHolidays: 'open' as const };
    expect(statusAt(hours, at('2026-03-02T12:00+08:00'), only2025)).toMatchObject({ state: 'open', until: '13:00' });
    expect(statusAt(hours, at('2026-03-07T12:00+08:00'), only2025)).toMatchObject({ state: 'unknown', reason: 'calendar-unknown' });
  });

  test('the next opening is not guessed past the last known date', () => {
    expect(statusAt(canteen, at('2025-12-31T19:00+08:00'), only2025)).toEqual({ state: 'closed', date: '2025-12-31' });
  });

  test('the day after the package\'s last published year is unknown for a canteen closed on holidays', () => {
    const firstUnknown = addDays(knownUntil(), 1);
    expect(statusAt(canteen, at(`${firstUnknown}T12:00+08:00`), calendar)).toMatchObject({ state: 'unknown', reason: 'calendar-unknown' });
  });
});

describe('before the first date of the calendar', () => {
  test('a canteen closed on holidays is unknown on a date before the table, with its own reason', () => {
    expect(statusAt(canteen, at('2024-10-01T12:00+08:00'), only2025)).toEqual({
      state: 'unknown',
      date: '2024-10-01',
      reason: 'calendar-before',
    });
  });

  test('a care home open on holidays is still answered before the table, since no arrangement could change it', () => {
    expect(statusAt(careHome, at('2024-10-01T12:00+08:00'), only2025).state).toBe('open');
  });
});

describe('facilities without structured hours', () => {
  test('a facility known only from its text is unknown', () => {
    const hours = hoursOf({ periods: [], text: '请电话预约' });
    expect(statusAt(hours, at('2025-10-09T12:00+08:00'), calendar)).toEqual({ state: 'unknown', date: '2025-10-09', reason: 'no-hours' });
  });
});

describe('last verified', () => {
  test('information checked on 15 April 2025 is still current on 15 October 2025, exactly six months later', () => {
    expect(isStale('2025-04-15', '2025-10-15')).toBe(false);
  });

  test('the same information is stale on 16 October 2025', () => {
    expect(isStale('2025-04-15', '2025-10-16')).toBe(true);
  });

  test('a check on 31 August is current until 28 February and stale on 1 March', () => {
    expect(isStale('2025-08-31', '2026-02-28')).toBe(false);
    expect(isStale('2025-08-31', '2026-03-01')).toBe(true);
  });

  test('a shorter limit can be asked for', () => {
    expect(isStale('2025-04-15', '2025-07-16', 3)).toBe(true);
    expect(isStale('2025-04-15', '2025-07-15', 3)).toBe(false);
  });
});
