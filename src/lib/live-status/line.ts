/**
 * The status line of a card (“午餐供应中，13:00 结束”), written from a small dictionary of
 * templates instead of the full interface JSON, so the browser can refresh it without
 * loading every string of the site.
 *
 * It says exactly what `formatStatus` (src/lib/hours/format.ts) says; a unit test compares
 * the two over many instants and both languages. The dictionary comes from `statusWords`
 * (words.ts), rendered into the page at build time.
 * Browser-safe: no Node APIs, no i18n import.
 */
import type { IsoDate } from '../../schemas/common.ts';
import type { HoursStatus } from '../hours/evaluate.ts';
import { addDays, weekdayOf } from '../hours/local-time.ts';

/** The interface strings the status line needs, by their i18n key. */
export const STATUS_WORD_KEYS = [
  'hours.status.open',
  'hours.status.openMeal',
  'hours.status.openUntilDay',
  'hours.status.openAllDay',
  'hours.status.opensLater',
  'hours.status.opensLaterMeal',
  'hours.status.closed',
  'hours.status.closedToday',
  'hours.status.closedHoliday',
  'hours.status.next',
  'hours.status.adjustedWorkday',
  'hours.status.unknownHoliday',
  'hours.status.unknownCalendar',
  'hours.status.unknownCalendarBefore',
  'hours.status.unknownHours',
  'hours.day.tomorrow',
  'hours.day.date',
  'hours.separator',
  'meal.breakfast',
  'meal.lunch',
  'meal.supper',
  'weekday.1',
  'weekday.2',
  'weekday.3',
  'weekday.4',
  'weekday.5',
  'weekday.6',
  'weekday.7',
] as const;

export type StatusWordKey = (typeof STATUS_WORD_KEYS)[number];

/** The templates of one language, plus whether months are written as English names. */
export interface StatusWords {
  /** `en` writes months as “Oct”, `zh-CN` as numbers. */
  lang: 'zh-CN' | 'en';
  /** Template of each key, with {placeholders}. */
  words: Record<StatusWordKey, string>;
}

const englishMonth = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

function fill(words: StatusWords, key: StatusWordKey, params: Record<string, string | number> = {}): string {
  return words.words[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

function dayLabel(words: StatusWords, date: IsoDate, today: IsoDate): string {
  if (date === addDays(today, 1)) return fill(words, 'hours.day.tomorrow');
  const noon = new Date(`${date}T12:00:00Z`);
  return fill(words, 'hours.day.date', {
    month: words.lang === 'en' ? englishMonth.format(noon) : noon.getUTCMonth() + 1,
    day: noon.getUTCDate(),
    weekday: fill(words, `weekday.${weekdayOf(date)}` as StatusWordKey),
  });
}

/** The status line of `status` in the language of `words`. */
export function statusLine(status: HoursStatus, words: StatusWords): string {
  const holiday = (words.lang === 'en' ? status.holidayNameEn : undefined) ?? status.holidayName;
  const meal = status.meal === undefined ? undefined : fill(words, `meal.${status.meal}`);
  const adjusted = status.reason === 'adjusted-workday' ? fill(words, 'hours.status.adjustedWorkday') : '';

  switch (status.state) {
    case 'unknown':
      if (status.reason === 'holiday' && holiday !== undefined) return fill(words, 'hours.status.unknownHoliday', { holiday });
      if (status.reason === 'calendar-unknown') return fill(words, 'hours.status.unknownCalendar', { year: status.date.slice(0, 4) });
      if (status.reason === 'calendar-before') return fill(words, 'hours.status.unknownCalendarBefore', { year: status.date.slice(0, 4) });
      return fill(words, 'hours.status.unknownHours');
    case 'open': {
      if (status.until === undefined) return fill(words, 'hours.status.openAllDay');
      if (status.untilDate !== undefined) {
        return fill(words, 'hours.status.openUntilDay', { day: dayLabel(words, status.untilDate, status.date), until: status.until }) + adjusted;
      }
      const line =
        meal === undefined ? fill(words, 'hours.status.open', { until: status.until }) : fill(words, 'hours.status.openMeal', { meal, until: status.until });
      return line + adjusted;
    }
    case 'opens-later': {
      const time = status.opensAt ?? '';
      const line = meal === undefined ? fill(words, 'hours.status.opensLater', { time }) : fill(words, 'hours.status.opensLaterMeal', { meal, time });
      return line + adjusted;
    }
    case 'closed':
    case 'closed-today': {
      let line: string;
      if (status.state === 'closed') line = fill(words, 'hours.status.closed') + adjusted;
      else if (status.reason === 'holiday' && holiday !== undefined) line = fill(words, 'hours.status.closedHoliday', { holiday });
      else line = fill(words, 'hours.status.closedToday');
      if (status.nextOpen === undefined) return line;
      const next = fill(words, 'hours.status.next', { day: dayLabel(words, status.nextOpen.date, status.date), time: status.nextOpen.time });
      return line + fill(words, 'hours.separator') + next;
    }
  }
}

/**
 * The four looks a status can take on a card: each has its own icon and word, so colour is
 * never the only cue.
 */
export type StatusLook = 'open' | 'later' | 'closed' | 'unknown';

/** The look of a status: open now, opening later today, closed, or unknown (phone first). */
export function statusLook(status: HoursStatus): StatusLook {
  switch (status.state) {
    case 'open':
      return 'open';
    case 'opens-later':
      return 'later';
    case 'closed':
    case 'closed-today':
      return 'closed';
    case 'unknown':
      return 'unknown';
  }
}
