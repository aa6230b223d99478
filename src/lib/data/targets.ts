import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TargetsFile, type Target } from '../../schemas/target.ts';
import { issueText } from './issues.ts';
import { quoteChecker, SOURCES_DIR } from './sources.ts';

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

/**
 * Every target's quote, word for word (white space ignored), against its source text in
 * data/sources/: the messages name the file, the target and the field.
 */
export function targetQuoteErrors(targets: readonly Target[], root: string, file = 'data/targets/service-circle.yaml'): string[] {
  const found = quoteChecker(join(root, SOURCES_DIR));
  return targets.flatMap((t, i) => {
    const where = `${file}：第 ${i + 1} 个目标（${t.id}）`;
    const ok = found(t.reference.file, t.reference.quote);
    if (ok === undefined) return [`${where}的字段 reference.file：${SOURCES_DIR}/ 中没有原文 ${t.reference.file}。请改正文件名，或把原文放进 ${SOURCES_DIR}/ 并登记在 data/sources/INDEX.md。`];
    if (!ok) return [`${where}的字段 reference.quote：在原文 ${t.reference.file} 中找不到 “${t.reference.quote}”。请从原文逐字复制（空格和换行可以省略）。`];
    return [];
  });
}

/** For npm run validate: the targets file parses, holds the targets the coverage page reads, and quotes its sources exactly. */
export const targetsValidator = {
  name: '服务圈目标（data/targets/service-circle.yaml）',
  run(root: string) {
    const targets = loadServiceCircleTargets(root);
    const errors: string[] = [];
    for (const id of ['meal-service-community-coverage', 'elder-canteens']) {
      if (!targets.some((t) => t.id === id)) errors.push(`data/targets/service-circle.yaml 中缺少编号为 ${id} 的目标：/coverage/ 页需要它，请补上（参见该文件开头的说明）。`);
    }
    errors.push(...targetQuoteErrors(targets, root));
    return { errors, warnings: [], summary: `${targets.length} 个目标，引文已与原文核对` };
  },
};
