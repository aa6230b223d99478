/**
 * What lies near a village or community, as its page and its print sheet say it: the services within
 * 15 minutes' walk of the community's point, nearest first (along streets when the site has a road
 * graph), and the nearest place to eat wherever it is. The same search as the map page's list
 * (src/lib/geo-ui/results.ts), on the same point as the print sheet (src/lib/print/select.ts).
 */
import type { Facility } from '../../schemas/facility.ts';
import type { Community, Town } from '../../schemas/region.ts';
import { pointIndex } from '../data/derived.ts';
import type { WalkGraph } from '../geo/graph.ts';
import { DEFAULT_PACE } from '../geo/pace.ts';
import { walkingReach } from '../geo-ui/pace-options.ts';
import { nearbyFacilities, nearestMeals, type NearbyFacility, type NearestMeal } from '../geo-ui/results.ts';
import { communityPoint, type CommunityPoint } from '../print/select.ts';

/** How many places to eat a community's page names: with 现在开门 ticked, the nearest open one is among them. */
export const MEALS = 3;

export interface CommunityServices {
  point: CommunityPoint;
  /** Within 15 minutes at the default elder pace, nearest first (walkable ones first when walked). */
  services: NearbyFacility[];
  /** The nearest places that serve meals (up to MEALS), wherever they are, nearest first; empty only when the data has none. */
  meals: NearestMeal[];
  /** Distances were measured along streets. */
  walked: boolean;
}

/** The services near a community's point (its care centre, else its town's centre: `point.kind` says which). */
export function communityServices(community: Community, town: Town, facilities: readonly Facility[], graph: WalkGraph | null = null): CommunityServices {
  const point = communityPoint(community, town, facilities);
  const index = pointIndex(facilities);
  const pace = { metresPerSecond: DEFAULT_PACE.metresPerSecond, avoidSteps: DEFAULT_PACE.avoidSteps };
  const reach = graph ? walkingReach(graph, point.lon, point.lat, pace) : null;
  const services = nearbyFacilities(index, point.lon, point.lat, pace.metresPerSecond, { reach });
  return { point, services, meals: nearestMeals(index, services, point.lon, point.lat, pace.metresPerSecond, MEALS), walked: reach !== null };
}
