import { describe, expect, it } from 'vitest';
import { checkCoordinates, fromWgs84, insideDistrict, km, parseCoordinate, parseCrs, parseLonLatPair, toWgs84 } from '../../../src/lib/import/coords.ts';
import { findTown } from '../../../src/lib/import/regions-match.ts';

/** Distance in metres. */
const metres = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) => km(a, b) * 1000;

describe('coordinate conversion', () => {
  // Check value from shared/facts/ouhai.md: WGS-84 (120.65, 28.0) ↔ GCJ-02 (120.653964, 27.996627).
  it('converts GCJ-02 (120.653964, 27.996627) to WGS-84 (120.65, 28.0) within 1 m', () => {
    expect(metres(toWgs84(120.653964, 27.996627, 'gcj02'), { lon: 120.65, lat: 28.0 })).toBeLessThan(1);
  });

  it('converts WGS-84 (120.65, 28.0) to GCJ-02 (120.653964, 27.996627) within 1 m', () => {
    expect(metres(fromWgs84(120.65, 28.0, 'gcj02'), { lon: 120.653964, lat: 27.996627 })).toBeLessThan(1);
  });

  // The pair documented in gcoord's README (usage example of transform, WGS84 → BD09):
  // [116.403988, 39.914266] → [116.41661560068297, 39.92196580126834].
  it('converts BD-09 (116.416616, 39.921966) to WGS-84 (116.403988, 39.914266) within 1 m', () => {
    expect(metres(toWgs84(116.41661560068297, 39.92196580126834, 'bd09'), { lon: 116.403988, lat: 39.914266 })).toBeLessThan(1);
  });

  it('converts WGS-84 to BD-09 as documented by gcoord within 1 m', () => {
    expect(metres(fromWgs84(116.403988, 39.914266, 'bd09'), { lon: 116.41661560068297, lat: 39.92196580126834 })).toBeLessThan(1);
  });

  it('round-trips a point in Ouhai through BD-09 within 1 m', () => {
    const b = fromWgs84(120.65, 28.0, 'bd09');
    expect(metres(toWgs84(b.lon, b.lat, 'bd09'), { lon: 120.65, lat: 28.0 })).toBeLessThan(1);
    // And the offset is the size the README states (about 1.2 km), so the conversion really happened.
    expect(metres(b, { lon: 120.65, lat: 28.0 })).toBeGreaterThan(900);
  });

  it('leaves WGS-84 as it is', () => {
    expect(toWgs84(120.65, 28.0, 'wgs84')).toEqual({ lon: 120.65, lat: 28.0 });
  });
});

describe('parseCrs and parseCoordinate', () => {
  it('reads coordinate-system names staff write', () => {
    expect(parseCrs('GCJ-02')).toBe('gcj02');
    expect(parseCrs('高德')).toBe('gcj02');
    expect(parseCrs('腾讯地图')).toBe('gcj02');
    expect(parseCrs('百度')).toBe('bd09');
    expect(parseCrs('WGS 84')).toBe('wgs84');
    expect(parseCrs('天地图')).toBe('wgs84');
    expect(parseCrs('WGS85')).toBeUndefined();
  });

  it('reads names with 坐标系, 坐标 or 地图 after them, and a note in brackets', () => {
    expect(parseCrs('高德坐标系')).toBe('gcj02');
    expect(parseCrs('GCJ02坐标')).toBe('gcj02');
    expect(parseCrs('火星坐标系')).toBe('gcj02');
    expect(parseCrs('百度地图坐标')).toBe('bd09');
    expect(parseCrs('WGS84坐标')).toBe('wgs84');
    expect(parseCrs('CGCS2000坐标系')).toBe('wgs84');
    expect(parseCrs('gcj02（高德）')).toBe('gcj02');
    expect(parseCrs('坐标系')).toBeUndefined();
    expect(parseCrs('bd09mc')).toBeUndefined();
  });

  it('reads a combined cell in either order, noting a 纬度,经度 pair', () => {
    expect(parseLonLatPair('120.6241,28.0098')).toEqual({ lon: 120.6241, lat: 28.0098, latFirst: false });
    expect(parseLonLatPair('28.0098, 120.6241')).toEqual({ lon: 120.6241, lat: 28.0098, latFirst: true });
    expect(parseLonLatPair('120.6241 28.0098')).toEqual({ lon: 120.6241, lat: 28.0098, latFirst: false });
    expect(parseLonLatPair('120.6241')).toBeUndefined();
    expect(parseLonLatPair('120.6241,28.0098,5')).toBeUndefined();
  });

  it('reads decimal degrees, a degree sign and degrees-minutes-seconds', () => {
    expect(parseCoordinate('120.65')).toBe(120.65);
    expect(parseCoordinate('120.65°')).toBe(120.65);
    expect(parseCoordinate('E120.65')).toBe(120.65);
    expect(parseCoordinate('120°39′0″')).toBeCloseTo(120.65, 9);
    expect(parseCoordinate('东经一百二十度')).toBeNaN();
  });
});

describe('checkCoordinates', () => {
  const jingshan = findTown('景山街道');
  const xinqiao = findTown('新桥街道');

  it('accepts a point in the district and converts it to WGS-84', () => {
    const g = fromWgs84(120.66, 27.95, 'gcj02');
    const r = checkCoordinates(g.lon, g.lat, 'gcj02', undefined, 'row');
    expect(r.ok && metres(r.location, { lon: 120.66, lat: 27.95 })).toBeLessThan(1);
  });

  it('rejects zero coordinates', () => {
    const r = checkCoordinates(0, 0, 'wgs84', jingshan, 'row');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('为 0');
  });

  it('rejects a negative longitude, saying the minus sign is probably wrong', () => {
    const r = checkCoordinates(-120.6241, 28.0098, 'wgs84', jingshan, 'row');
    expect(!r.ok && [r.field, r.message]).toEqual(['lon', expect.stringContaining('负号多半是误加的')]);
  });

  it('rejects swapped longitude and latitude and says to swap them', () => {
    const r = checkCoordinates(28.0, 120.6, 'wgs84', jingshan, 'row');
    expect(!r.ok && r.message).toContain('填反');
  });

  it('rejects projected metres as not degrees', () => {
    const r = checkCoordinates(13430000, 3250000, 'wgs84', jingshan, 'row');
    expect(!r.ok && r.message).toContain('投影坐标');
  });

  it('rejects a point outside the district and names the nearest town', () => {
    const r = checkCoordinates(120.15507, 30.274084, 'wgs84', jingshan, 'row');
    expect(!r.ok && r.message).toContain('不在瓯海区范围内');
  });

  it('keeps a point just outside the coarse outline, within the 1 km margin', () => {
    // Walk east from the centre of 茶山 until the outline is left, then step 300 m further.
    let lon = 120.71;
    while (insideDistrict({ lon, lat: 27.92 }, false)) lon += 0.0005;
    const justOutside = { lon: lon + 0.003, lat: 27.92 };
    expect(insideDistrict(justOutside, false)).toBe(false);
    expect(insideDistrict(justOutside)).toBe(true);
    expect(checkCoordinates(justOutside.lon, justOutside.lat, 'wgs84', undefined, 'row').ok).toBe(true);
  });

  it('rejects a point outside the district that falls inside under another coordinate system, naming it', () => {
    // Find a border point whose BD-09 coordinates leave the district when read as WGS-84.
    let found: { lon: number; lat: number } | undefined;
    for (let lat = 28.06; lat > 27.85 && !found; lat -= 0.002) {
      for (let lon = 120.76; lon > 120.6 && !found; lon -= 0.002) {
        const b = fromWgs84(lon, lat, 'bd09');
        if (insideDistrict({ lon, lat }, false) && !insideDistrict(b)) found = b;
      }
    }
    expect(found).toBeDefined();
    const r = checkCoordinates((found as { lon: number }).lon, (found as { lat: number }).lat, 'wgs84', undefined, 'default');
    expect(!r.ok && r.message).toContain('bd09');
  });

  it('warns when the point is nearest its own town only after GCJ-02 conversion', () => {
    expect(jingshan && xinqiao).toBeTruthy();
    // Between the 景山 and 新桥 centres, 2 km apart: find a WGS-84 point nearest 景山 whose
    // GCJ-02 coordinates, read as WGS-84, are nearest 新桥.
    const centre = (jingshan as NonNullable<typeof jingshan>).centre;
    let warned = false;
    for (let lat = centre.lat; lat > centre.lat - 0.02 && !warned; lat -= 0.0005) {
      const g = fromWgs84(centre.lon, lat, 'gcj02');
      const r = checkCoordinates(g.lon, g.lat, 'wgs84', jingshan, 'default');
      if (r.ok && r.warnings.some((w) => w.includes('gcj02'))) warned = true;
    }
    expect(warned).toBe(true);
  });

  it('does not warn for a point near its own town centre', () => {
    const centre = (jingshan as NonNullable<typeof jingshan>).centre;
    const r = checkCoordinates(centre.lon + 0.002, centre.lat + 0.002, 'wgs84', jingshan, 'row');
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('warns when the point is much nearer another town than the one stated', () => {
    const zeya = findTown('泽雅镇');
    const centre = (jingshan as NonNullable<typeof jingshan>).centre;
    const r = checkCoordinates(centre.lon, centre.lat, 'wgs84', zeya, 'row');
    expect(r.ok && r.warnings.join('')).toContain('请核对所属街道');
  });
});
