import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { buildStreetLayer, streetPropertiesOf } from '../../../src/lib/streets/layer.ts';

const meta = { source: '© OpenStreetMap contributors', generated: '2026-12-01T00:00:00Z', bbox: [120, 27, 121, 28] as [number, number, number, number] };
const line = (tags: Record<string, string>, coordinates: number[][]): Feature => ({ type: 'Feature', properties: tags, geometry: { type: 'LineString', coordinates } });
const square = (tags: Record<string, string>, lon: number, lat: number, side: number): Feature => ({
  type: 'Feature',
  properties: tags,
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + side, lat], [lon + side, lat + side], [lon, lat + side], [lon, lat]]] },
});

describe('what the street layer shows', () => {
  it('sorts roads into classes by their highway value', () => {
    expect(streetPropertiesOf({ highway: 'tertiary', name: '慈湖路' }, 'LineString')).toEqual({ kind: 'road', class: 'secondary', name: '慈湖路' });
    expect(streetPropertiesOf({ highway: 'primary_link' }, 'LineString')).toEqual({ kind: 'road', class: 'major' });
    expect(streetPropertiesOf({ highway: 'living_street' }, 'LineString')).toEqual({ kind: 'road', class: 'minor' });
  });

  it('draws a foot=no trunk road (people must cross it) though the walking graph leaves it out', () => {
    expect(streetPropertiesOf({ highway: 'trunk', foot: 'no', name: '瓯海大道' }, 'LineString')).toEqual({ kind: 'road', class: 'major', name: '瓯海大道' });
  });

  it('keeps footbridges and steps as paths, the bridge marked', () => {
    expect(streetPropertiesOf({ highway: 'footway', bridge: 'yes', name: '慈湖桥' }, 'LineString')).toEqual({ kind: 'path', class: 'footway', name: '慈湖桥', bridge: true });
    expect(streetPropertiesOf({ highway: 'steps' }, 'LineString')).toEqual({ kind: 'path', class: 'steps' });
    expect(streetPropertiesOf({ highway: 'footway', bridge: 'no' }, 'LineString')).toEqual({ kind: 'path', class: 'footway' });
  });

  it('keeps rivers and canals, named streams and drains, and leaves unnamed ditches out', () => {
    expect(streetPropertiesOf({ waterway: 'canal', name: '温瑞塘河' }, 'LineString')).toEqual({ kind: 'waterway', class: 'canal', name: '温瑞塘河' });
    expect(streetPropertiesOf({ waterway: 'drain', name: '前河' }, 'LineString')).toEqual({ kind: 'waterway', class: 'stream', name: '前河' });
    expect(streetPropertiesOf({ waterway: 'ditch' }, 'LineString')).toBeNull();
  });

  it('keeps railways in use and leaves abandoned ones and unbuilt roads out', () => {
    expect(streetPropertiesOf({ railway: 'light_rail', name: 'S1线' }, 'LineString')).toEqual({ kind: 'railway', class: 'rail', name: 'S1线' });
    expect(streetPropertiesOf({ railway: 'abandoned' }, 'LineString')).toBeNull();
    expect(streetPropertiesOf({ highway: 'construction' }, 'LineString')).toBeNull();
  });

  it('keeps named places and amenities, as points or areas, and no unnamed ones', () => {
    expect(streetPropertiesOf({ place: 'neighbourhood', name: '慈湖' }, 'Point')).toEqual({ kind: 'place', class: 'neighbourhood', name: '慈湖' });
    expect(streetPropertiesOf({ amenity: 'school', name: '慈湖小学' }, 'MultiPolygon')).toEqual({ kind: 'landmark', class: 'school', name: '慈湖小学' });
    expect(streetPropertiesOf({ amenity: 'bench' }, 'Point')).toBeNull();
  });

  it('takes water areas only as areas', () => {
    expect(streetPropertiesOf({ natural: 'water' }, 'Polygon')).toEqual({ kind: 'water', class: 'water' });
    expect(streetPropertiesOf({ natural: 'water' }, 'LineString')).toBeNull();
  });
});

describe('building the street layer', () => {
  it('rounds to 1e-5 degree and drops points that add nothing to a straight street', () => {
    const { layer } = buildStreetLayer([line({ highway: 'residential', name: '直路' }, [[120.5, 27.9], [120.500501234, 27.9], [120.501, 27.900000004], [120.502, 27.9]])], meta);
    expect(layer.features[0]?.geometry).toEqual({ type: 'LineString', coordinates: [[120.5, 27.9], [120.502, 27.9]] });
  });

  it('keeps a bend larger than the tolerance', () => {
    // 0.0002° north is about 22 m: a real corner.
    const { layer } = buildStreetLayer([line({ highway: 'residential' }, [[120.5, 27.9], [120.501, 27.9002], [120.502, 27.9]])], meta);
    expect(layer.features[0]?.geometry.coordinates).toHaveLength(3);
  });

  it('leaves out an unnamed pond of a few square metres but keeps a named one', () => {
    // 0.0001° is about 10 m: a 100 m² pond.
    const { layer, stats } = buildStreetLayer([square({ natural: 'water' }, 120.5, 27.9, 0.0001), square({ natural: 'water', name: '小池' }, 120.6, 27.9, 0.0001)], meta);
    expect(layer.features.map((f) => f.properties.name)).toEqual(['小池']);
    expect(stats.leftOut).toBe(1);
  });

  it('turns a landmark drawn as an area into a point inside it', () => {
    const { layer } = buildStreetLayer([square({ amenity: 'hospital', name: '区医院' }, 120.5, 27.9, 0.002)], meta);
    const [x = 0, y = 0] = (layer.features[0]?.geometry.coordinates ?? []) as number[];
    expect(layer.features[0]?.geometry.type).toBe('Point');
    expect(x > 120.5 && x < 120.502 && y > 27.9 && y < 27.902).toBe(true);
  });

  it('writes the attribution and the format into the file', () => {
    const { layer } = buildStreetLayer([], meta);
    expect(layer).toMatchObject({ type: 'FeatureCollection', format: 'ouhai-streets', version: 1, source: '© OpenStreetMap contributors' });
  });
});
