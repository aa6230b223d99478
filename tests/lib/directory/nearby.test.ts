import { describe, expect, test } from 'vitest';
import {
  circleMetres,
  communityCoverage,
  communityPoint,
  coverageIndexes,
  indexFacilities,
  nearbyFacilities,
  servesMeals,
  walkMinutes,
} from '../../../src/lib/directory/nearby.ts';
import { DEFAULT_PACE, PACE_PRESETS } from '../../../src/lib/geo/pace.ts';
import { facilityAt } from '../../fixtures/facilities.ts';

const COMMUNITY = '330304004001';
// Distances are laid along one parallel; the geo library's haversine agrees with them to well under a metre.
const TOLERANCE_METRES = 1;

describe('the 15-minute circle at the default elder pace', () => {
  test('is 720 m in a straight line at 0.8 m/s', () => {
    expect(DEFAULT_PACE.metresPerSecond).toBe(0.8);
    expect(circleMetres()).toBe(720);
  });

  test('rounds walking minutes up, at least 1: 650 m is 14 minutes, 680 m is 15, 0 m is 1', () => {
    expect(walkMinutes(0)).toBe(1);
    expect(walkMinutes(650)).toBe(14);
    expect(walkMinutes(680)).toBe(15);
    expect(walkMinutes(720)).toBe(15);
  });
});

describe('what else lies within 15 minutes of a facility', () => {
  const home = facilityAt('home', 'care-centre', 0, COMMUNITY);
  const near = facilityAt('near', 'canteen', 300);
  const edge = facilityAt('edge', 'care-home', 715);
  const far = facilityAt('far', 'town-centre', 730);
  const index = indexFacilities([far, home, edge, near]);

  test('lists the others inside 720 m, nearest first, and leaves the facility itself out', () => {
    const result = nearbyFacilities(index, home);
    expect(result.map((n) => n.facility.id)).toEqual(['near', 'edge']);
    expect(result[0]?.metres).toBeCloseTo(300, -Math.log10(TOLERANCE_METRES));
    expect(result[0]?.minutes).toBe(7);
  });

  test('reaches further at a faster pace and less far at a slower one', () => {
    const standard = PACE_PRESETS.find((p) => p.id === 'standard');
    const aid = PACE_PRESETS.find((p) => p.id === 'walking-aid');
    if (!standard || !aid) throw new Error('pace presets missing');
    expect(nearbyFacilities(index, home, standard).map((n) => n.facility.id)).toEqual(['near', 'edge', 'far']);
    expect(nearbyFacilities(index, home, aid).map((n) => n.facility.id)).toEqual(['near']);
  });
});

describe('whether a community is inside the circle of a canteen and a care centre', () => {
  test('a community without a care centre has no point, and no answer is guessed', () => {
    const facilities = [facilityAt('canteen-a', 'canteen', 100)];
    expect(communityCoverage(COMMUNITY, facilities, coverageIndexes(facilities))).toEqual({ kind: 'no-point' });
  });

  test('the point is the community’s own care centre, the first by id when it has two', () => {
    const facilities = [facilityAt('cc-b', 'care-centre', 50, COMMUNITY), facilityAt('cc-a', 'care-centre', 0, COMMUNITY), facilityAt('cc-other', 'care-centre', 10, '330304004002')];
    expect(communityPoint(COMMUNITY, facilities)?.id).toBe('cc-a');
  });

  test('a canteen 700 m away is inside, one 740 m away is not, and the nearest is named either way', () => {
    const centre = facilityAt('cc', 'care-centre', 0, COMMUNITY);
    const inside = [centre, facilityAt('canteen-in', 'canteen', 700)];
    const outside = [centre, facilityAt('canteen-out', 'canteen', 740)];
    const a = communityCoverage(COMMUNITY, inside, coverageIndexes(inside));
    const b = communityCoverage(COMMUNITY, outside, coverageIndexes(outside));
    if (a.kind !== 'point' || b.kind !== 'point') throw new Error('expected a point');
    expect(a.canteen.inside).toBe(true);
    expect(a.canteen.nearest?.facility.id).toBe('canteen-in');
    expect(b.canteen.inside).toBe(false);
    expect(b.canteen.nearest?.facility.id).toBe('canteen-out');
    expect(b.canteen.nearest?.minutes).toBe(16);
    // Its own care centre is where the point is.
    expect(a.careCentre).toMatchObject({ inside: true, nearest: { facility: { id: 'cc' }, metres: 0 } });
  });

  test('with no canteen in the data, the answer is “not inside” and names none', () => {
    const facilities = [facilityAt('cc', 'care-centre', 0, COMMUNITY)];
    const coverage = communityCoverage(COMMUNITY, facilities, coverageIndexes(facilities));
    expect(coverage.kind === 'point' && coverage.canteen).toEqual({ inside: false });
  });

  test('centres that serve meals count as canteens', () => {
    const centre = facilityAt('tc', 'town-centre', 0);
    expect(servesMeals(centre)).toBe(false);
    expect(servesMeals({ ...centre, canteen: { meals: ['lunch'], tierPrices: [], delivery: true } })).toBe(true);
    expect(servesMeals(facilityAt('c1', 'canteen', 0))).toBe(true);
  });
});
