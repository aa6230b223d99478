import { readFileSync, readdirSync } from 'node:fs';

/** Every page path listed in the built site's sitemap (dist/sitemap-*.xml), e.g. '/en/canteens/'. */
export function sitemapPaths(): string[] {
  const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error('dist/ 中没有 sitemap：请先运行 npm run build');
  const paths = files.flatMap((f) => [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
  return [...new Set(paths)].sort();
}

/** One page of each kind (codes and facility ids stand for their kind), e.g. one community page and one English community page. */
export function onePageOfEachKind(): string[] {
  const seen = new Map<string, string>();
  for (const path of sitemapPaths()) {
    const kind = path.replace(/\d{12}/g, ':community').replace(/\d{9}/g, ':town').replace(/\/facilities\/[^/]+\//, '/facilities/:id/');
    if (!seen.has(kind)) seen.set(kind, path);
  }
  return [...seen.values()];
}
