import { describe, expect, it } from 'vitest';
import { amountNote, evaluateBenefit } from '../../src/lib/eligibility/index.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { messages, params } from './policies.ts';

const elder: Answers = { birthDate: '1937-03-04', hukou: 'ouhai', residence: 'ouhai', familyStatus: ['dibao'], careNeed: 'severe', supporter: 'able', livesAlone: true, rural: true, adaptationCost: 20000 };

describe('the words beside an amount', () => {
  it('say the subsidy is the plan\'s standard to reach by 2027, in its own words, and that what is paid now follows local rules', () => {
    const r = evaluateBenefit('elderly-service-subsidy', elder, '2026-11-30', params);
    const zh = amountNote(messages('zh-CN'), r.amountValue, 'zh-CN');
    expect(zh).toContain('到 2027 年要达到的标准');
    expect(zh).toContain('2023-05-23 印发的方案原文“80-89周岁老人养老服务补贴标准提升至每人每月70元”');
    expect(zh).toContain('以当地规定为准，请咨询所在村社或街道');
    expect(amountNote(messages('en'), r.amountValue, 'en')).toMatch(/standard to reach by 2027.*follows local rules/);
  });

  it('say the free hours come from a draft for comment', () => {
    const r = evaluateBenefit('free-home-care-hours', elder, '2026-11-30', params);
    expect(amountNote(messages('zh-CN'), r.amountValue, 'zh-CN')).toMatch(/^依据是征求意见稿，原文“每月可以享受不少于四十五小时的免费居家养老服务”/);
  });

  it('are empty for an amount resting on a rule in force', () => {
    const r = evaluateBenefit('home-adaptation-subsidy', elder, '2026-11-30', params);
    expect(r.amountValue?.basis).toBe('in-force');
    expect(amountNote(messages('zh-CN'), r.amountValue, 'zh-CN')).toBe('');
  });
});
