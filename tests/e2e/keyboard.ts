import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab until the target has focus, as a keyboard user would, and fails if it never does
 * (the element is not reachable by keyboard). Returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`${target} was not reached with ${maxPresses} Tab presses`);
}
