import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BENEFIT_IDS } from '../../src/lib/eligibility/types.ts';

const ROOT = join(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const dir = mkdtempSync(join(tmpdir(), 'eligibility-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = {
  birthDate: '1937-03-04',
  hukou: 'ouhai',
  residence: 'ouhai',
  familyStatus: ['dibao'],
  careNeed: 'severe',
  supporter: 'able',
  livesAlone: true,
  rural: true,
  adaptationCost: 20000,
};

let n = 0;
function run(args: string[], answers?: unknown) {
  const file = join(dir, `answers-${n++}.json`);
  if (answers !== undefined) writeFileSync(file, typeof answers === 'string' ? answers : JSON.stringify(answers));
  const r = spawnSync(NODE, ['scripts/eligibility.ts', ...args.map((a) => (a === '@file' ? file : a))], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each test starts a Node process; on a busy machine that can take longer than vitest's 5 s default.
describe('the eligibility CLI', { timeout: 30_000 }, () => {
  it('prints only JSON in the exact shape of the contract, for every benefit id', () => {
    const r = run(['--date', '2027-03-04', '--answers', '@file'], base);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['date', 'results']);
    expect(out.date).toBe('2027-03-04');
    const results = out.results as Record<string, unknown>[];
    expect(results.map((x) => x.benefit)).toEqual([...BENEFIT_IDS]);
    for (const x of results) {
      expect(Object.keys(x)).toEqual(['benefit', 'eligible', 'amount', 'reasons', 'sources']);
      expect(['yes', 'no', 'maybe']).toContain(x.eligible);
      if (x.amount !== null) {
        const amount = x.amount as Record<string, unknown>;
        expect(Object.keys(amount)).toEqual(['value', 'unit']);
        expect(typeof amount.value).toBe('number');
        expect(['CNY/month', 'hours/month', 'CNY']).toContain(amount.unit);
      }
      expect((x.reasons as unknown[]).length).toBeGreaterThan(0);
      for (const s of x.reasons as unknown[]) expect(typeof s).toBe('string');
      expect((x.sources as unknown[]).length).toBeGreaterThan(0);
      for (const s of x.sources as string[]) expect(s).toMatch(/^《.+》（.+）.+：“.+”〔.+〕$/);
    }
  });

  it('gives 120 元 a month with its clause to an elder turning 90 on the date', () => {
    const out = JSON.parse(run(['--date', '2027-03-04', '--answers', '@file'], base).stdout);
    const subsidy = out.results[0];
    expect(subsidy).toMatchObject({ benefit: 'elderly-service-subsidy', eligible: 'yes', amount: { value: 120, unit: 'CNY/month' } });
    expect(subsidy.sources.join('\n')).toContain('温瓯七优享办〔2023〕6号');
    expect(subsidy.sources.join('\n')).toContain('90周岁以上提升至每人每月120元');
    expect(subsidy.reasons.join('\n')).toContain('提升至');
  });

  it('in 2026 gives 70 元 to an 89-year-old and says it is the standard the district set to reach by 2027', () => {
    const out = JSON.parse(run(['--date', '2026-11-22', '--answers', '@file'], base).stdout);
    expect(out.results[0]).toMatchObject({ eligible: 'yes', amount: { value: 70, unit: 'CNY/month' } });
    expect(out.results[0].reasons.join('\n')).toContain('到 2027 年要达到的标准');
  });

  it('says the 70 元 is the plan\'s standard to reach by 2027 and that what is paid now follows local rules', () => {
    const reasons: string = JSON.parse(run(['--date', '2026-11-22', '--answers', '@file'], base).stdout).results[0].reasons.join('\n');
    expect(reasons).toContain('2023-05-23 印发的方案把这个数定为到 2027 年要达到的标准（原文：“80-89周岁老人养老服务补贴标准提升至每人每月70元”）');
    expect(reasons).toContain('现在实际发多少，以当地规定为准，请咨询所在村社或街道');
  });

  it('before the plan was issued, does not call its issue date the start of a new standard', () => {
    const reasons: string = JSON.parse(run(['--date', '2023-05-01', '--answers', '@file'], base).stdout).results[0].reasons.join('\n');
    expect(reasons).not.toContain('执行新标准');
    expect(reasons).toMatch(/2023-05-23 印发的方案把标准定为到 2027 年要达到的数（“提升至”），本站从 2023-05-23 起按此显示；现在实际发多少，以当地规定为准，请咨询所在村社或街道：从这天起符合，每月 70 元/);
  });

  it('tells the day before the 90th birthday that 120 元 starts on the birthday', () => {
    const out = JSON.parse(run(['--date', '2027-03-03', '--answers', '@file'], base).stdout);
    expect(out.results[0].amount).toEqual({ value: 70, unit: 'CNY/month' });
    expect(out.results[0].reasons.join('\n')).toContain('2027-03-04 满 90 周岁：从这天起符合，每月 120 元（到 2027 年要达到的标准，以当地规定为准）');
  });

  it('gives hours as the guaranteed minimum and the adaptation subsidy capped at 5000 元', () => {
    const out = JSON.parse(run(['--date', '2027-03-04', '--answers', '@file'], base).stdout);
    expect(out.results[1]).toMatchObject({ benefit: 'free-home-care-hours', eligible: 'yes', amount: { value: 45, unit: 'hours/month' } });
    expect(out.results[3]).toMatchObject({ benefit: 'home-adaptation-subsidy', eligible: 'maybe', amount: { value: 5000, unit: 'CNY' } });
  });

  it('exits with 2 and names the field when an answer is invalid', () => {
    const r = run(['--date', '2027-03-04', '--answers', '@file'], { ...base, hukou: 'beijing' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('hukou');
    expect(r.stderr).toContain('"beijing"');
  });

  it('exits with 2 and names a missing field', () => {
    const { supporter: _omit, ...rest } = base;
    const r = run(['--date', '2027-03-04', '--answers', '@file'], rest);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('supporter');
  });

  it('exits with 2 when the birth date is after the date asked about', () => {
    const r = run(['--date', '2020-01-01', '--answers', '@file'], { ...base, birthDate: '2021-01-01' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('birthDate');
  });

  it('exits with 2 and names --date when the date is not a real date', () => {
    const r = run(['--date', '2027-02-29', '--answers', '@file'], base);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date');
  });

  it('exits with 2 when the answers file is not JSON', () => {
    const r = run(['--date', '2027-03-04', '--answers', '@file'], '{ birthDate: 1937 ');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('JSON');
  });

  it('exits with 2 when --answers is missing', () => {
    const r = run(['--date', '2027-03-04']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--answers');
  });

  it('prints only JSON through npm run --silent', () => {
    const file = join(dir, 'npm.json');
    writeFileSync(file, JSON.stringify(base));
    const r = spawnSync('npm', ['run', '--silent', 'eligibility', '--', '--date', '2027-03-04', '--answers', file], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).date).toBe('2027-03-04');
  });
});

describe('the eligibility CLI on hostile or careless input', { timeout: 30_000 }, () => {
  it('refuses 100,000-deep nested JSON with exit 2 and a Chinese message, without a stack trace', () => {
    const r = run(['--date', '2027-03-04', '--answers', '@file'], `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/答案文件最多 \d+ 字节|嵌套了 \d+ 层/);
    expect(r.stderr).not.toMatch(/RangeError|at .*\.ts:\d+/);
  });

  it('refuses nesting deeper than the limit even in a small file', () => {
    const r = run(['--date', '2027-03-04', '--answers', '@file'], `{"birthDate":${'['.repeat(20)}${']'.repeat(20)}}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('嵌套了 21 层');
  });

  it('refuses a 6.5-million-item familyStatus quickly, on its size, before parsing it', () => {
    const huge = `{"birthDate":"1937-03-04","familyStatus":[${'"dibao",'.repeat(6_500_000)}"dibao"]}`;
    const r = run(['--date', '2027-03-04', '--answers', '@file'], huge);
    expect(r.code).toBe(2);
    // The size message comes before the file is read, so it was never parsed (parsing it took 89 s and 4 GB).
    expect(r.stderr).toContain('答案文件最多 65536 字节');
  });

  it('counts a family status named twice once, and refuses a list longer than every status twice over', () => {
    const twice = JSON.parse(run(['--date', '2027-03-04', '--answers', '@file'], { ...base, familyStatus: ['dibao', 'dibao'] }).stdout);
    const once = JSON.parse(run(['--date', '2027-03-04', '--answers', '@file'], base).stdout);
    expect(twice).toEqual(once);
    const long = run(['--date', '2027-03-04', '--answers', '@file'], { ...base, familyStatus: Array.from({ length: 17 }, () => 'dibao') });
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('字段 familyStatus：有 17 项，最多 16 项');
  });

  it('refuses a birth date before 1900 and one in the future', () => {
    const old = run(['--date', '2027-03-04', '--answers', '@file'], { ...base, birthDate: '1800-01-01' });
    expect(old.code).toBe(2);
    expect(old.stderr).toContain('出生日期 1800-01-01 早于 1900-01-01');
    const future = run(['--date', '2099-01-01', '--answers', '@file'], { ...base, birthDate: '2098-01-01' });
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/出生日期 2098-01-01 晚于今天/);
  });

  it('accepts a UTF-8 file with a byte-order mark', () => {
    const r = run(['--date', '2027-03-04', '--answers', '@file'], `\uFEFF${JSON.stringify(base)}`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).date).toBe('2027-03-04');
  });
});
