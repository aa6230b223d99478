/**
 * zod issues in the words of the person who edits the data file: the field named in Chinese,
 * what was found, what is expected. zod's own messages (English, or zod's Chinese locale with
 * regular expressions in it) never reach a data officer.
 */
import type { z } from 'zod';

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** The value at `path` inside `data`, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false（是/否）',
  array: '列表',
  object: '一组字段',
  date: '日期',
  null: '空值',
};

/** A value as shown in a message: short, quoted, and "空" for nothing. */
export function shown(value: unknown): string {
  if (value === undefined) return '空';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? '空' : `「${value.length > 40 ? `${value.slice(0, 40)}…` : value}」`;
  if (typeof value === 'object') return Array.isArray(value) ? '一个列表' : '一组字段';
  return String(value);
}

/**
 * One issue as a Chinese sentence about the field `label` (e.g. 「经度」), given the data that
 * was parsed (to quote the value found). Messages the schema writes in Chinese are kept:
 * a refine's as it is, a format rule's after the field name.
 */
export function issueText(issue: z.core.$ZodIssue, label: string, data?: unknown): string {
  const value = issue.input !== undefined ? issue.input : valueAt(data, issue.path);
  const seen = shown(value);
  const found = `（现在是${seen.startsWith('「') ? '' : ' '}${seen}）`;
  const field = `「${label}」`;
  // A refine's message is a whole sentence about the record; a format message says what the field should be.
  if (hasChinese(issue.message)) return issue.code === 'custom' ? issue.message : `${field}${issue.message}${found}`;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `缺少${field}，这是必填项${TYPE_NAMES[issue.expected] ? `，应为${TYPE_NAMES[issue.expected]}` : ''}`;
      return `${field}应为${TYPE_NAMES[issue.expected] ?? issue.expected}${found}`;
    case 'invalid_value':
      return value === undefined
        ? `缺少${field}，应填以下之一：${issue.values.map((v) => String(v)).join('、')}`
        : `${field}应为以下之一：${issue.values.map((v) => String(v)).join('、')}${found}`;
    case 'too_big':
      if (issue.origin === 'string') return `${field}最多 ${String(issue.maximum)} 个字${found}`;
      if (issue.origin === 'array') return `${field}最多 ${String(issue.maximum)} 项`;
      return `${field}应${issue.inclusive === false ? '小于' : '不大于'} ${String(issue.maximum)}${found}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${field}不能为空，请填写` : `${field}至少 ${String(issue.minimum)} 个字${found}`;
      if (issue.origin === 'array') return `${field}至少要有 ${String(issue.minimum)} 项`;
      return `${field}应${issue.inclusive === false ? '大于' : '不小于'} ${String(issue.minimum)}${found}`;
    case 'invalid_format':
      if (issue.format === 'url') return `${field}应为完整网址，以 https:// 开头${found}`;
      return `${field}的格式不对${found}`;
    case 'unrecognized_keys':
      return `${field}中有不认识的字段 ${issue.keys.join('、')}，请检查拼写或删除`;
    case 'not_multiple_of':
      return `${field}应为 ${issue.divisor} 的整数倍${found}`;
    default:
      return `${field}的内容不符合要求${found}`;
  }
}
