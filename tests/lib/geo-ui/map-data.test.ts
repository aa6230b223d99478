import { describe, expect, it } from 'vitest';
import { packPoints, unpackPoints, type MapPoint } from '../../../src/lib/geo-ui/map-data.ts';

const points: MapPoint[] = [
  { id: 'a', name: '甲老年食堂', type: 'canteen', address: '示例路1号', lon: 120.6543219, lat: 27.9712345, townCode: '330304002', communityCode: '330304002026', meals: true },
  { id: 'b', name: '乙养老院', type: 'care-home', address: '示例路2号', lon: 120.5, lat: 28.0, townCode: '330304108', meals: false },
];

describe('the map page’s packed points', () => {
  it('unpack to the same points, positions to 6 decimals', () => {
    const back = unpackPoints(packPoints(points));
    expect(back).toEqual([
      { ...points[0], lon: 120.654322, lat: 27.971235 },
      points[1],
    ]);
  });

  it('store each field once per column, types and towns as small numbers', () => {
    const packed = packPoints(points);
    expect(packed.type).toEqual([0, 3]);
    expect(packed.towns).toEqual(['330304002', '330304108']);
    expect(packed.town).toEqual([0, 1]);
    expect(packed.lon).toEqual([120654322, 120500000]);
    expect(packed.community).toEqual(['330304002026', '']);
  });
});
