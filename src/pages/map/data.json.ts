import type { APIRoute } from 'astro';
import { loadFacilities } from '../../lib/data/facilities.ts';
import { loadOutline, mapDataFile } from '../../lib/geo-ui/map-page-data.ts';

/** /map/data.json: the facilities (compact) and the district outline, fetched by the map page's island. */
export const GET: APIRoute = async () => new Response(JSON.stringify(mapDataFile(await loadFacilities(), loadOutline())), {
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
});
