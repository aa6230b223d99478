/**
 * The data/policies check for `npm run validate`: every file against its schema (dates sorted,
 * references present, units explicit), every parameter the engine reads, every cited document,
 * and — where the source texts are at hand — every quote word for word against its source.
 * Importing this module registers the check.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { registerValidator, type Validator } from '../data/validators.ts';
import { checkQuotes, POLICY_DIR, readPolicies } from './policies.ts';

/**
 * Where the source texts are: $POLICY_SOURCES_DIR, else ../shared/sources next to the repository
 * (the project's source folder). Undefined when neither exists: quotes are then not checked.
 */
export function sourcesDir(root: string): string | undefined {
  return [process.env.POLICY_SOURCES_DIR, join(root, '../shared/sources')].find((d): d is string => d !== undefined && existsSync(d));
}

export const policiesValidator: Validator = {
  name: '政策参数（data/policies/）',
  run(root) {
    const { set, problems } = readPolicies(join(root, POLICY_DIR));
    const warnings: string[] = [];
    if (set) {
      const dir = sourcesDir(root);
      if (dir) {
        const quotes = checkQuotes(set, resolve(dir));
        problems.push(...quotes.problems);
        warnings.push(...quotes.unchecked.map((u) => `引文未核对：${u}`));
      } else {
        warnings.push('找不到原文目录（POLICY_SOURCES_DIR 或 ../shared/sources），引文未与原文核对');
      }
    }
    const files = Object.keys(set?.policies ?? {}).length;
    const parameters = Object.values(set?.policies ?? {}).reduce((n, p) => n + Object.keys(p.parameters).length, 0);
    return { errors: problems, warnings, summary: `${files} 个文件，${parameters} 个参数` };
  },
};

registerValidator(policiesValidator);
