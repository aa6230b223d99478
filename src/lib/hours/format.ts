/**
 * Opening hours in words: the status line of a card (“营业中，13:00 结束”) and a short
 * summary of the weekly hours (“周一至周五 午餐 11:00–13:00；法定节假日休息”).
 * Strings come from src/i18n/*.json (keys `hours.*`, `meal.*`, `weekday.*`, `facility.holidays.*`).
 */
import { t, type Lang, type MessageKey } from '../../i18n/index.ts';
import type { IsoDate } from '../../schemas/common.ts';
import type { OpeningHours, Weekday } from '../../schemas/hours.ts';
import { typicalWeekdayPeriods, weeklyPeriods, type DayPeriod, type HoursStatus } from './evaluate.ts';
import { addDays, weekdayOf } from './local-time.ts';

const englishMonth = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

function weekdayName(lang: Lang, weekday: Weekday): string {
  return t(lang, `weekday.${weekday}` as MessageKey);
}

/** “明天” when `date` follows `today`, else “10月9日（周四）” / “Thu 9 Oct”. */
function dayLabel(lang: Lang, date: IsoDate, today: IsoDate): string {
  if (date === addDays(today, 1)) return t(lang, 'hours.day.tomorrow');
  const noon = new Date(`${date}T12:00:00Z`);
  return t(lang, 'hours.day.date', {
    month: lang === 'en' ? englishMonth.format(noon) : noon.getUTCMonth() + 1,
    day: noon.getUTCDate(),
    weekday: weekdayName(lang, weekdayOf(date)),
  });
}

/** A date in full, for “as arranged on” lines: “2026 年 12 月 3 日”, “3 Dec 2026”. */
export function longDate(date: IsoDate, lang: Lang): string {
  const noon = new Date(`${date}T12:00:00Z`);
  return t(lang, 'hours.date.long', {
    year: noon.getUTCFullYear(),
    month: lang === 'en' ? englishMonth.format(noon) : noon.getUTCMonth() + 1,
    day: noon.getUTCDate(),
  });
}

/** The status line for a card: “营业中，13:00 结束”, “今天 16:30 开门”, “今天休息（国庆节）；10月9日（周四） 11:00 开门”. */
export function formatStatus(status: HoursStatus, lang: Lang): string {
  const holiday = (lang === 'en' ? status.holidayNameEn : undefined) ?? status.holidayName;
  const meal = status.meal === undefined ? undefined : t(lang, `meal.${status.meal}`);
  const adjusted = status.reason === 'adjusted-workday' ? t(lang, 'hours.status.adjustedWorkday') : '';

  switch (status.state) {
    case 'unknown':
      if (status.reason === 'holiday' && holiday !== undefined) return t(lang, 'hours.status.unknownHoliday', { holiday });
      if (status.reason === 'calendar-unknown') return t(lang, 'hours.status.unknownCalendar', { year: status.date.slice(0, 4) });
      if (status.reason === 'calendar-before') return t(lang, 'hours.status.unknownCalendarBefore', { year: status.date.slice(0, 4) });
      return t(lang, 'hours.status.unknownHours');
    case 'open': {
      if (status.until === undefined) return t(lang, 'hours.status.openAllDay');
      if (status.untilDate !== undefined) {
        return t(lang, 'hours.status.openUntilDay', { day: dayLabel(lang, status.untilDate, status.date), until: status.until }) + adjusted;
      }
      const line = meal === undefined ? t(lang, 'hours.status.open', { until: status.until }) : t(lang, 'hours.status.openMeal', { meal, until: status.until });
      return line + adjusted;
    }
    case 'opens-later': {
      const time = status.opensAt ?? '';
      const line = meal === undefined ? t(lang, 'hours.status.opensLater', { time }) : t(lang, 'hours.status.opensLaterMeal', { meal, time });
      return line + adjusted;
    }
    case 'closed':
    case 'closed-today': {
      let line: string;
      if (status.state === 'closed') line = t(lang, 'hours.status.closed') + adjusted;
      else if (status.reason === 'holiday' && holiday !== undefined) line = t(lang, 'hours.status.closedHoliday', { holiday });
      else line = t(lang, 'hours.status.closedToday');
      if (status.nextOpen === undefined) return line;
      const next = t(lang, 'hours.status.next', { day: dayLabel(lang, status.nextOpen.date, status.date), time: status.nextOpen.time });
      return line + t(lang, 'hours.separator') + next;
    }
  }
}

function periodText(lang: Lang, period: DayPeriod): string {
  const range = { from: period.open, to: period.close };
  return period.meal === undefined ? t(lang, 'hours.period', range) : t(lang, 'hours.periodMeal', { ...range, meal: t(lang, `meal.${period.meal}`) });
}

/** “周一至周五”, “周六、周日”, “每天”: runs of three or more days become a range. */
function daysText(lang: Lang, days: Weekday[]): string {
  if (days.length === 7) return t(lang, 'hours.everyDay');
  const runs: Weekday[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run !== undefined && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) => {
    const first = run[0];
    const last = run.at(-1);
    if (run.length >= 3 && first !== undefined && last !== undefined) {
      return [t(lang, 'hours.dayRange', { from: weekdayName(lang, first), to: weekdayName(lang, last) })];
    }
    return run.map((day) => weekdayName(lang, day));
  });
  return parts.join(t(lang, 'hours.list'));
}

/**
 * A short text of the weekly hours and the holiday rule, e.g.
 * “周一至周五 午餐 11:00–13:00、晚餐 16:30–18:00；法定节假日休息”.
 * Days without periods are left out. With no structured periods, the source's own text.
 */
export function describeHours(hours: OpeningHours, lang: Lang): string {
  if (hours.periods.length === 0) return hours.text.trim() || t(lang, 'hours.unknown');
  const groups = new Map<string, { days: Weekday[]; periods: DayPeriod[] }>();
  for (const day of [1, 2, 3, 4, 5, 6, 7] as const) {
    const periods = weeklyPeriods(hours, day);
    if (periods.length === 0) continue;
    const key = JSON.stringify(periods);
    const group = groups.get(key);
    if (group) group.days.push(day);
    else groups.set(key, { days: [day], periods });
  }
  const parts = [...groups.values()].map(
    (group) => `${daysText(lang, group.days)} ${group.periods.map((p) => periodText(lang, p)).join(t(lang, 'hours.list'))}`,
  );
  parts.push(t(lang, `facility.holidays.${hours.publicHolidays}`));

  // The default rule (weekday hours on 调休 days) is what people expect and is often only assumed,
  // so only the explicit opposite is worth a word, and only when weekends differ from weekdays.
  if (hours.adjustedWorkdays === 'calendar') {
    const weekday = JSON.stringify(typicalWeekdayPeriods(hours) ?? []);
    const saturday = weeklyPeriods(hours, 6);
    const sunday = weeklyPeriods(hours, 7);
    if (JSON.stringify(saturday) !== weekday || JSON.stringify(sunday) !== weekday) {
      const weekendClosed = saturday.length === 0 && sunday.length === 0;
      parts.push(t(lang, weekendClosed ? 'hours.adjusted.calendarClosed' : 'hours.adjusted.calendar'));
    }
  }
  return parts.join(t(lang, 'hours.separator'));
}
