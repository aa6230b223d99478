import { z } from 'zod';
import { IsoDate } from './common.ts';

/** Where a target comes from: the document, its 文号, the clause and the words it uses. */
export const TargetReference = z
  .object({
    /** Document title as printed. */
    document: z.string().min(1),
    /** 文号, e.g. 温瓯七优享办〔2023〕6号. */
    docNumber: z.string().min(1),
    /** File name of the source text in data/sources/. */
    file: z.string().regex(/^[\w.-]+\.txt$/, '应为资料目录中的文件名，例如 001_623104bc23165aea.txt'),
    /** Section, table or item the value is in. */
    clause: z.string().min(1),
    /** The source's words, copied exactly. */
    quote: z.string().min(1),
  })
  .strict();
export type TargetReference = z.infer<typeof TargetReference>;

/** A planning target the portal reports against (data/targets/*.yaml). */
export const Target = z
  .object({
    /** Stable id used by the pages. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '编号只能包含小写字母、数字和连字符'),
    /** The indicator's name as the source writes it. */
    name: z.string().min(1),
    /** percent: a share in % (0–100); count: a number of facilities. */
    unit: z.enum(['percent', 'count']),
    /** Target value for each year (YYYY), as the source gives it. */
    values: z.record(z.string().regex(/^\d{4}$/, '年份应写成四位数字，例如 "2027"'), z.number().nonnegative()),
    /** Anything a reader must know (e.g. which year is a baseline). */
    note: z.string().min(1).optional(),
    reference: TargetReference,
    /** The day someone last checked the value against the source. */
    lastReviewed: IsoDate,
  })
  .strict()
  .refine((t) => Object.keys(t.values).length > 0, { message: '至少要有一个年份的目标值', path: ['values'] })
  .refine((t) => t.unit !== 'percent' || Object.values(t.values).every((v) => v <= 100), { message: '百分比不能超过 100', path: ['values'] });
export type Target = z.infer<typeof Target>;

export const TargetsFile = z.object({ targets: z.array(Target).min(1) }).strict();
export type TargetsFile = z.infer<typeof TargetsFile>;
