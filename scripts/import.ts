/**
 * npm run import -- <file> [--crs wgs84|gcj02|bd09] [--out <file.geojson>] [--report <file.json>]
 *
 * Imports a facility file (CSV in UTF-8 or GBK, XLSX, GeoJSON), prints a summary in Chinese
 * to stderr, writes the accepted facilities as GeoJSON (--out) and the report as JSON
 * (--report). Exit code: 0 every row accepted, 1 some rows rejected (good rows still
 * written), 2 the file cannot be read at all (or the command line is wrong).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Crs } from '../src/schemas/common.ts';
import { ENCODING_LABELS, type TextEncoding } from '../src/lib/import/decode.ts';
import { ImportFileError, importFile, toGeoJSON, type ReportItem } from '../src/lib/import/index.ts';

const USAGE = '用法：npm run import -- <文件.csv|.xlsx|.geojson> [--crs wgs84|gcj02|bd09] [--out 输出.geojson] [--report 报告.json]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

let args: ReturnType<typeof parseArgs<{ options: { crs: { type: 'string' }; out: { type: 'string' }; report: { type: 'string' } }; allowPositionals: true }>>;
try {
  args = parseArgs({ options: { crs: { type: 'string' }, out: { type: 'string' }, report: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  fail(`参数有误：${(error as Error).message}`);
}
const file = args.positionals[0];
if (!file || args.positionals.length > 1) fail(file ? '一次只能导入一个文件。' : '请指定要导入的文件。');
const crs = Crs.safeParse(args.values.crs ?? 'wgs84');
if (!crs.success) fail(`--crs 只能是 wgs84、gcj02 或 bd09，而不是“${args.values.crs}”。`);

let result: Awaited<ReturnType<typeof importFile>>;
try {
  result = await importFile(file, { crs: crs.data });
} catch (error) {
  if (error instanceof ImportFileError) fail(`无法导入：${error.message}`);
  throw error;
}
const { facilities, report } = result;

const line = (kind: string, item: ReportItem) => `  第 ${item.row} 行 ［${item.field}］${kind}${item.message}\n`;
const rejectedRows = new Set(report.rejected.map((r) => r.row)).size;
const format = result.format === 'csv' ? `CSV，${ENCODING_LABELS[result.encoding as TextEncoding]}` : result.format === 'xlsx' ? 'Excel' : 'GeoJSON';
let out = `${file}（${format}）：共 ${result.rows} 行数据，接受 ${report.accepted} 行，拒绝 ${rejectedRows} 行，警告 ${report.warnings.length} 条。\n`;
if (report.rejected.length > 0) out += `\n被拒绝的行（改正后重新导入）：\n${report.rejected.map((r) => line('', r)).join('')}`;
if (report.warnings.length > 0) out += `\n警告（已导入，请核对）：\n${report.warnings.map((w) => line('', w)).join('')}`;
process.stderr.write(out);

if (args.values.out) {
  writeFileSync(args.values.out, `${JSON.stringify(toGeoJSON(facilities), null, 1)}\n`);
  process.stderr.write(`\n已写入 ${facilities.length} 个机构：${args.values.out}\n`);
}
if (args.values.report) {
  writeFileSync(args.values.report, `${JSON.stringify({ accepted: report.accepted, rejected: report.rejected, warnings: report.warnings }, null, 1)}\n`);
  process.stderr.write(`报告已写入：${args.values.report}\n`);
}
process.exit(report.rejected.length > 0 ? 1 : 0);
