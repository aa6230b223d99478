/**
 * npm run validate [-- --confirm-shrink] — checks everything under data/ (runs before every
 * build). Prints what was checked and every problem, naming file, record and field; exits 1 on
 * any error. --confirm-shrink (or CONFIRM_FACILITY_SHRINK=1) lets the facility set shrink by
 * more than half against the previous build on purpose.
 */
import { registerValidator, runValidators } from '../src/lib/data/validators.ts';
import { targetsValidator } from '../src/lib/data/targets.ts';
import { CONFIRM_SHRINK_ENV } from '../src/lib/data/publishing.ts';
// Register the data/policies and the holiday-calendar checks.
import '../src/lib/eligibility/validator.ts';
import '../src/lib/hours/validator.ts';

registerValidator(targetsValidator);

if (process.argv.includes('--confirm-shrink')) process.env[CONFIRM_SHRINK_ENV] = '1';
const unknown = process.argv.slice(2).filter((a) => a !== '--confirm-shrink');
if (unknown.length > 0) {
  process.stderr.write(`不认识的参数：${unknown.join(' ')}。用法：npm run validate [-- --confirm-shrink]\n`);
  process.exit(2);
}

const results = await runValidators();
let failed = false;
for (const { name, result } of results) {
  const status = result.errors.length > 0 ? '✗' : '✓';
  process.stderr.write(`${status} ${name}${result.summary ? `：${result.summary}` : ''}${result.warnings.length ? `，${result.warnings.length} 条警告` : ''}\n`);
  for (const e of result.errors) process.stderr.write(`  错误：${e}\n`);
  for (const w of result.warnings) process.stderr.write(`  警告：${w}\n`);
  if (result.errors.length > 0) failed = true;
}
if (failed) process.stderr.write('\n数据校验未通过，请按上面的提示改正后重试（npm run validate）。\n');
process.exit(failed ? 1 : 0);
