/**
 * Seeded synthetic data for the benchmark and the geometry tests: random points and grid
 * road graphs. Seeded so that runs are comparable.
 */
import { createWalkGraph, type WalkGraph } from '../../src/lib/geo/graph.ts';
import { localProjection } from '../../src/lib/geo/distance.ts';

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
