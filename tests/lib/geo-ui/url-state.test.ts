import { describe, expect, it } from 'vitest';
import { mapUrlSearch, parseMapUrl } from '../../../src/lib/geo-ui/url-state.ts';

const PACES = ['standard', 'elder', 'walking-aid'];

describe('map URL state', () => {
  it('a community link reads back as that community with its pace', () => {
    const search = mapUrlSearch({ home: { kind: 'community', code: '330304004001' }, paceId: 'walking-aid' });
    expect(search).toBe('?community=330304004001&pace=walking-aid');
    expect(parseMapUrl(search, PACES)).toEqual({ home: { kind: 'community', code: '330304004001' }, paceId: 'walking-aid' });
  });

  it('a point link keeps six decimals of longitude and latitude', () => {
    const search = mapUrlSearch({ home: { kind: 'point', lon: 120.123456789, lat: 27.987654321 }, paceId: 'elder' });
    expect(search).toBe('?lon=120.123457&lat=27.987654&pace=elder');
    expect(parseMapUrl(search, PACES).home).toEqual({ kind: 'point', lon: 120.123457, lat: 27.987654 });
  });

  it('the no-JavaScript form’s town and community fields read as the community when one is chosen', () => {
    expect(parseMapUrl('?town=330304004&community=330304004002&pace=elder', PACES).home).toEqual({ kind: 'community', code: '330304004002' });
    expect(parseMapUrl('?town=330304004&community=&pace=elder', PACES).home).toEqual({ kind: 'town', code: '330304004' });
  });

  it('an unknown pace, a malformed code or an impossible coordinate is dropped, not guessed', () => {
    expect(parseMapUrl('?pace=running', PACES).paceId).toBeUndefined();
    expect(parseMapUrl('?community=12345', PACES).home).toBeNull();
    expect(parseMapUrl('?lon=200&lat=27.9', PACES).home).toBeNull();
    expect(parseMapUrl('?lon=&lat=', PACES).home).toBeNull();
  });

  it('a type filter is written only when some types are hidden, and unknown types are ignored when read', () => {
    expect(mapUrlSearch({ home: null, paceId: 'elder', types: ['canteen', 'care-centre'] })).toBe('?pace=elder&types=canteen%2Ccare-centre');
    expect(parseMapUrl('?types=canteen,bakery', PACES).types).toEqual(['canteen']);
    expect(mapUrlSearch({ home: null, paceId: 'elder', types: ['canteen', 'care-centre', 'town-centre', 'care-home', 'health-partner'] })).toBe('?pace=elder');
  });
});
