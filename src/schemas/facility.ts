import { z } from 'zod';
import { Crs, IsoDate, LonLat } from './common.ts';
import { FacilityType } from './facility-type.ts';
import { Meal, OpeningHours } from './hours.ts';

/** A subsidised meal price for one group of elders (e.g. 80 周岁以上, 低保). */
export const TierPrice = z.object({
  /** Who pays this price, as the canteen words it (e.g. “80周岁以上”). */
  tier: z.string().min(1),
  /** Price per meal in 元 (CNY). */
  price: z.number().nonnegative(),
});
export type TierPrice = z.infer<typeof TierPrice>;

/** Canteen details (老年食堂 / 助餐点). */
export const CanteenInfo = z.object({
  /** Meals served. */
  meals: z.array(Meal),
  /** Full price per meal in 元 (CNY), when known. */
  pricePerMeal: z.number().nonnegative().optional(),
  /** Subsidised prices by tier, when known. */
  tierPrices: z.array(TierPrice).default([]),
  /** Whether meals are delivered to the home (送餐上门); null when unknown. */
  delivery: z.boolean().nullable(),
  /** How to book a meal (phone or words), when the canteen takes bookings. */
  booking: z.string().optional(),
});
export type CanteenInfo = z.infer<typeof CanteenInfo>;

/** Care-home details (养老机构). */
export const CareHomeInfo = z.object({
  /** Total beds. */
  beds: z.number().int().nonnegative().optional(),
  /** Nursing beds (护理型床位), a subset of beds. */
  nursingBeds: z.number().int().nonnegative().optional(),
});
export type CareHomeInfo = z.infer<typeof CareHomeInfo>;

/** Accessibility of the building; null means not known. */
export const Accessibility = z.object({
  /** Entrance without steps, or with a ramp (无障碍入口). */
  stepFree: z.boolean().nullable().default(null),
  /** A lift to every floor used by elders (电梯). */
  lift: z.boolean().nullable().default(null),
  /** An accessible toilet (无障碍卫生间). */
  accessibleToilet: z.boolean().nullable().default(null),
});
export type Accessibility = z.infer<typeof Accessibility>;

/** Where the facility sits in the national statistics division list. */
export const RegionRef = z.object({
  /** 6-digit district code: 330304 for 瓯海区. */
  districtCode: z.string().regex(/^\d{6}$/, '应为 6 位数字：瓯海区是 330304'),
  /** 9-digit street/town code, e.g. 330304004 茶山街道. */
  townCode: z.string().regex(/^\d{9}$/, '应为 9 位数字，例如 330304001（景山街道）'),
  /** 12-digit village/community code, when the facility belongs to one. */
  communityCode: z.string().regex(/^\d{12}$/, '应为 12 位数字，例如 330304001003（景山社区）').optional(),
});
export type RegionRef = z.infer<typeof RegionRef>;

/**
 * Secondary cells the importer could not read, kept word for word so that no facility is lost
 * over them and pages can show what the source says (“开放时间：看情况（请先电话确认）”). A field is
 * present only when its cell held text that could not be read; the structured field it belongs
 * to is then empty or unknown (phones [], delivery null, no price). Opening hours need no entry
 * here: `hours.text` already keeps the source's words when no period could be read.
 */
export const AsWritten = z
  .object({
    /** 联系电话 that is not a phone number (e.g. “找村委会”). */
    phones: z.string().min(1).optional(),
    /** 节假日 that could not be read, or that contradicts the 开放时间. */
    holidays: z.string().min(1).optional(),
    /** 供餐 that names no meal. */
    meals: z.string().min(1).optional(),
    /** 餐费 that is not a price (e.g. “十二元”). */
    price: z.string().min(1).optional(),
    /** 优惠价 that is not “人群:价格”. */
    tierPrices: z.string().min(1).optional(),
    /** 送餐 that is neither yes nor no. */
    delivery: z.string().min(1).optional(),
    /** 床位 that is not a whole number. */
    beds: z.string().min(1).optional(),
    /** 护理床位 that is not a whole number, or more than 床位. */
    nursingBeds: z.string().min(1).optional(),
    /** 无障碍入口 that is neither yes nor no. */
    stepFree: z.string().min(1).optional(),
    /** 电梯 that is neither yes nor no. */
    lift: z.string().min(1).optional(),
    /** 无障碍卫生间 that is neither yes nor no. */
    accessibleToilet: z.string().min(1).optional(),
    /** 核实日期 that is not a date, or lies in the future: the record has no lastVerified then. */
    lastVerified: z.string().min(1).optional(),
  })
  .strict();
export type AsWritten = z.infer<typeof AsWritten>;

/** One elder-service facility, normalized (HSDS: organization + service + location in one record). */
export const Facility = z
  .object({
    /** Stable id, lower-case letters, digits and hyphens; used in page URLs (/facilities/<id>/). */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, '只能包含小写字母、数字和连字符（-），2 到 63 个字符，以字母或数字开头，例如 canteen-jingshan-01'),
    /** Name as written on the door. */
    name: z.string().min(1),
    /** Kind of facility. */
    type: FacilityType,
    /** Street address in Chinese. */
    address: z.string().min(1),
    /** Division codes. */
    region: RegionRef,
    /** Position in WGS-84. */
    location: LonLat,
    /** The coordinate system the source used before conversion to WGS-84. */
    sourceCrs: Crs,
    /** Phone numbers, as dialled (landline with area code 0577, or mobile). */
    phones: z.array(z.string()),
    /** Opening hours; for canteens the meal times. */
    hours: OpeningHours,
    /** Services offered (助餐, 日间照料, 康复护理, …). */
    services: z.array(z.string()).default([]),
    /** Canteen details; present for canteens, optional for centres that also serve meals. */
    canteen: CanteenInfo.optional(),
    /** Care-home details. */
    careHome: CareHomeInfo.optional(),
    /** Accessibility of the building. */
    accessibility: Accessibility,
    /** Who runs it (operator organisation). */
    operator: z.string().optional(),
    /** Free-text notes shown on the facility page. */
    notes: z.string().optional(),
    /** Where the record comes from (an official list, a survey, or 示例数据). */
    source: z.string().min(1),
    /** True for sample records that are not official data; pages show a notice while any is in use. */
    sample: z.boolean(),
    /**
     * The day someone last checked the record against reality. Absent when the source gives
     * none (or none readable): pages then say “核实日期不详” and show the out-of-date notice.
     * Never filled in by guess; the importer's --verified applies a list's own date.
     */
    lastVerified: IsoDate.optional(),
    /** Secondary cells as written, when they could not be read (see AsWritten). */
    asWritten: AsWritten.optional(),
  })
  .refine((f) => f.type !== 'canteen' || f.canteen !== undefined, { message: '老年食堂需要填写供餐信息（供餐、餐费、送餐等）', path: ['canteen'] })
  .refine((f) => f.careHome?.nursingBeds === undefined || f.careHome.beds === undefined || f.careHome.nursingBeds <= f.careHome.beds, {
    message: '护理床位数不能多于总床位数，护理床位是总床位的一部分',
    path: ['careHome', 'nursingBeds'],
  });
export type Facility = z.infer<typeof Facility>;
