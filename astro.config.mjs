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

// A static site: every page is rendered at build time from data/.
export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
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
  vite: {
    build: { chunkSizeWarningLimit: 1200 },
  },
});
