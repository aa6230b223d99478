/** Meal times of a canteen, written short enough for a table cell on paper. */
import { t, type Lang } from '../../i18n/index.ts';
import type { OpeningHours, WeeklyPeriod } from '../../schemas/hours.ts';

const MEAL_ORDER = { breakfast: 0, lunch: 1, supper: 2 } as const;

/** Days of a period in words: 每天, 周一至周五, or a list (周一、周三). */
export function daysText(days: readonly number[], lang: Lang): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const day = (d: number) => t(lang, `weekday.${d}` as 'weekday.1');
  if (sorted.length === 7) return t(lang, 'print.days.every');
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first !== undefined && last !== undefined && sorted.length >= 3 && last - first === sorted.length - 1) {
    return t(lang, 'print.days.range', { from: day(first), to: day(last) });
  }
  return sorted.map(day).join(lang === 'en' ? ', ' : '、');
}

/**
 * Lines for the “meal times” cell: one per meal (午餐 11:00–12:30), with the days once
 * when every meal has the same days, and 节假日休息 when the canteen closes on holidays.
 * Empty when the facility serves no meals.
 */
export function mealTimeLines(hours: OpeningHours, lang: Lang): string[] {
  const meals = hours.periods
    .filter((p): p is WeeklyPeriod & { meal: NonNullable<WeeklyPeriod['meal']> } => p.meal !== undefined)
    .sort((a, b) => MEAL_ORDER[a.meal] - MEAL_ORDER[b.meal] || a.open.localeCompare(b.open));
  if (meals.length === 0) return [];
  const key = (p: WeeklyPeriod) => [...new Set(p.days)].sort().join(',');
  const sameDays = new Set(meals.map(key)).size === 1;
  const line = (p: (typeof meals)[number]) => `${t(lang, `meal.${p.meal}`)} ${clock(p.open, lang)}–${clock(p.close, lang)}`;
  const lines = sameDays
    ? [daysText(meals[0]?.days ?? [], lang), ...dedupe(meals.map(line))]
    : meals.map((p) => (lang === 'en' ? `${line(p)} (${daysText(p.days, lang)})` : `${line(p)}（${daysText(p.days, lang)}）`));
  if (hours.publicHolidays === 'closed') lines.push(t(lang, 'print.holidaysClosed'));
  return lines;
}

/** A clock time as written in the language: 07:00 in Chinese, 7:00 in English (also a little narrower in the cell). */
function clock(time: string, lang: Lang): string {
  return lang === 'en' ? time.replace(/^0(?=\d:)/, '') : time;
}

function dedupe(lines: string[]): string[] {
  return [...new Set(lines)];
}
