/**
 * Dates and clock times on the Asia/Shanghai wall clock.
 *
 * Opening hours are written in Wenzhou time, so every computation starts by turning an
 * instant into a Shanghai date and minute, whatever the zone of the machine or the viewer.
 * Calendar dates (YYYY-MM-DD) are then handled as plain labels: their weekday and their
 * neighbours are computed in UTC arithmetic, which never shifts a label by a day.
 * Browser-safe: no Node APIs.
 */
import type { IsoDate } from '../../schemas/common.ts';
import type { Weekday } from '../../schemas/hours.ts';

/** The time zone every opening hour in this project is written in. */
export const TIME_ZONE = 'Asia/Shanghai';

/** Minutes in a day; 24:00 is this many minutes after midnight. */
export const MINUTES_PER_DAY = 24 * 60;

// One formatter for all calls: constructing Intl objects is the slow part.
const shanghaiClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment on the Shanghai wall clock. */
export interface LocalMoment {
  /** The Shanghai calendar date. */
  date: IsoDate;
  /** Minutes since Shanghai midnight, 0 … 1439. */
  minutes: number;
}

/** The Shanghai date and minute of an instant. */
export function shanghaiMoment(instant: Date): LocalMoment {
  if (Number.isNaN(instant.getTime())) throw new RangeError('无效的时间（Invalid Date）');
  const parts: Record<string, string> = {};
  for (const part of shanghaiClock.formatToParts(instant)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The Shanghai calendar date of an instant, e.g. for “today” on a card. */
export function shanghaiToday(instant: Date): IsoDate {
  return shanghaiMoment(instant).date;
}

function utcNoon(date: IsoDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: IsoDate): Weekday {
  const day = utcNoon(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The calendar date `days` days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = utcNoon(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** How many days `to` lies after `from` (negative when before). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcNoon(to).getTime() - utcNoon(from).getTime()) / 86_400_000);
}

/** The calendar date `months` months after `date`; a day missing in the target month becomes its last day (08-31 + 6 → 02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1, 12));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Minutes since midnight of an HH:MM clock time; 24:00 gives 1440. */
export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** The HH:MM clock time of minutes since midnight; 1440 gives 24:00. */
export function fromMinutes(minutes: number): string {
  const clamped = Math.max(0, Math.min(MINUTES_PER_DAY, minutes));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}
