import type { APIRoute } from 'astro';
import { loadFacilities } from '../../lib/data/facilities.ts';
import { loadDistrict } from '../../lib/data/regions.ts';
import { readStreetLayer, streetLayerPath } from '../../lib/streets/files.ts';
import { buildSearchIndex } from '../../lib/streets/search-index.ts';

/**
 * /map/search-index.json: pinyin keys of every name the map's search knows, and the streets,
 * places and landmarks of the street layer when one has been imported. Fetched on the first search.
 */
export const GET: APIRoute = async () => {
  const district = loadDistrict();
  const facilities = await loadFacilities();
  const names = [...district.towns.flatMap((t) => [t.name, ...t.communities.map((c) => c.name)]), ...facilities.map((f) => f.name)];
  const path = streetLayerPath();
  return new Response(JSON.stringify(buildSearchIndex(names, path ? readStreetLayer(path) : null)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
