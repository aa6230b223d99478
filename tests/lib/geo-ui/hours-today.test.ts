import { describe, expect, it } from 'vitest';
import { shanghaiWeekday, todaysPeriods } from '../../../src/lib/geo-ui/hours-today.ts';

const hours = {
  periods: [
    { days: [1, 2, 3, 4, 5], open: '16:30', close: '18:00', meal: 'supper' as const },
    { days: [1, 2, 3, 4, 5], open: '11:00', close: '12:30', meal: 'lunch' as const },
    { days: [6], open: '11:00', close: '12:00' },
  ],
  publicHolidays: 'closed' as const,
  adjustedWorkdays: 'weekday-hours' as const,
  text: '',
};

describe("today's hours on the Shanghai clock", () => {
  it('late Sunday evening in UTC is already Monday in Shanghai', () => {
    expect(shanghaiWeekday(new Date('2026-11-22T17:00:00Z'))).toBe(1);
    expect(shanghaiWeekday(new Date('2026-11-22T15:59:00Z'))).toBe(7);
  });

  it("lists a weekday's periods in time order", () => {
    expect(todaysPeriods(hours, new Date('2026-11-23T02:00:00Z'))).toEqual(['11:00–12:30', '16:30–18:00']);
  });

  it('a day without periods gives none', () => {
    expect(todaysPeriods(hours, new Date('2026-11-22T02:00:00Z'))).toEqual([]);
  });
});
