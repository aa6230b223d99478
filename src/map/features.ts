/**
 * GeoJSON for the map's data sources, built from the page's data. Pure functions: the browser
 * code hands their output to MapLibre (source.setData); tests check them directly.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { MapPoint, PickerTown } from '../lib/geo-ui/map-data.ts';

/** Town label points at the towns' approximate centres. */
export function townFeatures(towns: readonly PickerTown[]): FeatureCollection<Point, { code: string; name: string }> {
  return {
    type: 'FeatureCollection',
    features: towns.map((t) => ({ type: 'Feature', properties: { code: t.code, name: t.name }, geometry: { type: 'Point', coordinates: [t.lon, t.lat] } })),
  };
}

export interface FacilityFeatureProps {
  id: string;
  name: string;
  type: MapPoint['type'];
  /** Inside the straight-line circle but out of walking reach. */
  outOfReach: boolean;
}

/** Facilities as points; `outOfReach` holds the ids to flag. */
export function facilityFeatures(facilities: readonly MapPoint[], outOfReach: ReadonlySet<string> = new Set()): FeatureCollection<Point, FacilityFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: facilities.map((f) => ({
      type: 'Feature',
      properties: { id: f.id, name: f.name, type: f.type, outOfReach: outOfReach.has(f.id) },
      geometry: { type: 'Point', coordinates: [f.lon, f.lat] },
    })),
  };
}

/** The home point. */
export function homeFeature(lon: number, lat: number): FeatureCollection<Point> {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } }] };
}

export type ReachFeatureKind = 'ring' | 'reach' | 'label';

export interface ReachFeatureProps {
  kind: ReachFeatureKind;
  minutes: number;
  label: string;
}

/** A ring or reach area as the geo library returns it: a polygon with its minutes. */
export type AreaFeature = Feature<Polygon | MultiPolygon, { minutes: number | null }>;

function northmost(geometry: Polygon | MultiPolygon): Position | undefined {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
  let best: Position | undefined;
  for (const ring of rings) for (const p of ring) if (!best || (p[1] ?? 0) > (best[1] ?? 0)) best = p;
  return best;
}

/**
 * The reach source: the areas (straight-line rings or walking areas) tagged with their kind and
 * minutes, plus a label point at the top of each, e.g. “10 分钟”.
 */
export function reachFeatures(areas: readonly AreaFeature[], kind: 'ring' | 'reach', label: (minutes: number) => string): FeatureCollection<Geometry, ReachFeatureProps> {
  const features: Feature<Geometry, ReachFeatureProps>[] = [];
  for (const area of areas) {
    const minutes = area.properties.minutes ?? 0;
    features.push({ type: 'Feature', properties: { kind, minutes, label: label(minutes) }, geometry: area.geometry });
  }
  for (const area of areas) {
    const top = northmost(area.geometry);
    const minutes = area.properties.minutes ?? 0;
    if (top) features.push({ type: 'Feature', properties: { kind: 'label', minutes, label: label(minutes) }, geometry: { type: 'Point', coordinates: [top[0] ?? 0, top[1] ?? 0] } });
  }
  return { type: 'FeatureCollection', features };
}

/** Bounds [[west, south], [east, north]] of some positions, for fitting the view. */
export function boundsOf(positions: readonly Position[]): [[number, number], [number, number]] | undefined {
  if (positions.length === 0) return undefined;
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x = 0, y = 0] of positions) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [[w, s], [e, n]];
}
