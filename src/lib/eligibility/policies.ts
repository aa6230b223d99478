/**
 * Reads data/policies/*.yaml in Node (scripts, tests, and Astro pages at build time). The browser
 * never runs this file: pages pass the loaded PolicySet to the wizard as plain JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  DocumentsFile,
  PolicyFile,
  type Citation,
  type PolicyDocument,
  type PolicySet,
  type Reference,
  type ResolvedPolicy,
} from '../../schemas/policy.ts';
import { quoteChecker, SOURCES_DIR } from '../data/sources.ts';
import { REQUIRED_PARAMETERS } from './params.ts';
import { BENEFIT_IDS } from './types.ts';

/** The folder policies are read from by default. */
export const POLICY_DIR = 'data/policies';
/** The file listing source documents. */
export const DOCUMENTS_FILE = 'documents.yaml';

/** Raised when data/policies/ has errors; `problems` lists each one in Chinese. */
export class PolicyDataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`政策数据有 ${problems.length} 处错误：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PolicyDataError';
    this.problems = problems;
  }
}

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

/** A zod issue in Chinese: what is wrong and what was expected. */
function issueText(issue: z.core.$ZodIssue): string {
  if (hasChinese(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `缺少这一项（应为 ${issue.expected}）` : `类型不对：应为 ${issue.expected}`;
    case 'invalid_value':
      return `${issue.input === undefined ? '缺少这一项；' : ''}应为 ${issue.values.map((v) => String(v)).join('、')} 之一`;
    case 'unrecognized_keys':
      return `多了字段 ${issue.keys.join('、')}（拼写错误？可用字段见 src/schemas/policy.ts）`;
    case 'too_small':
      return `太短或太小（至少 ${String(issue.minimum)}）`;
    case 'too_big':
      return `太长或太大（最多 ${String(issue.maximum)}）`;
    case 'invalid_format':
      return `格式不对（${issue.format}）`;
    default:
      return issue.message;
  }
}

/** Where in a policy file a zod path points, in words: “参数 amount › 第 1 个值（from 2027-01-01）› reference.quote”. */
function whereInPolicy(path: readonly PropertyKey[], data: unknown): string {
  const [head, name, third, index, ...rest] = path;
  if (head === 'parameters' && typeof name === 'string') {
    if (third === 'values' && typeof index === 'number') {
      const from = (data as { parameters?: Record<string, { values?: { from?: unknown }[] }> })?.parameters?.[name]?.values?.[index]?.from;
      const at = `参数 ${name} › 第 ${index + 1} 个值${typeof from === 'string' ? `（from ${from}）` : ''}`;
      return rest.length > 0 ? `${at} › 字段 ${rest.join('.')}` : at;
    }
    return `参数 ${name}${third !== undefined ? ` › 字段 ${[third, index, ...rest].filter((p) => p !== undefined).join('.')}` : ''}`;
  }
  if (head === 'howToApply' && typeof name === 'number') return `howToApply 第 ${name + 1} 步${third !== undefined ? ` › 字段 ${[third, index, ...rest].filter((p) => p !== undefined).join('.')}` : ''}`;
  return path.length > 0 ? `字段 ${path.join('.')}` : '整个文件';
}

function whereInDocuments(path: readonly PropertyKey[], data: unknown): string {
  const [head, index, ...rest] = path;
  if (head === 'documents' && typeof index === 'number') {
    const id = (data as { documents?: { id?: unknown }[] })?.documents?.[index]?.id;
    return `第 ${index + 1} 个文件${typeof id === 'string' ? `（${id}）` : ''}${rest.length > 0 ? ` › 字段 ${rest.join('.')}` : ''}`;
  }
  return path.length > 0 ? `字段 ${path.join('.')}` : '整个文件';
}

/** Parses a YAML file; syntax errors come back with their line and column. */
function readYaml(path: string, problems: string[]): unknown {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      problems.push(`${path}${pos ? ` 第 ${pos.line} 行第 ${pos.col} 列` : ''}：YAML 格式错误：${e.message.split('\n')[0]}。请检查缩进和冒号。`);
    }
    return undefined;
  }
  return doc.toJS();
}

/** The result of reading data/policies/: the set when there are no errors, and every problem found. */
export type PolicyReadResult = { set: PolicySet | undefined; problems: string[] };

/** Reads and checks every file of data/policies/ without throwing. */
export function readPolicies(dir: string = join(process.cwd(), POLICY_DIR)): PolicyReadResult {
  const problems: string[] = [];
  if (!existsSync(dir)) return { set: undefined, problems: [`${dir}：找不到政策数据目录。`] };

  // Source documents.
  const docsPath = join(dir, DOCUMENTS_FILE);
  const documents = new Map<string, PolicyDocument>();
  if (!existsSync(docsPath)) {
    problems.push(`${docsPath}：缺少文件清单。请按 src/schemas/policy.ts 的 DocumentsFile 写出所引用的文件。`);
  } else {
    const raw = readYaml(docsPath, problems);
    if (raw !== undefined) {
      const parsed = DocumentsFile.safeParse(raw, { reportInput: true });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${docsPath}：${whereInDocuments(issue.path, raw)}：${issueText(issue)}。`);
      } else {
        for (const d of parsed.data.documents) {
          if (documents.has(d.id)) problems.push(`${docsPath}：文件编号 ${d.id} 重复；每个文件的 id 应唯一。`);
          documents.set(d.id, d);
        }
      }
    }
  }

  // Policy files.
  const policies: Record<string, ResolvedPolicy> = {};
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== DOCUMENTS_FILE)
    .sort();
  for (const file of files) {
    const path = join(dir, file);
    const raw = readYaml(path, problems);
    if (raw === undefined) continue;
    const parsed = PolicyFile.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${path}：${whereInPolicy(issue.path, raw)}：${issueText(issue)}。`);
      continue;
    }
    const policy = parsed.data;
    if (`${policy.id}.yaml` !== file) problems.push(`${path}：字段 id 是 “${policy.id}”，应与文件名一致（${file.replace(/\.yaml$/, '')}）。`);

    const resolve = (c: Citation, where: string): Reference | undefined => {
      const doc = documents.get(c.document);
      if (!doc) {
        problems.push(`${path}：${where} › 字段 reference.document：找不到文件 “${c.document}”；应为 ${DOCUMENTS_FILE} 里的 id 之一（${[...documents.keys()].join('、')}）。`);
        return undefined;
      }
      return { ...c, doc };
    };

    const resolved: ResolvedPolicy = { ...policy, parameters: {}, howToApply: [] };
    for (const [id, p] of Object.entries(policy.parameters)) {
      const values = p.values.flatMap((v, i) => {
        const reference = resolve(v.reference, `参数 ${id} › 第 ${i + 1} 个值（from ${v.from}）`);
        return reference ? [{ ...v, reference }] : [];
      });
      resolved.parameters[id] = { ...p, values };
    }
    resolved.howToApply = policy.howToApply.map((s, i) => {
      if (!s.reference) return { zh: s.zh, en: s.en };
      const reference = resolve(s.reference, `howToApply 第 ${i + 1} 步`);
      return reference ? { ...s, reference } : { zh: s.zh, en: s.en };
    });
    policies[policy.id] = resolved;
  }

  // Everything the engine reads must be there, with the unit it expects.
  for (const [policyId, params] of Object.entries(REQUIRED_PARAMETERS)) {
    const path = join(dir, `${policyId}.yaml`);
    const policy = policies[policyId];
    if (!policy) {
      if (existsSync(path)) continue; // already reported above
      problems.push(`${path}：缺少这个文件；补贴查询需要它的参数 ${Object.keys(params).join('、')}。`);
      continue;
    }
    for (const [id, unit] of Object.entries(params)) {
      const p = policy.parameters[id];
      if (!p) problems.push(`${path}：缺少参数 ${id}（单位 ${unit}）；补贴查询会用到它。`);
      else if (p.unit !== unit) problems.push(`${path}：参数 ${id} 的单位是 ${p.unit}，应为 ${unit}。`);
    }
  }
  for (const id of BENEFIT_IDS) {
    if (policies[id] && policies[id].howToApply.length === 0) {
      problems.push(`${join(dir, `${id}.yaml`)}：howToApply 是空的；请至少写一步“去哪里办、带什么”，资料没有写的就写“以当地规定为准，请咨询所在村社或街道”。`);
    }
  }

  return { set: problems.length === 0 ? { policies } : undefined, problems };
}

/** Reads data/policies/; throws PolicyDataError listing every problem. */
export function loadPolicies(dir?: string): PolicySet {
  const { set, problems } = readPolicies(dir);
  if (!set) throw new PolicyDataError(problems);
  return set;
}

/**
 * Checks that every quote appears in its source file in `sourcesDir` (white space ignored). A quote
 * that is not there, or a source file that is missing, is a problem; a document whose text is not
 * in the project at all (file: null, e.g. the national law) is listed as not checked.
 */
export function checkQuotes(set: PolicySet, sourcesDir: string): { problems: string[]; unchecked: string[] } {
  const problems: string[] = [];
  const unchecked = new Set<string>();
  const missing = new Set<string>();
  const found = quoteChecker(sourcesDir);
  const check = (policyId: string, where: string, ref: Reference) => {
    if (!ref.doc.file) {
      unchecked.add(`${ref.doc.id}（${ref.doc.title}）：原文不在资料目录中`);
      return;
    }
    const ok = found(ref.doc.file, ref.quote);
    if (ok === undefined) {
      missing.add(`data/policies/${DOCUMENTS_FILE}：文件 ${ref.doc.id} › 字段 file：找不到原文 ${join(sourcesDir, ref.doc.file)}。请把原文放进 ${SOURCES_DIR}/ 并登记在 data/sources/INDEX.md，或改正文件名。`);
    } else if (!ok) {
      problems.push(`data/policies/${policyId}.yaml：${where} › 字段 reference.quote：在原文 ${ref.doc.file} 中找不到 “${ref.quote}”。请从原文逐字复制（空格和换行可以省略）。`);
    }
  };
  for (const [policyId, policy] of Object.entries(set.policies)) {
    for (const [id, p] of Object.entries(policy.parameters)) {
      p.values.forEach((v, i) => check(policyId, `参数 ${id} › 第 ${i + 1} 个值（from ${v.from}）`, v.reference));
    }
    policy.howToApply.forEach((s, i) => s.reference && check(policyId, `howToApply 第 ${i + 1} 步`, s.reference));
  }
  return { problems: [...missing, ...problems], unchecked: [...unchecked] };
}
