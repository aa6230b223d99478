import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TargetsFile, type Target } from '../../schemas/target.ts';
import { issueText } from './issues.ts';

/** The targets in data/targets/service-circle.yaml, validated; errors name file, record and field in Chinese. */
export function loadServiceCircleTargets(root = process.cwd()): Target[] {
  const path = join(root, 'data/targets/service-circle.yaml');
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  const parsed = TargetsFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [, index, ...field] = issue?.path ?? [];
    const record = typeof index === 'number' ? `第 ${index + 1} 个目标` : '文件';
    const name = field.join('.') || '(整体)';
    throw new Error(`${path}：${record}的字段 ${name} 有误：${issue ? issueText(issue, name, raw) : ''}。请对照文件开头的说明修改。`);
  }
  return parsed.data.targets;
}

/** A target by id; throws (in Chinese) when the file lacks it. */
export function targetById(targets: readonly Target[], id: string): Target {
  const target = targets.find((t) => t.id === id);
  if (!target) throw new Error(`data/targets/service-circle.yaml 中缺少编号为 ${id} 的目标：请补上（参见该文件开头的说明）。`);
  return target;
}

/** For npm run validate: the targets file parses and holds the targets the coverage page reads. */
export const targetsValidator = {
  name: '服务圈目标（data/targets/service-circle.yaml）',
  run(root: string) {
    const targets = loadServiceCircleTargets(root);
    const errors: string[] = [];
    for (const id of ['meal-service-community-coverage', 'elder-canteens']) {
      if (!targets.some((t) => t.id === id)) errors.push(`data/targets/service-circle.yaml 中缺少编号为 ${id} 的目标：/coverage/ 页需要它，请补上（参见该文件开头的说明）。`);
    }
    return { errors, warnings: [], summary: `${targets.length} 个目标` };
  },
};
