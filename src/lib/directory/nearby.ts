/**
 * What lies within a 15-minute walk, in straight lines at the default elder pace
 * (直线距离估算): the neighbours of a facility, and whether a village or community (村社)
 * is inside the circle of a canteen and of a care centre.
 *
 * Straight lines understate real walks (rivers, walls, no crossing), so every page that
 * shows these figures labels them as straight-line estimates. Build-time only by use, but
 * browser-safe.
 */
import type { Facility } from '../../schemas/facility.ts';
import { communityCareCentre, coverageIndexes, facilityIndex, servesMeals, type CoverageIndexes } from '../data/derived.ts';
import { nearest, within, type FacilityIndex } from '../geo/facility-index.ts';
import type { WalkGraph } from '../geo/graph.ts';
import { checkWalkingReach, reachFrom, type Reach } from '../geo/reach.ts';
import { DEFAULT_PACE, minutesToMetres, type PacePreset } from '../geo/pace.ts';
import { walkMinutesAt } from './walk.ts';

/** The walking time of the elder service circle (15分钟养老服务圈). */
export const CIRCLE_MINUTES = 15;

/** A facility with its straight-line distance and the walking minutes at the pace, rounded up. */
export interface Near {
  facility: Facility;
  /** Straight-line (great-circle) distance in metres. */
  metres: number;
  /** Walking minutes at the pace, rounded up to a whole minute. */
  minutes: number;
}

// Computed once per facility list and shared by every page (src/lib/data/derived.ts).
export { coverageIndexes, servesMeals, type CoverageIndexes };

/** Walking minutes for `metres` at `pace`, rounded up (a 14.2-minute walk is shown as 15), at least 1. */
export function walkMinutes(metres: number, pace: PacePreset = DEFAULT_PACE): number {
  return walkMinutesAt(metres, pace.metresPerSecond);
}

/** The straight-line radius of the circle at `pace`, in metres (720 m at 0.8 m/s). */
export function circleMetres(pace: PacePreset = DEFAULT_PACE): number {
  return minutesToMetres(CIRCLE_MINUTES, pace);
}

/** The index of facilities by position, for the queries below; built once per list. */
export const indexFacilities = facilityIndex;

function byDistance(a: Near, b: Near): number {
  return a.metres - b.metres || (a.facility.id < b.facility.id ? -1 : a.facility.id > b.facility.id ? 1 : 0);
}

/** Facilities within the 15-minute circle of `from` (boundary included), nearest first, `from` itself left out. */
export function nearbyFacilities(index: FacilityIndex<Facility>, from: Facility, pace: PacePreset = DEFAULT_PACE): Near[] {
  return within(index, from.location.lon, from.location.lat, circleMetres(pace))
    .filter((hit) => hit.item.id !== from.id)
    .map((hit) => ({ facility: hit.item, metres: hit.metres, minutes: walkMinutes(hit.metres, pace) }))
    .sort(byDistance);
}

/**
 * The point that stands for a village or community: its 村社居家养老服务照料中心 (the first by
 * id when there are several). Without one there is no point: the division data has no
 * positions for villages, and a guessed point would give a wrong answer.
 */
export function communityPoint(code: string, facilities: readonly Facility[]): Facility | undefined {
  return communityCareCentre(facilities, code);
}

/** Whether a point is inside the circle of some facility of a kind, and the nearest one. */
export interface CircleAnswer {
  /** True when the nearest facility of the kind is within the circle (walkable within it, when walked). */
  inside: boolean;
  /** The nearest facility of the kind, wherever it is; undefined when the data has none. */
  nearest?: Near;
  /** Measured along streets (a road graph is loaded and the point is near a street): `nearest` is then the nearest walk. */
  walked?: boolean;
  /** Walked, nothing in reach, but one inside the straight-line circle: cut off (a river between). */
  blocked?: Near;
}

/** The answer for a village or community. */
export type Coverage =
  | { kind: 'no-point' }
  | { kind: 'point'; point: Facility; canteen: CircleAnswer; careCentre: CircleAnswer };

function answer(index: FacilityIndex<Facility>, lon: number, lat: number, pace: PacePreset, reach: Reach | null): CircleAnswer {
  const [hit] = nearest(index, lon, lat, 1);
  if (!hit) return { inside: false };
  const straight = { facility: hit.item, metres: hit.metres, minutes: walkMinutes(hit.metres, pace) };
  if (!reach) return { inside: hit.metres <= circleMetres(pace), nearest: straight };
  const checks = checkWalkingReach(reach, within(index, lon, lat, circleMetres(pace)));
  const walkable = checks.find((c) => c.walkable);
  if (walkable) return { inside: true, walked: true, nearest: { facility: walkable.item, metres: walkable.walkMetres, minutes: walkMinutes(walkable.walkMetres, pace) } };
  const cut = checks.find((c) => c.blocked);
  // Nothing walkable in time: the nearest is named by its straight-line distance, as without a graph.
  return { inside: false, walked: true, nearest: straight, ...(cut ? { blocked: { facility: cut.item, metres: cut.straightMetres, minutes: walkMinutes(cut.straightMetres, pace) } } : {}) };
}

/**
 * Whether the community at `code` is inside the 15-minute circle of a canteen and of a care centre.
 * With a road graph, “inside” means walkable within 15 minutes along streets, where the point is
 * near a street (else straight-line, and `walked` is not set).
 */
export function communityCoverage(code: string, facilities: readonly Facility[], indexes: CoverageIndexes, pace: PacePreset = DEFAULT_PACE, graph: WalkGraph | null = null): Coverage {
  const point = communityPoint(code, facilities);
  if (!point) return { kind: 'no-point' };
  const { lon, lat } = point.location;
  const reach = graph ? reachFrom(graph, lon, lat, circleMetres(pace), { avoidSteps: pace.avoidSteps }) : null;
  return { kind: 'point', point, canteen: answer(indexes.canteens, lon, lat, pace, reach), careCentre: answer(indexes.careCentres, lon, lat, pace, reach) };
}
