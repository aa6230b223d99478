import { describe, expect, it } from 'vitest';
import { communityCoverage, coverageIndexes } from '../../../src/lib/directory/nearby.ts';
import { DEFAULT_PACE } from '../../../src/lib/geo/pace.ts';
import { CIHU_CENTRE, cihuStreetData } from '../../fixtures/osm/cihu.ts';
import { facility } from '../print/facility-fixtures.ts';

const data = cihuStreetData();
const CIHU = '330304002026';
const region = { districtCode: '330304', townCode: '330304002', communityCode: CIHU };
const care = facility('care-centre', CIHU_CENTRE, { region });
// 380 m east along 慈湖路 (fixture layout): walkable in 8 minutes.
const nearCanteen = facility('canteen', { lon: 120.648789, lat: 27.973011 }, { region });
// On 塘河南路 across 温瑞塘河, 340 m south in a straight line; the only bridge is 850 m east.
const acrossCanteen = facility('canteen', { lon: 120.64492, lat: 27.969953 }, { region });

describe('a community page with a road graph', () => {
  it('counts a canteen 380 m along the street as inside, measured along streets', () => {
    const all = [care, nearCanteen, acrossCanteen];
    const coverage = communityCoverage(CIHU, all, coverageIndexes(all), DEFAULT_PACE, data.graph);
    expect(coverage.kind === 'point' && coverage.canteen).toMatchObject({ inside: true, walked: true, nearest: { facility: { id: nearCanteen.id }, minutes: 8 } });
  });

  it('counts a canteen across the river as outside, naming it as cut off', () => {
    const all = [care, acrossCanteen];
    const coverage = communityCoverage(CIHU, all, coverageIndexes(all), DEFAULT_PACE, data.graph);
    expect(coverage.kind === 'point' && coverage.canteen).toMatchObject({ inside: false, walked: true, blocked: { facility: { id: acrossCanteen.id } } });
    const straight = communityCoverage(CIHU, all, coverageIndexes(all), DEFAULT_PACE);
    expect(straight.kind === 'point' && straight.canteen.inside).toBe(true);
    expect(straight.kind === 'point' && straight.canteen.walked).toBeUndefined();
  });
});
