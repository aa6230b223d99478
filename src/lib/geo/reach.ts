/**
 * Walking reach along streets: how far one gets from home on foot, following the road graph.
 *
 * Usage (the map and the nearest-first list):
 *   const graph = await fetchWalkGraph('/data/roads-graph.json');        // null: no road data
 *   const limit = minutesToMetres(MAX_RING_MINUTES, pace);
 *   const reach = graph && reachFrom(graph, home.lon, home.lat, limit);  // null: home too far from any road
 *   if (reach) {
 *     areas  = reachAreas(reach, pace);                  // polygons to draw instead of the rings
 *     checks = checkWalkingReach(reach, within(index, home.lon, home.lat, limit));
 *     // checks: nearest walk first; `blocked` marks facilities inside the straight-line circle
 *     // that cannot be walked to in time (river, canal, railway, expressway in between)
 *   } else {
 *     rings = straightLineRings(home.lon, home.lat, pace);   // labelled 直线距离估算
 *   }
 *
 * How it works: the start point is snapped to the nearest point on any street (the straight
 * off-road walk to it counts); a Dijkstra search with a binary heap (flatqueue) then settles
 * every node within the limit and stops. A facility's walking distance is found the same
 * way: snap it to its nearest street and add the walk along that street piece.
 *
 * The drawn area is the reached streets (cut where the limit falls mid-street) widened by a
 * fixed buffer (30 m by default), traced from a 10 m grid with marching squares (d3-contour).
 * Unlike a concave or convex hull it never spans a gap no street crosses: across a river or
 * canal without a bridge within reach the area simply stops at the near bank.
 */
import FlatQueue from 'flatqueue';
import { contours } from 'd3-contour';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Position } from 'geojson';
import { haversineMetres } from './distance.ts';
import type { Hit, LonLatPoint } from './facility-index.ts';
import { EDGE_STEPS, type WalkGraph } from './graph.ts';
import { minutesToMetres, RING_MINUTES, type Pace } from './pace.ts';
import type { ReachMethod } from './rings.ts';

/**
 * A start farther than this from every street is not searched (reachFrom returns null):
 * it is most likely outside the area the road data covers, and a straight-line ring is the
 * more honest picture.
 */
export const DEFAULT_MAX_SNAP_METRES = 250;

/** A point snapped onto a street. */
export interface Snap {
  /** The edge it lies on. */
  readonly edge: number;
  /** Position along the edge, 0 at edgeFrom … 1 at edgeTo. */
  readonly t: number;
  /** The snapped point, WGS-84. */
  readonly lon: number;
  readonly lat: number;
  /** Straight-line metres from the original point to the street. */
  readonly offRoadMetres: number;
}

export interface SnapOptions {
  /** Give up (null) beyond this many metres from any street. Default: no limit. */
  maxMetres?: number;
  /** Ignore steps (台阶) edges, for walking aids. */
  avoidSteps?: boolean;
}

function isSteps(graph: WalkGraph, edge: number): boolean {
  return ((graph.edgeFlags[edge] as number) & EDGE_STEPS) !== 0;
}

/** Snaps a point to the nearest point on any street of the graph; null when the graph has none in range. */
export function snapToGraph(graph: WalkGraph, lon: number, lat: number, options: SnapOptions = {}): Snap | null {
  const index = graph.segmentIndex;
  if (!index) return null;
  const maxMetres = options.maxMetres ?? Infinity;
  const filter = options.avoidSteps ? (e: number) => !isSteps(graph, e) : undefined;
  const px = graph.projection.x(lon);
  const py = graph.projection.y(lat);
  const { x, y, edgeFrom, edgeTo } = graph;

  // Distance from (px, py) to edge e in projected metres, and the position along it.
  let bestEdge = -1,
    bestT = 0,
    bestD2 = Infinity;
  const consider = (e: number) => {
    const a = edgeFrom[e] as number;
    const b = edgeTo[e] as number;
    const ax = x[a] as number,
      ay = y[a] as number;
    const dx = (x[b] as number) - ax,
      dy = (y[b] as number) - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
    const ex = ax + t * dx - px,
      ey = ay + t * dy - py;
    const d2 = ex * ex + ey * ey;
    if (d2 < bestD2) {
      bestD2 = d2;
      bestEdge = e;
      bestT = t;
    }
  };

  // The edge with the nearest bounding box gives an upper bound r on the distance; every
  // closer edge has a bounding box within r, so one box search finds the true nearest.
  const first = index.neighbors(px, py, 1, maxMetres, filter);
  if (first.length === 0) return null;
  consider(first[0] as number);
  const r = Math.sqrt(bestD2);
  for (const e of index.search(px - r, py - r, px + r, py + r, filter && ((i: number) => filter(i)))) consider(e);

  const a = edgeFrom[bestEdge] as number;
  const b = edgeTo[bestEdge] as number;
  const sLon = (graph.lon[a] as number) + bestT * ((graph.lon[b] as number) - (graph.lon[a] as number));
  const sLat = (graph.lat[a] as number) + bestT * ((graph.lat[b] as number) - (graph.lat[a] as number));
  const offRoadMetres = haversineMetres(lon, lat, sLon, sLat);
  if (offRoadMetres > maxMetres) return null;
  return { edge: bestEdge, t: bestT, lon: sLon, lat: sLat, offRoadMetres };
}

export interface ReachOptions {
  /** Skip steps (台阶), e.g. for the walking-aid pace. */
  avoidSteps?: boolean;
  /** See DEFAULT_MAX_SNAP_METRES. */
  maxSnapMetres?: number;
}

/** The result of a walking search from one start point. */
export interface Reach {
  readonly graph: WalkGraph;
  /** The start as given. */
  readonly origin: LonLatPoint;
  /** The start snapped onto a street. */
  readonly start: Snap;
  /** The search stopped here: walking metres. */
  readonly limitMetres: number;
  readonly avoidSteps: boolean;
  /**
   * Walking metres from the start to each node; exact where ≤ limitMetres, Infinity for every
   * node farther away (or unreachable).
   */
  readonly dist: Float64Array;
}

/**
 * Searches the graph from (lon, lat) up to `limitMetres` of walking. Returns null when the graph
 * has no street within `maxSnapMetres` of the start (draw straight-line rings instead).
 */
export function reachFrom(graph: WalkGraph, lon: number, lat: number, limitMetres: number, options: ReachOptions = {}): Reach | null {
  const avoidSteps = options.avoidSteps ?? false;
  const start = snapToGraph(graph, lon, lat, { maxMetres: options.maxSnapMetres ?? DEFAULT_MAX_SNAP_METRES, avoidSteps });
  if (!start) return null;

  const dist = new Float64Array(graph.nodeCount).fill(Infinity);
  const { firstArc, arcTarget, arcEdge, arcLength, edgeFlags } = graph;
  const queue = new FlatQueue<number>();
  const seed = (node: number, d: number) => {
    if (d <= limitMetres && d < (dist[node] as number)) {
      dist[node] = d;
      queue.push(node, d);
    }
  };
  const startLength = graph.edgeLength[start.edge] as number;
  seed(graph.edgeFrom[start.edge] as number, start.offRoadMetres + start.t * startLength);
  seed(graph.edgeTo[start.edge] as number, start.offRoadMetres + (1 - start.t) * startLength);

  // Only distances within the limit are ever queued, so every queued node gets settled and
  // the queue empties exactly when the limit is reached.
  while (queue.length > 0) {
    const d = queue.peekValue() as number;
    const u = queue.pop() as number;
    if (d > (dist[u] as number)) continue; // a stale entry: u was reached more cheaply since
    const end = firstArc[u + 1] as number;
    for (let a = firstArc[u] as number; a < end; a++) {
      if (avoidSteps && (edgeFlags[arcEdge[a] as number] as number) & EDGE_STEPS) continue;
      const v = arcTarget[a] as number;
      const nd = d + (arcLength[a] as number);
      if (nd <= limitMetres && nd < (dist[v] as number)) {
        dist[v] = nd;
        queue.push(v, nd);
      }
    }
  }
  return { graph, origin: { lon, lat }, start, limitMetres, avoidSteps, dist };
}

/**
 * Walking metres from the reach's start to a point already snapped (e.g. facilities snapped
 * once with snapToGraph, for the coverage page). Infinity when farther than the search limit.
 */
export function walkingMetresFromSnap(reach: Reach, snap: Snap | null): number {
  if (!snap || (reach.avoidSteps && isSteps(reach.graph, snap.edge))) return Infinity;
  const { graph, dist, start } = reach;
  const len = graph.edgeLength[snap.edge] as number;
  let best = Math.min(
    (dist[graph.edgeFrom[snap.edge] as number] as number) + snap.t * len,
    (dist[graph.edgeTo[snap.edge] as number] as number) + (1 - snap.t) * len,
  );
  // Start and target on the same street piece: walk straight along it.
  if (snap.edge === start.edge) best = Math.min(best, start.offRoadMetres + Math.abs(snap.t - start.t) * len);
  const total = best + snap.offRoadMetres;
  return total <= reach.limitMetres ? total : Infinity;
}

/**
 * Walking metres from the reach's start to a facility (snapped to its nearest street, the
 * off-road part counted as a straight walk). Infinity when farther than the search limit.
 */
export function facilityReach(reach: Reach, facility: LonLatPoint): number {
  return walkingMetresFromSnap(reach, snapToGraph(reach.graph, facility.lon, facility.lat, { avoidSteps: reach.avoidSteps }));
}

/** One facility compared in straight line and on foot. */
export interface ReachCheck<T> {
  readonly item: T;
  readonly lon: number;
  readonly lat: number;
  /** Great-circle metres from home. */
  readonly straightMetres: number;
  /** Walking metres along streets; Infinity when beyond the limit. */
  readonly walkMetres: number;
  /** Walkable within the limit. */
  readonly walkable: boolean;
  /** Inside the straight-line circle of the limit but not walkable within it: show a warning. */
  readonly blocked: boolean;
}

/**
 * Compares each hit (e.g. from `within(index, …, limitMetres)`) with its walking distance.
 * Sorted for the nearest-first list: walkable ones by walking distance, then the rest by
 * straight-line distance.
 */
export function checkWalkingReach<T>(reach: Reach, hits: readonly Hit<T>[], limitMetres = reach.limitMetres): ReachCheck<T>[] {
  const limit = Math.min(limitMetres, reach.limitMetres);
  return hits
    .map((hit) => {
      const walk = facilityReach(reach, hit);
      const walkMetres = walk <= limit ? walk : Infinity;
      const walkable = walkMetres <= limit;
      return {
        item: hit.item,
        lon: hit.lon,
        lat: hit.lat,
        straightMetres: hit.metres,
        walkMetres,
        walkable,
        blocked: hit.metres <= limit && !walkable,
      };
    })
    .sort((a, b) => a.walkMetres - b.walkMetres || a.straightMetres - b.straightMetres);
}

/** The facilities inside the straight-line circle that cannot be walked to within the limit. */
export function outOfWalkingReach<T>(reach: Reach, hits: readonly Hit<T>[], limitMetres = reach.limitMetres): ReachCheck<T>[] {
  return checkWalkingReach(reach, hits, limitMetres).filter((c) => c.blocked);
}

/** Calls `piece` for each reached stretch of street as a segment in projected metres. */
function forEachReachedPiece(reach: Reach, limitMetres: number, piece: (ax: number, ay: number, bx: number, by: number) => void): void {
  const { graph, dist, start } = reach;
  const limit = Math.min(limitMetres, reach.limitMetres);
  const { x, y, edgeFrom, edgeTo, edgeLength } = graph;
  const intervals: [number, number][] = [];
  for (let e = 0; e < graph.edgeCount; e++) {
    if (reach.avoidSteps && isSteps(graph, e)) continue;
    const a = edgeFrom[e] as number;
    const b = edgeTo[e] as number;
    const len = edgeLength[e] as number;
    if (!(len > 0)) continue;
    intervals.length = 0;
    const ra = limit - (dist[a] as number);
    const rb = limit - (dist[b] as number);
    if (ra >= 0) intervals.push([0, Math.min(1, ra / len)]);
    if (rb >= 0) intervals.push([Math.max(0, 1 - rb / len), 1]);
    if (e === start.edge) {
      const r0 = limit - start.offRoadMetres;
      if (r0 >= 0) intervals.push([Math.max(0, start.t - r0 / len), Math.min(1, start.t + r0 / len)]);
    }
    if (intervals.length === 0) continue;
    intervals.sort((p, q) => p[0] - q[0]);
    const ax = x[a] as number,
      ay = y[a] as number;
    const dx = (x[b] as number) - ax,
      dy = (y[b] as number) - ay;
    let [s0, s1] = intervals[0] as [number, number];
    for (let i = 1; i <= intervals.length; i++) {
      const next = intervals[i];
      if (next && next[0] <= s1) {
        s1 = Math.max(s1, next[1]);
        continue;
      }
      piece(ax + s0 * dx, ay + s0 * dy, ax + s1 * dx, ay + s1 * dy);
      if (next) [s0, s1] = next;
    }
  }
  // The off-road walk from home to the street.
  if (start.offRoadMetres <= limit) {
    const p = graph.projection;
    piece(p.x(reach.origin.lon), p.y(reach.origin.lat), p.x(start.lon), p.y(start.lat));
  }
}

/** The reached streets (cut at the limit) as lines, for drawing the street network itself. */
export function reachedStreets(reach: Reach, limitMetres = reach.limitMetres): Feature<MultiLineString, { metres: number }> {
  const p = reach.graph.projection;
  const lines: Position[][] = [];
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  forEachReachedPiece(reach, limitMetres, (ax, ay, bx, by) => {
    lines.push([
      [round(p.lon(ax)), round(p.lat(ay))],
      [round(p.lon(bx)), round(p.lat(by))],
    ]);
  });
  return { type: 'Feature', geometry: { type: 'MultiLineString', coordinates: lines }, properties: { metres: Math.min(limitMetres, reach.limitMetres) } };
}

export interface AreaOptions {
  /** How far either side of a reached street the area extends, metres (default 30). */
  bufferMetres?: number;
  /** Grid cell size, metres (default 10; grown automatically so a grid never exceeds ~4 million cells). */
  cellMetres?: number;
}

/** Properties of a reach-area feature. */
export interface ReachAreaProperties {
  minutes: number | null;
  metres: number;
  method: ReachMethod;
  labelZh: string;
  labelEn: string;
}

export const WALKING_AREA_LABEL_ZH = '沿道路步行可达范围';
export const WALKING_AREA_LABEL_EN = 'Walking reach along streets';

/**
 * The area within `limitMetres` of walking (≤ the search limit), as a MultiPolygon in WGS-84:
 * reached streets widened by `bufferMetres`. Empty coordinates when nothing is reached.
 */
export function reachArea(
  reach: Reach,
  limitMetres = reach.limitMetres,
  options: AreaOptions = {},
  minutes: number | null = null,
): Feature<MultiPolygon, ReachAreaProperties> {
  const buffer = options.bufferMetres ?? 30;
  const segments: number[] = [];
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  forEachReachedPiece(reach, limitMetres, (ax, ay, bx, by) => {
    segments.push(ax, ay, bx, by);
    x0 = Math.min(x0, ax, bx);
    x1 = Math.max(x1, ax, bx);
    y0 = Math.min(y0, ay, by);
    y1 = Math.max(y1, ay, by);
  });
  const properties: ReachAreaProperties = {
    minutes,
    metres: Math.min(limitMetres, reach.limitMetres),
    method: 'walking-network',
    labelZh: WALKING_AREA_LABEL_ZH,
    labelEn: WALKING_AREA_LABEL_EN,
  };
  const empty: Feature<MultiPolygon, ReachAreaProperties> = { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [] }, properties };
  if (segments.length === 0) return empty;

  // Each cell holds (buffer − distance to the nearest reached segment), clipped below at
  // −reachR; the contour at 0 is then the buffer line, interpolated between cell centres.
  let cell = options.cellMetres ?? 10;
  const margin = buffer + 2 * cell;
  const spanX = x1 - x0 + 2 * margin;
  const spanY = y1 - y0 + 2 * margin;
  cell = Math.max(cell, Math.sqrt((spanX * spanY) / 4e6));
  const ox = x0 - margin;
  const oy = y0 - margin;
  const w = Math.ceil(spanX / cell) + 1;
  const h = Math.ceil(spanY / cell) + 1;
  const reachR = buffer + cell;
  const values = new Float64Array(w * h).fill(-reachR);
  for (let s = 0; s < segments.length; s += 4) {
    const ax = segments[s] as number,
      ay = segments[s + 1] as number,
      bx = segments[s + 2] as number,
      by = segments[s + 3] as number;
    const dx = bx - ax,
      dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const i0 = Math.max(0, Math.floor((Math.min(ax, bx) - reachR - ox) / cell));
    const i1 = Math.min(w - 1, Math.ceil((Math.max(ax, bx) + reachR - ox) / cell));
    const j0 = Math.max(0, Math.floor((Math.min(ay, by) - reachR - oy) / cell));
    const j1 = Math.min(h - 1, Math.ceil((Math.max(ay, by) + reachR - oy) / cell));
    for (let j = j0; j <= j1; j++) {
      const cy = oy + (j + 0.5) * cell;
      for (let i = i0; i <= i1; i++) {
        const cx = ox + (i + 0.5) * cell;
        const t = len2 > 0 ? Math.max(0, Math.min(1, ((cx - ax) * dx + (cy - ay) * dy) / len2)) : 0;
        const ex = ax + t * dx - cx,
          ey = ay + t * dy - cy;
        const v = buffer - Math.sqrt(ex * ex + ey * ey);
        const k = j * w + i;
        if (v > (values[k] as number)) values[k] = v;
      }
    }
  }

  const [contour] = contours().size([w, h]).thresholds([0])(Array.from(values));
  if (!contour) return empty;
  const p = reach.graph.projection;
  // d3-contour puts the value of cell i at i + 0.5, the same convention as above.
  const toLonLat = ([gx, gy]: number[]): Position => [
    Math.round(p.lon(ox + (gx as number) * cell) * 1e6) / 1e6,
    Math.round(p.lat(oy + (gy as number) * cell) * 1e6) / 1e6,
  ];
  const coordinates = contour.coordinates.map((polygon) => polygon.map((ring) => ring.map(toLonLat)));
  return { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates }, properties };
}

/**
 * Reach areas for each ring minute (5, 10, 15 by default) at the pace, largest first —
 * the walking counterpart of straightLineRings. Minutes beyond the search limit are cut to it.
 */
export function reachAreas(
  reach: Reach,
  pace: Pace,
  minutes: readonly number[] = RING_MINUTES,
  options: AreaOptions = {},
): FeatureCollection<MultiPolygon, ReachAreaProperties> {
  const features = [...minutes].sort((a, b) => b - a).map((m) => reachArea(reach, minutesToMetres(m, pace), options, m));
  return { type: 'FeatureCollection', features };
}
