import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** GeoJSON MultiPolygon coordinates in WGS-84. */
export type MultiPolygonCoords = number[][][][];

/** The district outline and its source line. */
export interface DistrictOutline {
  coordinates: MultiPolygonCoords;
  /** Where the outline comes from, as data/geo/ouhai-outline.geojson says. */
  source: string;
}

let cached: DistrictOutline | undefined;

/** Reads the district outline (data/geo/ouhai-outline.geojson). */
export function loadOutline(root = process.cwd()): DistrictOutline {
  if (cached) return cached;
  const path = join(root, 'data/geo/ouhai-outline.geojson');
  const json = JSON.parse(readFileSync(path, 'utf8')) as {
    features?: { properties?: { source?: string }; geometry?: { type?: string; coordinates?: unknown } }[];
  };
  const feature = json.features?.[0];
  const geometry = feature?.geometry;
  if (!geometry || (geometry.type !== 'MultiPolygon' && geometry.type !== 'Polygon') || !Array.isArray(geometry.coordinates)) {
    throw new Error(`${path}: 第 1 个要素的 geometry 应为 Polygon 或 MultiPolygon。请运行 npm run regions 重新生成。`);
  }
  const coordinates = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as MultiPolygonCoords;
  cached = { coordinates, source: feature.properties?.source ?? '' };
  return cached;
}
