import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decodeGraph,
  EDGE_STEPS,
  encodeGraph,
  fetchWalkGraph,
  GRAPH_FORMAT,
  type RoadsGraphJson,
  type WalkGraph,
} from '../../../src/lib/geo/graph.ts';
import { buildWalkGraph } from '../../../src/lib/geo/roads.ts';
import { gridGraph, mulberry32 } from '../../../scripts/lib/synthetic.ts';
import { lineFeature, loadRiver } from '../../fixtures/geo/river.ts';

/** The edges of a graph as sorted "a-b:flags" strings, independent of edge order. */
function edgeSet(graph: WalkGraph): string[] {
  return Array.from(graph.edgeFrom, (a, e) => {
    const b = graph.edgeTo[e]!;
    return `${Math.min(a, b)}-${Math.max(a, b)}:${graph.edgeFlags[e]}`;
  }).sort();
}

function riverWithSteps(): WalkGraph {
  const river = loadRiver();
  river.features.push(
    lineFeature({ highway: 'steps' }, [
      [0, 400],
      [0, 450],
    ]),
  );
  return buildWalkGraph(river, { source: '© OpenStreetMap contributors, ODbL 1.0', generated: '2026-01-02T03:04:05Z' }).graph;
}

describe('road graph file', () => {
  it('encoding then decoding (through JSON text) gives back the same nodes, edges, steps and lengths', () => {
    const graph = riverWithSteps();
    const json = JSON.parse(JSON.stringify(encodeGraph(graph))) as unknown;
    const back = decodeGraph(json);
    expect(back.nodeCount).toBe(graph.nodeCount);
    expect(back.edgeCount).toBe(graph.edgeCount);
    expect(Array.from(back.lon)).toEqual(Array.from(graph.lon));
    expect(Array.from(back.lat)).toEqual(Array.from(graph.lat));
    expect(edgeSet(back)).toEqual(edgeSet(graph));
    expect(edgeSet(back).filter((s) => s.endsWith(`:${EDGE_STEPS}`))).toHaveLength(1);
    const total = (g: WalkGraph) => g.edgeLength.reduce((a, b) => a + b, 0);
    expect(total(back)).toBeCloseTo(total(graph), 6);
    expect(back.meta).toEqual(graph.meta);
  });

  it('a 20,000-edge grid survives the round trip, and the file stores small delta-encoded integers', () => {
    const graph = gridGraph(100, 20, 0.05, mulberry32(3));
    const json = encodeGraph(graph);
    const back = decodeGraph(json);
    expect(edgeSet(back)).toEqual(edgeSet(graph));
    for (let i = 0; i < graph.nodeCount; i++) {
      expect(Math.abs(back.lon[i]! - graph.lon[i]!)).toBeLessThanOrEqual(5e-7);
      expect(Math.abs(back.lat[i]! - graph.lat[i]!)).toBeLessThanOrEqual(5e-7);
    }
    expect(json.edgeFrom.every((d) => Number.isInteger(d) && d >= 0 && d < 10)).toBe(true);
    // Absolute values are ~1.2e8; differences stay within the grid's 0.02° width.
    expect(json.lon.slice(1).every((d) => Math.abs(d) <= 25000)).toBe(true);
  });

  it('the adjacency lists every edge from both ends', () => {
    const graph = riverWithSteps();
    let arcs = 0;
    for (let u = 0; u < graph.nodeCount; u++) {
      for (let a = graph.firstArc[u]!; a < graph.firstArc[u + 1]!; a++) {
        const e = graph.arcEdge[a]!;
        const v = graph.arcTarget[a]!;
        expect([graph.edgeFrom[e], graph.edgeTo[e]].sort()).toEqual([u, v].sort());
        expect(graph.arcLength[a]).toBe(graph.edgeLength[e]);
        arcs++;
      }
    }
    expect(arcs).toBe(2 * graph.edgeCount);
  });

  it('a file of another format or version is refused with a Chinese message naming the field and the fix', () => {
    const good = encodeGraph(riverWithSteps());
    expect(() => decodeGraph({ ...good, format: 'other' })).toThrow(/roads-graph\.json.*format.*npm run roads/);
    expect(() => decodeGraph({ ...good, version: 2 })).toThrow(/字段 version/);
    expect(() => decodeGraph(null)).toThrow(/不是 JSON 对象/);
  });

  it('a file with a wrong count, a non-integer or an edge to a missing node is refused', () => {
    const good: RoadsGraphJson = encodeGraph(riverWithSteps());
    expect(() => decodeGraph({ ...good, lon: good.lon.slice(1) })).toThrow(/字段 lon 应有/);
    expect(() => decodeGraph({ ...good, lat: [0.5, ...good.lat.slice(1)] })).toThrow(/字段 lat 第 1 个值/);
    expect(() => decodeGraph({ ...good, edgeTo: [good.nodeCount + 5, ...good.edgeTo.slice(1)] })).toThrow(/第 1 条边/);
    expect(() => decodeGraph({ ...good, steps: [good.edgeCount] })).toThrow(/字段 steps/);
    expect(good.format).toBe(GRAPH_FORMAT);
  });

  it('an empty graph encodes and decodes', () => {
    const empty = decodeGraph(
      encodeGraph(buildWalkGraph({ type: 'FeatureCollection', features: [] }, { source: '', generated: '' }).graph),
    );
    expect(empty.nodeCount).toBe(0);
    expect(empty.segmentIndex).toBeNull();
  });
});

describe('loading the road graph in the browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const respond = (status: number, body: unknown) => vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status }));

  it('a missing file (404) means no road data: null, so the map draws straight-line rings', async () => {
    respond(404, {});
    await expect(fetchWalkGraph('/roads-graph.json')).resolves.toBeNull();
  });

  it('a present file is decoded into a graph', async () => {
    const graph = riverWithSteps();
    respond(200, encodeGraph(graph));
    const loaded = await fetchWalkGraph('/roads-graph.json');
    expect(loaded?.edgeCount).toBe(graph.edgeCount);
  });

  it('a server error is reported, not mistaken for missing data', async () => {
    respond(500, {});
    await expect(fetchWalkGraph('/roads-graph.json')).rejects.toThrow(/HTTP 500/);
  });
});
