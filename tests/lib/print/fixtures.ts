import { destination, point } from '@turf/turf';
import { t, type Lang } from '../../../src/i18n/index.ts';
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../../src/schemas/facility-type.ts';
import type { MapFacility, MapLabels } from '../../../src/lib/print/render.ts';

/** Map labels from the real interface strings. */
export function labels(lang: Lang = 'zh-CN'): MapLabels {
  return {
    title: 'map',
    legend: t(lang, 'print.legend'),
    home: t(lang, 'print.legend.home.careCentre'),
    types: Object.fromEntries(FACILITY_TYPE_ORDER.map((type) => [type, t(lang, `type.${type}`)])) as Record<FacilityType, string>,
    typesShort: Object.fromEntries(FACILITY_TYPE_ORDER.map((type) => [type, t(lang, `type.${type}.short`)])) as Record<FacilityType, string>,
    rings: t(lang, 'print.legend.rings', { m5: 240, m10: 480, m15: 720 }),
    outline: t(lang, 'print.legend.outline'),
    north: t(lang, 'print.north'),
    metres: (m) => `${m} m`,
  };
}

/** A point `metres` away from `from` at `bearing` degrees (turf's geodesic, independent of the renderer). */
export function offset(from: { lon: number; lat: number }, metres: number, bearing: number): { lon: number; lat: number } {
  const [lon = 0, lat = 0] = destination(point([from.lon, from.lat]), metres / 1000, bearing, { units: 'kilometers' }).geometry.coordinates;
  return { lon, lat };
}

/** A small deterministic random generator (mulberry32), so failures repeat. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` facilities within `radius` metres of `home`, of every type in turn; some share a spot. */
export function facilitiesAround(home: { lon: number; lat: number }, count: number, radius: number, seed = 1): MapFacility[] {
  const rnd = random(seed);
  const out: MapFacility[] = [];
  for (let i = 0; i < count; i++) {
    const previous = out[i - 1];
    const spot = i % 4 === 3 && previous ? { lon: previous.lon, lat: previous.lat } : offset(home, Math.sqrt(rnd()) * radius, rnd() * 360);
    out.push({ number: i + 1, id: `f-${i + 1}`, type: FACILITY_TYPE_ORDER[i % FACILITY_TYPE_ORDER.length] ?? 'canteen', name: `设施${i + 1}`, ...spot });
  }
  return out;
}

/** A square outline of `metres` side around `centre`, as MultiPolygon coordinates. */
export function squareOutline(centre: { lon: number; lat: number }, metres: number): number[][][][] {
  const corners = [45, 135, 225, 315].map((b) => offset(centre, (metres / 2) * Math.SQRT2, b));
  const ring = [...corners, ...corners.slice(0, 1)].map((p) => [p.lon, p.lat]);
  return [[ring]];
}
