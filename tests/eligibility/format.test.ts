import { describe, expect, it } from 'vitest';
import { amountNote, amountNoteShort, changeText, evaluateBenefit, toContract } from '../../src/lib/eligibility/index.ts';
import { evaluate } from '../../src/lib/eligibility/evaluate.ts';
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
    expect(amountNote(messages('en'), r.amountValue, 'en')).toMatch(/Standard to reach by 2027.*follows local rules/);
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

describe('the target wording travels with every amount', () => {
  const turning80: Answers = { ...elder, birthDate: '1946-12-10', familyStatus: [], careNeed: 'none', rural: false, adaptationCost: undefined };

  it('in the coming change “满 80 周岁：从这天起符合，每月 70 元”', () => {
    const r = evaluateBenefit('elderly-service-subsidy', turning80, '2026-12-03', params);
    const change = r.upcoming.find((c) => c.date === '2026-12-10');
    if (!change) throw new Error('no change');
    expect(changeText(messages('zh-CN'), change, 'zh-CN')).toBe('2026-12-10 满 80 周岁：从这天起符合，每月 70 元（到 2027 年要达到的标准，以当地规定为准）');
    expect(changeText(messages('en'), change, 'en')).toBe('Turns 80 on 2026-12-10: from that day, Eligible, 70 yuan a month (the standard to reach by 2027; local rules decide what is paid now)');
  });

  it('in the change to 120 元 on the 90th birthday', () => {
    const change = evaluateBenefit('elderly-service-subsidy', elder, '2027-03-03', params).upcoming[0];
    if (!change) throw new Error('no change');
    expect(changeText(messages('zh-CN'), change, 'zh-CN')).toContain('每月 120 元（到 2027 年要达到的标准，以当地规定为准）');
  });

  it('in the CLI reasons, for the amount now and for the change ahead', () => {
    const reasons = toContract(evaluate(turning80, '2026-12-03', params), messages('zh-CN')).results[0]?.reasons ?? [];
    expect(reasons).toContain('说明：2026-12-10 满 80 周岁：从这天起符合，每月 70 元（到 2027 年要达到的标准，以当地规定为准）');
  });

  it('in short form for the summary, and not for a rule in force', () => {
    const zh = messages('zh-CN');
    expect(amountNoteShort(zh, evaluateBenefit('elderly-service-subsidy', elder, '2026-11-30', params).amountValue, 'zh-CN')).toBe("到 2027 年要达到的标准，以当地规定为准");
    expect(amountNoteShort(zh, evaluateBenefit('free-home-care-hours', elder, '2026-11-30', params).amountValue, 'zh-CN')).toBe('依据征求意见稿，以正式文件为准');
    expect(amountNoteShort(zh, evaluateBenefit('home-adaptation-subsidy', elder, '2026-11-30', params).amountValue, 'zh-CN')).toBe('');
  });
});
