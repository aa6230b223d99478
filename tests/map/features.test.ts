import { describe, expect, it } from 'vitest';
import { boundsOf, facilityFeatures, reachFeatures } from '../../src/map/features.ts';
import { straightLineRings } from '../../src/lib/geo/rings.ts';
import { eastOf, facility, HOME } from '../lib/geo-ui/fixtures.ts';

describe('map data', () => {
  it('facilities out of walking reach are flagged for the map', () => {
    const fc = facilityFeatures([facility('a', 'canteen', HOME), facility('b', 'care-home', eastOf(100))], new Set(['b']));
    expect(fc.features.map((f) => [f.properties.id, f.properties.type, f.properties.outOfReach])).toEqual([
      ['a', 'canteen', false],
      ['b', 'care-home', true],
    ]);
  });

  it('each ring gets a polygon and a label point at its northern edge', () => {
    const rings = straightLineRings(HOME.lon, HOME.lat, 0.8).features;
    const fc = reachFeatures(rings, 'ring', (m) => `${m} 分钟`);
    const labels = fc.features.filter((f) => f.properties.kind === 'label');
    expect(fc.features.filter((f) => f.properties.kind === 'ring')).toHaveLength(3);
    expect(labels.map((f) => f.properties.label).sort()).toEqual(['10 分钟', '15 分钟', '5 分钟']);
    const top15 = labels.find((f) => f.properties.minutes === 15)!.geometry;
    // 720 m north of home, to within a metre (1 m ≈ 0.000009°).
    expect(top15.type === 'Point' && top15.coordinates[1]! - HOME.lat).toBeCloseTo(720 / 111195, 5);
  });

  it('bounds enclose every position given', () => {
    expect(boundsOf([[1, 5], [3, 2], [2, 4]])).toEqual([[1, 2], [3, 5]]);
    expect(boundsOf([])).toBeUndefined();
  });
});
