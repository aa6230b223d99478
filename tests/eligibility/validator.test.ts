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
    expect(result.summary).toBe('7 个文件，26 个参数');
  });

  it('fails with the file, parameter and field when a value has no unit', async () => {
    cpSync(join(ROOT, 'data/policies'), join(temp, 'data/policies'), { recursive: true });
    const file = join(temp, 'data/policies/meal-assistance.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    unit: places\n', ''));
    const result = await policiesValidator.run(temp);
    expect(result.errors.join('\n')).toMatch(/meal-assistance\.yaml：参数 hukou-places › 字段 unit：缺少这一项/);
  });
});
