import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { loadDistrict } from '../../../src/lib/data/regions.ts';
import { localProjection } from '../../../src/lib/geo/distance.ts';
import { tilesCovering } from '../../../src/lib/print/basemap.ts';
import { buildMapPage } from '../../../src/lib/print/page.ts';
import { PAPERS } from '../../../src/lib/print/paper.ts';
import { loadOutline } from '../../../src/lib/static-map/outline.ts';
import { basemapFromEnv } from '../../../src/map/basemap.ts';
import { CIHU_CENTRE } from '../../fixtures/osm/cihu.ts';
import { protomapsTile, tiandituServer, writePmtiles } from '../../fixtures/tiles/make-tiles.ts';
import { facility } from './facility-fixtures.ts';
import { byClass, parseSvg } from './svg.ts';

const CIHU = '330304002026';
const root = mkdtempSync(join(tmpdir(), 'print-basemap-'));
const district = loadDistrict();
const care = facility('care-centre', CIHU_CENTRE, { region: { districtCode: '330304', townCode: '330304002', communityCode: CIHU } });
const p = localProjection(CIHU_CENTRE.lon, CIHU_CENTRE.lat);
const at = (x: number, y: number) => [p.lon(x), p.lat(y)];
let server: Awaited<ReturnType<typeof tiandituServer>>;

beforeAll(async () => {
  // A Protomaps-style basemap of two features around 慈湖: a road east–west through the centre, a river 300 m south.
  const layers: Record<string, FeatureCollection> = {
    roads: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind: 'major_road', name: '测试大道' }, geometry: { type: 'LineString', coordinates: [at(-1500, 0), at(1500, 0)] } }] },
    water: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kind: 'river', name: '测试河' }, geometry: { type: 'LineString', coordinates: [at(-1500, -300), at(1500, -300)] } }] },
  };
  const box = { west: p.lon(-2000), east: p.lon(2000), south: p.lat(-2000), north: p.lat(2000) };
  const tiles = tilesCovering(box, 15).map(({ x, y }) => ({ z: 15, x, y, data: protomapsTile(layers, 15, x, y) }));
  mkdirSync(join(root, 'public/tiles'), { recursive: true });
  writePmtiles(join(root, 'public/tiles/test.pmtiles'), tiles, [box.west, box.south, box.east, box.north]);
  server = await tiandituServer();
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function sheet(env: Record<string, string>, options: { tiandituBase?: string } = {}) {
  const basemap = basemapFromEnv(env);
  return buildMapPage({
    lang: 'zh-CN',
    code: CIHU,
    paper: PAPERS.a4,
    district,
    facilities: [care],
    outline: loadOutline(),
    site: new URL('https://example.org/'),
    sample: true,
    dataDate: '2026-03-01',
    basemap,
    basemapOptions: { root, ...options },
    ...(basemap.kind !== 'schematic' && basemap.reviewNumber ? { reviewNumber: basemap.reviewNumber } : {}),
  });
}

describe('a print sheet on the deployment’s basemap, without a street layer', () => {
  it('draws a PMTiles vector basemap as vector streets with their names, and credits it', async () => {
    const model = await sheet({ PUBLIC_PMTILES_URL: '/tiles/test.pmtiles' });
    const svg = parseSvg(model.svg);
    expect(byClass(svg, 'pm-streets')).toHaveLength(1);
    expect(byClass(svg, 'pm-streets__name').map((n) => n.text).sort()).toEqual(['测试大道', '测试河']);
    expect(model.footLines).toContain('底图：© OpenStreetMap contributors');
    expect(model.svg).not.toContain('未载入街道数据');
  });

  it('fetches 天地图 streets and labels at build time, embeds them and prints the 审图号', async () => {
    server.requests.length = 0;
    const model = await sheet({ PUBLIC_TIANDITU_TOKEN: 'test-key', PUBLIC_MAP_REVIEW_NUMBER: 'GS(2099)0000号' }, { tiandituBase: server.base });
    const images = byClass(parseSvg(model.svg), 'pm-basemap');
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((i) => i.attrs.href?.startsWith('data:image/png;base64,'))).toBe(true);
    expect(server.requests.some((r) => r.startsWith('/vec_w/wmts?') && r.includes('tk=test-key'))).toBe(true);
    expect(server.requests.some((r) => r.startsWith('/cva_w/wmts?'))).toBe(true);
    expect(model.footLines).toEqual(expect.arrayContaining(['底图：天地图（国家地理信息公共服务平台）', '审图号：GS(2099)0000号']));
  });

  it('keeps the sheet without streets, saying so, when the basemap cannot be had', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const model = await sheet({ PUBLIC_TIANDITU_TOKEN: 'test-key' }, { tiandituBase: 'http://127.0.0.1:9' });
    expect(byClass(parseSvg(model.svg), 'pm-basemap')).toHaveLength(0);
    expect(model.svg).toContain('未载入街道数据');
    expect(model.footLines.join('')).not.toContain('底图');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('打印地图：底图（tianditu）读取失败'));
    warn.mockRestore();
  });
});
