import { describe, expect, it } from 'vitest';
import { equirectangularMetres, haversineMetres, localProjection, METRES_PER_DEGREE } from '../../../src/lib/geo/distance.ts';
import { mulberry32 } from '../../../scripts/lib/synthetic.ts';

describe('distances in metres', () => {
  it('one degree of latitude is 111 195 m on the 6 371 008.8 m sphere (to 1 m)', () => {
    expect(haversineMetres(120.65, 28, 120.65, 29)).toBeCloseTo(111195.08, 0);
    expect(METRES_PER_DEGREE).toBeCloseTo(111195.08, 1);
  });

  it('one degree of longitude at 28° N is cos(28°) of a degree of latitude (to 1 m)', () => {
    // The great circle bulges slightly north of the parallel: allow 1 m over 98 km.
    expect(Math.abs(haversineMetres(120, 28, 121, 28) - 111195.08 * Math.cos((28 * Math.PI) / 180))).toBeLessThan(1);
  });

  it('the distance from a point to itself is zero and distance is symmetric', () => {
    expect(haversineMetres(120.6, 27.9, 120.6, 27.9)).toBe(0);
    expect(haversineMetres(120.6, 27.9, 120.7, 28.0)).toBeCloseTo(haversineMetres(120.7, 28.0, 120.6, 27.9), 9);
  });

  it('the equirectangular shortcut is within 0.01 % of the haversine for walks under 5 km in Ouhai', () => {
    const random = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const lon = 120.38 + random() * 0.38;
      const lat = 27.86 + random() * 0.2;
      const lon2 = lon + (random() - 0.5) * 0.06;
      const lat2 = lat + (random() - 0.5) * 0.04;
      const h = haversineMetres(lon, lat, lon2, lat2);
      expect(Math.abs(equirectangularMetres(lon, lat, lon2, lat2) - h)).toBeLessThanOrEqual(h * 1e-4);
    }
  });

  it('the local projection gives back the point it was given and measures like the haversine nearby (to 0.1 %)', () => {
    const p = localProjection(120.65, 28);
    const x = p.x(120.66);
    const y = p.y(28.01);
    expect(p.lon(x)).toBeCloseTo(120.66, 12);
    expect(p.lat(y)).toBeCloseTo(28.01, 12);
    const flat = Math.hypot(x - p.x(120.65), y - p.y(28));
    const round = haversineMetres(120.65, 28, 120.66, 28.01);
    expect(Math.abs(flat - round) / round).toBeLessThan(1e-3);
  });
});
