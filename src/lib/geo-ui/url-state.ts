/**
 * The map page's state in its URL, so a link can be shared with family:
 *   /map/?community=330304004004&pace=elder
 *   /map/?lon=120.7101&lat=27.9203&pace=walking-aid&types=canteen,care-centre
 * The no-JavaScript form submits ?town=…&community=… which reads the same way.
 */
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../schemas/facility-type.ts';

export type UrlHome = { kind: 'point'; lon: number; lat: number } | { kind: 'community'; code: string } | { kind: 'town'; code: string };

export interface MapUrlState {
  home: UrlHome | null;
  /** A pace preset id; undefined when absent or unknown (the page then uses the default). */
  paceId?: string;
  /** Types shown; undefined means all. */
  types?: FacilityType[];
}

/** Coordinates are kept to 6 decimals (about 0.1 m), enough for a home and short in a link. */
const COORD_DECIMALS = 6;

/** Reads the state from a query string. Bad values are dropped, never guessed. */
export function parseMapUrl(search: string | URLSearchParams, paceIds: readonly string[]): MapUrlState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: MapUrlState = { home: null };
  const community = params.get('community') ?? '';
  const town = params.get('town') ?? '';
  const lonText = params.get('lon');
  const latText = params.get('lat');
  const lon = lonText === null || lonText.trim() === '' ? NaN : Number(lonText);
  const lat = latText === null || latText.trim() === '' ? NaN : Number(latText);
  if (/^\d{12}$/.test(community)) state.home = { kind: 'community', code: community };
  else if (Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90) state.home = { kind: 'point', lon, lat };
  else if (/^\d{9}$/.test(town)) state.home = { kind: 'town', code: town };
  const pace = params.get('pace');
  if (pace && paceIds.includes(pace)) state.paceId = pace;
  const types = params.get('types');
  if (types !== null) state.types = FACILITY_TYPE_ORDER.filter((t) => types.split(',').includes(t));
  return state;
}

/** Writes the state as a query string (with the leading “?”, or "" when empty). */
export function mapUrlSearch(state: MapUrlState): string {
  const params = new URLSearchParams();
  const home = state.home;
  if (home?.kind === 'community') params.set('community', home.code);
  else if (home?.kind === 'town') params.set('town', home.code);
  else if (home?.kind === 'point') {
    params.set('lon', home.lon.toFixed(COORD_DECIMALS));
    params.set('lat', home.lat.toFixed(COORD_DECIMALS));
  }
  // The pace is always written, so a shared link keeps its meaning if the site's default changes.
  if (state.paceId) params.set('pace', state.paceId);
  if (state.types && state.types.length < FACILITY_TYPE_ORDER.length) params.set('types', state.types.join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}
