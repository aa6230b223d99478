/**
 * Opening hours in words: the status line of a card (“营业中，13:00 结束”) and a short
 * summary of the weekly hours (“周一至周五 午餐 11:00–13:00；法定节假日休息”), from a
 * language's strings (keys `hours.*`, `meal.*`, `weekday.*`, `facility.holidays.*`, listed in
 * HOURS_MESSAGE_PREFIXES). Without the message files, so the map island ships one language
 * (format.ts binds these to src/i18n for pages built on the server).
 */
import type { Translate } from '../../i18n/translate.ts';
import type { IsoDate } from '../../schemas/common.ts';
import type { OpeningHours, Weekday } from '../../schemas/hours.ts';
import { typicalWeekdayPeriods, weeklyPeriods, type DayPeriod, type HoursStatus } from './evaluate.ts';
import { addDays, weekdayOf } from './local-time.ts';

/** The keys these functions read, by prefix (for an island's message subset). */
export const HOURS_MESSAGE_PREFIXES = ['hours.', 'meal.', 'weekday.', 'facility.holidays.'] as const;

/** A language's strings for hours: its code (English months and holiday names) and its translator. */
export interface HoursWords {
  lang: 'zh-CN' | 'en';
  t: Translate;
}

const englishMonth = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

function weekdayName(w: HoursWords, weekday: Weekday): string {
  return w.t(`weekday.${weekday}`);
}

/** “明天” when `date` follows `today`, else “10月9日（周四）” / “Thu 9 Oct”. */
function dayLabel(w: HoursWords, date: IsoDate, today: IsoDate): string {
  if (date === addDays(today, 1)) return w.t('hours.day.tomorrow');
  const noon = new Date(`${date}T12:00:00Z`);
  return w.t('hours.day.date', {
    month: w.lang === 'en' ? englishMonth.format(noon) : noon.getUTCMonth() + 1,
    day: noon.getUTCDate(),
    weekday: weekdayName(w, weekdayOf(date)),
  });
}

/** A date in full, for “as arranged on” lines: “2026 年 12 月 3 日”, “3 Dec 2026”. */
export function longDateIn(w: HoursWords, date: IsoDate): string {
  const noon = new Date(`${date}T12:00:00Z`);
  return w.t('hours.date.long', {
    year: noon.getUTCFullYear(),
    month: w.lang === 'en' ? englishMonth.format(noon) : noon.getUTCMonth() + 1,
    day: noon.getUTCDate(),
  });
}

/** The status line for a card: “营业中，13:00 结束”, “今天 16:30 开门”, “今天休息（国庆节）；10月9日（周四） 11:00 开门”. */
export function formatStatusIn(w: HoursWords, status: HoursStatus): string {
  const holiday = (w.lang === 'en' ? status.holidayNameEn : undefined) ?? status.holidayName;
  const meal = status.meal === undefined ? undefined : w.t(`meal.${status.meal}`);
  const adjusted = status.reason === 'adjusted-workday' ? w.t('hours.status.adjustedWorkday') : '';

  switch (status.state) {
    case 'unknown':
      if (status.reason === 'holiday' && holiday !== undefined) return w.t('hours.status.unknownHoliday', { holiday });
      if (status.reason === 'calendar-unknown') return w.t('hours.status.unknownCalendar', { year: status.date.slice(0, 4) });
      if (status.reason === 'calendar-before') return w.t('hours.status.unknownCalendarBefore', { year: status.date.slice(0, 4) });
      return w.t('hours.status.unknownHours');
    case 'open': {
      if (status.until === undefined) return w.t('hours.status.openAllDay');
      if (status.untilDate !== undefined) {
        return w.t('hours.status.openUntilDay', { day: dayLabel(w, status.untilDate, status.date), until: status.until }) + adjusted;
      }
      const line = meal === undefined ? w.t('hours.status.open', { until: status.until }) : w.t('hours.status.openMeal', { meal, until: status.until });
      return line + adjusted;
    }
    case 'opens-later': {
      const time = status.opensAt ?? '';
      const line = meal === undefined ? w.t('hours.status.opensLater', { time }) : w.t('hours.status.opensLaterMeal', { meal, time });
      return line + adjusted;
    }
    case 'closed':
    case 'closed-today': {
      let line: string;
      if (status.state === 'closed') line = w.t('hours.status.closed') + adjusted;
      else if (status.reason === 'holiday' && holiday !== undefined) line = w.t('hours.status.closedHoliday', { holiday });
      else line = w.t('hours.status.closedToday');
      if (status.nextOpen === undefined) return line;
      const next = w.t('hours.status.next', { day: dayLabel(w, status.nextOpen.date, status.date), time: status.nextOpen.time });
      return line + w.t('hours.separator') + next;
    }
  }
}

function periodText(w: HoursWords, period: DayPeriod): string {
  const range = { from: period.open, to: period.close };
  return period.meal === undefined ? w.t('hours.period', range) : w.t('hours.periodMeal', { ...range, meal: w.t(`meal.${period.meal}`) });
}

/** “周一至周五”, “周六、周日”, “每天”: runs of three or more days become a range. */
function daysText(w: HoursWords, days: Weekday[]): string {
  if (days.length === 7) return w.t('hours.everyDay');
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
      return [w.t('hours.dayRange', { from: weekdayName(w, first), to: weekdayName(w, last) })];
    }
    return run.map((day) => weekdayName(w, day));
  });
  return parts.join(w.t('hours.list'));
}

/**
 * A short text of the weekly hours and the holiday rule, e.g.
 * “周一至周五 午餐 11:00–13:00、晚餐 16:30–18:00；法定节假日休息”.
 * Days without periods are left out. With no structured periods, the source's own text.
 */
export function describeHoursIn(w: HoursWords, hours: OpeningHours): string {
  if (hours.periods.length === 0) return hours.text.trim() || w.t('hours.unknown');
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
    (group) => `${daysText(w, group.days)} ${group.periods.map((p) => periodText(w, p)).join(w.t('hours.list'))}`,
  );
  parts.push(w.t(`facility.holidays.${hours.publicHolidays}`));

  // The default rule (weekday hours on 调休 days) is what people expect and is often only assumed,
  // so only the explicit opposite is worth a word, and only when weekends differ from weekdays.
  if (hours.adjustedWorkdays === 'calendar') {
    const weekday = JSON.stringify(typicalWeekdayPeriods(hours) ?? []);
    const saturday = weeklyPeriods(hours, 6);
    const sunday = weeklyPeriods(hours, 7);
    if (JSON.stringify(saturday) !== weekday || JSON.stringify(sunday) !== weekday) {
      const weekendClosed = saturday.length === 0 && sunday.length === 0;
      parts.push(w.t(weekendClosed ? 'hours.adjusted.calendarClosed' : 'hours.adjusted.calendar'));
    }
  }
  return parts.join(w.t('hours.separator'));
}
