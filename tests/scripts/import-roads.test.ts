import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeGraph } from '../../src/lib/geo/graph.ts';
import { reachFrom, facilityReach } from '../../src/lib/geo/reach.ts';
import { at } from '../fixtures/geo/river.ts';

const root = join(import.meta.dirname, '../..');
const node = join(root, 'node_modules/.bin/node');
const script = join(root, 'scripts/import-roads.ts');
const fixture = join(root, 'tests/fixtures/geo/river-with-bridge.geojson');
const dir = mkdtempSync(join(tmpdir(), 'roads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run roads', () => {
  it('turns the river fixture into a graph file the browser code can read, and reports what it skipped', () => {
    const out = join(dir, 'graph.json');
    const report = execFileSync(node, [script, fixture, '--out', out], { encoding: 'utf8' });
    expect(report).toContain('跳过 1 个：高速公路 motorway');
    expect(report).toContain('91 个节点');
    const graph = decodeGraph(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.meta.source).toContain('OpenStreetMap');
    const home = at(300, -20);
    const reach = reachFrom(graph, home.lon, home.lat, 2000)!;
    expect(Math.abs(facilityReach(reach, at(500, -20)) - 1040)).toBeLessThan(1);
  });

  it('reads a line-delimited GeoJSON sequence (with record separators) to the same graph', () => {
    const seq = join(dir, 'roads.geojsonl');
    const features = (JSON.parse(readFileSync(fixture, 'utf8')) as { features: unknown[] }).features;
    writeFileSync(seq, features.map((f) => `\x1e${JSON.stringify(f)}`).join('\n'));
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    execFileSync(node, [script, fixture, '--out', a]);
    execFileSync(node, [script, seq, '--out', b]);
    const strip = (p: string) => readFileSync(p, 'utf8').replace(/"generated":"[^"]*"/, '');
    expect(strip(b)).toBe(strip(a));
  });

  it('refuses, in Chinese, a file whose roads all lie outside the chosen area', () => {
    const result = spawnSync(node, [script, fixture, '--out', join(dir, 'x.json'), '--bbox', '100,20,101,21'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/都不在范围.*WGS-84/);
  });
});
