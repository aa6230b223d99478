import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4399);
/** The second site, built with the street-data fixture into dist-streets/ (npm run build:streets-fixture). */
const streetsPort = Number(process.env.E2E_STREETS_PORT ?? port + 1);

/** End-to-end tests run against the built site (dist/) in Debian's Chromium; no browser is downloaded. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The service worker's first-visit downloads (the precache, about 1 MB) would slow every test's page
    // load; offline.spec.ts, which tests it, lets it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu-sandbox',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  projects: [
    { name: 'default', testIgnore: /(^|\/)streets\.spec\.ts$/ },
    { name: 'streets', testMatch: /(^|\/)streets\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${streetsPort}` } },
  ],
  webServer: [
    {
      command: `astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // astro preview runs only once per project: the second site is served by the tests' own static server.
      command: `node tests/e2e/serve-dir.ts dist-streets ${streetsPort}`,
      url: `http://127.0.0.1:${streetsPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
