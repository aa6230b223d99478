import { describe, expect, it } from 'vitest';
import { searchPlaces } from '../../../src/lib/geo-ui/place-search.ts';
import { eastOf, facility, TOWNS } from './fixtures.ts';

const facilities = [
  facility('a', 'canteen', eastOf(10), { name: '茶山街道老年食堂', address: '瓯海区茶山街道高教路 8 号' }),
  facility('b', 'care-centre', eastOf(20), { name: '丁岙村居家养老服务照料中心', address: '瓯海区茶山街道丁岙村文化礼堂' }),
];

describe('finding a place in the data', () => {
  it('an exact community name comes before names that merely contain it', () => {
    const found = searchPlaces('丁岙村', facilities, TOWNS);
    expect(found[0]).toEqual({ kind: 'community', code: '330304004002', name: '丁岙村', townName: '茶山街道' });
    expect(found.map((m) => (m.kind === 'facility' ? m.facility.id : m.kind))).toContain('b');
  });

  it('an address finds the facility at it', () => {
    const found = searchPlaces('高教路', facilities, TOWNS);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'facility', facility: { id: 'a' } });
  });

  it('spaces in the query are ignored', () => {
    expect(searchPlaces(' 茶山 街道 ', facilities, TOWNS)[0]).toEqual({ kind: 'town', code: '330304004', name: '茶山街道' });
  });

  it('an empty query or one that matches nothing finds nothing', () => {
    expect(searchPlaces('   ', facilities, TOWNS)).toEqual([]);
    expect(searchPlaces('北京', facilities, TOWNS)).toEqual([]);
  });

  it('no more than the limit are returned', () => {
    expect(searchPlaces('茶山', facilities, TOWNS, 2)).toHaveLength(2);
  });
});
