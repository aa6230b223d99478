/**
 * Walking reach along streets: how far one gets from home on foot, following the road graph.
 *
 * Usage (the map and the nearest-first list):
 *   const graph = await fetchWalkGraph(roadsGraphUrl);   // data/geo/roads-graph.json as served; null: no road data
 *   const limit = minutesToMetres(MAX_RING_MINUTES, pace);
 *   const reach = graph && reachFrom(graph, home.lon, home.lat, limit, { avoidSteps: pace.avoidSteps });
 *   // reach is null when home is too far from any road
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
 * The drawn area: every place reachable by walking along streets and then at most 30 m
 * (by default) straight off the street — to a door — within the time; so it is a band along
 * the reached streets that narrows to a point where the time runs out mid-street. It is
 * worked out on a 10 m grid and traced with marching squares (d3-contour). Unlike a concave or
 * convex hull of the reached nodes it never spans a gap no street crosses: across a river or
 * canal without a bridge within reach the area stops 30 m past the near bank.
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
 * straight-line distance. A walk is never shorter than the straight line, so the hits of
 * `within` at the same limit already include every facility that is walkable in time.
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

/**
 * Calls `piece` for each stretch of street reached within `limit`: the edge (−1 for the
 * off-road walk from home), the reached fractions s0…s1 of it, and the edge's end points in
 * projected metres (the stretch runs from a + s0·(b − a) to a + s1·(b − a)).
 */
function forEachReachedPiece(
  reach: Reach,
  limit: number,
  piece: (edge: number, s0: number, s1: number, ax: number, ay: number, bx: number, by: number) => void,
): void {
  const { graph, dist, start } = reach;
  const { x, y, edgeFrom, edgeTo, edgeLength } = graph;
  const intervals: [number, number][] = [];
  for (let e = 0; e < graph.edgeCount; e++) {
    const a = edgeFrom[e] as number;
    const b = edgeTo[e] as number;
    const da = dist[a] as number;
    const db = dist[b] as number;
    if (da > limit && db > limit && e !== start.edge) continue;
    if (reach.avoidSteps && isSteps(graph, e)) continue;
    const len = edgeLength[e] as number;
    if (!(len > 0)) continue;
    intervals.length = 0;
    if (da <= limit) intervals.push([0, Math.min(1, (limit - da) / len)]);
    if (db <= limit) intervals.push([Math.max(0, 1 - (limit - db) / len), 1]);
    if (e === start.edge) {
      const r0 = limit - start.offRoadMetres;
      if (r0 >= 0) intervals.push([Math.max(0, start.t - r0 / len), Math.min(1, start.t + r0 / len)]);
    }
    if (intervals.length === 0) continue;
    intervals.sort((p, q) => p[0] - q[0]);
    const ax = x[a] as number,
      ay = y[a] as number,
      bx = x[b] as number,
      by = y[b] as number;
    let [s0, s1] = intervals[0] as [number, number];
    for (let i = 1; i <= intervals.length; i++) {
      const next = intervals[i];
      if (next && next[0] <= s1) {
        s1 = Math.max(s1, next[1]);
        continue;
      }
      piece(e, s0, s1, ax, ay, bx, by);
      if (next) [s0, s1] = next;
    }
  }
  if (start.offRoadMetres > 0) {
    const p = graph.projection;
    const s1 = Math.min(1, limit / start.offRoadMetres);
    piece(-1, 0, s1, p.x(reach.origin.lon), p.y(reach.origin.lat), p.x(start.lon), p.y(start.lat));
  }
}

/** The reached streets (cut where the limit falls mid-street) as lines, plus the off-road walk from home. */
export function reachedStreets(reach: Reach, limitMetres = reach.limitMetres): Feature<MultiLineString, { metres: number }> {
  const p = reach.graph.projection;
  const limit = Math.min(limitMetres, reach.limitMetres);
  const lines: Position[][] = [];
  const lonLat = (px: number, py: number): Position => [Math.round(p.lon(px) * 1e6) / 1e6, Math.round(p.lat(py) * 1e6) / 1e6];
  forEachReachedPiece(reach, limit, (_e, s0, s1, ax, ay, bx, by) => {
    lines.push([lonLat(ax + s0 * (bx - ax), ay + s0 * (by - ay)), lonLat(ax + s1 * (bx - ax), ay + s1 * (by - ay))]);
  });
  return { type: 'Feature', geometry: { type: 'MultiLineString', coordinates: lines }, properties: { metres: limit } };
}

export interface AreaOptions {
  /** How far from a street the area may extend (walking to a door off the street), metres; default 30. */
  bufferMetres?: number;
  /** Grid cell size, metres (default 10; grown automatically so a grid never exceeds ~4 million cells). */
  cellMetres?: number;
}

/** Properties of a reach-area feature. */
export interface ReachAreaProperties {
  /** The minutes this area stands for, when drawn for a ring minute. */
  minutes: number | null;
  /** Walking metres this area stands for. */
  metres: number;
  method: ReachMethod;
  labelZh: string;
  labelEn: string;
}

export const WALKING_AREA_LABEL_ZH = '沿道路步行可达范围';
export const WALKING_AREA_LABEL_EN = 'Walking reach along streets';

/**
 * Grids over the reached area, one per limit, for contouring at 0. A cell's value is minus
 * the smallest, over reached street points P, of max(walk(P) + |cell − P| − limit,
 * |cell − P| − buffer): positive exactly where some street point reached in time lies within
 * the buffer and leaves time to walk straight to the cell. Both terms grow one metre per metre,
 * so the linear interpolation of marching squares puts the outline within a fraction of a cell.
 */
function costGrids(reach: Reach, limits: readonly number[], options: AreaOptions) {
  const buffer = options.bufferMetres ?? 30;
  const maxLimit = Math.max(0, ...limits);
  const pieces: number[] = [];
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  forEachReachedPiece(reach, maxLimit, (e, s0, s1, ax, ay, bx, by) => {
    pieces.push(e, s0, s1, ax, ay, bx, by);
    const px0 = ax + s0 * (bx - ax),
      py0 = ay + s0 * (by - ay),
      px1 = ax + s1 * (bx - ax),
      py1 = ay + s1 * (by - ay);
    x0 = Math.min(x0, px0, px1);
    x1 = Math.max(x1, px0, px1);
    y0 = Math.min(y0, py0, py1);
    y1 = Math.max(y1, py0, py1);
  });
  if (pieces.length === 0) return null;

  let cell = options.cellMetres ?? 10;
  const spanX = x1 - x0 + 2 * (buffer + 3 * cell);
  const spanY = y1 - y0 + 2 * (buffer + 3 * cell);
  cell = Math.max(cell, Math.sqrt((spanX * spanY) / 4e6));
  // Cells up to 1.5 cells beyond the buffer are evaluated, so both sides of the outline are known.
  const reachR = buffer + 1.5 * cell;
  const reachR2 = reachR * reachR;
  const ox = x0 - buffer - 3 * cell;
  const oy = y0 - buffer - 3 * cell;
  const w = Math.ceil(spanX / cell) + 1;
  const h = Math.ceil(spanY / cell) + 1;
  const grids = limits.map(() => new Float64Array(w * h).fill(-1e12));

  for (let k = 0; k < pieces.length; k += 7) {
    const e = pieces[k] as number,
      s0 = pieces[k + 1] as number,
      s1 = pieces[k + 2] as number,
      ax = pieces[k + 3] as number,
      ay = pieces[k + 4] as number;
    const dx = (pieces[k + 5] as number) - ax,
      dy = (pieces[k + 6] as number) - ay;
    const len2 = dx * dx + dy * dy;
    // Walking metres to fraction s of the edge (e = −1: the off-road walk from home): the
    // cheaper of coming from either end or, on the start's own street, from the start point.
    const { graph, dist, start } = reach;
    const len = e < 0 ? start.offRoadMetres : (graph.edgeLength[e] as number);
    const fromA = e < 0 ? 0 : (dist[graph.edgeFrom[e] as number] as number);
    const fromB = e < 0 ? Infinity : (dist[graph.edgeTo[e] as number] as number);
    const onStart = e === start.edge;
    const minX = ax + Math.min(s0 * dx, s1 * dx),
      maxX = ax + Math.max(s0 * dx, s1 * dx);
    const minY = ay + Math.min(s0 * dy, s1 * dy),
      maxY = ay + Math.max(s0 * dy, s1 * dy);
    const i0 = Math.max(0, Math.floor((minX - reachR - ox) / cell));
    const i1 = Math.min(w - 1, Math.ceil((maxX + reachR - ox) / cell));
    const j0 = Math.max(0, Math.floor((minY - reachR - oy) / cell));
    const j1 = Math.min(h - 1, Math.ceil((maxY + reachR - oy) / cell));
    for (let j = j0; j <= j1; j++) {
      const cy = oy + (j + 0.5) * cell;
      for (let i = i0; i <= i1; i++) {
        const cx = ox + (i + 0.5) * cell;
        const s = len2 > 0 ? Math.max(s0, Math.min(s1, ((cx - ax) * dx + (cy - ay) * dy) / len2)) : s0;
        const ex = ax + s * dx - cx,
          ey = ay + s * dy - cy;
        const d2 = ex * ex + ey * ey;
        if (d2 > reachR2) continue;
        const d = Math.sqrt(d2);
        let walk = Math.min(fromA + s * len, fromB + (1 - s) * len);
        if (onStart) walk = Math.min(walk, start.offRoadMetres + Math.abs(s - start.t) * len);
        const walked = walk + d;
        const idx = j * w + i;
        for (let g = 0; g < limits.length; g++) {
          const v = -Math.max(walked - (limits[g] as number), d - buffer);
          const grid = grids[g] as Float64Array;
          if (v > (grid[idx] as number)) grid[idx] = v;
        }
      }
    }
  }
  return { grids, w, h, ox, oy, cell };
}

/** Contours each grid at 0; d3-contour puts the value of cell i at i + 0.5, as costGrids does. */
function contourAreas(reach: Reach, found: NonNullable<ReturnType<typeof costGrids>>): Position[][][][] {
  const p = reach.graph.projection;
  const { w, h, ox, oy, cell } = found;
  const toLonLat = ([gx = 0, gy = 0]: number[]): Position => [
    Math.round(p.lon(ox + gx * cell) * 1e6) / 1e6,
    Math.round(p.lat(oy + gy * cell) * 1e6) / 1e6,
  ];
  const generator = contours().size([w, h]);
  return found.grids.map((grid) =>
    generator.contour(Array.from(grid), 0).coordinates.map((polygon) => polygon.map((ring) => ring.map(toLonLat))),
  );
}

/**
 * The area reachable within `limitMetres` of walking (≤ the search limit), as a MultiPolygon in
 * WGS-84: along the reached streets, and off them up to `bufferMetres` while time remains — so
 * the area narrows to a point where the time runs out mid-street. Empty coordinates when
 * nothing is reached.
 */
export function reachArea(
  reach: Reach,
  limitMetres = reach.limitMetres,
  options: AreaOptions = {},
  minutes: number | null = null,
): Feature<MultiPolygon, ReachAreaProperties> {
  const limit = Math.min(limitMetres, reach.limitMetres);
  const found = costGrids(reach, [limit], options);
  const coordinates = found ? (contourAreas(reach, found)[0] ?? []) : [];
  return { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates }, properties: areaProperties(limit, minutes) };
}

function areaProperties(metres: number, minutes: number | null): ReachAreaProperties {
  return { minutes, metres, method: 'walking-network', labelZh: WALKING_AREA_LABEL_ZH, labelEn: WALKING_AREA_LABEL_EN };
}

/**
 * Reach areas for each ring minute (5, 10, 15 by default) at the pace, largest first — the
 * walking counterpart of straightLineRings, worked out in one pass. Minutes beyond the
 * search limit are cut to it.
 */
export function reachAreas(
  reach: Reach,
  pace: Pace,
  minutes: readonly number[] = RING_MINUTES,
  options: AreaOptions = {},
): FeatureCollection<MultiPolygon, ReachAreaProperties> {
  const sorted = [...minutes].sort((a, b) => b - a);
  const limits = sorted.map((m) => Math.min(minutesToMetres(m, pace), reach.limitMetres));
  const found = costGrids(reach, limits, options);
  const shapes = found ? contourAreas(reach, found) : [];
  return {
    type: 'FeatureCollection',
    features: sorted.map((m, i) => ({
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: shapes[i] ?? [] },
      properties: areaProperties(limits[i] as number, m),
    })),
  };
}
