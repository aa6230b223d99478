/**
 * Coverage for planners: for each village/community (村社), whether it has a care centre and a meal
 * service within 15 minutes' walk, at the default elder pace. Computed at build time.
 *
 * A community's point is its own 村社居家养老服务照料中心 (see home-point.ts), so:
 * - for a community with a centre, the care criterion is met by that centre (0 m away); only the
 *   meal criterion is measured;
 * - a community with no centre in the data has no care centre of its own — itself the gap a
 *   planner looks for — and no point, so whether a meal service is in reach is unknown: it is never
 *   guessed from the town centre.
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

/**
 * covered: its own care centre and a meal service within the limit;
 * no-meals: its own care centre, but no meal service within the limit;
 * no-care-centre: no care centre of its own in the data (so no point: meals cannot be judged).
 */
export type CoverageStatus = 'covered' | 'no-meals' | 'no-care-centre';

export interface CommunityCoverage {
  townCode: string;
  townName: string;
  code: string;
  name: string;
  /** The community's own care centre, which is also its point; null when the data has none. */
  careCentre: MapFacility | null;
  /** Nearest facility serving meals (a canteen, or a centre with canteen details) within the limit; null when none or unknown. */
  meals: NearestService | null;
  /** False when there is no point to measure from, so `meals: null` means “cannot tell”, not “none”. */
  mealsKnown: boolean;
  status: CoverageStatus;
  /** How distances were measured for this community. */
  method: 'straight-line' | 'walking-network';
}

export interface CoverageSummary {
  total: number;
  /** Communities with a care centre of their own in the data (and so a point). */
  withCareCentre: number;
  /** Communities known to have a meal service within the limit. */
  withMeals: number;
  /** Communities whose meal access cannot be told (no point). */
  mealsUnknown: number;
  /** Both: their own care centre and a meal service within the limit. */
  covered: number;
}

export interface CoverageResult {
  communities: CommunityCoverage[];
  summary: CoverageSummary;
  limitMetres: number;
}

/**
 * Coverage of every community in the district. With a road graph, distances are walked along
 * streets where the point snaps to a street, and straight-line otherwise (said per community).
 */
export function computeCoverage(district: District, facilities: readonly MapFacility[], pace: Pace, graph?: WalkGraph | null): CoverageResult {
  const limitMetres = minutesToMetres(MAX_RING_MINUTES, pace);
  const mealIndex = createFacilityIndex(facilities.filter((f) => f.meals));
  const communities: CommunityCoverage[] = [];
  for (const town of district.towns) {
    for (const c of town.communities) {
      const careCentre = communityCareCentre(facilities, c.code) ?? null;
      const base = { townCode: town.code, townName: town.name, code: c.code, name: c.name, careCentre };
      if (!careCentre) {
        communities.push({ ...base, meals: null, mealsKnown: false, status: 'no-care-centre', method: 'straight-line' });
        continue;
      }
      const reach = graph ? reachFrom(graph, careCentre.lon, careCentre.lat, limitMetres) : null;
      const nearestIn = (index: FacilityIndex<MapFacility>): NearestService | null => {
        const hits = within(index, careCentre.lon, careCentre.lat, limitMetres);
        if (reach) {
          const first = checkWalkingReach(reach, hits, limitMetres).find((h) => h.walkable);
          return first ? { facility: first.item, metres: first.walkMetres, minutes: metresToMinutes(first.walkMetres, pace) } : null;
        }
        const first = hits[0];
        return first ? { facility: first.item, metres: first.metres, minutes: metresToMinutes(first.metres, pace) } : null;
      };
      const meals = nearestIn(mealIndex);
      communities.push({ ...base, meals, mealsKnown: true, status: meals ? 'covered' : 'no-meals', method: reach ? 'walking-network' : 'straight-line' });
    }
  }
  const withCareCentre = communities.filter((c) => c.careCentre).length;
  return {
    communities,
    limitMetres,
    summary: {
      total: communities.length,
      withCareCentre,
      withMeals: communities.filter((c) => c.meals).length,
      mealsUnknown: communities.filter((c) => !c.mealsKnown).length,
      covered: communities.filter((c) => c.status === 'covered').length,
    },
  };
}

/** A share as the page prints it: one decimal, none when whole (“42.5”, “50”). */
export function percentText(count: number, of: number): string {
  return of === 0 ? '0' : ((count / of) * 100).toFixed(1).replace(/\.0$/, '');
}
