/**
 * The checks `npm run validate` runs over data/ before every build. Each validator looks at
 * one kind of data and returns messages naming the file, record and field; another area
 * (e.g. policies) adds its own with `registerValidator`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { District } from '../../schemas/region.ts';
import { openDataValidator } from '../open-data/meta.ts';
import { facilitiesDir, facilityErrors, importFacilityFiles, unreadFacilityFiles } from './facilities.ts';
import { issueText } from './issues.ts';
import { CONFIRM_SHRINK_ENV, publishingProblems } from './publishing.ts';

export type ValidationResult = {
  /** Problems that must fail the build; each names file, record and field, in Chinese. */
  errors: string[];
  /** Things worth a look that do not stop the build. */
  warnings: string[];
  /** One line saying what was checked, e.g. "161 个机构". */
  summary?: string;
};

export type Validator = {
  /** What it checks, in Chinese (shown in the output). */
  name: string;
  run: (root: string) => Promise<ValidationResult> | ValidationResult;
};

const REGIONS = 'data/regions/ouhai.json';

/** Chinese names of the fields of data/regions/ouhai.json, for messages. */
const REGION_FIELD_LABELS: Record<string, string> = {
  code: '代码',
  name: '名称',
  officialName: '正式名称',
  kind: '类别',
  centre: '中心点',
  lon: '经度',
  lat: '纬度',
  centreSource: '中心点来源',
  communities: '村社列表',
  towns: '街道/镇列表',
  city: '所属市',
  province: '所属省',
  edition: '代码版本',
  source: '来源',
};

function loadDistrictFile(root: string): { district?: District; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(root, REGIONS), 'utf8'));
  } catch (error) {
    return { errors: [`${REGIONS}：无法读取（${(error as Error).message}）。请运行 npm run regions 重新生成`] };
  }
  const parsed = District.safeParse(json);
  if (parsed.success) return { district: parsed.data, errors: [] };
  return {
    errors: parsed.error.issues.map((issue) => {
      const path = issue.path;
      // Name the record: towns[3].communities[5] → the town/community code when there is one.
      const record = path.length >= 2 && path[0] === 'towns' ? describeRecord(json, path) : '';
      return `${REGIONS}${record}：字段 ${path.join('.')}：${issueText(issue, REGION_FIELD_LABELS[String(path.at(-1))] ?? String(path.at(-1) ?? '文件'), json)}。请运行 npm run regions 重新生成，不要手改此文件`;
    }),
  };
}

function describeRecord(json: unknown, path: PropertyKey[]): string {
  const town = (json as { towns?: { code?: string; name?: string; communities?: { code?: string; name?: string }[] }[] }).towns?.[Number(path[1])];
  if (path[2] === 'communities' && typeof path[3] === 'number') {
    const c = town?.communities?.[path[3]];
    return ` 村社 ${c?.code ?? '?'} ${c?.name ?? ''}`;
  }
  return ` 街道 ${town?.code ?? '?'} ${town?.name ?? ''}`;
}

/** data/regions/ouhai.json against the District schema; codes unique and nested correctly. */
export const regionsValidator: Validator = {
  name: '行政区划（data/regions/ouhai.json）',
  run(root) {
    const { district, errors } = loadDistrictFile(root);
    if (!district) return { errors, warnings: [] };
    const seen = new Set<string>();
    for (const town of district.towns) {
      if (!town.code.startsWith(district.code)) errors.push(`${REGIONS} 街道 ${town.name}：代码 ${town.code} 不以区代码 ${district.code} 开头`);
      for (const code of [town.code, ...town.communities.map((c) => c.code)]) {
        if (seen.has(code)) errors.push(`${REGIONS}：代码 ${code} 重复出现`);
        seen.add(code);
      }
      for (const c of town.communities) {
        if (!c.code.startsWith(town.code)) errors.push(`${REGIONS} 村社 ${c.name}：代码 ${c.code} 不以所属街道代码 ${town.code} 开头`);
      }
    }
    const communities = district.towns.reduce((n, t) => n + t.communities.length, 0);
    return { errors, warnings: [], summary: `${district.towns.length} 个街道/镇，${communities} 个村社` };
  },
};

/**
 * Every facility file imports without rejected rows; ids are unique; codes exist in the regions
 * file; and the set is fit to publish (publishing.ts: not empty, not shrunk by half, every type).
 */
export const facilitiesValidator: Validator = {
  name: '机构数据（data/facilities/）',
  async run(root) {
    const dir = resolve(root, facilitiesDir());
    const files = await importFacilityFiles(dir);
    const errors = [...unreadFacilityFiles(dir), ...facilityErrors(files)];
    const warnings = files.flatMap((f) => f.report.warnings.map((w) => `${f.path} 第 ${w.row} 行「${w.field}」：${w.message}`));
    const { district } = loadDistrictFile(root);
    if (district) {
      const towns = new Map(district.towns.map((t) => [t.code, new Set(t.communities.map((c) => c.code))]));
      for (const f of files) {
        for (const facility of f.facilities) {
          const communities = towns.get(facility.region.townCode);
          if (!communities) errors.push(`${f.path} 机构「${facility.id}」（${facility.name}）：字段 region.townCode ${facility.region.townCode} 不在 ${REGIONS} 中`);
          else if (facility.region.communityCode && !communities.has(facility.region.communityCode)) {
            errors.push(`${f.path} 机构「${facility.id}」（${facility.name}）：字段 region.communityCode ${facility.region.communityCode} 不是 ${facility.region.townCode} 下的村社`);
          }
        }
      }
    }
    if (files.length === 0) errors.push('data/facilities/ 中没有机构数据文件（.csv、.xlsx 或 .geojson）');
    else {
      const guard = publishingProblems(files.flatMap((f) => f.facilities), root, { confirmShrink: process.env[CONFIRM_SHRINK_ENV] === '1' });
      errors.push(...guard.errors);
      warnings.push(...guard.warnings);
    }
    const count = files.reduce((n, f) => n + f.facilities.length, 0);
    return { errors, warnings, summary: `${files.length} 个文件，${count} 个机构` };
  },
};

const registry: Validator[] = [regionsValidator, facilitiesValidator, openDataValidator];

/** Adds a validator (e.g. for data/policies); it runs after the built-in ones. */
export function registerValidator(validator: Validator): void {
  if (!registry.some((v) => v.name === validator.name)) registry.push(validator);
}

/** The validators, in the order they run. */
export function validators(): readonly Validator[] {
  return registry;
}

/** Runs every validator; a validator that throws counts as an error, not a crash. */
export async function runValidators(root = process.cwd(), list: readonly Validator[] = registry): Promise<{ name: string; result: ValidationResult }[]> {
  const results: { name: string; result: ValidationResult }[] = [];
  for (const v of list) {
    try {
      results.push({ name: v.name, result: await v.run(root) });
    } catch (error) {
      results.push({ name: v.name, result: { errors: [`${v.name}：${(error as Error).message}`], warnings: [] } });
    }
  }
  return results;
}
