// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// A static site: every page is rendered at build time from data/.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://ylfw.ouhai.example/',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No image optimisation: sharp's native build is not needed for a site with no photos.
  image: { service: passthroughImageService() },
  // The sitemap also drives the accessibility test suite, which checks every page listed in it.
  // Print pages in A4 landscape and A3 repeat the A4 page (their canonical link says so): left out.
  integrations: [preact(), sitemap({ filter: (page) => !page.includes('/404') && !/\/print\/\d+\/(a3|a4-landscape)\/$/.test(page) })],
  devToolbar: { enabled: false },
  vite: {
    build: { chunkSizeWarningLimit: 1200 },
  },
});
