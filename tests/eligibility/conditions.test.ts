import { describe, expect, it } from 'vitest';
import { condition, decide } from '../../src/lib/eligibility/conditions.ts';
import { evaluateBenefit, reasonText } from '../../src/lib/eligibility/index.ts';
import { valueOn } from '../../src/lib/eligibility/params.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { messages, params } from './policies.ts';

const reading = valueOn(params, 'home-adaptation-subsidy', 'district-advanced-age', '2026-11-22');
const explicit = valueOn(params, 'emergency-call-service', 'min-age', '2026-11-22');

describe('a condition resting on the site\'s own reading of a vague term', () => {
  it('uses real data: 高龄 is a site reading and the 一键通 age is not', () => {
    expect(reading?.basis).toBe('site-reading');
    expect(explicit?.basis).toBe('in-force');
  });

  it('is never "missed": a miss becomes unknown, under a message that says why and whom to ask', () => {
    const c = condition('missed', 'adaptation.district.missed', { age: 79, min: 80, statuses: [] }, [reading]);
    expect(c.outcome).toBe('unknown');
    expect(c.key).toBe('eligibility.reason.adaptation.district.missed.reading');
    expect(decide([c])).toBe('maybe');
  });

  it('is never "met" either', () => {
    expect(condition('met', 'adaptation.district.aged', { age: 85, min: 80 }, [reading]).outcome).toBe('unknown');
  });

  it('stays missed when it rests only on what the source says outright', () => {
    const c = condition('missed', 'age.missed', { age: 79, min: 80, date: '2027-01-01' }, [explicit]);
    expect(c.outcome).toBe('missed');
    expect(decide([c])).toBe('no');
  });

  it('every message for such a miss tells the reader to check with the village or street office', () => {
    const zh = messages('zh-CN');
    const en = messages('en');
    const keys = Object.keys(zh).filter((k) => k.startsWith('eligibility.reason.') && k.endsWith('.reading'));
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      expect(zh[k], k).toContain('请向村社或街道确认');
      expect(en[k], k).toMatch(/ask your village, community or street office/);
    }
  });
});

describe('before a rule exists', () => {
  const elder: Answers = { birthDate: '1930-01-01', hukou: 'ouhai', residence: 'ouhai', familyStatus: [], careNeed: 'none', supporter: 'able', livesAlone: false, rural: false };

  it('an elder old enough is told the answer is unknown and whom to ask, in both languages', () => {
    const r = evaluateBenefit('emergency-call-service', elder, '2019-07-01', params);
    expect(r.eligible).toBe('maybe');
    const reason = r.reasons.find((x) => x.key === 'eligibility.reason.noRuleYet');
    expect(reason).toBeDefined();
    if (!reason) return;
    expect(reasonText(messages('zh-CN'), reason, 'zh-CN')).toMatch(/2019-07-02.*请咨询所在村社或街道/);
    expect(reasonText(messages('en'), reason, 'en')).toMatch(/2019-07-02.*ask your village or community office/);
  });
});
