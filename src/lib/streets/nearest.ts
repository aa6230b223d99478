/**
 * The named streets nearest a point (the ★ of a print sheet): “★ 附近的道路：慈湖路、慈湖街”.
 * A plain scan of the features near the point; a sheet asks once. Browser-safe.
 */
import type { StreetLayerFeature } from '../../schemas/streets.ts';
import { localProjection } from '../geo/distance.ts';

export interface NearStreet {
  name: string;
  /** Metres from the point to the nearest part of the street. */
  metres: number;
}

/** Named roads and paths within `maxMetres` of (lon, lat), nearest first, each name once, at most `count`. */
export function nearestStreets(features: readonly StreetLayerFeature[], lon: number, lat: number, maxMetres = 300, count = 3): NearStreet[] {
  const p = localProjection(lon, lat);
  const best = new Map<string, number>();
  for (const f of features) {
    const props = f.properties;
    if ((props.kind !== 'road' && props.kind !== 'path') || !props.name) continue;
    const g = f.geometry;
    const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const [ax = 0, ay = 0] = line[i - 1] ?? [];
        const [bx = 0, by = 0] = line[i] ?? [];
        const x1 = p.x(ax), y1 = p.y(ay), x2 = p.x(bx), y2 = p.y(by);
        const dx = x2 - x1, dy = y2 - y1;
        const len2 = dx * dx + dy * dy;
        const t = len2 > 0 ? Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / len2)) : 0;
        const d = Math.hypot(x1 + t * dx, y1 + t * dy);
        if (d <= maxMetres && d < (best.get(props.name) ?? Infinity)) best.set(props.name, d);
      }
    }
  }
  return [...best.entries()]
    .map(([name, metres]) => ({ name, metres }))
    .sort((a, b) => a.metres - b.metres || (a.name < b.name ? -1 : 1))
    .slice(0, count);
}
