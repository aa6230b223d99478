/** The licence, attribution and date of the open-data downloads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Facility } from '../../schemas/facility.ts';
import { OpenDataMeta } from '../../schemas/open-data.ts';

let cached: OpenDataMeta | undefined;

/** Reads data/open-data.yaml; a wrong field stops the build with the file, field and what to write. */
export function loadOpenDataMeta(root = process.cwd()): OpenDataMeta {
  if (cached) return cached;
  const path = join(root, 'data/open-data.yaml');
  const parsed = OpenDataMeta.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}：字段「${issue?.path.join('.')}」有误：${issue?.message}。请对照文件中的注释填写（许可需有名称、英文名称、SPDX 标识和网址）。`);
  }
  cached = parsed.data;
  return cached;
}

/** The data date: the latest 最后核实 of any facility (the footer shows the same date). */
export function dataDate(facilities: readonly Facility[]): string {
  return facilities.reduce((max, f) => (f.lastVerified > max ? f.lastVerified : max), '');
}
