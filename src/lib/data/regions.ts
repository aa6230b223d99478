import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { District, type Community, type Town } from '../../schemas/region.ts';
import { issueText } from './issues.ts';

let cached: District | undefined;

/** The district, its streets/towns and villages/communities (data/regions/ouhai.json), validated. */
export function loadDistrict(root = process.cwd()): District {
  if (cached) return cached;
  const path = join(root, 'data/regions/ouhai.json');
  const parsed = District.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new Error(`${path}：字段 ${field}：${issue ? issueText(issue, String(issue.path.at(-1) ?? '文件')) : ''}。请运行 npm run regions 重新生成。`);
  }
  cached = parsed.data;
  return cached;
}

/** Towns and communities by code, built once per district: every facility page and card looks its place up. */
const lookups = new WeakMap<District, { towns: Map<string, Town>; communities: Map<string, { town: Town; community: Community }> }>();

function lookupOf(district: District) {
  let lookup = lookups.get(district);
  if (!lookup) {
    lookup = {
      towns: new Map(district.towns.map((town) => [town.code, town])),
      communities: new Map(district.towns.flatMap((town) => town.communities.map((community) => [community.code, { town, community }] as const))),
    };
    lookups.set(district, lookup);
  }
  return lookup;
}

/** A town by its 9-digit code. */
export function townByCode(district: District, code: string): Town | undefined {
  return lookupOf(district).towns.get(code);
}

/** A community by its 12-digit code, with its town. */
export function communityByCode(district: District, code: string): { town: Town; community: Community } | undefined {
  return lookupOf(district).communities.get(code);
}
