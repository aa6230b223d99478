import type { APIRoute } from 'astro';
import { dataDate, loadFacilities } from '../../lib/data/facilities.ts';
import { loadDistrict } from '../../lib/data/regions.ts';
import { facilitiesGeoJson } from '../../lib/open-data/geojson.ts';
import { loadOpenDataMeta } from '../../lib/open-data/meta.ts';

/** All facilities as a GeoJSON FeatureCollection (WGS-84). */
export const GET: APIRoute = async () => {
  const facilities = await loadFacilities();
  const geojson = facilitiesGeoJson(facilities, loadDistrict(), loadOpenDataMeta(), dataDate(facilities));
  return new Response(JSON.stringify(geojson), { headers: { 'Content-Type': 'application/geo+json' } });
};
