import type { APIRoute } from 'astro';
import { dataDate, loadFacilities } from '../../lib/data/facilities.ts';
import { loadDistrict } from '../../lib/data/regions.ts';
import { facilitiesHsds } from '../../lib/open-data/hsds.ts';
import { loadOpenDataMeta } from '../../lib/open-data/meta.ts';

/** All facilities as HSDS 3.0-style tables (organizations, services, locations, schedules, …). */
export const GET: APIRoute = async ({ site }) => {
  const facilities = await loadFacilities();
  const hsds = facilitiesHsds(facilities, loadDistrict(), loadOpenDataMeta(), site?.href ?? '/', dataDate(facilities));
  return new Response(JSON.stringify(hsds, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
