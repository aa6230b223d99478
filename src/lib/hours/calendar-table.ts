/**
 * The Chinese working calendar as a small table: which dates are public-holiday rest days
 * (放假) and which weekend dates are make-up working days (调休上班).
 *
 * The table is computed at build time from the `chinese-days` package (see calendar.ts) and
 * shipped to the browser as JSON, so client code never loads the package itself.
 * Browser-safe: no Node APIs, no imports of the package.
 */
import type { IsoDate } from '../../schemas/common.ts';
import { weekdayOf } from './local-time.ts';

/**
 * What kind of day a date is.
 * - `workday`: Monday–Friday, no holiday.
 * - `weekend`: Saturday or Sunday, no holiday and no make-up work.
 * - `holiday`: a rest day of a public-holiday break (法定节假日及调休放假), whatever its weekday.
 * - `adjusted-workday`: a Saturday or Sunday worked to make up for a break (调休上班日).
 * - `unknown-future`: after the last year whose arrangement the calendar holds (本站尚未收录; the notice may well be out).
 * - `unknown-past`: before the first date the calendar was built for.
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday' | 'unknown-future' | 'unknown-past';

/** A date's place in the working calendar. */
export interface DayInfo {
  /** The kind of day. */
  kind: DayKind;
  /** Chinese name of the holiday (国庆节), for a holiday or for the break a make-up working day belongs to. */
  name?: string;
  /** English name of the same holiday (National Day). */
  nameEn?: string;
}

/** A source of working-calendar facts; evaluate.ts asks it about every date it looks at. */
export interface Calendar {
  /** The kind of a Shanghai calendar date. */
  dayKind(date: IsoDate): DayInfo;
  /** The last date whose arrangement is known (the 31 December of the last year published). */
  knownUntil(): IsoDate;
}

/** The working calendar for a span of dates, as plain JSON. */
export interface HolidayTable {
  /** First date the table speaks for. */
  from: IsoDate;
  /** Last date the table speaks for; later dates are `unknown-future`. */
  until: IsoDate;
  /** Rest days of public-holiday breaks: date → Chinese holiday name. */
  holidays: Record<IsoDate, string>;
  /** Make-up working days (调休上班日): date → Chinese name of the holiday they make up for. */
  adjustedWorkdays: Record<IsoDate, string>;
  /** English name of each Chinese holiday name used above. */
  namesEn: Record<string, string>;
}

/** A calendar that answers from a holiday table; the form client code uses. */
export function calendarFromTable(table: HolidayTable): Calendar {
  const named = (kind: DayKind, name: string): DayInfo => {
    const nameEn = table.namesEn[name];
    return nameEn === undefined ? { kind, name } : { kind, name, nameEn };
  };
  return {
    dayKind(date) {
      // ISO dates compare correctly as strings.
      if (date > table.until) return { kind: 'unknown-future' };
      if (date < table.from) return { kind: 'unknown-past' };
      const holiday = table.holidays[date];
      if (holiday !== undefined) return named('holiday', holiday);
      const workday = table.adjustedWorkdays[date];
      if (workday !== undefined) return named('adjusted-workday', workday);
      return { kind: weekdayOf(date) >= 6 ? 'weekend' : 'workday' };
    },
    knownUntil: () => table.until,
  };
}
