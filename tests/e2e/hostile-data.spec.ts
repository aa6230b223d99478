import type { Page } from '@playwright/test';
import { builtFacilities } from './directory-data.ts';
import { test, expect } from './fixtures.ts';

/**
 * The end-to-end build (npm run build:e2e) adds tests/fixtures/e2e/facilities/hostile-names.csv: a canteen
 * whose name, address and notes carry markup — "</script><script>…", an <img onerror>, a <b>. Wherever
 * the data reaches a page (cards, lists, the search results, the map, the print sheet, the JSON the pages
 * embed for their scripts) it must be shown as text: nothing runs, nothing is parsed as markup.
 */
const FIXTURE_ID = 'e2e-hostile-canteen';
const hostile = builtFacilities().find((f) => f.id === FIXTURE_ID);

/** Nothing of the fixture ran, no element came from its markup, and every embedded JSON block still parses. */
async function expectInert(page: Page) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    injected: document.querySelectorAll('img[src="x"], b').length,
    json: [...document.querySelectorAll<HTMLScriptElement>('script[type="application/json"]')].map((s) => {
      try {
        JSON.parse(s.textContent ?? '');
        return 'ok';
      } catch {
        return `${s.getAttribute('data-canteen-data') !== null ? 'canteen' : ''}${[...s.attributes].map((a) => a.name).join(' ')}: not JSON`;
      }
    }),
  }));
  expect(state.pwned, 'no script of the fixture ran').toBeNull();
  expect(state.injected, 'no element made from the fixture’s markup').toBe(0);
  expect(state.json.filter((j) => j !== 'ok'), 'every embedded JSON block parses').toEqual([]);
}

test.beforeAll(() => {
  if (!hostile) throw new Error(`dist/ 中没有端到端测试机构 ${FIXTURE_ID}：请用 npm run build:e2e（npm test 会这样构建）`);
});

test('a name with markup is shown as text on the canteen list, its street’s list and its own page, and the pages’ JSON survives it', async ({ page }) => {
  const name = hostile?.name ?? '';
  expect(name).toContain('</script><script>');
  for (const path of ['/canteens/', '/canteens/330304005/', `/facilities/${FIXTURE_ID}/`, '/en/canteens/', '/communities/330304005012/']) {
    await page.goto(path);
    await expect(page.getByText(name, { exact: true }).first(), path).toBeVisible();
    if (path.startsWith('/facilities/')) await expect(page.getByText(hostile?.address ?? '?').first(), 'the address with markup, as text').toBeVisible();
    await expectInert(page);
  }
});

test('search finds the name with markup and shows it as text', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('测试食堂')}`);
  await expect(page.locator('[data-search-results] > li').getByText(hostile?.name ?? '?', { exact: true })).toBeVisible();
  await expectInert(page);
});

test('the print sheet of its community shows the name with markup as text', async ({ page }) => {
  await page.goto('/print/330304005012/');
  await expect(page.locator('[data-print-table]').getByText(hostile?.name ?? '?', { exact: true })).toBeVisible();
  await expectInert(page);
});
