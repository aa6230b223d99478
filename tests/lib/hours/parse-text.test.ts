import { describe, expect, it } from 'vitest';
import { mealByTime, parseHolidayText, parseHoursText } from '../../../src/lib/hours/parse-text.ts';

/** Periods as "days open-close meal" strings, easy to compare. */
function periods(text: string, inferMeals = false): string[] {
  const r = parseHoursText(text, { inferMeals });
  if (!r.ok) throw new Error(r.error);
  return r.hours.periods.map((p) => `${p.days.join('')} ${p.open}-${p.close}${p.meal ? ` ${p.meal}` : ''}`);
}

describe('parseHoursText', () => {
  it('reads weekdays with a lunch and a supper period', () => {
    expect(periods('周一至周五 11:00-13:00，16:30-18:00')).toEqual(['12345 11:00-13:00', '12345 16:30-18:00']);
  });

  it('reads 每天 as every day of the week', () => {
    expect(periods('每天 10:30-12:30')).toEqual(['1234567 10:30-12:30']);
  });

  it('reads 周一至周六 as Monday to Saturday', () => {
    expect(periods('周一至周六 8:00-17:00')).toEqual(['123456 08:00-17:00']);
  });

  it('reads 工作日 as Monday to Friday and 周末 or 双休日 as Saturday and Sunday', () => {
    expect(periods('工作日 8:30-17:00')).toEqual(['12345 08:30-17:00']);
    expect(periods('周末 9:00-11:00')).toEqual(['67 09:00-11:00']);
    expect(periods('双休日 9:00-11:00')).toEqual(['67 09:00-11:00']);
  });

  it('sets the meal from 午餐 and 晚餐 labels and assumes every day when no days are written', () => {
    const r = parseHoursText('午餐 11:00-12:30；晚餐 16:30-17:30');
    expect(r.ok && r.hours.periods.map((p) => [p.days.length, p.meal])).toEqual([
      [7, 'lunch'],
      [7, 'supper'],
    ]);
    expect(r.ok && r.assumptions.length).toBe(1);
  });

  it('accepts full-width colons, dashes, tildes and 至 between times', () => {
    expect(periods('周一至周五 11：00－12：30，16：30—17：30')).toEqual(['12345 11:00-12:30', '12345 16:30-17:30']);
    expect(periods('每天 8:00~11:00')).toEqual(['1234567 08:00-11:00']);
    expect(periods('星期一至星期五 8:30至17:00')).toEqual(['12345 08:30-17:00']);
    expect(periods('每天 ８:００到１１:００')).toEqual(['1234567 08:00-11:00']);
  });

  it('reads 点 and 点半 and adds twelve hours after 下午', () => {
    expect(periods('周一至周五 上午8点-11点半 下午2:00-5:00')).toEqual(['12345 08:00-11:30', '12345 14:00-17:00']);
  });

  it('reads 全天 and 24小时 as the whole day', () => {
    expect(periods('每天 全天')).toEqual(['1234567 00:00-24:00']);
    expect(periods('每天 24小时')).toEqual(['1234567 00:00-24:00']);
  });

  it('assumes nothing for times followed by the days closed: “11:00-13:00（周末休息）” is Monday to Friday', () => {
    const r = parseHoursText('11:00-13:00（周末休息）');
    expect(r.ok && r.hours.periods.map((p) => p.days)).toEqual([[1, 2, 3, 4, 5]]);
    expect(r.ok && r.assumptions).toEqual([]);
  });

  it('still says it assumed every day when times have no days and no day off', () => {
    const r = parseHoursText('11:00-13:00');
    expect(r.ok && r.assumptions).toEqual([expect.stringContaining('按每天开放处理')]);
  });

  it('reads a list of days and a day off', () => {
    expect(periods('周一、三、五 8:00-11:00')).toEqual(['135 08:00-11:00']);
    expect(periods('每天 8:00-17:00，周一休息')).toEqual(['234567 08:00-17:00']);
  });

  it('reads different hours on different days', () => {
    expect(periods('周一至周五 8:00-12:00 周六 8:00-11:00')).toEqual(['12345 08:00-12:00', '6 08:00-11:00']);
  });

  it('reads the public-holiday rule from the text', () => {
    const closed = parseHoursText('周一至周五 8:30-17:00，节假日休息');
    const open = parseHoursText('每天 11:00-12:30 节假日照常');
    const unsaid = parseHoursText('每天 11:00-12:30');
    expect(closed.ok && closed.hours.publicHolidays).toBe('closed');
    expect(open.ok && open.hours.publicHolidays).toBe('open');
    expect(unsaid.ok && unsaid.hours.publicHolidays).toBe('unknown');
  });

  it('reads 节假日休息 on its own as a rule without periods', () => {
    const r = parseHoursText('节假日休息');
    expect(r.ok && r.hours).toMatchObject({ periods: [], publicHolidays: 'closed' });
  });

  it('reads 全年无休 as every day and open on holidays', () => {
    const r = parseHoursText('全年无休 7:00-19:00');
    expect(r.ok && r.hours.publicHolidays).toBe('open');
    expect(periods('全年无休 7:00-19:00')).toEqual(['1234567 07:00-19:00']);
  });

  it('reads a 调休 rule', () => {
    const r = parseHoursText('周一至周五 8:00-17:00 调休日按实际星期');
    expect(r.ok && r.hours.adjustedWorkdays).toBe('calendar');
  });

  it('infers lunch and supper for canteens from the time of day, but not for long opening hours', () => {
    expect(periods('周一至周五 11:00-13:00，16:30-18:00', true)).toEqual(['12345 11:00-13:00 lunch', '12345 16:30-18:00 supper']);
    expect(periods('每天 7:00-8:30', true)).toEqual(['1234567 07:00-08:30 breakfast']);
    expect(periods('每天 8:00-17:00', true)).toEqual(['1234567 08:00-17:00']);
    expect(mealByTime('10:30', '12:30')).toBe('lunch');
  });

  it('keeps the text as written', () => {
    const r = parseHoursText(' 每天 10:30-12:30 ');
    expect(r.ok && r.hours.text).toBe('每天 10:30-12:30');
  });

  it('rejects text it cannot read and quotes the accepted form', () => {
    const r = parseHoursText('看心情');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('周一至周五 11:00-13:00');
  });

  it('rejects days without a time and a period that ends before it starts', () => {
    expect(parseHoursText('周一至周五').ok).toBe(false);
    expect(parseHoursText('每天 12:00-11:00').ok).toBe(false);
  });

  it('returns no periods and no error for an empty cell', () => {
    const r = parseHoursText('');
    expect(r.ok && r.hours.periods).toEqual([]);
  });
});

describe('parseHolidayText', () => {
  it('reads the 节假日 column', () => {
    expect(parseHolidayText('节假日休息')).toEqual({ ok: true, publicHolidays: 'closed' });
    expect(parseHolidayText('照常')).toEqual({ ok: true, publicHolidays: 'open' });
    expect(parseHolidayText('')).toEqual({ ok: true, publicHolidays: 'unknown' });
    expect(parseHolidayText('法定节假日不开放，调休日按实际星期')).toEqual({ ok: true, publicHolidays: 'closed', adjustedWorkdays: 'calendar' });
  });

  it('rejects other words', () => {
    expect(parseHolidayText('看情况').ok).toBe(false);
  });
});
