/**
 * The slice of each facility the map page needs in the browser, kept small because it is
 * downloaded as /map/facilities.json. Built at build time from the full Facility records.
 */
import type { Facility } from '../../schemas/facility.ts';
import type { FacilityType } from '../../schemas/facility-type.ts';
import type { OpeningHours } from '../../schemas/hours.ts';

export interface MapFacility {
  id: string;
  name: string;
  type: FacilityType;
  address: string;
  /** WGS-84. */
  lon: number;
  lat: number;
  townCode: string;
  communityCode?: string;
  phones: string[];
  hours: OpeningHours;
  /** Serves meals: a canteen, or a centre with canteen details (counts for 助餐 coverage). */
  meals: boolean;
}

/** The browser-side record of a facility. */
export function toMapFacility(f: Facility): MapFacility {
  return {
    id: f.id,
    name: f.name,
    type: f.type,
    address: f.address,
    lon: f.location.lon,
    lat: f.location.lat,
    townCode: f.region.townCode,
    ...(f.region.communityCode ? { communityCode: f.region.communityCode } : {}),
    phones: f.phones,
    hours: { periods: f.hours.periods, publicHolidays: f.hours.publicHolidays, adjustedWorkdays: f.hours.adjustedWorkdays, text: f.hours.text },
    meals: f.type === 'canteen' || f.canteen !== undefined,
  };
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
