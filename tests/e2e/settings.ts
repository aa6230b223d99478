import type { Page } from '@playwright/test';

/**
 * Opens the header's menu (“栏目 · 字号 · English”, a <details>), as a reader taps it. No-op when it is
 * open, and on a wide screen, where the header shows its contents without the button.
 */
export async function openSettings(page: Page) {
  const menu = page.locator('header details.oh-menu');
  const button = menu.locator('summary');
  if ((await button.isVisible()) && !(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await button.click();
}
