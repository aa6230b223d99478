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
  integrations: [preact(), sitemap({ filter: (page) => !page.includes('/404') })],
  devToolbar: { enabled: false },
  vite: {
    build: { chunkSizeWarningLimit: 1200 },
  },
});
