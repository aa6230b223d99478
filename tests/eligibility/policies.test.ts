import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkQuotes, loadPolicies, PolicyDataError, readPolicies } from '../../src/lib/eligibility/policies.ts';
import { numberOn, valueOn } from '../../src/lib/eligibility/params.ts';
import { BENEFIT_IDS } from '../../src/lib/eligibility/types.ts';
import { params } from './policies.ts';

const DATA = join(import.meta.dirname, '../../data/policies');
const SOURCES = join(import.meta.dirname, '../../data/sources');
const temps: string[] = [];

/** A copy of data/policies/ with one file edited. */
function copyWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policies-'));
  temps.push(dir);
  cpSync(DATA, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the policy data', () => {
  it('loads without problems', () => {
    expect(readPolicies(DATA).problems).toEqual([]);
  });

  it('quotes every clause word for word from its source text, kept in the repository', () => {
    const { problems, unchecked } = checkQuotes(params, SOURCES);
    expect(problems).toEqual([]);
    // Only the national law is outside the project's source folder.
    expect(unchecked).toEqual([expect.stringContaining('prc-elderly-rights-law')]);
  });

  it('gives the value in force on a date, and nothing before the first date', () => {
    expect(valueOn(params, 'elderly-service-subsidy', 'amount', '2023-05-22')).toBeUndefined();
    expect(numberOn(params, 'elderly-service-subsidy', 'amount', '2023-05-23')?.value).toBe(70);
    expect(numberOn(params, 'elderly-service-subsidy', 'higher-amount', '2030-06-01')?.value).toBe(120);
  });

  it('says for every benefit one applies for which papers to bring, or that local rules decide', () => {
    // Meals need no application: an elder walks into a canteen.
    for (const id of BENEFIT_IDS.filter((b) => b !== 'meal-assistance')) {
      const steps = params.policies[id]?.howToApply ?? [];
      expect(steps.some((s) => s.zh.includes('带') && s.zh.includes('材料') && /bring/.test(s.en)), id).toBe(true);
    }
  });

  it('names in its next steps only the apps and platforms (“浙里…”) the sources name', () => {
    const sources = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SOURCES, f), 'utf8')).join('\n');
    const named = Object.values(params.policies).flatMap((p) => p.howToApply.flatMap((step) => [...step.zh.matchAll(/“(浙里[^”]*)”/g)].map((m) => m[1] ?? '')));
    expect(named.length, 'some step names a platform').toBeGreaterThan(0);
    for (const name of named) expect(sources, name).toContain(`“${name}”`);
  });

  it('does not present 不分户籍 (a goal of 二、主要目标) as a rule in force', () => {
    const goal = params.policies['meal-assistance']?.parameters['any-hukou-goal']?.values[0];
    expect(goal?.reference.clause).toMatch(/^二、主要目标/);
    expect(goal?.basis).toBe('target');
    expect(goal?.targetYear).toBe(2027);
  });

  it('marks the 2027 standard as a target with the source wording', () => {
    const v = valueOn(params, 'elderly-service-subsidy', 'amount', '2027-01-01');
    expect(v?.basis).toBe('target');
    expect(v?.targetYear).toBe(2027);
    expect(v?.reference.quote).toContain('提升至');
    expect(v?.reference.doc.docNumber).toBe('温瓯七优享办〔2023〕6号');
  });
});

describe('policy data errors', () => {
  it('name the file, parameter and date when dates are out of order', () => {
    const dir = copyWith('elderly-service-subsidy.yaml', (t) =>
      t.replace(/(  amount:\n[\s\S]*?lastReviewed: 2026-11-22\n)/, (block) => `${block}${block.replace('  amount:\n    description: 80–89 周岁老人每人每月的补贴标准\n    unit: CNY/month\n    values:\n', '').replace('from: 2023-05-23', 'from: 2020-01-01')}`),
    );
    const { problems } = readPolicies(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('elderly-service-subsidy.yaml');
    expect(problems[0]).toContain('参数 amount');
    expect(problems[0]).toContain('2020-01-01');
    expect(problems[0]).toContain('从早到晚');
  });

  it('name a value without a reference', () => {
    const dir = copyWith('emergency-call-service.yaml', (t) => t.replace('        reference: *rule\n', ''));
    const { problems } = readPolicies(dir);
    expect(problems.join('\n')).toMatch(/emergency-call-service\.yaml：参数 places › 第 1 个值（from 2019-07-02） › 字段 reference：缺少这一项/);
  });

  it('name a unit that is not one of the explicit units', () => {
    const dir = copyWith('free-home-care-hours.yaml', (t) => t.replace('unit: hours/month', 'unit: 小时'));
    expect(readPolicies(dir).problems.join('\n')).toMatch(/参数 severe-hours › 字段 unit：应为 CNY\/month、/);
  });

  it('name a list given where a number is expected', () => {
    const dir = copyWith('home-adaptation-subsidy.yaml', (t) => t.replace('value: 30\n', 'value: [ouhai]\n'));
    expect(readPolicies(dir).problems.join('\n')).toContain('参数 percent › 第 1 个值（from 2019-07-02） › 字段 value：单位是 percent，数值应是一个数字');
  });

  it('name a value that is neither a number nor a list of words', () => {
    const dir = copyWith('home-adaptation-subsidy.yaml', (t) => t.replace('value: 5000', 'value: [5000]'));
    expect(readPolicies(dir).problems.join('\n')).toContain('参数 cap › 第 1 个值（from 2019-07-02） › 字段 value：数值应是一个不小于 0 的数字');
  });

  it('name a family status the answers do not know', () => {
    const dir = copyWith('public-care-home-priority.yaml', (t) => t.replace('value: [tekun]', 'value: [tekun, poor]'));
    expect(readPolicies(dir).problems.join('\n')).toContain('“poor”不是可用的值');
  });

  it('name a citation of a document that is not listed', () => {
    const dir = copyWith('meal-assistance.yaml', (t) => t.replace('document: oh-2023-6', 'document: oh-2023-7'));
    expect(readPolicies(dir).problems.join('\n')).toContain('找不到文件 “oh-2023-7”');
  });

  it('name a parameter the engine needs that is missing', () => {
    const dir = copyWith('emergency-call-service.yaml', (t) => t.replace('  min-age:', '  minimum-age:'));
    expect(readPolicies(dir).problems.join('\n')).toContain('缺少参数 min-age（单位 years）');
  });

  it('report YAML syntax errors with the line', () => {
    const dir = copyWith('common.yaml', (t) => t.replace('  elder-age:', '  elder-age: : :'));
    expect(readPolicies(dir).problems.join('\n')).toMatch(/common\.yaml 第 \d+ 行第 \d+ 列：YAML 格式错误/);
  });

  it('stop loadPolicies with every problem listed', () => {
    const dir = copyWith('common.yaml', (t) => t.replace('value: 60', 'value: -60'));
    expect(() => loadPolicies(dir)).toThrow(PolicyDataError);
  });

  it('name a quote that is not in its source text', () => {
    const dir = copyWith('elderly-service-subsidy.yaml', (t) => t.replaceAll('quote: 90周岁以上提升至每人每月120元', 'quote: 90周岁以上提升至每人每月150元'));
    const sources = mkdtempSync(join(tmpdir(), 'sources-'));
    temps.push(sources);
    writeFileSync(join(sources, '001_623104bc23165aea.txt'), '80-89\n\n周岁老人养老服务补贴标准提升至每人每月 70 元，90 周岁以上提升至每人每月 120 元');
    const { problems } = checkQuotes(loadPolicies(dir), sources);
    expect(problems.filter((p) => p.includes('150元')).map((p) => /参数 ([\w-]+)/.exec(p)?.[1])).toEqual(['higher-age', 'higher-amount']);
    expect(problems.some((p) => p.includes('参数 amount ›'))).toBe(false);
  });

  it('name the document whose source text is missing, once', () => {
    const sources = mkdtempSync(join(tmpdir(), 'sources-'));
    temps.push(sources);
    cpSync(SOURCES, sources, { recursive: true });
    rmSync(join(sources, '003_e12f4bf9d243dfd3.txt'));
    const { problems } = checkQuotes(params, sources);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/documents\.yaml：文件 wz-mca-2019-181 › 字段 file：找不到原文 .*003_e12f4bf9d243dfd3\.txt/);
  });
});
