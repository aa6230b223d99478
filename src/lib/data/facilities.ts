/**
 * The facilities the site is built from: every .csv, .xlsx and .geojson file in
 * data/facilities, imported with the importer. Any rejected row stops the build with a
 * message naming the file, row and field.
 */
import { readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Facility } from '../../schemas/facility.ts';
import { importFile, type ImportReport } from '../import/index.ts';

const EXTENSIONS = new Set(['.csv', '.xlsx', '.geojson']);

export type FacilityFile = { path: string; facilities: Facility[]; report: ImportReport };

/** Imports each data file in `dir` (sorted by name) and returns the per-file results, rejected rows included. */
export async function importFacilityFiles(dir = 'data/facilities'): Promise<FacilityFile[]> {
  const files = readdirSync(dir)
    .filter((name) => EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('~$'))
    .sort();
  const results: FacilityFile[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const { facilities, report } = await importFile(path);
    results.push({ path: relative(process.cwd(), path) || path, facilities, report });
  }
  return results;
}

/** Problems that make the data unusable: rejected rows and ids repeated across files. One line each, in Chinese. */
export function facilityErrors(files: FacilityFile[]): string[] {
  const errors = files.flatMap((f) => f.report.rejected.map((r) => `${f.path} 第 ${r.row} 行「${r.field}」：${r.message}`));
  const seen = new Map<string, string>();
  for (const f of files) {
    for (const facility of f.facilities) {
      const first = seen.get(facility.id);
      if (first) errors.push(`${f.path}：编号「${facility.id}」（${facility.name}）与 ${first} 中的机构重复。每个机构的编号在所有数据文件中必须唯一`);
      else seen.set(facility.id, f.path);
    }
  }
  return errors;
}

const cache = new Map<string, Promise<Facility[]>>();

/**
 * All facilities in `dir`, sorted by id; cached per process. Throws when any row is
 * rejected, naming file, row and field, so bad data fails the build instead of vanishing.
 */
export function loadFacilities(dir = 'data/facilities'): Promise<Facility[]> {
  let loaded = cache.get(dir);
  if (!loaded) {
    loaded = (async () => {
      const files = await importFacilityFiles(dir);
      if (files.length === 0) throw new Error(`${dir} 中没有机构数据文件（.csv、.xlsx 或 .geojson）。可先用示例数据：node scripts/make-sample.ts`);
      const errors = facilityErrors(files);
      if (errors.length > 0) {
        throw new Error(`机构数据有 ${errors.length} 处错误，请改正后重新构建（可运行 npm run import -- <文件> 查看详细报告）：\n${errors.join('\n')}`);
      }
      return files.flatMap((f) => f.facilities).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    })();
    cache.set(dir, loaded);
    // A failed load is not cached: the next call (e.g. after fixing the file in dev) tries again.
    loaded.catch(() => cache.delete(dir));
  }
  return loaded;
}

/** True while any facility is sample data (示例数据): pages then show the sample notice. */
export function isSampleInUse(facilities: readonly Facility[]): boolean {
  return facilities.some((f) => f.sample);
}
