import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { FACILITY_TYPE_ORDER } from '../../src/schemas/facility-type.ts';
import { attributionHtml, basemapFromEnv, roadsAttributionLine, streetDataAttribution, type BasemapConfig } from '../../src/map/basemap.ts';
import type { StreetsConfig } from '../../src/map/streets.ts';
import { buildStyle, facilityLayerId, LAYER_PREFIXES } from '../../src/map/style.ts';
import { FACILITY_SYMBOLS, SYMBOL_IMAGE_IDS, symbolImageId } from '../../src/map/symbols.ts';
import { THEME_NAMES, THEMES } from '../../src/map/theme.ts';

const district = JSON.parse(readFileSync('data/geo/ouhai-outline.geojson', 'utf8')) as FeatureCollection;
const towns: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: '景山街道' }, geometry: { type: 'Point', coordinates: [120.6271, 28.0075] } }],
};
const basemaps: Record<string, BasemapConfig> = {
  schematic: basemapFromEnv({}),
  tianditu: basemapFromEnv({ PUBLIC_TIANDITU_TOKEN: 'abc123', PUBLIC_MAP_REVIEW_NUMBER: 'GS(2099)0000号' }),
  'pmtiles vector': basemapFromEnv({ PUBLIC_PMTILES_URL: '/tiles/ouhai.pmtiles' }),
  'pmtiles raster': basemapFromEnv({ PUBLIC_PMTILES_URL: 'https://tiles.example.org/ouhai.pmtiles', PUBLIC_PMTILES_TYPE: 'raster' }),
};

describe('map style', () => {
  for (const themeName of THEME_NAMES) {
    for (const [basemapName, basemap] of Object.entries(basemaps)) {
      it(`the ${themeName} theme on the ${basemapName} basemap is a valid MapLibre style`, () => {
        const style = buildStyle({ theme: THEMES[themeName], basemap, district, towns });
        expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      });
    }

    it(`every layer of the ${themeName} theme has an id with a known prefix, and ids are unique`, () => {
      for (const basemap of Object.values(basemaps)) {
        const ids = buildStyle({ theme: THEMES[themeName], basemap, district, towns }).layers.map((l) => l.id);
        for (const id of ids) expect(LAYER_PREFIXES.some((p) => id.startsWith(p)), id).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
      }
    });

    it(`the ${themeName} theme has a layer for every facility type, drawn with that type's symbol image`, () => {
      const style = buildStyle({ theme: THEMES[themeName], basemap: basemaps.schematic!, district, towns });
      for (const type of FACILITY_TYPE_ORDER) {
        const layer = style.layers.find((l) => l.id === facilityLayerId(type));
        expect(layer?.type).toBe('symbol');
        expect(layer && 'layout' in layer ? layer.layout : undefined).toMatchObject({ 'icon-image': symbolImageId(type) });
      }
    });

    it(`the ${themeName} theme declares no glyph server or sprite, so labels use local fonts`, () => {
      const style = buildStyle({ theme: THEMES[themeName], basemap: basemaps.schematic!, district, towns });
      expect(style.glyphs).toBeUndefined();
      expect(style.sprite).toBeUndefined();
    });
  }

  it('the ring, reach, town label and cluster layers are present with their agreed ids', () => {
    const ids = buildStyle({ theme: THEMES.default, basemap: basemaps.schematic!, district, towns }).layers.map((l) => l.id);
    for (const id of ['reach_rings_fill', 'reach_rings_line', 'labels_town', 'facilities_clusters', 'basemap_district_line']) expect(ids).toContain(id);
  });

  it('the facility source is clustered when zoomed out', () => {
    const style = buildStyle({ theme: THEMES.default, basemap: basemaps.schematic!, district, towns });
    expect(style.sources.facilities).toMatchObject({ type: 'geojson', cluster: true });
  });
});

describe('facility symbols', () => {
  it('every facility type has a symbol with one letter', () => {
    for (const type of FACILITY_TYPE_ORDER) expect([...FACILITY_SYMBOLS[type].letter]).toHaveLength(1);
    expect(SYMBOL_IMAGE_IDS).toHaveLength(FACILITY_TYPE_ORDER.length);
  });

  it('no two facility types share a letter or a shape, so colour is never the only cue', () => {
    const letters = FACILITY_TYPE_ORDER.map((t) => FACILITY_SYMBOLS[t].letter);
    const shapes = FACILITY_TYPE_ORDER.map((t) => FACILITY_SYMBOLS[t].shape);
    expect(new Set(letters).size).toBe(letters.length);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});

describe('road data attribution', () => {
  const osm = roadsAttributionLine('© OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright)');

  for (const [basemapName, basemap] of Object.entries(basemaps)) {
    it(`with a road graph, the ${basemapName} map credits the road data in its attribution and stays a valid style`, () => {
      const style = buildStyle({ theme: THEMES.default, basemap, district, towns, roadsAttribution: osm });
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      // MapLibre's attribution control lists the attribution of every source a visible layer uses.
      const credited = Object.entries(style.sources).filter(([, s]) => 'attribution' in s && s.attribution === attributionHtml(osm)).map(([id]) => id);
      expect(credited).toHaveLength(1);
      expect(style.layers.some((l) => 'source' in l && l.source === credited[0] && l.layout?.visibility !== 'none')).toBe(true);
    });
  }

  it('the road data’s source is shown as text, never as HTML, in the map’s attribution', () => {
    const style = buildStyle({ theme: THEMES.default, basemap: basemaps.schematic!, district, towns, roadsAttribution: '道路数据：<img src=x onerror=alert(1)> & Co' });
    const attribution = Object.values(style.sources).flatMap((s) => ('attribution' in s && s.attribution ? [s.attribution] : []));
    expect(attribution).toEqual(['道路数据：&#60;img src=x onerror=alert(1)&#62; &#38; Co']);
  });

  it('without a road graph no source claims road data', () => {
    const style = buildStyle({ theme: THEMES.default, basemap: basemaps.schematic!, district, towns });
    expect(JSON.stringify(style.sources)).not.toContain('道路数据');
  });

  it('the line names the graph’s own source, or says it was not given', () => {
    expect(osm).toContain('OpenStreetMap contributors');
    expect(osm).toContain('ODbL');
    expect(roadsAttributionLine('  ')).toContain('来源未注明');
  });
});

describe('the street layer on the map', () => {
  const streets: StreetsConfig = {
    tiles: 'https://example.org/map/streets/{z}/{x}/{y}.pbf',
    minzoom: 10,
    maxzoom: 15,
    bounds: [120.3, 27.8, 120.8, 28.1],
    attribution: '道路和街道数据：© OpenStreetMap contributors, ODbL 1.0',
    sourceLayer: 'streets',
  };

  for (const themeName of THEME_NAMES) {
    it(`the ${themeName} theme draws roads, water and names from the street tiles, as a valid style`, () => {
      const style = buildStyle({ theme: THEMES[themeName], basemap: basemaps.schematic!, district, towns, streets });
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      const ids = style.layers.map((l) => l.id);
      for (const id of ['basemap_streets_water', 'basemap_streets_road', 'labels_streets_road', 'labels_streets_water']) expect(ids).toContain(id);
      for (const id of ids) expect(LAYER_PREFIXES.some((p) => id.startsWith(p)), id).toBe(true);
      // Under the walking areas and the facilities.
      expect(ids.indexOf('basemap_streets_road')).toBeLessThan(ids.indexOf('reach_area_fill'));
      expect(style.sources.streets).toMatchObject({ type: 'vector', attribution: attributionHtml(streets.attribution) });
    });
  }

  it('is left to 天地图 and PMTiles basemaps, which draw streets of their own', () => {
    for (const name of ['tianditu', 'pmtiles vector']) {
      const style = buildStyle({ theme: THEMES.default, basemap: basemaps[name]!, district, towns, streets });
      expect(style.sources.streets).toBeUndefined();
      expect(style.layers.some((l) => l.id.includes('streets'))).toBe(false);
    }
  });

  it('credits one import once when the graph and the layer share their source', () => {
    const source = '© OpenStreetMap contributors, ODbL 1.0';
    expect(streetDataAttribution(source, source)).toEqual([`道路和街道数据：${source}`]);
    expect(streetDataAttribution(source, null)).toEqual([roadsAttributionLine(source)]);
    expect(streetDataAttribution(null, null)).toEqual([]);
  });
});
