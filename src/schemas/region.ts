import { z } from 'zod';
import { LonLat } from './common.ts';

/** A village (村) or community (社区): the 12-digit unit of the division list. */
export const Community = z.object({
  /** 12-digit statistics division code. */
  code: z.string().regex(/^\d{12}$/, '应为 12 位数字（统计用区划代码）'),
  /** Name as people say it (鹅湖村, 景山社区). */
  name: z.string().min(1),
  /** Name as the division list writes it (鹅湖村委会). */
  officialName: z.string().min(1),
  /** 社区 (urban residents' committee) or 村 (village committee). */
  kind: z.enum(['社区', '村']),
});
export type Community = z.infer<typeof Community>;

/** A street (街道) or town (镇): the 9-digit unit. */
export const Town = z.object({
  /** 9-digit statistics division code. */
  code: z.string().regex(/^\d{9}$/, '应为 9 位数字（统计用区划代码）'),
  /** Official name (e.g. 茶山街道, 泽雅镇). */
  name: z.string().min(1),
  /** 街道 or 镇. */
  kind: z.enum(['街道', '镇']),
  /** Approximate centre for labels; see `centreSource`. */
  centre: LonLat,
  /** Where the centre comes from, in words. */
  centreSource: z.string(),
  /** Villages and communities under it. */
  communities: z.array(Community).min(1),
});
export type Town = z.infer<typeof Town>;

/** The district and everything under it. */
export const District = z.object({
  /** 6-digit code, 330304. */
  code: z.string().regex(/^\d{6}$/, '应为 6 位数字（统计用区划代码）'),
  /** 瓯海区. */
  name: z.string(),
  /** 温州市 / 浙江省. */
  city: z.string(),
  province: z.string(),
  /** Edition of the division list the names and codes come from. */
  edition: z.string(),
  /** Where the list comes from. */
  source: z.string(),
  towns: z.array(Town).min(1),
});
export type District = z.infer<typeof District>;
