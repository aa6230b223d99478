/**
 * The few geo helpers the print maps need, in one place.
 *
 * TEMPORARY: the geo branch (src/lib/geo: pace.ts, distance.ts) owns these. Until it is merged,
 * this file holds a copy of the two values and the formula print needs; after the merge it only
 * re-exports from ../geo so that the pace and the Earth radius are stated once.
 */

/** Minutes at which the life-circle rings are drawn (src/lib/geo/pace.ts RING_MINUTES). */
export const RING_MINUTES = [5, 10, 15] as const;

/** The default elder walking pace in metres per second (src/lib/geo/pace.ts DEFAULT_PACE). */
export const DEFAULT_PACE = { id: 'elder', metresPerSecond: 0.8 } as const;

/** How far one walks in `minutes` at `metresPerSecond`, in metres. */
export function minutesToMetres(minutes: number, pace: { metresPerSecond: number }): number {
  return minutes * 60 * pace.metresPerSecond;
}

/** Mean Earth radius in metres, the radius turf uses. */
export const EARTH_RADIUS_METRES = 6371008.8;

const RAD = Math.PI / 180;

/** Great-circle distance in metres (haversine). */
export function haversineMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const sinDLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinDLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const h = sinDLat * sinDLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinDLon * sinDLon;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}
