/**
 * `npm run bench`: prints speed figures for the map's geometry (issue 3, item 9). Figures only,
 * no assertions: machines differ. Seeded, so runs on one machine are comparable.
 *
 * 1. 50,000 random facilities over Ouhai's bounding box: index build time, and the median
 *    time of a 15-minute `within` query, against turf.circle + turf.pointsWithinPolygon on the
 *    same points in the same run (targets: < 1 ms, ≥ 50× faster).
 * 2. A synthetic road graph of about 200,000 edges (a 10 m street grid with 5 % of edges
 *    removed — denser than real OSM data, so more nodes per minute walked): loading it from
 *    the JSON file format, and the median time of a 15-minute reach search (target < 50 ms),
 *    plus the whole-graph search as a worst case and drawing the reach area.
 * 3. A synthetic district street layer (syntheticStreetFeatures: 36,620 OSM features): the size of
 *    streets.json, gzipped (target < 3 MB for the whole district), and the vector tiles the map
 *    loads from it (count, largest tile gzipped, time to cut them all).
 */
import { gzipSync } from 'node:zlib';
import { circle, featureCollection, point, pointsWithinPolygon } from '@turf/turf';
import { createFacilityIndex, within } from '../src/lib/geo/facility-index.ts';
import { decodeGraph, encodeGraph } from '../src/lib/geo/graph.ts';
import { DEFAULT_PACE, minutesToMetres, paceById } from '../src/lib/geo/pace.ts';
import { reachAreas, reachFrom } from '../src/lib/geo/reach.ts';
import { haversineMetres } from '../src/lib/geo/distance.ts';
import { gridGraph, mulberry32, randomPoints, syntheticStreetFeatures } from './lib/synthetic.ts';
import { buildStreetLayer } from '../src/lib/streets/layer.ts';
import { STREETS_GZIP_TARGET_BYTES } from '../src/lib/streets/files.ts';
import { streetTiles } from '../src/lib/streets/tiles.ts';

const SEED = 20260501;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
}

/** Runs fn once per input and returns the times in ms. */
function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const start = performance.now();
    fn(input);
    return performance.now() - start;
  });
}

const ms = (v: number) => (v < 0.1 ? `${(v * 1000).toFixed(1)} µs` : `${v.toFixed(v < 10 ? 2 : 1)} ms`);

interface Row {
  measure: string;
  value: string;
  target: string;
  met: string;
}
const rows: Row[] = [];
const row = (measure: string, value: string, target = '', met: boolean | null = null) =>
  rows.push({ measure, value, target, met: met === null ? '' : met ? '是 yes' : '否 NO' });

// 1. Facility index ------------------------------------------------------------------------------
const FACILITIES = 50_000;
const facilities = randomPoints(FACILITIES, mulberry32(SEED));
const buildTimes = timeEach([1, 2, 3, 4, 5], () => createFacilityIndex(facilities));
const index = createFacilityIndex(facilities);
row(`索引构建 index build (${FACILITIES.toLocaleString('en')} facilities, median of 5)`, ms(median(buildTimes)));

const radius = minutesToMetres(15, DEFAULT_PACE);
const queries = randomPoints(2000, mulberry32(SEED + 1));
timeEach(queries.slice(0, 300), (q) => within(index, q.lon, q.lat, radius)); // warm-up
const withinTimes = timeEach(queries, (q) => within(index, q.lon, q.lat, radius));
const withinMedian = median(withinTimes);
const found = median(queries.slice(0, 200).map((q) => within(index, q.lon, q.lat, radius).length));
row(
  `within() 15 min @ ${DEFAULT_PACE.metresPerSecond} m/s = ${radius} m (median of ${queries.length}; ~${found} hits)`,
  ms(withinMedian),
  '< 1 ms',
  withinMedian < 1,
);
row('within() p95', ms(percentile(withinTimes, 0.95)));
const fast = paceById('standard');
if (fast) {
  const r = minutesToMetres(15, fast);
  const times = timeEach(queries, (q) => within(index, q.lon, q.lat, r));
  row(`within() 15 min @ ${fast.metresPerSecond} m/s = ${r} m (median)`, ms(median(times)), '< 1 ms', median(times) < 1);
}

const collection = featureCollection(facilities.map((f) => point([f.lon, f.lat], { id: f.id })));
const turfQueries = queries.slice(0, 60);
const turfSearch = (q: { lon: number; lat: number }) =>
  pointsWithinPolygon(collection, circle([q.lon, q.lat], radius, { steps: 64, units: 'meters' })).features.map((f) => f.properties.id);
timeEach(turfQueries.slice(0, 5), turfSearch); // warm-up
const turfTimes = timeEach(turfQueries, turfSearch);
const turfMedian = median(turfTimes);
row(`turf.circle + turf.pointsWithinPolygon, same ${radius} m (median of ${turfQueries.length})`, ms(turfMedian));
const speedUp = turfMedian / withinMedian;
row('加速比 speed-up (turf median / within median)', `${speedUp.toFixed(0)}×`, '≥ 50×', speedUp >= 50);

// The two should find the same facilities, except points within a metre of the circle, where
// turf's 64-sided polygon cuts inside the true circle.
let disagreements = 0;
let unexplained = 0;
for (const q of turfQueries) {
  const ours = new Set(within(index, q.lon, q.lat, radius).map((h) => h.item.id));
  const theirs = new Set(turfSearch(q));
  for (const f of facilities) {
    if (ours.has(f.id) === theirs.has(f.id)) continue;
    disagreements++;
    if (Math.abs(haversineMetres(q.lon, q.lat, f.lon, f.lat) - radius) > 1) unexplained++;
  }
}
row(
  'turf 与索引结果差异 results differing from turf (all within 1 m of the circle?)',
  `${disagreements}`,
  '0 farther than 1 m',
  unexplained === 0,
);

// 2. Reach on a road graph ------------------------------------------------------------------------
const SIZE = 326;
const SPACING = 10;
let start = performance.now();
const built = gridGraph(SIZE, SPACING, 0.05, mulberry32(SEED + 2));
const buildMs = performance.now() - start;
row(
  `合成路网 synthetic graph: ${SIZE}×${SIZE} grid, ${SPACING} m, 5 % removed`,
  `${built.nodeCount.toLocaleString('en')} nodes, ${built.edgeCount.toLocaleString('en')} edges`,
);
row('  构建 build (CSR + segment index)', ms(buildMs));
const text = JSON.stringify(encodeGraph(built));
start = performance.now();
const graph = decodeGraph(JSON.parse(text));
const loadMs = performance.now() - start;
row(
  `  读取文件 load from JSON (${(text.length / 1048576).toFixed(1)} MB, gzip ${(gzipSync(text).length / 1024).toFixed(0)} KB; parse + check + build)`,
  ms(loadMs),
);

// Start points spread over the middle 80 % of the grid (the projection is centred on it).
const random = mulberry32(SEED + 3);
const half = ((SIZE - 1) * SPACING) / 2;
const starts = Array.from({ length: 100 }, () => ({
  lon: graph.projection.lon(half * 0.8 * (2 * random() - 1)),
  lat: graph.projection.lat(half * 0.8 * (2 * random() - 1)),
}));
const unsnapped = starts.filter((s) => !reachFrom(graph, s.lon, s.lat, 0)).length;
if (unsnapped) throw new Error(`${unsnapped} bench start points did not snap to the grid`);
for (const pace of [DEFAULT_PACE, fast ?? DEFAULT_PACE]) {
  const limit = minutesToMetres(15, pace);
  timeEach(starts.slice(0, 10), (s) => reachFrom(graph, s.lon, s.lat, limit)); // warm-up
  const times = timeEach(starts, (s) => reachFrom(graph, s.lon, s.lat, limit));
  const probe = reachFrom(graph, starts[0]?.lon ?? 0, starts[0]?.lat ?? 0, limit);
  const settled = probe ? probe.dist.reduce((n, d) => n + (d < Infinity ? 1 : 0), 0) : 0;
  row(
    `reachFrom() 15 min @ ${pace.metresPerSecond} m/s = ${limit} m (median of ${starts.length}; ~${settled.toLocaleString('en')} nodes)`,
    ms(median(times)),
    '< 50 ms',
    median(times) < 50,
  );
}
const fullTimes = timeEach(starts.slice(0, 15), (s) => reachFrom(graph, s.lon, s.lat, Infinity));
row(`reachFrom() whole graph, no limit (worst case, for information; median of 15)`, ms(median(fullTimes)));
const reaches = starts.slice(0, 10).map((s) => reachFrom(graph, s.lon, s.lat, radius));
const areaTimes = timeEach(reaches, (reach) => reach && reachAreas(reach, DEFAULT_PACE));
row(`reachAreas() 5/10/15 min @ ${DEFAULT_PACE.metresPerSecond} m/s, drawing on this dense grid (median of 10)`, ms(median(areaTimes)));

// 3. Street layer --------------------------------------------------------------------------------
const osm = syntheticStreetFeatures(mulberry32(SEED + 4));
start = performance.now();
const { layer, stats: layerStats } = buildStreetLayer(osm, { source: 'synthetic', generated: '', bbox: [120.54, 27.92, 120.70, 28.05] });
const layerMs = performance.now() - start;
const layerText = JSON.stringify(layer);
const layerGzip = gzipSync(layerText).length;
row(`合成街道图层 synthetic street layer: ${osm.length.toLocaleString('en')} OSM features → ${layer.features.length.toLocaleString('en')} kept, ${layerStats.vertices.toLocaleString('en')} vertices`, ms(layerMs));
row(
  `  街道图层大小 streets.json size (${(layerText.length / 1048576).toFixed(1)} MB raw), gzip`,
  `${(layerGzip / 1048576).toFixed(2)} MB`,
  `< ${STREETS_GZIP_TARGET_BYTES / 1048576} MB`,
  layerGzip < STREETS_GZIP_TARGET_BYTES,
);
start = performance.now();
const tiles = streetTiles(layer);
let largestTile = 0;
for (const c of tiles.coords) largestTile = Math.max(largestTile, gzipSync(tiles.tile(c.z, c.x, c.y) ?? new Uint8Array()).length);
row(`  地图瓦片 map tiles z10–15: ${tiles.coords.length.toLocaleString('en')} tiles, largest gzip ${(largestTile / 1024).toFixed(0)} KB; cutting and encoding all`, ms(performance.now() - start));

// Table ----------------------------------------------------------------------------------------
/** Terminal columns: CJK and full-width characters take two. */
const columns = (s: string) => [...s].reduce((n, c) => n + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
const widths = (['measure', 'value', 'target', 'met'] as const).map((k) => Math.max(k.length, ...rows.map((r) => columns(r[k]))));
const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - columns(c)))).join(' | ');
console.log(`\nnpm run bench — Node ${process.version}, seed ${SEED}\n`);
console.log(line(['measure', 'value', 'target', 'met']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line([r.measure, r.value, r.target, r.met]));
const missed = rows.filter((r) => r.met.startsWith('否'));
console.log(missed.length ? `\n未达标 ${missed.length} 项 (targets missed: ${missed.length}).` : '\n全部达标 (all targets met).');
