/**
 * All facilities as a CSV in the import template's format: the same Chinese headers in the
 * same order (src/lib/import/columns.ts), UTF-8 with a byte-order mark so that Excel opens
 * it without mojibake, and values written the way the importer reads them back. Downloading
 * the file, editing it in Excel and putting it in data/facilities/ gives the same records.
 */
import type { Facility } from '../../schemas/facility.ts';
import { FACILITY_TYPE_LABELS } from '../../schemas/facility-type.ts';
import type { District } from '../../schemas/region.ts';
import type { OpeningHours } from '../../schemas/hours.ts';
import { communityByCode, townByCode } from '../data/regions.ts';
import { templateCsv, type TemplateRow } from '../import/template.ts';

const MEAL_ZH = { breakfast: '早餐', lunch: '午餐', supper: '晚餐' } as const;
const WEEKDAY_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

function yesNo(value: boolean | null | undefined): string {
  return value === true ? '是' : value === false ? '否' : '';
}

/**
 * 开放时间 as the importer's grammar reads it. The source's own text is kept when there is
 * one (it was parsed into these periods on import); records without it get a text written
 * from the periods, day by day, e.g. “周一、周二 午餐 11:00-13:00，晚餐 16:30-18:00”.
 */
export function hoursText(hours: OpeningHours): string {
  if (hours.text.trim() !== '') return hours.text;
  const groups = new Map<string, number[]>();
  for (let day = 1; day <= 7; day += 1) {
    const periods = hours.periods
      .filter((p) => p.days.includes(day))
      .sort((a, b) => a.open.localeCompare(b.open))
      .map((p) => `${p.meal ? `${MEAL_ZH[p.meal]} ` : ''}${p.open}-${p.close}`)
      .join('，');
    if (periods === '') continue;
    groups.set(periods, [...(groups.get(periods) ?? []), day]);
  }
  return [...groups.entries()].map(([periods, days]) => `${days.map((d) => WEEKDAY_ZH[d]).join('、')} ${periods}`).join('；');
}

/** 节假日: the holiday rule, and the 调休 rule when it is not the default. */
export function holidayText(hours: OpeningHours): string {
  const rule = { closed: '节假日休息', open: '节假日照常', unknown: '' }[hours.publicHolidays];
  const workdays = hours.adjustedWorkdays === 'calendar' ? '调休日按实际星期' : '';
  return [rule, workdays].filter(Boolean).join('，');
}

/**
 * One facility as a template row. Coordinates are WGS-84, so 坐标系 says so. A cell the importer
 * could not read is written back as the source wrote it (asWritten), so the file re-imports to
 * the same record and nothing the source said is lost.
 */
export function facilityRow(f: Facility, district: District): TemplateRow {
  const kept = f.asWritten ?? {};
  const yesNoKept = (value: boolean | null | undefined, written: string | undefined) => written ?? yesNo(value);
  const town = townByCode(district, f.region.townCode);
  const community = f.region.communityCode ? communityByCode(district, f.region.communityCode)?.community : undefined;
  const row: TemplateRow = {
    id: f.id,
    name: f.name,
    type: FACILITY_TYPE_LABELS[f.type].zh,
    address: f.address,
    town: town?.name ?? '',
    community: community?.name ?? '',
    townCode: f.region.townCode,
    communityCode: f.region.communityCode ?? '',
    lon: String(f.location.lon),
    lat: String(f.location.lat),
    crs: 'wgs84',
    phone: f.phones.length > 0 ? f.phones.join('、') : (kept.phones ?? ''),
    hours: hoursText(f.hours),
    holidays: kept.holidays ?? holidayText(f.hours),
    services: f.services.join('、'),
    beds: f.careHome?.beds?.toString() ?? kept.beds ?? '',
    nursingBeds: f.careHome?.nursingBeds?.toString() ?? kept.nursingBeds ?? '',
    stepFree: yesNoKept(f.accessibility.stepFree, kept.stepFree),
    lift: yesNoKept(f.accessibility.lift, kept.lift),
    accessibleToilet: yesNoKept(f.accessibility.accessibleToilet, kept.accessibleToilet),
    operator: f.operator ?? '',
    source: f.source,
    lastVerified: f.lastVerified ?? kept.lastVerified ?? '',
    notes: f.notes ?? '',
    sample: f.sample ? '是' : '否',
  };
  if (f.canteen) {
    row.meals = kept.meals ?? f.canteen.meals.map((m) => MEAL_ZH[m]).join('、');
    row.price = f.canteen.pricePerMeal?.toString() ?? kept.price ?? '';
    row.tierPrices = kept.tierPrices ?? f.canteen.tierPrices.map((tp) => `${tp.tier}:${tp.price}`).join(';');
    row.delivery = yesNoKept(f.canteen.delivery, kept.delivery);
    row.booking = f.canteen.booking ?? '';
  }
  return row;
}

/** All facilities as template CSV text, starting with a byte-order mark. */
export function facilitiesCsv(facilities: readonly Facility[], district: District): string {
  return templateCsv(facilities.map((f) => facilityRow(f, district)));
}
