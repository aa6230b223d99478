/**
 * The site's Content Security Policy and the other security headers, in one place: astro.config.mjs
 * hands the directives to Astro (`security.csp`, which adds the script and style hashes and writes a
 * <meta> into every page), and the build writes the same policy as HTTP headers for static hosts
 * (dist/_headers) and nginx (deploy/nginx.conf), with what a <meta> cannot carry.
 */
import { basemapIsRaster, basemapOrigins, type BasemapConfig } from '../../map/basemap.ts';

/**
 * Directives besides script-src and style-src (Astro writes those). Nothing leaves the site unless a
 * basemap on another host is configured, and then only to that basemap's origin.
 * - img-src data: — MapLibre's stylesheet draws its control icons as data: SVGs;
 * - img-src blob: — raster tiles only: MapLibre decodes them through blob: images where
 *   createImageBitmap is missing (Safari);
 * - worker-src 'self' — MapLibre's worker is a file of this site (src/map/mount.ts, setWorkerUrl),
 *   and so is the service worker.
 */
export function policyDirectives(basemap: BasemapConfig): string[] {
  const tiles = basemapOrigins(basemap);
  return [
    "default-src 'self'",
    ["connect-src 'self'", ...tiles].join(' '),
    ["img-src 'self' data:", ...(basemapIsRaster(basemap) ? ['blob:'] : []), ...tiles].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/**
 * Sources for scripts besides the hashes Astro adds. 'wasm-unsafe-eval' lets Pagefind (the search
 * page) compile its WebAssembly; it allows no JavaScript eval.
 */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_RESOURCES = ["'self'"];

/** Directives a <meta> cannot carry (the browser ignores them there and says so): headers only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The headers every response carries: the page's policy plus what only a header can say. */
export function securityHeaders(pagePolicy: string): [name: string, value: string][] {
  const policy = [pagePolicy.trim().replace(/;?\s*$/, ';'), ...HEADER_ONLY_DIRECTIVES.map((d) => `${d};`)].join(' ');
  return [
    ['Content-Security-Policy', policy],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    // Geolocation for this site only (the map's “my location”); nothing else is ever asked for.
    ['Permissions-Policy', 'geolocation=(self), camera=(), microphone=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/**
 * Caching for the service worker and the fingerprinted files: the browser must look for a new
 * sw.js on every visit (a new build replaces the offline copies), while /_astro/ files never change
 * under the same name.
 */
export const CACHE_RULES: { path: string; cacheControl: string }[] = [
  { path: '/sw.js', cacheControl: 'no-cache' },
  { path: '/_astro/*', cacheControl: 'public, max-age=31536000, immutable' },
];

/** A `_headers` file (Netlify, Cloudflare Pages) carrying the headers on every path. */
export function headersFile(pagePolicy: string): string {
  const lines = ['# Written by npm run build from src/lib/csp/policy.ts: do not edit, rebuild.', '/*'];
  for (const [name, value] of securityHeaders(pagePolicy)) lines.push(`  ${name}: ${value}`);
  for (const rule of CACHE_RULES) lines.push(rule.path, `  Cache-Control: ${rule.cacheControl}`);
  return `${lines.join('\n')}\n`;
}

/**
 * An nginx snippet to include inside the site's `server { … }` block. nginx drops the server's
 * add_header lines in a location that has its own, so each location repeats them. Module scripts
 * must come with a JavaScript type, and older nginx releases do not know `.mjs` (MapLibre's worker)
 * or `.webmanifest`.
 */
export function nginxSnippet(pagePolicy: string): string {
  const headers = securityHeaders(pagePolicy).map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`);
  const block = (open: string, body: string[]): string[] => [`${open} {`, ...body.map((l) => `    ${l}`), '}'];
  const cache = (value: string) => `add_header Cache-Control "${value}" always;`;
  const type = (mime: string) => `types { } default_type ${mime};`;
  return [
    '# Written by npm run build from src/lib/csp/policy.ts: do not edit, rebuild.',
    '# Include it inside the server { … } block whose root is the built dist/ folder:',
    '#     include /path/to/deploy/nginx.conf;',
    'charset utf-8;',
    'error_page 404 /404.html;',
    ...block('location /', [...headers, 'try_files $uri $uri/ =404;']),
    ...block('location = /sw.js', [...headers, cache('no-cache')]),
    ...block('location ~ \\.webmanifest$', [...headers, type('application/manifest+json')]),
    ...block('location /_astro/', [
      ...headers,
      cache('public, max-age=31536000, immutable'),
      ...block('location ~ \\.mjs$', [...headers, cache('public, max-age=31536000, immutable'), type('text/javascript')]),
    ]),
    '',
  ].join('\n');
}
