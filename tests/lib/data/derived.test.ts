import { describe, expect, it } from 'vitest';
import {
  communityCareCentre,
  coverageIndexes,
  dataDate,
  facilitiesOfCommunity,
  facilitiesOfTown,
  facilityIndex,
  isSampleInUse,
  mealPlaces,
  mealPlacesOfTown,
  perList,
  townCentreFacility,
} from '../../../src/lib/data/derived.ts';
import type { Facility } from '../../../src/schemas/facility.ts';
import { facilityAt } from '../../fixtures/facilities.ts';

const TOWN = '330304004';
const OTHER_TOWN = '330304001';
const COMMUNITY = '330304004001';

/** The same facility in another street or town. */
const inTown = (f: Facility, townCode: string): Facility => ({ ...f, region: { ...f.region, townCode, communityCode: undefined } });

describe('structures derived from the whole facility list', () => {
  it('are computed once per list, however many pages ask, and separately for another list', () => {
    let calls = 0;
    const count = perList((facilities) => {
      calls += 1;
      return facilities.length;
    });
    const a = [facilityAt('f-a', 'canteen', 0)];
    const b = [facilityAt('f-b', 'canteen', 0), facilityAt('f-c', 'canteen', 10)];
    expect([count(a), count(a), count(a)]).toEqual([1, 1, 1]);
    expect(count(b)).toBe(2);
    expect(calls).toBe(2);
  });

  it('give every page of a build the same spatial indexes instead of one each', () => {
    const list = [facilityAt('f-a', 'canteen', 0), facilityAt('f-b', 'care-centre', 100, COMMUNITY)];
    expect(facilityIndex(list)).toBe(facilityIndex(list));
    expect(coverageIndexes(list)).toBe(coverageIndexes(list));
    expect(coverageIndexes(list).canteens.items.map((f) => f.id)).toEqual(['f-a']);
    expect(coverageIndexes(list).careCentres.items.map((f) => f.id)).toEqual(['f-b']);
  });

  it('name a community’s care centre: the first by id, whatever the list order; none without one', () => {
    const list = [facilityAt('cc-b', 'care-centre', 0, COMMUNITY), facilityAt('canteen-a', 'canteen', 0, COMMUNITY), facilityAt('cc-a', 'care-centre', 50, COMMUNITY)];
    expect(communityCareCentre(list, COMMUNITY)?.id).toBe('cc-a');
    expect(communityCareCentre(list, '330304004002')).toBeUndefined();
  });

  it('name a town’s home-care service centre, the first by id', () => {
    const list = [facilityAt('tc-z', 'town-centre', 0), facilityAt('tc-m', 'town-centre', 10), inTown(facilityAt('tc-a', 'town-centre', 0), OTHER_TOWN)];
    expect(townCentreFacility(list, TOWN)?.id).toBe('tc-m');
    expect(townCentreFacility(list, OTHER_TOWN)?.id).toBe('tc-a');
    expect(townCentreFacility(list, '330304009')).toBeUndefined();
  });

  it('list the facilities and the places serving meals of a town and of a community, in list order', () => {
    const centreWithMeals = { ...facilityAt('f-cc', 'care-centre', 0, COMMUNITY), canteen: { meals: ['lunch' as const], tierPrices: [], delivery: null } };
    const list = [facilityAt('f-a', 'canteen', 0, COMMUNITY), centreWithMeals, facilityAt('f-home', 'care-home', 0), inTown(facilityAt('f-b', 'canteen', 0), OTHER_TOWN)];
    expect(facilitiesOfTown(list, TOWN).map((f) => f.id)).toEqual(['f-a', 'f-cc', 'f-home']);
    expect(facilitiesOfCommunity(list, COMMUNITY).map((f) => f.id)).toEqual(['f-a', 'f-cc']);
    expect(facilitiesOfTown(list, '330304009')).toEqual([]);
    expect(mealPlaces(list).map((f) => f.id)).toEqual(['f-a', 'f-cc', 'f-b']);
    expect(mealPlacesOfTown(list, OTHER_TOWN).map((f) => f.id)).toEqual(['f-b']);
  });

  it('give the latest check date as the data date, and say whether sample data is in use', () => {
    const old = { ...facilityAt('f-a', 'canteen', 0), lastVerified: '2025-03-01', sample: false };
    const recent = { ...facilityAt('f-b', 'canteen', 0), lastVerified: '2026-11-02', sample: false };
    expect(dataDate([old, recent])).toBe('2026-11-02');
    expect(dataDate([])).toBe('');
    expect(isSampleInUse([old, recent])).toBe(false);
    expect(isSampleInUse([old, { ...recent, sample: true }])).toBe(true);
  });
});
