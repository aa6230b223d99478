/**
 * Today's opening periods by the weekly hours, on the Asia/Shanghai clock.
 *
 * A stand-in used until the holiday-aware hours library (src/lib/hours, statusAt) is on main:
 * it knows nothing about public holidays or 调休 days, so the page shows the facility's
 * holiday rule beside it.
 */
import type { MapFacility } from './map-data.ts';

/** ISO weekday (1 = Monday … 7 = Sunday) of an instant in Asia/Shanghai. */
export function shanghaiWeekday(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(instant);
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name) + 1;
}

/** Today's periods as “11:00–12:30”; empty when the weekly hours list none for today. */
export function todaysPeriods(hours: MapFacility['hours'], instant: Date): string[] {
  const day = shanghaiWeekday(instant);
  return hours.periods
    .filter((p) => p.days.includes(day))
    .sort((a, b) => (a.open < b.open ? -1 : 1))
    .map((p) => `${p.open}–${p.close}`);
}
