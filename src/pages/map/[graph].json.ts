import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { roadGraphPath } from '../../lib/geo-ui/map-page-data.ts';

/**
 * /map/roads-graph.json: the walking graph, copied into the site only when data/geo/roads-graph.json
 * exists (made by scripts/import-roads.ts). Without it no file is written and the map draws
 * straight-line rings. (A dynamic route only so that the file can be left out.)
 */
export const getStaticPaths: GetStaticPaths = () => (roadGraphPath() ? [{ params: { graph: 'roads-graph' } }] : []);

export const GET: APIRoute = () => new Response(readFileSync(roadGraphPath()!, 'utf8'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
