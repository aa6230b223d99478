import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    const { mkdirSync } = await import('node:fs');
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

  it('exits 1 from npm run validate when data is wrong and 0 when it is right', async () => {
    const { spawnSync } = await import('node:child_process');
    const ok = spawnSync('node_modules/.bin/node', ['scripts/validate.ts'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('✓ 机构数据');
  });
});
