import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSampleInUse, loadFacilities } from '../../../src/lib/data/facilities.ts';
import { facilitiesValidator, registerValidator, runValidators, validators } from '../../../src/lib/data/validators.ts';
import { templateCsv } from '../../../src/lib/import/template.ts';
import { GOOD } from '../../fixtures/import/broken-rows.ts';

const dirWith = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'facilities-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};

describe('loadFacilities', () => {
  it('loads the embedded sample, sorted by id, and reports the sample in use', async () => {
    const facilities = await loadFacilities();
    expect(facilities.length).toBeGreaterThan(100);
    expect(facilities.map((f) => f.id)).toEqual(facilities.map((f) => f.id).sort());
    expect(isSampleInUse(facilities)).toBe(true);
  });

  it('says the sample is not in use when no record is sample data', async () => {
    const dir = dirWith({ 'real.csv': templateCsv([{ ...GOOD, sample: '否' }]) });
    expect(isSampleInUse(await loadFacilities(dir))).toBe(false);
  });

  it('imports every csv, xlsx and geojson file in the folder', async () => {
    const dir = dirWith({ 'a.csv': templateCsv([{ ...GOOD, name: '甲' }]), 'b.csv': templateCsv([{ ...GOOD, name: '乙' }]), 'notes.txt': 'x' });
    copyFileSync('data/templates/facilities-template.xlsx', join(dir, 'c.xlsx'));
    expect((await loadFacilities(dir)).length).toBe(6);
  });

  it('throws naming file, row and field when a row is rejected', async () => {
    const dir = dirWith({ 'bad.csv': templateCsv([GOOD, { ...GOOD, name: '坏', lon: '0' }]) });
    await expect(loadFacilities(dir)).rejects.toThrow(/bad\.csv 第 3 行「经度」/);
  });

  it('throws when two files use the same id', async () => {
    const dir = dirWith({ 'a.csv': templateCsv([{ ...GOOD, id: 'same-id' }]), 'b.csv': templateCsv([{ ...GOOD, id: 'same-id', name: '另一个' }]) });
    await expect(loadFacilities(dir)).rejects.toThrow(/编号「same-id」.*重复/);
  });
});

describe('validators', () => {
  it('passes on the data in the repository', async () => {
    const results = await runValidators();
    expect(results.flatMap((r) => r.result.errors)).toEqual([]);
    expect(results.map((r) => r.name)).toEqual(validators().map((v) => v.name));
  });

  it('reports a bad facility file with file, row and field', async () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    const dir = join(root, 'data/facilities');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'x.csv'), templateCsv([{ ...GOOD, hours: '看心情' }]));
    const result = await facilitiesValidator.run(root);
    expect(result.errors.join('\n')).toMatch(/x\.csv 第 2 行「开放时间」/);
  });

  it('runs a registered validator after the built-in ones and counts its errors', async () => {
    registerValidator({ name: '测试校验', run: () => ({ errors: ['data/policies/x.yaml 记录 a 字段 b：错误'], warnings: [] }) });
    const results = await runValidators();
    expect(results.at(-1)).toEqual({ name: '测试校验', result: { errors: ['data/policies/x.yaml 记录 a 字段 b：错误'], warnings: [] } });
  });

  it('exits 0 from npm run validate on the repository data', () => {
    const ok = spawnSync('node_modules/.bin/node', ['scripts/validate.ts'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('✓ 机构数据');
  });

  it('exits 1 from npm run validate when a facility row is wrong, naming file, row and field', () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    mkdirSync(join(root, 'data/facilities'), { recursive: true });
    mkdirSync(join(root, 'data/regions'), { recursive: true });
    copyFileSync('data/regions/ouhai.json', join(root, 'data/regions/ouhai.json'));
    writeFileSync(join(root, 'data/facilities/x.csv'), templateCsv([{ ...GOOD, delivery: '可能' }]));
    const bad = spawnSync(resolve('node_modules/.bin/node'), [resolve('scripts/validate.ts')], { encoding: 'utf8', cwd: root });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/x\.csv 第 2 行「送餐」/);
  });

  it('exits 1 from npm run validate when the regions file breaks its schema, naming the record and field', () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    mkdirSync(join(root, 'data/facilities'), { recursive: true });
    mkdirSync(join(root, 'data/regions'), { recursive: true });
    const district = JSON.parse(readFileSync('data/regions/ouhai.json', 'utf8'));
    district.towns[1].communities[0].code = '33030400200X';
    writeFileSync(join(root, 'data/regions/ouhai.json'), JSON.stringify(district));
    copyFileSync('data/facilities/sample.csv', join(root, 'data/facilities/sample.csv'));
    const bad = spawnSync(resolve('node_modules/.bin/node'), [resolve('scripts/validate.ts')], { encoding: 'utf8', cwd: root });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/ouhai\.json 村社 33030400200X .*towns\.1\.communities\.0\.code/);
  });
});
