/**
 * The nearest-first list: what lies within 15 minutes' walk of home, grouped by type (canteens
 * first), with distance and minutes at the chosen pace. Uses the geo library's spatial index for
 * the straight-line search and, when a road graph is loaded, its walking search.
 */
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../schemas/facility-type.ts';
import { nearest, within, type FacilityIndex } from '../geo/facility-index.ts';
import { MAX_RING_MINUTES, metresToMinutes, minutesToMetres, RING_MINUTES, type Pace } from '../geo/pace.ts';
import { checkWalkingReach, type Reach } from '../geo/reach.ts';
import type { MapPoint } from './map-data.ts';

export interface NearbyFacility {
  facility: MapPoint;
  /** Great-circle metres from home. */
  straightMetres: number;
  /** Metres along streets; null when no road graph was used; Infinity when not walkable in time. */
  walkMetres: number | null;
  /** The distance the list shows: walking when known, else straight-line. */
  metres: number;
  /** Minutes at the pace for `metres`, rounded up. */
  minutes: number;
  /** The smallest ring (5, 10, 15) the facility lies in. */
  ring: number;
  /** Inside the straight-line 15-minute circle but not walkable within 15 minutes along streets. */
  blocked: boolean;
}

export interface NearbyOptions {
  /** Types to keep; all when undefined. */
  types?: readonly FacilityType[];
  /** A walking search from home (geo lib reachFrom) to measure along streets. */
  reach?: Reach | null;
}

/** The smallest ring (minutes) containing `metres` at the pace; MAX_RING_MINUTES beyond. */
export function ringOf(metres: number, pace: Pace): number {
  return RING_MINUTES.find((m) => metres <= minutesToMetres(m, pace)) ?? MAX_RING_MINUTES;
}

/** Every facility within 15 minutes of home at the pace, nearest first (walkable before blocked). */
export function nearbyFacilities(index: FacilityIndex<MapPoint>, lon: number, lat: number, pace: Pace, options: NearbyOptions = {}): NearbyFacility[] {
  const limit = minutesToMetres(MAX_RING_MINUTES, pace);
  const keep = options.types ? new Set(options.types) : undefined;
  const hits = within(index, lon, lat, limit).filter((h) => !keep || keep.has(h.item.type));
  const toItem = (facility: MapPoint, straightMetres: number, walkMetres: number | null, blocked: boolean): NearbyFacility => {
    const metres = walkMetres !== null && Number.isFinite(walkMetres) ? walkMetres : straightMetres;
    return { facility, straightMetres, walkMetres, metres, minutes: Math.max(1, Math.ceil(metresToMinutes(metres, pace))), ring: ringOf(metres, pace), blocked };
  };
  if (options.reach) {
    return checkWalkingReach(options.reach, hits, limit).map((c) => toItem(c.item, c.straightMetres, c.walkMetres, c.blocked));
  }
  return hits.map((h) => toItem(h.item, h.metres, null, false));
}

export interface NearbyGroup {
  type: FacilityType;
  items: NearbyFacility[];
}

/** Groups in display order (canteens first), keeping the nearest-first order inside each; empty groups left out. */
export function groupByType(items: readonly NearbyFacility[]): NearbyGroup[] {
  return FACILITY_TYPE_ORDER.map((type) => ({ type, items: items.filter((i) => i.facility.type === type) })).filter((g) => g.items.length > 0);
}

/** Distance as people read it: to the nearest 10 m. */
export function roundMetres(metres: number): number {
  return Math.round(metres / 10) * 10;
}

/** The nearest place that serves meals (a canteen, or a centre with canteen details), and whether it is within 15 minutes. */
export interface NearestMeal {
  facility: MapPoint;
  /** The distance shown: along streets when the walking search reached it, else straight-line. */
  metres: number;
  minutes: number;
  /** Whether `metres` was measured along streets. */
  walked: boolean;
  inside: boolean;
}

/**
 * The nearest place to eat from home, wherever it is: within 15 minutes it is the first such item of
 * the list (walkable ones first); beyond, the nearest by straight line, so that “15 分钟内没有老年食堂”
 * always comes with where the nearest one is. Undefined only when the data has no such place.
 */
export function nearestMeal(index: FacilityIndex<MapPoint>, items: readonly NearbyFacility[], lon: number, lat: number, pace: Pace): NearestMeal | undefined {
  const inReach = items.find((i) => i.facility.meals && !i.blocked);
  if (inReach) return { facility: inReach.facility, metres: inReach.metres, minutes: inReach.minutes, walked: inReach.walkMetres !== null, inside: true };
  for (let k = 16; ; k *= 4) {
    const hits = nearest(index, lon, lat, k);
    const hit = hits.find((h) => h.item.meals && !items.some((i) => i.facility.id === h.item.id && !i.blocked));
    if (hit) return { facility: hit.item, metres: hit.metres, minutes: Math.max(1, Math.ceil(metresToMinutes(hit.metres, pace))), walked: false, inside: false };
    if (hits.length < k) return undefined;
  }
}
