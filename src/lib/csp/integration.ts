/**
 * Wires the site's policy (policy.ts) into Astro: `cspConfig` is the `security.csp` setting, and the
 * integration checks every built page against it and writes the same policy as HTTP headers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import type { BasemapConfig } from '../../map/basemap.ts';
import { checkBuiltSite } from './check.ts';
import { inlineHashes } from './inline-sources.ts';
import { unifyPolicies } from './unify.ts';
import { headersFile, nginxSnippet, policyDirectives, SCRIPT_RESOURCES, STYLE_RESOURCES } from './policy.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Astro's `security.csp` setting: the site's directives, and the hashes of the scripts and styles written inline in `srcDir`. */
export function cspConfig(basemap: BasemapConfig, srcDir: string): CspConfig {
  const inline = inlineHashes(srcDir);
  return {
    algorithm: 'SHA-256',
    directives: policyDirectives(basemap) as CspConfig['directives'],
    scriptDirective: { resources: SCRIPT_RESOURCES, hashes: inline.scripts },
    styleDirective: { resources: STYLE_RESOURCES, hashes: inline.styles },
  };
}

/** Where the nginx snippet is written, relative to the project. */
export const NGINX_SNIPPET = 'deploy/nginx.conf';

/**
 * After the build: writes the union of the pages' policies into every page (unify.ts), refuses a site
 * where a page lacks the policy or runs something the policy does not allow, then writes dist/_headers
 * and deploy/nginx.conf from that one policy.
 */
export function cspIntegration(projectRoot: string): AstroIntegration {
  return {
    name: 'oh-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        // Pages that inline their stylesheets carry those styles' hashes: one policy for all, the union.
        unifyPolicies(distDir);
        const site = checkBuiltSite(distDir);
        const problems = [...site.problems];
        if (site.policies.size > 1) {
          const counts = [...site.policies.values()].map((pages) => `${pages.length} 个页面（如 ${pages[0]}）`).join('、');
          problems.push(`页面的 CSP 不一致：${counts}。HTTP 头只能给所有页面同一条 CSP：请在 astro.config.mjs 的 security.csp 中统一配置，不要在单个页面用 Astro.csp 添加`);
        }
        if (problems.length > 0) {
          const shown = problems.slice(0, 20).join('\n  ');
          throw new Error(`内容安全策略（CSP）检查未通过，共 ${problems.length} 处：\n  ${shown}${problems.length > 20 ? '\n  …' : ''}`);
        }
        const [policy] = site.policies.keys();
        if (policy === undefined) return;
        writeFileSync(join(distDir, '_headers'), headersFile(policy));
        const nginx = join(projectRoot, NGINX_SNIPPET);
        mkdirSync(dirname(nginx), { recursive: true });
        writeFileSync(nginx, nginxSnippet(policy));
        logger.info(`CSP: ${site.pages} pages carry one policy; wrote dist/_headers and ${NGINX_SNIPPET}`);
      },
    },
  };
}
