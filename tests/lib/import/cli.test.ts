import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run import -- …` the way npm does: the pinned Node on scripts/import.ts. */
function cli(...args: string[]) {
  const r = spawnSync('node_modules/.bin/node', ['scripts/import.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

// Each test starts a Node process; on a busy machine that can take longer than vitest's 5 s default.
describe('npm run import', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));

  it('exits 0 when every row is accepted and writes GeoJSON and the report', () => {
    const out = join(dir, 'ok.geojson');
    const report = join(dir, 'ok.json');
    const r = cli('data/templates/facilities-template.csv', '--out', out, '--report', report);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('接受 4 行，拒绝 0 行');
    expect(JSON.parse(readFileSync(out, 'utf8')).features).toHaveLength(4);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual({ accepted: 4, rejected: [], warnings: [] });
  });

  it('exits 1 when some rows are rejected, still writing the good rows, with a report of exactly accepted, rejected, warnings', () => {
    const out = join(dir, 'broken.geojson');
    const reportPath = join(dir, 'broken.json');
    const r = cli('tests/fixtures/import/broken.csv', '--out', out, '--report', reportPath);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(Object.keys(report)).toEqual(['accepted', 'rejected', 'warnings']);
    expect(Object.keys(report.rejected[0])).toEqual(['row', 'field', 'message']);
    expect(JSON.parse(readFileSync(out, 'utf8')).features).toHaveLength(report.accepted);
    expect(r.stderr).toMatch(/第 \d+ 行 ［经度］/);
  });

  it('exits 2 when the file cannot be read', () => {
    const r = cli('tests/fixtures/import/no-such-file.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法导入');
  });

  it('exits 2 with a Chinese message naming the path when --out cannot be written, and still writes the report', () => {
    const out = join(dir, 'no-such-folder', 'out.geojson');
    const report = join(dir, 'written.json');
    const r = cli('data/templates/facilities-template.csv', '--out', out, '--report', report);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`无法写入输出文件 ${out}（所在的文件夹不存在）`);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+|Error:/);
    expect(JSON.parse(readFileSync(report, 'utf8')).accepted).toBe(4);
  });

  it('exits 2 naming the path when --report cannot be written', () => {
    const r = cli('data/templates/facilities-template.csv', '--report', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`无法写入报告 ${dir}（这是一个文件夹，不是文件）`);
  });

  it('exits 2 on a wrong --crs value', () => {
    expect(cli('data/templates/facilities-template.csv', '--crs', 'mars').code).toBe(2);
  });

  it('reads rows without a 坐标系 in the --crs system', () => {
    const out = join(dir, 'gcj.geojson');
    cli('tests/fixtures/import/template-utf8.csv', '--crs', 'gcj02', '--out', out);
    const props = JSON.parse(readFileSync(out, 'utf8')).features.map((f: { properties: { sourceCrs: string } }) => f.properties.sourceCrs);
    expect(props).toContain('gcj02');
    expect(props).toContain('wgs84');
  });
});

describe('npm run import on malformed input', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-malformed-'));
  const noStack = /at .*\.ts:\d+|node:internal|TypeError|RangeError/;

  it('exits 2 with a Chinese message naming the file, and no stack trace, on a GeoJSON file that is just null', () => {
    const path = join(dir, 'null.geojson');
    writeFileSync(path, 'null');
    const r = cli(path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path}：GeoJSON 应为 FeatureCollection`);
    expect(r.stderr).not.toMatch(noStack);
  });

  it('reports a null feature as its own rejected row (exit 1), without a stack trace', () => {
    const path = join(dir, 'null-feature.geojson');
    writeFileSync(path, '{"type":"FeatureCollection","features":[null]}');
    const r = cli(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('第 1 个要素 ［geometry］第 1 个要素不是对象');
    expect(r.stderr).not.toMatch(noStack);
  });
});
