import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServiceCircleTargets, targetById, targetsValidator } from '../../../src/lib/data/targets.ts';

function rootWith(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'targets-'));
  mkdirSync(join(root, 'data/targets'), { recursive: true });
  writeFileSync(join(root, 'data/targets/service-circle.yaml'), yaml);
  return root;
}

describe('service-circle targets', () => {
  it('the shipped file holds the meal-service coverage target of 85% for 2027 and 70 canteens', () => {
    const targets = loadServiceCircleTargets();
    expect(targetById(targets, 'meal-service-community-coverage').values['2027']).toBe(85);
    expect(targetById(targets, 'meal-service-community-coverage').values['2026']).toBe(83);
    expect(targetById(targets, 'elder-canteens').values['2027']).toBe(70);
    for (const t of targets) expect(t.reference.docNumber).toBe('温瓯七优享办〔2023〕6号');
  });

  it('a percentage above 100 is refused with a Chinese message naming the file, the target and the field', () => {
    const broken = readFileSync('data/targets/service-circle.yaml', 'utf8').replace('"2027": 85', '"2027": 850');
    expect(() => loadServiceCircleTargets(rootWith(broken))).toThrow(/service-circle\.yaml：第 1 个目标的字段 values 有误：百分比不能超过 100/);
  });

  it('asking for a target the file lacks names the file and the id', () => {
    expect(() => targetById(loadServiceCircleTargets(), 'no-such')).toThrow(/缺少编号为 no-such 的目标/);
  });
});

describe('validating the targets file', () => {
  it('the shipped file passes', () => {
    expect(targetsValidator.run(process.cwd()).errors).toEqual([]);
  });

  it('a quote that is not in its source text fails, naming the file, the target and the field', () => {
    const root = rootWith(readFileSync('data/targets/service-circle.yaml', 'utf8').replace('建成老年食堂70家', '建成老年食堂80家'));
    cpSync('data/sources', join(root, 'data/sources'), { recursive: true });
    expect(targetsValidator.run(root).errors).toEqual([
      expect.stringMatching(/service-circle\.yaml：第 2 个目标（elder-canteens）的字段 reference\.quote：在原文 001_623104bc23165aea\.txt 中找不到 “到2027年，建成老年食堂80家/),
    ]);
  });

  it('a quote matches its source whatever the white space, as the table row in the source is spaced differently', () => {
    const root = rootWith(readFileSync('data/targets/service-circle.yaml', 'utf8').replace('quote: 5 助餐服务村（社区）覆盖率（%） 39 70 75 80 83 85', 'quote: 5助餐服务村（社区）覆盖率（%）39 70 75 80 83    85'));
    cpSync('data/sources', join(root, 'data/sources'), { recursive: true });
    expect(targetsValidator.run(root).errors).toEqual([]);
  });

  it('a file without the canteen target fails, naming the missing id', () => {
    const yaml = readFileSync('data/targets/service-circle.yaml', 'utf8').replace('id: elder-canteens', 'id: other-target');
    expect(targetsValidator.run(rootWith(yaml)).errors.join('\n')).toMatch(/缺少编号为 elder-canteens 的目标/);
  });
});
