/**
 * Checks data/policies/: every file against its schema (dates sorted, references present, units
 * explicit), every parameter the engine reads, every citation's document, and — when the source
 * texts are at hand — that every quote appears word for word in its source.
 *
 *   npm run validate:policies [-- --sources <dir>]
 *
 * The source texts are looked for in --sources, then $POLICY_SOURCES_DIR, then ../shared/sources.
 * Exit code 1 when there is any error; quotes that could not be checked are listed, not errors.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkQuotes, readPolicies } from '../src/lib/eligibility/policies.ts';

const { values } = parseArgs({ options: { sources: { type: 'string' } } });
const sourcesDir = [values.sources, process.env.POLICY_SOURCES_DIR, join(process.cwd(), '../shared/sources')].find(
  (d): d is string => d !== undefined && existsSync(d),
);

const { set, problems } = readPolicies();
const unchecked: string[] = [];
if (set) {
  if (sourcesDir) {
    const quotes = checkQuotes(set, resolve(sourcesDir));
    problems.push(...quotes.problems);
    unchecked.push(...quotes.unchecked);
  } else {
    unchecked.push('找不到原文目录（--sources、POLICY_SOURCES_DIR 或 ../shared/sources），引文未核对');
  }
}

for (const u of unchecked) process.stderr.write(`提示：${u}\n`);
if (problems.length > 0) {
  process.stderr.write(`data/policies/ 有 ${problems.length} 处错误：\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
const count = Object.values(set?.policies ?? {}).reduce((n, p) => n + Object.keys(p.parameters).length, 0);
process.stdout.write(`data/policies/：${Object.keys(set?.policies ?? {}).length} 个文件、${count} 个参数，检查通过。\n`);
