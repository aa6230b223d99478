import { describe, expect, it } from 'vitest';
import { distance, point } from '@turf/turf';
import { PAPERS, PAPER_IDS } from '../../../src/lib/print/paper.ts';
import { renderCommunityMap, type CommunityMapInput } from '../../../src/lib/print/render.ts';
import { TYPE_SHAPES } from '../../../src/lib/print/theme.ts';
import { FACILITY_TYPE_ORDER } from '../../../src/schemas/facility-type.ts';
import { all, byClass, num, parseSvg, translation, type SvgNode } from './svg.ts';
import { facilitiesAround, labels, offset, squareOutline } from './fixtures.ts';

const home = { lon: 120.6571, lat: 27.9721 };
const rings = [240, 480, 720].map((metres, i) => ({ metres, label: `${(i + 1) * 5} 分钟` }));

function input(overrides: Partial<CommunityMapInput> = {}): CommunityMapInput {
  return {
    outline: squareOutline(home, 3000),
    home,
    rings,
    facilities: facilitiesAround(home, 8, 720),
    layout: PAPERS.a4.map,
    labels: labels(),
    ...overrides,
  };
}

function frameOf(svg: SvgNode) {
  const [frame] = byClass(svg, 'pm-frame');
  if (!frame) throw new Error('no frame');
  return { x: num(frame, 'x'), y: num(frame, 'y'), width: num(frame, 'width'), height: num(frame, 'height') };
}

function markerBoxes(svg: SvgNode) {
  return byClass(svg, 'pm-marker').map((m) => {
    const { x, y } = translation(m);
    const half = num(m, 'data-half');
    return { id: m.attrs['data-facility-id'], number: Number(m.attrs['data-number']), x, y, half };
  });
}

describe('renderCommunityMap', () => {
  it('draws one marker per listed facility, numbered as listed', () => {
    const facilities = facilitiesAround(home, 12, 720, 7);
    const svg = parseSvg(renderCommunityMap(input({ facilities })));
    const markers = markerBoxes(svg);
    expect(markers.map((m) => m.id).sort()).toEqual(facilities.map((f) => f.id).sort());
    expect(markers.map((m) => m.number)).toEqual(facilities.map((f) => f.number));
  });

  it('keeps every marker wholly inside the map frame on every paper, even for facilities at the edge of the 15-minute ring', () => {
    for (const paper of PAPER_IDS) {
      for (const seed of [1, 2, 3, 4, 5]) {
        // Facilities right on the 720 m ring, where markers are likeliest to poke out of the frame.
        const edge = Array.from({ length: 12 }, (_, i) => ({ number: i + 1, id: `e-${i}`, type: FACILITY_TYPE_ORDER[i % 5] ?? 'canteen', name: `边${i}`, ...offset(home, 720, seed * 13 + i * 30) }));
        const svg = parseSvg(renderCommunityMap(input({ facilities: edge, layout: PAPERS[paper].map })));
        const frame = frameOf(svg);
        const markers = markerBoxes(svg);
        expect(markers).toHaveLength(12);
        for (const m of markers) {
          expect(m.x - m.half, `${paper} ${m.id} left`).toBeGreaterThanOrEqual(frame.x);
          expect(m.y - m.half, `${paper} ${m.id} top`).toBeGreaterThanOrEqual(frame.y);
          expect(m.x + m.half, `${paper} ${m.id} right`).toBeLessThanOrEqual(frame.x + frame.width);
          expect(m.y + m.half, `${paper} ${m.id} bottom`).toBeLessThanOrEqual(frame.y + frame.height);
        }
      }
    }
  });

  it('moves markers apart so that no two overlap, even when facilities share a spot', () => {
    const same = Array.from({ length: 6 }, (_, i) => ({ number: i + 1, id: `s-${i}`, type: 'canteen' as const, name: `同${i}`, ...home }));
    const svg = parseSvg(renderCommunityMap(input({ facilities: [...same, ...facilitiesAround(home, 6, 300, 9).map((f, i) => ({ ...f, number: 7 + i }))] })));
    const markers = markerBoxes(svg);
    for (const a of markers) {
      for (const b of markers) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= a.half + b.half - 1e-6 || Math.abs(a.y - b.y) >= a.half + b.half - 1e-6;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
  });

  it('draws a leader line back to the true position of every marker that had to move', () => {
    const same = Array.from({ length: 3 }, (_, i) => ({ number: i + 1, id: `s-${i}`, type: 'canteen' as const, name: `同${i}`, ...offset(home, 400, 90) }));
    const svg = parseSvg(renderCommunityMap(input({ facilities: same })));
    const [leaders] = byClass(svg, 'pm-leaders');
    // The first keeps its spot; the two others move and get a line and a dot each.
    expect(leaders?.children.filter((c) => c.tag === 'line')).toHaveLength(2);
    expect(leaders?.children.filter((c) => c.tag === 'circle')).toHaveLength(2);
  });

  it('draws the scale bar as long as the distance it is labelled with, within 1 %', () => {
    // A facility due east of home at a known geodesic distance; it is alone, so its marker is not moved.
    const metres = 600;
    const east = { number: 1, id: 'east', type: 'care-home' as const, name: '东', ...offset(home, metres, 90) };
    expect(distance(point([home.lon, home.lat]), point([east.lon, east.lat]), { units: 'meters' })).toBeCloseTo(metres, 3);
    for (const paper of PAPER_IDS) {
      const svg = parseSvg(renderCommunityMap(input({ facilities: [east], layout: PAPERS[paper].map })));
      const [homeNode] = byClass(svg, 'pm-home');
      const [marker] = byClass(svg, 'pm-marker');
      const [scale] = byClass(svg, 'pm-scale');
      const [bar] = byClass(svg, 'pm-scale__bar');
      if (!homeNode || !marker || !scale || !bar) throw new Error('missing map parts');
      const unitsPerMetre = (translation(marker).x - translation(homeNode).x) / metres;
      const barMetres = num(scale, 'data-metres');
      expect(num(bar, 'width') / (barMetres * unitsPerMetre), paper).toBeGreaterThan(0.99);
      expect(num(bar, 'width') / (barMetres * unitsPerMetre), paper).toBeLessThan(1.01);
      // The label says the same length.
      expect(all(scale).map((n) => n.text).join(' ')).toContain(`${barMetres} m`);
    }
  });

  it('draws the 5-, 10- and 15-minute rings at their radius in metres, within 1 %', () => {
    const east = { number: 1, id: 'east', type: 'canteen' as const, name: '东', ...offset(home, 500, 90) };
    const svg = parseSvg(renderCommunityMap(input({ facilities: [east] })));
    const [homeNode] = byClass(svg, 'pm-home');
    const [marker] = byClass(svg, 'pm-marker');
    if (!homeNode || !marker) throw new Error('missing map parts');
    const unitsPerMetre = (translation(marker).x - translation(homeNode).x) / 500;
    const circles = byClass(svg, 'pm-ring');
    expect(circles.map((c) => num(c, 'data-metres'))).toEqual([240, 480, 720]);
    for (const c of circles) expect(num(c, 'r') / (num(c, 'data-metres') * unitsPerMetre)).toBeCloseTo(1, 2);
  });

  it('fits the whole 15-minute ring inside the frame', () => {
    for (const paper of PAPER_IDS) {
      const svg = parseSvg(renderCommunityMap(input({ layout: PAPERS[paper].map })));
      const frame = frameOf(svg);
      const outer = byClass(svg, 'pm-ring').at(-1);
      if (!outer) throw new Error('no ring');
      const [cx, cy, r] = [num(outer, 'cx'), num(outer, 'cy'), num(outer, 'r')];
      expect(cx - r).toBeGreaterThanOrEqual(frame.x);
      expect(cy - r).toBeGreaterThanOrEqual(frame.y);
      expect(cx + r).toBeLessThanOrEqual(frame.x + frame.width);
      expect(cy + r).toBeLessThanOrEqual(frame.y + frame.height);
    }
  });

  it('gives each facility type its own marker shape, so maps read in black and white', () => {
    expect(new Set(Object.values(TYPE_SHAPES)).size).toBe(FACILITY_TYPE_ORDER.length);
    const facilities = FACILITY_TYPE_ORDER.map((type, i) => ({ number: i + 1, id: type, type, name: type, ...offset(home, 500, i * 72) }));
    const svg = parseSvg(renderCommunityMap(input({ facilities })));
    const outlines = byClass(svg, 'pm-marker').map((m) => {
      const shape = m.children.find((c) => c.tag !== 'title' && c.tag !== 'text');
      return `${shape?.tag}:${shape?.attrs.d ? shape.attrs.d.split('L').length : 0}`;
    });
    expect(new Set(outlines).size).toBe(FACILITY_TYPE_ORDER.length);
  });

  it('lists in the legend the star, each type on the map, the rings and the outline', () => {
    const facilities = facilitiesAround(home, 2, 500).map((f, i) => ({ ...f, type: i === 0 ? ('canteen' as const) : ('care-home' as const) }));
    const svg = parseSvg(renderCommunityMap(input({ facilities })));
    const texts = byClass(svg, 'pm-legend').flatMap(all).map((n) => n.text).join('|');
    const l = labels();
    for (const word of [l.legend, l.home, l.types.canteen, l.types['care-home']]) expect(texts).toContain(word);
    expect(texts).not.toContain(l.types['health-partner']);
    // The long labels are wrapped, so check their first words only.
    expect(texts).toContain(l.rings.slice(0, 4));
    expect(texts).toContain(l.outline.slice(0, 4));
    expect(byClass(svg, 'pm-north')).toHaveLength(1);
  });

  it('fits the legend with all five types in Chinese and in English on every paper', () => {
    const facilities = FACILITY_TYPE_ORDER.map((type, i) => ({ number: i + 1, id: type, type, name: type, ...offset(home, 300, i * 72) }));
    for (const paper of PAPER_IDS) {
      for (const lang of ['zh-CN', 'en'] as const) {
        expect(() => renderCommunityMap(input({ facilities, layout: PAPERS[paper].map, labels: labels(lang) })), `${paper} ${lang}`).not.toThrow();
      }
    }
  });

  it('uses the full Chinese type names in the legend on every paper, even with all five types', () => {
    const facilities = FACILITY_TYPE_ORDER.map((type, i) => ({ number: i + 1, id: type, type, name: type, ...offset(home, 300, i * 72) }));
    for (const paper of PAPER_IDS) {
      const svg = parseSvg(renderCommunityMap(input({ facilities, layout: PAPERS[paper].map })));
      const texts = byClass(svg, 'pm-legend').flatMap(all).filter((n) => n.tag === 'text').map((n) => n.text).join('');
      for (const type of FACILITY_TYPE_ORDER) expect(texts, `${paper} ${type}`).toContain(labels().types[type]);
    }
  });

  it('writes every text at 12 pt or larger (4.23 mm)', () => {
    const svg = parseSvg(renderCommunityMap(input()));
    const sizes = all(svg).filter((n) => n.tag === 'text').map((n) => num(n, 'font-size'));
    expect(sizes.length).toBeGreaterThan(5);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual((12 * 25.4) / 72);
  });

  it('uses a CJK font stack for all text', () => {
    const svg = parseSvg(renderCommunityMap(input()));
    expect(svg.attrs['font-family']).toMatch(/Noto Sans CJK SC/);
  });

  it('escapes names, so a name is text and never markup', () => {
    const evil = [{ number: 1, id: 'x', type: 'canteen' as const, name: '<script>alert(1)</script> & "食堂"', ...offset(home, 300, 10) }];
    const text = renderCommunityMap(input({ facilities: evil, labels: { ...labels(), home: '</text><b>' } }));
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<b>');
    const svg = parseSvg(text);
    const titles = all(svg).filter((n) => n.tag === 'title').map((n) => n.text);
    expect(titles).toContain('1. <script>alert(1)</script> & "食堂"');
    expect(titles).toContain('</text><b>');
  });

  it('is named by the page heading and its own title, and marks facility names as Chinese', () => {
    const svg = parseSvg(renderCommunityMap(input({ idPrefix: 'pm-x', labelledBy: 'page-heading' })));
    expect(svg.attrs['aria-labelledby']).toBe('page-heading pm-x-title');
    const markerTitles = byClass(svg, 'pm-marker').map((m) => m.children.find((c) => c.tag === 'title'));
    expect(markerTitles.length).toBeGreaterThan(0);
    for (const title of markerTitles) expect(title?.attrs.lang).toBe('zh-CN');
  });

  it('zooms a town map without rings to its facilities, at least to the minimum extent', () => {
    const facilities = [offset(home, 2500, 45), offset(home, 1800, 200)].map((p, i) => ({ number: i + 1, id: `t${i}`, type: 'care-home' as const, name: `t${i}`, ...p }));
    const svg = parseSvg(renderCommunityMap(input({ rings: [], facilities, minExtentMetres: 1500 })));
    expect(byClass(svg, 'pm-ring')).toHaveLength(0);
    const frame = frameOf(svg);
    for (const m of markerBoxes(svg)) {
      expect(m.x - m.half).toBeGreaterThanOrEqual(frame.x);
      expect(m.x + m.half).toBeLessThanOrEqual(frame.x + frame.width);
      expect(m.y - m.half).toBeGreaterThanOrEqual(frame.y);
      expect(m.y + m.half).toBeLessThanOrEqual(frame.y + frame.height);
    }
  });

  it('draws the district outline clipped to the frame', () => {
    const text = renderCommunityMap(input({ idPrefix: 'pm-test' }));
    const svg = parseSvg(text);
    const [outline] = byClass(svg, 'pm-outline');
    expect(outline?.attrs.d).toMatch(/^M/);
    const clip = all(svg).find((n) => n.tag === 'clipPath');
    expect(clip?.attrs.id).toBe('pm-test-clip');
    expect(text).toContain('clip-path="url(#pm-test-clip)"');
  });
});
