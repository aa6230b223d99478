/**
 * Coverage for planners: for each village/community (村社), whether a meal service and a care
 * centre lie within 15 minutes' walk of its point, at the default elder pace. Computed at build
 * time. A community's point is its care centre (see home-point.ts); without one there is no
 * point and the answer is “unknown” — never guessed from the town centre.
 */
import type { District } from '../../schemas/region.ts';
import { createFacilityIndex, within, type FacilityIndex } from '../geo/facility-index.ts';
import { MAX_RING_MINUTES, metresToMinutes, minutesToMetres, type Pace } from '../geo/pace.ts';
import { checkWalkingReach, reachFrom } from '../geo/reach.ts';
import type { WalkGraph } from '../geo/graph.ts';
import { communityCareCentre } from './home-point.ts';
import type { MapFacility } from './map-data.ts';

/** The nearest qualifying facility and how far it is. */
export interface NearestService {
  facility: MapFacility;
  /** Metres: walking along streets when measured so, else straight-line. */
  metres: number;
  minutes: number;
}

export type CoverageStatus = 'covered' | 'gap' | 'unknown';

export interface CommunityCoverage {
  townCode: string;
  townName: string;
  code: string;
  name: string;
  /** The care centre the point comes from; null when the data has none. */
  point: MapFacility | null;
  /** Nearest facility serving meals (a canteen, or a centre with canteen details) within the limit. */
  meals: NearestService | null;
  /** Nearest care centre (村社照料中心 or 镇街中心) within the limit. */
  care: NearestService | null;
  /** covered: both within reach; gap: a point but one is missing; unknown: no point. */
  status: CoverageStatus;
  /** How distances were measured for this community. */
  method: 'straight-line' | 'walking-network';
}

export interface CoverageSummary {
  total: number;
  /** Communities with a point (a care centre in the data). */
  located: number;
  /** Communities with a meal service within the limit. */
  withMeals: number;
  /** Communities with a care centre within the limit. */
  withCare: number;
  /** Both. */
  covered: number;
  unknown: number;
}

export interface CoverageResult {
  communities: CommunityCoverage[];
  summary: CoverageSummary;
  limitMetres: number;
}

function isCare(f: MapFacility): boolean {
  return f.type === 'care-centre' || f.type === 'town-centre';
}

/**
 * Coverage of every community in the district. With a road graph, distances are walked along
 * streets where the point snaps to a street, and straight-line otherwise (said per community).
 */
export function computeCoverage(district: District, facilities: readonly MapFacility[], pace: Pace, graph?: WalkGraph | null): CoverageResult {
  const limitMetres = minutesToMetres(MAX_RING_MINUTES, pace);
  const mealIndex = createFacilityIndex(facilities.filter((f) => f.meals));
  const careIndex = createFacilityIndex(facilities.filter(isCare));
  const communities: CommunityCoverage[] = [];
  for (const town of district.towns) {
    for (const c of town.communities) {
      const point = communityCareCentre(facilities, c.code) ?? null;
      const base = { townCode: town.code, townName: town.name, code: c.code, name: c.name, point };
      if (!point) {
        communities.push({ ...base, meals: null, care: null, status: 'unknown', method: 'straight-line' });
        continue;
      }
      const reach = graph ? reachFrom(graph, point.lon, point.lat, limitMetres) : null;
      const nearestIn = (index: FacilityIndex<MapFacility>): NearestService | null => {
        const hits = within(index, point.lon, point.lat, limitMetres);
        if (reach) {
          const first = checkWalkingReach(reach, hits, limitMetres).find((h) => h.walkable);
          return first ? { facility: first.item, metres: first.walkMetres, minutes: metresToMinutes(first.walkMetres, pace) } : null;
        }
        const first = hits[0];
        return first ? { facility: first.item, metres: first.metres, minutes: metresToMinutes(first.metres, pace) } : null;
      };
      const meals = nearestIn(mealIndex);
      const care = nearestIn(careIndex);
      communities.push({ ...base, meals, care, status: meals && care ? 'covered' : 'gap', method: reach ? 'walking-network' : 'straight-line' });
    }
  }
  const located = communities.filter((c) => c.point).length;
  return {
    communities,
    limitMetres,
    summary: {
      total: communities.length,
      located,
      withMeals: communities.filter((c) => c.meals).length,
      withCare: communities.filter((c) => c.care).length,
      covered: communities.filter((c) => c.status === 'covered').length,
      unknown: communities.length - located,
    },
  };
}
