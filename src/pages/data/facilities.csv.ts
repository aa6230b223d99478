import type { APIRoute } from 'astro';
import { loadFacilities } from '../../lib/data/facilities.ts';
import { loadDistrict } from '../../lib/data/regions.ts';
import { facilitiesCsv } from '../../lib/open-data/csv.ts';

/** All facilities in the import template's format, UTF-8 with BOM (opens in Excel, re-imports unchanged). */
export const GET: APIRoute = async () => {
  const csv = facilitiesCsv(await loadFacilities(), loadDistrict());
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
