/**
 * Build-time data for the map page and its JSON files: the compact facility list, the district
 * outline, the towns for the location picker, and the road graph when one has been imported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import type { District } from '../../schemas/region.ts';
import type { Facility } from '../../schemas/facility.ts';
import { shippedHolidayTable } from '../hours/calendar.ts';
import type { HolidayTable } from '../hours/calendar-table.ts';
import { buildInstant } from '../directory/build-time.ts';
import { decodeGraph, type WalkGraph } from '../geo/graph.ts';
import { streetDataDir } from '../streets/files.ts';
import { packPoints, toMapDetails, toMapPoint, type MapDetails, type PackedPoints, type PickerTown } from './map-data.ts';

/** The district outline shipped with the site (data/geo/ouhai-outline.geojson). */
export function loadOutline(root = process.cwd()): FeatureCollection<Geometry> {
  return JSON.parse(readFileSync(join(root, 'data/geo/ouhai-outline.geojson'), 'utf8')) as FeatureCollection<Geometry>;
}

/** Where an imported road graph lives (data/geo/ or STREET_DATA_DIR); absent unless someone ran the road import. */
export function roadGraphPath(root = process.cwd()): string | null {
  const path = join(streetDataDir(root), 'roads-graph.json');
  return existsSync(path) ? path : null;
}

const roadGraphs = new Map<string, WalkGraph>();

/**
 * The road graph written by npm run roads, decoded once per build however many pages read it
 * (/coverage/ measures with it, /map/ credits its `meta.source`).
 */
export function readRoadGraph(path: string): WalkGraph {
  let graph = roadGraphs.get(path);
  if (!graph) {
    graph = decodeGraph(JSON.parse(readFileSync(path, 'utf8')));
    roadGraphs.set(path, graph);
  }
  return graph;
}

/** Towns and their communities for the 街道 → 村社 lists. */
export function pickerTowns(district: District): PickerTown[] {
  return district.towns.map((t) => ({
    code: t.code,
    name: t.name,
    lon: t.centre.lon,
    lat: t.centre.lat,
    communities: t.communities.map((c) => ({ code: c.code, name: c.name })),
  }));
}

/** What /map/data.json holds. */
export interface MapDataFile {
  /** Every facility's point (map-data.ts PackedPoints). */
  points: PackedPoints;
  outline: FeatureCollection<Geometry>;
  /** Public holidays and 调休 days of the years every page ships (shippedHolidayTable), for “open now” in the browser. */
  holidays: HolidayTable;
}

export function mapDataFile(facilities: readonly Facility[], outline: FeatureCollection<Geometry>, buildDate = buildInstant()): MapDataFile {
  return { points: packPoints(facilities.map(toMapPoint)), outline, holidays: shippedHolidayTable(buildDate) };
}

/** What /map/details/<town>.json holds: the phones and hours of the town's facilities, by id. */
export type MapDetailsFile = Record<string, MapDetails>;

export function mapDetailsFile(facilities: readonly Facility[], townCode: string): MapDetailsFile {
  return Object.fromEntries(facilities.filter((f) => f.region.townCode === townCode).map((f) => [f.id, toMapDetails(f)]));
}

/** [[west, south], [east, north]] of the outline. */
export function outlineBounds(outline: FeatureCollection<Geometry>): [[number, number], [number, number]] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      w = Math.min(w, x ?? w);
      e = Math.max(e, x ?? e);
      s = Math.min(s, y ?? s);
      n = Math.max(n, y ?? n);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of outline.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return [[w, s], [e, n]];
}
