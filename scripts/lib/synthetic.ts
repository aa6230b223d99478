/**
 * Seeded synthetic data for the benchmarks, the sample list and the geometry tests: random
 * points, places inside the real district, and grid road graphs. Seeded so that runs are
 * comparable. The one home of the project's seeded random numbers (mulberry32).
 */
import { destination, point } from '@turf/turf';
import { createWalkGraph, type WalkGraph } from '../../src/lib/geo/graph.ts';
import { localProjection } from '../../src/lib/geo/distance.ts';
import { fromWgs84, insideDistrict, nearestTown, round6 } from '../../src/lib/import/coords.ts';
import type { TemplateRow } from '../../src/lib/import/template.ts';
import type { Crs, LonLat } from '../../src/schemas/common.ts';
import type { Town } from '../../src/schemas/region.ts';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ouhai's bounding box (approximate, WGS-84): west, south, east, north. */
export const OUHAI_BBOX = [120.38, 27.86, 120.76, 28.06] as const;

/** `count` random points spread uniformly in lon/lat over a bounding box, with ids p0, p1, … */
export function randomPoints(count: number, random: () => number, bbox: readonly [number, number, number, number] = OUHAI_BBOX) {
  const [w, s, e, n] = bbox;
  return Array.from({ length: count }, (_, i) => ({ id: `p${i}`, lon: w + random() * (e - w), lat: s + random() * (n - s) }));
}

/**
 * A square grid of streets, `size` × `size` nodes `spacing` metres apart, south-west corner at
 * (lon0, lat0), with a share of edges removed at random (blocks, dead ends, gaps).
 */
export function gridGraph(size: number, spacing: number, removeShare: number, random: () => number, lon0 = 120.6, lat0 = 27.95): WalkGraph {
  const p = localProjection(lon0, lat0);
  const lon = new Float64Array(size * size);
  const lat = new Float64Array(size * size);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      lon[j * size + i] = p.lon(i * spacing);
      lat[j * size + i] = p.lat(j * spacing);
    }
  }
  const from: number[] = [];
  const to: number[] = [];
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const u = j * size + i;
      if (i + 1 < size && random() >= removeShare) {
        from.push(u);
        to.push(u + 1);
      }
      if (j + 1 < size && random() >= removeShare) {
        from.push(u);
        to.push(u + size);
      }
    }
  }
  return createWalkGraph(lon, lat, Uint32Array.from(from), Uint32Array.from(to), undefined, { source: 'synthetic grid', generated: '' });
}

/** A uniform number in [lo, hi) from `random`. */
export const between = (random: () => number, lo: number, hi: number) => lo + random() * (hi - lo);

/**
 * A point `minKm`–`maxKm` from the town centre, inside the district outline and nearer this
 * town's centre than any other (so the importer's plausibility hints stay quiet).
 */
export function placeNear(town: Town, minKm: number, maxKm: number, random: () => number): LonLat {
  for (let attempt = 0; attempt < 500; attempt++) {
    const p = destination(point([town.centre.lon, town.centre.lat]), between(random, minKm, maxKm), between(random, -180, 180), { units: 'kilometers' }).geometry.coordinates;
    const candidate = { lon: round6(p[0] as number), lat: round6(p[1] as number) };
    if (insideDistrict(candidate, false) && nearestTown(candidate).town.code === town.code) return candidate;
  }
  throw new Error(`无法在${town.name}附近找到合适的示例位置`);
}

/** A point a few tens of metres away, still inside the district and the town: a canteen in or beside a care centre's building. */
export function besides(p: LonLat, town: Town, random: () => number): LonLat {
  for (let attempt = 0; attempt < 100; attempt++) {
    const q = destination(point([p.lon, p.lat]), between(random, 0.01, 0.08), between(random, -180, 180), { units: 'kilometers' }).geometry.coordinates;
    const candidate = { lon: round6(q[0] as number), lat: round6(q[1] as number) };
    if (insideDistrict(candidate, false) && nearestTown(candidate).town.code === town.code) return candidate;
  }
  return p;
}

/** The position in the given coordinate system, as someone who picked it on that map would write it. */
export function templateCoords(p: LonLat, crs: Crs, crsLabel?: string): Pick<TemplateRow, 'lon' | 'lat' | 'crs'> {
  const q = fromWgs84(p.lon, p.lat, crs);
  return { lon: q.lon.toFixed(6), lat: q.lat.toFixed(6), crs: crsLabel ?? (crs === 'wgs84' ? '' : crs) };
}

/** How far from its town centre a facility is placed: 泽雅镇 is mountains and spread out. */
export const townSpread = (town: Town): [number, number] => (town.name === '泽雅镇' ? [0.5, 5] : [0.3, 2]);
