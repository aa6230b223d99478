import { describe, expect, it } from 'vitest';
import { loadFacilities } from '../../src/lib/data/facilities.ts';
import { loadDistrict } from '../../src/lib/data/regions.ts';
import { communityCoverage, coverageIndexes } from '../../src/lib/directory/nearby.ts';
import { computeCoverage } from '../../src/lib/geo-ui/coverage.ts';
import { toMapFacility } from '../../src/lib/geo-ui/map-data.ts';
import { DEFAULT_PACE } from '../../src/lib/geo/pace.ts';

/**
 * The community and town pages (src/lib/directory) and the planners' page /coverage/ (src/lib/geo-ui)
 * answer the same question; without road data they must agree for every 村社 of the embedded data.
 */
describe('community coverage', () => {
  it('is the same on the community pages and on /coverage/ for all 197 villages and communities', async () => {
    const district = loadDistrict();
    const facilities = await loadFacilities();
    const planners = computeCoverage(district, facilities.map(toMapFacility), DEFAULT_PACE, null);
    const indexes = coverageIndexes(facilities);
    expect(planners.communities).toHaveLength(197);
    for (const row of planners.communities) {
      const page = communityCoverage(row.code, facilities, indexes, DEFAULT_PACE);
      if (row.status === 'no-care-centre') {
        expect(page.kind, row.name).toBe('no-point');
        continue;
      }
      expect(page.kind, row.name).toBe('point');
      if (page.kind !== 'point') continue;
      expect(page.canteen.inside, `${row.name}: meals`).toBe(row.meals !== null);
      // The point is the community's own centre, so the community page finds a centre in reach too.
      expect(page.careCentre.inside, `${row.name}: care centre`).toBe(true);
    }
  });

  it('counts the communities without a care centre from the facility list itself', async () => {
    const district = loadDistrict();
    const facilities = await loadFacilities();
    const { communities, summary } = computeCoverage(district, facilities.map(toMapFacility), DEFAULT_PACE, null);
    const withCentre = new Set(facilities.filter((f) => f.type === 'care-centre').map((f) => f.region.communityCode));
    const codes = district.towns.flatMap((t) => t.communities.map((c) => c.code));
    const without = codes.filter((code) => !withCentre.has(code));
    expect(summary.total).toBe(codes.length);
    expect(summary.withCareCentre).toBe(codes.length - without.length);
    expect(summary.mealsUnknown).toBe(without.length);
    expect(communities.filter((c) => c.status === 'no-care-centre').map((c) => c.code).sort()).toEqual([...without].sort());
    expect(summary.covered).toBe(communities.filter((c) => c.status === 'covered').length);
    // Without a care centre a community cannot be covered: its meals are unknown, not counted.
    expect(summary.withMeals).toBe(summary.covered);
  });
});
