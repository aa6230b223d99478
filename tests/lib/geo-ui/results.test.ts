import { describe, expect, it } from 'vitest';
import { createFacilityIndex } from '../../../src/lib/geo/facility-index.ts';
import { groupByType, nearbyFacilities, nearestMeal, ringOf, roundMetres } from '../../../src/lib/geo-ui/results.ts';
import { eastOf, facility, HOME } from './fixtures.ts';

// At 0.8 m/s: 5 min = 240 m, 10 min = 480 m, 15 min = 720 m. Distances below are tested to 1 m.
const ELDER = 0.8;
const facilities = [
  facility('far-canteen', 'canteen', eastOf(600)),
  facility('near-home', 'care-home', eastOf(100)),
  facility('near-canteen', 'canteen', eastOf(200)),
  facility('outside', 'canteen', eastOf(800)),
  facility('centre', 'care-centre', eastOf(400)),
];
const index = createFacilityIndex(facilities);

describe('the nearest-first list', () => {
  it('lists only what lies within 15 minutes at the pace, nearest first', () => {
    const items = nearbyFacilities(index, HOME.lon, HOME.lat, ELDER);
    expect(items.map((i) => i.facility.id)).toEqual(['near-home', 'near-canteen', 'centre', 'far-canteen']);
    expect(items[0]!.metres).toBeCloseTo(100, 0);
  });

  it('a faster pace reaches farther', () => {
    expect(nearbyFacilities(index, HOME.lon, HOME.lat, 1.0).map((i) => i.facility.id)).toContain('outside');
  });

  it('gives minutes rounded up and the smallest ring each facility lies in', () => {
    const byId = Object.fromEntries(nearbyFacilities(index, HOME.lon, HOME.lat, ELDER).map((i) => [i.facility.id, i]));
    expect(byId['near-canteen']).toMatchObject({ minutes: 5, ring: 5 }); // 200 m = 4.2 min
    expect(byId['centre']).toMatchObject({ minutes: 9, ring: 10 }); // 400 m = 8.3 min
    expect(byId['far-canteen']).toMatchObject({ minutes: 13, ring: 15 }); // 600 m = 12.5 min
    expect(byId['near-home']!.walkMetres).toBeNull();
  });

  it('keeps only the chosen types', () => {
    expect(nearbyFacilities(index, HOME.lon, HOME.lat, ELDER, { types: ['care-home'] }).map((i) => i.facility.id)).toEqual(['near-home']);
  });

  it('groups canteens first and keeps each group nearest first', () => {
    const groups = groupByType(nearbyFacilities(index, HOME.lon, HOME.lat, ELDER));
    expect(groups.map((g) => g.type)).toEqual(['canteen', 'care-centre', 'care-home']);
    expect(groups[0]!.items.map((i) => i.facility.id)).toEqual(['near-canteen', 'far-canteen']);
  });

  it('a facility exactly on a ring belongs to that ring', () => {
    expect(ringOf(240, ELDER)).toBe(5);
    expect(ringOf(240.01, ELDER)).toBe(10);
  });

  it('distances are shown to the nearest 10 metres', () => {
    expect(roundMetres(344.9)).toBe(340);
    expect(roundMetres(345)).toBe(350);
  });
});

describe('the nearest place to eat', () => {
  const pace = 0.8;
  it('is the nearest canteen within 15 minutes, walked or not, when there is one', () => {
    const points = [facility('c-far', 'canteen', eastOf(600)), facility('c-near', 'canteen', eastOf(300)), facility('centre', 'care-centre', eastOf(100))];
    const index = createFacilityIndex(points);
    const items = nearbyFacilities(index, HOME.lon, HOME.lat, pace);
    const meal = nearestMeal(index, items, HOME.lon, HOME.lat, pace);
    expect(meal?.facility.id).toBe('c-near');
    expect(meal?.inside).toBe(true);
    expect(meal?.minutes).toBe(7); // 300 m at 0.8 m/s = 6.25 min, rounded up
  });

  it('is named with its distance even beyond 15 minutes (720 m at 0.8 m/s)', () => {
    const points = [facility('centre', 'care-centre', eastOf(100)), facility('c-1800', 'canteen', eastOf(1800)), facility('c-2500', 'canteen', eastOf(2500))];
    const index = createFacilityIndex(points);
    const items = nearbyFacilities(index, HOME.lon, HOME.lat, pace);
    const meal = nearestMeal(index, items, HOME.lon, HOME.lat, pace);
    expect(meal?.facility.id).toBe('c-1800');
    expect(meal?.inside).toBe(false);
    expect(meal?.metres).toBeCloseTo(1800, -1);
    expect(meal?.minutes).toBe(38); // 1800 m at 0.8 m/s = 37.5 min
  });

  it('counts a centre that serves meals, and is undefined only when nothing serves meals', () => {
    const withMeals = [facility('centre', 'care-centre', eastOf(400), { meals: true })];
    const index = createFacilityIndex(withMeals);
    expect(nearestMeal(index, nearbyFacilities(index, HOME.lon, HOME.lat, pace), HOME.lon, HOME.lat, pace)?.facility.id).toBe('centre');
    const none = createFacilityIndex([facility('home', 'care-home', eastOf(200))]);
    expect(nearestMeal(none, nearbyFacilities(none, HOME.lon, HOME.lat, pace), HOME.lon, HOME.lat, pace)).toBeUndefined();
  });
});
