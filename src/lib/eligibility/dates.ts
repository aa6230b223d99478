/**
 * Calendar dates for the eligibility rules. Every date is a plain "YYYY-MM-DD" string: a day on the
 * Asia/Shanghai calendar with no time of day, so no time zone can shift it. ISO strings of this form
 * compare correctly as strings.
 */

/** The parts of a YYYY-MM-DD date. */
function parts(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`日期格式应为 YYYY-MM-DD：${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Whether a year has 29 February (Gregorian rules). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The day someone born on `birthDate` turns `years` years old (周岁).
 *
 * Site convention: someone born on 29 February has their birthday on 1 March in years without
 * 29 February. This is the common reading in Chinese practice; the source documents say nothing
 * about it, so the site labels it as its own convention.
 */
export function birthdayAt(birthDate: string, years: number): string {
  const [y, m, d] = parts(birthDate);
  const year = y + years;
  if (m === 2 && d === 29 && !isLeapYear(year)) return `${pad(year, 4)}-03-01`;
  return `${pad(year, 4)}-${pad(m)}-${pad(d)}`;
}

/** Age in full years (周岁) on `date`: the number of birthdays reached on or before that day. */
export function ageOn(birthDate: string, date: string): number {
  const [by] = parts(birthDate);
  const [y] = parts(date);
  const years = y - by;
  return date >= birthdayAt(birthDate, years) ? years : years - 1;
}

/** Today's date on the Asia/Shanghai calendar, whatever the device's time zone. */
export function todayInShanghai(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}
