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
      const allowed: RegExp[] = [];
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
