/**
 * The street layer as vector tiles for the service map, cut at build time (geojson-vt) and
 * written as Mapbox Vector Tiles (vt-pbf) to /map/streets/{z}/{x}/{y}.pbf. A phone then loads only
 * the few tiles of the streets it looks at, never the whole district's file.
 *
 * Two sets: an overview (z 10–12: major and secondary roads, rivers and canals, water, railways,
 * places) so the district view stays light, and the full layer from z 13 to 15; MapLibre draws
 * z 16–18 by enlarging z 15. One source layer, `streets`, carrying the layer's properties.
 */
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { StreetLayer, StreetLayerFeature } from '../../schemas/streets.ts';
import type { StreetsConfig } from '../../map/streets.ts';

export const STREET_TILE_LAYER = 'streets';
export const STREET_TILE_MIN_ZOOM = 10;
export const STREET_TILE_MAX_ZOOM = 15;
/** The first zoom of the full layer. */
export const STREET_TILE_DETAIL_ZOOM = 13;

/** Whether a feature is in the overview tiles. */
export function inOverview(f: StreetLayerFeature): boolean {
  const p = f.properties;
  switch (p.kind) {
    case 'road':
      return p.class === 'major' || p.class === 'secondary';
    case 'waterway':
      return p.class === 'river' || p.class === 'canal';
    case 'water':
    case 'railway':
      return true;
    case 'place':
      return ['city', 'town', 'suburb', 'village', 'quarter'].includes(p.class);
    default:
      return false;
  }
}

export interface StreetTiles {
  /** Every tile that has features, lowest zoom first. */
  coords: { z: number; x: number; y: number }[];
  /** The tile as MVT bytes; null for a tile outside `coords`. */
  tile(z: number, x: number, y: number): Uint8Array<ArrayBuffer> | null;
  /** [west, south, east, north] of the data. */
  bounds: [number, number, number, number];
}

function tileRange(bounds: readonly number[], z: number) {
  const n = 2 ** z;
  const x = (lon: number) => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.min(n - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)));
  };
  const [w = 0, s = 0, e = 0, north = 0] = bounds;
  return { x0: x(w), x1: x(e), y0: y(north), y1: y(s) };
}

/** Cuts the layer into tiles. */
export function streetTiles(layer: StreetLayer): StreetTiles {
  const collection = (features: StreetLayerFeature[]) => ({ type: 'FeatureCollection', features }) as FeatureCollection;
  const options = { maxZoom: STREET_TILE_MAX_ZOOM, indexMaxZoom: 5, buffer: 64, extent: 4096 } as const;
  const overview = new GeoJSONVT(collection(layer.features.filter(inOverview)), { ...options, maxZoom: STREET_TILE_DETAIL_ZOOM - 1 });
  const detail = new GeoJSONVT(collection(layer.features), options);
  const indexFor = (z: number) => (z < STREET_TILE_DETAIL_ZOOM ? overview : detail);
  const tileAt = (z: number, x: number, y: number) => {
    if (z < STREET_TILE_MIN_ZOOM || z > STREET_TILE_MAX_ZOOM) return null;
    const t = indexFor(z).getTile(z, x, y);
    return t && t.features.length > 0 ? t : null;
  };
  const coords: StreetTiles['coords'] = [];
  for (let z = STREET_TILE_MIN_ZOOM; z <= STREET_TILE_MAX_ZOOM; z++) {
    const r = tileRange(layer.bbox, z);
    for (let x = r.x0; x <= r.x1; x++) for (let y = r.y0; y <= r.y1; y++) if (tileAt(z, x, y)) coords.push({ z, x, y });
  }
  return {
    coords,
    bounds: layer.bbox,
    tile(z, x, y) {
      const t = tileAt(z, x, y);
      return t ? fromGeojsonVt({ [STREET_TILE_LAYER]: t }, { version: 2, extent: 4096 }) : null;
    },
  };
}

/** Where the service map finds the tiles of this layer (the endpoint src/pages/map/streets/ writes them). */
export function streetsMapConfig(layer: StreetLayer, attribution: string): StreetsConfig {
  return {
    tiles: '/map/streets/{z}/{x}/{y}.pbf',
    minzoom: STREET_TILE_MIN_ZOOM,
    maxzoom: STREET_TILE_MAX_ZOOM,
    bounds: layer.bbox,
    attribution,
    sourceLayer: STREET_TILE_LAYER,
  };
}
