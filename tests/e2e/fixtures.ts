import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test gets a page whose console errors, page errors and requests to
 * other hosts are collected; the test fails at the end if any appeared.
 */
export const test = base.extend<{ guard: { requests: string[]; allowConsole: (pattern: RegExp) => void } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const requests: string[] = [];
      // Headless Chromium draws WebGL (the /map/ page) with SwiftShader, whose driver reports each frame
      // read back to the page as a performance notice; a bare canvas that only clears itself does the same.
      // It says nothing about the site, so exactly this notice is let through.
      // Playwright's own note that it blocked the service worker (playwright.config.ts) says nothing about the site either.
      const allowed: RegExp[] = [/GL Driver Message \(OpenGL, Performance, GL_CLOSE_PATH_NV, High\): GPU stall due to ReadPixels/, /Service Worker registration blocked by Playwright/];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => {
        const text = `console ${msg.type()}: ${msg.text()}`;
        if ((msg.type() === 'error' || msg.type() === 'warning') && !allowed.some((re) => re.test(text))) problems.push(text);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        requests.push(url);
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`third-party request: ${url}`);
      });
      await use({ requests, allowConsole: (pattern) => allowed.push(pattern) });
      expect(problems, 'console must be clean and no request may leave the site').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
