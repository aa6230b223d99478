import type { APIRoute, GetStaticPaths } from 'astro';
import { readStreetLayer, streetLayerPath } from '../../../../../lib/streets/files.ts';
import { streetTiles, type StreetTiles } from '../../../../../lib/streets/tiles.ts';

/**
 * /map/streets/{z}/{x}/{y}.pbf: the street layer as vector tiles for the service map, written
 * only when a street layer has been imported (npm run roads); none otherwise.
 */
let tiles: StreetTiles | null | undefined;
function load(): StreetTiles | null {
  if (tiles === undefined) {
    const path = streetLayerPath();
    tiles = path ? streetTiles(readStreetLayer(path)) : null;
  }
  return tiles;
}

export const getStaticPaths: GetStaticPaths = () => (load()?.coords ?? []).map(({ z, x, y }) => ({ params: { z: String(z), x: String(x), y: String(y) } }));

export const GET: APIRoute = ({ params }) => {
  const bytes = load()?.tile(Number(params.z), Number(params.x), Number(params.y));
  if (!bytes) return new Response(null, { status: 404 });
  return new Response(bytes, { headers: { 'Content-Type': 'application/x-protobuf' } });
};
