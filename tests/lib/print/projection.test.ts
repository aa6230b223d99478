import { describe, expect, it } from 'vitest';
import { distance, point } from '@turf/turf';
import { atLeast, boundsAround, boundsOf, fitProjection } from '../../../src/lib/print/projection.ts';
import { offset } from './fixtures.ts';

const centre = { lon: 120.6571, lat: 27.9721 };
const frame = { x: 10, y: 5, width: 130, height: 90 };

describe('fitProjection', () => {
  it('returns every point to where it came from (round trip within a millionth of a degree)', () => {
    const projection = fitProjection(boundsAround(centre, 720), frame, 5);
    for (let bearing = 0; bearing < 360; bearing += 37) {
      for (const metres of [0, 100, 500, 720, 2000]) {
        const p = offset(centre, metres, bearing);
        const { x, y } = projection.project(p);
        const back = projection.invert(x, y);
        expect(back.lon).toBeCloseTo(p.lon, 6);
        expect(back.lat).toBeCloseTo(p.lat, 6);
      }
    }
  });

  it('fits the bounds inside the frame with the padding, centred, and fills one direction', () => {
    const bounds = boundsAround(centre, 720);
    const projection = fitProjection(bounds, frame, 5);
    const nw = projection.project({ lon: bounds.west, lat: bounds.north });
    const se = projection.project({ lon: bounds.east, lat: bounds.south });
    expect(nw.x).toBeGreaterThanOrEqual(frame.x + 5 - 1e-9);
    expect(nw.y).toBeGreaterThanOrEqual(frame.y + 5 - 1e-9);
    expect(se.x).toBeLessThanOrEqual(frame.x + frame.width - 5 + 1e-9);
    expect(se.y).toBeLessThanOrEqual(frame.y + frame.height - 5 + 1e-9);
    // The frame is wider than tall and the bounds are square: the height is filled.
    expect(se.y - nw.y).toBeCloseTo(frame.height - 10, 6);
    expect((nw.x + se.x) / 2).toBeCloseTo(frame.x + frame.width / 2, 6);
    // North is up.
    expect(projection.project(offset(centre, 100, 0)).y).toBeLessThan(projection.project(centre).y);
  });

  it('keeps the same scale east–west and north–south, within 0.1 %, matching geodesic distances', () => {
    const projection = fitProjection(boundsAround(centre, 720), frame, 5);
    const c = projection.project(centre);
    for (const bearing of [0, 90, 180, 270, 45]) {
      const p = offset(centre, 700, bearing);
      const q = projection.project(p);
      const metres = distance(point([centre.lon, centre.lat]), point([p.lon, p.lat]), { units: 'meters' });
      expect(Math.hypot(q.x - c.x, q.y - c.y) / (metres * projection.unitsPerMetre)).toBeCloseTo(1, 3);
    }
  });

  it('refuses empty bounds and a frame with no room', () => {
    const single = boundsOf([centre]);
    expect(() => fitProjection(single, frame, 5)).toThrow(/范围为空/);
    expect(() => fitProjection(atLeast(single, 500), frame, 50)).toThrow(/边距/);
  });

  it('grows a single point to the minimum extent around it', () => {
    const b = atLeast(boundsOf([centre]), 1000);
    const width = distance(point([b.west, centre.lat]), point([b.east, centre.lat]), { units: 'meters' });
    const height = distance(point([centre.lon, b.south]), point([centre.lon, b.north]), { units: 'meters' });
    expect(width).toBeCloseTo(1000, 0);
    expect(height).toBeCloseTo(1000, 0);
  });
});
