import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validators } from '../../src/lib/data/validators.ts';
import { policiesValidator } from '../../src/lib/eligibility/validator.ts';

const ROOT = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'validate-policies-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npm run validate for data/policies', () => {
  it('is registered with the other data checks', () => {
    expect(validators().map((v) => v.name)).toContain(policiesValidator.name);
  });

  it('passes on the project data and says what it checked', async () => {
    const result = await policiesValidator.run(ROOT);
    expect(result.errors).toEqual([]);
    expect(result.summary).toBe('7 个文件，29 个参数');
  });

  it('fails with the file, parameter and field when a value has no unit', async () => {
    cpSync(join(ROOT, 'data/policies'), join(temp, 'data/policies'), { recursive: true });
    const file = join(temp, 'data/policies/meal-assistance.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    unit: places\n', ''));
    const result = await policiesValidator.run(temp);
    expect(result.errors.join('\n')).toMatch(/meal-assistance\.yaml：参数 hukou-places › 字段 unit：缺少这一项/);
  });
});

describe('npm run validate checks every policy quote against the source texts in the repository', () => {
  const root = mkdtempSync(join(tmpdir(), 'validate-quotes-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fails, naming file, parameter and quote, when a quote is not in its source', async () => {
    cpSync(join(ROOT, 'data/policies'), join(root, 'data/policies'), { recursive: true });
    cpSync(join(ROOT, 'data/sources'), join(root, 'data/sources'), { recursive: true });
    const file = join(root, 'data/policies/meal-assistance.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('quote: 老年人不分户籍享受养老服务设施', 'quote: 老年人不分户籍免费享受养老服务设施'));
    const result = await policiesValidator.run(root);
    expect(result.errors).toEqual([expect.stringMatching(/meal-assistance\.yaml：参数 any-hukou-goal › 第 1 个值（from 2023-05-23） › 字段 reference\.quote：在原文 001_623104bc23165aea\.txt 中找不到 “老年人不分户籍免费享受养老服务设施”/)]);
  });

  it('fails when the source texts are not there, instead of skipping the check', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'validate-bare-'));
    cpSync(join(ROOT, 'data/policies'), join(bare, 'data/policies'), { recursive: true });
    const result = await policiesValidator.run(bare);
    rmSync(bare, { recursive: true, force: true });
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.join('\n')).toContain('找不到原文');
  });
});

describe('npm run validate checks every amount, age and hour count against its own quote', () => {
  const root = mkdtempSync(join(tmpdir(), 'validate-figures-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  /** The project's policies with one file edited. */
  async function withEdit(file: string, edit: (text: string) => string) {
    rmSync(join(root, 'data'), { recursive: true, force: true });
    cpSync(join(ROOT, 'data/policies'), join(root, 'data/policies'), { recursive: true });
    cpSync(join(ROOT, 'data/sources'), join(root, 'data/sources'), { recursive: true });
    const path = join(root, 'data/policies', file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, 'the edit must change the file').not.toBe(before);
    writeFileSync(path, after);
    return policiesValidator.run(root);
  }

  it('fails on value 700 under the quote “每人每月70元”, naming file, parameter and quote', async () => {
    const result = await withEdit('elderly-service-subsidy.yaml', (t) => t.replace(/(  amount:[\s\S]*?value: )70\n/, '$1700\n'));
    expect(result.errors).toEqual([
      'data/policies/elderly-service-subsidy.yaml：参数 amount › 第 1 个值（from 2023-05-23） › 字段 value：700（CNY/month）在它的引文“80-89周岁老人养老服务补贴标准提升至每人每月70元”中找不到。请对照原文改正数值，或换用写着这个数的引文；如果这个数是对原文的解读而不是原文写的数，请在 reading 字段写明怎样从原文得出',
    ]);
  });

  it('fails on an age threshold of 200, as no age and as a figure not in its quote', async () => {
    const result = await withEdit('elderly-service-subsidy.yaml', (t) => t.replace(/(  higher-age:[\s\S]*?value: )90\n/, '$1200\n'));
    expect(result.errors.join('\n')).toContain('年龄应在 0 到 120 周岁之间');
  });

  it('fails on an hour count not in its quote, reading Chinese numerals (四十五)', async () => {
    const result = await withEdit('free-home-care-hours.yaml', (t) => t.replace(/(  severe-hours:[\s\S]*?value: )45\n/, '$140\n'));
    expect(result.errors).toEqual([expect.stringContaining('free-home-care-hours.yaml：参数 severe-hours › 第 1 个值（from')]);
  });

  it('accepts a value the quote does not state when its reading says how it is read', async () => {
    const result = await withEdit('elderly-service-subsidy.yaml', (t) =>
      t.replace(/(  amount:[\s\S]*?value: )70\n/, '$1840\n        reading: 每月 70 元，一年 12 个月共 840 元\n'),
    );
    expect(result.errors).toEqual([]);
  });
});
