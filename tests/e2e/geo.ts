/**
 * The tests' own distance, so that the site's figures are checked against a formula that is not the
 * site's code (src/lib/geo/distance.ts): the spherical law of cosines on the IUGG mean Earth radius.
 * It agrees with a haversine to well under a metre at these distances.
 */
const R = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

export function greatCircleMetres(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const cos = Math.sin(rad(a.lat)) * Math.sin(rad(b.lat)) + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.cos(rad(b.lon - a.lon));
  return R * Math.acos(Math.min(1, Math.max(-1, cos)));
}
