import { describe, expect, it } from 'vitest';
import { createWalkGraph } from '../../../src/lib/geo/graph.ts';
import { DEFAULT_PACE } from '../../../src/lib/geo/pace.ts';
import { computeCoverage, percentText } from '../../../src/lib/geo-ui/coverage.ts';
import type { District } from '../../../src/schemas/region.ts';
import { eastOf, facility, HOME } from './fixtures.ts';
import { METRES_PER_DEGREE } from '../../../src/lib/geo/distance.ts';

const district: District = {
  code: '330304',
  name: '瓯海区',
  city: '温州市',
  province: '浙江省',
  edition: 'test',
  source: 'test',
  towns: [
    {
      code: '330304004',
      name: '茶山街道',
      kind: '街道',
      centre: { lon: 120.715, lat: 27.92 },
      centreSource: 'test',
      communities: [
        { code: '330304004001', name: '甲村', officialName: '甲村委会', kind: '村' },
        { code: '330304004002', name: '乙村', officialName: '乙村委会', kind: '村' },
        { code: '330304004003', name: '丙村', officialName: '丙村委会', kind: '村' },
      ],
    },
  ],
};

// 甲村's care centre is at HOME with a canteen 200 m east (3.3 min at 1.0 m/s, well inside 15 min at 0.8 m/s);
// 乙村's care centre is 5 km away with nothing near; 丙村 has no care centre at all.
const facilities = [
  facility('cc-jia', 'care-centre', HOME, { communityCode: '330304004001' }),
  facility('canteen-east', 'canteen', eastOf(200)),
  facility('cc-yi', 'care-centre', eastOf(5000), { communityCode: '330304004002' }),
];

describe('coverage of communities', () => {
  it('a community with its own care centre and a canteen in reach is covered; one without a canteen lacks meals', () => {
    const { communities } = computeCoverage(district, facilities, DEFAULT_PACE);
    expect(communities.map((c) => [c.name, c.status])).toEqual([
      ['甲村', 'covered'],
      ['乙村', 'no-meals'],
      ['丙村', 'no-care-centre'],
    ]);
    expect(communities[0]!.meals?.facility.id).toBe('canteen-east');
    expect(communities[0]!.meals?.metres).toBeCloseTo(200, 0);
    expect(communities[1]!.meals).toBeNull();
    expect(communities[1]!.mealsKnown).toBe(true);
  });

  it('the care criterion is met by the community’s own centre, which is also its point', () => {
    const [jia, yi] = computeCoverage(district, facilities, DEFAULT_PACE).communities;
    expect(jia!.careCentre?.id).toBe('cc-jia');
    expect(yi!.careCentre?.id).toBe('cc-yi');
  });

  it('a community without a care centre is listed as having none, and its meals as unknown, not guessed from its town centre', () => {
    const withTownCentre = [...facilities, facility('tc', 'town-centre', HOME, { meals: true })];
    const bing = computeCoverage(district, withTownCentre, DEFAULT_PACE).communities[2]!;
    expect(bing).toMatchObject({ careCentre: null, meals: null, mealsKnown: false, status: 'no-care-centre' });
  });

  it('a centre that serves meals counts as a meal service', () => {
    const withMeals = [facility('cc-yi', 'care-centre', eastOf(5000), { communityCode: '330304004002', meals: true })];
    expect(computeCoverage(district, withMeals, DEFAULT_PACE).communities[1]!.status).toBe('covered');
  });

  it('a canteen just beyond 15 minutes at the elder pace does not count, one just inside does', () => {
    // 720 m at 0.8 m/s; 1 m either side.
    const at = (metres: number) => computeCoverage(district, [facility('cc-jia', 'care-centre', HOME, { communityCode: '330304004001' }), facility('c', 'canteen', eastOf(metres))], DEFAULT_PACE);
    expect(at(719).communities[0]!.status).toBe('covered');
    expect(at(721).communities[0]!.status).toBe('no-meals');
  });

  it('the summary counts every community once, those without a care centre included', () => {
    expect(computeCoverage(district, facilities, DEFAULT_PACE).summary).toEqual({ total: 3, withCareCentre: 2, withMeals: 1, mealsUnknown: 1, covered: 1 });
  });

  it('shares are printed with one decimal, none when whole', () => {
    expect(percentText(1, 3)).toBe('33.3');
    expect(percentText(1, 2)).toBe('50');
    expect(percentText(0, 0)).toBe('0');
  });

  it('with a road graph, a canteen across a river with a far bridge leaves the community without meals although it is close in a straight line', () => {
    // Streets: north from home 1000 m, across a bridge 200 m east, back south 1000 m to the canteen.
    const north = 1000 / METRES_PER_DEGREE;
    const lon = new Float64Array([HOME.lon, HOME.lon, eastOf(200).lon, eastOf(200).lon]);
    const lat = new Float64Array([HOME.lat, HOME.lat + north, HOME.lat + north, HOME.lat]);
    const graph = createWalkGraph(lon, lat, new Uint32Array([0, 1, 2]), new Uint32Array([1, 2, 3]));
    const jia = computeCoverage(district, facilities, DEFAULT_PACE, graph).communities[0]!;
    expect(jia.method).toBe('walking-network');
    expect(jia.meals).toBeNull();
    expect(jia.status).toBe('no-meals');
  });
});
