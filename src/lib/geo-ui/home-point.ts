/**
 * Where "home" is for the walking circle, and where a community's point comes from.
 *
 * A village or community (村社) has no surveyed centre in our data. Its point is its
 * 村社居家养老服务照料中心 (care centre) when the data has one; otherwise there is no point,
 * and the map page falls back to the street/town's approximate centre and says so.
 */
import type { MapPoint, PickerTown } from './map-data.ts';

/** How the home point was chosen. */
export type HomeSource = 'geolocation' | 'map' | 'community' | 'town-centre' | 'search' | 'link';

export interface HomePoint {
  lon: number;
  lat: number;
  /** What to call the point on the page (a community, a facility, “地图上选的点”…). */
  label: string;
  source: HomeSource;
  /** The community chosen, when the point came from the 街道→村社 lists. */
  communityCode?: string;
  /** The street/town whose centre is used, when it is. */
  townCode?: string;
}

/**
 * The care centre that stands for a community: the first, by id, of the care centres whose
 * community code is `code`. Undefined when the data has none.
 */
export function communityCareCentre<T extends MapPoint>(facilities: readonly T[], code: string): T | undefined {
  return facilities
    .filter((f) => f.type === 'care-centre' && f.communityCode === code)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}

/** What choosing a community gives: its care centre's point, or the town centre as a labelled fallback. */
export type CommunityHome =
  | { kind: 'care-centre'; home: HomePoint; centre: MapPoint }
  | { kind: 'town-centre'; home: HomePoint }
  | { kind: 'unknown' };

export function homeForCommunity(facilities: readonly MapPoint[], towns: readonly PickerTown[], code: string): CommunityHome {
  const town = towns.find((t) => t.code === code.slice(0, 9));
  const community = town?.communities.find((c) => c.code === code);
  if (!town || !community) return { kind: 'unknown' };
  const centre = communityCareCentre(facilities, code);
  if (centre) {
    return { kind: 'care-centre', centre, home: { lon: centre.lon, lat: centre.lat, label: community.name, source: 'community', communityCode: code } };
  }
  return { kind: 'town-centre', home: { lon: town.lon, lat: town.lat, label: community.name, source: 'town-centre', communityCode: code, townCode: town.code } };
}

/** The approximate centre of a street/town. */
export function homeForTown(towns: readonly PickerTown[], code: string): HomePoint | undefined {
  const town = towns.find((t) => t.code === code);
  return town && { lon: town.lon, lat: town.lat, label: town.name, source: 'town-centre', townCode: town.code };
}
