import { z } from 'zod';
import { addDays, daysBetween, weekdayOf } from '../lib/hours/local-time.ts';
import { IsoDate } from './common.ts';

/** Years a holiday file may be for: chinese-days starts in 2004; later than 2100 is a typo. */
const FIRST_YEAR = 2004;
const LAST_YEAR = 2100;

/** A break longer than this is almost surely a typo in a date (the longest so far, 2020's Spring Festival, ran 10 days). */
const MAX_BREAK_DAYS = 15;

/** The State Council notice a year's arrangement is copied from (国务院办公厅关于 YYYY 年部分节假日安排的通知). */
export const HolidayNotice = z
  .object({
    /** The notice's title as printed. */
    title: z.string().min(1, '请照抄通知的标题'),
    /** Its 文号, e.g. 国办发明电〔2024〕12号. */
    number: z.string().regex(/〔\d{4}〕\d+号$/, '文号应照抄通知，例如 国办发明电〔2024〕12号（用六角括号〔〕）'),
    /** The date printed at the end of the notice. */
    date: IsoDate,
    /** Where the notice is published (www.gov.cn), when known. */
    url: z.url('网址应以 https:// 开头').optional(),
  })
  .strict();
export type HolidayNotice = z.infer<typeof HolidayNotice>;

/** One item of the notice: a holiday's rest days (放假) and the weekend days worked to make up for them (上班). */
export const HolidayBreak = z
  .object({
    /** The holiday's name as the notice writes it, e.g. 春节, 国庆节、中秋节. Shown on the cards. */
    name: z.string().min(1, '请照抄通知中的假日名称，例如 春节'),
    /** Its English name, shown on English pages, e.g. Spring Festival. */
    nameEn: z.string().min(1, '请写英文名称，例如 Spring Festival（英文页面显示）'),
    /** First rest day of the break. */
    from: IsoDate,
    /** Last rest day of the break (inclusive); the same as `from` for a one-day holiday. */
    to: IsoDate,
    /** The number of days the notice gives (共 N 天), to catch a mistyped date. */
    days: z.number().int().min(1),
    /** Make-up working days (调休上班日) the notice lists for this break: Saturdays or Sundays. */
    workdays: z.array(IsoDate).default([]),
  })
  .strict();
export type HolidayBreak = z.infer<typeof HolidayBreak>;

/** A year's public holidays and make-up working days (data/holidays/<year>.yaml), filled in from the notice. */
export const HolidayYear = z
  .object({
    /** The year the arrangement is for; the file is named after it. */
    year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR),
    /** The notice it is copied from. */
    notice: HolidayNotice,
    /** Every item of the notice, in its order. */
    breaks: z.array(HolidayBreak).min(1, '至少要有一个假日'),
  })
  .strict()
  .superRefine((file, ctx) => {
    const inYear = (date: string) => date.startsWith(`${file.year}-`);
    const offBy = new Map<string, string>();
    const workBy = new Map<string, string>();
    file.breaks.forEach((b, i) => {
      const where = (field: string | number, ...rest: (string | number)[]) => ['breaks', i, field, ...rest];
      for (const [field, date] of [['from', b.from], ['to', b.to]] as const) {
        if (!inYear(date)) ctx.addIssue({ code: 'custom', path: where(field), message: `${date} 不在 ${file.year} 年内：本文件只写 ${file.year} 年的日子` });
      }
      if (b.to < b.from) {
        ctx.addIssue({ code: 'custom', path: where('to'), message: `放假结束日 ${b.to} 早于开始日 ${b.from}` });
        return;
      }
      const span = daysBetween(b.from, b.to) + 1;
      if (span > MAX_BREAK_DAYS) ctx.addIssue({ code: 'custom', path: where('to'), message: `${b.from} 至 ${b.to} 共 ${span} 天，太长了，请检查日期是否写错` });
      else if (span !== b.days) ctx.addIssue({ code: 'custom', path: where('days'), message: `${b.from} 至 ${b.to} 是 ${span} 天，但 days 写的是 ${b.days}；请对照通知（“共 N 天”）检查日期和天数` });
      for (let n = 0; n < span && n <= MAX_BREAK_DAYS; n += 1) {
        const date = addDays(b.from, n);
        const other = offBy.get(date);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: where('from'), message: `${date} 已经是“${other}”的放假日，不能重复出现` });
        offBy.set(date, b.name);
      }
      b.workdays.forEach((date, j) => {
        if (!inYear(date)) ctx.addIssue({ code: 'custom', path: where('workdays', j), message: `${date} 不在 ${file.year} 年内：本文件只写 ${file.year} 年的日子` });
        // weekdayOf: 1 = Monday … 6 = Saturday, 7 = Sunday.
        if (weekdayOf(date) < 6) ctx.addIssue({ code: 'custom', path: where('workdays', j), message: `${date} 不是周六或周日；调休上班日都是周末，请检查日期` });
        const other = workBy.get(date);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: where('workdays', j), message: `${date} 已经列为“${other}”的上班日，不能重复出现` });
        workBy.set(date, b.name);
      });
    });
    // Checked once every break is read: a workday of one break may fall inside another's rest days.
    file.breaks.forEach((b, i) => {
      b.workdays.forEach((date, j) => {
        const off = offBy.get(date);
        if (off !== undefined) ctx.addIssue({ code: 'custom', path: ['breaks', i, 'workdays', j], message: `${date} 既是“${off}”的放假日又是上班日，同一天不能两样都是` });
      });
    });
  });
export type HolidayYear = z.infer<typeof HolidayYear>;
