/**
 * The map page shares the home it has chosen with the canteen list: in the browser's local storage
 * (src/lib/directory/home.ts reads it back) and as a link to /canteens/?lon=…&lat=…. The point stays
 * on the device; nothing is sent anywhere. Browser-safe.
 */
import { HOME_STORAGE_KEY, homeSearch, type Home } from '../directory/home.ts';
import type { HomePoint } from './home-point.ts';

/** What is stored: the shape parseStoredHome() reads. */
export function storedHome(home: HomePoint): Home {
  return { lon: home.lon, lat: home.lat, label: home.label };
}

/**
 * Stores the home, or forgets it when `home` is null. Storage may refuse (private browsing, full):
 * the map page works on without it.
 */
export function saveHome(storage: Pick<Storage, 'setItem' | 'removeItem'>, home: HomePoint | null): void {
  try {
    if (home) storage.setItem(HOME_STORAGE_KEY, JSON.stringify(storedHome(home)));
    else storage.removeItem(HOME_STORAGE_KEY);
  } catch {
    // Nothing to do: the canteen list then simply has no stored home.
  }
}

/**
 * Link to the canteen list sorted by distance from home, in the query the list reads (homeSearch);
 * `base` is /canteens/ in the page language. Six decimals are about 0.1 m.
 */
export function canteensNearHref(base: string, home: Pick<HomePoint, 'lon' | 'lat'>): string {
  return `${base}${homeSearch({ kind: 'point', lon: Number(home.lon.toFixed(6)), lat: Number(home.lat.toFixed(6)) })}`;
}
