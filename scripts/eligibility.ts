/**
 * Checks one case against the eligibility rules and prints the result as JSON (the CLI contract of
 * issue 4), for tests and for staff checking a case:
 *
 *   npm run --silent eligibility -- --date 2027-03-04 --answers case.json
 *
 * Prints only JSON on stdout: { "date", "results": [{ "benefit", "eligible", "amount", "reasons", "sources" }] }.
 * Invalid input: a message naming the field on stderr and exit code 2.
 * Without --date, today on the Asia/Shanghai calendar.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { answersJson, MAX_ANSWERS_BYTES, parseAnswers } from '../src/lib/eligibility/answers.ts';
import { evaluate, isIsoDate, todayInShanghai, toContract } from '../src/lib/eligibility/index.ts';
import { loadPolicies, PolicyDataError } from '../src/lib/eligibility/policies.ts';

const USAGE = '用法：npm run --silent eligibility -- --date YYYY-MM-DD --answers <answers.json>';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let values: { date?: string; answers?: string };
try {
  ({ values } = parseArgs({ options: { date: { type: 'string' }, answers: { type: 'string' } }, strict: true }));
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}

const date = values.date ?? todayInShanghai();
if (!isIsoDate(date)) fail(`参数 --date：“${date}”不是有效的日期；应写成 YYYY-MM-DD，例如 2027-03-04。\n${USAGE}`);
if (!values.answers) fail(`缺少参数 --answers：请给出答案文件（JSON）。\n${USAGE}`);

let text: string;
try {
  // The size is checked before reading: a huge file would take minutes and gigabytes to parse.
  const size = statSync(values.answers).size;
  if (size > MAX_ANSWERS_BYTES) fail(`${values.answers}：文件有 ${size} 字节，答案文件最多 ${MAX_ANSWERS_BYTES} 字节（正常只有几百字节）。请检查是否选错了文件。`);
  text = readFileSync(values.answers, 'utf8');
} catch (e) {
  fail(`${values.answers}：无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。请检查文件路径。`);
}
const raw = answersJson(text);
if (!raw.ok) fail(`${values.answers}：${raw.message}。`);

const parsed = parseAnswers(raw.value, date, todayInShanghai());
if (!parsed.ok) fail(`${values.answers}：答案有误：\n${parsed.errors.map((e) => `  - ${e.message}`).join('\n')}`);

let params;
try {
  params = loadPolicies();
} catch (e) {
  fail(e instanceof PolicyDataError ? e.message : String(e), 1);
}
const messages = JSON.parse(readFileSync(join(process.cwd(), 'src/i18n/zh-CN.json'), 'utf8')) as Record<string, string>;
process.stdout.write(`${JSON.stringify(toContract(evaluate(parsed.answers, date, params), messages), null, 2)}\n`);
