import { describe, expect, test } from 'vitest';
import { calendarFromTable } from '../../../src/lib/hours/calendar-table.ts';
import { chineseDaysCalendar, holidayTable } from '../../../src/lib/hours/calendar.ts';
import { statusAt } from '../../../src/lib/hours/evaluate.ts';
import { describeHours, formatStatus } from '../../../src/lib/hours/format.ts';
import { at, canteen, careHome, centre, hoursOf } from '../../fixtures/hours.ts';

const calendar = chineseDaysCalendar;
const only2025 = calendarFromTable(holidayTable(2025, 2025));

/** The status line of `hours` at an instant, in both languages. */
function line(hours: Parameters<typeof statusAt>[0], iso: string, cal = calendar) {
  const status = statusAt(hours, at(iso), cal);
  return { zh: formatStatus(status, 'zh-CN'), en: formatStatus(status, 'en') };
}

describe('the status line', () => {
  test('an open centre reads “营业中，17:00 结束”', () => {
    expect(line(centre, '2025-10-09T10:00+08:00')).toEqual({ zh: '营业中，17:00 结束', en: 'Open, closes at 17:00' });
  });

  test('a canteen at lunch names the meal', () => {
    expect(line(canteen, '2025-10-09T12:00+08:00')).toEqual({ zh: '午餐供应中，13:00 结束', en: 'Lunch now, until 13:00' });
  });

  test('a canteen between lunch and supper says when supper starts', () => {
    expect(line(canteen, '2025-10-09T14:00+08:00')).toEqual({ zh: '今天 16:30 开始供应晚餐', en: 'Supper from 16:30 today' });
  });

  test('a centre before opening says “今天 08:00 开门”', () => {
    expect(line(centre, '2025-10-09T07:00+08:00')).toEqual({ zh: '今天 08:00 开门', en: 'Opens today at 08:00' });
  });

  test('after supper the line says the day is over and opens tomorrow', () => {
    expect(line(canteen, '2025-10-09T18:30+08:00')).toEqual({
      zh: '今天已结束营业；明天 11:00 开门',
      en: 'Closed for the day; opens tomorrow at 11:00',
    });
  });

  test('on National Day the line names the holiday and the date it opens again', () => {
    expect(line(canteen, '2025-10-01T12:00+08:00')).toEqual({
      zh: '今天休息（国庆节）；10月9日（周四） 11:00 开门',
      en: 'Closed today (National Day); opens Thu 9 Oct at 11:00',
    });
  });

  test('on a Sunday the line says closed today and opens on Monday', () => {
    expect(line(canteen, '2025-10-12T09:00+08:00')).toEqual({ zh: '今天休息；明天 11:00 开门', en: 'Closed today; opens tomorrow at 11:00' });
  });

  test('on a make-up working day the line says so', () => {
    expect(line(canteen, '2025-10-11T12:00+08:00')).toEqual({
      zh: '午餐供应中，13:00 结束（调休上班日）',
      en: 'Lunch now, until 13:00 (make-up working day)',
    });
  });

  test('an unknown holiday rule asks people to phone first', () => {
    expect(line(centre, '2025-10-02T10:00+08:00')).toEqual({
      zh: '节假日安排未知（国庆节），请先打电话',
      en: 'Holiday opening not known (National Day): phone first',
    });
  });

  test('past the calendar’s last year the line says the site does not have that year yet, not that it is unpublished', () => {
    expect(line(canteen, '2026-03-02T12:00+08:00', only2025)).toEqual({
      zh: '本站尚未收录 2026 年的节假日安排，请先打电话确认',
      en: 'This site does not have the 2026 public-holiday arrangement yet: phone first to check',
    });
  });

  test('before the calendar’s first date the line says there is no data for that year and to check the device’s date', () => {
    expect(line(canteen, '2024-10-01T12:00+08:00', only2025)).toEqual({
      zh: '本页没有 2024 年的节假日数据，请核对手机日期，或先打电话确认',
      en: "This page has no public-holiday data for 2024: check your device's date, or phone first to check",
    });
  });

  test('a facility known only from its text asks people to phone first', () => {
    expect(line(hoursOf({ periods: [], text: '电话预约' }), '2025-10-09T12:00+08:00').zh).toBe('营业时间不详，请先打电话');
  });

  test('a care home open round the clock reads “24 小时营业”', () => {
    expect(line(careHome, '2025-10-09T03:00+08:00')).toEqual({ zh: '24 小时营业', en: 'Open 24 hours' });
  });

  test('a night shift names the morning it ends', () => {
    const hours = hoursOf({
      periods: [
        { days: [1, 2, 3, 4, 5, 6, 7], open: '18:00', close: '24:00' },
        { days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '08:00' },
      ],
      publicHolidays: 'open',
    });
    expect(line(hours, '2025-10-14T23:00+08:00')).toEqual({ zh: '营业中，明天 08:00 结束', en: 'Open, closes tomorrow at 08:00' });
  });
});

describe('the weekly summary', () => {
  test('a weekday canteen reads “周一至周五 午餐 11:00–13:00、晚餐 16:30–18:00；法定节假日休息”', () => {
    expect(describeHours(canteen, 'zh-CN')).toBe('周一至周五 午餐 11:00–13:00、晚餐 16:30–18:00；法定节假日休息');
    expect(describeHours(canteen, 'en')).toBe('Mon–Fri 11:00–13:00 (Lunch), 16:30–18:00 (Supper); Closed on public holidays');
  });

  test('different weekend hours get their own group, and two days are listed rather than ranged', () => {
    const hours = hoursOf({
      periods: [
        { days: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' },
        { days: [6, 7], open: '09:00', close: '11:00' },
      ],
      publicHolidays: 'open',
    });
    expect(describeHours(hours, 'zh-CN')).toBe('周一至周五 08:00–17:00；周六、周日 09:00–11:00；法定节假日照常开放');
  });

  test('scattered days are listed one by one', () => {
    const hours = hoursOf({ periods: [{ days: [1, 3, 5], open: '09:00', close: '11:00' }] });
    expect(describeHours(hours, 'zh-CN')).toBe('周一、周三、周五 09:00–11:00；节假日是否开放未说明，请先打电话');
  });

  test('a facility open all week reads “每天”', () => {
    expect(describeHours(careHome, 'zh-CN')).toBe('每天 00:00–24:00；法定节假日照常开放');
  });

  test('a weekday canteen that keeps calendar hours says it is closed on make-up working days', () => {
    expect(describeHours({ ...canteen, adjustedWorkdays: 'calendar' }, 'zh-CN')).toBe(
      '周一至周五 午餐 11:00–13:00、晚餐 16:30–18:00；法定节假日休息；调休上班日（周末）休息',
    );
  });

  test('without structured periods the source text is shown as written', () => {
    expect(describeHours(hoursOf({ periods: [], text: ' 每周二、四上午 ' }), 'zh-CN')).toBe('每周二、四上午');
    expect(describeHours(hoursOf({ periods: [] }), 'en')).toBe('Opening hours not known');
  });
});
