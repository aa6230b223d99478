/**
 * Turns OpenStreetMap features (GeoJSON, as osmium export or the usual converters write them)
 * into the street layer: named roads by class, paths and footbridges, waterways and water areas,
 * railways, and named places and landmarks — simplified for a community sheet and a phone map.
 *
 * What is kept (documented in README.md, “道路数据”):
 * - roads and paths by `highway` (CLASS_OF_HIGHWAY); construction, proposed, platforms and the
 *   like are left out. A motorway or a foot=no trunk road is drawn (people see it and must cross
 *   it) even though the walking graph leaves it out.
 * - waterways: river and canal always, streams, drains and ditches only when named (unnamed
 *   ditches clutter a sheet); water areas: natural=water, waterway=riverbank, landuse=reservoir
 *   or basin, leaving out unnamed ones under MIN_WATER_M2.
 * - railways in use (rail, light rail, subway, narrow gauge, tram), not abandoned or disused ones.
 * - places (`place=*`) and landmarks (`amenity=*`) with a name, as points (an area becomes a point
 *   inside it).
 *
 * Browser-safe and pure; scripts/import-roads.ts reads the files.
 */
import { area, pointOnFeature, simplify } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { StreetLayer, StreetLayerFeature, StreetProperties } from '../../schemas/streets.ts';
import { STREETS_FORMAT, STREETS_VERSION } from '../../schemas/streets.ts';
import { tagsOf, type Tags } from '../geo/roads.ts';

const CLASS_OF_HIGHWAY: Record<string, { kind: 'road' | 'path'; class: string }> = {
  motorway: { kind: 'road', class: 'major' },
  motorway_link: { kind: 'road', class: 'major' },
  trunk: { kind: 'road', class: 'major' },
  trunk_link: { kind: 'road', class: 'major' },
  primary: { kind: 'road', class: 'major' },
  primary_link: { kind: 'road', class: 'major' },
  secondary: { kind: 'road', class: 'secondary' },
  secondary_link: { kind: 'road', class: 'secondary' },
  tertiary: { kind: 'road', class: 'secondary' },
  tertiary_link: { kind: 'road', class: 'secondary' },
  residential: { kind: 'road', class: 'minor' },
  unclassified: { kind: 'road', class: 'minor' },
  living_street: { kind: 'road', class: 'minor' },
  road: { kind: 'road', class: 'minor' },
  service: { kind: 'road', class: 'service' },
  footway: { kind: 'path', class: 'footway' },
  path: { kind: 'path', class: 'footway' },
  pedestrian: { kind: 'path', class: 'footway' },
  cycleway: { kind: 'path', class: 'footway' },
  bridleway: { kind: 'path', class: 'footway' },
  steps: { kind: 'path', class: 'steps' },
  track: { kind: 'path', class: 'track' },
};

const RAILWAYS: Record<string, 'rail' | 'tram'> = { rail: 'rail', light_rail: 'rail', subway: 'rail', narrow_gauge: 'rail', monorail: 'rail', tram: 'tram' };

/** Unnamed water areas smaller than this (m²) are left out: garden ponds say nothing at this scale. */
export const MIN_WATER_M2 = 400;

/** Douglas–Peucker tolerance in degrees: about 2 m, under half a millimetre on a 1:5000 sheet. */
export const SIMPLIFY_DEGREES = 0.00002;

/** Coordinates are kept to 1e-5 degree (about 1 m). */
const ROUND = 1e5;

/** What a feature's tags make it in the street layer, before its geometry is checked; null when it is left out. */
export function streetPropertiesOf(tags: Tags, geometryType: Geometry['type']): StreetProperties | null {
  const name = tags.name?.trim() || undefined;
  const named = name ? { name } : {};
  const line = geometryType === 'LineString' || geometryType === 'MultiLineString';
  const areaLike = geometryType === 'Polygon' || geometryType === 'MultiPolygon';
  if (line && tags.highway && tags.area !== 'yes') {
    const c = CLASS_OF_HIGHWAY[tags.highway];
    if (!c) return null;
    const bridge = tags.bridge && tags.bridge !== 'no' ? { bridge: true as const } : {};
    return { kind: c.kind, class: c.class, ...named, ...bridge } as StreetProperties;
  }
  if (line && tags.waterway) {
    if (tags.waterway === 'river' || tags.waterway === 'canal') return { kind: 'waterway', class: tags.waterway, ...named };
    if (name && ['stream', 'drain', 'ditch'].includes(tags.waterway)) return { kind: 'waterway', class: 'stream', name };
    return null;
  }
  if (line && tags.railway) {
    const c = RAILWAYS[tags.railway];
    return c ? { kind: 'railway', class: c, ...named } : null;
  }
  if (areaLike && (tags.natural === 'water' || tags.waterway === 'riverbank' || tags.landuse === 'reservoir' || tags.landuse === 'basin')) {
    return { kind: 'water', class: 'water', ...named };
  }
  if (name && tags.place && (geometryType === 'Point' || areaLike)) return { kind: 'place', class: tags.place, name };
  if (name && tags.amenity && (geometryType === 'Point' || areaLike)) return { kind: 'landmark', class: tags.amenity, name };
  return null;
}

const round = (v: number) => Math.round(v * ROUND) / ROUND;

/** A line rounded to 1e-5 degree with repeated points dropped; null when fewer than two are left. */
function cleanLine(line: readonly Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of line) {
    const x = p[0], y = p[1];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    const q: Position = [round(x), round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 2 ? out : null;
}

function cleanRing(ring: readonly Position[]): Position[] | null {
  const line = cleanLine(ring);
  if (!line || line.length < 3) return null;
  const [first] = line;
  const last = line.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) line.push([first[0] as number, first[1] as number]);
  return line.length >= 4 ? line : null;
}

/** The feature's geometry simplified, rounded and checked; null when nothing drawable is left. */
function cleanGeometry(props: StreetProperties, geometry: Geometry): StreetLayerFeature['geometry'] | null {
  if (props.kind === 'place' || props.kind === 'landmark') {
    const point = geometry.type === 'Point' ? geometry.coordinates : pointOnFeature({ type: 'Feature', properties: {}, geometry }).geometry.coordinates;
    const [x, y] = point;
    return typeof x === 'number' && typeof y === 'number' ? { type: 'Point', coordinates: [round(x), round(y)] } : null;
  }
  const simple = simplify({ type: 'Feature', properties: {}, geometry }, { tolerance: SIMPLIFY_DEGREES, highQuality: false, mutate: false }).geometry;
  if (simple.type === 'LineString' || simple.type === 'MultiLineString') {
    const parts = (simple.type === 'LineString' ? [simple.coordinates] : simple.coordinates).map(cleanLine).filter((l): l is Position[] => l !== null);
    if (parts.length === 0) return null;
    return parts.length === 1 ? { type: 'LineString', coordinates: parts[0] as [number, number][] } : { type: 'MultiLineString', coordinates: parts as [number, number][][] };
  }
  if (simple.type === 'Polygon' || simple.type === 'MultiPolygon') {
    const polygons = (simple.type === 'Polygon' ? [simple.coordinates] : simple.coordinates)
      .map((rings) => {
        const [outer, ...holes] = rings.map(cleanRing);
        return outer ? [outer, ...holes.filter((h): h is Position[] => h !== null)] : null;
      })
      .filter((p): p is Position[][] => p !== null);
    if (polygons.length === 0) return null;
    return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] as [number, number][][] } : { type: 'MultiPolygon', coordinates: polygons as [number, number][][][] };
  }
  return null;
}

function countPositions(c: unknown): number {
  if (!Array.isArray(c)) return 0;
  return typeof c[0] === 'number' ? 1 : c.reduce((n: number, x: unknown) => n + countPositions(x), 0);
}

/** Counts for the import report. */
export interface StreetLayerStats {
  /** Features kept, by kind. */
  kept: Record<StreetProperties['kind'], number>;
  /** Features read that the layer does not show (no drawable tags, or nothing left after simplifying). */
  leftOut: number;
  /** Vertices written. */
  vertices: number;
}

/** Builds the street layer from OSM features; `source` is the attribution line written into the file. */
export function buildStreetLayer(
  features: Iterable<Feature>,
  meta: { source: string; generated: string; bbox: [number, number, number, number] },
): { layer: StreetLayer; stats: StreetLayerStats } {
  const kept: StreetLayerStats['kept'] = { road: 0, path: 0, waterway: 0, water: 0, railway: 0, place: 0, landmark: 0 };
  let leftOut = 0;
  let vertices = 0;
  const out: StreetLayerFeature[] = [];
  for (const feature of features) {
    const geometry = feature.geometry;
    const props = geometry ? streetPropertiesOf(tagsOf(feature), geometry.type) : null;
    if (!geometry || !props) {
      leftOut++;
      continue;
    }
    if (props.kind === 'water' && !props.name && area(feature as Feature<Polygon | MultiPolygon>) < MIN_WATER_M2) {
      leftOut++;
      continue;
    }
    const clean = cleanGeometry(props, geometry);
    if (!clean) {
      leftOut++;
      continue;
    }
    kept[props.kind]++;
    vertices += countPositions(clean.coordinates);
    out.push({ type: 'Feature', properties: props, geometry: clean });
  }
  const layer: StreetLayer = { type: 'FeatureCollection', format: STREETS_FORMAT, version: STREETS_VERSION, source: meta.source, generated: meta.generated, bbox: meta.bbox, features: out };
  return { layer, stats: { kept, leftOut, vertices } };
}
