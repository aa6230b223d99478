/**
 * Reads OpenStreetMap features for npm run roads, whatever the officer downloaded:
 *
 * - `.osm.pbf` (a Geofabrik extract), `.osm` / `.osm.bz2` / `.osm.gz` XML (an Overpass export):
 *   Debian's osmium-tool clips the file to the box (`osmium extract`, streaming, so a Zhejiang
 *   extract of hundreds of MB is fine), keeps the tags the site uses (`osmium tags-filter`) and
 *   writes GeoJSON lines (`osmium export`) that are read one at a time. No PBF decoder of our own.
 * - GeoJSON: a FeatureCollection, or GeoJSON Text Sequences / newline-delimited features
 *   (.geojsonl, .geojsons, .ndjson, .jsonl), read line by line.
 *
 * Every failure is an InputError with a Chinese message naming the file and what to do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Feature, FeatureCollection } from 'geojson';

/** Bad input, said in Chinese; the script prints it and exits with code 2. */
export class InputError extends Error {}

export type Box = readonly [number, number, number, number];

/** Which reader a file needs, by its name. */
export function inputKind(path: string): 'osm' | 'geojsonl' | 'geojson' {
  if (/\.(osm\.pbf|pbf|osm|osm\.bz2|osm\.gz|o5m)$/i.test(path)) return 'osm';
  if (/\.(geojsonl|geojsons|ndjson|jsonl)$/i.test(path)) return 'geojsonl';
  return 'geojson';
}

/**
 * OSM objects the site uses: ways for roads, paths, water and rails; water areas (also as
 * relations, for rivers mapped as multipolygons); named places and amenities as nodes or areas.
 */
const TAG_FILTERS = ['w/highway', 'w/waterway', 'w/railway', 'wr/natural=water', 'wr/waterway=riverbank', 'wr/landuse=reservoir,basin', 'nwr/place', 'nwr/amenity'];

/**
 * osmium export settings: a closed way is a line when it is a road, waterway or railway, and an
 * area when it is water, a place, an amenity or a pedestrian square; never both (a closed
 * water way drawn twice would be counted twice).
 */
const EXPORT_CONFIG = {
  attributes: { type: true, id: true },
  linear_tags: ['highway', 'waterway', 'railway'],
  area_tags: ['natural=water', 'waterway=riverbank', 'landuse=reservoir', 'landuse=basin', 'amenity', 'place', 'area=yes'],
};

function osmiumAvailable(): boolean {
  return spawnSync('osmium', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Runs one osmium step, its progress bar shown on the terminal; rejects with osmium's own message on failure. */
function runOsmium(args: string[], input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('osmium', args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on('error', (error) => reject(new InputError(`无法运行 osmium：${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(corrupt(input, stderr));
    });
  });
}

function corrupt(input: string, stderr: string): InputError {
  const detail = stderr.replace(/\s*\[[= >]*\]\s*\d+%\s*/g, ' ').trim().split('\n').at(-1) ?? '';
  return new InputError(
    `无法读取 OSM 文件 ${input}：文件已损坏、下载不完整或不是 OSM 格式（osmium 报告：${detail || '无详细信息'}）。` +
      '请重新下载（Geofabrik 页面上每个文件旁有 .md5 校验值），或换用 GeoJSON 导出（见 README.md 的“道路数据”一节）。',
  );
}

/** Features of an OSM file (.osm.pbf or XML) inside the box, read through osmium. */
async function* osmFeatures(path: string, box: Box | null, progress: (count: number) => void): AsyncGenerator<Feature> {
  if (!osmiumAvailable()) {
    throw new InputError(
      `读取 ${path} 需要 osmium-tool（Debian/Ubuntu：sudo apt-get install osmium-tool；macOS：brew install osmium-tool）。` +
        '也可以先用其他工具导出 GeoJSON 再导入（见 README.md 的“道路数据”一节）。',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'ouhai-roads-'));
  try {
    const clipped = join(dir, 'clipped.osm.pbf');
    const filtered = join(dir, 'filtered.osm.pbf');
    const config = join(dir, 'export.json');
    writeFileSync(config, JSON.stringify(EXPORT_CONFIG));
    if (box) {
      console.log(`osmium：裁剪到 ${box.map((v) => v.toFixed(3)).join(',')} …`);
      await runOsmium(['extract', '--bbox', box.join(','), '--strategy', 'complete_ways', '--overwrite', '--progress', '-o', clipped, path], path);
    }
    console.log('osmium：筛选道路、水系、铁路、地名 …');
    await runOsmium(['tags-filter', '--overwrite', '--progress', '-o', filtered, box ? clipped : path, ...TAG_FILTERS], path);
    const child = spawn('osmium', ['export', '-c', config, '-f', 'geojsonseq', '-x', 'print_record_separator=false', '-o', '-', filtered], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    let count = 0;
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      const text = line.replace(/^\x1e/, '').trim();
      if (!text) continue;
      count++;
      if (count % 50_000 === 0) progress(count);
      yield JSON.parse(text) as Feature;
    }
    if ((await closed) !== 0) throw corrupt(path, stderr);
    progress(count);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Features of a line-delimited GeoJSON file. */
async function* lineFeatures(path: string, progress: (count: number) => void): AsyncGenerator<Feature> {
  let line = 0;
  let count = 0;
  for await (const raw of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    line++;
    const text = raw.replace(/^\x1e/, '').trim();
    if (!text) continue;
    let feature: Feature;
    try {
      feature = JSON.parse(text) as Feature;
    } catch {
      throw new InputError(`${path} 第 ${line} 行不是有效的 JSON；每行应是一个 GeoJSON Feature`);
    }
    count++;
    if (count % 50_000 === 0) progress(count);
    yield feature;
  }
  progress(count);
}

/** Features of a GeoJSON FeatureCollection file. */
function collectionFeatures(path: string): Feature[] {
  let collection: FeatureCollection;
  try {
    collection = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  } catch (error) {
    const tooBig = error instanceof RangeError || /string length/i.test(String(error));
    throw new InputError(
      tooBig
        ? `${path} 太大，无法一次读入。请直接导入 .osm.pbf，或导出为 .geojsonl 逐行读取（见 README.md 的“道路数据”一节）`
        : `${path} 不是有效的 JSON：${String(error)}`,
    );
  }
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new InputError(`${path} 应为 GeoJSON FeatureCollection（"type": "FeatureCollection"），实际为 ${JSON.stringify(collection?.type)}`);
  }
  return collection.features;
}

/**
 * Every feature of the input, in file order. For OSM files osmium has already clipped to `box`;
 * the caller still checks each feature against it (GeoJSON input is not clipped here).
 */
export async function* readOsmFeatures(path: string, box: Box | null, progress: (count: number) => void = () => {}): AsyncGenerator<Feature> {
  const kind = inputKind(path);
  if (kind === 'osm') yield* osmFeatures(path, box, progress);
  else if (kind === 'geojsonl') yield* lineFeatures(path, progress);
  else yield* collectionFeatures(path);
}
