import { describe, expect, it } from 'vitest';
import { OpeningHours, WeeklyPeriod } from '../../src/schemas/hours.ts';

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (r.success ? [] : (r.error?.issues ?? []).map((i) => i.path.join('.')));

describe('WeeklyPeriod schema', () => {
  it('accepts Monday to Friday 11:00–12:30 for lunch', () => {
    expect(paths(WeeklyPeriod.safeParse({ days: [1, 2, 3, 4, 5], open: '11:00', close: '12:30', meal: 'lunch' }))).toEqual([]);
  });

  it('rejects a close before the open', () => {
    expect(paths(WeeklyPeriod.safeParse({ days: [1], open: '13:00', close: '11:00' }))).toEqual(['close']);
  });

  it('rejects a time not written HH:MM', () => {
    expect(paths(WeeklyPeriod.safeParse({ days: [1], open: '8:00', close: '11:00' }))).toEqual(['open']);
    expect(paths(WeeklyPeriod.safeParse({ days: [1], open: '08:00', close: '24:30' }))).toEqual(['close']);
  });

  it('rejects a day outside 1–7 and an empty list of days', () => {
    expect(paths(WeeklyPeriod.safeParse({ days: [0], open: '08:00', close: '11:00' }))).toEqual(['days.0']);
    expect(paths(WeeklyPeriod.safeParse({ days: [], open: '08:00', close: '11:00' }))).toEqual(['days']);
  });

  it('rejects a meal other than breakfast, lunch and supper', () => {
    expect(paths(WeeklyPeriod.safeParse({ days: [1], open: '08:00', close: '11:00', meal: 'brunch' }))).toEqual(['meal']);
  });
});

describe('OpeningHours schema', () => {
  it('fills in unknown holidays and weekday hours on make-up working days', () => {
    const r = OpeningHours.parse({ periods: [], text: '' });
    expect([r.publicHolidays, r.adjustedWorkdays]).toEqual(['unknown', 'weekday-hours']);
  });

  it('rejects an unknown holiday rule', () => {
    expect(paths(OpeningHours.safeParse({ periods: [], publicHolidays: 'sometimes', text: '' }))).toEqual(['publicHolidays']);
  });
});
