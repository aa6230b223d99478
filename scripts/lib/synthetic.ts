/**
 * Seeded synthetic data for the benchmarks, the sample list and the geometry tests: random
 * points, places inside the real district, and grid road graphs. Seeded so that runs are
 * comparable. The one home of the project's seeded random numbers (mulberry32).
 */
import type { Feature } from 'geojson';
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

/**
 * OSM-like features for a whole district, for the street-layer size: a 12 km × 12 km town of
 * streets every 100 m, one OSM way per block (29,040 road ways, more than Ouhai's real road
 * network), each with a few shape points jittered by up to 3 m (noise the simplification should
 * drop), a third of them named; a footway through every other block (7,260); 20 winding rivers;
 * 300 ponds: 36,620 features. Coordinates to 1e-7 degree, as OSM stores them.
 */
export function syntheticStreetFeatures(random: () => number, lon0 = 120.55, lat0 = 27.93): Feature[] {
  const p = localProjection(lon0, lat0);
  const at = (x: number, y: number): [number, number] => [Math.round(p.lon(x) * 1e7) / 1e7, Math.round(p.lat(y) * 1e7) / 1e7];
  const jitter = () => (random() - 0.5) * 6;
  const features: Feature[] = [];
  const way = (tags: Record<string, string>, points: [number, number][]) =>
    features.push({ type: 'Feature', properties: tags, geometry: { type: 'LineString', coordinates: points.map(([x, y]) => at(x, y)) } });
  const STREETS = 120;
  const BLOCK = 100;
  const classes = ['residential', 'residential', 'residential', 'tertiary', 'secondary', 'service'];
  for (let line = 0; line <= STREETS; line++) {
    const highway = classes[line % classes.length] as string;
    const name: Record<string, string> = line % 3 === 0 ? { name: `第${line}路` } : {};
    for (let block = 0; block < STREETS; block++) {
      const s = block * BLOCK;
      const c = line * BLOCK;
      way({ highway, ...name }, [[s, c], [s + 25, c + jitter()], [s + 50, c + jitter()], [s + 75, c + jitter()], [s + BLOCK, c]]);
      way({ highway, ...name }, [[c, s], [c + jitter(), s + 25], [c + jitter(), s + 50], [c + jitter(), s + 75], [c, s + BLOCK]]);
      if ((line + block) % 2 === 0) way({ highway: 'footway' }, [[s + 10, c + 50], [s + 50, c + 50 + jitter()], [s + 90, c + 50]]);
    }
  }
  for (let r = 0; r < 20; r++) {
    const y0 = random() * STREETS * BLOCK;
    const points: [number, number][] = [];
    for (let x = 0; x <= STREETS * BLOCK; x += 20) points.push([x, y0 + 80 * Math.sin(x / 400 + r) + jitter()]);
    way({ waterway: r % 4 === 0 ? 'river' : 'canal', name: `第${r}河` }, points);
  }
  for (let k = 0; k < 300; k++) {
    const x = random() * STREETS * BLOCK;
    const y = random() * STREETS * BLOCK;
    const ring: [number, number][] = [];
    for (let a = 0; a < 24; a++) ring.push([x + 40 * Math.cos((a / 24) * 2 * Math.PI), y + 30 * Math.sin((a / 24) * 2 * Math.PI)]);
    ring.push(ring[0] as [number, number]);
    features.push({ type: 'Feature', properties: { natural: 'water' }, geometry: { type: 'Polygon', coordinates: [ring.map(([px, py]) => at(px, py))] } });
  }
  return features;
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
