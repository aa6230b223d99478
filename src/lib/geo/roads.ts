/**
 * Turns OpenStreetMap ways (as GeoJSON) into a walking graph: which ways an elder may walk
 * on, and how ways join.
 *
 * Rules (documented in README.md, section “道路数据 → 3. 哪些道路算作可步行”):
 * - Walkable `highway` values are listed in WALKABLE_HIGHWAYS; anything else is skipped.
 * - motorway and motorway_link are never walkable; nor is any way tagged `motorroad=yes` or
 *   `expressway=yes` (China's 快速路 are often mapped so).
 * - trunk and trunk_link (国道, urban 快速路) are skipped unless the way says walkers are
 *   allowed: `foot=yes|designated|permissive` or a sidewalk (`sidewalk=both|left|right|yes`).
 * - `foot=no` or `foot=use_sidepath` skips a way; `access=no` skips it unless `foot` allows walking.
 *   `access=private` is kept: in Chinese OSM data it marks many 小区 (residential compound)
 *   roads, and the elders who live there walk them.
 * - Bridges and tunnels are ordinary edges. A river or 塘河 canal is a barrier only because no
 *   edge crosses it; ways join only where they share a vertex (OSM shares a node where people
 *   can turn), so a bridge crossing over a road is not joined to it.
 * - Steps are kept and flagged (EDGE_STEPS) so a search can avoid them for walking aids.
 * - Only LineString and MultiLineString geometries are read; areas (pedestrian squares drawn
 *   as polygons) are skipped.
 *
 * Vertices are merged when they round to the same 1e-6 degree (about 0.1 m).
 *
 * Browser-safe and pure; scripts/import-roads.ts does the file reading and writing.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { COORD_SCALE, createWalkGraph, EDGE_STEPS, type GraphMeta, type WalkGraph } from './graph.ts';

/** `highway` values a person on foot may use (before foot/access tags are considered). */
export const WALKABLE_HIGHWAYS: ReadonlySet<string> = new Set([
  'primary',
  'primary_link',
  'secondary',
  'secondary_link',
  'tertiary',
  'tertiary_link',
  'unclassified',
  'residential',
  'living_street',
  'service',
  'road',
  'pedestrian',
  'footway',
  'path',
  'steps',
  'track',
  'cycleway',
  'bridleway',
  'corridor',
]);

/** trunk roads are walkable only with an explicit sign of it (see file comment). */
const TRUNK_HIGHWAYS: ReadonlySet<string> = new Set(['trunk', 'trunk_link']);
const FOOT_ALLOWED: ReadonlySet<string> = new Set(['yes', 'designated', 'permissive']);
const SIDEWALK_PRESENT: ReadonlySet<string> = new Set(['both', 'left', 'right', 'yes']);

/** OSM tags of one way. */
export type Tags = Readonly<Record<string, string | undefined>>;

/** Why a way was skipped; keys of ImportStats.skipped. */
export type SkipReason =
  'no-highway' | 'motorway' | 'expressway' | 'trunk-without-foot' | 'not-walkable-highway' | 'foot-no' | 'access-no' | 'not-a-line';

/** The verdict on one way: walkable (maybe steps), or skipped with a reason. */
export type Walkability = { walkable: true; steps: boolean } | { walkable: false; reason: SkipReason };

/** Decides whether a way with these tags belongs in the walking graph. */
export function walkability(tags: Tags): Walkability {
  const highway = tags.highway;
  if (!highway) return { walkable: false, reason: 'no-highway' };
  if (highway === 'motorway' || highway === 'motorway_link') return { walkable: false, reason: 'motorway' };
  if (tags.motorroad === 'yes' || tags.expressway === 'yes') return { walkable: false, reason: 'expressway' };
  const foot = tags.foot;
  if (foot === 'no' || foot === 'use_sidepath') return { walkable: false, reason: 'foot-no' };
  const footAllowed = foot !== undefined && FOOT_ALLOWED.has(foot);
  if (TRUNK_HIGHWAYS.has(highway)) {
    if (!footAllowed && !SIDEWALK_PRESENT.has(tags.sidewalk ?? '')) return { walkable: false, reason: 'trunk-without-foot' };
  } else if (!WALKABLE_HIGHWAYS.has(highway)) {
    return { walkable: false, reason: 'not-walkable-highway' };
  }
  if (tags.access === 'no' && !footAllowed) return { walkable: false, reason: 'access-no' };
  return { walkable: true, steps: highway === 'steps' };
}

/**
 * The tags of a GeoJSON feature from any of the usual converters:
 * osmtogeojson (`properties.tags`), Overpass turbo / QGIS (tags as flat properties), and
 * ogr2ogr's OSM driver (`highway` plus an hstore string in `other_tags`).
 */
export function tagsOf(feature: Feature): Record<string, string> {
  const props = (feature.properties ?? {}) as Record<string, unknown>;
  const tags: Record<string, string> = {};
  const copy = (source: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(source)) {
      if (typeof v === 'string') tags[k] = v;
      else if (typeof v === 'number' || typeof v === 'boolean') tags[k] = String(v);
    }
  };
  copy(props);
  if (typeof props.other_tags === 'string') {
    for (const m of props.other_tags.matchAll(/"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"/g)) {
      tags[(m[1] ?? '').replace(/\\(.)/g, '$1')] = (m[2] ?? '').replace(/\\(.)/g, '$1');
    }
  }
  if (typeof props.tags === 'object' && props.tags !== null) copy(props.tags as Record<string, unknown>);
  return tags;
}

/** What the import kept and skipped, for the script's report. */
export interface ImportStats {
  /** Features read. */
  features: number;
  /** Features that became edges. */
  kept: number;
  /** Skipped features by reason. */
  skipped: Record<SkipReason, number>;
  /** Skipped features by highway value, for the report (e.g. { motorway: 12, construction: 3 }). */
  skippedHighways: Record<string, number>;
  nodes: number;
  edges: number;
  /** Edges flagged as steps. */
  stepsEdges: number;
  /** Connected parts of the graph, and the share of nodes in the largest one (0–1). */
  components: number;
  largestComponentShare: number;
}

function lineParts(geometry: Geometry | null): Position[][] | null {
  if (!geometry) return null;
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return null;
}

/** Position of (x, y) in [0, 65535]² along a Hilbert curve; nearby points get nearby numbers. */
function hilbert(x: number, y: number): number {
  const n = 1 << 16;
  let d = 0;
  for (let s = n >>> 1; s > 0; s >>>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = n - 1 - x;
        y = n - 1 - y;
      }
      const t = x;
      x = y;
      y = t;
    }
  }
  return d;
}

/**
 * Builds the walking graph from GeoJSON features of OSM ways. Nodes are numbered along a
 * Hilbert curve (nearby nodes get nearby ids: smaller files, faster searches); parallel ways
 * over the same two vertices become one edge (a steps flag survives only if all of them are steps).
 */
export function buildWalkGraph(collection: FeatureCollection, meta: GraphMeta): { graph: WalkGraph; stats: ImportStats } {
  const skipped: Record<SkipReason, number> = {
    'no-highway': 0,
    motorway: 0,
    expressway: 0,
    'trunk-without-foot': 0,
    'not-walkable-highway': 0,
    'foot-no': 0,
    'access-no': 0,
    'not-a-line': 0,
  };
  const skippedHighways: Record<string, number> = {};
  const nodeIds = new Map<string, number>();
  const qLon: number[] = [];
  const qLat: number[] = [];
  const rawFrom: number[] = [];
  const rawTo: number[] = [];
  const rawSteps: boolean[] = [];
  let kept = 0;

  const nodeAt = (p: Position): number => {
    const x = Math.round((p[0] as number) * COORD_SCALE);
    const y = Math.round((p[1] as number) * COORD_SCALE);
    const key = `${x},${y}`;
    let id = nodeIds.get(key);
    if (id === undefined) {
      id = qLon.length;
      nodeIds.set(key, id);
      qLon.push(x);
      qLat.push(y);
    }
    return id;
  };

  for (const feature of collection.features) {
    const tags = tagsOf(feature);
    const parts = lineParts(feature.geometry);
    const verdict: Walkability = parts ? walkability(tags) : { walkable: false, reason: 'not-a-line' };
    if (!verdict.walkable) {
      skipped[verdict.reason]++;
      if (tags.highway) skippedHighways[tags.highway] = (skippedHighways[tags.highway] ?? 0) + 1;
      continue;
    }
    kept++;
    for (const part of parts ?? []) {
      let prev = -1;
      for (const p of part) {
        if (p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
        const id = nodeAt(p);
        if (prev >= 0 && prev !== id) {
          rawFrom.push(prev);
          rawTo.push(id);
          rawSteps.push(verdict.steps);
        }
        prev = id;
      }
    }
  }

  // Renumber nodes along a Hilbert curve over the data's bounding box.
  const count = qLon.length;
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (let i = 0; i < count; i++) {
    x0 = Math.min(x0, qLon[i] as number);
    x1 = Math.max(x1, qLon[i] as number);
    y0 = Math.min(y0, qLat[i] as number);
    y1 = Math.max(y1, qLat[i] as number);
  }
  const span = Math.max(x1 - x0, y1 - y0, 1);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    keys[i] = hilbert(Math.floor((((qLon[i] as number) - x0) / span) * 65535), Math.floor((((qLat[i] as number) - y0) / span) * 65535));
  }
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number));
  const newId = new Uint32Array(count);
  order.forEach((old, i) => (newId[old] = i));
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  order.forEach((old, i) => {
    lon[i] = (qLon[old] as number) / COORD_SCALE;
    lat[i] = (qLat[old] as number) / COORD_SCALE;
  });

  // Merge parallel edges; an edge is steps only if every way over it is steps.
  const merged = new Map<number, boolean>();
  for (let i = 0; i < rawFrom.length; i++) {
    const a = newId[rawFrom[i] as number] as number;
    const b = newId[rawTo[i] as number] as number;
    const key = Math.min(a, b) * count + Math.max(a, b);
    const steps = rawSteps[i] as boolean;
    merged.set(key, (merged.get(key) ?? true) && steps);
  }
  const edgeKeys = [...merged.keys()].sort((a, b) => a - b);
  const edgeFrom = new Uint32Array(edgeKeys.length);
  const edgeTo = new Uint32Array(edgeKeys.length);
  const edgeFlags = new Uint8Array(edgeKeys.length);
  edgeKeys.forEach((key, e) => {
    edgeFrom[e] = Math.floor(key / count);
    edgeTo[e] = key % count;
    if (merged.get(key)) edgeFlags[e] = EDGE_STEPS;
  });

  const graph = createWalkGraph(lon, lat, edgeFrom, edgeTo, edgeFlags, meta);
  const { components, largest } = connectedComponents(graph);
  return {
    graph,
    stats: {
      features: collection.features.length,
      kept,
      skipped,
      skippedHighways,
      nodes: graph.nodeCount,
      edges: graph.edgeCount,
      stepsEdges: edgeFlags.reduce((n, f) => n + (f & EDGE_STEPS ? 1 : 0), 0),
      components,
      largestComponentShare: graph.nodeCount ? largest / graph.nodeCount : 0,
    },
  };
}

/** Number of connected parts of the graph and the node count of the largest. */
export function connectedComponents(graph: WalkGraph): { components: number; largest: number } {
  const seen = new Uint8Array(graph.nodeCount);
  const stack: number[] = [];
  let components = 0,
    largest = 0;
  for (let s = 0; s < graph.nodeCount; s++) {
    if (seen[s]) continue;
    components++;
    let size = 0;
    seen[s] = 1;
    stack.push(s);
    while (stack.length) {
      const u = stack.pop() as number;
      size++;
      for (let a = graph.firstArc[u] as number; a < (graph.firstArc[u + 1] as number); a++) {
        const v = graph.arcTarget[a] as number;
        if (!seen[v]) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
    largest = Math.max(largest, size);
  }
  return { components, largest };
}
