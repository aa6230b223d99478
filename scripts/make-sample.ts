/**
 * Generates data/facilities/sample.csv, the embedded SAMPLE dataset (示例数据): invented
 * facilities placed near the real town centres, in the template format, so the site builds
 * out of the box and every feature has something to show. Not official data: every row says
 * so in 数据来源 and 示例数据. Seeded, so re-running gives the same file.
 *
 *   npm run sample
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Crs, LonLat } from '../src/schemas/common.ts';
import type { Community, Town } from '../src/schemas/region.ts';
import { districtData, repoRoot } from '../src/lib/import/regions-match.ts';
import { templateCsv, type TemplateRow } from '../src/lib/import/template.ts';
import { besides as besidesOf, between as betweenOf, mulberry32, placeNear as placeNearOf, templateCoords, townSpread } from './lib/synthetic.ts';

const SOURCE = '示例数据（非官方，仅供演示）';
/** Pinyin of each town, for readable ids of the town centres and care homes. */
const PINYIN: Record<string, string> = {
  景山街道: 'jingshan', 梧田街道: 'wutian', 南白象街道: 'nanbaixiang', 茶山街道: 'chashan', 娄桥街道: 'louqiao', 新桥街道: 'xinqiao', 三垟街道: 'sanyang',
  瞿溪街道: 'quxi', 郭溪街道: 'guoxi', 潘桥街道: 'panqiao', 丽岙街道: 'liao', 仙岩街道: 'xianyan', 泽雅镇: 'zeya',
};

const random = mulberry32(20261122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (lo: number, hi: number) => betweenOf(random, lo, hi);
const intBetween = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));

let phoneSeq = 0;
/** Obviously made-up landlines: 0577-8000 then a running number. */
const phone = () => `0577-8000${String(++phoneSeq).padStart(4, '0')}`;

const placeNear = (town: Town, minKm: number, maxKm: number) => placeNearOf(town, minKm, maxKm, random);
const besides = (p: LonLat, town: Town) => besidesOf(p, town, random);

const recent = () => `2026-${String(intBetween(8, 11)).padStart(2, '0')}-${String(intBetween(1, 15)).padStart(2, '0')}`;
const stale = () => `2026-0${intBetween(2, 4)}-${String(intBetween(1, 28)).padStart(2, '0')}`;
const yesNo = () => pick(['是', '否', '']);

const district = districtData();
const towns = district.towns;
const rows: TemplateRow[] = [];
let streetNo = 0;
const address = (town: Town, community?: Community) => `瓯海区${town.name}${community?.name ?? ''}示例路${(streetNo = (streetNo % 98) + 2)}号`;

// Which rows use GCJ-02 / BD-09 / official names / codes / other date forms: every n-th, so
// the features are spread over the file.
let counter = 0;
function variant(): { crs: Crs; crsLabel?: string } {
  counter++;
  if (counter % 23 === 5) return { crs: 'gcj02' };
  if (counter % 41 === 11) return { crs: 'gcj02', crsLabel: '高德' };
  if (counter === 60) return { crs: 'bd09', crsLabel: '百度' };
  return { crs: 'wgs84' };
}

// 1. A 镇街居家养老服务中心 in every town.
const centres = new Map<string, LonLat>();
for (const town of towns) {
  const at = placeNear(town, 0.2, 0.8);
  centres.set(town.code, at);
  const v = variant();
  rows.push({
    id: `town-centre-${PINYIN[town.name]}`,
    name: `${town.name}居家养老服务中心`,
    type: '镇街居家养老服务中心',
    address: address(town),
    town: town.name,
    townCode: counter % 3 === 0 ? town.code : '',
    ...templateCoords(at, v.crs, v.crsLabel),
    phone: random() < 0.3 ? `${phone()}、${phone()}` : phone(),
    hours: pick(['周一至周五 8:30-17:00', '周一至周六 8:00-17:00', '工作日 8:30-11:30，13:30-17:00']),
    holidays: pick(['节假日休息', '']),
    services: '日间照料、助餐、康复护理、文体娱乐、养老顾问、助浴',
    stepFree: '是',
    lift: pick(['是', '是', '否']),
    accessibleToilet: '是',
    operator: `${town.name}（示例运营单位）`,
    source: SOURCE,
    lastVerified: random() < 0.1 ? stale() : recent(),
    sample: '是',
  });
}

// 2. 村社居家养老服务照料中心 in about half the communities, at least one per town.
type Placed = { town: Town; community: Community; at: LonLat };
const careCentres: Placed[] = [];
for (const town of towns) {
  const chosen = town.communities.filter(() => random() < 0.5);
  if (chosen.length === 0) chosen.push(pick(town.communities));
  for (const community of chosen) {
    const at = placeNear(town, ...townSpread(town));
    careCentres.push({ town, community, at });
    const v = variant();
    const official = counter % 17 === 3 && community.officialName !== community.name;
    rows.push({
      name: `${community.name}居家养老服务照料中心`,
      type: pick(['村社居家养老服务照料中心', '村社居家养老服务照料中心', '居家养老服务照料中心']),
      address: address(town, community),
      town: counter % 29 === 7 ? town.name.replace(/(街道|镇)$/, '') : town.name,
      community: official ? community.officialName : community.name,
      communityCode: counter % 13 === 4 ? community.code : '',
      ...templateCoords(at, v.crs, v.crsLabel),
      phone: phone(),
      hours: pick(['周一至周五 8:00-11:30，13:30-17:00', '周一至周六 8:30-16:30', '工作日 8:30-17:00', '每天 8:00-17:00', '周一至周五 8:30-11:00，14:00-16:30']),
      holidays: pick(['节假日休息', '节假日照常', '', '', '', '', '']),
      services: pick(['日间照料、文体娱乐、健康监测', '日间照料、助餐、文体娱乐', '日间照料、健康监测、精神慰藉', '文体娱乐、健康监测']),
      ...(random() < 0.3 ? { stepFree: yesNo(), lift: yesNo(), accessibleToilet: yesNo() } : {}),
      source: SOURCE,
      lastVerified: random() < 0.05 ? stale() : recent(),
      sample: '是',
    });
  }
}

// 3. About 35 老年食堂/助餐点: most in or beside a care centre, some on their own.
const CANTEEN_HOURS: { hours: string; meals: string }[] = [
  { hours: '周一至周五 午餐 11:00-12:30', meals: '午餐' },
  { hours: '周一至周五 11:00-12:30，16:30-17:30', meals: '午餐、晚餐' },
  { hours: '每天 10:30-12:30', meals: '午餐' },
  { hours: '每天 午餐 11:00-12:30；晚餐 16:30-17:30', meals: '午餐、晚餐' },
  { hours: '周一至周六 11:00-12:30', meals: '午餐' },
  { hours: '周一至周五 11：00－12：30，16：30－17：30', meals: '午餐、晚餐' },
  { hours: '周一至周日 早餐 7:00-8:30，午餐 11:00-12:30', meals: '早餐、午餐' },
];
const TIERS = ['80周岁以上:8;低保:5', '70周岁以上:10;80周岁以上:8', '90周岁以上:5;低保:3;特困:0', '80周岁以上:8', ''];
const inCentre = [...careCentres].sort(() => random() - 0.5).slice(0, 26);
const withCentre = new Set(inCentre.map((c) => c.community.code));
const standalone = towns
  .flatMap((town) => town.communities.filter((c) => !withCentre.has(c.code)).map((community) => ({ town, community })))
  .sort(() => random() - 0.5)
  .slice(0, 9)
  .map(({ town, community }) => ({ town, community, at: placeNear(town, ...townSpread(town)) }));
const canteenSites = [...inCentre.map((c) => ({ ...c, at: besides(c.at, c.town) })), ...standalone].sort((a, b) => a.community.code.localeCompare(b.community.code));
for (const [i, site] of canteenSites.entries()) {
  const v = variant();
  const shape = CANTEEN_HOURS[i % CANTEEN_HOURS.length] as (typeof CANTEEN_HOURS)[number];
  const bookingPhone = phone();
  rows.push({
    name: `${site.community.name}${i % 4 === 3 ? '助餐点' : '老年食堂'}`,
    type: i % 4 === 3 ? '助餐点' : '老年食堂',
    address: address(site.town, site.community),
    town: site.town.name,
    community: site.community.name,
    ...templateCoords(site.at, v.crs, v.crsLabel),
    phone: bookingPhone,
    hours: shape.hours,
    holidays: i % 5 === 0 ? '节假日休息' : i % 5 === 1 ? '节假日照常' : '',
    services: random() < 0.4 ? '助餐、送餐上门' : '助餐',
    meals: shape.meals,
    price: pick(['10', '12', '12元', '13', '15', '15元']),
    tierPrices: TIERS[i % TIERS.length] as string,
    delivery: ['是', '否', ''][i % 3] as string,
    booking: i % 3 === 2 ? '' : bookingPhone,
    ...(random() < 0.4 ? { stepFree: yesNo(), accessibleToilet: yesNo() } : {}),
    source: SOURCE,
    lastVerified: i % 6 === 4 ? stale() : i % 7 === 2 ? recent().replace(/-0?(\d+)-0?(\d+)$/, '/$1/$2') : recent(),
    sample: '是',
  });
}

// 4. 养老机构 with beds and nursing beds.
const HOME_TOWNS = ['梧田街道', '娄桥街道', '瞿溪街道', '潘桥街道', '丽岙街道', '仙岩街道', '泽雅镇'];
for (const [i, name] of HOME_TOWNS.entries()) {
  const town = towns.find((t) => t.name === name) as Town;
  const beds = intBetween(6, 30) * 10;
  const v = variant();
  rows.push({
    id: `care-home-${PINYIN[town.name]}`,
    name: `${town.name.replace(/(街道|镇)$/, '')}${['颐养院', '康乐养老院', '敬老院'][i % 3]}`,
    type: ['养老机构', '养老院', '敬老院'][i % 3] as string,
    address: address(town),
    town: town.name,
    ...templateCoords(placeNear(town, ...townSpread(town)), v.crs, v.crsLabel),
    phone: phone(),
    hours: '每天 全天',
    holidays: '节假日照常',
    services: '长期照护、失能照护、康复护理、短期托养',
    beds: String(beds),
    nursingBeds: `${Math.round(beds * between(0.5, 0.8))}`,
    stepFree: '是',
    lift: i % 3 === 2 ? '否' : '是',
    accessibleToilet: '是',
    operator: '示例养老服务有限公司',
    source: SOURCE,
    lastVerified: i === 2 ? stale() : recent(),
    notes: i === 0 ? '探访时间 8:00-17:00（示例）' : '',
    sample: '是',
  });
}

// 5. 康养联合体 / 医养结合.
for (const [i, name] of ['新桥街道', '三垟街道', '郭溪街道'].entries()) {
  const town = towns.find((t) => t.name === name) as Town;
  const v = variant();
  rows.push({
    name: i === 2 ? `${town.name.replace(/(街道|镇)$/, '')}医养结合服务中心` : `${town.name}康养联合体`,
    type: i === 2 ? '医养结合' : '康养联合体',
    address: address(town),
    town: town.name,
    ...templateCoords(placeNear(town, 0.3, 1.5), v.crs, v.crsLabel),
    phone: phone(),
    hours: '周一至周日 8:00-11:30，13:30-17:00',
    holidays: i === 1 ? '节假日休息' : '节假日照常',
    services: '健康体检、慢病管理、康复理疗、家庭医生签约',
    stepFree: '是',
    lift: '是',
    accessibleToilet: '是',
    source: SOURCE,
    lastVerified: recent(),
    sample: '是',
  });
}

// 6. A canteen as real lists often have one: hours in words, a phone cell that is not a number
// and no 核实日期. It shows how the site keeps such a record (原文 + “请先电话确认”, “核实日期不详”).
// Last, so that the random draws of every row above stay as they were.
{
  const town = towns.find((t) => t.name === '三垟街道') as Town;
  rows.push({
    name: `${town.name.replace(/(街道|镇)$/, '')}湿地老年食堂`,
    type: '老年食堂',
    address: address(town),
    town: town.name,
    ...templateCoords(placeNear(town, 0.3, 1.5), 'wgs84'),
    phone: '找村委会',
    hours: '看情况',
    meals: '午餐',
    price: '12',
    booking: phone(),
    source: SOURCE,
    sample: '是',
  });
}

const out = join(repoRoot(), 'data/facilities/sample.csv');
mkdirSync(join(repoRoot(), 'data/facilities'), { recursive: true });
writeFileSync(out, templateCsv(rows));
const count = (type: string) => rows.filter((r) => r.type === type).length;
process.stderr.write(`${out}: ${rows.length} 行（镇街中心 ${count('镇街居家养老服务中心')}，照料中心 ${careCentres.length}，食堂/助餐点 ${canteenSites.length}，养老机构 ${HOME_TOWNS.length}，康养/医养 3，信息不全的食堂 1）\n`);
