/**
 * The street layer on the service map: a vector source of the tiles the build cuts from
 * streets.json (src/lib/streets/tiles.ts), and its layers for a theme. Drawn on the schematic
 * basemap only (天地图 and PMTiles basemaps bring their own streets). Names are drawn along the
 * roads with the reader's own fonts (the style has no glyph server).
 *
 * Layer ids: basemap_streets_* under the overlays, labels_streets_* with the other labels.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { attributionHtml } from './basemap.ts';
import type { MapTheme } from './theme.ts';

/** The source id of the street layer. */
export const STREETS_SOURCE = 'streets';

/** Where the page finds the street tiles, and whose data they are. */
export interface StreetsConfig {
  /** Tile URL template, absolute (MapLibre needs it so): https://…/map/streets/{z}/{x}/{y}.pbf */
  tiles: string;
  minzoom: number;
  maxzoom: number;
  /** [west, south, east, north] of the data. */
  bounds: [number, number, number, number];
  /** The attribution line, plain text (“街道数据：© OpenStreetMap contributors, ODbL 1.0”). */
  attribution: string;
  /** The source layer inside each tile. */
  sourceLayer: string;
}

export function streetsSource(config: StreetsConfig): SourceSpecification {
  return { type: 'vector', tiles: [config.tiles], minzoom: config.minzoom, maxzoom: config.maxzoom, bounds: config.bounds, attribution: attributionHtml(config.attribution) };
}

const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
const roadClass = ['get', 'class'] as ExpressionSpecification;

/** Road width in pixels by class, growing with the zoom. */
function roadWidth(extra: number): ExpressionSpecification {
  const at = (major: number, secondary: number, minor: number, service: number): ExpressionSpecification => ['match', roadClass, 'major', major + extra, 'secondary', secondary + extra, 'service', service + extra, minor + extra];
  return ['interpolate', ['exponential', 1.5], ['zoom'], 10, at(1.5, 1, 0.3, 0), 14, at(6, 4.5, 3, 1.5), 17, at(16, 12, 9, 5)];
}

/** The street layers under the overlays: water, rails, paths, road casings, roads. */
export function streetLayers(theme: MapTheme, sourceLayer: string): LayerSpecification[] {
  const c = theme.streets;
  const base = { source: STREETS_SOURCE, 'source-layer': sourceLayer };
  return [
    { id: 'basemap_streets_water', type: 'fill', ...base, filter: kind('water'), paint: { 'fill-color': c.water } },
    {
      id: 'basemap_streets_waterway',
      type: 'line',
      ...base,
      filter: kind('waterway'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, ['match', roadClass, 'stream', 0.5, 1.5], 16, ['match', roadClass, 'stream', 2, 8]] },
    },
    {
      id: 'basemap_streets_rail',
      type: 'line',
      ...base,
      filter: kind('railway'),
      paint: { 'line-color': c.rail, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 16, 3], 'line-dasharray': [4, 2] },
    },
    {
      id: 'basemap_streets_path',
      type: 'line',
      ...base,
      minzoom: 14,
      filter: kind('path'),
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      // Steps get short dashes, other paths long ones: not colour alone.
      paint: { 'line-color': c.path, 'line-width': ['interpolate', ['linear'], ['zoom'], 14, 1.2, 17, 3], 'line-dasharray': ['match', roadClass, 'steps', ['literal', [0.6, 0.6]], ['literal', [2, 1]]] },
    },
    {
      id: 'basemap_streets_road_casing',
      type: 'line',
      ...base,
      filter: kind('road'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.casing, 'line-width': roadWidth(2) },
    },
    {
      id: 'basemap_streets_road',
      type: 'line',
      ...base,
      filter: kind('road'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['match', roadClass, 'major', c.major, 'secondary', c.secondary, c.minor], 'line-width': roadWidth(0) },
    },
  ];
}

/** Names: along roads and waterways, and at places and landmarks. */
export function streetLabelLayers(theme: MapTheme, sourceLayer: string, fonts: string[]): LayerSpecification[] {
  const c = theme.streets;
  const base = { source: STREETS_SOURCE, 'source-layer': sourceLayer };
  const halo = { 'text-halo-color': c.labelHalo, 'text-halo-width': 2 };
  return [
    {
      id: 'labels_streets_water',
      type: 'symbol',
      ...base,
      filter: ['all', kind('waterway'), ['has', 'name']],
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': fonts, 'text-size': 15, 'symbol-spacing': 400 },
      paint: { 'text-color': c.waterLabel, ...halo },
    },
    {
      id: 'labels_streets_road',
      type: 'symbol',
      ...base,
      minzoom: 13,
      filter: ['all', ['any', kind('road'), kind('path')], ['has', 'name']],
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': fonts, 'text-size': ['interpolate', ['linear'], ['zoom'], 13, 13, 16, 17], 'symbol-spacing': 300 },
      paint: { 'text-color': c.label, ...halo },
    },
    {
      id: 'labels_streets_place',
      type: 'symbol',
      ...base,
      minzoom: 14,
      filter: ['any', kind('place'), kind('landmark')],
      layout: { 'text-field': ['get', 'name'], 'text-font': fonts, 'text-size': 14, 'text-max-width': 8 },
      paint: { 'text-color': c.label, ...halo },
    },
  ];
}
