/**
 * The walking graph: street intersections and shape points as nodes, street pieces between
 * them as undirected edges with lengths in metres, held in flat typed arrays.
 *
 * - `createWalkGraph` builds the in-memory graph (CSR adjacency, edge lengths, a segment
 *   index for snapping points to the nearest street) from node coordinates and an edge list.
 * - `encodeGraph` / `decodeGraph` convert it to and from the compact JSON written to
 *   data/geo/roads-graph.json by scripts/import-roads.ts (format described at RoadsGraphJson).
 * - `fetchWalkGraph` loads that file in the browser and returns null when it is absent:
 *   no road data ships with the project, and the site then draws straight-line rings.
 *
 * Browser-safe: no Node modules here.
 */
import Flatbush from 'flatbush';
import { haversineMetres, localProjection, type LocalProjection } from './distance.ts';

/** Edge flag bits. */
export const EDGE_STEPS = 1;

/** Where a graph came from, kept with it and shown as attribution. */
export interface GraphMeta {
  /** Attribution and licence of the road data, e.g. “© OpenStreetMap contributors, ODbL 1.0”. */
  source: string;
  /** When the graph was built, ISO 8601; empty when unknown. */
  generated: string;
}

/** The in-memory walking graph. Arrays are indexed by node id (0…nodeCount-1) or edge id. */
export interface WalkGraph {
  readonly meta: GraphMeta;
  readonly nodeCount: number;
  /** Number of undirected edges. */
  readonly edgeCount: number;
  /** Node longitudes and latitudes, WGS-84 degrees. */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Node positions in metres in `projection` (for snapping and drawing). */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** A flat projection centred on the graph. */
  readonly projection: LocalProjection;
  /** Edge end nodes (from < to) and great-circle lengths in metres. */
  readonly edgeFrom: Uint32Array;
  readonly edgeTo: Uint32Array;
  readonly edgeLength: Float64Array;
  /** Edge flags (EDGE_STEPS). */
  readonly edgeFlags: Uint8Array;
  /** CSR adjacency: the arcs leaving node u are firstArc[u] … firstArc[u+1]-1. Each edge gives two arcs. */
  readonly firstArc: Uint32Array;
  readonly arcTarget: Uint32Array;
  readonly arcEdge: Uint32Array;
  readonly arcLength: Float64Array;
  /** R-tree over edge bounding boxes in projected metres; null for a graph without edges. */
  readonly segmentIndex: Flatbush | null;
}

/** Builds a WalkGraph. Edges must join distinct existing nodes; duplicates should already be merged. */
export function createWalkGraph(
  lon: Float64Array,
  lat: Float64Array,
  edgeFrom: Uint32Array,
  edgeTo: Uint32Array,
  edgeFlags: Uint8Array = new Uint8Array(edgeFrom.length),
  meta: GraphMeta = { source: '', generated: '' },
): WalkGraph {
  const nodeCount = lon.length;
  const edgeCount = edgeFrom.length;

  let minLon = Infinity,
    minLat = Infinity,
    maxLon = -Infinity,
    maxLat = -Infinity;
  for (let i = 0; i < nodeCount; i++) {
    minLon = Math.min(minLon, lon[i] as number);
    maxLon = Math.max(maxLon, lon[i] as number);
    minLat = Math.min(minLat, lat[i] as number);
    maxLat = Math.max(maxLat, lat[i] as number);
  }
  const projection = nodeCount > 0 ? localProjection((minLon + maxLon) / 2, (minLat + maxLat) / 2) : localProjection(0, 0);
  const x = new Float64Array(nodeCount);
  const y = new Float64Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    x[i] = projection.x(lon[i] as number);
    y[i] = projection.y(lat[i] as number);
  }

  const edgeLength = new Float64Array(edgeCount);
  const degree = new Uint32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    const a = edgeFrom[e] as number;
    const b = edgeTo[e] as number;
    edgeLength[e] = haversineMetres(lon[a] as number, lat[a] as number, lon[b] as number, lat[b] as number);
    // Not `(degree[a] as number)++`: Vite's TypeScript transform prints that as `degree[a] as number++` and the build fails.
    degree[a] = (degree[a] as number) + 1;
    degree[b] = (degree[b] as number) + 1;
  }
  const firstArc = new Uint32Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i++) firstArc[i + 1] = (firstArc[i] as number) + (degree[i] as number);
  const fill = firstArc.slice(0, nodeCount);
  const arcTarget = new Uint32Array(2 * edgeCount);
  const arcEdge = new Uint32Array(2 * edgeCount);
  const arcLength = new Float64Array(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = edgeFrom[e] as number;
    const b = edgeTo[e] as number;
    const len = edgeLength[e] as number;
    let k = fill[a] as number;
    fill[a] = k + 1;
    arcTarget[k] = b;
    arcEdge[k] = e;
    arcLength[k] = len;
    k = fill[b] as number;
    fill[b] = k + 1;
    arcTarget[k] = a;
    arcEdge[k] = e;
    arcLength[k] = len;
  }

  let segmentIndex: Flatbush | null = null;
  if (edgeCount > 0) {
    segmentIndex = new Flatbush(edgeCount);
    for (let e = 0; e < edgeCount; e++) {
      const a = edgeFrom[e] as number;
      const b = edgeTo[e] as number;
      const xa = x[a] as number,
        ya = y[a] as number,
        xb = x[b] as number,
        yb = y[b] as number;
      segmentIndex.add(Math.min(xa, xb), Math.min(ya, yb), Math.max(xa, xb), Math.max(ya, yb));
    }
    segmentIndex.finish();
  }

  return {
    meta,
    nodeCount,
    edgeCount,
    lon,
    lat,
    x,
    y,
    projection,
    edgeFrom,
    edgeTo,
    edgeLength,
    edgeFlags,
    firstArc,
    arcTarget,
    arcEdge,
    arcLength,
    segmentIndex,
  };
}

/** The value of `format` in a roads-graph file. */
export const GRAPH_FORMAT = 'ouhai-walk-graph';
/** The version of the file layout this code reads and writes. */
export const GRAPH_VERSION = 1;
/** Coordinates are stored as integers of 1e-6 degree (about 0.1 m). */
export const COORD_SCALE = 1e6;

/**
 * The JSON layout of data/geo/roads-graph.json (version 1). Plain integer arrays, delta-encoded
 * so that gzip shrinks them well; edge lengths are not stored but recomputed from coordinates.
 *
 * - `lon`, `lat`: node coordinates in 1e-6 degrees; the first value is absolute, each next one
 *   is the difference from the previous node (nodes are in Hilbert-curve order, so differences are small).
 * - `edgeFrom`: for each edge, its smaller end node minus the previous edge's (edges are sorted, so ≥ 0).
 * - `edgeTo`: for each edge, its larger end node minus its smaller one (> 0).
 * - `steps`: ids of edges that are steps (台阶), delta-encoded like `edgeFrom`.
 */
export interface RoadsGraphJson {
  format: typeof GRAPH_FORMAT;
  version: typeof GRAPH_VERSION;
  /** Attribution and licence of the road data. */
  source: string;
  /** When the file was written, ISO 8601. */
  generated: string;
  nodeCount: number;
  edgeCount: number;
  lon: number[];
  lat: number[];
  edgeFrom: number[];
  edgeTo: number[];
  steps: number[];
}

/** Writes the graph as RoadsGraphJson. Node order is kept; edges are sorted by (from, to) as they are written. */
export function encodeGraph(graph: WalkGraph): RoadsGraphJson {
  const lonOut: number[] = new Array<number>(graph.nodeCount);
  const latOut: number[] = new Array<number>(graph.nodeCount);
  let prevLon = 0,
    prevLat = 0;
  for (let i = 0; i < graph.nodeCount; i++) {
    const qLon = Math.round((graph.lon[i] as number) * COORD_SCALE);
    const qLat = Math.round((graph.lat[i] as number) * COORD_SCALE);
    lonOut[i] = qLon - prevLon;
    latOut[i] = qLat - prevLat;
    prevLon = qLon;
    prevLat = qLat;
  }

  const order = Array.from({ length: graph.edgeCount }, (_, e) => e);
  const lo = (e: number) => Math.min(graph.edgeFrom[e] as number, graph.edgeTo[e] as number);
  const hi = (e: number) => Math.max(graph.edgeFrom[e] as number, graph.edgeTo[e] as number);
  order.sort((a, b) => lo(a) - lo(b) || hi(a) - hi(b));
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const steps: number[] = [];
  let prevFrom = 0,
    prevStep = 0;
  order.forEach((e, i) => {
    edgeFrom.push(lo(e) - prevFrom);
    edgeTo.push(hi(e) - lo(e));
    prevFrom = lo(e);
    if ((graph.edgeFlags[e] as number) & EDGE_STEPS) {
      steps.push(i - prevStep);
      prevStep = i;
    }
  });

  return {
    format: GRAPH_FORMAT,
    version: GRAPH_VERSION,
    source: graph.meta.source,
    generated: graph.meta.generated,
    nodeCount: graph.nodeCount,
    edgeCount: graph.edgeCount,
    lon: lonOut,
    lat: latOut,
    edgeFrom,
    edgeTo,
    steps,
  };
}

/** The file name used in error messages. */
const GRAPH_FILE = 'data/geo/roads-graph.json';

function fail(what: string): never {
  throw new Error(`${GRAPH_FILE}：${what}。请用 npm run roads 重新生成该文件（见 README“道路数据”一节）。`);
}

function intArray(json: Record<string, unknown>, field: string, length?: number): number[] {
  const value = json[field];
  if (!Array.isArray(value)) fail(`字段 ${field} 应为整数数组`);
  if (length !== undefined && value.length !== length) fail(`字段 ${field} 应有 ${length} 个数，实际 ${value.length} 个`);
  for (let i = 0; i < value.length; i++) {
    if (!Number.isInteger(value[i])) fail(`字段 ${field} 第 ${i + 1} 个值 ${JSON.stringify(value[i])} 不是整数`);
  }
  return value as number[];
}

/** Reads RoadsGraphJson (already parsed) into a WalkGraph; throws a Chinese message naming the field when the file is malformed. */
export function decodeGraph(input: unknown): WalkGraph {
  if (typeof input !== 'object' || input === null) fail('内容不是 JSON 对象');
  const json = input as Record<string, unknown>;
  if (json.format !== GRAPH_FORMAT) fail(`字段 format 应为 "${GRAPH_FORMAT}"，实际 ${JSON.stringify(json.format)}`);
  if (json.version !== GRAPH_VERSION) fail(`字段 version 应为 ${GRAPH_VERSION}，实际 ${JSON.stringify(json.version)}`);
  const nodeCount = json.nodeCount;
  const edgeCount = json.edgeCount;
  if (!Number.isInteger(nodeCount) || (nodeCount as number) < 0) fail('字段 nodeCount 应为非负整数');
  if (!Number.isInteger(edgeCount) || (edgeCount as number) < 0) fail('字段 edgeCount 应为非负整数');
  const n = nodeCount as number;
  const m = edgeCount as number;
  const lonIn = intArray(json, 'lon', n);
  const latIn = intArray(json, 'lat', n);
  const fromIn = intArray(json, 'edgeFrom', m);
  const toIn = intArray(json, 'edgeTo', m);
  const stepsIn = intArray(json, 'steps');

  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  let qLon = 0,
    qLat = 0;
  for (let i = 0; i < n; i++) {
    qLon += lonIn[i] as number;
    qLat += latIn[i] as number;
    lon[i] = qLon / COORD_SCALE;
    lat[i] = qLat / COORD_SCALE;
    if (Math.abs(qLon) > 180 * COORD_SCALE || Math.abs(qLat) > 90 * COORD_SCALE) fail(`第 ${i + 1} 个节点的坐标超出经纬度范围`);
  }
  const edgeFrom = new Uint32Array(m);
  const edgeTo = new Uint32Array(m);
  let from = 0;
  for (let e = 0; e < m; e++) {
    from += fromIn[e] as number;
    const to = from + (toIn[e] as number);
    if ((fromIn[e] as number) < 0 || (toIn[e] as number) <= 0 || to >= n) fail(`第 ${e + 1} 条边的端点不在 0…${n - 1} 之内或顺序不对`);
    edgeFrom[e] = from;
    edgeTo[e] = to;
  }
  const edgeFlags = new Uint8Array(m);
  let step = 0;
  stepsIn.forEach((delta, i) => {
    step += delta;
    if (delta < 0 || (i > 0 && delta === 0) || step >= m) fail(`字段 steps 第 ${i + 1} 个值不是有效的边编号`);
    edgeFlags[step] = (edgeFlags[step] as number) | EDGE_STEPS;
  });
  const meta: GraphMeta = {
    source: typeof json.source === 'string' ? json.source : '',
    generated: typeof json.generated === 'string' ? json.generated : '',
  };
  return createWalkGraph(lon, lat, edgeFrom, edgeTo, edgeFlags, meta);
}

/**
 * Fetches and decodes a roads-graph file. Resolves to null when the file does not exist
 * (404) — the normal case, since no road data ships with the project — so the caller draws
 * straight-line rings. Other failures (network, malformed file) reject.
 */
export async function fetchWalkGraph(url: string, init?: RequestInit): Promise<WalkGraph | null> {
  const response = await fetch(url, init);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`读取道路数据 ${url} 失败：HTTP ${response.status}`);
  return decodeGraph(await response.json());
}
