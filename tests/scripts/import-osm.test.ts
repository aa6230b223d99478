import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localProjection } from '../../src/lib/geo/distance.ts';
import { facilityReach, reachFrom } from '../../src/lib/geo/reach.ts';
import { CIHU_CENTRE, CIHU_OSM, cihuPbf, cihuStreetData, IMPORT_SCRIPT, LONGXIA_CENTRE, NODE } from '../fixtures/osm/cihu.ts';

const data = cihuStreetData();
const dir = mkdtempSync(join(tmpdir(), 'osm-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
/** The fixture's point x metres east and y metres north of 慈湖社区's care centre. */
const p = localProjection(CIHU_CENTRE.lon, CIHU_CENTRE.lat);
const at = (x: number, y: number) => ({ lon: p.lon(x), lat: p.lat(y) });

describe('npm run roads on an .osm.pbf extract', () => {
  it('reports the walking graph and the street layer it wrote, with the gzip size', () => {
    expect(data.report).toContain('跳过 1 个：foot=no / use_sidepath');
    expect(data.report).toContain('台阶 1 条');
    expect(data.report).toContain('街道图层：道路 7、小路和台阶 3、河流沟渠 1、水面 1、铁路 1、地名 1、地标 2 个要素');
    expect(data.report).toMatch(/streets\.json（\d+ KB，gzip 后 \d+ KB；目标全区 gzip 后小于 3 MB）/);
  });

  it('clips to the district: the road far out at sea is in neither file', () => {
    expect(data.layer.features.some((f) => f.properties.name === '远处路')).toBe(false);
    expect(Math.max(...data.graph.lon)).toBeLessThan(121);
  });

  it('walks from 慈湖南路 to 龙霞 only over the one footbridge, not along the foot=no trunk road', () => {
    const reach = reachFrom(data.graph, at(100, -150).lon, at(100, -150).lat, 3000)!;
    // 100 west + 110 south + 850 east along 塘河北路 + 80 over 慈湖桥 + 244 west + 79 south (fixture layout).
    expect(facilityReach(reach, LONGXIA_CENTRE)).toBeCloseTo(1463, -1);
  });

  it('flags the steps so a walking-frame search goes without them', () => {
    const start = at(0, 200);
    const beyondSteps = at(200, 320);
    expect(Number.isFinite(facilityReach(reachFrom(data.graph, start.lon, start.lat, 1000)!, beyondSteps))).toBe(true);
    expect(facilityReach(reachFrom(data.graph, start.lon, start.lat, 1000, { avoidSteps: true })!, beyondSteps)).toBe(Infinity);
  });

  it('writes the OpenStreetMap attribution into both files', () => {
    expect(data.layer.source).toMatch(/^© OpenStreetMap contributors, ODbL 1\.0/);
    expect(data.graph.meta.source).toBe(data.layer.source);
  });

  it('reads the .osm XML the same as the .osm.pbf made from it', () => {
    const out = join(dir, 'xml');
    mkdirSync(out);
    const run = spawnSync(NODE, [IMPORT_SCRIPT, CIHU_OSM, '--out-dir', out], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const strip = (s: string) => s.replace(/"generated":"[^"]*"/, '');
    expect(strip(readFileSync(join(out, 'streets.json'), 'utf8'))).toBe(strip(data.streetsJson));
  });

  it('refuses a corrupt .osm.pbf in Chinese with exit code 2, writing nothing', () => {
    const pbf = readFileSync(cihuPbf(dir));
    const broken = join(dir, 'broken.osm.pbf');
    writeFileSync(broken, pbf.subarray(0, Math.floor(pbf.length / 2)));
    const run = spawnSync(NODE, [IMPORT_SCRIPT, broken, '--out-dir', dir], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/错误：无法读取 OSM 文件 .*broken\.osm\.pbf：文件已损坏、下载不完整或不是 OSM 格式/);
    expect(existsSync(join(dir, 'streets.json'))).toBe(false);
  });

  it('says how to install osmium when it is missing', () => {
    const run = spawnSync(NODE, [IMPORT_SCRIPT, cihuPbf(dir), '--out-dir', dir], { encoding: 'utf8', env: { PATH: dirname(NODE) } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('需要 osmium-tool（Debian/Ubuntu：sudo apt-get install osmium-tool');
  });
});
