/**
 * Walking reach on the river fixture (layout in tests/fixtures/geo/make-river-fixture.ts):
 * two street grids on either bank of a river between x = 400 m and x = 500 m, one bridge at
 * y = 400 m, a motorway, a foot=no bridge and an access=no crossing that walkers may not use,
 * and a dead-end pier. Home is 20 m south of the west bank's bottom street.
 *
 * Tolerance: 1 m on walking distances (coordinates are rounded to 1e-6°, about 0.1 m).
 */
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiPolygon } from 'geojson';
import { buildWalkGraph } from '../../../src/lib/geo/roads.ts';
import { createFacilityIndex, within } from '../../../src/lib/geo/facility-index.ts';
import {
  checkWalkingReach,
  facilityReach,
  outOfWalkingReach,
  reachArea,
  reachAreas,
  reachedStreets,
  reachFrom,
  snapToGraph,
  walkingMetresFromSnap,
} from '../../../src/lib/geo/reach.ts';
import { haversineMetres } from '../../../src/lib/geo/distance.ts';
import { DEFAULT_PACE, minutesToMetres } from '../../../src/lib/geo/pace.ts';
import { gridGraph, mulberry32 } from '../../../scripts/lib/synthetic.ts';
import { at, lineFeature, loadRiver, wayNamed } from '../../fixtures/geo/river.ts';

const meta = { source: 'test', generated: '' };
const TOL = 1;
const home = at(300, -20);
const acrossRiver = at(500, -20); // 200 m east of home, on the far bank
const pierEnd = at(450, 350);
const LIMIT_15 = minutesToMetres(15, DEFAULT_PACE); // 720 m

function graphOf(collection = loadRiver()) {
  return buildWalkGraph(collection, meta).graph;
}

/** Walking metres from home to a point with a search limit of `limit`. */
function walk(collection: ReturnType<typeof loadRiver>, to: { lon: number; lat: number }, limit = 5000): number {
  const reach = reachFrom(graphOf(collection), home.lon, home.lat, limit);
  if (!reach) throw new Error('home did not snap');
  return facilityReach(reach, to);
}

describe('a river with one bridge', () => {
  it('a facility 200 m away across the river is reached only over the bridge: 20 + 100 + 400 + 100 + 400 + 20 = 1040 m', () => {
    expect(haversineMetres(home.lon, home.lat, acrossRiver.lon, acrossRiver.lat)).toBeCloseTo(200, 0);
    expect(Math.abs(walk(loadRiver(), acrossRiver) - 1040)).toBeLessThan(TOL);
  });

  it('without the bridge the far bank cannot be reached at all', () => {
    const river = loadRiver();
    river.features = river.features.filter((f) => f.properties?.name !== '唯一的桥');
    expect(walk(river, acrossRiver)).toBe(Infinity);
  });

  it('the motorway across the river is not used by walkers (it would make the walk 640 m)', () => {
    const river = loadRiver();
    expect(wayNamed(river, '高速公路').properties?.highway).toBe('motorway');
    expect(Math.abs(walk(river, acrossRiver) - 1040)).toBeLessThan(TOL);
    // Control: the same way as an ordinary street is used, so the exclusion is what matters.
    wayNamed(river, '高速公路').properties = { highway: 'residential' };
    expect(Math.abs(walk(river, acrossRiver) - 640)).toBeLessThan(TOL);
  });

  it('the foot=no bridge is not used (it would make the walk 440 m)', () => {
    const river = loadRiver();
    expect(wayNamed(river, '禁止步行的桥').properties?.foot).toBe('no');
    expect(Math.abs(walk(river, acrossRiver) - 1040)).toBeLessThan(TOL);
    wayNamed(river, '禁止步行的桥').properties = { highway: 'footway', bridge: 'yes' };
    expect(Math.abs(walk(river, acrossRiver) - 440)).toBeLessThan(TOL);
  });

  it('the access=no crossing is not used, but would be with foot=yes (then 840 m)', () => {
    const river = loadRiver();
    const way = wayNamed(river, '封闭的便道');
    expect(Math.abs(walk(river, acrossRiver) - 1040)).toBeLessThan(TOL);
    way.properties = { ...way.properties, foot: 'yes' };
    expect(Math.abs(walk(river, acrossRiver) - 840)).toBeLessThan(TOL);
  });

  it('within 15 minutes at the elder pace (720 m) the facility across the river is inside the circle but flagged as out of walking reach', () => {
    const graph = graphOf();
    const reach = reachFrom(graph, home.lon, home.lat, LIMIT_15);
    expect(reach).not.toBeNull();
    const facilities = [
      { id: 'across', ...acrossRiver },
      { id: 'pier', ...pierEnd },
      { id: 'nearby', ...at(200, 50) },
      { id: 'far', ...at(300, 2000) },
    ];
    const hits = within(createFacilityIndex(facilities), home.lon, home.lat, LIMIT_15);
    expect(hits.map((h) => h.item.id).sort()).toEqual(['across', 'nearby', 'pier']);
    const checks = checkWalkingReach(reach!, hits);
    const byId = Object.fromEntries(checks.map((c) => [c.item.id, c]));
    expect(byId.across).toMatchObject({ walkable: false, blocked: true, walkMetres: Infinity });
    expect(byId.pier!.walkable).toBe(true);
    expect(byId.nearby!.walkable).toBe(true);
    // Walkable ones first, nearest walk first.
    expect(checks.map((c) => c.item.id)).toEqual(['nearby', 'pier', 'across']);
    expect(outOfWalkingReach(reach!, hits).map((c) => c.item.id)).toEqual(['across']);
  });

  it('snapping a facility once and reusing the snap gives the same walking distance', () => {
    const graph = graphOf();
    const reach = reachFrom(graph, home.lon, home.lat, 5000)!;
    const snap = snapToGraph(graph, acrossRiver.lon, acrossRiver.lat);
    expect(snap!.offRoadMetres).toBeCloseTo(20, 0);
    expect(walkingMetresFromSnap(reach, snap)).toBeCloseTo(facilityReach(reach, acrossRiver), 9);
  });
});

describe('a dead end', () => {
  it('a facility at the end of the pier is reached by walking out along it: 20 + 100 + 350 + 50 = 520 m', () => {
    expect(Math.abs(walk(loadRiver(), pierEnd) - 520)).toBeLessThan(TOL);
  });

  it('the pier does not lead across: a facility 50 m beyond its end, on the far bank, is 670 m away over the bridge', () => {
    // (500, 350) is on the east bank street; over the bridge: 20 + 100 + 400 + 100 + 50 + 0.
    expect(Math.abs(walk(loadRiver(), at(500, 350)) - 670)).toBeLessThan(TOL);
  });
});

describe('starting points and limits', () => {
  it('home is snapped to the nearest street and the 20 m off-road walk is counted', () => {
    const reach = reachFrom(graphOf(), home.lon, home.lat, 1000)!;
    expect(reach.start.offRoadMetres).toBeCloseTo(20, 0);
    expect(Math.abs(facilityReach(reach, at(300, 0)) - 20)).toBeLessThan(TOL);
    expect(Math.abs(facilityReach(reach, at(280, -20)) - 60)).toBeLessThan(TOL);
  });

  it('a start on the same street piece as the facility walks straight along it', () => {
    const reach = reachFrom(graphOf(), at(210, 0).lon, at(210, 0).lat, 1000)!;
    expect(Math.abs(facilityReach(reach, at(290, 0)) - 80)).toBeLessThan(TOL);
  });

  it('a home farther than 250 m from any street gives no reach (draw straight-line rings instead)', () => {
    expect(reachFrom(graphOf(), at(300, -400).lon, at(300, -400).lat, 720)).toBeNull();
    expect(reachFrom(graphOf(), at(300, -200).lon, at(300, -200).lat, 720)).not.toBeNull();
  });

  it('an empty graph gives no reach', () => {
    const empty = buildWalkGraph({ type: 'FeatureCollection', features: [] }, meta).graph;
    expect(reachFrom(empty, home.lon, home.lat, 720)).toBeNull();
  });

  it('node distances are exact within the limit and Infinity beyond it', () => {
    const graph = graphOf();
    const full = reachFrom(graph, home.lon, home.lat, 1e6)!;
    const cut = reachFrom(graph, home.lon, home.lat, 500)!;
    for (let i = 0; i < graph.nodeCount; i++) {
      if (full.dist[i]! <= 500) expect(cut.dist[i]).toBe(full.dist[i]);
      else expect(cut.dist[i]).toBe(Infinity);
    }
  });

  it('bounded search agrees with an unbounded search on a grid with removed streets (300 random targets)', () => {
    const graph = gridGraph(60, 25, 0.15, mulberry32(9));
    const random = mulberry32(10);
    const origin = { lon: graph.lon[1830]!, lat: graph.lat[1830]! };
    const bounded = reachFrom(graph, origin.lon, origin.lat, 600)!;
    const unbounded = reachFrom(graph, origin.lon, origin.lat, Infinity)!;
    for (let k = 0; k < 300; k++) {
      const target = { lon: graph.lon[0]! + random() * 0.015, lat: graph.lat[0]! + random() * 0.013 };
      const all = facilityReach(unbounded, target);
      expect(facilityReach(bounded, target)).toBe(all <= 600 ? all : Infinity);
    }
  });

  it('steps can be avoided for walking aids', () => {
    const river = loadRiver();
    // A flight of steps over the river at y = 0 would shorten the walk to 240 m.
    river.features.push(
      lineFeature({ highway: 'steps' }, [
        [400, 0],
        [500, 0],
      ]),
    );
    const graph = graphOf(river);
    const withSteps = reachFrom(graph, home.lon, home.lat, 2000)!;
    const noSteps = reachFrom(graph, home.lon, home.lat, 2000, { avoidSteps: true })!;
    expect(Math.abs(facilityReach(withSteps, acrossRiver) - 240)).toBeLessThan(TOL);
    expect(Math.abs(facilityReach(noSteps, acrossRiver) - 1040)).toBeLessThan(TOL);
  });
});

describe('drawing the reach', () => {
  const inside = (area: Feature<MultiPolygon>, p: { lon: number; lat: number }) => booleanPointInPolygon(point([p.lon, p.lat]), area);

  it('the 15-minute area covers the streets walked but leaves a gap over the river and the unreached far bank', () => {
    const reach = reachFrom(graphOf(), home.lon, home.lat, LIMIT_15)!;
    const area = reachArea(reach);
    expect(area.properties.method).toBe('walking-network');
    expect(area.geometry.coordinates.length).toBeGreaterThan(0);
    // Reached: home, streets near it, the bridge end on the far bank (620 m) and 100 m beyond it.
    for (const [x, y] of [
      [300, -20],
      [100, 100],
      [400, 300],
      [500, 400],
      [500, 310],
    ] as const)
      expect(inside(area, at(x, y))).toBe(true);
    // Not reached: the facility 200 m away across the river, the river itself, the far bank's south.
    for (const [x, y] of [
      [500, -20],
      [450, 100],
      [450, 250],
      [600, 100],
    ] as const)
      expect(inside(area, at(x, y))).toBe(false);
  });

  it('the area edge lies the buffer width (30 m, within 1.5 m) from a reached street with time to spare', () => {
    const reach = reachFrom(graphOf(), home.lon, home.lat, LIMIT_15)!;
    // The street x = 0 is reached at y = 200 after 520 m; nothing else is near its west side.
    for (const cellMetres of [10, 4]) {
      const area = reachArea(reach, LIMIT_15, { cellMetres });
      expect(inside(area, at(-28.5, 200))).toBe(true);
      expect(inside(area, at(-31.5, 200))).toBe(false);
    }
  });

  it('a street is cut where the limit falls: 300 m of walking reaches 180 m up the street x = 400 (within 1 m) and the area ends there', () => {
    const reach = reachFrom(graphOf(), home.lon, home.lat, 300)!;
    const area = reachArea(reach);
    // 20 + 100 along y = 0, then north: 300 − 120 = 180 m up x = 400; no time is left to step off the street.
    expect(inside(area, at(400, 179))).toBe(true);
    expect(inside(area, at(400, 181))).toBe(false);
    // Lower down, with 100 m to spare, the area is the full 30 m wide.
    expect(inside(area, at(428, 80))).toBe(true);
    expect(inside(area, at(432, 80))).toBe(false);
    const lines = reachedStreets(reach).geometry.coordinates;
    const tip = Math.max(
      ...lines
        .flat()
        .filter(([lon]) => Math.abs(lon! - at(400, 0).lon) < 1e-6)
        .map(([, lat]) => lat!),
    );
    expect(Math.abs(haversineMetres(at(400, 0).lon, at(400, 0).lat, at(400, 0).lon, tip) - 180)).toBeLessThan(TOL);
  });

  it('a facility drawn inside the area is one the walking check finds reachable, and one outside is not', () => {
    const reach = reachFrom(graphOf(), home.lon, home.lat, LIMIT_15)!;
    const area = reachArea(reach);
    const verdicts = (
      [
        [120, 20],
        [500, 330],
        [500, 290],
        [-20, 360],
        [-20, 395],
        [-20, 420],
        [420, 360],
      ] as const
    ).map(([x, y]) => {
      const walkable = facilityReach(reach, at(x, y)) <= LIMIT_15;
      expect(inside(area, at(x, y))).toBe(walkable);
      return walkable;
    });
    expect(verdicts.filter(Boolean)).toHaveLength(4);
  });

  it('areas for 5, 10 and 15 minutes come largest first and nest', () => {
    const reach = reachFrom(graphOf(), home.lon, home.lat, LIMIT_15)!;
    const areas = reachAreas(reach, DEFAULT_PACE);
    expect(areas.features.map((f) => f.properties.minutes)).toEqual([15, 10, 5]);
    expect(areas.features.map((f) => f.properties.metres)).toEqual([720, 480, 240].map((m) => expect.closeTo(m, 9)));
    // 240 m reaches (300, 100) but not (300, 250); 480 m reaches (300, 250).
    const [a15, a10, a5] = areas.features;
    expect(inside(a5!, at(300, 100))).toBe(true);
    expect(inside(a5!, at(300, 250))).toBe(false);
    expect(inside(a10!, at(300, 250))).toBe(true);
    expect(inside(a15!, at(300, 250))).toBe(true);
  });
});
