/**
 * All facilities in the shape of Open Referral's Human Services Data Specification (HSDS 3.0),
 * as flat tables linked by id, the way HSDS's tabular form lays them out:
 * organizations → services → service_at_locations ← locations, with schedules, phones,
 * addresses, cost_options and accessibility.
 *
 * A reasonable subset: the fields we have data for. One facility is one service at one
 * location; its operator (运营单位) is the organization, and facilities without an operator
 * are their own organization. Ids are UUIDs derived from the facility id, so they stay the
 * same from one build to the next. Times carry the +08:00 offset (HSDS asks for one).
 * Fields HSDS has no place for keep an `x_` prefix.
 */
import { createHash } from 'node:crypto';
import type { Facility } from '../../schemas/facility.ts';
import { FACILITY_TYPE_LABELS, type FacilityType } from '../../schemas/facility-type.ts';
import type { OpeningHours, Weekday } from '../../schemas/hours.ts';
import type { District } from '../../schemas/region.ts';
import { communityByCode, townByCode } from '../data/regions.ts';
import { facilityPath } from '../directory/facility-layout.ts';
import type { OpenDataMeta } from '../../schemas/open-data.ts';
import { holidayText } from './csv.ts';

/** The HSDS version the tables follow. */
export const HSDS_VERSION = '3.0';

const BYDAY: Record<Weekday, string> = { 1: 'MO', 2: 'TU', 3: 'WE', 4: 'TH', 5: 'FR', 6: 'SA', 7: 'SU' };
const MEAL_ZH = { breakfast: '早餐', lunch: '午餐', supper: '晚餐' } as const;
const ACCESSIBILITY_ZH = { stepFree: '无障碍入口', lift: '电梯', accessibleToilet: '无障碍卫生间' } as const;

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
}
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: 'active';
  url: string;
  /** When the record was last checked (date-time, the start of its 核实日期 in +08:00); absent without one. */
  last_modified?: string;
  /** Facility id on this site (/facilities/<id>/). */
  x_facility_id: string;
  /** Facility type id (canteen, care-centre, …). */
  x_facility_type: FacilityType;
  /** True for sample records that are not official data. */
  x_sample: boolean;
  /** Where the record comes from. */
  x_source: string;
}
export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name: string;
  latitude: number;
  longitude: number;
  /** 12-digit community code, else 9-digit town code (national statistics division codes). */
  external_identifier: string;
  external_identifier_type: string;
}
export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}
export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  region: string;
  state_province: string;
  postal_code: string;
  country: 'CN';
  address_type: 'physical';
}
export interface HsdsPhone {
  id: string;
  service_id: string;
  number: string;
  type: 'voice';
  description: string;
}
export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq: 'WEEKLY';
  byday: string;
  opens_at: string;
  closes_at: string;
  timezone: number;
  description: string;
  notes: string;
}
export interface HsdsCostOption {
  id: string;
  service_id: string;
  option: string;
  amount: number;
  currency: 'CNY';
  amount_description: string;
}
export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
  details: string;
}

/** The whole dataset: metadata and the tables. */
export interface HsdsDataset {
  hsds_version: string;
  title: string;
  publisher: string;
  license: { name: string; id: string; url: string };
  attribution: string[];
  /** The latest 最后核实 date of any record. */
  data_date: string;
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  service_at_locations: HsdsServiceAtLocation[];
  addresses: HsdsAddress[];
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  cost_options: HsdsCostOption[];
  accessibility: HsdsAccessibility[];
}

/** A UUID (version 5 layout) made from a name, so the same facility keeps the same ids. */
export function stableUuid(...parts: string[]): string {
  const hex = createHash('sha1').update(`ouhai-elder-portal:${parts.join(':')}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

function hhmm(time: string): string {
  // HSDS advises 23:59 for a day that runs to midnight.
  return `${time === '24:00' ? '23:59' : time}+08:00`;
}

function schedules(f: Facility, serviceId: string, hours: OpeningHours): HsdsSchedule[] {
  const holidays = holidayText(hours) || '节假日安排不详';
  return hours.periods.map((p, i) => ({
    id: stableUuid('schedule', f.id, String(i)),
    service_id: serviceId,
    freq: 'WEEKLY',
    byday: [...p.days].sort((a, b) => a - b).map((d) => BYDAY[d]).join(','),
    opens_at: hhmm(p.open),
    closes_at: hhmm(p.close),
    timezone: 8,
    description: p.meal ? MEAL_ZH[p.meal] : hours.text,
    notes: holidays,
  }));
}

function serviceDescription(f: Facility): string {
  const parts = [FACILITY_TYPE_LABELS[f.type].zh];
  if (f.services.length > 0) parts.push(`服务内容：${f.services.join('、')}`);
  if (f.hours.text) parts.push(`开放时间：${f.hours.text}`);
  if (f.canteen?.delivery === true) parts.push('送餐上门');
  if (f.canteen?.booking) parts.push(`订餐：${f.canteen.booking}`);
  if (f.careHome?.beds !== undefined) parts.push(`床位 ${f.careHome.beds} 张`);
  if (f.careHome?.nursingBeds !== undefined) parts.push(`护理床位 ${f.careHome.nursingBeds} 张`);
  if (f.notes) parts.push(f.notes);
  return parts.join('；');
}

/** The facilities as an HSDS dataset. `siteUrl` is the site's address, for each service's page link. */
export function facilitiesHsds(facilities: readonly Facility[], district: District, meta: OpenDataMeta, siteUrl: string, dataDate: string): HsdsDataset {
  const dataset: HsdsDataset = {
    hsds_version: HSDS_VERSION,
    title: '瓯海区养老服务设施',
    publisher: meta.publisher,
    license: { name: meta.licence.name, id: meta.licence.id, url: meta.licence.url },
    attribution: [meta.attribution, ...meta.otherAttributions.map((a) => a.text)],
    data_date: dataDate,
    organizations: [],
    services: [],
    locations: [],
    service_at_locations: [],
    addresses: [],
    phones: [],
    schedules: [],
    cost_options: [],
    accessibility: [],
  };
  const organizations = new Map<string, HsdsOrganization>();

  for (const f of facilities) {
    const orgKey = f.operator ? `operator:${f.operator}` : `facility:${f.id}`;
    let organization = organizations.get(orgKey);
    if (!organization) {
      organization = { id: stableUuid('organization', orgKey), name: f.operator ?? f.name, description: f.operator ? '运营单位' : FACILITY_TYPE_LABELS[f.type].zh };
      organizations.set(orgKey, organization);
      dataset.organizations.push(organization);
    }
    const serviceId = stableUuid('service', f.id);
    const locationId = stableUuid('location', f.id);
    dataset.services.push({
      id: serviceId,
      organization_id: organization.id,
      name: f.name,
      description: serviceDescription(f),
      status: 'active',
      url: new URL(facilityPath(f), siteUrl).href,
      // HSDS wants a date-time; 核实日期 is a day, so its start in Asia/Shanghai.
      ...(f.lastVerified ? { last_modified: `${f.lastVerified}T00:00:00+08:00` } : {}),
      x_facility_id: f.id,
      x_facility_type: f.type,
      x_sample: f.sample,
      x_source: f.source,
    });

    const town = townByCode(district, f.region.townCode);
    const community = f.region.communityCode ? communityByCode(district, f.region.communityCode)?.community : undefined;
    dataset.locations.push({
      id: locationId,
      location_type: 'physical',
      name: f.name,
      latitude: f.location.lat,
      longitude: f.location.lon,
      external_identifier: f.region.communityCode ?? f.region.townCode,
      external_identifier_type: '统计用区划代码（国家统计局 2023）',
    });
    dataset.service_at_locations.push({ id: stableUuid('service_at_location', f.id), service_id: serviceId, location_id: locationId });
    dataset.addresses.push({
      id: stableUuid('address', f.id),
      location_id: locationId,
      address_1: f.address,
      city: [district.name, town?.name, community?.name].filter(Boolean).join(' '),
      region: district.city,
      state_province: district.province,
      postal_code: '',
      country: 'CN',
      address_type: 'physical',
    });
    f.phones.forEach((number, i) => {
      dataset.phones.push({ id: stableUuid('phone', f.id, String(i)), service_id: serviceId, number, type: 'voice', description: '' });
    });
    dataset.schedules.push(...schedules(f, serviceId, f.hours));
    if (f.canteen?.pricePerMeal !== undefined) {
      dataset.cost_options.push({
        id: stableUuid('cost', f.id, 'full'),
        service_id: serviceId,
        option: '原价',
        amount: f.canteen.pricePerMeal,
        currency: 'CNY',
        amount_description: '每餐',
      });
    }
    f.canteen?.tierPrices.forEach((tp, i) => {
      dataset.cost_options.push({
        id: stableUuid('cost', f.id, String(i)),
        service_id: serviceId,
        option: tp.tier,
        amount: tp.price,
        currency: 'CNY',
        amount_description: '每餐（优惠价）',
      });
    });
    for (const key of ['stepFree', 'lift', 'accessibleToilet'] as const) {
      const value = f.accessibility[key];
      if (value === null) continue;
      dataset.accessibility.push({
        id: stableUuid('accessibility', f.id, key),
        location_id: locationId,
        description: ACCESSIBILITY_ZH[key],
        details: value ? '有' : '没有',
      });
    }
  }
  return dataset;
}
