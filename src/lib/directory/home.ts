/**
 * The visitor's home point, for sorting canteens by distance. It comes from the page address,
 * read as the map page reads its own (`?community=<12-digit code>`, else `?lon=&lat=`, else
 * `?town=<9-digit code>` for a street's approximate centre), so a link from the map carries the
 * same home; failing that, from the browser's local storage under `oh-home` ({ lon, lat, label }),
 * which the map page writes when someone picks their home there. Nothing leaves the browser.
 * Browser-safe.
 */

/** The local-storage key the map page and the lists share. */
export const HOME_STORAGE_KEY = 'oh-home';

/** A home point in WGS-84 with what to call it. */
export interface Home {
  lon: number;
  lat: number;
  /** Shown as “离「…」由近到远”. */
  label: string;
}

/** What the address asks for. */
export type HomeRequest = { kind: 'point'; lon: number; lat: number } | { kind: 'community'; code: string } | { kind: 'town'; code: string };

/** Points of the communities that have one (their care centre), by 12-digit code, with the community's name. */
export type CommunityPoints = Record<string, { lon: number; lat: number; name: string }>;

/** Approximate centres of the streets and towns, by 9-digit code, with what to call them (“梧田街道的大致中心”). */
export type TownPoints = Record<string, { lon: number; lat: number; label: string }>;

function validPoint(lon: unknown, lat: unknown): lon is number {
  return typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

/** Reads the stored home; undefined when there is none or it is not a valid point. */
export function parseStoredHome(text: string | null | undefined): Home | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { lon?: unknown; lat?: unknown; label?: unknown };
    if (!validPoint(value.lon, value.lat)) return undefined;
    return { lon: value.lon, lat: value.lat as number, label: typeof value.label === 'string' ? value.label : '' };
  } catch {
    return undefined;
  }
}

/** Reads the home the address asks for; as on the map page, a community code wins over coordinates, and coordinates over a town. */
export function homeRequestFromSearch(search: string): HomeRequest | undefined {
  const params = new URLSearchParams(search);
  const community = params.get('community') ?? '';
  if (/^\d{12}$/.test(community)) return { kind: 'community', code: community };
  const lonText = params.get('lon') ?? '';
  const latText = params.get('lat') ?? '';
  if (lonText.trim() !== '' && latText.trim() !== '') {
    const lon = Number(lonText);
    const lat = Number(latText);
    if (validPoint(lon, lat)) return { kind: 'point', lon, lat };
  }
  const town = params.get('town') ?? '';
  if (/^\d{9}$/.test(town)) return { kind: 'town', code: town };
  return undefined;
}

/**
 * The query string (with “?”, or "") that asks for the same home, to carry it along links:
 * the street filters of the canteen list, and the map.
 */
export function homeSearch(request: HomeRequest | undefined): string {
  if (request === undefined) return '';
  const params = new URLSearchParams();
  if (request.kind === 'point') {
    params.set('lon', String(request.lon));
    params.set('lat', String(request.lat));
  } else params.set(request.kind, request.code);
  return `?${params.toString()}`;
}

/** Where the home came from, or why there is none. */
export type HomeChoice =
  | { kind: 'home'; home: Home; from: 'address' | 'storage' }
  /** The address names a community that has no point: say so, never guess one. */
  | { kind: 'community-without-point'; code: string }
  | { kind: 'none' };

/**
 * The home to sort by: the address first, then local storage. `pointLabel` names a point given
 * by coordinates only (“您选的位置”). A town code the data does not know asks for nothing.
 */
export function chooseHome(search: string, stored: string | null | undefined, points: CommunityPoints, pointLabel: string, towns: TownPoints = {}): HomeChoice {
  const request = homeRequestFromSearch(search);
  if (request?.kind === 'community') {
    const point = points[request.code];
    if (!point) return { kind: 'community-without-point', code: request.code };
    return { kind: 'home', home: { lon: point.lon, lat: point.lat, label: point.name }, from: 'address' };
  }
  if (request?.kind === 'point') return { kind: 'home', home: { lon: request.lon, lat: request.lat, label: pointLabel }, from: 'address' };
  const town = request?.kind === 'town' ? towns[request.code] : undefined;
  if (town) return { kind: 'home', home: { ...town }, from: 'address' };
  const home = parseStoredHome(stored);
  if (home) return { kind: 'home', home: { ...home, label: home.label || pointLabel }, from: 'storage' };
  return { kind: 'none' };
}
