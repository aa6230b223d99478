/** The licence, attribution and date of the open-data downloads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { issueText } from '../data/issues.ts';
import type { Validator } from '../data/validators.ts';
import { OpenDataMeta } from '../../schemas/open-data.ts';

const FILE = 'data/open-data.yaml';

/** Chinese names of the fields of data/open-data.yaml, for messages. */
const FIELD_LABELS: Record<string, string> = {
  publisher: '发布单位',
  publisherEn: '发布单位（英文）',
  licence: '许可',
  'licence.name': '许可名称',
  'licence.nameEn': '许可名称（英文）',
  'licence.id': '许可的 SPDX 标识',
  'licence.url': '许可网址',
  attribution: '署名',
  attributionEn: '署名（英文）',
  otherAttributions: '其他署名',
  'otherAttributions.text': '其他署名',
  'otherAttributions.textEn': '其他署名（英文）',
};

/**
 * Reads data/open-data.yaml: the metadata, or every problem in Chinese naming the file and
 * field (the YAML itself unreadable counts as one).
 */
export function readOpenDataMeta(root = process.cwd()): { meta?: OpenDataMeta; errors: string[] } {
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(root, FILE), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { errors: [`${FILE}：${code === 'ENOENT' ? '文件不存在' : `无法读取（${(error as Error).message}）`}。开放数据下载页需要它：请按 data/README.md 写明发布单位、许可和署名`] };
  }
  const parsed = OpenDataMeta.safeParse(raw);
  if (parsed.success) return { meta: parsed.data, errors: [] };
  return {
    errors: parsed.error.issues.map((issue) => {
      const path = issue.path.join('.') || '(整个文件)';
      const label = FIELD_LABELS[issue.path.filter((p) => typeof p === 'string').join('.')] ?? path;
      const which = issue.path.find((p) => typeof p === 'number');
      return `${FILE}：字段 ${path}${typeof which === 'number' ? `（第 ${which + 1} 条）` : ''}：${issueText(issue, label, raw)}。请对照文件中的注释填写（许可需有名称、英文名称、SPDX 标识和网址）`;
    }),
  };
}

let cached: OpenDataMeta | undefined;

/** Reads data/open-data.yaml; a wrong field stops the build with the file, field and what to write. */
export function loadOpenDataMeta(root = process.cwd()): OpenDataMeta {
  if (cached) return cached;
  const { meta, errors } = readOpenDataMeta(root);
  if (!meta) throw new Error(errors.join('\n'));
  cached = meta;
  return cached;
}

/** For npm run validate: the same check the build makes when it writes the downloads. */
export const openDataValidator: Validator = {
  name: `开放数据许可与署名（${FILE}）`,
  run(root) {
    const { meta, errors } = readOpenDataMeta(root);
    return { errors, warnings: [], ...(meta ? { summary: `许可 ${meta.licence.id}` } : {}) };
  },
};
