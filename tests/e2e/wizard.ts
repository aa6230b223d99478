import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Opens the wizard and waits until the island has turned the form into steps. */
export async function openWizard(page: Page, path = '/eligibility/') {
  await page.goto(path);
  await expect(page.locator('[data-eligibility-wizard="steps"]')).toBeVisible();
}

const LABELS = {
  zh: {
    year: '年', month: '月', day: '日', next: /下一步|看结果/, results: '查询结果', town: '在城镇', rural: '在农村',
    options: (unknownCare: boolean) => ['瓯海区', '瓯海区', '低保家庭', unknownCare ? '我不知道 / 没有评估过' : '重度失能失智', '有赡养人，能照顾我', '不是，和家人或别人一起住', '在城镇', '没有打算'],
  },
  en: {
    year: 'Year', month: 'Month', day: 'Day', next: /Next|See the result/, results: 'Result', town: 'Town or city', rural: 'Rural',
    options: (unknownCare: boolean) => ['Ouhai District', 'Ouhai District', 'minimum-living-allowance family (低保)', unknownCare ? "I don't know / not assessed" : 'Severe disability or dementia', 'I have a supporter who can look after me', 'No, I live with family or others', 'Town or city', 'No plans'],
  },
};

/**
 * Fills every step by clicking, for tests about the results rather than the keyboard. With `cost`,
 * the last step types that cost instead of choosing “no plans”; with `fromTop` it is submitted by Enter
 * with the page scrolled to the top.
 */
export async function fillAll(
  page: Page,
  { unknownCare, lang = 'zh', birth = ['1937', '3', '4'], cost, where, rural = false, fromTop = false }: { unknownCare: boolean; lang?: 'zh' | 'en'; birth?: string[]; cost?: string; where?: { town: string; community: string }; rural?: boolean; fromTop?: boolean },
) {
  const l = LABELS[lang];
  const main = page.getByRole('main');
  await main.getByLabel(l.year, { exact: true }).fill(birth[0] ?? '');
  await main.getByLabel(l.month, { exact: true }).fill(birth[1] ?? '');
  await main.getByLabel(l.day, { exact: true }).fill(birth[2] ?? '');
  const next = async () => {
    const step = await main.locator('[data-step]').getAttribute('data-step');
    await main.getByRole('button', { name: l.next }).click();
    await expect(main.locator(`[data-step="${step}"]`)).toHaveCount(0);
  };
  await next();
  const options = l.options(unknownCare).map((o) => (rural && o === l.town ? l.rural : o));
  for (const [i, option] of (cost === undefined ? options : options.slice(0, -1)).entries()) {
    await main.getByLabel(option, { exact: true }).check();
    // The second 瓯海区 is “where do you live”: then the optional street and community.
    if (i === 1 && where) {
      await main.getByLabel(lang === 'zh' ? '住在哪个街道（镇）' : 'Which street or town (街道/镇)').selectOption({ label: where.town });
      await main.getByLabel(lang === 'zh' ? '哪个村（社区）' : 'Which village or community (村/社区)').selectOption({ label: where.community });
    }
    await next();
  }
  if (cost !== undefined) {
    const field = main.getByLabel(lang === 'zh' ? '大约花费多少元' : 'Roughly how many yuan');
    await field.fill(cost);
    if (fromTop) {
      // Submit with Enter from the top of the page, so where the results appear is the wizard's doing.
      await page.evaluate(() => window.scrollTo(0, 0));
      await field.press('Enter');
    } else await main.getByRole('button', { name: l.next }).click();
  }
  await expect(page.getByRole('heading', { name: l.results, exact: true })).toBeVisible();
}

/** Opens the folded details of one benefit's result (a region named after the benefit). */
export async function openDetails(region: Locator) {
  await region.locator('summary').click();
  await expect(region.locator('details')).toHaveAttribute('open', '');
}

/** Answers the birth date and 瓯海区 for 户籍 and home, by clicking, and stops at the family-status question (step 4). */
export async function answerUpToFamily(page: Page, birth: [string, string, string]) {
  const main = page.getByRole('main');
  await fillBirth(page, birth);
  for (let i = 1; i <= 3; i++) {
    if (i > 1) await main.getByLabel('瓯海区').check();
    await main.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText(`第 ${i + 1} 步，共 9 步`)).toBeVisible();
  }
}

/** Types a birth date (year, month, day) into the first question. */
export async function fillBirth(page: Page, [year, month, day]: [string, string, string]) {
  const main = page.getByRole('main');
  await main.getByLabel('年', { exact: true }).fill(year);
  await main.getByLabel('月', { exact: true }).fill(month);
  await main.getByLabel('日', { exact: true }).fill(day);
}
