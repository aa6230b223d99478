import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadDistrict } from '../../../src/lib/data/regions.ts';
import { buildMapPage } from '../../../src/lib/print/page.ts';
import { PAPERS } from '../../../src/lib/print/paper.ts';
import { loadOutline } from '../../../src/lib/static-map/outline.ts';
import { CIHU_CENTRE, LONGXIA_CENTRE, cihuStreetData } from '../../fixtures/osm/cihu.ts';
import { facility } from './facility-fixtures.ts';
import { all, byClass, parseSvg, type SvgNode } from './svg.ts';

/** The legend's words, entry by entry, with wrapped lines joined. */
const legendTexts = (svg: SvgNode) => byClass(svg, 'pm-legend__entry').map((e) => all(e).filter((n) => n.tag === 'text').map((n) => n.text).join(''));

const district = loadDistrict();
const CIHU = '330304002026';
const site = new URL('https://example.org/');
const data = cihuStreetData();

const cihuRegion = { districtCode: '330304', townCode: '330304002', communityCode: CIHU };
const care = facility('care-centre', CIHU_CENTRE, { region: cihuRegion, name: '慈湖社区居家养老服务照料中心' });
// About 380 m east of the centre on 慈湖路: walkable.
const canteen = facility('canteen', { lon: 120.648789, lat: 27.973011 }, { region: cihuRegion, name: '慈湖路老年食堂' });
// Across 温瑞塘河 from the canteen: close in a straight line, far on foot.
const across = facility('care-centre', { lon: LONGXIA_CENTRE.lon - 0.002, lat: 27.96958 }, { region: { ...cihuRegion, communityCode: '330304002012' }, name: '河对岸照料中心' });

function sheet(withStreets: boolean, lang: 'zh-CN' | 'en' = 'zh-CN') {
  return buildMapPage({
    lang,
    code: CIHU,
    paper: PAPERS.a4,
    district,
    facilities: [care, canteen, across],
    outline: loadOutline(),
    site,
    sample: true,
    dataDate: '2026-03-01',
    ...(withStreets ? { streets: data.layer, graph: data.graph } : {}),
  });
}

describe('a print sheet with the street data of the 慈湖 fixture', () => {
  it('draws the streets, the river and their names under the facilities', async () => {
    const model = await sheet(true);
    if (process.env.WRITE_SHEET) writeFileSync(process.env.WRITE_SHEET, model.svg);
    const svg = parseSvg(model.svg);
    expect(byClass(svg, 'pm-streets')).toHaveLength(1);
    const names = byClass(svg, 'pm-streets__name').map((n) => n.text);
    expect(names).toContain('慈湖南路');
    expect(names).toContain('温瑞塘河');
    // Streets first in the SVG, markers last: names are never painted over by a marker.
    expect(model.svg.indexOf('pm-streets__labels')).toBeLessThan(model.svg.indexOf('class="pm-marker"'));
  });

  it('never puts a street name under a marker or the ★', async () => {
    const model = await sheet(true);
    const svg = parseSvg(model.svg);
    const markers = byClass(svg, 'pm-marker').map((m) => {
      const [x = 0, y = 0] = (m.attrs.transform ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
      return { x, y, half: Number(m.attrs['data-half']) + 1.2 };
    });
    const [hx = 0, hy = 0] = (byClass(svg, 'pm-home')[0]?.attrs.transform ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    markers.push({ x: hx, y: hy, half: 4.6 });
    const names = byClass(svg, 'pm-streets__name');
    expect(names.length).toBeGreaterThan(3);
    for (const n of names) {
      // A name's box: its width at 3.5 mm CJK (one em a character), turned by its angle.
      const x = Number(n.attrs.x), y = Number(n.attrs.y);
      const angle = (Number((n.attrs.transform ?? '').match(/rotate\((-?[\d.]+)/)?.[1] ?? 0) * Math.PI) / 180;
      const w = [...n.text].length * 3.5, h = 3.5;
      const bw = (w * Math.abs(Math.cos(angle)) + h * Math.abs(Math.sin(angle))) / 2;
      const bh = (w * Math.abs(Math.sin(angle)) + h * Math.abs(Math.cos(angle))) / 2;
      for (const m of markers) {
        const apart = Math.abs(x - m.x) >= bw + m.half || Math.abs(y - m.y) >= bh + m.half;
        expect(apart, `${n.text} at (${x}, ${y}) under a marker at (${m.x}, ${m.y})`).toBe(true);
      }
    }
  });

  it('names the streets nearest the ★ beside the map', async () => {
    const model = await sheet(true);
    expect(model.streetsNote).toBe('★ 附近的道路：慈湖街、慈湖路、慈湖南路。');
  });

  it('draws walking areas instead of circles and flags the facility across the river', async () => {
    const model = await sheet(true);
    const svg = parseSvg(model.svg);
    expect(byClass(svg, 'pm-ring')).toHaveLength(0);
    expect(byClass(svg, 'pm-area').map((a) => a.attrs['data-minutes'])).toEqual(['15', '10', '5']);
    const row = model.rows.find((r) => r.facility.id === across.id);
    expect(row?.distance).toEqual([expect.stringMatching(/^直线\d+米$/), '15分钟走不到']);
    expect(byClass(svg, 'pm-marker').find((m) => m.attrs['data-facility-id'] === across.id)?.attrs['data-blocked']).toBe('true');
    // The canteen on the same bank is walked: 380 m east along 慈湖路, 8 minutes at 0.8 m/s.
    const canteenRow = model.rows.find((r) => r.facility.id === canteen.id);
    expect(canteenRow?.distance).toEqual(['380米', '8分钟']);
    expect(model.subtitle).toContain('沿道路步行');
  });

  it('credits OpenStreetMap beside the map', async () => {
    const model = await sheet(true);
    expect(model.footLines.some((l) => l.startsWith('道路、河流和地名：© OpenStreetMap contributors, ODbL 1.0'))).toBe(true);
    expect(model.footLines.join('')).not.toContain('直线估算');
  });

  it('says in the legend that no street data is loaded when there is none, and keeps the straight-line rings', async () => {
    const model = await sheet(false);
    const svg = parseSvg(model.svg);
    expect(byClass(svg, 'pm-streets')).toHaveLength(0);
    expect(byClass(svg, 'pm-ring')).toHaveLength(3);
    expect(legendTexts(svg)).toContain('未载入街道数据');
    expect(model.footLines.join('')).not.toContain('OpenStreetMap');
    expect(model.streetsNote).toBeUndefined();
  });

  it('has no such words in the legend when streets are drawn', async () => {
    expect(legendTexts(parseSvg((await sheet(true)).svg))).not.toContain('未载入街道数据');
  });
});
