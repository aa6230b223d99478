/**
 * Is it open now? Opening hours evaluated on the Asia/Shanghai clock against the Chinese
 * working calendar (public holidays, 调休 make-up working days).
 *
 * Pure functions; the calendar is passed in, so the same code runs at build time with
 * `chineseDaysCalendar` (calendar.ts) and in the browser with `calendarFromTable(table)`.
 * Browser-safe: no Node APIs, no interface strings (those are in format.ts).
 */
import type { ClockTime, IsoDate } from '../../schemas/common.ts';
import type { Meal, OpeningHours, Weekday } from '../../schemas/hours.ts';
import type { Calendar, DayInfo, DayKind } from './calendar-table.ts';
import { MINUTES_PER_DAY, addDays, addMonths, fromMinutes, shanghaiMoment, toMinutes, weekdayOf } from './local-time.ts';

/** How far ahead `nextOpen` is looked for: long enough for the Spring Festival break and a weekend. */
const LOOKAHEAD_DAYS = 14;

/** One opening period on a particular date. */
export interface DayPeriod {
  /** Opening time, HH:MM, Shanghai clock. */
  open: ClockTime;
  /** Closing time, HH:MM; closed from this minute on. */
  close: ClockTime;
  /** The meal served, for canteens. */
  meal?: Meal;
}

/**
 * Why a day's hours are what they are, when that is worth telling.
 * - `holiday`: a public-holiday rest day decided it (closed, or rule unknown).
 * - `adjusted-workday`: a make-up working day opened with weekday hours.
 * - `weekend`: no periods on this Saturday or Sunday.
 * - `not-scheduled`: no periods on this weekday (e.g. a canteen closed on Wednesdays).
 * - `no-hours`: only the source's free text is known.
 * - `calendar-unknown`: the date lies past the last holiday arrangement the calendar holds, and the answer depends on it.
 * - `calendar-before`: the date lies before the first date the calendar holds (a page's table
 *   starts the year before it was built; a device clock set far back lands here), and the answer depends on it.
 */
export type DayReason = 'holiday' | 'adjusted-workday' | 'weekend' | 'not-scheduled' | 'no-hours' | 'calendar-unknown' | 'calendar-before';

/** The hours that apply on one Shanghai calendar date. */
export interface DayPlan {
  /** The date. */
  date: IsoDate;
  /** `scheduled`: opens during `periods`; `closed`: does not open; `unknown`: cannot tell (phone first). */
  state: 'scheduled' | 'closed' | 'unknown';
  /** The periods of the day, sorted by opening time; empty unless scheduled. */
  periods: DayPeriod[];
  /** The date's place in the working calendar, with the holiday's name when it has one. */
  day: DayInfo;
  /** Why, when the plan is not simply the weekday's hours. */
  reason?: DayReason;
}

/** What to show for a facility at an instant. */
export interface HoursStatus {
  /**
   * - `open`: open now;
   * - `opens-later`: closed now, opens again later today (before the first period or between two);
   * - `closed`: opened today but is done for the day;
   * - `closed-today`: does not open at all today;
   * - `unknown`: cannot tell; the page says to phone first.
   */
  state: 'open' | 'closed' | 'opens-later' | 'closed-today' | 'unknown';
  /** The Shanghai date the status is for. */
  date: IsoDate;
  /** When open: the closing time, HH:MM. Absent when open around the clock for the next week. */
  until?: ClockTime;
  /** When open past midnight: the date of `until`. */
  untilDate?: IsoDate;
  /** When opening later today: the opening time, HH:MM. */
  opensAt?: ClockTime;
  /** When closed for today: the next opening found within two weeks, before any date the calendar cannot tell. */
  nextOpen?: { date: IsoDate; time: ClockTime };
  /** The meal being served (open) or coming next (opens-later). */
  meal?: Meal;
  /** Why the day is not ordinary, see `DayReason`. */
  reason?: DayReason;
  /** Chinese name of today's holiday, or of the break a make-up working day belongs to (国庆节). */
  holidayName?: string;
  /** English name of the same holiday. */
  holidayNameEn?: string;
}

function sortPeriods(periods: DayPeriod[]): DayPeriod[] {
  return [...periods].sort((a, b) => a.open.localeCompare(b.open) || a.close.localeCompare(b.close));
}

/** The weekly periods of one weekday, ignoring holidays, sorted by opening time. */
export function weeklyPeriods(hours: OpeningHours, weekday: Weekday): DayPeriod[] {
  return sortPeriods(
    hours.periods
      .filter((p) => p.days.includes(weekday))
      .map((p) => (p.meal === undefined ? { open: p.open, close: p.close } : { open: p.open, close: p.close, meal: p.meal })),
  );
}

/**
 * The Monday–Friday hours a make-up working day takes. The State Council notices do not say
 * which weekday a 调休 day stands for, so this is the schedule most weekdays share (a canteen
 * open Monday–Thursday 8–17 and Friday 8–12 works 8–17); a tie goes to the earliest weekday.
 * Undefined when no weekday has hours.
 */
export function typicalWeekdayPeriods(hours: OpeningHours): DayPeriod[] | undefined {
  const counts = new Map<string, { periods: DayPeriod[]; count: number }>();
  for (const weekday of [1, 2, 3, 4, 5] as const) {
    const periods = weeklyPeriods(hours, weekday);
    if (periods.length === 0) continue;
    const key = JSON.stringify(periods);
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { periods, count: 1 });
  }
  let best: { periods: DayPeriod[]; count: number } | undefined;
  // Map keeps insertion order, so on a tie the earlier weekday stays.
  for (const entry of counts.values()) if (best === undefined || entry.count > best.count) best = entry;
  return best?.periods;
}

function regularPlan(hours: OpeningHours, date: IsoDate, day: DayInfo): DayPlan {
  const weekday = weekdayOf(date);
  const periods = weeklyPeriods(hours, weekday);
  if (periods.length > 0) return { date, state: 'scheduled', periods, day };
  return { date, state: 'closed', periods, day, reason: weekday >= 6 ? 'weekend' : 'not-scheduled' };
}

/** The plan of a date whose kind of day is known. */
function planForDay(hours: OpeningHours, date: IsoDate, day: DayInfo): DayPlan {
  if (day.kind === 'holiday') {
    if (hours.publicHolidays === 'closed') return { date, state: 'closed', periods: [], day, reason: 'holiday' };
    if (hours.publicHolidays === 'unknown') return { date, state: 'unknown', periods: [], day, reason: 'holiday' };
    return regularPlan(hours, date, day);
  }
  if (day.kind === 'adjusted-workday' && hours.adjustedWorkdays === 'weekday-hours') {
    const periods = typicalWeekdayPeriods(hours);
    // A facility without weekday hours has nothing to bring to a make-up working day: its own hours stand.
    if (periods !== undefined) return { date, state: 'scheduled', periods, day, reason: 'adjusted-workday' };
  }
  return regularPlan(hours, date, day);
}

function samePlan(a: DayPlan, b: DayPlan): boolean {
  return a.state === b.state && JSON.stringify(a.periods) === JSON.stringify(b.periods);
}

/**
 * The hours that apply on a Shanghai calendar date, after public holidays and make-up working
 * days. Outside the calendar's dates the date might be a holiday or (at a weekend) a make-up
 * working day: when that would change the answer, the plan is `unknown` with reason
 * `calendar-unknown` (after `knownUntil`) or `calendar-before` (before the calendar's first date)
 * instead of a guess.
 */
export function todayPeriods(hours: OpeningHours, date: IsoDate, calendar: Calendar): DayPlan {
  const day = calendar.dayKind(date);
  if (hours.periods.length === 0) return { date, state: 'unknown', periods: [], day, reason: 'no-hours' };
  if (day.kind !== 'unknown-future' && day.kind !== 'unknown-past') return planForDay(hours, date, day);

  const ordinary: DayKind = weekdayOf(date) >= 6 ? 'weekend' : 'workday';
  const possible: DayKind[] = ordinary === 'weekend' ? ['weekend', 'holiday', 'adjusted-workday'] : ['workday', 'holiday'];
  const [plan, ...others] = possible.map((kind) => planForDay(hours, date, { kind }));
  if (plan !== undefined && others.every((other) => samePlan(plan, other))) return { ...plan, day };
  return { date, state: 'unknown', periods: [], day, reason: day.kind === 'unknown-past' ? 'calendar-before' : 'calendar-unknown' };
}

/** The end (minutes) of the opening that runs through minute `from`, following periods that touch or overlap. */
function stretchEnd(periods: DayPeriod[], from: number): number {
  let end = from;
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of periods) {
      const open = toMinutes(p.open);
      const close = toMinutes(p.close);
      if (open <= end && close > end) {
        end = close;
        grew = true;
      }
    }
  }
  return end;
}

function holidayNames(day: DayInfo): Pick<HoursStatus, 'holidayName' | 'holidayNameEn'> {
  const names: Pick<HoursStatus, 'holidayName' | 'holidayNameEn'> = {};
  if (day.name !== undefined) names.holidayName = day.name;
  if (day.nameEn !== undefined) names.holidayNameEn = day.nameEn;
  return names;
}

/** The next opening after `date`, or undefined when none is found before a date the calendar cannot tell. */
function nextOpening(hours: OpeningHours, date: IsoDate, calendar: Calendar): HoursStatus['nextOpen'] {
  for (let ahead = 1; ahead <= LOOKAHEAD_DAYS; ahead += 1) {
    const plan = todayPeriods(hours, addDays(date, ahead), calendar);
    if (plan.state === 'unknown') return undefined;
    const first = plan.periods[0];
    if (plan.state === 'scheduled' && first !== undefined) return { date: plan.date, time: first.open };
  }
  return undefined;
}

/** Where an opening that lasts until midnight ends, following the next days while they open at 00:00. */
function closingAfterMidnight(hours: OpeningHours, date: IsoDate, calendar: Calendar): Pick<HoursStatus, 'until' | 'untilDate'> {
  let endDate = date;
  for (let ahead = 1; ahead <= 7; ahead += 1) {
    const next = todayPeriods(hours, addDays(date, ahead), calendar);
    const opensAtMidnight = next.state === 'scheduled' && next.periods[0]?.open === '00:00';
    if (!opensAtMidnight) break;
    const end = stretchEnd(next.periods, 0);
    if (end < MINUTES_PER_DAY) return { until: fromMinutes(end), untilDate: next.date };
    endDate = next.date;
  }
  // Open right through the week ahead: no closing time worth showing.
  if (endDate === addDays(date, 7)) return {};
  return endDate === date ? { until: '24:00' } : { until: '24:00', untilDate: endDate };
}

/**
 * Whether a facility is open at an instant, on the Shanghai clock.
 * The minute of closing counts as closed: 11:00–13:00 is closed at 13:00.
 */
export function statusAt(hours: OpeningHours, instant: Date, calendar: Calendar): HoursStatus {
  const { date, minutes } = shanghaiMoment(instant);
  const plan = todayPeriods(hours, date, calendar);
  const base: HoursStatus = { state: 'unknown', date, ...holidayNames(plan.day) };
  if (plan.reason !== undefined) base.reason = plan.reason;
  if (plan.state === 'unknown') return base;

  const current = plan.periods.filter((p) => toMinutes(p.open) <= minutes && minutes < toMinutes(p.close)).at(-1);
  if (current !== undefined) {
    const end = stretchEnd(plan.periods, minutes);
    const closing = end < MINUTES_PER_DAY ? { until: fromMinutes(end) } : closingAfterMidnight(hours, date, calendar);
    const status: HoursStatus = { ...base, state: 'open', ...closing };
    if (current.meal !== undefined) status.meal = current.meal;
    return status;
  }

  const later = plan.periods.find((p) => toMinutes(p.open) > minutes);
  if (later !== undefined) {
    const status: HoursStatus = { ...base, state: 'opens-later', opensAt: later.open };
    if (later.meal !== undefined) status.meal = later.meal;
    return status;
  }

  const status: HoursStatus = { ...base, state: plan.periods.length > 0 ? 'closed' : 'closed-today' };
  const next = nextOpening(hours, date, calendar);
  if (next !== undefined) status.nextOpen = next;
  return status;
}

/**
 * Whether a record checked on `lastVerified` is out of date on `today`: true once it is more
 * than `months` months old. Exactly six months after the check it is still current; the next day it is stale.
 */
export function isStale(lastVerified: IsoDate, today: IsoDate, months = 6): boolean {
  return today > addMonths(lastVerified, months);
}
