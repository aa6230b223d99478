/**
 * What a print map shows: the community's point and the facilities near it, nearest first.
 * Distances are straight lines (直线距离估算) at the default elder pace.
 */
import type { Facility } from '../../schemas/facility.ts';
import type { Community, Town } from '../../schemas/region.ts';
import { communityCareCentre, facilitiesOfTown, facilityIndex, townCentreFacility } from '../data/derived.ts';
import { haversineMetres } from '../geo/distance.ts';
import { nearest, within } from '../geo/facility-index.ts';
import { DEFAULT_PACE, MAX_RING_MINUTES, RING_MINUTES, metresToMinutes, minutesToMetres } from '../geo/pace.ts';

/** Where the map of a community is centred, and why. */
export type CommunityPoint =
  /** The community's own 村社居家养老服务照料中心. */
  | { kind: 'care-centre'; lon: number; lat: number; facility: Facility }
  /** No care centre in the data: the town's 镇街居家养老服务中心 stands in. */
  | { kind: 'town-centre-facility'; lon: number; lat: number; facility: Facility }
  /** Neither: the approximate centre of the town from the division data. */
  | { kind: 'town-centre-approx'; lon: number; lat: number };

/** A facility with its straight-line distance from the map's point. */
export interface NearFacility {
  facility: Facility;
  /** Straight-line distance in metres. */
  metres: number;
  /** Walking minutes at the default elder pace, rounded up. */
  minutes: number;
}

/** Facilities picked for a map: the numbered ones and how many more there are. */
export interface Selection {
  /** Numbered 1… in this order on the map and in the table. */
  listed: NearFacility[];
  /** Facilities that qualify but are left off the printed map (shown on the web page). */
  more: NearFacility[];
}

/** Metres of each life-circle ring at the default elder pace: 5, 10 and 15 minutes. */
export function ringMetres(): { minutes: number; metres: number }[] {
  return RING_MINUTES.map((minutes) => ({ minutes, metres: minutesToMetres(minutes, DEFAULT_PACE) }));
}

/** Straight-line reach of the largest ring (15 minutes) in metres. */
export function maxReachMetres(): number {
  return minutesToMetres(MAX_RING_MINUTES, DEFAULT_PACE);
}

/** Walking minutes for `metres` at the default elder pace, rounded up to a whole minute. */
export function walkingMinutes(metres: number): number {
  return Math.max(0, Math.ceil(metresToMinutes(metres, DEFAULT_PACE) - 1e-9));
}

function byId(a: Facility, b: Facility): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The community's point: its care centre (the rule of src/lib/data/derived.ts: the first by
 * id when the data has several), else the town's home-care service centre, else the town's
 * approximate centre. Never a made-up point.
 */
export function communityPoint(community: Community, town: Town, facilities: readonly Facility[]): CommunityPoint {
  const care = communityCareCentre(facilities, community.code);
  if (care) return { kind: 'care-centre', lon: care.location.lon, lat: care.location.lat, facility: care };
  return townPoint(town, facilities);
}

/** A town's point: its home-care service centre, else its approximate centre. */
export function townPoint(town: Town, facilities: readonly Facility[]): Exclude<CommunityPoint, { kind: 'care-centre' }> {
  const centre = townCentreFacility(facilities, town.code);
  if (centre) return { kind: 'town-centre-facility', lon: centre.location.lon, lat: centre.location.lat, facility: centre };
  return { kind: 'town-centre-approx', lon: town.centre.lon, lat: town.centre.lat };
}

function near(hits: readonly { item: Facility; metres: number }[]): NearFacility[] {
  return hits
    .map((h) => ({ facility: h.item, metres: h.metres, minutes: walkingMinutes(h.metres) }))
    .sort((a, b) => a.metres - b.metres || byId(a.facility, b.facility));
}

/** Facilities within `maxMetres` (straight line) of `from`, nearest first, the first `cap` listed. */
export function selectNearby(from: { lon: number; lat: number }, facilities: readonly Facility[], maxMetres = maxReachMetres(), cap = Infinity): Selection {
  const found = near(within(facilityIndex(facilities), from.lon, from.lat, maxMetres));
  return { listed: found.slice(0, cap), more: found.slice(cap) };
}

/** The nearest facility beyond `maxMetres`, to mention when nothing is in reach. */
export function nearestBeyond(from: { lon: number; lat: number }, facilities: readonly Facility[], maxMetres = maxReachMetres()): NearFacility | undefined {
  const index = facilityIndex(facilities);
  const inReach = within(index, from.lon, from.lat, maxMetres).length;
  return near(nearest(index, from.lon, from.lat, inReach + 1)).find((n) => n.metres > maxMetres);
}

/** A town map: the town's own facilities, nearest first from the town's point, the first `cap` listed. */
export function selectForTown(town: Town, facilities: readonly Facility[], cap = Infinity): { point: ReturnType<typeof townPoint>; selection: Selection } {
  const point = townPoint(town, facilities);
  const own = facilitiesOfTown(facilities, town.code);
  const found = near(own.map((f) => ({ item: f, metres: haversineMetres(point.lon, point.lat, f.location.lon, f.location.lat) })));
  return { point, selection: { listed: found.slice(0, cap), more: found.slice(cap) } };
}
