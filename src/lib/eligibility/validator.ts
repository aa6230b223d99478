/**
 * The data/policies check for `npm run validate`: every file against its schema (dates sorted,
 * references present, units explicit), every parameter the engine reads, every cited document,
 * every quote word for word against its source text in data/sources/, and every amount, age and
 * hour count against its own quote (figures.ts). A quote that is not in its source fails the check.
 * Importing this module registers the check.
 */
import { join } from 'node:path';
import { registerValidator, type Validator } from '../data/validators.ts';
import { SOURCES_DIR } from '../data/sources.ts';
import { checkQuotes, POLICY_DIR, readPolicies } from './policies.ts';
import { checkFigures } from './figures.ts';

export const policiesValidator: Validator = {
  name: '政策参数（data/policies/）',
  run(root) {
    const { set, problems } = readPolicies(join(root, POLICY_DIR));
    const warnings: string[] = [];
    if (set) {
      const quotes = checkQuotes(set, join(root, SOURCES_DIR));
      problems.push(...quotes.problems, ...checkFigures(set));
      warnings.push(...quotes.unchecked.map((u) => `引文未核对：${u}`));
    }
    const files = Object.keys(set?.policies ?? {}).length;
    const parameters = Object.values(set?.policies ?? {}).reduce((n, p) => n + Object.keys(p.parameters).length, 0);
    return { errors: problems, warnings, summary: `${files} 个文件，${parameters} 个参数` };
  },
};

registerValidator(policiesValidator);
