/**
 * The facilities the site is built from: every .csv, .xlsx and .geojson file in
 * data/facilities, imported with the importer. Any rejected row stops the build with a
 * message naming the file, row and field.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Facility } from '../../schemas/facility.ts';
import { importFile, type ImportReport } from '../import/index.ts';
import { chooseLayout, layOut } from '../directory/facility-layout.ts';

const EXTENSIONS = new Set(['.csv', '.xlsx', '.geojson']);

/**
 * The folder the facility files are read from, relative to the working directory:
 * data/facilities, unless OH_FACILITIES_DIR names another (npm run bench:build points it at a
 * temporary folder of generated facilities, so that it never touches data/).
 */
export function facilitiesDir(): string {
  return process.env.OH_FACILITIES_DIR || 'data/facilities';
}

export type FacilityFile = {
  path: string;
  facilities: Facility[];
  /** The row (GeoJSON: feature) number of each facility, in the same order. */
  rows: number[];
  /** Whether `rows` counts GeoJSON features rather than spreadsheet rows. */
  geojson?: boolean;
  report: ImportReport;
};

/** Imports each data file in `dir` (sorted by name) and returns the per-file results, rejected rows included. */
export async function importFacilityFiles(dir = facilitiesDir()): Promise<FacilityFile[]> {
  const files = readdirSync(dir)
    .filter((name) => EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('~$'))
    .sort();
  const results: FacilityFile[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const { facilities, facilityRows, report, format } = await importFile(path);
    results.push({ path: relative(process.cwd(), path) || path, facilities, rows: facilityRows, ...(format === 'geojson' ? { geojson: true } : {}), report });
  }
  return results;
}

/** What to do with a file of another type, by extension. */
const OTHER_TYPE_HINTS: Record<string, string> = {
  '.xls': '这是旧的 Excel 格式：请在 Excel 或 WPS 中“另存为 Excel 工作簿 (.xlsx)”',
  '.et': '这是 WPS 表格格式：请在 WPS 中“另存为 Excel 工作簿 (.xlsx)”',
  '.ods': '请“另存为 Excel 工作簿 (.xlsx)”',
  '.json': '如果是 GeoJSON，请把扩展名改为 .geojson',
  '.txt': '如果是逗号、分号或制表符分隔的表格，请把扩展名改为 .csv',
  '.tsv': '请把扩展名改为 .csv（制表符分隔也能读取）',
};

/**
 * Files in `dir` the build does not read, one Chinese error each: data put there is meant to
 * be on the site, so a file of another type must not be skipped silently. Hidden files and
 * Excel's lock files (~$名单.xlsx, present while the file is open) are not data.
 */
export function unreadFacilityFiles(dir = facilitiesDir()): string[] {
  const shown = relative(process.cwd(), dir) || dir;
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('~$'))
    .sort()
    .flatMap((name) => {
      if (statSync(join(dir, name)).isDirectory()) return [`${shown}/${name}：是文件夹，其中的文件不会读取。请把数据文件直接放在 ${shown}/ 中，其他文件移出该目录`];
      const ext = extname(name).toLowerCase();
      if (EXTENSIONS.has(ext)) return [];
      const hint = OTHER_TYPE_HINTS[ext] ?? '如不是机构数据，请移出该目录';
      return [`${shown}/${name}：不会读取，只读取 .csv、.xlsx 和 .geojson 文件。${hint}`];
    });
}

/** Problems that make the data unusable: rejected rows and ids repeated across files. One line each, in Chinese. */
export function facilityErrors(files: FacilityFile[]): string[] {
  const errors = files.flatMap((f) => f.report.rejected.map((r) => `${f.path} 第 ${r.row} ${f.geojson ? '个要素' : '行'}「${r.field}」：${r.message}`));
  const where = (f: FacilityFile, i: number) => `${f.path} 第 ${f.rows[i] ?? '?'} ${f.geojson ? '个要素' : '行'}`;
  const seen = new Map<string, { at: string; name: string }>();
  for (const f of files) {
    f.facilities.forEach((facility, i) => {
      const first = seen.get(facility.id);
      if (first) {
        errors.push(
          `${where(f, i)}「编号」：编号「${facility.id}」（${facility.name}）与 ${first.at}（${first.name}）重复。每个机构的编号在所有数据文件中必须唯一：如是同一机构请删去其中一行，如是不同机构请改用不同编号`,
        );
      } else seen.set(facility.id, { at: where(f, i), name: facility.name });
    });
  }
  return errors;
}

const cache = new Map<string, Promise<Facility[]>>();

/**
 * A folder of test facilities added to data/facilities for the end-to-end build only (npm test sets it
 * to tests/fixtures/e2e/facilities: names with markup in them, and the like). Never set when publishing.
 */
const E2E_FIXTURES = process.env.OH_E2E_FACILITIES;

/**
 * All facilities in `dir`, sorted by id; cached per process. Throws when any row is
 * rejected, naming file, row and field, so bad data fails the build instead of vanishing.
 */
export function loadFacilities(dir = facilitiesDir()): Promise<Facility[]> {
  let loaded = cache.get(dir);
  if (!loaded) {
    loaded = (async () => {
      const files = [...(await importFacilityFiles(dir)), ...(E2E_FIXTURES && dir === 'data/facilities' ? await importFacilityFiles(E2E_FIXTURES) : [])];
      if (files.length === 0) throw new Error(`${dir} 中没有机构数据文件（.csv、.xlsx 或 .geojson）。可先用示例数据：npm run sample`);
      const errors = facilityErrors(files);
      if (errors.length > 0) {
        throw new Error(`机构数据有 ${errors.length} 处错误，请改正后重新构建（可运行 npm run import -- <文件> 查看详细报告）：\n${errors.join('\n')}`);
      }
      const facilities = files.flatMap((f) => f.facilities);
      // npm run validate says why and what to do; a build run without it must not publish an empty site either.
      if (facilities.length === 0) throw new Error(`${dir} 中的文件没有一个机构（可能是只有表头的导出文件），网站不能发布。请运行 npm run validate 查看详情`);
      facilities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      layOut(facilities, chooseLayout(facilities.length, process.env.OH_FACILITY_LAYOUT));
      return facilities;
    })();
    cache.set(dir, loaded);
    // A failed load is not cached: the next call (e.g. after fixing the file in dev) tries again.
    loaded.catch(() => cache.delete(dir));
  }
  return loaded;
}

// Once per list, not once per page (src/lib/data/derived.ts).
export { dataDate, isSampleInUse } from './derived.ts';
