import { readFileSync, readdirSync } from 'node:fs';

/** Every page path listed in the built site's sitemap (dist/sitemap-*.xml), e.g. '/en/canteens/'. */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('dist/ 中没有 sitemap：请先运行 npm run build');
  const paths = files.flatMap((f) => [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
  return [...new Set(paths)].sort();
}
