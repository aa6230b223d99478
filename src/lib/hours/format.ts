/**
 * Opening hours in words for pages built on the server: format-words.ts with the strings of
 * src/i18n (both languages).
 */
import { t, type Lang, type MessageKey } from '../../i18n/index.ts';
import type { IsoDate } from '../../schemas/common.ts';
import type { OpeningHours } from '../../schemas/hours.ts';
import type { HoursStatus } from './evaluate.ts';
import { describeHoursIn, formatStatusIn, longDateIn, type HoursWords } from './format-words.ts';

function words(lang: Lang): HoursWords {
  return { lang, t: (key, params) => t(lang, key as MessageKey, params) };
}

/** A date in full, for “as arranged on” lines: “2026 年 12 月 3 日”, “3 Dec 2026”. */
export function longDate(date: IsoDate, lang: Lang): string {
  return longDateIn(words(lang), date);
}

/** The status line for a card: “营业中，13:00 结束”, “今天 16:30 开门”, “今天休息（国庆节）；10月9日（周四） 11:00 开门”. */
export function formatStatus(status: HoursStatus, lang: Lang): string {
  return formatStatusIn(words(lang), status);
}

/**
 * A short text of the weekly hours and the holiday rule, e.g.
 * “周一至周五 午餐 11:00–13:00、晚餐 16:30–18:00；法定节假日休息”.
 * Days without periods are left out. With no structured periods, the source's own text.
 */
export function describeHours(hours: OpeningHours, lang: Lang): string {
  return describeHoursIn(words(lang), hours);
}
