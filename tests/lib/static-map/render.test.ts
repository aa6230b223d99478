import { describe, expect, test } from 'vitest';
import { loadOutline } from '../../../src/lib/static-map/outline.ts';
import { niceScaleMetres, renderStaticMap, type StaticMapInput } from '../../../src/lib/static-map/render.ts';
import { ORIGIN, lonEast } from '../../fixtures/facilities.ts';

function input(overrides: Partial<StaticMapInput> = {}): StaticMapInput {
  return {
    outline: loadOutline(),
    centre: ORIGIN,
    circleMetres: 720,
    markers: [
      { number: 1, type: 'canteen', lon: lonEast(300), lat: ORIGIN.lat },
      { number: 2, type: 'care-home', lon: lonEast(-500), lat: ORIGIN.lat },
    ],
    extentMetres: 1000,
    width: 400,
    height: 400,
    title: '周边地图',
    description: '星号是本机构，圆圈是 15 分钟步行范围',
    scaleLabel: (m) => `${m} 米`,
    idPrefix: 'm',
    ...overrides,
  };
}

/** The first x coordinate of a marker's path: its left edge for a circle. */
function markerLeft(svg: string, n: number): number {
  const m = new RegExp(`data-marker="${n}"[^>]*><path d="M([\\d.]+),`).exec(svg);
  if (!m?.[1]) throw new Error(`marker ${n} not found`);
  return Number(m[1]);
}

describe('the static map', () => {
  // 400 px for 2 × 1000 m: 0.2 px per metre, centre at (200, 200). Positions within 0.5 px.
  test('puts the facility at the centre and a neighbour 300 m east 60 px to the right', () => {
    const svg = renderStaticMap(input());
    expect(svg).toMatch(/data-centre="" d="M200,185/);
    expect(markerLeft(svg, 1)).toBeCloseTo(260 - 11, 0);
  });

  test('draws the 720 m circle with a 144 px radius', () => {
    expect(renderStaticMap(input())).toMatch(/<circle cx="200" cy="200" r="144"/);
    expect(renderStaticMap(input({ circleMetres: 0 }))).not.toMatch(/<circle/);
  });

  test('gives each facility type its own shape, so colour is not the only cue', () => {
    const svg = renderStaticMap(input());
    expect(svg).toMatch(/data-type="canteen"><path d="M[\d.]+,[\d.]+a11,11/);
    expect(svg).toMatch(/data-type="care-home"><path d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+Z/);
  });

  test('is an accessible image named by its title and description, with escaped text', () => {
    const svg = renderStaticMap(input({ title: 'A & <B>' }));
    expect(svg).toMatch(/role="img" aria-labelledby="m-title m-desc"/);
    expect(svg).toContain('<title id="m-title">A &amp; &lt;B&gt;</title>');
  });

  test('shows a round scale-bar length about a quarter of the width', () => {
    expect(renderStaticMap(input())).toContain('data-scale-bar="500"');
    expect(niceScaleMetres(740)).toBe(500);
    expect(niceScaleMetres(260)).toBe(200);
    expect(niceScaleMetres(99)).toBe(50);
  });

  test('draws the district outline', () => {
    const outline = loadOutline();
    expect(outline.length).toBeGreaterThan(0);
    expect(renderStaticMap(input())).toMatch(/stroke-dasharray="8 4"/);
  });
});
