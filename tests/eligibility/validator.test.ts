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
