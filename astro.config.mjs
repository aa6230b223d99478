// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig, passthroughImageService } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { loadEnv } from 'vite';
import { basemapFromEnv } from './src/map/basemap.ts';
import { cspConfig, cspIntegration } from './src/lib/csp/integration.ts';

/** The address the site will be published at when SITE_URL is not set: a placeholder (.example never resolves). */
const PLACEHOLDER_SITE = 'https://ylfw.ouhai.example/';
const site = process.env.SITE_URL || PLACEHOLDER_SITE;

/**
 * QR codes on facility and print pages, the HSDS download's links and the sitemap are written with
 * the site's address: built with the placeholder they point nowhere. Warn once per build, in
 * Chinese for the people who publish the site.
 */
const siteUrlWarning = {
  name: 'oh-site-url-warning',
  hooks: {
    /** @param {{ logger: { warn: (message: string) => void } }} options */
    'astro:build:start': ({ logger }) => {
      if (new URL(site).hostname.endsWith('.example')) {
        logger.warn(`网站地址 SITE_URL 未设置，正在使用占位地址 ${PLACEHOLDER_SITE}：页面上的二维码、HSDS 下载中的链接和站点地图都会指向这个不存在的地址。发布前请这样构建：SITE_URL=https://正式域名/ npm run build（见 README“发布”一节）。`);
      }
    },
  },
};

// The basemap decides which tile host, if any, the Content Security Policy allows (.env files count, as in the pages).
const basemap = basemapFromEnv({ ...loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), 'PUBLIC_'), ...process.env });
/** Stylesheets up to this size are written into each page instead of being linked (ours are 4–8 kB). */
const INLINE_CSS_BYTES = 16 * 1024;

/**
 * Size budgets of the browser's JavaScript chunks, in kB of minified code (as Vite counts them).
 * Every chunk keeps Vite's default of 500 kB. MapLibre GL (about 1,050 kB minified) cannot be
 * split and is only ever loaded by /map/: its chunk alone may reach 1,200 kB, so that a larger
 * MapLibre, or anything else drawn into its chunk, still warns.
 */
const CHUNK_BUDGETS_KB = { default: 500, maplibre: 1200 };

/** Warns, naming the chunk, when a client chunk is over its budget (see CHUNK_BUDGETS_KB). */
const chunkBudgets = {
  name: 'oh-chunk-budgets',
  /** @param {{ name: string }} environment */
  applyToEnvironment: (environment) => environment.name === 'client',
  /**
   * @this {{ warn: (message: string) => void }}
   * @param {unknown} _options
   * @param {Record<string, { type: string; name?: string; fileName: string; code?: string }>} bundle
   */
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk.code === undefined) continue;
      const kB = Buffer.byteLength(chunk.code) / 1000;
      const budget = chunk.name === 'maplibre' ? CHUNK_BUDGETS_KB.maplibre : CHUNK_BUDGETS_KB.default;
      if (kB > budget) this.warn(`${chunk.fileName}: ${kB.toFixed(0)} kB minified, over its budget of ${budget} kB (astro.config.mjs CHUNK_BUDGETS_KB)`);
    }
  },
};

// A static site: every page is rendered at build time from data/.
export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // No image optimisation: sharp's native build is not needed for a site with no photos.
  image: { service: passthroughImageService() },
  // The sitemap also drives the accessibility test suite, which checks every page listed in it.
  // Print pages in A4 landscape and A3 repeat the A4 page (their canonical link says so): left out.
  // Every page carries a strict Content Security Policy (src/lib/csp/): Astro hashes its scripts and styles,
  // and the build checks the pages and writes the same policy as HTTP headers (README, “Security headers”).
  // No Markdown pages, and Shiki's highlighting would need inline styles the policy does not allow.
  markdown: { syntaxHighlight: false },
  security: { csp: cspConfig(basemap, fileURLToPath(new URL('./src/', import.meta.url))) },
  integrations: [siteUrlWarning, cspIntegration(fileURLToPath(new URL('./', import.meta.url))), preact(), sitemap({ filter: (page) => !page.includes('/404') && !/\/print\/\d+\/(a3|a4-landscape)\/$/.test(page) })],
  devToolbar: { enabled: false },
  build: {
    format: 'directory',
    // Stylesheets the size of ours go into the page (<style>), so that a page needs no second round
    // trip before it can paint; larger ones (MapLibre's 71 kB, on /map/ only) stay files. Astro's
    // own inlining, so the strict CSP can hash the styles like any other inline style.
    inlineStylesheets: 'auto',
  },
  vite: {
    build: {
      assetsInlineLimit: (file, content) => (file.endsWith('.css') ? content.length <= INLINE_CSS_BYTES : undefined),
      // Vite's one limit for every chunk gives way to the budgets below: the same 500 kB for every
      // chunk, and a larger one for MapLibre's alone.
      chunkSizeWarningLimit: Infinity,
      rolldownOptions: {
        output: {
          // MapLibre in a chunk of its own, loaded by the map island only (/map/).
          codeSplitting: { groups: [{ name: 'maplibre', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/ }] },
        },
      },
    },
    plugins: [chunkBudgets],
  },
});
