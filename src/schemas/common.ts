import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD (Asia/Shanghai). */
export const IsoDate = z
  .string()
  // abort: a text that is not YYYY-MM-DD gets one message, not a second about the calendar.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '应写成 YYYY-MM-DD，例如 2026-05-01', abort: true })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '不是日历上有的日期，请核对年月日');
export type IsoDate = z.infer<typeof IsoDate>;

/** A clock time written as HH:MM, 24-hour; 24:00 is allowed as the end of a day. */
export const ClockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, '应写成 HH:MM（24 小时制），例如 11:30');
export type ClockTime = z.infer<typeof ClockTime>;

/** A point in WGS-84 (the coordinate system GPS and Tianditu/CGCS2000 use). */
export const LonLat = z.object({
  /** Longitude in decimal degrees, WGS-84. */
  lon: z.number().min(-180).max(180),
  /** Latitude in decimal degrees, WGS-84. */
  lat: z.number().min(-90).max(90),
});
export type LonLat = z.infer<typeof LonLat>;

/** Coordinate systems met in Chinese data: GPS/Tianditu, AMap/Tencent, Baidu. */
export const Crs = z.enum(['wgs84', 'gcj02', 'bd09']);
export type Crs = z.infer<typeof Crs>;
