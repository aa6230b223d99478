import { describe, expect, it } from 'vitest';
import { buildWalkGraph } from '../../../src/lib/geo/roads.ts';
import { facilityReach } from '../../../src/lib/geo/reach.ts';
import { PACE_PRESETS, paceById } from '../../../src/lib/geo/pace.ts';
import { paceOptions, walkingReach } from '../../../src/lib/geo-ui/pace-options.ts';
import { at, lineFeature, loadRiver } from '../../fixtures/geo/river.ts';

const TOL = 1;

describe('pace options for the map page', () => {
  it('each option keeps its preset’s step rule, so the walking-aid pace avoids steps and the others do not', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const options = paceOptions(lang);
      expect(options.map((o) => o.id)).toEqual(PACE_PRESETS.map((p) => p.id));
      for (const option of options) expect(option.avoidSteps, option.id).toBe(paceById(option.id)!.avoidSteps);
    }
    expect(paceOptions('zh-CN').find((o) => o.id === 'walking-aid')?.avoidSteps).toBe(true);
  });

  it('the walking search follows the pace’s step rule whatever the pace is called', () => {
    // The river fixture with a flight of steps over the river: 240 m with the steps, 1040 m round by the bridge.
    const river = loadRiver();
    river.features.push(
      lineFeature({ highway: 'steps' }, [
        [400, 0],
        [500, 0],
      ]),
    );
    const graph = buildWalkGraph(river, { source: 'test', generated: '' }).graph;
    const home = at(300, -20);
    const acrossRiver = at(500, -20);
    // 2 m/s: 1800 m in 15 minutes, far enough for both routes.
    const fast = { metresPerSecond: 2 };
    const withSteps = walkingReach(graph, home.lon, home.lat, { ...fast, avoidSteps: false })!;
    const withoutSteps = walkingReach(graph, home.lon, home.lat, { ...fast, avoidSteps: true })!;
    expect(Math.abs(facilityReach(withSteps, acrossRiver) - 240)).toBeLessThan(TOL);
    expect(Math.abs(facilityReach(withoutSteps, acrossRiver) - 1040)).toBeLessThan(TOL);
    expect(withSteps.limitMetres).toBe(1800);
  });
});
