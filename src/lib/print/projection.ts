/**
 * A local flat projection for print maps: equirectangular around the middle of the area
 * shown, scaled to fit a frame on paper. Within the few kilometres of a community or town
 * map its scale error is far below what a printed map can show (under 0.1 % across 2 km),
 * and a circle of N metres stays a circle, so walking rings can be drawn as <circle>.
 *
 * Map units are the SVG's user units, which print maps use as millimetres on paper.
 */
import { METRES_PER_DEGREE } from '../geo/distance.ts';

const RAD = Math.PI / 180;

/** A point in WGS-84 degrees. */
export interface LonLatPoint {
  lon: number;
  lat: number;
}

/** A longitude/latitude box in WGS-84 degrees. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A rectangle in map units (x to the right, y down, as in SVG). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A projection fitted to a frame. */
export interface MapProjection {
  /** Map units (x right, y down) of a WGS-84 point. */
  project(point: LonLatPoint): { x: number; y: number };
  /** The WGS-84 point at map units (x, y). */
  invert(x: number, y: number): LonLatPoint;
  /** Map units per metre on the ground. */
  unitsPerMetre: number;
  /** The latitude the projection is true at (the middle of the fitted bounds). */
  referenceLat: number;
}

/** The box around `centre` that holds a circle of `radiusMetres`. */
export function boundsAround(centre: LonLatPoint, radiusMetres: number): Bounds {
  const dLat = radiusMetres / METRES_PER_DEGREE;
  const dLon = radiusMetres / (METRES_PER_DEGREE * Math.cos(centre.lat * RAD));
  return { west: centre.lon - dLon, south: centre.lat - dLat, east: centre.lon + dLon, north: centre.lat + dLat };
}

/** The smallest box holding all the points; throws when there are none. */
export function boundsOf(points: readonly LonLatPoint[]): Bounds {
  const first = points[0];
  if (!first) throw new RangeError('boundsOf: 至少需要一个点');
  const b = { west: first.lon, south: first.lat, east: first.lon, north: first.lat };
  for (const p of points) {
    b.west = Math.min(b.west, p.lon);
    b.east = Math.max(b.east, p.lon);
    b.south = Math.min(b.south, p.lat);
    b.north = Math.max(b.north, p.lat);
  }
  return b;
}

/** The smallest box holding both boxes. */
export function unionBounds(a: Bounds, b: Bounds): Bounds {
  return { west: Math.min(a.west, b.west), south: Math.min(a.south, b.south), east: Math.max(a.east, b.east), north: Math.max(a.north, b.north) };
}

/** Grows a box around its middle so that it is at least `minMetres` wide and tall. */
export function atLeast(bounds: Bounds, minMetres: number): Bounds {
  const lat = (bounds.south + bounds.north) / 2;
  const lon = (bounds.west + bounds.east) / 2;
  const halfLat = Math.max((bounds.north - bounds.south) / 2, minMetres / 2 / METRES_PER_DEGREE);
  const halfLon = Math.max((bounds.east - bounds.west) / 2, minMetres / 2 / (METRES_PER_DEGREE * Math.cos(lat * RAD)));
  return { west: lon - halfLon, south: lat - halfLat, east: lon + halfLon, north: lat + halfLat };
}

/**
 * Fits `bounds` into `frame`, leaving `padding` map units free on every side, keeping the
 * ground scale equal in both directions and centring the bounds in the frame.
 */
export function fitProjection(bounds: Bounds, frame: Rect, padding: number): MapProjection {
  const referenceLat = (bounds.south + bounds.north) / 2;
  const centreLon = (bounds.west + bounds.east) / 2;
  const kx = METRES_PER_DEGREE * Math.cos(referenceLat * RAD);
  const ky = METRES_PER_DEGREE;
  const widthMetres = (bounds.east - bounds.west) * kx;
  const heightMetres = (bounds.north - bounds.south) * ky;
  const innerWidth = frame.width - 2 * padding;
  const innerHeight = frame.height - 2 * padding;
  if (!(innerWidth > 0 && innerHeight > 0)) throw new RangeError('fitProjection: 边距太大，地图框内没有空间');
  if (!(widthMetres > 0 || heightMetres > 0)) throw new RangeError('fitProjection: 范围为空，请先用 atLeast() 给出最小范围');
  const unitsPerMetre = Math.min(widthMetres > 0 ? innerWidth / widthMetres : Infinity, heightMetres > 0 ? innerHeight / heightMetres : Infinity);
  const cx = frame.x + frame.width / 2;
  const cy = frame.y + frame.height / 2;
  return {
    unitsPerMetre,
    referenceLat,
    project: ({ lon, lat }) => ({ x: cx + (lon - centreLon) * kx * unitsPerMetre, y: cy - (lat - referenceLat) * ky * unitsPerMetre }),
    invert: (x, y) => ({ lon: centreLon + (x - cx) / (kx * unitsPerMetre), lat: referenceLat - (y - cy) / (ky * unitsPerMetre) }),
  };
}
