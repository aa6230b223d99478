import { z } from 'zod';
import { IsoDate } from './common.ts';

/**
 * Answers to the eligibility questions. The CLI contract (issue 4) fixes the field names and the
 * values without "unknown"; the wizard also needs an "I don't know" for most questions, so each of
 * those fields accepts "unknown" as well (an "unknown" answer never gives "no", only "maybe").
 */

/** Where someone's 户籍 is or where they live. "ouhai" lies within Wenzhou; "wenzhou" means elsewhere in 温州市. */
export const Place = z.enum([
  /** 瓯海区. */
  'ouhai',
  /** 温州市, outside 瓯海区 (鹿城、龙湾、瑞安 …). */
  'wenzhou',
  /** Outside 温州市. */
  'other',
  /** Not known (wizard only). */
  'unknown',
]);
export type Place = z.infer<typeof Place>;

/** A family's recognised status (several can apply at once). */
export const FamilyStatus = z.enum([
  /** 最低生活保障家庭（低保）. */
  'dibao',
  /** 最低生活保障边缘家庭（低保边缘）. */
  'dibao-edge',
  /** 低收入家庭. */
  'low-income',
  /** 特困人员（特困供养）. */
  'tekun',
  /** 重点优抚对象家庭. */
  'priority-care',
  /** 人体器官捐献人家庭. */
  'organ-donor',
  /** 计划生育特殊家庭. */
  'family-planning-special',
  /** Not sure whether any of the above applies (wizard only). */
  'unknown',
]);
export type FamilyStatus = z.infer<typeof FamilyStatus>;

/** Degree of 失能失智 (loss of ability to look after oneself, or dementia), as an assessment would grade it. */
export const CareNeed = z.enum([
  /** Manages daily life alone. */
  'none',
  /** 轻度失能失智. */
  'mild',
  /** 中度失能失智. */
  'moderate',
  /** 重度失能失智. */
  'severe',
  /** Not assessed or not known. */
  'unknown',
]);
export type CareNeed = z.infer<typeof CareNeed>;

/** The situation of the 赡养人 (children or others bound by law to support the elder). */
export const Supporter = z.enum([
  /** A supporter who can provide support. */
  'able',
  /** The supporter has died (赡养人死亡). */
  'deceased',
  /** The supporter cannot provide support through injury, illness or disability (伤病残无力进行赡养). */
  'unable',
  /** Never had a supporter. */
  'none',
  /** Not known (wizard only). */
  'unknown',
]);
export type Supporter = z.infer<typeof Supporter>;

/** A yes/no answer that the wizard also lets people leave open. */
export const YesNoUnknown = z.union([z.boolean(), z.literal('unknown')]);
export type YesNoUnknown = z.infer<typeof YesNoUnknown>;

export const Answers = z
  .object({
    /** Date of birth, YYYY-MM-DD (as on the 身份证). */
    birthDate: IsoDate,
    /** Where the 户籍 (household registration) is. */
    hukou: Place,
    /** Where the elder lives now. */
    residence: Place,
    /** Recognised family statuses; empty when none applies. Bounded: each status at most twice over. */
    familyStatus: z.array(FamilyStatus).max(FamilyStatus.options.length * 2),
    /** Degree of 失能失智. */
    careNeed: CareNeed,
    /** The situation of the 赡养人. */
    supporter: Supporter,
    /** Lives alone (独居). */
    livesAlone: YesNoUnknown,
    /** The home is in a rural area (农村). */
    rural: YesNoUnknown,
    /** Actual or estimated cost of adapting the home (适老化改造), in 元; omitted when not planned. */
    adaptationCost: z.number().nonnegative().optional(),
  })
  .strict();
export type Answers = z.infer<typeof Answers>;
