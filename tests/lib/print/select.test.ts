import { describe, expect, it } from 'vitest';
import { communityPoint, maxReachMetres, nearestBeyond, ringMetres, selectForTown, selectNearby, townPoint, walkingMinutes } from '../../../src/lib/print/select.ts';
import type { Community, Town } from '../../../src/schemas/region.ts';
import { offset } from './fixtures.ts';
import { facility } from './facility-fixtures.ts';

const community: Community = { code: '330304002001', name: '测试社区', officialName: '测试社区居委会', kind: '社区' };
const other: Community = { code: '330304002002', name: '别的村', officialName: '别的村委会', kind: '村' };
const town: Town = { code: '330304002', name: '梧田街道', kind: '街道', centre: { lon: 120.653, lat: 27.975 }, centreSource: '测试', communities: [community, other] };
const here = { lon: 120.66, lat: 27.97 };

describe('the map centre of a community', () => {
  it("is the community's own care centre when the data has one", () => {
    const care = facility('care-centre', here);
    const point = communityPoint(community, town, [facility('town-centre', town.centre, { region: { districtCode: '330304', townCode: town.code } }), care]);
    expect(point.kind).toBe('care-centre');
    expect(point).toMatchObject({ lon: here.lon, lat: here.lat });
  });

  it("falls back to the town's home-care service centre when the community has no care centre", () => {
    const centre = facility('town-centre', offset(town.centre, 50, 10), { region: { districtCode: '330304', townCode: town.code } });
    const elsewhere = facility('care-centre', here, { region: { districtCode: '330304', townCode: town.code, communityCode: other.code } });
    const point = communityPoint(community, town, [centre, elsewhere]);
    expect(point.kind).toBe('town-centre-facility');
    expect(point).toMatchObject({ lon: centre.location.lon, lat: centre.location.lat });
  });

  it("falls back to the town's approximate centre from the division data, never a made-up point", () => {
    const point = communityPoint(community, town, [facility('canteen', here)]);
    expect(point).toEqual({ kind: 'town-centre-approx', lon: town.centre.lon, lat: town.centre.lat });
    expect(townPoint(town, []).kind).toBe('town-centre-approx');
  });
});

describe('the facilities on a community map', () => {
  it('are those within 15 minutes at 0.8 m/s (720 m, straight line), nearest first', () => {
    expect(maxReachMetres()).toBe(720);
    expect(ringMetres()).toEqual([
      { minutes: 5, metres: 240 },
      { minutes: 10, metres: 480 },
      { minutes: 15, metres: 720 },
    ]);
    const inside = facility('canteen', offset(here, 719, 30));
    const outside = facility('canteen', offset(here, 721, 30));
    const near = facility('care-home', offset(here, 100, 200));
    const mid = facility('health-partner', offset(here, 400, 300));
    const { listed, more } = selectNearby(here, [inside, outside, mid, near]);
    expect(listed.map((n) => n.facility.id)).toEqual([near.id, mid.id, inside.id]);
    expect(more).toEqual([]);
    expect(listed[0]?.metres).toBeCloseTo(100, 0);
  });

  it('lists at most the cap and keeps the rest for the web page', () => {
    const many = Array.from({ length: 5 }, (_, i) => facility('canteen', offset(here, 100 * (i + 1), 90)));
    const { listed, more } = selectNearby(here, many, 720, 3);
    expect(listed.map((n) => n.facility.id)).toEqual(many.slice(0, 3).map((f) => f.id));
    expect(more.map((n) => n.facility.id)).toEqual(many.slice(3).map((f) => f.id));
  });

  it('names the nearest facility beyond reach when nothing is in reach', () => {
    const far = facility('canteen', offset(here, 900, 0));
    const farther = facility('canteen', offset(here, 2000, 0));
    expect(selectNearby(here, [far, farther]).listed).toEqual([]);
    expect(nearestBeyond(here, [farther, far])?.facility.id).toBe(far.id);
  });

  it('rounds walking minutes up at 0.8 m/s', () => {
    expect(walkingMinutes(0)).toBe(0);
    expect(walkingMinutes(48)).toBe(1);
    expect(walkingMinutes(49)).toBe(2);
    expect(walkingMinutes(720)).toBe(15);
  });
});

describe('the facilities on a town map', () => {
  it("are the town's own facilities, nearest first from the town's point", () => {
    const region = { districtCode: '330304', townCode: town.code };
    const centre = facility('town-centre', town.centre, { region });
    const a = facility('canteen', offset(town.centre, 3000, 0), { region });
    const b = facility('care-home', offset(town.centre, 1000, 0), { region });
    const foreign = facility('canteen', offset(town.centre, 200, 0), { region: { districtCode: '330304', townCode: '330304001' } });
    const { point, selection } = selectForTown(town, [a, foreign, b, centre]);
    expect(point.kind).toBe('town-centre-facility');
    expect(selection.listed.map((n) => n.facility.id)).toEqual([centre.id, b.id, a.id]);
  });
});
