import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygonCoords } from './render.ts';

let cached: MultiPolygonCoords | undefined;

/** The district outline (data/geo/ouhai-outline.geojson) as MultiPolygon coordinates. Build time only. */
export function loadOutline(root = process.cwd()): MultiPolygonCoords {
  if (cached) return cached;
  const path = join(root, 'data/geo/ouhai-outline.geojson');
  const json = JSON.parse(readFileSync(path, 'utf8')) as { features?: { geometry?: { type?: string; coordinates?: unknown } }[] };
  const geometry = json.features?.[0]?.geometry;
  if (!geometry || !Array.isArray(geometry.coordinates) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw new Error(`${path}：第 1 个要素应是 Polygon 或 MultiPolygon 的区界。请运行 npm run regions 重新生成。`);
  }
  cached = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as MultiPolygonCoords;
  return cached;
}
