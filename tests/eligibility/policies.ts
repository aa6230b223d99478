import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicies } from '../../src/lib/eligibility/policies.ts';
import type { PolicySet } from '../../src/schemas/policy.ts';

/** The real policy data, loaded once for all eligibility tests. */
export const params: PolicySet = loadPolicies(join(import.meta.dirname, '../../data/policies'));

/** Interface strings of a language. */
export function messages(lang: 'zh-CN' | 'en'): Record<string, string> {
  return JSON.parse(readFileSync(join(import.meta.dirname, `../../src/i18n/${lang}.json`), 'utf8')) as Record<string, string>;
}
