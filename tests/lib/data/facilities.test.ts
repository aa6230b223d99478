import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facilityErrors, importFacilityFiles, isSampleInUse, loadFacilities, unreadFacilityFiles } from '../../../src/lib/data/facilities.ts';
import { facilitiesValidator, registerValidator, regionsValidator, runValidators, validators } from '../../../src/lib/data/validators.ts';
import { openDataValidator } from '../../../src/lib/open-data/meta.ts';
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

  it('keeps the sample notice while an official list and leftover sample rows are mixed', async () => {
    // An officer copies the official file in but forgets to delete sample.csv: one record is still sample data.
    const dir = dirWith({ 'official.csv': templateCsv([{ ...GOOD, name: '官方食堂', sample: '否' }, { ...GOOD, name: '官方照料中心', sample: '否' }]), 'sample.csv': templateCsv([{ ...GOOD, name: '示例食堂', sample: '是' }]) });
    const facilities = await loadFacilities(dir);
    expect(facilities.map((f) => f.sample).sort()).toEqual([false, false, true]);
    expect(isSampleInUse(facilities)).toBe(true);
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

  it('names the file and row of both occurrences of an id repeated across files', async () => {
    const dir = dirWith({
      'a.csv': templateCsv([{ ...GOOD, id: 'first-id', name: '甲' }, { ...GOOD, id: 'same-id', name: '乙' }]),
      'b.csv': templateCsv([{ ...GOOD, name: '丙' }, { ...GOOD, name: '丁' }, { ...GOOD, id: 'same-id', name: '戊' }]),
    });
    const errors = facilityErrors(await importFacilityFiles(dir));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/b\.csv 第 4 行「编号」：编号「same-id」（戊）与 .*a\.csv 第 3 行（乙）重复/);
  });

  it('counts GeoJSON features, not rows, for a repeated id', async () => {
    const fc = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [Number(GOOD.lon), Number(GOOD.lat)] }, properties: { 编号: 'same-id', 名称: '乙', 类型: GOOD.type, 地址: GOOD.address, 所属街道: GOOD.town, 开放时间: GOOD.hours, 数据来源: '测试', 核实日期: GOOD.lastVerified } }] };
    const dir = dirWith({ 'a.csv': templateCsv([{ ...GOOD, id: 'same-id' }]), 'b.geojson': JSON.stringify(fc) });
    expect(facilityErrors(await importFacilityFiles(dir))).toEqual([expect.stringMatching(/b\.geojson 第 1 个要素「编号」.*a\.csv 第 2 行/)]);
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
    writeFileSync(join(dir, 'x.csv'), templateCsv([{ ...GOOD, town: '井山街道' }]));
    const result = await facilitiesValidator.run(root);
    expect(result.errors.join('\n')).toMatch(/x\.csv 第 2 行「所属街道」/);
  });

  it('reports files of other types in data/facilities as errors, saying what is read and what to do', async () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    const dir = join(root, 'data/facilities');
    mkdirSync(join(dir, '旧名单'), { recursive: true });
    writeFileSync(join(dir, 'ok.csv'), templateCsv([GOOD]));
    for (const name of ['名单.xls', 'points.json', '说明.txt', '~$ok.xlsx', '.DS_Store']) writeFileSync(join(dir, name), 'x');
    const { errors } = await facilitiesValidator.run(root);
    // The publishing guard's “全区没有…” (one canteen only) is tested in publishing.test.ts.
    expect(errors.filter((e) => !e.startsWith('全区没有'))).toEqual([
      expect.stringMatching(/points\.json：不会读取，只读取 \.csv、\.xlsx 和 \.geojson 文件。如果是 GeoJSON，请把扩展名改为 \.geojson/),
      expect.stringMatching(/名单\.xls：不会读取.*另存为 Excel 工作簿 \(\.xlsx\)/),
      expect.stringMatching(/旧名单：是文件夹/),
      expect.stringMatching(/说明\.txt：不会读取.*扩展名改为 \.csv/),
    ]);
    expect(unreadFacilityFiles('data/facilities')).toEqual([]);
  });

  it('checks data/open-data.yaml: the repository file passes, a missing licence URL is named in Chinese', () => {
    expect(openDataValidator.run(process.cwd())).toMatchObject({ errors: [] });
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data/open-data.yaml'), readFileSync('data/open-data.yaml', 'utf8').replace(/^ {2}url: .*$/m, '  url: 见网站'));
    const { errors } = openDataValidator.run(root) as { errors: string[] };
    expect(errors).toEqual([expect.stringContaining('data/open-data.yaml：字段 licence.url：「许可网址」应为完整网址，以 https:// 开头（现在是「见网站」）')]);
  });

  it('says data/open-data.yaml is missing rather than crashing', () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    expect((openDataValidator.run(root) as { errors: string[] }).errors).toEqual([expect.stringContaining('data/open-data.yaml：文件不存在')]);
  });

  it('names a broken regions field in Chinese without zod’s English', () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    mkdirSync(join(root, 'data/regions'), { recursive: true });
    const district = JSON.parse(readFileSync('data/regions/ouhai.json', 'utf8'));
    district.towns[0].centre.lat = 128;
    delete district.towns[1].name;
    writeFileSync(join(root, 'data/regions/ouhai.json'), JSON.stringify(district));
    const { errors } = regionsValidator.run(root) as { errors: string[] };
    expect(errors).toEqual([expect.stringContaining('「纬度」应不大于 90（现在是 128）'), expect.stringContaining('缺少「名称」')]);
    for (const e of errors) expect(e).not.toMatch(/invalid|too big|expected/i);
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
