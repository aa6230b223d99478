import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFacilities } from '../../../lib/data/facilities.ts';
import { loadDistrict } from '../../../lib/data/regions.ts';
import { mapDetailsFile } from '../../../lib/geo-ui/map-page-data.ts';

/** /map/details/<town>.json: phones and hours of one street's or town's facilities, fetched by the map page for the ones it shows. */
export const getStaticPaths: GetStaticPaths = () => loadDistrict().towns.map((town) => ({ params: { town: town.code } }));

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(mapDetailsFile(await loadFacilities(), params.town ?? '')), {
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
});
