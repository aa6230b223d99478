/**
 * npm run import -- <file> [--crs wgs84|gcj02|bd09] [--verified YYYY-MM-DD] [--out <file.geojson>] [--report <file.json>]
 *
 * --verified gives the list's own 核实日期 to rows without one (an empty cell, or no such column);
 * without it those rows import with a warning and the site says “核实日期不详”.
 *
 * Imports a facility file (CSV in UTF-8 or GBK, XLSX, GeoJSON), prints a summary in Chinese
 * to stderr, writes the accepted facilities as GeoJSON (--out) and the report as JSON
 * (--report). Exit code: 0 every row accepted, 1 some rows rejected (good rows still
 * written), 2 the file cannot be read at all, an output file cannot be written, or the
 * command line is wrong.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Crs, IsoDate } from '../src/schemas/common.ts';
import { shanghaiToday } from '../src/lib/hours/local-time.ts';
import { ENCODING_LABELS, type TextEncoding } from '../src/lib/import/decode.ts';
import { ImportFileError, importFile, toGeoJSON, type ReportItem } from '../src/lib/import/index.ts';

const USAGE = '用法：npm run import -- <文件.csv|.xlsx|.geojson> [--crs wgs84|gcj02|bd09] [--verified 名单的核实日期 YYYY-MM-DD] [--out 输出.geojson] [--report 报告.json]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const OPTIONS = { crs: { type: 'string' }, verified: { type: 'string' }, out: { type: 'string' }, report: { type: 'string' } } as const;
let args: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
try {
  args = parseArgs({ options: OPTIONS, allowPositionals: true });
} catch (error) {
  fail(`参数有误：${(error as Error).message}`);
}
const file = args.positionals[0];
if (!file || args.positionals.length > 1) fail(file ? '一次只能导入一个文件。' : '请指定要导入的文件。');
const crs = Crs.safeParse(args.values.crs ?? 'wgs84');
if (!crs.success) fail(`--crs 只能是 wgs84、gcj02 或 bd09，而不是“${args.values.crs}”。`);
const verified = args.values.verified;
if (verified !== undefined) {
  if (!IsoDate.safeParse(verified).success) fail(`--verified 应是名单核实的日期，写成 YYYY-MM-DD，例如 2026-11-01，而不是“${verified}”。`);
  const today = shanghaiToday(new Date());
  if (verified > today) fail(`--verified ${verified} 晚于今天（${today}）。请填写名单实际核实的日期，不是计划核实的日期。`);
}

let result: Awaited<ReturnType<typeof importFile>>;
try {
  result = await importFile(file, { crs: crs.data, ...(verified ? { verified } : {}) });
} catch (error) {
  if (error instanceof ImportFileError) fail(`无法导入：${error.message}`);
  // Not expected (the readers turn their errors into ImportFileError), but a data officer still
  // gets a message and exit 2, never a stack trace.
  fail(`无法导入 ${file}：读取时出现意外错误（${(error as Error).message}）。请用 Excel 或 WPS 打开后重新保存再试；如仍不行，请把文件交给网站维护人员`);
}
const { facilities, report } = result;

// GeoJSON rows are features, numbered from 1.
const unit = result.format === 'geojson' ? '个要素' : '行';
const line = (item: ReportItem) => `  第 ${item.row} ${unit} ［${item.field}］${item.message}\n`;
const rejectedRows = new Set(report.rejected.map((r) => r.row)).size;
const format =
  result.format === 'csv' ? `CSV，${ENCODING_LABELS[result.encoding as TextEncoding]}` : result.format === 'xlsx' ? `Excel，工作表「${result.sheet ?? ''}」` : 'GeoJSON';
let out = `${file}（${format}）：共 ${result.rows} ${result.format === 'geojson' ? '个要素' : '行数据'}，接受 ${report.accepted} ${unit}，拒绝 ${rejectedRows} ${unit}，警告 ${report.warnings.length} 条。\n`;
if (verified) out += `没有核实日期的${unit}按 --verified 记为 ${verified}。\n`;
if (report.rejected.length > 0) out += `\n被拒绝的行（改正后重新导入）：\n${report.rejected.map(line).join('')}`;
if (report.warnings.length > 0) out += `\n警告（已导入，请核对）：\n${report.warnings.map(line).join('')}`;
process.stderr.write(out);

/**
 * Writes an output file; on failure prints which file and why, in Chinese, and returns false.
 * Exit code 1 means "rows rejected", so an unwritable output exits 2 instead of crashing.
 */
function write(path: string, text: string, what: string): boolean {
  try {
    writeFileSync(path, text);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '所在的文件夹不存在'
        : code === 'EACCES' || code === 'EPERM'
          ? '没有写入权限，或文件正被其他程序打开'
          : code === 'EISDIR'
            ? '这是一个文件夹，不是文件'
            : (code ?? (error as Error).message);
    process.stderr.write(`\n无法写入${what} ${path}（${why}）。请换一个可写的路径，或先创建该文件夹后重试。\n`);
    return false;
  }
}

let written = true;
if (args.values.out) {
  if (write(args.values.out, `${JSON.stringify(toGeoJSON(facilities), null, 1)}\n`, '输出文件')) {
    process.stderr.write(`\n已写入 ${facilities.length} 个机构：${args.values.out}\n`);
  } else written = false;
}
if (args.values.report) {
  if (write(args.values.report, `${JSON.stringify({ accepted: report.accepted, rejected: report.rejected, warnings: report.warnings }, null, 1)}\n`, '报告')) {
    process.stderr.write(`报告已写入：${args.values.report}\n`);
  } else written = false;
}
process.exit(!written ? 2 : report.rejected.length > 0 ? 1 : 0);
