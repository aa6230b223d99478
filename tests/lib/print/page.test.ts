import { describe, expect, it } from 'vitest';
import { loadDistrict } from '../../../src/lib/data/regions.ts';
import { buildMapPage, distanceText, printPath, shortAddress } from '../../../src/lib/print/page.ts';
import { qrSvg } from '../../../src/lib/print/qr.ts';
import { loadOutline } from '../../../src/lib/static-map/outline.ts';
import { PAPERS } from '../../../src/lib/print/paper.ts';
import type { Facility } from '../../../src/schemas/facility.ts';
import { offset } from './fixtures.ts';
import { facility } from './facility-fixtures.ts';
import { byClass, parseSvg } from './svg.ts';

const district = loadDistrict();
const maybeTown = district.towns.find((t) => t.code === '330304002');
const maybeCommunity = maybeTown?.communities[0];
if (!maybeTown || !maybeCommunity) throw new Error('梧田街道 missing from data/regions/ouhai.json');
const town = maybeTown;
const community = maybeCommunity;
const region = { districtCode: '330304', townCode: town.code, communityCode: community.code };
const site = new URL('https://example.org/');

function page(facilities: Facility[], code = community.code, paper = PAPERS.a4) {
  return buildMapPage({ lang: 'zh-CN', code, paper, district, facilities, outline: loadOutline(), site, sample: true, dataDate: '2026-03-01' });
}

describe('a community print page', () => {
  it("centres on the community's care centre and numbers the facilities within 15 minutes, nearest first", async () => {
    const care = facility('care-centre', town.centre, { region, name: '测试照料中心' });
    const canteen = facility('canteen', offset(town.centre, 300, 90), { region });
    const far = facility('care-home', offset(town.centre, 900, 0), { region });
    const model = await page([far, canteen, care]);
    expect(model.pointIsStandIn).toBe(false);
    expect(model.pointNote).toContain('测试照料中心');
    // The care centre is the ★: its row is marked ★, and it has no numbered marker of its own.
    expect(model.rows.map((r) => [r.mark, r.number, r.facility.id])).toEqual([
      ['star', undefined, care.id],
      ['numbered', 1, canteen.id],
    ]);
    expect(model.rows[0]?.distance).toEqual(['★处']);
    const svg = parseSvg(model.svg);
    expect(byClass(svg, 'pm-marker').map((m) => m.attrs['data-facility-id'])).toEqual([canteen.id]);
    expect(byClass(svg, 'pm-home')).toHaveLength(1);
    expect(model.more).toEqual([]);
    expect(model.moreNote).toBeUndefined();
  });

  it('names the nearest place serving meals beyond the rings as a row with its straight-line distance, not drawn on the map', async () => {
    const care = facility('care-centre', town.centre, { region });
    const home = facility('care-home', offset(town.centre, 300, 0), { region });
    const near = facility('canteen', offset(town.centre, 1800, 90), { region, name: '较近的老年食堂' });
    const far = facility('canteen', offset(town.centre, 2600, 90), { region, name: '更远的老年食堂' });
    const model = await page([far, near, home, care]);
    expect(model.rows.map((r) => [r.mark, r.number, r.facility.id])).toEqual([
      ['star', undefined, care.id],
      ['numbered', 1, home.id],
      ['beyond', undefined, near.id],
    ]);
    expect(model.rows[2]?.distance).toEqual(['1.8公里', '直线']);
    expect(model.rows[2]?.note).toBe('步行 15 分钟以外，图上没有画出：这是离★最近的供餐点。');
    expect(byClass(parseSvg(model.svg), 'pm-marker').map((m) => m.attrs['data-facility-id'])).toEqual([home.id]);
    expect(model.moreNote).toBeUndefined();
  });

  it('adds no meal row when the ★ or a numbered row serves meals', async () => {
    const withMeals = facility('care-centre', town.centre, { region, canteen: { meals: ['lunch'], delivery: null } });
    const farCanteen = facility('canteen', offset(town.centre, 1800, 90), { region });
    expect((await page([farCanteen, withMeals])).rows.map((r) => r.facility.id)).toEqual([withMeals.id]);
    const care = facility('care-centre', town.centre, { region });
    const canteen = facility('canteen', offset(town.centre, 200, 0), { region });
    expect((await page([farCanteen, canteen, care])).rows.map((r) => r.facility.id)).toEqual([care.id, canteen.id]);
  });

  it('keeps the nearest canteen in reach numbered and drawn when the rows before it do not all fit', async () => {
    const care = facility('care-centre', town.centre, { region });
    const homes = Array.from({ length: 14 }, (_, i) =>
      facility('care-home', offset(town.centre, 20 * (i + 1), i * 25), { region, name: `非常长的名字的养老机构第${i + 1}号（梧田街道测试社区综合服务楼内）`, phones: ['0577-88880001', '0577-88880002'] }),
    );
    const canteen = facility('canteen', offset(town.centre, 600, 180), { region, name: '范围内最远的老年食堂' });
    const model = await page([canteen, ...homes, care]);
    const last = model.rows.at(-1);
    expect(last?.facility.id).toBe(canteen.id);
    expect(last?.mark).toBe('numbered');
    expect(last?.number).toBe(model.rows.length - 1);
    expect(model.more.length, 'some homes did not fit').toBeGreaterThan(0);
    expect(model.more.map((m) => m.facility.id)).not.toContain(canteen.id);
    expect(model.moreNote).toContain(String(model.more.length));
    expect(byClass(parseSvg(model.svg), 'pm-marker').map((m) => m.attrs['data-facility-id'])).toContain(canteen.id);
  });

  it("names the town's home-care service centre and its phone, unless a row of the sheet is that centre", async () => {
    const townRegion = { districtCode: '330304', townCode: town.code };
    const centre = facility('town-centre', offset(town.centre, 3000, 0), { region: townRegion, name: '梧田测试居家养老服务中心', phones: ['0577-86660000'] });
    const care = facility('care-centre', town.centre, { region });
    expect((await page([centre, care])).contactNote).toBe('有事可问街道（镇）居家养老服务中心：梧田测试居家养老服务中心，电话 0577-86660000。');
    const nearCentre = facility('town-centre', offset(town.centre, 300, 0), { region: townRegion, phones: ['0577-86660001'] });
    const shown = await page([nearCentre, care]);
    expect(shown.rows.map((r) => r.facility.id)).toContain(nearCentre.id);
    expect(shown.contactNote).toBeUndefined();
    expect((await page([care])).contactNote).toBe(`数据中还没有${town.name}居家养老服务中心的电话，有事请向村社确认。`);
  });

  it('says so when the community has no care centre and the town centre stands in', async () => {
    const model = await page([facility('canteen', offset(town.centre, 200, 45), { region })]);
    expect(model.pointIsStandIn).toBe(true);
    expect(model.pointNote).toContain(town.name);
    expect(model.pointNote).toContain('近似');
  });

  it('prints the 审图号 when one is configured (a 天地图 basemap), and none otherwise', async () => {
    const facilities = [facility('care-centre', town.centre, { region })];
    const withNumber = await buildMapPage({ lang: 'zh-CN', code: community.code, paper: PAPERS.a4, district, facilities, outline: loadOutline(), site, sample: true, dataDate: '2026-03-01', reviewNumber: 'GS(2099)1号' });
    expect(withNumber.footLines.some((line) => line.includes('审图号') && line.includes('GS(2099)1号'))).toBe(true);
    const without = await page(facilities);
    expect(without.footLines.some((line) => line.includes('审图号'))).toBe(false);
  });

  it('names the nearest service when none is within 15 minutes', async () => {
    const model = await page([facility('care-home', offset(town.centre, 1500, 0), { region, name: '远处养老院' })]);
    expect(model.rows).toEqual([]);
    expect(model.noneNote).toContain('远处养老院');
  });

  it('leaves off the rows that do not fit, says how many and where to find them', async () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      facility('canteen', offset(town.centre, 30 * (i + 1), i * 40), {
        region,
        name: `非常长的名字的老年食堂第${i + 1}号（梧田街道测试社区综合服务楼内）`,
        hours: { periods: ['breakfast', 'lunch', 'supper'].map((meal) => ({ days: [1, 2, 3, 4, 5], open: '06:00', close: '07:00', meal })), text: '' },
      }),
    );
    const model = await page(many);
    expect(model.rows.length).toBeGreaterThan(0);
    expect(model.rows.length).toBeLessThan(20);
    expect(model.more).toHaveLength(20 - model.rows.length);
    expect(model.moreNote).toContain(String(20 - model.rows.length));
    expect(model.moreNote).toContain(`https://example.org/print/${community.code}/`);
    expect(byClass(parseSvg(model.svg), 'pm-marker')).toHaveLength(model.rows.length);
    // A3 has room for more.
    expect((await page(many, community.code, PAPERS.a3)).rows.length).toBeGreaterThan(model.rows.length);
  });

  it('lists at most 100 of those left off the sheet on its web page, nearest first, and counts the rest for the map', async () => {
    // 130 canteens in a line east of the care centre, 4 m apart: all within the 720 m circle.
    const care = facility('care-centre', town.centre, { region });
    const many = Array.from({ length: 130 }, (_, i) => facility('canteen', offset(town.centre, 4 * (i + 1), 90), { region }));
    const model = await page([care, ...many.reverse()]);
    const left = 131 - model.rows.length;
    expect(model.more).toHaveLength(100);
    expect(model.moreUnlisted).toBe(left - 100);
    expect(model.moreNote).toContain(String(left));
    // Farther east is farther away: the longitudes of the list rise.
    const lons = model.more.map((m) => m.facility.location.lon);
    expect(lons).toEqual([...lons].sort((a, b) => a - b));
    expect(model.mapUrl).toBe(`/map/?community=${community.code}`);
  });

  it("links the QR code to the community's own page on the configured site, and writes that address beside it", async () => {
    const model = await page([]);
    expect(model.onlineUrl).toBe(`https://example.org/print/${community.code}/`);
    expect(model.placeUrl).toBe(`https://example.org/communities/${community.code}/`);
    expect(model.qr).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(model.qr).toBe(await qrSvg(model.placeUrl));
    expect(model.footLines[0]).toBe(model.placeUrl);
    expect(model.footLines.join('')).toContain('天地图');
    expect(model.footLines.join('')).toContain('国家统计局 2023');
  });
});

describe('a town print page', () => {
  it("lists the town's facilities from its home-care service centre, without rings", async () => {
    const centre = facility('town-centre', town.centre, { region: { districtCode: '330304', townCode: town.code } });
    const home = facility('care-home', offset(town.centre, 2500, 100), { region });
    const model = await page([home, centre], town.code);
    expect(model.kind).toBe('town');
    expect(model.rows.map((r) => [r.mark, r.facility.id])).toEqual([
      ['star', centre.id],
      ['numbered', home.id],
    ]);
    expect(byClass(parseSvg(model.svg), 'pm-marker').map((m) => m.attrs['data-facility-id'])).toEqual([home.id]);
    expect(byClass(parseSvg(model.svg), 'pm-ring')).toHaveLength(0);
  });
});

describe('print page helpers', () => {
  it('builds stable paths for each paper', () => {
    expect(printPath('330304002001')).toBe('/print/330304002001/');
    expect(printPath('330304002001', PAPERS.a4)).toBe('/print/330304002001/');
    expect(printPath('330304002001', PAPERS.a3)).toBe('/print/330304002001/a3/');
    expect(printPath('330304002', PAPERS['a4-landscape'])).toBe('/print/330304002/a4-landscape/');
  });

  it('writes distances short, and the star’s own spot as such', () => {
    expect(distanceText(0, 'zh-CN')).toBe('★处');
    expect(distanceText(284, 'zh-CN')).toBe('280米');
    expect(distanceText(1260, 'zh-CN')).toBe('1.3公里');
  });

  it('drops the city and district every address shares', () => {
    expect(shortAddress('温州市瓯海区梧田街道一路1号')).toBe('梧田街道一路1号');
    expect(shortAddress('浙江省温州市瓯海区')).toBe('浙江省温州市瓯海区');
    expect(shortAddress('梧田街道一路1号')).toBe('梧田街道一路1号');
  });
});
