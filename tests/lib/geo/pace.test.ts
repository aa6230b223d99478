import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PACE,
  LIFE_CIRCLE_DISTANCES,
  metresToMinutes,
  minutesToMetres,
  PACE_PRESETS,
  paceById,
  RING_MINUTES,
} from '../../../src/lib/geo/pace.ts';

describe('walking paces', () => {
  it('the default pace is the elder pace of 0.8 m/s, so 15 minutes is 720 m', () => {
    expect(DEFAULT_PACE.id).toBe('elder');
    expect(DEFAULT_PACE.metresPerSecond).toBe(0.8);
    expect(minutesToMetres(15, DEFAULT_PACE)).toBeCloseTo(720, 9);
  });

  it('the walking-aid pace of 0.6 m/s gives 540 m in 15 minutes and the standard pace 900 m', () => {
    expect(minutesToMetres(15, paceById('walking-aid') ?? 0)).toBeCloseTo(540, 9);
    expect(minutesToMetres(15, paceById('standard') ?? 0)).toBeCloseTo(900, 9);
  });

  it('a plain number is taken as metres per second', () => {
    expect(minutesToMetres(10, 1.2)).toBeCloseTo(720, 9);
    expect(metresToMinutes(720, 1.2)).toBeCloseTo(10, 9);
  });

  it('metres to minutes undoes minutes to metres for every preset', () => {
    for (const pace of PACE_PRESETS) {
      for (const minutes of [0, 1, 5, 7.5, 10, 15, 42]) {
        expect(metresToMinutes(minutesToMetres(minutes, pace), pace)).toBeCloseTo(minutes, 9);
      }
    }
  });

  it('a pace that is zero, negative or not a number is refused with a Chinese message', () => {
    for (const bad of [0, -0.8, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => minutesToMetres(15, bad)).toThrow(/步速/);
      expect(() => metresToMinutes(100, bad)).toThrow(/步速/);
    }
  });

  it('every preset has a unique id, a positive pace, labels in both languages and source text', () => {
    expect(new Set(PACE_PRESETS.map((p) => p.id)).size).toBe(PACE_PRESETS.length);
    for (const p of PACE_PRESETS) {
      expect(p.metresPerSecond).toBeGreaterThan(0);
      expect(p.labelZh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.labelEn.length).toBeGreaterThan(3);
      expect(p.sourceZh.length).toBeGreaterThan(10);
      expect(p.sourceEn.length).toBeGreaterThan(10);
      expect(p.labelZh).toContain(String(p.metresPerSecond));
    }
  });

  it('the elder default sits below the 0.92 m/s 15th-percentile speed of older pedestrians that its source cites', () => {
    expect(DEFAULT_PACE.sourceEn).toContain('0.92 m/s');
    expect(DEFAULT_PACE.metresPerSecond).toBeLessThan(0.92);
  });

  it('the ring minutes are 5, 10 and 15, matching the life circles of GB 50180-2018', () => {
    expect([...RING_MINUTES]).toEqual([5, 10, 15]);
    expect(LIFE_CIRCLE_DISTANCES.map((c) => c.minutes)).toEqual([5, 10, 15]);
    expect(LIFE_CIRCLE_DISTANCES.map((c) => [c.minMetres, c.maxMetres])).toEqual([
      [300, 300],
      [500, 500],
      [800, 1000],
    ]);
  });

  it('only the walking-aid pace avoids steps', () => {
    expect(PACE_PRESETS.filter((p) => p.avoidSteps).map((p) => p.id)).toEqual(['walking-aid']);
  });

  it('an unknown pace id finds nothing', () => {
    expect(paceById('running')).toBeUndefined();
  });
});
