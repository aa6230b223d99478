import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStreetLayer, streetDataDir } from '../../../src/lib/streets/files.ts';

const dir = mkdtempSync(join(tmpdir(), 'streets-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const layer = (features: unknown[]) => ({ type: 'FeatureCollection', format: 'ouhai-streets', version: 1, source: '© OpenStreetMap contributors', generated: '', bbox: [120, 27, 121, 28], features });

describe('reading the street layer at build time', () => {
  it('is data/geo/ by default and STREET_DATA_DIR when set, relative to the project', () => {
    expect(streetDataDir('/repo', {})).toBe('/repo/data/geo');
    expect(streetDataDir('/repo', { STREET_DATA_DIR: 'tmp/streets' })).toBe('/repo/tmp/streets');
    expect(streetDataDir('/repo', { STREET_DATA_DIR: '/srv/osm' })).toBe('/srv/osm');
  });

  it('stops the build on a malformed feature, naming the file, the feature and the field in Chinese', () => {
    const path = join(dir, 'bad.json');
    const road = { type: 'Feature', properties: { kind: 'road', class: 'minor' }, geometry: { type: 'LineString', coordinates: [[120.5, 27.9], [120.6, 27.9]] } };
    const point = { type: 'Feature', properties: { kind: 'road', class: 'minor' }, geometry: { type: 'Point', coordinates: [120.5, 27.9] } };
    writeFileSync(path, JSON.stringify(layer([road, point])));
    expect(() => readStreetLayer(path)).toThrow(/bad\.json：第 2 个要素的 geometry\.type：road 要素的几何应为 LineString 或 MultiLineString，实际为 Point。请用 npm run roads 重新生成/);
  });

  it('reads a good file', () => {
    const path = join(dir, 'good.json');
    writeFileSync(path, JSON.stringify(layer([{ type: 'Feature', properties: { kind: 'place', class: 'village', name: '南村' }, geometry: { type: 'Point', coordinates: [120.6, 27.9] } }])));
    expect(readStreetLayer(path).features[0]?.properties).toEqual({ kind: 'place', class: 'village', name: '南村' });
  });
});
