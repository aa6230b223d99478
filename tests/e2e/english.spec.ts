import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { builtFacilities } from './directory-data.ts';
import { PAPERS, printPdf, sheetPath, towns } from './print-sheets.ts';

/**
 * The English site for a family abroad: Chinese names keep their characters and get their pinyin
 * beside them (both marked with their language), price tiers are in English, and the English
 * print sheets set as tightly as the Chinese ones: no word broken inside, and no more pages.
 */

test('lists and selectors give the pinyin beside each Chinese name, each marked with its language', async ({ page }) => {
  await page.goto('/en/towns/330304004/');
  const link = page.locator('.oh-communities__name').filter({ hasText: '博园社区' });
  await expect(link).toHaveText('博园社区 Boyuan Shequ');
  await expect(link.locator('[lang="zh-CN"]')).toHaveText('博园社区');
  await expect(link.locator('[lang="zh-Latn-pinyin"]')).toHaveText('Boyuan Shequ');
  await page.goto('/en/search/');
  await expect(page.getByLabel('Street or town', { exact: true }).locator('option', { hasText: '茶山街道' })).toHaveText('茶山街道 Chashan Jiedao');
  // Chinese pages stay as they were.
  await page.goto('/towns/330304004/');
  await expect(page.locator('.oh-communities__name').filter({ hasText: '博园社区' })).toHaveText('博园社区');
});

test('price tiers are in English, and a tier the site cannot translate stays in Chinese, marked so', async ({ page }) => {
  const f = builtFacilities().find((x) => x.canteen?.tierPrices.some((tp) => tp.tier === '90周岁以上'));
  const tier = f?.canteen?.tierPrices.find((tp) => tp.tier === '90周岁以上');
  if (!f || !tier) throw new Error('数据中没有“90周岁以上”优惠价的老年食堂');
  await page.goto(`/en/facilities/${f.id}/`);
  await expect(page.getByText(`aged 90 and over: ${tier.price} yuan per meal`)).toBeVisible();
  // The page's own name has its pinyin under the heading.
  await expect(page.locator('[lang="zh-Latn-pinyin"]').first()).toHaveText(/^[A-Z][a-z' ]+ [A-Z]/);
  await expect(page.getByText('90周岁以上')).toHaveCount(0);
});

test('an English print sheet names its place with the pinyin in its heading', async ({ page }) => {
  await page.goto('/en/print/330304002/');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Elder services in 梧田街道 Wutian Jiedao');
  await expect(heading.locator('[lang="zh-Latn-pinyin"]')).toHaveText('Wutian Jiedao');
});

test('the English type column breaks between words only (“Town / centre”, never “Tow/n/cent/re”), and each word fits its cell', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.round((190 * 96) / 25.4), height: 1200 });
  await page.goto('/en/print/330304002/');
  const broken = await page.locator('[data-print-table] .pp-number__type').evaluateAll((labels) =>
    labels.flatMap((label) => {
      const text = label.textContent ?? '';
      const node = label.firstChild;
      if (!node) return [];
      // Each word must lie on one line: one box per word.
      return [...text.matchAll(/\S+/g)].flatMap((m) => {
        const range = document.createRange();
        range.setStart(node, m.index ?? 0);
        range.setEnd(node, (m.index ?? 0) + m[0].length);
        const rects = [...range.getClientRects()];
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        const cell = label.closest('td')?.getBoundingClientRect();
        const overflow = cell !== undefined && rects.some((r) => r.right > cell.right + 0.5);
        return [...(lines.size > 1 ? [`${text}: “${m[0]}” on ${lines.size} lines`] : []), ...(overflow ? [`${text}: “${m[0]}” sticks out of its cell`] : [])];
      });
    }),
  );
  expect(await page.locator('[data-print-table] .pp-number__type').count()).toBeGreaterThan(3);
  expect(broken).toEqual([]);
});

/** Pages of a town sheet printed on A4 in one language. */
async function pagesOf(page: Page, code: string, english: boolean): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  await page.goto(sheetPath(code, 'a4', english));
  const { pages } = await printPdf(page, { format: PAPERS.a4.format });
  return pages.length;
}

// 景山 is the Chinese sheet closest to a second page, 梧田 the one whose English sheet ran to two.
for (const code of ['330304001', '330304002']) {
  const name = towns.find((t) => t.code === code)?.name ?? code;
  test(`the English town sheet of ${name} prints on as many A4 pages as the Chinese one @sweep`, async ({ page }) => {
    expect(await pagesOf(page, code, true)).toBe(await pagesOf(page, code, false));
  });
}

test('every English town sheet prints on as many A4 pages as the Chinese one @sweep', async ({ page }) => {
  test.setTimeout(towns.length * 10_000 + 30_000);
  const differ: string[] = [];
  for (const town of towns) {
    const [zh, en] = [await pagesOf(page, town.code, false), await pagesOf(page, town.code, true)];
    if (zh !== en) differ.push(`${town.name}: Chinese ${zh}, English ${en}`);
  }
  expect(towns).toHaveLength(13);
  expect(differ).toEqual([]);
});
