import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWalkGraph, encodeGraph } from '../../../src/lib/geo/graph.ts';
import { readRoadGraph } from '../../../src/lib/geo-ui/map-page-data.ts';

describe('the road graph’s attribution for the map page', () => {
  it('is the source written into the graph file by the road import', () => {
    const graph = createWalkGraph(new Float64Array([120.7, 120.701]), new Float64Array([27.92, 27.92]), new Uint32Array([0]), new Uint32Array([1]), undefined, {
      source: '© OpenStreetMap contributors, ODbL 1.0',
      generated: '2026-11-30',
    });
    const path = join(mkdtempSync(join(tmpdir(), 'roads-')), 'roads-graph.json');
    writeFileSync(path, JSON.stringify(encodeGraph(graph)));
    expect(readRoadGraph(path).meta.source).toBe('© OpenStreetMap contributors, ODbL 1.0');
  });
});
