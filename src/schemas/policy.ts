import { z } from 'zod';
import { IsoDate } from './common.ts';
import { FamilyStatus, Place, Supporter } from './answers.ts';

/**
 * Policy parameters as data (OpenFisca's habit): every amount, age, number of hours, percentage,
 * cap and list of qualifying groups lives in data/policies/*.yaml, keyed by the date it takes
 * effect, with its unit and the clause it rests on. The engine asks for "the value on this date".
 */

/** How a source document stands. */
export const DocumentKind = z.enum([
  /** A law (法律). */
  'law',
  /** A published plan or programme (行动计划、实施方案); may run for a fixed period. */
  'plan',
  /** A government department's published reply (答复函) describing a policy in force. */
  'reply',
  /** A draft for comment (征求意见稿): not yet adopted as written. */
  'draft',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A date as precise as the document gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, '日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD');

/** A source document (data/policies/documents.yaml). */
export const PolicyDocument = z
  .object({
    /** Short stable id that parameter values refer to, e.g. oh-2023-6. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '编号只能包含小写字母、数字和连字符'),
    /** Full title as printed. */
    title: z.string().min(1),
    /** 文号, e.g. 温政办〔2020〕59号; null when the document has none. */
    docNumber: z.string().min(1).nullable(),
    /** Who issued it. */
    issuer: z.string().min(1),
    /** Date of issue, as precisely as the document gives it. */
    date: PartialDate,
    /** Kind of document. */
    kind: DocumentKind,
    /** For plans: the years the plan covers. */
    period: z.object({ from: IsoDate, to: IsoDate }).optional(),
    /** File name of the source text in data/sources/; null when the text is not there yet. */
    file: z.string().regex(/^[\w.-]+\.txt$/).nullable(),
    /** Anything a reader must know about the document (draft status, where the rule itself comes from). */
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((d) => d.file !== null || d.note !== undefined, {
    message: '没有原文文件（file: null）的文件必须在 note 里说明原文在哪里、为什么不在资料目录中',
    path: ['note'],
  });
export type PolicyDocument = z.infer<typeof PolicyDocument>;

export const DocumentsFile = z.object({ documents: z.array(PolicyDocument).min(1) }).strict();
export type DocumentsFile = z.infer<typeof DocumentsFile>;

/** Where in a document a value comes from. */
export const Citation = z
  .object({
    /** Id of a document in documents.yaml. */
    document: z.string().min(1),
    /** The clause, as the document numbers it (e.g. 三、（一）1. 完善多层次养老保障体系). */
    clause: z.string().min(1),
    /** A short quote, copied from the document (spaces may be dropped). */
    quote: z.string().min(4).max(200),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

/**
 * How firmly the source backs a value.
 * - in-force: the document states the rule as applying from this date.
 * - target: the document commits to reach this value by this date (“提升至…”, “到2027年”).
 * - draft: the document is a draft for comment.
 * - site-reading: the documents leave a term undefined; this is the site's reading, and the engine
 *   never answers "yes" on it alone.
 */
export const Basis = z.enum(['in-force', 'target', 'draft', 'site-reading']);
export type Basis = z.infer<typeof Basis>;

/** Units: every parameter says what its number or list means. */
export const Unit = z.enum([
  /** 元 per person per month. */
  'CNY/month',
  /** 元, once. */
  'CNY',
  /** Hours of service per month (a guaranteed minimum). */
  'hours/month',
  /** Age in full years (周岁); “以上” includes the number itself. */
  'years',
  /** Per cent (30 means 30 %). */
  'percent',
  /** A list of places (户籍 or residence), values as in the answers. */
  'places',
  /** A list of family statuses, values as in the answers. */
  'family-statuses',
  /** A list of supporter situations, values as in the answers. */
  'supporter-states',
]);
export type Unit = z.infer<typeof Unit>;

const NUMBER_UNITS: readonly Unit[] = ['CNY/month', 'CNY', 'hours/month', 'years', 'percent'];

/** The highest age a parameter may name (周岁). */
const MAX_AGE = 120;

/** One value of a parameter, from a date on. */
export const ParameterValue = z
  .object({
    /** The date from which the value applies (Asia/Shanghai calendar date). */
    from: IsoDate,
    /** A number for amounts, ages, hours and percentages; a list for places, statuses and supporter situations. */
    value: z.union([z.number().nonnegative(), z.array(z.string().min(1))], {
      error: '数值应是一个不小于 0 的数字（金额、年龄、小时数、百分比），或一个由文字组成的列表（地点、家庭身份、赡养人情况）',
    }),
    /** How firmly the source backs it. */
    basis: Basis,
    /** For a target: the year by which the source says it is to be reached (“到2027年……提升至”). */
    targetYear: z.number().int().min(2000).max(2100).optional(),
    /**
     * The last day the value applies, when the source gives one (a plan's task “2022 年底前…” ends
     * with the plan); omitted when it applies until a later value replaces it.
     */
    until: IsoDate.optional(),
    /** Where it comes from. */
    reference: Citation,
    /** Why this date and reading were chosen, when the source is not explicit. */
    note: z.string().min(1).optional(),
    /**
     * For a number the quote does not state as such (e.g. “减半” read as 50 percent): how the value
     * is read from the quote. Without it, `npm run validate` requires the number in the quote.
     */
    reading: z.string().min(1).optional(),
    /** When someone last checked the value against the source. */
    lastReviewed: IsoDate,
  })
  .strict();
export type ParameterValue = z.infer<typeof ParameterValue>;

const LIST_VALUES: Partial<Record<Unit, readonly string[]>> = {
  places: Place.options.filter((p) => p !== 'unknown'),
  'family-statuses': FamilyStatus.options.filter((s) => s !== 'unknown'),
  'supporter-states': Supporter.options.filter((s) => s !== 'unknown'),
};

/** A parameter: a named value that may change over time. */
export const Parameter = z
  .object({
    /** What the value means, in one line. */
    description: z.string().min(1),
    /** The unit of every value. */
    unit: Unit,
    /** Values by the date they take effect, oldest first. */
    values: z.array(ParameterValue).min(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    p.values.forEach((v, i) => {
      const prev = p.values[i - 1];
      if (prev && prev.from >= v.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', i, 'from'],
          message: `日期应按从早到晚排列且不重复：${v.from} 不晚于上一条的 ${prev.from}`,
        });
      }
      if (v.until !== undefined && v.until < v.from) {
        ctx.addIssue({ code: 'custom', path: ['values', i, 'until'], message: `截止日期 ${v.until} 早于开始日期 ${v.from}` });
      }
      if (prev?.until !== undefined && prev.until >= v.from) {
        ctx.addIssue({ code: 'custom', path: ['values', i, 'from'], message: `上一条到 ${prev.until} 为止，这一条应从那以后开始，而不是 ${v.from}` });
      }
      const isNumberUnit = NUMBER_UNITS.includes(p.unit);
      if (isNumberUnit && typeof v.value !== 'number') {
        ctx.addIssue({ code: 'custom', path: ['values', i, 'value'], message: `单位是 ${p.unit}，数值应是一个数字` });
      }
      const allowed = LIST_VALUES[p.unit];
      if (allowed) {
        if (!Array.isArray(v.value)) {
          ctx.addIssue({ code: 'custom', path: ['values', i, 'value'], message: `单位是 ${p.unit}，数值应是一个列表` });
        } else {
          v.value.forEach((item, j) => {
            if (!allowed.includes(item)) {
              ctx.addIssue({
                code: 'custom',
                path: ['values', i, 'value', j],
                message: `“${item}”不是可用的值；应为 ${allowed.join('、')} 之一`,
              });
            }
          });
        }
      }
      if (p.unit === 'percent' && typeof v.value === 'number' && v.value > 100) {
        ctx.addIssue({ code: 'custom', path: ['values', i, 'value'], message: '百分比应在 0 到 100 之间' });
      }
      // No person is older: an age above this is a typo however the quote reads.
      if (p.unit === 'years' && typeof v.value === 'number' && v.value > MAX_AGE) {
        ctx.addIssue({ code: 'custom', path: ['values', i, 'value'], message: `年龄应在 0 到 ${MAX_AGE} 周岁之间` });
      }
    });
  });
export type Parameter = z.infer<typeof Parameter>;

/** One step of "what to do next". */
export const Step = z
  .object({
    /** The step in Chinese, in plain words. */
    zh: z.string().min(1),
    /** The same step in English. */
    en: z.string().min(1),
    /** Where the step comes from; omitted when the sources are silent and the step says so. */
    reference: Citation.optional(),
  })
  .strict();
export type Step = z.infer<typeof Step>;

/**
 * One paper to bring, in a few words, for the results summary (“身份证”). The sources name none, so
 * every item is the site's suggestion and is shown as such, beside “以当地规定为准”. Items with the
 * same `zh` in several files are the same paper and are listed once.
 */
export const BringItem = z
  .object({
    /** The paper in Chinese (身份证、户口簿…). */
    zh: z.string().min(1).max(30),
    /** The same in English. */
    en: z.string().min(1).max(80),
    /**
     * Only for some answers: a family status was ticked (family-status), the supporter died or cannot
     * support (supporter), a degree of disability was chosen (care-need), a cost was given (adaptation).
     */
    when: z.enum(['family-status', 'supporter', 'care-need', 'adaptation']).optional(),
  })
  .strict();
export type BringItem = z.infer<typeof BringItem>;

/** One file of data/policies/: a benefit, or "common" for values several benefits share. */
export const PolicyFile = z
  .object({
    /** The benefit id (part of the CLI contract), or "common". */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** Chinese name of the benefit. */
    title: z.string().min(1),
    /** English name of the benefit. */
    titleEn: z.string().min(1),
    /** Parameters by id. */
    parameters: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, '参数名只能包含小写字母、数字和连字符'), Parameter),
    /** Where to apply and what to bring. */
    howToApply: z.array(Step).default([]),
    /** The papers the site suggests bringing, in a few words each (the full steps are in howToApply). */
    bring: z.array(BringItem).default([]),
  })
  .strict();
export type PolicyFile = z.infer<typeof PolicyFile>;

/** A citation with its document filled in: what the engine hands out with each result. */
export type Reference = Citation & { doc: PolicyDocument };

/** A parameter value whose citation is resolved. */
export type ResolvedValue = Omit<ParameterValue, 'reference'> & { reference: Reference };

/** A parameter whose values' citations are resolved. */
export type ResolvedParameter = Omit<Parameter, 'values'> & { values: ResolvedValue[] };

/** A step whose citation is resolved. */
export type ResolvedStep = Omit<Step, 'reference'> & { reference?: Reference };

/** A policy file whose citations are resolved. */
export type ResolvedPolicy = Omit<PolicyFile, 'parameters' | 'howToApply'> & {
  parameters: Record<string, ResolvedParameter>;
  howToApply: ResolvedStep[];
};

/** Everything the engine needs: plain data, serialisable to JSON for the browser. */
export type PolicySet = {
  /** Policy files by id ("common" and one per benefit). */
  policies: Record<string, ResolvedPolicy>;
};
