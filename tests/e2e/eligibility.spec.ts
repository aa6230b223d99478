import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** 9:00 on 4 March 2027 in Wenzhou: the day someone born on 1937-03-04 turns 90. */
const TURNS_90 = new Date('2027-03-04T09:00:00+08:00');

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Opens the wizard and waits until the island has turned the form into steps. */
async function openWizard(page: Page, path = '/eligibility/') {
  await page.goto(path);
  await expect(page.locator('[data-eligibility-wizard="steps"]')).toBeVisible();
}

/**
 * Answers the current question by keyboard, as a keyboard user would: Tab into the options, then for
 * radio buttons the arrow keys (a radio group is one Tab stop), for check boxes Tab; Space to tick,
 * Enter to go on.
 */
async function choose(page: Page, option: string) {
  const input = page.getByRole('main').getByLabel(option, { exact: true });
  if ((await input.getAttribute('type')) === 'radio') {
    const group = page.locator(`[data-step] input[type="radio"]`);
    for (let i = 0; i < 60 && !(await group.evaluateAll((els) => els.includes(document.activeElement as HTMLInputElement))); i++) {
      await page.keyboard.press('Tab');
    }
    for (let i = 0; i < 10 && !(await input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await expect(input).toBeFocused();
  } else {
    await tabTo(page, input);
  }
  await page.keyboard.press('Space');
  await expect(input).toBeChecked();
  const step = await page.locator('[data-step]').getAttribute('data-step');
  await page.keyboard.press('Enter');
  // Wait for the next question before answering it.
  await expect(page.locator(`[data-step="${step}"]`)).toHaveCount(0);
}

test('the wizard can be finished by keyboard alone and gives 120 元 with its clause on the 90th birthday, sending nothing', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page);
  await page.waitForLoadState('networkidle');
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.method()} ${r.url()}`));

  await expect(page.getByText('第 1 步，共 9 步')).toBeVisible();
  await tabTo(page, page.getByLabel('年', { exact: true }));
  await page.keyboard.type('1937');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: '您的户口在哪里？' })).toBeFocused();
  await expect(page.getByText('第 2 步，共 9 步')).toBeVisible();
  await choose(page, '瓯海区');
  await expect(page.getByRole('heading', { name: '您现在住在哪里？' })).toBeFocused();
  await choose(page, '瓯海区');
  await choose(page, '低保家庭');
  await choose(page, '重度失能失智');
  await choose(page, '有赡养人，能照顾我');
  await choose(page, '不是，和家人或别人一起住');
  await choose(page, '在农村');
  await tabTo(page, page.getByLabel('大约花费多少元'));
  await page.keyboard.type('20000');
  await page.keyboard.press('Enter');

  const results = page.getByRole('heading', { name: '查询结果', exact: true });
  await expect(results).toBeFocused();
  await expect(page.getByRole('region', { name: '查询结果', exact: true }).getByText('按 2027-03-04 的规定计算，90 周岁。').first()).toBeVisible();

  const subsidy = page.getByRole('region', { name: '养老服务补贴' });
  await expect(subsidy.getByText('✓ 符合').first()).toBeVisible();
  await expect(subsidy.locator('.oh-elig-amount__value')).toHaveText('每月 120 元');
  await expect(subsidy.locator('.oh-elig-amount__source')).toContainText('原文：“90周岁以上提升至每人每月120元”');
  await expect(subsidy.getByText(/温瓯七优享办〔2023〕6号.*三、工作任务（一）1\. 完善多层次养老保障体系/).first()).toBeVisible();

  const hours = page.getByRole('region', { name: '免费居家养老服务' });
  await expect(hours.locator('.oh-elig-amount__value')).toHaveText('每月不少于 45 小时');
  const adaptation = page.getByRole('region', { name: '适老化改造补助' });
  await expect(adaptation.getByText('可能符合，需要确认').first()).toBeVisible();
  await expect(adaptation.locator('.oh-elig-amount__value')).toHaveText('5000 元');

  await expect(page.getByRole('region', { name: '带去村社的单子' })).toBeVisible();
  expect(sent, 'no request may leave the page after it has loaded').toEqual([]);
});

test('the day before the 90th birthday the result says 120 元 starts on the birthday', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-03-03T09:00:00+08:00'));
  await openWizard(page);
  await fillAll(page, { unknownCare: false });
  const subsidy = page.getByRole('region', { name: '养老服务补贴' });
  await expect(subsidy.locator('.oh-elig-amount__value')).toHaveText('每月 70 元');
  await expect(subsidy.getByText('2027-03-04 满 90 周岁：从这天起符合，每月 120 元')).toBeVisible();
});

const LABELS = {
  zh: {
    year: '年', month: '月', day: '日', next: /下一步|看结果/, results: '查询结果',
    options: (unknownCare: boolean) => ['瓯海区', '瓯海区', '低保家庭', unknownCare ? '我不知道 / 没有评估过' : '重度失能失智', '有赡养人，能照顾我', '不是，和家人或别人一起住', '在城镇', '没有打算'],
  },
  en: {
    year: 'Year', month: 'Month', day: 'Day', next: /Next|See the result/, results: 'Result',
    options: (unknownCare: boolean) => ['Ouhai District', 'Ouhai District', 'minimum-living-allowance family (低保)', unknownCare ? "I don't know / not assessed" : 'Severe disability or dementia', 'I have a supporter who can look after me', 'No, I live with family or others', 'Town or city', 'No plans'],
  },
};

/** Fills every step by clicking, for tests about the results rather than the keyboard. */
async function fillAll(page: Page, { unknownCare, lang = 'zh' }: { unknownCare: boolean; lang?: 'zh' | 'en' }) {
  const l = LABELS[lang];
  const main = page.getByRole('main');
  await main.getByLabel(l.year, { exact: true }).fill('1937');
  await main.getByLabel(l.month, { exact: true }).fill('3');
  await main.getByLabel(l.day, { exact: true }).fill('4');
  const next = async () => {
    const step = await main.locator('[data-step]').getAttribute('data-step');
    await main.getByRole('button', { name: l.next }).click();
    await expect(main.locator(`[data-step="${step}"]`)).toHaveCount(0);
  };
  await next();
  for (const option of l.options(unknownCare)) {
    await main.getByLabel(option, { exact: true }).check();
    await next();
  }
  await expect(page.getByRole('heading', { name: l.results, exact: true })).toBeVisible();
}

test('the results page passes the WCAG 2.2 AA checks', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page);
  await fillAll(page, { unknownCare: true });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('English results mark every piece of Chinese with lang="zh-CN"', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page, '/en/eligibility/');
  await fillAll(page, { unknownCare: false, lang: 'en' });
  await expect(page.getByRole('region', { name: /Elderly service allowance/ }).locator('.oh-elig-amount__value')).toHaveText('120 yuan a month');
  const unmarked = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/[\u4e00-\u9fff]/.test(text)) continue;
      if (node.parentElement?.closest('[lang]')?.getAttribute('lang')?.startsWith('zh')) continue;
      out.push(text.trim().slice(0, 40));
    }
    return out;
  });
  expect(unmarked).toEqual([]);
});

test('an "I don\'t know" answer gives maybe and says what to do', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page);
  await fillAll(page, { unknownCare: true });
  const hours = page.getByRole('region', { name: '免费居家养老服务' });
  await expect(hours.getByText('? 可能符合，需要确认')).toBeVisible();
  await expect(hours.getByText(/还不清楚失能失智的程度，需要评估/)).toBeVisible();
  await expect(hours.getByText(/在哪里评估、怎么评估，以当地规定为准，请咨询所在村社/)).toBeVisible();
});

test('a question left unanswered shows what to do and does not move on', async ({ page }) => {
  await openWizard(page);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('alert')).toContainText('请先回答这一题');
  await expect(page.getByText('第 1 步，共 9 步')).toBeVisible();
});

test('back returns to the previous question with its answer kept', async ({ page }) => {
  await openWizard(page);
  const main = page.getByRole('main');
  await main.getByLabel('年', { exact: true }).fill('1950');
  await main.getByLabel('月', { exact: true }).fill('5');
  await main.getByLabel('日', { exact: true }).fill('10');
  await main.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('第 2 步，共 9 步')).toBeVisible();
  await main.getByLabel('温州市以外').check();
  await main.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByText('第 3 步，共 9 步')).toBeVisible();
  await main.getByRole('button', { name: '上一步' }).click();
  await expect(page.getByText('第 2 步，共 9 步')).toBeVisible();
  await expect(main.getByLabel('温州市以外')).toBeChecked();
  await main.getByRole('button', { name: '上一步' }).click();
  await expect(main.getByLabel('年', { exact: true })).toHaveValue('1950');
});

test('each question explains its terms on request', async ({ page }) => {
  await openWizard(page);
  const main = page.getByRole('main');
  await main.getByLabel('年', { exact: true }).fill('1950');
  await main.getByLabel('月', { exact: true }).fill('5');
  await main.getByLabel('日', { exact: true }).fill('10');
  for (let i = 1; i <= 3; i++) {
    if (i > 1) await main.getByLabel('瓯海区').check();
    await main.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText(`第 ${i + 1} 步，共 9 步`)).toBeVisible();
  }
  await main.getByText('这是什么意思？').click();
  await expect(main.getByText(/低保边缘家庭：收入比低保标准略高/)).toBeVisible();
});

test('printing shows the slip to take to the community office and leaves out the rest', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page);
  await fillAll(page, { unknownCare: false });
  await page.emulateMedia({ media: 'print' });
  const slip = page.getByRole('region', { name: '带去村社的单子' });
  await expect(slip).toBeVisible();
  await expect(slip.getByText('工作人员意见：')).toBeVisible();
  await expect(slip.getByText(/养老服务补贴：✓ 符合，每月 120 元/)).toBeVisible();
  await expect(page.getByRole('heading', { name: '查询结果', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印这张单子' })).toBeHidden();
});

test('the page says that answers stay on the device', async ({ page }) => {
  await page.goto('/eligibility/');
  await expect(page.locator('[data-eligibility-privacy]')).toContainText('您的回答只留在这台手机或电脑上');
});

test('the English wizard asks the same questions in English', async ({ page }) => {
  await openWizard(page, '/en/eligibility/');
  await expect(page.getByText('Step 1 of 9')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'When were you born?' })).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  test('the wizard can be finished by tapping', async ({ page }) => {
    await page.clock.setFixedTime(TURNS_90);
    await openWizard(page);
    const main = page.getByRole('main');
    await main.getByLabel('年', { exact: true }).fill('1937');
    await main.getByLabel('月', { exact: true }).fill('3');
    await main.getByLabel('日', { exact: true }).fill('4');
    await main.getByRole('button', { name: '下一步' }).tap();
    for (const option of ['瓯海区', '瓯海区', '以上都没有', '生活能自理', '有赡养人，能照顾我', '是，一个人住', '在城镇', '没有打算']) {
      const step = await main.locator('[data-step]').getAttribute('data-step');
      await main.getByText(option, { exact: true }).tap();
      await main.getByRole('button', { name: /下一步|看结果/ }).tap();
      await expect(main.locator(`[data-step="${step}"]`)).toHaveCount(0);
    }
    await expect(page.getByRole('region', { name: '养老服务补贴' }).locator('.oh-elig-amount__value')).toHaveText('每月 120 元');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every question is on the page and the rules page gives an answer with its clause', async ({ page }) => {
    await page.goto('/eligibility/');
    const main = page.getByRole('main');
    for (const q of ['您是哪一天出生的？', '您的户口在哪里？', '您现在住在哪里？', '您家有没有下面这些情况？', '日常生活需要别人照顾吗？', '您的赡养人情况怎样？', '您是一个人住吗？', '您家在农村吗？', '家里打算做适老化改造吗？']) {
      await expect(main.getByRole('group', { name: q })).toBeVisible();
    }
    await main.getByRole('link', { name: '对照规则看结果' }).click();
    await expect(page).toHaveURL(/\/eligibility\/rules\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('补贴规则一览');
    const subsidy = page.getByRole('region', { name: '养老服务补贴' });
    await expect(subsidy.getByText(/满 90 周岁：每人每月 120 元/)).toBeVisible();
    const higher = subsidy.locator('[data-parameter="elderly-service-subsidy.higher-amount"]');
    await expect(higher.getByText('每月 120 元')).toBeVisible();
    await expect(higher.getByText('2023-05-23')).toBeVisible();
    await expect(higher.getByText(/温瓯七优享办〔2023〕6号.*“90周岁以上提升至每人每月120元”/)).toBeVisible();
  });
});
