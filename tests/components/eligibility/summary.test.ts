import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/eligibility/index.ts';
import type { Answers } from '../../../src/schemas/answers.ts';
import { papersToBring, summaryLine } from '../../../src/components/eligibility/summary.ts';
import { packPlaces, slipCentre, unpackPlaces, whomToAsk, type WizardPlaces } from '../../../src/components/eligibility/places.ts';
import { messages, params } from '../../eligibility/policies.ts';

const zh = messages('zh-CN');
const en = messages('en');
/** 85 on 2026-12-03, rural, 低保, severe disability, planning 20000 元 of work. */
const full: Answers = { birthDate: '1941-06-15', hukou: 'ouhai', residence: 'ouhai', familyStatus: ['dibao'], careNeed: 'severe', supporter: 'able', livesAlone: false, rural: true, adaptationCost: 20000 };
const lineOf = (answers: Answers, date: string, benefit: string, lang: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = evaluate(answers, date, params).results.find((x) => x.benefit === benefit);
  if (!r) throw new Error(benefit);
  return summaryLine(lang === 'en' ? en : zh, r, lang);
};

describe('the one-screen summary', () => {
  it('gives the subsidy now, from when it changes, and the target wording once for both amounts', () => {
    expect(lineOf(full, '2026-12-03', 'elderly-service-subsidy')).toEqual({
      benefit: 'elderly-service-subsidy',
      title: '养老服务补贴',
      eligible: 'yes',
      amount: '每月 70 元',
      next: '2031-06-15 起每月 120 元',
      note: '到 2027 年要达到的标准，以当地规定为准',
    });
    expect(lineOf(full, '2026-12-03', 'elderly-service-subsidy', 'en')).toMatchObject({ amount: '70 yuan a month', next: 'from 2031-06-15, 120 yuan a month', note: 'the standard to reach by 2027; local rules decide what is paid now' });
  });

  it('says the hours come from a draft', () => {
    expect(lineOf(full, '2026-12-03', 'free-home-care-hours')).toMatchObject({ amount: '每月不少于 45 小时', next: '', note: '依据征求意见稿，以正式文件为准' });
  });

  it('gives an amount in force with no note', () => {
    expect(lineOf(full, '2026-12-03', 'home-adaptation-subsidy')).toMatchObject({ eligible: 'maybe', amount: '5000 元', note: '' });
  });

  it('says from when someone not yet eligible becomes eligible, with the wording of the amount ahead', () => {
    const younger: Answers = { ...full, birthDate: '1946-12-10' };
    expect(lineOf(younger, '2026-12-03', 'elderly-service-subsidy')).toMatchObject({ eligible: 'no', amount: '', next: '2026-12-10 起符合，每月 70 元', note: '到 2027 年要达到的标准，以当地规定为准' });
  });

  it('lists each paper once, and a family-status certificate only when a status was ticked', () => {
    const evaluation = evaluate(full, '2026-12-03', params);
    expect(papersToBring(evaluation, full, 'zh-CN')).toEqual(['身份证', '户口簿', '家庭身份证明', '失能失智评估结果', '改造报价单']);
    const plain: Answers = { ...full, familyStatus: [], careNeed: 'none', adaptationCost: undefined };
    expect(papersToBring(evaluate(plain, '2026-12-03', params), plain, 'zh-CN')).toEqual(['身份证', '户口簿']);
  });
});

const places: WizardPlaces = {
  towns: [
    {
      code: '330304001',
      name: '景山街道',
      communities: [
        { code: '330304001002', name: '繁荣社区' },
        { code: '330304001003', name: '景山社区' },
      ],
      centre: { name: '景山街道居家养老服务中心', address: '示例路2号', phones: ['0577-1', '0577-2'], sample: true, path: '/facilities/town-centre-jingshan/' },
    },
    { code: '330304005', name: '娄桥街道', communities: [{ code: '330304005001', name: '娄桥社区' }] },
  ],
  careCentres: { '330304001002': { name: '繁荣社区居家养老服务照料中心', address: '示例路28号', phones: ['0577-19'], sample: false, path: '/facilities/care-1/' } },
};

describe('whom to ask', () => {
  it('survives packing for the page unchanged, and a “|” in a name does not split it', () => {
    expect(unpackPlaces(packPlaces(places))).toEqual(places);
    const odd = structuredClone(places);
    odd.towns[0]!.communities[0]!.name = '繁荣|社区';
    expect(unpackPlaces(packPlaces(odd)).towns[0]?.communities[0]?.name).toBe('繁荣｜社区');
  });

  it('is the community care centre, with the town centre beside it, when both are in the data', () => {
    const whom = whomToAsk(places, 'ouhai', '330304001', '330304001002');
    expect(whom).toMatchObject({ kind: 'place', careCentre: { name: '繁荣社区居家养老服务照料中心' }, townCentre: { name: '景山街道居家养老服务中心' } });
    expect(slipCentre(whom)?.name).toBe('繁荣社区居家养老服务照料中心');
  });

  it('is the town centre for a community without a care centre, and nothing for a town without one', () => {
    expect(slipCentre(whomToAsk(places, 'ouhai', '330304001', '330304001003'))?.name).toBe('景山街道居家养老服务中心');
    expect(slipCentre(whomToAsk(places, 'ouhai', '330304005', '330304005001'))).toBeUndefined();
  });

  it('is the local offices for someone living outside Ouhai, and unknown when no street is chosen', () => {
    expect(whomToAsk(places, 'wenzhou', '330304001', '330304001002')).toEqual({ kind: 'outside' });
    expect(whomToAsk(places, 'ouhai', '', '')).toEqual({ kind: 'unknown' });
    expect(whomToAsk(places, 'unknown', '330304001', '')).toEqual({ kind: 'unknown' });
  });
});
