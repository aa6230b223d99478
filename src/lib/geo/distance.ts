/**
 * Distances between WGS-84 points in metres.
 *
 * Everything in src/lib/geo uses the same sphere as turf and geokdbush-style code
 * (mean Earth radius 6 371 008.8 m), so a ring drawn by turf.circle and a distance
 * computed here agree to well under a metre at the scale of a district.
 */

/** Mean Earth radius in metres (IUGG), the radius turf uses by default. */
export const EARTH_RADIUS_METRES = 6371008.8;

const RAD = Math.PI / 180;

/** Metres per degree of latitude (and of longitude at the equator) on that sphere. */
export const METRES_PER_DEGREE = EARTH_RADIUS_METRES * RAD;

/** Great-circle distance in metres (haversine). Exact on the sphere; use it for anything shown to people. */
export function haversineMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const sinDLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinDLon = Math.sin(((lon2 - lon1) * RAD) / 2);
  const h = sinDLat * sinDLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinDLon * sinDLon;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Equirectangular approximation in metres: faster (one cosine) and within 0.1 % of the
 * haversine for the few kilometres of a walking search; not for long distances.
 */
export function equirectangularMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * RAD);
  const y = lat2 - lat1;
  return Math.sqrt(x * x + y * y) * METRES_PER_DEGREE;
}

/**
 * A local flat projection around a reference latitude: x east and y north in metres.
 * Good for snapping and drawing within a district (scale error under 0.5 % across Ouhai's
 * 0.2° of latitude); the reach search itself uses haversine edge lengths.
 */
export interface LocalProjection {
  /** Metres east of the reference longitude. */
  x(lon: number): number;
  /** Metres north of the reference latitude. */
  y(lat: number): number;
  /** Longitude of a point `x` metres east. */
  lon(x: number): number;
  /** Latitude of a point `y` metres north. */
  lat(y: number): number;
}

/** A LocalProjection centred on (lon0, lat0). */
export function localProjection(lon0: number, lat0: number): LocalProjection {
  const kx = METRES_PER_DEGREE * Math.cos(lat0 * RAD);
  const ky = METRES_PER_DEGREE;
  return {
    x: (lon) => (lon - lon0) * kx,
    y: (lat) => (lat - lat0) * ky,
    lon: (x) => lon0 + x / kx,
    lat: (y) => lat0 + y / ky,
  };
}
