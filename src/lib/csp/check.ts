/**
 * The build's check that the Content Security Policy covers what each built page runs: every page
 * carries the policy, every inline script and style is allowed by a hash, and nothing relies on what
 * the policy blocks (event-handler attributes, style attributes, javascript: links). A script that
 * reached a page through data is caught here, at build time, as well as blocked in the browser.
 *
 * Astro writes its <meta> at the end of <head>, so a browser applies it only from there on; the
 * scripts above it (the layout's settings script) are still checked here, and the HTTP header
 * (dist/_headers, deploy/nginx.conf) covers the whole page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { cspHash } from './inline-sources.ts';

/** A policy as directive name → its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The sources that apply to a kind of element: its -elem directive, else the general one, else default-src. */
function sourcesFor(policy: Map<string, string[]>, kind: 'script' | 'style'): string[] {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? [];
}

const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export interface PageCheck {
  /** The policy of the page's <meta http-equiv="content-security-policy">, if it has one. */
  policy?: string;
  /** What the policy does not cover, in Chinese, one line each. */
  problems: string[];
}

const excerpt = (text: string) => JSON.stringify(text.trim().slice(0, 60));

/** Checks one built page against its own policy. */
export function checkPage(html: string): PageCheck {
  const problems: string[] = [];
  let policy: string | undefined;
  const blocks: { tag: 'script' | 'style'; text: string }[] = [];
  let open: { tag: 'script' | 'style'; start: number; runnable: boolean } | undefined;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') {
          if (policy !== undefined) problems.push('页面有两条 CSP（<meta http-equiv="content-security-policy">），应只有一条');
          policy = attributes.content ?? '';
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) problems.push(`<${name} ${attribute}=…>：事件属性中的脚本会被 CSP 拦截，请改用打包的脚本（data-* 属性加 addEventListener）`);
          if (attribute === 'style') problems.push(`<${name} style="${value.slice(0, 40)}">：style 属性会被 CSP 拦截，请改用 CSS 类`);
          if ((attribute === 'href' || attribute === 'src' || attribute === 'action') && /^\s*javascript:/i.test(value)) problems.push(`<${name} ${attribute}="javascript:…">：会被 CSP 拦截`);
        }
        if (name === 'script' || name === 'style') {
          const type = (attributes.type ?? '').trim().toLowerCase();
          const runnable = name === 'style' || (attributes.src === undefined && RUNNABLE_TYPES.has(type));
          open = { tag: name, start: parser.endIndex + 1, runnable };
        }
      },
      onclosetag(name) {
        if (!open || name !== open.tag) return;
        const text = html.slice(open.start, parser.startIndex);
        if (open.runnable && text.trim()) blocks.push({ tag: open.tag, text });
        open = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (policy === undefined) {
    problems.push('页面没有 CSP（<meta http-equiv="content-security-policy">）');
    return { policy, problems };
  }
  const parsed = parsePolicy(policy);
  for (const block of blocks) {
    if (!sourcesFor(parsed, block.tag).includes(`'${cspHash(block.text)}'`)) {
      problems.push(`内联 <${block.tag}> ${excerpt(block.text)} 不在 CSP 的哈希中：把它写在 .astro 源文件里（构建会自动计算哈希），不要从数据生成`);
    }
  }
  return { policy, problems };
}

export interface SiteCheck {
  /** Number of pages checked. */
  pages: number;
  /** Each distinct policy with the pages that carry it. */
  policies: Map<string, string[]>;
  /** Problems, each prefixed with the page's path in the built site. */
  problems: string[];
}

/** Checks every .html file under the built site's folder. */
export function checkBuiltSite(dir: string): SiteCheck {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
  return checkBuiltPages(dir, files);
}

/** Checks the given pages of the built site (paths of .html files relative to `dir`). */
export function checkBuiltPages(dir: string, pages: readonly string[]): SiteCheck {
  const policies = new Map<string, string[]>();
  const problems: string[] = [];
  for (const page of pages) {
    const result = checkPage(readFileSync(join(dir, page), 'utf8'));
    for (const p of result.problems) problems.push(`${page}：${p}`);
    if (result.policy !== undefined) policies.set(result.policy, [...(policies.get(result.policy) ?? []), page]);
  }
  return { pages: pages.length, policies, problems };
}
