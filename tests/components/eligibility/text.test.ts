import { describe, expect, it } from 'vitest';
import { scriptRuns } from '../../../src/components/Mixed.tsx';
import { howtoParams, valueText } from '../../../src/components/eligibility/values.ts';
import { messages, params } from '../../eligibility/policies.ts';

describe('Chinese runs in English text', () => {
  it('are split out so they can be marked lang="zh-CN"', () => {
    expect(scriptRuns('minimum-living-allowance family (低保)')).toEqual([
      { text: 'minimum-living-allowance family (', zh: false },
      { text: '低保', zh: true },
      { text: ')', zh: false },
    ]);
  });

  it('keep a document number together with its digits', () => {
    expect(scriptRuns('see 温瓯七优享办〔2023〕6号 now').filter((r) => r.zh).map((r) => r.text)).toEqual(['温瓯七优享办〔2023〕6号']);
  });

  it('leave text without Chinese alone', () => {
    expect(scriptRuns('Aged 90, at least 80')).toEqual([{ text: 'Aged 90, at least 80', zh: false }]);
  });
});

describe('rule values in words', () => {
  it('give amounts, ages and lists with their units', () => {
    const zh = messages('zh-CN');
    expect(valueText(zh, 'CNY/month', 120, 'zh-CN')).toBe('每月 120 元');
    expect(valueText(zh, 'years', 80, 'zh-CN')).toBe('80 周岁');
    expect(valueText(zh, 'percent', 30, 'zh-CN')).toBe('30%');
    expect(valueText(zh, 'family-statuses', ['dibao', 'tekun'], 'zh-CN')).toBe('低保家庭、特困人员');
    expect(valueText(messages('en'), 'hours/month', 45, 'en')).toBe('at least 45 hours a month');
  });

  it('take the figures of the plain-words summaries from the policy data', () => {
    const h = howtoParams(params);
    expect(h['elderly-service-subsidy']).toEqual({ min: 80, higher: 90, amount: 70, higherAmount: 120, from: '2023-05-23', year: 2027 });
    expect(h['home-adaptation-subsidy']).toEqual({ percent: 30, cap: 5000 });
    expect(h['free-home-care-hours']).toEqual({ elder: 60, severe: 45, moderate: 30 });
  });
});
