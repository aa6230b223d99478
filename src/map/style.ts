/**
 * The whole map style as code: sources and typed layer lists for a theme and a basemap.
 * Layer ids are grouped by prefix: basemap_*, reach_*, facilities_*, home_*, labels_*.
 *
 * No `glyphs` URL: MapLibre (≥ 5.11) then draws every label with the reader's local fonts, taking
 * `text-font` as a list of local font families, so Chinese labels need no font server.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FACILITY_TYPE_ORDER, type FacilityType } from '../schemas/facility-type.ts';
import { attributionHtml, basemapLayers, basemapSources, type BasemapConfig } from './basemap.ts';
import { STREETS_SOURCE, streetLabelLayers, streetLayers, streetsSource, type StreetsConfig } from './streets.ts';
import { SYMBOL_SIZE, symbolImageId } from './symbols.ts';
import type { MapTheme } from './theme.ts';

/** Ids of the data sources the page fills in. */
export const SOURCE = {
  district: 'district',
  towns: 'towns',
  facilities: 'facilities',
  reach: 'reach',
  home: 'home',
} as const;

/** Local font families for labels, first found wins. */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

/** The layer showing one facility type. */
export function facilityLayerId(type: FacilityType): string {
  return `facilities_${type}`;
}

export const LAYER = {
  clusters: 'facilities_clusters',
  clusterCount: 'facilities_cluster_count',
  outOfReach: 'facilities_out_of_reach',
  ringsFill: 'reach_rings_fill',
  ringsLine: 'reach_rings_line',
  ringsLabel: 'reach_rings_label',
  reachFill: 'reach_area_fill',
  reachLine: 'reach_area_line',
  home: 'home_marker',
  homeHalo: 'home_marker_halo',
  homeDot: 'home_marker_dot',
  townLabels: 'labels_town',
} as const;

/** The prefixes every layer id starts with. */
export const LAYER_PREFIXES = ['basemap_', 'reach_', 'facilities_', 'home_', 'labels_'] as const;

/** Zoom above which facilities are never clustered. */
export const CLUSTER_MAX_ZOOM = 14;

type AnyGeoJSON = FeatureCollection<Geometry>;
const EMPTY: AnyGeoJSON = { type: 'FeatureCollection', features: [] };

/** Layers for the walking rings (circles), the reach area along roads, and their labels. */
export function reachLayers(theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: LAYER.ringsFill,
      type: 'fill',
      source: SOURCE.reach,
      filter: ['==', ['get', 'kind'], 'ring'],
      paint: {
        'fill-color': ['match', ['get', 'minutes'], 5, theme.ring.fill5, 10, theme.ring.fill10, theme.ring.fill15],
        'fill-opacity': theme.ring.fillOpacity,
      },
    },
    {
      id: LAYER.reachFill,
      type: 'fill',
      source: SOURCE.reach,
      filter: ['==', ['get', 'kind'], 'reach'],
      paint: { 'fill-color': theme.reach.fill, 'fill-opacity': theme.reach.fillOpacity },
    },
    {
      id: LAYER.ringsLine,
      type: 'line',
      source: SOURCE.reach,
      filter: ['==', ['get', 'kind'], 'ring'],
      layout: { 'line-join': 'round' },
      // Dashes tell the straight-line estimate apart from the solid reach outline without colour.
      paint: { 'line-color': theme.ring.line, 'line-width': theme.ring.lineWidth, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER.reachLine,
      type: 'line',
      source: SOURCE.reach,
      filter: ['==', ['get', 'kind'], 'reach'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.reach.line, 'line-width': theme.ring.lineWidth },
    },
    {
      id: LAYER.ringsLabel,
      type: 'symbol',
      source: SOURCE.reach,
      filter: ['==', ['get', 'kind'], 'label'],
      layout: { 'text-field': ['get', 'label'], 'text-font': LABEL_FONTS, 'text-size': 16, 'text-anchor': 'bottom', 'text-max-width': 20, 'text-allow-overlap': true },
      paint: { 'text-color': theme.ring.label, 'text-halo-color': theme.ring.labelHalo, 'text-halo-width': 2 },
    },
  ];
}

/** Layers for facilities: cluster bubbles, one symbol layer per type, and the out-of-reach flag. */
export function facilityLayers(theme: MapTheme): LayerSpecification[] {
  const clustered = ['has', 'point_count'] as const;
  return [
    {
      id: LAYER.clusters,
      type: 'circle',
      source: SOURCE.facilities,
      filter: [...clustered],
      paint: {
        'circle-color': theme.cluster.fill,
        'circle-stroke-color': theme.cluster.stroke,
        'circle-stroke-width': 3,
        'circle-radius': ['step', ['get', 'point_count'], 20, 10, 26, 50, 32],
      },
    },
    {
      id: LAYER.clusterCount,
      type: 'symbol',
      source: SOURCE.facilities,
      filter: [...clustered],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': LABEL_FONTS, 'text-size': 18, 'text-allow-overlap': true },
      paint: { 'text-color': theme.cluster.text },
    },
    {
      id: LAYER.outOfReach,
      type: 'circle',
      source: SOURCE.facilities,
      filter: ['all', ['!', [...clustered]], ['==', ['get', 'outOfReach'], true]],
      paint: {
        'circle-radius': SYMBOL_SIZE / 2 + 6,
        'circle-opacity': 0,
        'circle-stroke-color': theme.outOfReach,
        'circle-stroke-width': 4,
      },
    },
    ...FACILITY_TYPE_ORDER.map(
      (type): LayerSpecification => ({
        id: facilityLayerId(type),
        type: 'symbol',
        source: SOURCE.facilities,
        filter: ['all', ['!', [...clustered]], ['==', ['get', 'type'], type]],
        layout: { 'icon-image': symbolImageId(type), 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      }),
    ),
  ];
}

/**
 * The home point: a wide ring around the spot (drawn above the facilities, so a care centre chosen as
 * home still shows its symbol inside the ring) and a small dot (below them). Reads without colour.
 */
export function homeLayers(theme: MapTheme): LayerSpecification[] {
  const radius = SYMBOL_SIZE / 2 + 9;
  return [
    {
      id: LAYER.homeHalo,
      type: 'circle',
      source: SOURCE.home,
      paint: { 'circle-radius': radius, 'circle-opacity': 0, 'circle-stroke-color': theme.home.stroke, 'circle-stroke-width': 9 },
    },
    {
      id: LAYER.home,
      type: 'circle',
      source: SOURCE.home,
      paint: { 'circle-radius': radius, 'circle-opacity': 0, 'circle-stroke-color': theme.home.fill, 'circle-stroke-width': 5 },
    },
  ];
}

/** The dot at the exact home spot, under the facility symbols. */
export function homeDotLayers(theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: LAYER.homeDot,
      type: 'circle',
      source: SOURCE.home,
      paint: { 'circle-radius': 6, 'circle-color': theme.home.fill, 'circle-stroke-color': theme.home.stroke, 'circle-stroke-width': 2 },
    },
  ];
}

/** Town (街道/镇) names at their approximate centres. */
export function labelLayers(theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: LAYER.townLabels,
      type: 'symbol',
      source: SOURCE.towns,
      // Below the centre point, so a home chosen at the town centre does not cover the name.
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 9, 14, 13, 20],
        'text-anchor': 'top',
        'text-offset': [0, 1],
      },
      paint: { 'text-color': theme.townLabel, 'text-halo-color': theme.townLabelHalo, 'text-halo-width': 2 },
    },
  ];
}

export interface StyleInput {
  theme: MapTheme;
  basemap: BasemapConfig;
  /** District outline (data/geo/ouhai-outline.geojson). */
  district: AnyGeoJSON;
  /** Town label points with a `name` property. */
  towns: AnyGeoJSON;
  /** Initial data; the page updates it with setData. */
  facilities?: AnyGeoJSON;
  reach?: AnyGeoJSON;
  home?: AnyGeoJSON;
  /** When walking reach comes from an imported road graph: its attribution line, shown in the map's attribution. */
  roadsAttribution?: string | null;
  /** The imported street layer's tiles, drawn on the schematic basemap; null or absent when none. */
  streets?: StreetsConfig | null;
}

/** The complete style for a theme and a basemap. */
export function buildStyle(input: StyleInput): StyleSpecification {
  const { theme, basemap } = input;
  // 天地图's label layer already names the towns; everywhere else our own labels do.
  const labels = basemap.kind === 'tianditu' ? [] : labelLayers(theme);
  // The other basemaps draw streets of their own.
  const streets = basemap.kind === 'schematic' ? (input.streets ?? null) : null;
  return {
    version: 8,
    name: `ouhai-${theme.name}`,
    sources: {
      ...basemapSources(basemap),
      ...(streets ? { [STREETS_SOURCE]: streetsSource(streets) } : {}),
      [SOURCE.district]: { type: 'geojson', data: input.district },
      [SOURCE.towns]: { type: 'geojson', data: input.towns },
      [SOURCE.reach]: { type: 'geojson', data: input.reach ?? EMPTY, ...(input.roadsAttribution ? { attribution: attributionHtml(input.roadsAttribution) } : {}) },
      [SOURCE.facilities]: {
        type: 'geojson',
        data: input.facilities ?? EMPTY,
        cluster: true,
        clusterRadius: 40,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
      },
      [SOURCE.home]: { type: 'geojson', data: input.home ?? EMPTY },
    },
    layers: [
      ...basemapLayers(basemap, theme, SOURCE.district),
      ...(streets ? streetLayers(theme, streets.sourceLayer) : []),
      ...reachLayers(theme),
      ...(streets ? streetLabelLayers(theme, streets.sourceLayer, LABEL_FONTS) : []),
      ...labels,
      ...homeDotLayers(theme),
      ...facilityLayers(theme),
      ...homeLayers(theme),
    ],
  };
}
