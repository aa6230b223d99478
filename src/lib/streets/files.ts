/**
 * Where a deployment's street data lives and how the build reads it: the walking graph
 * (roads-graph.json) and the street layer (streets.json), both written by npm run roads.
 * Build time only (Node).
 *
 * The folder is data/geo/ unless STREET_DATA_DIR names another (relative to the project): the
 * e2e run builds a second site from the test fixture that way, without writing into data/geo/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { StreetLayer } from '../../schemas/streets.ts';

/** The street layer of the whole district should stay under this, gzipped (issue 12). */
export const STREETS_GZIP_TARGET_BYTES = 3 * 1024 * 1024;

/** The folder holding roads-graph.json and streets.json. */
export function streetDataDir(root = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  const dir = env.STREET_DATA_DIR?.trim();
  if (!dir) return join(root, 'data/geo');
  return isAbsolute(dir) ? dir : join(root, dir);
}

/** The street layer's path when one has been imported, else null. */
export function streetLayerPath(root = process.cwd()): string | null {
  const path = join(streetDataDir(root), 'streets.json');
  return existsSync(path) ? path : null;
}

const layers = new Map<string, StreetLayer>();

/**
 * The street layer, read and checked once per build. A malformed file stops the build with a
 * Chinese message naming the file, the feature and the field.
 */
export function readStreetLayer(path: string): StreetLayer {
  let layer = layers.get(path);
  if (layer) return layer;
  const shown = relative(process.cwd(), path) || path;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${shown} 不是有效的 JSON（${(error as Error).message}）。请用 npm run roads 重新生成（见 README“道路数据”一节）。`);
  }
  const result = StreetLayer.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path ?? [];
    const where = path[0] === 'features' && typeof path[1] === 'number' ? `第 ${path[1] + 1} 个要素的 ${path.slice(2).join('.')}` : `字段 ${path.join('.') || '（顶层）'}`;
    throw new Error(`${shown}：${where}：${issue?.message ?? '格式不对'}。请用 npm run roads 重新生成（见 README“道路数据”一节）。`);
  }
  layer = result.data;
  layers.set(path, layer);
  return layer;
}
