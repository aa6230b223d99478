import { describe, expect, it } from 'vitest';
import { daysText, mealTimeLines } from '../../../src/lib/print/meals.ts';
import { OpeningHours } from '../../../src/schemas/hours.ts';

const hours = (periods: unknown[], publicHolidays = 'unknown') => OpeningHours.parse({ periods, publicHolidays, text: '' });

describe('meal times on paper', () => {
  it('writes the days once when every meal has the same days, then one line per meal in meal order', () => {
    const h = hours([
      { days: [1, 2, 3, 4, 5], open: '16:30', close: '18:00', meal: 'supper' },
      { days: [1, 2, 3, 4, 5], open: '11:00', close: '12:30', meal: 'lunch' },
    ]);
    expect(mealTimeLines(h, 'zh-CN')).toEqual(['周一至周五', '午餐 11:00–12:30', '晚餐 16:30–18:00']);
  });

  it('puts the days after each meal when they differ, and says when holidays are closed', () => {
    const h = hours(
      [
        { days: [1, 2, 3, 4, 5, 6, 7], open: '11:00', close: '12:30', meal: 'lunch' },
        { days: [1, 3, 5], open: '16:30', close: '18:00', meal: 'supper' },
      ],
      'closed',
    );
    expect(mealTimeLines(h, 'zh-CN')).toEqual(['午餐 11:00–12:30（每天）', '晚餐 16:30–18:00（周一、周三、周五）', '节假日休息']);
  });

  it('has nothing to say for a facility without meal periods', () => {
    expect(mealTimeLines(hours([{ days: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' }]), 'zh-CN')).toEqual([]);
  });

  it('names days in English too', () => {
    expect(daysText([6, 7], 'en')).not.toMatch(/周/);
    expect(daysText([1, 2, 3, 4, 5, 6, 7], 'zh-CN')).toBe('每天');
  });

  it('writes English times without a leading zero and English brackets', () => {
    const lines = mealTimeLines(hours([{ days: [1, 2, 3, 4, 5], open: '07:00', close: '08:30', meal: 'breakfast' }, { days: [6], open: '11:00', close: '12:30', meal: 'lunch' }]), 'en');
    expect(lines).toEqual(['Breakfast 7:00–8:30 (Mon–Fri)', 'Lunch 11:00–12:30 (Sat)']);
  });
});

