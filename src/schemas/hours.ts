import { z } from 'zod';
import { ClockTime } from './common.ts';

/** Day of week, ISO numbering: 1 = Monday … 7 = Sunday. */
export const Weekday = z.number().int().min(1).max(7);
export type Weekday = z.infer<typeof Weekday>;

/** Which meal a canteen period serves; absent for a centre's ordinary opening. */
export const Meal = z.enum(['breakfast', 'lunch', 'supper']);
export type Meal = z.infer<typeof Meal>;

/** One opening period that repeats every week on the given days. */
export const WeeklyPeriod = z
  .object({
    /** Days this period applies to (1 = Monday … 7 = Sunday). */
    days: z.array(Weekday).min(1),
    /** Opening time, local Asia/Shanghai clock, HH:MM. */
    open: ClockTime,
    /** Closing time, HH:MM; the facility is closed from this minute on. */
    close: ClockTime,
    /** The meal served in this period, for canteens (早餐 / 午餐 / 晚餐). */
    meal: Meal.optional(),
  })
  // Compared only when both are well-formed: a malformed time already has its own message.
  .refine((p) => !ClockTime.safeParse(p.open).success || !ClockTime.safeParse(p.close).success || p.open < p.close, {
    message: '结束时间应晚于开始时间（不支持跨过午夜的时段）',
    path: ['close'],
  });
export type WeeklyPeriod = z.infer<typeof WeeklyPeriod>;

/**
 * What happens on statutory public holidays (法定节假日) and on make-up working
 * days (调休上班日), which the State Council moves every year.
 */
export const HolidayRule = z.enum([
  /** Closed on public holidays (节假日休息). */
  'closed',
  /** Keeps its weekly hours on public holidays (节假日照常). */
  'open',
  /** The source does not say: the site tells people to phone first. */
  'unknown',
]);
export type HolidayRule = z.infer<typeof HolidayRule>;

/** What a make-up working day (调休, e.g. a Saturday worked) means for the facility. */
export const WorkdayRule = z.enum([
  /** Opens with its Monday–Friday hours on a 调休 working day (调休上班日正常开放). */
  'weekday-hours',
  /** Keeps the hours of the actual weekday (a Saturday stays a Saturday). */
  'calendar',
]);
export type WorkdayRule = z.infer<typeof WorkdayRule>;

/** Structured opening hours, in the spirit of HSDS `schedule`. */
export const OpeningHours = z.object({
  /** Weekly periods; several a day are allowed (lunch and supper). Empty when only `text` is known. */
  periods: z.array(WeeklyPeriod),
  /** Rule for statutory public holidays. */
  publicHolidays: HolidayRule.default('unknown'),
  /** Rule for make-up working days (调休上班日). */
  adjustedWorkdays: WorkdayRule.default('weekday-hours'),
  /** The opening hours as the source wrote them, shown beside the structured form. */
  text: z.string(),
});
export type OpeningHours = z.infer<typeof OpeningHours>;
