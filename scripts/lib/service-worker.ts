/**
 * Builds the service worker (src/sw/sw.ts) into a built site: esbuild bundles it with this build's
 * id, and workbox-build writes in the precache list. Used by `npm run build` (scripts/build-sw.ts,
 * after Astro and Pagefind) and by the offline end-to-end test, which rebuilds a changed copy.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

/** The shell: the pages that work offline from the first visit, whatever was opened. */
export const SHELL_PAGES = ['/', '/canteens/', '/eligibility/', '/eligibility/rules/', '/offline/'].flatMap((p) => [p, `/en${p}`]).concat('/404.html');

/** Precached besides the shell pages: icons, manifests, the print sheets' sizes, and the files under /_astro/ up to LARGE_FILE. */
const FILE_PATTERNS = ['_astro/**/*', 'favicon.svg', 'icons/*.png', 'manifest.webmanifest', 'en/manifest.webmanifest', 'print-papers.css'];

/** A file under /_astro/ above this size (the map's library and worker) is kept when first used, not precached. */
export const LARGE_FILE = 100 * 1024;
/** What a first visit may download for offline use. */
export const PRECACHE_BUDGET = 1.5 * 1024 * 1024;

/** The file a shell page is served from: '/canteens/' → 'canteens/index.html'. */
function pageFile(path: string): string {
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

/** The address a precached file is asked for by: 'canteens/index.html' → '/canteens/'. */
function fileUrl(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** A build's id: the hash of every file of the built site but the worker itself, so any change makes a new one. */
export function buildId(distDir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(distDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(distDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((f) => f !== 'sw.js')
    .sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(distDir, file))).update('\0');
  return hash.digest('hex').slice(0, 12);
}

export interface ServiceWorkerBuild {
  build: string;
  /** Files precached and their total size in bytes. */
  count: number;
  size: number;
  /** Files under /_astro/ left to be kept on first use, with their sizes. */
  large: { url: string; size: number }[];
  warnings: string[];
}

/** Writes dist/sw.js for the built site in `distDir`. */
export async function buildServiceWorker(distDir: string, projectRoot = process.cwd()): Promise<ServiceWorkerBuild> {
  const missing = SHELL_PAGES.map(pageFile).filter((f) => !existsSync(join(distDir, f)));
  if (missing.length > 0) throw new Error(`离线外壳页面不在构建结果中：${missing.join('、')}（见 scripts/lib/service-worker.ts 的 SHELL_PAGES）`);
  const id = buildId(distDir);
  const large: { url: string; size: number }[] = [];
  const work = mkdtempSync(join(tmpdir(), 'oh-sw-'));
  try {
    const swSrc = join(work, 'sw.js');
    await build({
      entryPoints: [join(projectRoot, 'src/sw/sw.ts')],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      outfile: swSrc,
      // Workbox logs only in development builds.
      define: { __OH_BUILD__: JSON.stringify(id), 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    const result = await injectManifest({
      swSrc,
      swDest: join(distDir, 'sw.js'),
      globDirectory: distDir,
      globPatterns: [...FILE_PATTERNS, ...SHELL_PAGES.map(pageFile)],
      globIgnores: ['sw.js'],
      // The budget below, not Workbox's per-file limit, decides: a shell page may grow with the data.
      maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
      // Fingerprinted names change with their content: no revision needed.
      dontCacheBustURLsMatching: /^\/_astro\//,
      manifestTransforms: [
        (entries) => {
          const manifest = entries
            .map((e) => ({ ...e, url: fileUrl(e.url) }))
            .filter((e) => {
              if (e.url.startsWith('/_astro/') && e.size > LARGE_FILE) {
                large.push({ url: e.url, size: e.size });
                return false;
              }
              return true;
            });
          return { manifest, warnings: [] };
        },
      ],
    });
    return { build: id, count: result.count, size: result.size, large, warnings: result.warnings };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

