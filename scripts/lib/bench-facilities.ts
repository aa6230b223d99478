/**
 * `count` invented facilities in the template format, spread over the real streets, towns,
 * villages and communities of data/regions/ouhai.json, for `npm run bench:build`. Seeded, so
 * two runs build the same site. Every row says it is invented (数据来源, 示例数据 = 是), so a
 * site built from it carries the sample notice.
 *
 * The mix follows a county-wide list grown large: one 镇街居家养老服务中心 per town, then
 * care centres, canteens, care homes and health partners in turn over every community.
 */
import type { District } from '../../src/schemas/region.ts';
import type { TemplateRow } from '../../src/lib/import/template.ts';
import { placeNear, templateCoords, townSpread } from './synthetic.ts';

const SOURCE = '基准测试合成数据（非真实，仅供测速）';

/** Types in proportion (out of 20): 9 care centres, 6 canteens, 3 care homes, 2 health partners. */
const MIX = ['村社居家养老服务照料中心', '老年食堂', '村社居家养老服务照料中心', '助餐点', '村社居家养老服务照料中心', '养老机构', '村社居家养老服务照料中心', '老年食堂', '村社居家养老服务照料中心', '康养联合体', '村社居家养老服务照料中心', '老年食堂', '村社居家养老服务照料中心', '养老院', '村社居家养老服务照料中心', '助餐点', '村社居家养老服务照料中心', '医养结合', '老年食堂', '敬老院'] as const;

const HOURS = ['周一至周五 8:00-11:30，13:30-17:00', '周一至周六 8:30-16:30', '每天 8:00-17:00', '工作日 8:30-17:00'];
const CANTEEN_HOURS = ['周一至周五 午餐 11:00-12:30', '每天 午餐 11:00-12:30；晚餐 16:30-17:30', '周一至周六 11:00-12:30', '周一至周日 早餐 7:00-8:30，午餐 11:00-12:30'];

/** The rows, seeded by `random`; `count` of them (at least one town centre per town when count allows). */
export function benchFacilityRows(district: District, count: number, random: () => number): TemplateRow[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const communities = district.towns.flatMap((town) => town.communities.map((community) => ({ town, community })));
  const rows: TemplateRow[] = [];
  const date = () => `2026-${String(1 + Math.floor(random() * 11)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const phone = (n: number) => `0577-${String(80_000_000 + (n % 10_000_000)).slice(0, 8)}`;

  for (const town of district.towns.slice(0, count)) {
    rows.push({
      name: `${town.name}居家养老服务中心`,
      type: '镇街居家养老服务中心',
      address: `瓯海区${town.name}测速路1号`,
      town: town.name,
      ...templateCoords(placeNear(town, 0.2, 0.8, random), 'wgs84'),
      phone: phone(rows.length),
      hours: pick(HOURS),
      services: '日间照料、助餐、康复护理、养老顾问',
      source: SOURCE,
      lastVerified: date(),
      sample: '是',
    });
  }
  for (let i = 0; rows.length < count; i++) {
    const { town, community } = communities[i % communities.length] as (typeof communities)[number];
    // Shifted by one each round over the communities, so that a small count has every type too (validate refuses a
    // district without one) and a community does not get the same type every round.
    const type = MIX[(i + Math.floor(i / communities.length)) % MIX.length] as (typeof MIX)[number];
    // The running number keeps names (and so generated ids) unique within a community and type.
    const n = i + 1;
    const canteen = type === '老年食堂' || type === '助餐点';
    rows.push({
      name: `${community.name}${type}${n}号`,
      type,
      address: `瓯海区${town.name}${community.name}测速路${(n % 998) + 2}号`,
      town: town.name,
      community: community.name,
      ...templateCoords(placeNear(town, ...townSpread(town), random), 'wgs84'),
      phone: phone(rows.length),
      hours: canteen ? pick(CANTEEN_HOURS) : pick(HOURS),
      services: canteen ? '助餐、送餐上门' : '日间照料、文体娱乐、健康监测',
      ...(canteen ? { meals: '午餐', price: pick(['10', '12', '15']), tierPrices: '80周岁以上:8;低保:5', delivery: pick(['是', '否', '']), booking: phone(rows.length) } : {}),
      ...(type === '养老机构' || type === '养老院' || type === '敬老院' ? { beds: String(50 + Math.floor(random() * 200)) } : {}),
      source: SOURCE,
      lastVerified: date(),
      sample: '是',
    });
  }
  return rows;
}
