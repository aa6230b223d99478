/**
 * Builds the street data of a deployment from an OpenStreetMap extract: the walking graph the
 * map and the sheets measure with (roads-graph.json) and the street layer they draw and search
 * (streets.json). How to get an extract: README.md, section “道路数据”.
 *
 *   npm run roads -- <extract.osm.pbf | export.osm | roads.geojson | roads.geojsonl>
 *                    [--out-dir data/geo] [--out <graph file>] [--streets <layer file, default beside the graph>]
 *                    [--bbox west,south,east,north | --bbox none] [--source "…"]
 *
 * - .osm.pbf and .osm are read through Debian's osmium-tool (scripts/lib/osm-source.ts);
 *   GeoJSON (a FeatureCollection, or one feature a line) directly. Coordinates must be WGS-84
 *   (OSM's own); AMap/GCJ-02 data must not be used.
 * - By default only features inside Ouhai's outline bounding box plus 2 km are kept.
 * - Which ways are walkable: src/lib/geo/roads.ts; what the street layer shows: src/lib/streets/layer.ts.
 *
 * No street data ships with the project; without these files the site draws straight-line rings
 * and says that no street data is loaded.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { buildWalkGraph, tagsOf, type SkipReason } from '../src/lib/geo/roads.ts';
import { encodeGraph } from '../src/lib/geo/graph.ts';
import { buildStreetLayer } from '../src/lib/streets/layer.ts';
import { STREETS_GZIP_TARGET_BYTES } from '../src/lib/streets/files.ts';
import { InputError, readOsmFeatures, type Box } from './lib/osm-source.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const OSM_ATTRIBUTION = '© OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright)';
/** 2 km in degrees of latitude, a margin around the district so border streets keep their links. */
const MARGIN_DEGREES = 2000 / 111195;

function die(message: string): never {
  console.error(`错误：${message}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'out-dir': { type: 'string', default: join(root, 'data/geo') },
      out: { type: 'string' },
      streets: { type: 'string' },
      bbox: { type: 'string' },
      source: { type: 'string', default: OSM_ATTRIBUTION },
    },
  });
} catch (error) {
  die(`命令参数有误：${(error as Error).message}。用法见 README.md 的“道路数据”一节。`);
}
const { values, positionals } = parsed;
const input = positionals[0];
if (!input) die('请给出 OpenStreetMap 文件，例如：npm run roads -- ~/Downloads/zhejiang-latest.osm.pbf（获取方法见 README.md 的“道路数据”一节）');
try {
  statSync(input);
} catch {
  die(`找不到文件 ${input}`);
}
const graphOut = values.out ?? join(values['out-dir'], 'roads-graph.json');
// Beside the graph unless named: the two files are one deployment's street data.
const streetsOut = values.streets ?? join(values.out ? dirname(values.out) : values['out-dir'], 'streets.json');

/** The bounding box to keep: --bbox, or Ouhai's outline plus a margin. */
function chosenBbox(): Box | null {
  if (values.bbox === 'none') return null;
  if (values.bbox) {
    const parts = values.bbox.split(',').map(Number);
    const [w, s, e, n] = parts;
    if (parts.length !== 4 || parts.some((v) => !Number.isFinite(v)) || w === undefined || s === undefined || e === undefined || n === undefined || w >= e || s >= n) {
      die(`--bbox 应为“西,南,东,北”四个经纬度数字（WGS-84），例如 120.38,27.86,120.76,28.06；收到 ${values.bbox}`);
    }
    return [w, s, e, n];
  }
  const outline = JSON.parse(readFileSync(join(root, 'data/geo/ouhai-outline.geojson'), 'utf8')) as FeatureCollection;
  const [w, s, e, n] = bbox(outline) as [number, number, number, number];
  return [w - MARGIN_DEGREES * 1.15, s - MARGIN_DEGREES, e + MARGIN_DEGREES * 1.15, n + MARGIN_DEGREES];
}
const box = chosenBbox();

/** True when some vertex of the feature lies in the box. */
function touchesBox(feature: Feature): boolean {
  if (!box) return true;
  const inside = ([x = NaN, y = NaN]: Position) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
  const visit = (c: unknown): boolean => (Array.isArray(c) && typeof c[0] === 'number' ? inside(c as Position) : Array.isArray(c) && c.some(visit));
  const g = feature.geometry;
  return g !== null && g !== undefined && 'coordinates' in g && visit(g.coordinates);
}

const started = performance.now();
let total = 0;
const kept: Feature[] = [];
try {
  for await (const feature of readOsmFeatures(input, box, (n) => console.log(`  已读取 ${n.toLocaleString('en')} 个要素 …`))) {
    total++;
    if (touchesBox(feature)) kept.push(feature);
  }
} catch (error) {
  if (error instanceof InputError) die(error.message);
  throw error;
}
if (total === 0) die(`${input} 中没有任何要素（OSM 文件：范围内没有道路、水系或地名）`);
if (kept.length === 0) {
  die(
    `${input} 的 ${total} 个要素都不在范围 ${box?.map((v) => v.toFixed(3)).join(',')} 内。` +
      '请确认文件覆盖瓯海区、坐标为 WGS-84 且经度在前；若确实要导入其他范围，请用 --bbox 指定。',
  );
}

const generated = new Date().toISOString();
const roads = kept.filter((f) => tagsOf(f).highway !== undefined);
const { graph, stats } = buildWalkGraph({ type: 'FeatureCollection', features: roads }, { source: values.source, generated });
if (graph.edgeCount === 0) die(`${input} 中没有可步行的道路（需要带 highway 标签的线要素，规则见 README.md 的“道路数据 → 哪些道路算作可步行”）`);
const keptBox: [number, number, number, number] = box ? [box[0], box[1], box[2], box[3]] : (bbox({ type: 'FeatureCollection', features: kept }) as [number, number, number, number]);
const { layer, stats: layerStats } = buildStreetLayer(kept, { source: values.source, generated, bbox: keptBox });

const graphText = JSON.stringify(encodeGraph(graph));
const layerText = JSON.stringify(layer);
try {
  writeFileSync(graphOut, `${graphText}\n`);
  writeFileSync(streetsOut, `${layerText}\n`);
} catch (error) {
  die(`无法写入输出文件：${(error as Error).message}。请确认文件夹存在且可写（--out-dir）。`);
}

const reasonsZh: Record<SkipReason, string> = {
  'no-highway': '没有 highway 标签',
  motorway: '高速公路 motorway',
  expressway: '快速路 motorroad/expressway=yes',
  'trunk-without-foot': '干线公路 trunk（未标明可步行或人行道）',
  'not-walkable-highway': '其他不可步行的 highway 值',
  'foot-no': 'foot=no / use_sidepath',
  'access-no': 'access=no',
  'not-a-line': '不是线要素（面、点）',
};
const km = graph.edgeLength.reduce((a, b) => a + b, 0) / 1000;
console.log(`读取 ${total} 个要素，范围内 ${kept.length} 个；其中道路 ${roads.length} 个，用作步行道路 ${stats.kept} 个。`);
for (const [reason, count] of Object.entries(stats.skipped)) if (count) console.log(`  跳过 ${count} 个：${reasonsZh[reason as SkipReason]}`);
const skippedHighways = Object.entries(stats.skippedHighways).sort((a, b) => b[1] - a[1]);
if (skippedHighways.length) console.log(`  跳过的 highway 值：${skippedHighways.map(([k, v]) => `${k} ${v}`).join('，')}`);
console.log(`步行图：${stats.nodes} 个节点，${stats.edges} 条边（台阶 ${stats.stepsEdges} 条），道路总长 ${km.toFixed(1)} 公里。`);
console.log(`连通：${stats.components} 个互不相连的部分，最大部分含 ${(stats.largestComponentShare * 100).toFixed(1)}% 的节点。`);
if (stats.largestComponentShare < 0.9) {
  console.log('  注意：最大连通部分不足 90%。常见原因：导出时裁掉了连接道路、只导出了部分道路类型，或数据本身在桥梁/路口处没有共用节点。');
}
const k = layerStats.kept;
console.log(
  `街道图层：道路 ${k.road}、小路和台阶 ${k.path}、河流沟渠 ${k.waterway}、水面 ${k.water}、铁路 ${k.railway}、地名 ${k.place}、地标 ${k.landmark} 个要素（${layerStats.vertices} 个顶点）；${layerStats.leftOut} 个要素不在图层中显示。`,
);
const shown = (p: string) => (relative(root, p).startsWith('..') ? p : relative(root, p));
const gzipBytes = gzipSync(layerText).length;
console.log(`已写入 ${shown(graphOut)}（${(graphText.length / 1024).toFixed(0)} KB）`);
console.log(
  `已写入 ${shown(streetsOut)}（${(layerText.length / 1024).toFixed(0)} KB，gzip 后 ${(gzipBytes / 1024).toFixed(0)} KB；目标全区 gzip 后小于 ${STREETS_GZIP_TARGET_BYTES / 1024 / 1024} MB${gzipBytes > STREETS_GZIP_TARGET_BYTES ? '——超出目标，请检查范围是否裁得太大' : ''}）`,
);
console.log(`署名：${values.source}。用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`);
