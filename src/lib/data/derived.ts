/**
 * What pages need from the whole facility list, computed once per build and shared by every
 * page: the spatial indexes, the facilities of each town and community, each community's and
 * town's point, the data date. The build renders two pages per facility and about 1,500
 * others; anything that walked the whole list inside each page made it quadratic (issue 15:
 * 28 ms per facility page at 50,000 facilities).
 *
 * Each structure is memoised on the list it is given (a WeakMap keyed on the array): the
 * build's list (loadFacilities) is computed once, a test's fixture gets its own. Lists are
 * never changed after loading; a changed copy is a new list. Browser-safe (no Node imports).
 */
import type { Facility } from '../../schemas/facility.ts';
import { createFacilityIndex, type FacilityIndex } from '../geo/facility-index.ts';

/** `compute` memoised on the list it is given: however many pages ask, a list is computed once. */
export function perList<T>(compute: (facilities: readonly Facility[]) => T): (facilities: readonly Facility[]) => T {
  const cache = new WeakMap<readonly Facility[], { value: T }>();
  return (facilities) => {
    let entry = cache.get(facilities);
    if (!entry) {
      entry = { value: compute(facilities) };
      cache.set(facilities, entry);
    }
    return entry.value;
  };
}

function byId(a: Facility, b: Facility): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** True for places that serve meals: canteens, and centres with canteen details. */
export function servesMeals(f: Facility): boolean {
  return f.type === 'canteen' || f.canteen !== undefined;
}

/** The data date: the latest 最后核实 of any facility (footer, print sheets, downloads). */
export const dataDate = perList((facilities) => facilities.reduce((max, f) => (f.lastVerified !== undefined && f.lastVerified > max ? f.lastVerified : max), ''));

/** True while any facility is sample data (示例数据): pages then show the sample notice. */
export const isSampleInUse = perList((facilities) => facilities.some((f) => f.sample));

/** The spatial index of every facility (nearby facilities, print maps). */
export const facilityIndex = perList((facilities): FacilityIndex<Facility> => createFacilityIndex(facilities, (f) => f.location));

/** Facilities that serve meals (servesMeals), in list order. */
export const mealPlaces = perList((facilities) => facilities.filter(servesMeals));

/** The indexes a community's coverage is checked against: places serving meals, and care centres. */
export interface CoverageIndexes {
  canteens: FacilityIndex<Facility>;
  careCentres: FacilityIndex<Facility>;
}

export const coverageIndexes = perList(
  (facilities): CoverageIndexes => ({
    canteens: createFacilityIndex(mealPlaces(facilities), (f) => f.location),
    careCentres: createFacilityIndex(
      facilities.filter((f) => f.type === 'care-centre'),
      (f) => f.location,
    ),
  }),
);

function groupBy(facilities: readonly Facility[], key: (f: Facility) => string | undefined): ReadonlyMap<string, readonly Facility[]> {
  const groups = new Map<string, Facility[]>();
  for (const f of facilities) {
    const k = key(f);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  return groups;
}

const NONE: readonly Facility[] = [];

const byTown = perList((facilities) => groupBy(facilities, (f) => f.region.townCode));
const byCommunity = perList((facilities) => groupBy(facilities, (f) => f.region.communityCode));
const mealPlacesByTown = perList((facilities) => groupBy(mealPlaces(facilities), (f) => f.region.townCode));

/** The facilities of a street or town (9-digit code), in list order. */
export function facilitiesOfTown(facilities: readonly Facility[], townCode: string): readonly Facility[] {
  return byTown(facilities).get(townCode) ?? NONE;
}

/** The facilities of a village or community (12-digit code), in list order. */
export function facilitiesOfCommunity(facilities: readonly Facility[], communityCode: string): readonly Facility[] {
  return byCommunity(facilities).get(communityCode) ?? NONE;
}

/** The places serving meals in a street or town, in list order. */
export function mealPlacesOfTown(facilities: readonly Facility[], townCode: string): readonly Facility[] {
  return mealPlacesByTown(facilities).get(townCode) ?? NONE;
}

/** The first facility by id of each group. */
function firstById(facilities: readonly Facility[], key: (f: Facility) => string | undefined): ReadonlyMap<string, Facility> {
  const first = new Map<string, Facility>();
  for (const f of facilities) {
    const k = key(f);
    if (k === undefined) continue;
    const seen = first.get(k);
    if (!seen || byId(f, seen) < 0) first.set(k, f);
  }
  return first;
}

const careCentreByCommunity = perList((facilities) => firstById(facilities, (f) => (f.type === 'care-centre' ? f.region.communityCode : undefined)));
const townCentreByTown = perList((facilities) => firstById(facilities, (f) => (f.type === 'town-centre' ? f.region.townCode : undefined)));

/**
 * The point that stands for a village or community: its 村社居家养老服务照料中心 (the first by
 * id when there are several). Without one there is no point: the division data has no
 * positions for villages, and a guessed point would give a wrong answer.
 */
export function communityCareCentre(facilities: readonly Facility[], communityCode: string): Facility | undefined {
  return careCentreByCommunity(facilities).get(communityCode);
}

/** A street's or town's 镇街居家养老服务中心 (the first by id when there are several). */
export function townCentreFacility(facilities: readonly Facility[], townCode: string): Facility | undefined {
  return townCentreByTown(facilities).get(townCode);
}
