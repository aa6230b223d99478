import { describe, expect, it } from 'vitest';
import { straightLineRings, STRAIGHT_LINE_LABEL_ZH } from '../../../src/lib/geo/rings.ts';
import { haversineMetres } from '../../../src/lib/geo/distance.ts';
import { DEFAULT_PACE, PACE_PRESETS } from '../../../src/lib/geo/pace.ts';

const home = { lon: 120.6571, lat: 27.9721 };

describe('straight-line rings', () => {
  it('draws 15, 10 and 5 minutes, largest first, labelled 直线距离估算', () => {
    const rings = straightLineRings(home.lon, home.lat, DEFAULT_PACE);
    expect(rings.features.map((f) => f.properties.minutes)).toEqual([15, 10, 5]);
    for (const f of rings.features) {
      expect(f.properties.labelZh).toBe(STRAIGHT_LINE_LABEL_ZH);
      expect(f.properties.labelZh).toBe('直线距离估算');
      expect(f.properties.method).toBe('straight-line');
    }
  });

  it('every vertex lies within 1 m of the radius for the pace (720, 480 and 240 m at 0.8 m/s)', () => {
    const rings = straightLineRings(home.lon, home.lat, DEFAULT_PACE);
    expect(rings.features.map((f) => f.properties.metres)).toEqual([720, 480, 240].map((m) => expect.closeTo(m, 9)));
    for (const f of rings.features) {
      const ring = f.geometry.coordinates[0]!;
      expect(ring.length).toBe(65);
      for (const [lon, lat] of ring)
        expect(Math.abs(haversineMetres(home.lon, home.lat, lon!, lat!) - f.properties.metres)).toBeLessThan(1);
    }
  });

  it('the radii follow the chosen pace', () => {
    for (const pace of PACE_PRESETS) {
      const rings = straightLineRings(home.lon, home.lat, pace, { minutes: [15] });
      const [lon, lat] = rings.features[0]!.geometry.coordinates[0]![0]!;
      expect(Math.abs(haversineMetres(home.lon, home.lat, lon!, lat!) - pace.metresPerSecond * 900)).toBeLessThan(1);
      expect(rings.features[0]!.properties.metresPerSecond).toBe(pace.metresPerSecond);
    }
  });

  it('the ring is closed and has the requested number of steps', () => {
    const ring = straightLineRings(home.lon, home.lat, 1, { minutes: [5], steps: 16 }).features[0]!.geometry.coordinates[0]!;
    expect(ring.length).toBe(17);
    expect(ring[0]).toEqual(ring[16]);
  });
});
