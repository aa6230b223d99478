/**
 * The publishing guard of `npm run validate`: data that reads without errors can still be wrong
 * to publish. A header-only export that replaced the list builds a site with no facility (and
 * without the 示例数据 notice); a half-exported file silently drops most of the map; a list
 * without any 养老机构 leaves a map legend and a filter with nothing behind them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Facility } from '../../schemas/facility.ts';
import { FACILITY_TYPE_LABELS, FACILITY_TYPE_ORDER } from '../../schemas/facility-type.ts';

/** The previous build's facilities, compared against before publishing. */
export const PREVIOUS_BUILD = 'dist/data/facilities.geojson';

/** Set to 1 (or pass --confirm-shrink to npm run validate) to publish a list that shrank on purpose. */
export const CONFIRM_SHRINK_ENV = 'CONFIRM_FACILITY_SHRINK';

/** How much smaller than the previous build the facility set may get without confirmation. */
export const SHRINK_LIMIT = 0.5;

/** The facility count of the previous build, or undefined when there is none (or it cannot be read). */
function previousCount(root: string): number | undefined {
  const path = join(root, PREVIOUS_BUILD);
  if (!existsSync(path)) return undefined;
  try {
    const json = JSON.parse(readFileSync(path, 'utf8')) as { features?: unknown };
    return Array.isArray(json.features) ? json.features.length : undefined;
  } catch {
    return undefined;
  }
}

export type GuardOptions = { confirmShrink?: boolean };

/** Errors (in Chinese) that stop publishing this facility set; warnings when a shrink was confirmed. */
export function publishingProblems(facilities: readonly Facility[], root: string, options: GuardOptions = {}): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (facilities.length === 0) {
    errors.push('data/facilities/ 中的文件没有一个机构（可能是只有表头的导出文件）。网站不能在没有机构的情况下发布：请放入机构名单，或先恢复示例数据（npm run sample）');
    return { errors, warnings };
  }
  const before = previousCount(root);
  if (before !== undefined && facilities.length < before * SHRINK_LIMIT) {
    const what = `机构数从上次构建（${PREVIOUS_BUILD}）的 ${before} 个减少到 ${facilities.length} 个，少了一半以上`;
    if (options.confirmShrink) warnings.push(`${what}；已按 --confirm-shrink（或 ${CONFIRM_SHRINK_ENV}=1）确认是有意的`);
    else {
      errors.push(
        `${what}。常见原因是导出时只选中了部分行、或放错了文件。请核对 data/facilities/ 中的文件；如果确实要删去这些机构，请用 npm run validate -- --confirm-shrink（构建时用 ${CONFIRM_SHRINK_ENV}=1 npm run build）确认`,
      );
    }
  }
  const present = new Set(facilities.map((f) => f.type));
  for (const type of FACILITY_TYPE_ORDER) {
    if (present.has(type)) continue;
    errors.push(
      `全区没有一个「${FACILITY_TYPE_LABELS[type].zh}」：网站的地图图例、筛选和机构列表都有这一类，发布后会是空的。请把这一类机构的名单也放进 data/facilities/（可以是单独的文件）`,
    );
  }
  return { errors, warnings };
}
