/**
 * The slice of each facility the map page needs in the browser, built at build time from the full
 * Facility records. Split in two so what the page downloads first grows gently with the data: every
 * facility's point (MapPoint: name, type, address, position — enough for the nearest-first search,
 * the place search and the markers) in /map/data.json, and the rest (phones, hours: MapDetails) per
 * street or town in /map/details/<town>.json, fetched for the facilities a reader is shown.
 */
import type { Facility } from '../../schemas/facility.ts';
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../schemas/facility-type.ts';
import type { OpeningHours } from '../../schemas/hours.ts';
import { detailPlace } from '../directory/facility-layout.ts';

/** A facility as the map's search and markers need it. */
export interface MapPoint {
  id: string;
  name: string;
  type: FacilityType;
  address: string;
  /** WGS-84. */
  lon: number;
  lat: number;
  townCode: string;
  communityCode?: string;
  /** Serves meals: a canteen, or a centre with canteen details (counts for 助餐 coverage). */
  meals: boolean;
  /** In the grouped layout, the page of its group its details are on (facility-layout.ts). */
  detailPage?: number;
}

/** The rest of a facility, for its card and popup. */
export interface MapDetails {
  phones: string[];
  hours: OpeningHours;
}

/** A facility with its details: what a card shows. */
export type MapFacility = MapPoint & MapDetails;

/** The browser-side record of a facility. */
export function toMapFacility(f: Facility): MapFacility {
  return { ...toMapPoint(f), ...toMapDetails(f) };
}

export function toMapPoint(f: Facility): MapPoint {
  const place = detailPlace(f);
  return {
    id: f.id,
    name: f.name,
    type: f.type,
    address: f.address,
    lon: f.location.lon,
    lat: f.location.lat,
    townCode: f.region.townCode,
    ...(f.region.communityCode ? { communityCode: f.region.communityCode } : {}),
    meals: f.type === 'canteen' || f.canteen !== undefined,
    ...(place ? { detailPage: place.page } : {}),
  };
}

export function toMapDetails(f: Facility): MapDetails {
  return { phones: f.phones, hours: { periods: f.hours.periods, publicHolidays: f.hours.publicHolidays, adjustedWorkdays: f.hours.adjustedWorkdays, text: f.hours.text } };
}

/**
 * Every facility's point as columns (one array per field, types and towns as numbers): the field
 * names are not repeated per facility, and positions are kept to 6 decimals (about 0.1 m).
 */
export interface PackedPoints {
  id: string[];
  name: string[];
  /** Index into FACILITY_TYPE_ORDER. */
  type: number[];
  address: string[];
  /** Degrees × 1e6, rounded. */
  lon: number[];
  lat: number[];
  /** Index into `towns`. */
  town: number[];
  /** Community code, '' when none. */
  community: string[];
  /** 1 when the facility serves meals. */
  meals: number[];
  /** The town codes `town` indexes. */
  towns: string[];
  /** In the grouped layout only: each facility's details page (MapPoint.detailPage). */
  page?: number[];
}

export function packPoints(points: readonly MapPoint[]): PackedPoints {
  const towns = [...new Set(points.map((p) => p.townCode))].sort();
  return {
    id: points.map((p) => p.id),
    name: points.map((p) => p.name),
    type: points.map((p) => FACILITY_TYPE_ORDER.indexOf(p.type)),
    address: points.map((p) => p.address),
    lon: points.map((p) => Math.round(p.lon * 1e6)),
    lat: points.map((p) => Math.round(p.lat * 1e6)),
    town: points.map((p) => towns.indexOf(p.townCode)),
    community: points.map((p) => p.communityCode ?? ''),
    meals: points.map((p) => (p.meals ? 1 : 0)),
    towns,
    ...(points.some((p) => p.detailPage) ? { page: points.map((p) => p.detailPage ?? 0) } : {}),
  };
}

export function unpackPoints(packed: PackedPoints): MapPoint[] {
  return packed.id.map((id, i) => {
    const community = packed.community[i] ?? '';
    return {
      id,
      name: packed.name[i] ?? '',
      type: FACILITY_TYPE_ORDER[packed.type[i] ?? 0] ?? 'canteen',
      address: packed.address[i] ?? '',
      lon: (packed.lon[i] ?? 0) / 1e6,
      lat: (packed.lat[i] ?? 0) / 1e6,
      townCode: packed.towns[packed.town[i] ?? 0] ?? '',
      ...(community ? { communityCode: community } : {}),
      meals: packed.meals[i] === 1,
      ...(packed.page?.[i] ? { detailPage: packed.page[i] } : {}),
    };
  });
}

/** A town and its communities as the location picker lists them. */
export interface PickerTown {
  code: string;
  name: string;
  /** Approximate centre (see Town.centreSource). */
  lon: number;
  lat: number;
  communities: { code: string; name: string }[];
}
