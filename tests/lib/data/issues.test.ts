import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueText } from '../../../src/lib/data/issues.ts';

/** The message for the first issue `schema` raises on `data`, about the field `label`. */
function message(schema: z.ZodType, data: unknown, label = '字段'): string {
  const r = schema.safeParse(data);
  if (r.success) throw new Error('expected a failure');
  return issueText(r.error.issues[0] as z.core.$ZodIssue, label, data);
}

/** zod's English wording, which must never reach a data officer. */
const ZOD_ENGLISH = /invalid|too (?:big|small)|expected|received|must match|required/i;

describe('issueText: zod issues in Chinese', () => {
  it('says a missing field is required, naming it', () => {
    const m = message(z.object({ name: z.string() }), {}, '名称');
    expect(m).toBe('缺少「名称」，这是必填项，应为文字');
  });

  it('names the field, the expected kind and the value found for a wrong type', () => {
    const m = message(z.object({ beds: z.number() }), { beds: '很多' }, '床位');
    expect(m).toContain('「床位」应为数字');
    expect(m).toContain('很多');
    expect(m).not.toMatch(ZOD_ENGLISH);
  });

  it('gives the limit and the value for a number out of range', () => {
    const m = message(z.object({ lat: z.number().max(90) }), { lat: 120.6 }, '纬度');
    expect(m).toBe('「纬度」应不大于 90（现在是 120.6）');
  });

  it('says an empty text must be filled in', () => {
    expect(message(z.object({ name: z.string().min(1) }), { name: '' }, '名称')).toBe('「名称」不能为空，请填写');
  });

  it('lists the allowed values for an enum', () => {
    const m = message(z.object({ crs: z.enum(['wgs84', 'gcj02']) }), { crs: 'mars' }, '坐标系');
    expect(m).toBe('「坐标系」应为以下之一：wgs84、gcj02（现在是「mars」）');
  });

  it('keeps a Chinese format message from the schema after the field name, and never shows the pattern', () => {
    const m = message(z.object({ code: z.string().regex(/^\d{9}$/, '应为 9 位数字') }), { code: '3303' }, '街道代码');
    expect(m).toBe('「街道代码」应为 9 位数字（现在是「3303」）');
    expect(m).not.toContain('\\d');
  });

  it('keeps a refine message as the whole sentence', () => {
    const schema = z.object({ a: z.number(), b: z.number() }).refine((o) => o.a <= o.b, { message: '护理床位数不能多于总床位数', path: ['a'] });
    expect(message(schema, { a: 2, b: 1 }, '护理床位')).toBe('护理床位数不能多于总床位数');
  });

  it('never passes zod’s English through, whatever the issue', () => {
    const schema = z.object({ url: z.url(), list: z.array(z.string()).min(1), n: z.number().int().min(0) }).strict();
    const data = { url: 'not a url', list: [], n: -1.5, extra: 1 };
    const r = schema.safeParse(data);
    expect(r.success).toBe(false);
    for (const issue of r.error?.issues ?? []) expect(issueText(issue, '字段', data)).not.toMatch(ZOD_ENGLISH);
  });
});
