import { describe, expect, it } from 'vitest';
import { basemapAttribution, basemapFromEnv, basemapHosts, basemapWarnings, tiandituTileUrls } from '../../src/map/basemap.ts';
import { buildStyle } from '../../src/map/style.ts';
import { THEMES } from '../../src/map/theme.ts';

const empty = { type: 'FeatureCollection' as const, features: [] };

describe('basemap configuration', () => {
  it('with nothing configured the basemap is the offline schematic one and contacts no host', () => {
    const config = basemapFromEnv({});
    expect(config).toEqual({ kind: 'schematic' });
    expect(basemapHosts(config)).toEqual([]);
    const style = buildStyle({ theme: THEMES.default, basemap: config, district: empty, towns: empty });
    const urls = JSON.stringify(style.sources).match(/https?:\/\/[^"]+/g) ?? [];
    expect(urls).toEqual([]);
  });

  it('a 天地图 token selects its vector and label tiles, with the token in every tile URL', () => {
    const config = basemapFromEnv({ PUBLIC_TIANDITU_TOKEN: ' key123 ', PUBLIC_MAP_REVIEW_NUMBER: 'GS(2099)1号' });
    expect(config).toEqual({ kind: 'tianditu', token: 'key123', reviewNumber: 'GS(2099)1号' });
    const style = buildStyle({ theme: THEMES.default, basemap: config, district: empty, towns: empty });
    const layerIds = style.layers.map((l) => l.id);
    expect(layerIds).toContain('basemap_tianditu_vec');
    expect(layerIds).toContain('basemap_tianditu_cva');
    for (const url of tiandituTileUrls('cva', 'key123')) expect(url).toMatch(/^https:\/\/t\d\.tianditu\.gov\.cn\/cva_w\/wmts\?.*LAYER=cva.*TILEMATRIX=\{z\}&TILEROW=\{y\}&TILECOL=\{x\}&tk=key123$/);
  });

  it('the 天地图 attribution shows the configured 审图号, and a missing one is reported at build time', () => {
    expect(basemapAttribution(basemapFromEnv({ PUBLIC_TIANDITU_TOKEN: 'k', PUBLIC_MAP_REVIEW_NUMBER: 'GS(2099)1号' }))).toContain('审图号：GS(2099)1号');
    expect(basemapWarnings(basemapFromEnv({ PUBLIC_TIANDITU_TOKEN: 'k' }))[0]).toMatch(/PUBLIC_MAP_REVIEW_NUMBER/);
    expect(basemapWarnings(basemapFromEnv({}))).toEqual([]);
  });

  it('a PMTiles URL selects the pmtiles protocol, vector by default and raster when asked', () => {
    const vector = basemapFromEnv({ PUBLIC_PMTILES_URL: '/tiles/ouhai.pmtiles' });
    expect(vector).toMatchObject({ kind: 'pmtiles', tileType: 'vector', attribution: '© OpenStreetMap contributors' });
    const style = buildStyle({ theme: THEMES.default, basemap: vector, district: empty, towns: empty });
    expect(style.sources.basemap_pmtiles).toMatchObject({ type: 'vector', url: 'pmtiles:///tiles/ouhai.pmtiles' });
    expect(basemapHosts(vector)).toEqual([]);
    const raster = basemapFromEnv({ PUBLIC_PMTILES_URL: 'https://tiles.example.org/a.pmtiles', PUBLIC_PMTILES_TYPE: 'raster' });
    expect(raster).toMatchObject({ tileType: 'raster' });
    expect(basemapHosts(raster)).toEqual(['tiles.example.org']);
  });

  it('a configured attribution reaches the map as text, never as HTML', () => {
    const config = basemapFromEnv({ PUBLIC_PMTILES_URL: '/a.pmtiles', PUBLIC_PMTILES_ATTRIBUTION: '<a href="x">OSM</a>' });
    const style = buildStyle({ theme: THEMES.default, basemap: config, district: empty, towns: empty });
    expect(style.sources.basemap_pmtiles).toMatchObject({ attribution: '底图：&#60;a href=&#34;x&#34;&#62;OSM&#60;/a&#62;' });
  });

  it('a 天地图 token wins over a PMTiles URL', () => {
    expect(basemapFromEnv({ PUBLIC_TIANDITU_TOKEN: 'k', PUBLIC_PMTILES_URL: '/a.pmtiles' }).kind).toBe('tianditu');
  });
});
