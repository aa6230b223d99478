import type { Locator, Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { builtFacilities, districtTowns } from './directory-data.ts';
import { pdfText, squash } from './pdf.ts';
import { test, expect } from './fixtures.ts';
import { wcagViolations } from './page-checks.ts';
import { answerUpToFamily, fillAll, fillBirth, openDetails, openWizard } from './wizard.ts';

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
  // Wait for the next question, and for the wizard to move focus to its heading (as a keyboard user
  // hears it), before answering it: a Tab pressed earlier would be undone by that move.
  await expect(page.locator(`[data-step="${step}"]`)).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveAttribute('tabindex', '-1');
}

test('the wizard can be finished by keyboard alone and gives 120 元 with its clause on the 90th birthday', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page);

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
  await openDetails(subsidy);
  await expect(subsidy.locator('.oh-elig-amount__value')).toHaveText('每月 120 元');
  await expect(subsidy.locator('.oh-elig-amount__source')).toContainText('到 2027 年要达到的标准：2023-05-23 印发的方案原文“90周岁以上提升至每人每月120元”');
  await expect(subsidy.locator('.oh-elig-amount__source')).toContainText('现在实际发多少，以当地规定为准，请咨询所在村社或街道');
  await expect(subsidy.getByText(/温瓯七优享办〔2023〕6号.*三、工作任务（一）1\. 完善多层次养老保障体系/).first()).toBeVisible();

  const hours = page.getByRole('region', { name: '免费居家养老服务' });
  await expect(hours.locator('.oh-elig-amount__value')).toHaveText('每月不少于 45 小时');
  const adaptation = page.getByRole('region', { name: '适老化改造补助' });
  await expect(adaptation.getByText('可能符合，需要确认').first()).toBeVisible();
  await expect(adaptation.locator('.oh-elig-amount__value')).toHaveText('5000 元');

  await expect(page.getByRole('region', { name: '带去村社的单子' })).toBeVisible();
});

test('no answer leaves the page or stays on the device: only the page and its own static files are requested, nothing is stored', async ({ page, context, baseURL }) => {
  await page.clock.setFixedTime(TURNS_90);
  // Recorded from before the page is requested, so nothing sent while loading escapes the log.
  const requests: { method: string; url: string; body: string | null; after: boolean }[] = [];
  let started = false;
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData(), after: started }));
  await openWizard(page);
  started = true;
  await fillAll(page, { unknownCare: false, birth: ['1937', '3', '4'], cost: '12345' });
  await expect(page.getByRole('region', { name: '带去村社的单子' }).getByText('12345 元')).toBeVisible();

  const origin = new URL(baseURL ?? '').origin;
  expect(requests.length, 'the page itself was recorded').toBeGreaterThan(0);
  for (const r of requests) {
    const url = new URL(r.url);
    expect(`${r.method} ${url.origin}`, r.url).toBe(`GET ${origin}`);
    expect(url.search, `${r.url}: no query string`).toBe('');
    expect(r.body, `${r.url}: no body`).toBeNull();
    // The page, or a static file of the site (scripts, styles, fonts, icons).
    expect(url.pathname, r.url).toMatch(/^\/eligibility\/$|^\/_astro\/[\w.-]+\.(?:js|css|woff2?)$|^\/(?:favicon|icon)[\w.-]*\.(?:svg|ico|png)$|^\/manifest\.webmanifest$/);
    for (const answer of ['1937', '12345', 'ouhai', 'dibao']) expect(r.url, `${r.url} carries no answer`).not.toContain(answer);
  }
  expect(requests.filter((r) => r.after && /^\/eligibility\/$/.test(new URL(r.url).pathname)), 'the page is not requested again once the wizard starts').toEqual([]);
  expect(new URL(page.url()).search, 'the answers are not put into the address').toBe('');

  const stored = await page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.fromEntries(Object.entries(sessionStorage)),
    cookie: document.cookie,
  }));
  expect(stored).toEqual({ local: {}, session: {}, cookie: '' });
  expect(await context.cookies()).toEqual([]);
});

test('the day before the 90th birthday the result says 120 元 starts on the birthday @sweep', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-03-03T09:00:00+08:00'));
  await openWizard(page);
  await fillAll(page, { unknownCare: false });
  const subsidy = page.getByRole('region', { name: '养老服务补贴' });
  await openDetails(subsidy);
  await expect(subsidy.locator('.oh-elig-amount__value')).toHaveText('每月 70 元');
  // The 120 元 ahead keeps its wording: it is the standard to reach by 2027.
  await expect(subsidy.getByText('2027-03-04 满 90 周岁：从这天起符合，每月 120 元（到 2027 年要达到的标准，以当地规定为准）')).toBeVisible();
});

test('the results page passes the WCAG 2.2 AA checks', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page);
  await fillAll(page, { unknownCare: true });
  expect(await wcagViolations(page)).toEqual([]);
});

test('English results mark every piece of Chinese with lang="zh-CN" @sweep', async ({ page }) => {
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

test('an "I don\'t know" answer gives maybe and says what to do @sweep', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page);
  await fillAll(page, { unknownCare: true });
  const hours = page.getByRole('region', { name: '免费居家养老服务' });
  await expect(hours.getByText('? 可能符合，需要确认')).toBeVisible();
  await openDetails(hours);
  await expect(hours.getByText(/还不清楚失能失智的程度，需要评估/)).toBeVisible();
  await expect(hours.getByText(/在哪里评估、怎么评估，以当地规定为准，请咨询所在村社/)).toBeVisible();
});

test('a question left unanswered shows what to do and does not move on', async ({ page }) => {
  await openWizard(page);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('alert')).toContainText('请先回答这一题');
  await expect(page.getByText('第 1 步，共 9 步')).toBeVisible();
});

test('back returns to the previous question with its answer kept @sweep', async ({ page }) => {
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

test('each question explains its terms on request @sweep', async ({ page }) => {
  await openWizard(page);
  const main = page.getByRole('main');
  await answerUpToFamily(page, ['1950', '5', '10']);
  await main.getByText('这是什么意思？').click();
  await expect(main.getByText(/低保边缘家庭：收入比低保标准略高/)).toBeVisible();
});

test('printing shows the slip to take to the community office and leaves out the rest @sweep', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page);
  await fillAll(page, { unknownCare: false });
  await page.emulateMedia({ media: 'print' });
  const slip = page.getByRole('region', { name: '带去村社的单子' });
  await expect(slip).toBeVisible();
  await expect(slip.getByText('工作人员意见：')).toBeVisible();
  await expect(slip.getByText(/养老服务补贴：✓ 符合，每月 120 元/)).toBeVisible();
  // The amount never goes out without the source's own words beside it.
  const subsidy = slip.getByRole('listitem').filter({ hasText: '养老服务补贴：' });
  await expect(subsidy).toContainText('文件定下的目标标准 到 2027 年要达到的标准：2023-05-23 印发的方案原文“90周岁以上提升至每人每月120元”（温瓯七优享办〔2023〕6号）。现在实际发多少，以当地规定为准，请咨询所在村社或街道。');
  const hours = slip.getByRole('listitem').filter({ hasText: '免费居家养老服务：' });
  await expect(hours).toContainText('每月不少于 45 小时');
  await expect(hours).toContainText('征求意见稿 依据是征求意见稿，原文“每月可以享受不少于四十五小时的免费居家养老服务”');
  await expect(page.getByRole('heading', { name: '查询结果', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印这张单子' })).toBeHidden();
});

test('ticking a family status after “I don\'t know” unticks it, and ticking “I don\'t know” unticks the statuses @sweep', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page);
  const main = page.getByRole('main');
  await answerUpToFamily(page, ['1937', '3', '4']);
  const unknown = main.getByLabel('我不知道', { exact: true });
  const dibao = main.getByLabel('低保家庭', { exact: true });
  const donor = main.getByLabel('人体器官捐献人家庭', { exact: true });
  await unknown.check();
  await dibao.check();
  await expect(unknown).not.toBeChecked();
  await donor.check();
  await expect(dibao).toBeChecked();
  await unknown.check();
  await expect(dibao).not.toBeChecked();
  await expect(donor).not.toBeChecked();
  await main.getByLabel('以上都没有', { exact: true }).check();
  await expect(unknown).not.toBeChecked();
});

test('“planned, cost not known yet” gives the adaptation rule without an amount, and the slip says the cost is not known @sweep', async ({ page }) => {
  await page.clock.setFixedTime(TURNS_90);
  await openWizard(page);
  const main = page.getByRole('main');
  await fillBirth(page, ['1937', '3', '4']);
  for (const option of ['瓯海区', '瓯海区', '低保家庭', '生活能自理', '有赡养人，能照顾我', '不是，和家人或别人一起住', '在农村']) {
    await main.getByRole('button', { name: '下一步' }).click();
    await main.getByLabel(option, { exact: true }).check();
  }
  await main.getByRole('button', { name: '下一步' }).click();
  await main.getByRole('button', { name: '看结果' }).click();
  await expect(page.getByRole('alert')).toContainText('还不知道花多少');
  await main.getByLabel('打算改造，还不知道要花多少', { exact: true }).check();
  await main.getByRole('button', { name: '看结果' }).click();
  const adaptation = page.getByRole('region', { name: '适老化改造补助' });
  await expect(adaptation.getByText('可能符合，需要确认').first()).toBeVisible();
  await expect(adaptation.locator('.oh-elig-amount__value')).toHaveCount(0);
  await openDetails(adaptation);
  await expect(adaptation.getByText('没有填改造花费：补助是实际花费的 30%，最多 5000 元')).toBeVisible();
  await expect(page.getByRole('region', { name: '带去村社的单子' }).getByText('打算改造，还不知道要花多少')).toBeVisible();
});

test('the page says that answers stay on the device @sweep', async ({ page }) => {
  await page.goto('/eligibility/');
  await expect(page.locator('[data-eligibility-privacy]')).toContainText('您的回答只留在这台手机或电脑上');
});

test('the English wizard asks the same questions in English @sweep', async ({ page }) => {
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
    await fillBirth(page, ['1937', '3', '4']);
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
  test('the page has no form to fill in, summarises every rule with its amounts, and leads to the rules page with the clauses', async ({ page }) => {
    await page.goto('/eligibility/');
    const main = page.getByRole('main');
    // Nothing to type answers into, so nothing that could send them anywhere: the first question is in the page
    // (so nothing moves when JavaScript takes over) but not shown, and its button cannot submit.
    await expect(main.locator('form, input, select, textarea').filter({ visible: true })).toHaveCount(0);
    await expect(main.locator('form button[type="submit"]')).toBeDisabled();
    const fallback = main.getByRole('region', { name: '这个浏览器没有运行 JavaScript：请看规则摘要' });
    await expect(fallback).toBeVisible();
    await expect(fallback.getByText(/满 80 周岁、不满 90 周岁：每人每月 70 元；满 90 周岁：每人每月 120 元。这是 2023-05-23 印发的瓯海区方案定下的到 2027 年要达到的标准（原文“提升至”）/)).toBeVisible();
    await expect(fallback.getByText(/重度失能失智每月不少于 45 小时免费居家养老服务，中度不少于 30 小时/)).toBeVisible();
    for (const title of ['养老服务补贴', '免费居家养老服务', '“一键通”服务', '适老化改造补助', '公办养老机构无偿或低偿托养', '助餐服务（老年食堂）']) {
      await expect(fallback.getByText(title, { exact: true })).toBeVisible();
    }
    await fallback.getByRole('link', { name: '看补贴规则一览（可打印）' }).click();
    await expect(page).toHaveURL(/\/eligibility\/rules\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('补贴规则一览');
    const subsidy = page.getByRole('region', { name: '养老服务补贴' });
    const higher = subsidy.locator('[data-parameter="elderly-service-subsidy.higher-amount"]');
    await expect(higher.getByText('每月 120 元')).toBeVisible();
    await expect(higher.getByText('2023-05-23')).toBeVisible();
    await expect(higher.getByText(/温瓯七优享办〔2023〕6号.*“90周岁以上提升至每人每月120元”/)).toBeVisible();
  });
});

test.describe('a full case on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  /** 3 December 2026: someone born on 1941-06-15 is 85. */
  const DAY = new Date('2026-12-03T09:00:00+08:00');
  // A community with exactly one care centre in the built data, so which one is named is not in doubt.
  const facilities = builtFacilities();
  const careCentres = (code: string) => facilities.filter((f) => f.type === 'care-centre' && f.region.communityCode === code);
  const town = districtTowns().find((t) => t.communities.some((c) => careCentres(c.code).length === 1));
  const community = town?.communities.find((c) => careCentres(c.code).length === 1);
  const centre = community && careCentres(community.code)[0];

  async function fullCase(page: Page, lang: 'zh' | 'en' = 'zh', fromTop = false) {
    if (!town || !community || !centre) throw new Error('数据中没有只有一个照料中心的村社，无法测试“找谁”');
    await page.clock.setFixedTime(DAY);
    await openWizard(page, lang === 'zh' ? '/eligibility/' : '/en/eligibility/');
    await fillAll(page, { unknownCare: false, lang, birth: ['1941', '6', '15'], cost: '20000', rural: true, fromTop, where: { town: town.name, community: community.name } });
  }

  test('after submitting, the answer for every benefit, what to bring and whom to call are on the first screen', async ({ page }) => {
    await fullCase(page, 'zh', true);
    const heading = page.getByRole('heading', { name: '查询结果', exact: true });
    await expect(heading).toBeFocused();
    const summary = page.locator('[data-eligibility-summary]');
    const box = await summary.boundingBox();
    expect(box, 'the summary is laid out').not.toBeNull();
    if (!box) return;
    // Scrolled to the top of the screen; layout in fractions of a pixel may leave it a hair above.
    expect(box.y, 'the summary starts on the screen').toBeGreaterThanOrEqual(-1);
    expect(box.y + box.height, 'the summary ends on the first screen (844 px)').toBeLessThanOrEqual(844);
    expect(box.height, 'the summary is at most ~600 px tall').toBeLessThanOrEqual(600);

    const line = (benefit: string) => summary.locator(`[data-benefit="${benefit}"]`);
    await expect(line('elderly-service-subsidy')).toContainText('✓ 符合');
    // The amount, from when it changes, and the words that travel with it.
    await expect(line('elderly-service-subsidy')).toContainText('每月 70 元；2031-06-15 起每月 120 元（到 2027 年要达到的标准，以当地规定为准）');
    await expect(line('free-home-care-hours')).toContainText('每月不少于 45 小时（依据征求意见稿，以正式文件为准）');
    await expect(line('home-adaptation-subsidy')).toContainText('? 可能符合');
    await expect(line('home-adaptation-subsidy')).toContainText('5000 元');
    for (const benefit of ['emergency-call-service', 'public-care-home-priority', 'meal-assistance']) await expect(line(benefit)).toContainText('✓ 符合');
    await expect(summary).toContainText('带上： 身份证、户口簿、家庭身份证明、失能失智评估结果、改造报价单（本站建议，以当地规定为准）');

    const whom = summary.locator('[data-eligibility-whom]');
    await expect(whom.getByRole('link', { name: centre?.name ?? '' })).toBeVisible();
    for (const phone of centre?.phones ?? []) await expect(whom.getByRole('link', { name: phone })).toHaveAttribute('href', `tel:${phone.replace(/[^\d+]/g, '')}`);
    await expect(whom).toContainText(centre?.address ?? '');
    // Everything else is folded below it.
    await expect(page.locator('.oh-elig-result details[open]')).toHaveCount(0);
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`the slip prints on one A4 page with lines for the name and date and the centre's name, address and phone (${lang})`, async ({ page }) => {
      await fullCase(page, lang);
      await page.emulateMedia({ media: 'print' });
      for (const preferCSSPageSize of [false, true]) {
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize });
        const doc = await PDFDocument.load(pdf);
        expect(doc.getPageCount(), `pages (preferCSSPageSize ${preferCSSPageSize})`).toBe(1);
        const size = doc.getPage(0).getSize();
        expect([Math.round(size.width / (72 / 25.4)), Math.round(size.height / (72 / 25.4))]).toEqual([210, 297]);
        // The text is read from one of the two (the same page, laid out alike): reading a CJK PDF takes a second.
        if (!preferCSSPageSize) continue;
        const text = await pdfText(pdf);
        for (const words of lang === 'zh' ? ['老人姓名：', '日期：', '去哪里问', '地址', '电话'] : ["Elder'sname:", 'Date:', 'Wheretoask', 'Address', 'Phone']) expect(text).toContain(squash(words));
        for (const fact of [centre?.name ?? '', centre?.address ?? '', ...(centre?.phones ?? [])]) expect(text).toContain(squash(fact));
      }
    });
  }
});
