import { describe, expect, it } from 'vitest';
import { createFacilityIndex, nearest, within } from '../../../src/lib/geo/facility-index.ts';
import { haversineMetres } from '../../../src/lib/geo/distance.ts';
import { mulberry32, randomPoints } from '../../../scripts/lib/synthetic.ts';

const points = randomPoints(3000, mulberry32(42));
const index = createFacilityIndex(points);

/** Brute force: every point within r, as sorted ids. */
function bruteWithin(lon: number, lat: number, r: number): string[] {
  return points
    .filter((p) => haversineMetres(lon, lat, p.lon, p.lat) <= r)
    .map((p) => p.id)
    .sort();
}

describe('facility index', () => {
  it('within() finds exactly the points brute force finds, for 200 seeded random queries', () => {
    const random = mulberry32(1);
    let found = 0;
    for (let q = 0; q < 200; q++) {
      const lon = 120.38 + random() * 0.38;
      const lat = 27.86 + random() * 0.2;
      const r = 100 + random() * 3000;
      const hits = within(index, lon, lat, r);
      expect(hits.map((h) => h.item.id).sort()).toEqual(bruteWithin(lon, lat, r));
      found += hits.length;
    }
    // The queries must actually find things for the comparison to mean anything.
    expect(found).toBeGreaterThan(1000);
  });

  it('within() lists nearest first with the great-circle distance and position of each item', () => {
    const hits = within(index, 120.6, 27.96, 2500);
    expect(hits.length).toBeGreaterThan(5);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.metres).toBeGreaterThanOrEqual(hits[i - 1]!.metres);
    for (const h of hits) {
      expect(h.lon).toBe(h.item.lon);
      expect(h.lat).toBe(h.item.lat);
      expect(h.metres).toBeCloseTo(haversineMetres(120.6, 27.96, h.item.lon, h.item.lat), 9);
    }
  });

  it('a point exactly at the radius is included', () => {
    const p = points[10]!;
    const r = haversineMetres(120.6, 27.96, p.lon, p.lat);
    expect(within(index, 120.6, 27.96, r).map((h) => h.item.id)).toContain(p.id);
    expect(within(index, 120.6, 27.96, r - 0.01).map((h) => h.item.id)).not.toContain(p.id);
  });

  it('nearest(k) returns the k closest points in order, as brute force does', () => {
    const random = mulberry32(2);
    for (let q = 0; q < 50; q++) {
      const lon = 120.38 + random() * 0.38;
      const lat = 27.86 + random() * 0.2;
      const expected = points
        .map((p) => ({ id: p.id, d: haversineMetres(lon, lat, p.lon, p.lat) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, 7);
      const got = nearest(index, lon, lat, 7);
      expect(got.map((h) => h.metres)).toEqual(expected.map((e) => expect.closeTo(e.d, 6)));
      expect(got.map((h) => h.item.id)).toEqual(expected.map((e) => e.id));
    }
  });

  it('nearest() stops at maxMetres', () => {
    const all = nearest(index, 120.6, 27.96, 50);
    const cut = all[20]!.metres;
    const limited = nearest(index, 120.6, 27.96, 50, cut);
    expect(limited.length).toBe(21);
    expect(limited.every((h) => h.metres <= cut)).toBe(true);
  });

  it('items shaped like the Facility schema are indexed through an accessor', () => {
    const facilities = points.slice(0, 100).map((p) => ({ name: p.id, location: { lon: p.lon, lat: p.lat } }));
    const byLocation = createFacilityIndex(facilities, (f) => f.location);
    const p = points[5]!;
    expect(within(byLocation, p.lon, p.lat, 0)[0]?.item.name).toBe(p.id);
  });

  it('an empty index answers every query with nothing', () => {
    const empty = createFacilityIndex<{ lon: number; lat: number }>([]);
    expect(within(empty, 120.6, 28, 1000)).toEqual([]);
    expect(nearest(empty, 120.6, 28, 3)).toEqual([]);
  });

  it('a point without valid coordinates is refused with a Chinese message naming its position', () => {
    expect(() =>
      createFacilityIndex([
        { lon: 120.6, lat: 28 },
        { lon: Number.NaN, lat: 28 },
      ]),
    ).toThrow(/第 2 个点/);
  });
});
