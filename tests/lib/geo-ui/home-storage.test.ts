import { describe, expect, it } from 'vitest';
import { chooseHome, HOME_STORAGE_KEY, homeRequestFromSearch, parseStoredHome } from '../../../src/lib/directory/home.ts';
import type { HomePoint } from '../../../src/lib/geo-ui/home-point.ts';
import { canteensNearHref, saveHome } from '../../../src/lib/geo-ui/home-storage.ts';

/** A Storage stand-in that keeps what is written. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const home: HomePoint = { lon: 120.712345, lat: 27.923456, label: '茶山村', source: 'community', communityCode: '330304004001' };

describe('sharing the map’s home with the canteen list', () => {
  it('the stored home is read back by the canteen list with its point and name', () => {
    const storage = memoryStorage();
    saveHome(storage, home);
    const text = storage.items.get(HOME_STORAGE_KEY);
    expect(parseStoredHome(text)).toEqual({ lon: home.lon, lat: home.lat, label: '茶山村' });
    expect(chooseHome('', text, {}, '您选的位置')).toEqual({ kind: 'home', home: { lon: home.lon, lat: home.lat, label: '茶山村' }, from: 'storage' });
  });

  it('only the point and its name are stored, not how it was chosen', () => {
    const storage = memoryStorage();
    saveHome(storage, home);
    expect(Object.keys(JSON.parse(storage.items.get(HOME_STORAGE_KEY)!) as object).sort()).toEqual(['label', 'lat', 'lon']);
  });

  it('clearing the home forgets the stored one', () => {
    const storage = memoryStorage();
    saveHome(storage, home);
    saveHome(storage, null);
    expect(storage.items.has(HOME_STORAGE_KEY)).toBe(false);
  });

  it('a storage that refuses to write does not stop the map page', () => {
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => saveHome(refusing, home)).not.toThrow();
  });

  it('the link to the canteen list carries the point the list sorts by', () => {
    const href = canteensNearHref('/en/canteens/', home);
    expect(href.startsWith('/en/canteens/?')).toBe(true);
    expect(homeRequestFromSearch(href.slice(href.indexOf('?')))).toEqual({ kind: 'point', lon: home.lon, lat: home.lat });
  });
});
