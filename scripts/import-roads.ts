/**
 * Builds data/geo/roads-graph.json, the walking graph the map searches, from OpenStreetMap
 * roads exported as GeoJSON. How to get such a file: README.md, section “道路数据”.
 *
 *   npm run roads -- <roads.geojson | roads.geojsonl> [--out data/geo/roads-graph.json]
 *                    [--bbox west,south,east,north | --bbox none] [--source "…"]
 *
 * - Input: a GeoJSON FeatureCollection, or GeoJSON Text Sequences / newline-delimited
 *   features (.geojsonl, .geojsons, .ndjson, .jsonl — read line by line, for large extracts).
 *   Coordinates must be WGS-84 (OSM's own); AMap/GCJ-02 data must not be used.
 * - By default only ways with a vertex inside Ouhai's outline bounding box (plus 2 km) are kept.
 * - Which ways are walkable: src/lib/geo/roads.ts.
 *
 * No road data ships with the project; without the output file the site draws straight-line rings.
 */
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { buildWalkGraph, type SkipReason } from '../src/lib/geo/roads.ts';
import { encodeGraph } from '../src/lib/geo/graph.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const OSM_ATTRIBUTION = '© OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright)';
/** 2 km in degrees of latitude, a margin around the district so border streets keep their links. */
const MARGIN_DEGREES = 2000 / 111195;

function die(message: string): never {
  console.error(`错误：${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: join(root, 'data/geo/roads-graph.json') },
    bbox: { type: 'string' },
    source: { type: 'string', default: OSM_ATTRIBUTION },
  },
});
const input = positionals[0];
if (!input) die('请给出道路 GeoJSON 文件，例如：npm run roads -- ~/Downloads/wenzhou-roads.geojson（获取方法见 README.md 的“道路数据”一节）');
try {
  statSync(input);
} catch {
  die(`找不到文件 ${input}`);
}

/** The bounding box to keep: --bbox, or Ouhai's outline plus a margin. */
function chosenBbox(): [number, number, number, number] | null {
  if (values.bbox === 'none') return null;
  if (values.bbox) {
    const parts = values.bbox.split(',').map(Number);
    const [w, s, e, n] = parts;
    if (
      parts.length !== 4 ||
      parts.some((v) => !Number.isFinite(v)) ||
      w === undefined ||
      s === undefined ||
      e === undefined ||
      n === undefined ||
      w >= e ||
      s >= n
    ) {
      die(`--bbox 应为“西,南,东,北”四个经纬度数字（WGS-84），例如 120.38,27.86,120.76,28.06；收到 ${values.bbox}`);
    }
    return [w, s, e, n];
  }
  const outline = JSON.parse(readFileSync(join(root, 'data/geo/ouhai-outline.geojson'), 'utf8')) as FeatureCollection;
  const [w, s, e, n] = bbox(outline) as [number, number, number, number];
  return [w - MARGIN_DEGREES * 1.15, s - MARGIN_DEGREES, e + MARGIN_DEGREES * 1.15, n + MARGIN_DEGREES];
}
const box = chosenBbox();

function touchesBox(feature: Feature): boolean {
  if (!box) return true;
  const g = feature.geometry;
  const lines: Position[][] = g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];
  return lines.some((line) => line.some(([x = NaN, y = NaN]) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]));
}

/** Reads features from a FeatureCollection or a line-delimited sequence, keeping those in the box. */
async function readFeatures(path: string): Promise<{ total: number; kept: Feature[] }> {
  const kept: Feature[] = [];
  let total = 0;
  if (/\.(geojsonl|geojsons|ndjson|jsonl)$/i.test(path)) {
    let line = 0;
    for await (const raw of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
      line++;
      const text = raw.replace(/^\x1e/, '').trim();
      if (!text) continue;
      let feature: Feature;
      try {
        feature = JSON.parse(text) as Feature;
      } catch {
        die(`${path} 第 ${line} 行不是有效的 JSON；每行应是一个 GeoJSON Feature`);
      }
      total++;
      if (touchesBox(feature)) kept.push(feature);
    }
    return { total, kept };
  }
  let collection: FeatureCollection;
  try {
    collection = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  } catch (error) {
    const tooBig = error instanceof RangeError || /string length/i.test(String(error));
    die(
      tooBig
        ? `${path} 太大，无法一次读入。请先裁剪到瓯海区范围，或用 ogr2ogr -f GeoJSONSeq 导出为 .geojsonl 逐行读取（见 README.md 的“道路数据”一节）`
        : `${path} 不是有效的 JSON：${String(error)}`,
    );
  }
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    die(`${path} 应为 GeoJSON FeatureCollection（"type": "FeatureCollection"），实际为 ${JSON.stringify(collection.type)}`);
  }
  return { total: collection.features.length, kept: collection.features.filter(touchesBox) };
}

const started = performance.now();
const { total, kept } = await readFeatures(input);
if (total === 0) die(`${input} 中没有任何要素`);
if (kept.length === 0) {
  die(
    `${input} 的 ${total} 个要素都不在范围 ${box?.map((v) => v.toFixed(3)).join(',')} 内。` +
      '请确认文件覆盖瓯海区、坐标为 WGS-84 且经度在前；若确实要导入其他范围，请用 --bbox 指定。',
  );
}

const { graph, stats } = buildWalkGraph(
  { type: 'FeatureCollection', features: kept },
  { source: values.source, generated: new Date().toISOString() },
);
if (graph.edgeCount === 0) die(`${input} 中没有可步行的道路（需要带 highway 标签的线要素，规则见 README.md 的“道路数据 → 哪些道路算作可步行”）`);
const json = encodeGraph(graph);
const text = JSON.stringify(json);
writeFileSync(values.out, `${text}\n`);

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
console.log(`读取 ${total} 个要素，范围内 ${kept.length} 个，用作步行道路 ${stats.kept} 个。`);
for (const [reason, count] of Object.entries(stats.skipped))
  if (count) console.log(`  跳过 ${count} 个：${reasonsZh[reason as SkipReason]}`);
const skippedHighways = Object.entries(stats.skippedHighways).sort((a, b) => b[1] - a[1]);
if (skippedHighways.length) console.log(`  跳过的 highway 值：${skippedHighways.map(([k, v]) => `${k} ${v}`).join('，')}`);
console.log(`步行图：${stats.nodes} 个节点，${stats.edges} 条边（台阶 ${stats.stepsEdges} 条），道路总长 ${km.toFixed(1)} 公里。`);
console.log(`连通：${stats.components} 个互不相连的部分，最大部分含 ${(stats.largestComponentShare * 100).toFixed(1)}% 的节点。`);
if (stats.largestComponentShare < 0.9) {
  console.log('  注意：最大连通部分不足 90%。常见原因：导出时裁掉了连接道路、只导出了部分道路类型，或数据本身在桥梁/路口处没有共用节点。');
}
const shown = relative(root, values.out).startsWith('..') ? values.out : relative(root, values.out);
console.log(`已写入 ${shown}（${(text.length / 1024).toFixed(0)} KB），用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`);
