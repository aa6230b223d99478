import { describe, expect, test } from 'vitest';
import { formatDistance } from '../../../src/lib/directory/distance-text.ts';
import { chooseHome, homeRequestFromSearch, homeSearch, parseStoredHome } from '../../../src/lib/directory/home.ts';

const POINTS = { '330304004001': { lon: 120.71, lat: 27.92, name: '茶山村' } };
const TOWNS = { '330304004': { lon: 120.7, lat: 27.93, label: '茶山街道的大致中心' } };

describe('the home point', () => {
  test('comes from ?lon=&lat= in the address before local storage', () => {
    const stored = JSON.stringify({ lon: 120.6, lat: 28.0, label: '家' });
    expect(chooseHome('?lon=120.65&lat=27.97', stored, POINTS, '您选的位置')).toEqual({
      kind: 'home',
      home: { lon: 120.65, lat: 27.97, label: '您选的位置' },
      from: 'address',
    });
  });

  test('from ?community= is that community’s care-centre point, named after the community', () => {
    expect(chooseHome('?community=330304004001', null, POINTS, '')).toEqual({ kind: 'home', home: { lon: 120.71, lat: 27.92, label: '茶山村' }, from: 'address' });
  });

  test('a community without a point is said to have none, and local storage is not used instead', () => {
    const stored = JSON.stringify({ lon: 120.6, lat: 28.0, label: '家' });
    expect(chooseHome('?community=330304004099', stored, POINTS, '')).toEqual({ kind: 'community-without-point', code: '330304004099' });
  });

  test('falls back to the oh-home entry the map page stores', () => {
    const stored = JSON.stringify({ lon: 120.6, lat: 28.0, label: '我家' });
    expect(chooseHome('', stored, POINTS, '您选的位置')).toEqual({ kind: 'home', home: { lon: 120.6, lat: 28.0, label: '我家' }, from: 'storage' });
  });

  test('from ?town=, as the map links a home set to a whole street, is the street’s approximate centre, named so', () => {
    expect(chooseHome('?town=330304004', null, POINTS, '', TOWNS)).toEqual({ kind: 'home', home: { lon: 120.7, lat: 27.93, label: '茶山街道的大致中心' }, from: 'address' });
  });

  test('reads the address in the map page’s order: a community before coordinates, coordinates before a town', () => {
    expect(homeRequestFromSearch('?town=330304004&community=330304004001&lon=120.6&lat=28')).toEqual({ kind: 'community', code: '330304004001' });
    expect(homeRequestFromSearch('?town=330304004&lon=120.6&lat=28')).toEqual({ kind: 'point', lon: 120.6, lat: 28 });
    expect(homeRequestFromSearch('?town=330304004&lon=abc&lat=28')).toEqual({ kind: 'town', code: '330304004' });
  });

  test('a town the data does not know falls back to local storage, and without it to no home', () => {
    const stored = JSON.stringify({ lon: 120.6, lat: 28.0, label: '我家' });
    expect(chooseHome('?town=330304099', stored, POINTS, '', TOWNS)).toMatchObject({ kind: 'home', from: 'storage' });
    expect(chooseHome('?town=330304099', null, POINTS, '', TOWNS)).toEqual({ kind: 'none' });
  });

  test('is written back into a query string that asks for the same home, for the street filters and the map', () => {
    for (const search of ['?community=330304004001', '?lon=120.65&lat=27.97', '?town=330304004']) {
      expect(homeSearch(homeRequestFromSearch(search))).toBe(search);
    }
    expect(homeSearch(homeRequestFromSearch('?lon=120.65&lat=27.97&pace=elder&types=canteen'))).toBe('?lon=120.65&lat=27.97');
    expect(homeSearch(undefined)).toBe('');
  });

  test('ignores broken or out-of-range values rather than guessing', () => {
    expect(homeRequestFromSearch('?lon=abc&lat=28')).toBeUndefined();
    expect(homeRequestFromSearch('?lon=120.6')).toBeUndefined();
    expect(homeRequestFromSearch('?lon=200&lat=28')).toBeUndefined();
    expect(homeRequestFromSearch('?community=3303')).toBeUndefined();
    expect(homeRequestFromSearch('?town=3303040')).toBeUndefined();
    expect(parseStoredHome('{not json')).toBeUndefined();
    expect(parseStoredHome(JSON.stringify({ lon: '120', lat: 28 }))).toBeUndefined();
    expect(chooseHome('', null, POINTS, '')).toEqual({ kind: 'none' });
  });
});

describe('a distance in words', () => {
  const words = { metres: '约 {n} 米', km: '约 {n} 公里' };
  test('is rounded to 10 m under a kilometre and to 0.1 km above', () => {
    expect(formatDistance(653, words)).toBe('约 650 米');
    expect(formatDistance(3, words)).toBe('约 10 米');
    expect(formatDistance(994, words)).toBe('约 990 米');
    expect(formatDistance(1249, words)).toBe('约 1.2 公里');
    expect(formatDistance(996, words)).toBe('约 1.0 公里');
  });
});
