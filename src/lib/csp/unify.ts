/**
 * One policy for every page. Astro writes each page's <meta> policy with the hashes of what that page
 * inlines (the stylesheets it writes into the page, its own scripts), so pages differ; the HTTP headers
 * (dist/_headers, deploy/nginx.conf) can carry only one. Every source any page allows is the site's
 * own code, so the union is as strict as each part: this writes it into every page, keyword sources
 * first (in the order Astro wrote them), then the hashes, sorted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from './check.ts';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The union of policies: each directive with every source any of them lists. */
export function unionPolicy(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => {
    const hashes = sources.filter((s) => /^'sha(256|384|512)-/.test(s)).sort();
    const others = sources.filter((s) => !hashes.includes(s));
    return [name, ...others, ...hashes].join(' ');
  }).join('; ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

/** Rewrites every built page's <meta> policy to the union of all of them; returns how many pages. */
export function unifyPolicies(distDir: string): number {
  const files = htmlFiles(distDir);
  const pages = files.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const policies = pages.flatMap((p) => {
    const m = META.exec(p.html);
    return m?.[2] !== undefined ? [m[2]] : [];
  });
  if (policies.length === 0) return 0;
  const union = unionPolicy(policies);
  for (const p of pages) {
    if (!META.test(p.html)) continue;
    const next = p.html.replace(META, (_, a: string, _b: string, c: string) => `${a}${union}${c}`);
    if (next !== p.html) writeFileSync(p.file, next);
  }
  return pages.length;
}
