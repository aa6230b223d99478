import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { builtFacilities } from './directory-data.ts';
import { serveSite } from './static-site.ts';
import { fillAll, openWizard } from './wizard.ts';
import { buildServiceWorker } from '../../scripts/lib/service-worker.ts';

// Every other spec blocks the service worker (playwright.config.ts); these test it.
test.use({ serviceWorkers: 'allow' });

const canteen = builtFacilities().find((f) => f.type === 'canteen' && f.phones.length > 0);
if (!canteen) throw new Error('数据中没有带电话的老年食堂');
const canteenPath = `/facilities/${canteen.id}/`;
const phone = canteen.phones[0] ?? '';

/** Waits until the service worker controls the page: the shell is precached and the page open now is kept. */
async function waitForWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Today in Shanghai (the tests' time zone), as the offline line writes it in each language. */
function today() {
  const parts = (locale: string, month: 'numeric' | 'long') =>
    Object.fromEntries(new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', day: 'numeric', month }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  const zh = parts('en-GB', 'numeric');
  const en = parts('en-GB', 'long');
  return { zh: `离线 · 显示的是 ${Number(zh.month)} 月 ${Number(zh.day)} 日保存的内容`, en: `Offline · showing the copy saved on ${Number(en.day)} ${en.month}` };
}

const offlineLine = (page: Page) => page.locator('[data-offline-line]');

test('after one visit, home, the canteen list, a canteen opened before and the wizard open with no network, each saying it is a saved copy', async ({ page, context }) => {
  // A visit that begins on the canteen's page (the QR code on a printed sheet leads there), then goes home.
  await page.goto(canteenPath);
  await waitForWorker(page);
  await page.goto('/');
  // With signal, the page is today's and says nothing about copies.
  await expect(page.locator('[data-offline-notice]')).toBeHidden();

  await context.setOffline(true);
  const line = today();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('瓯海区养老服务地图');
  await expect(offlineLine(page)).toHaveText(line.zh);

  await page.goto('/canteens/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('老年食堂');
  await expect(page.locator('[data-canteen-card]').first()).toBeVisible();
  await expect(offlineLine(page)).toHaveText(line.zh);

  await page.goto(canteenPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(canteen.name);
  await expect(page.getByRole('link', { name: `拨打 ${phone}` }).first()).toBeVisible();
  await expect(offlineLine(page)).toHaveText(line.zh);

  // The wizard runs on the phone: all the way to its result with no network.
  await openWizard(page);
  await expect(offlineLine(page)).toHaveText(line.zh);
  await fillAll(page, { unknownCare: false });

  await page.goto('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ouhai District elder-service map');
  await expect(offlineLine(page)).toHaveText(line.en);
});

test('with no network, a page never opened shows the offline page, which lists what this phone keeps and can delete it @sweep', async ({ page, context }) => {
  await page.goto(canteenPath);
  await waitForWorker(page);
  await context.setOffline(true);

  await page.goto('/towns/330304004/');
  await expect(page).toHaveURL(/\/towns\/330304004\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('本机保存的页面');
  await expect(page.getByText('现在没有网络，这一页还没有保存在本机上。')).toBeVisible();
  const kept = page.getByRole('region', { name: '这部手机上保存了这些页面' });
  await expect(kept.getByRole('link', { name: canteen.name })).toHaveAttribute('href', canteenPath);
  await expect(page.getByRole('region', { name: '这些页面没有网络也能打开：' }).getByRole('link', { name: '老年食堂' })).toBeVisible();

  await page.goto('/en/towns/330304004/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pages saved on this phone');
  // The saved page's own title, in Chinese, marked as Chinese on the English page.
  await expect(page.getByRole('link', { name: canteen.name })).toHaveAttribute('lang', 'zh-CN');

  await page.getByRole('button', { name: 'Delete the pages saved on this phone' }).click();
  await expect(page.getByText('No other pages are saved on this phone yet.')).toBeVisible();
  await page.goto(canteenPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('本机保存的页面');
});

test('with no network, search says it needs the network and offers the lists and the saved pages @sweep', async ({ page, context, guard }) => {
  // Pagefind's script was never saved (it loaded before the worker took over): the browser reports the failed load.
  guard.allowConsole(/Failed to load resource: net::ERR_FAILED/);
  await page.goto('/search/');
  await waitForWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByLabel('输入名称、街道或村社').fill('食堂');
  await expect(page.locator('[data-search-status]')).toHaveText('现在没有网络，搜索用不了。请从下面的名单查找，或打开本机保存的页面。');
  await expect(page.getByRole('link', { name: '老年食堂（按街道）' })).toBeVisible();
  await expect(page.getByRole('link', { name: '本机保存的页面' }).last()).toHaveAttribute('href', '/offline/');
});

test('a new build replaces what the phone keeps: the changed phone number shows with no network, and the old build’s caches are gone @sweep', async ({ browser }) => {
  test.setTimeout(120_000);
  // A copy of the built site on a port of its own, changed and rebuilt while the browser keeps its worker.
  const dir = mkdtempSync(join(tmpdir(), 'oh-rebuild-'));
  cpSync('dist', dir, { recursive: true });
  const site = await serveSite(dir);
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cacheNames = () => page.evaluate(() => caches.keys());
  try {
    await page.goto(site.url + canteenPath);
    await waitForWorker(page);
    // The phone keeps the canteen's page; the reader has moved on to the home page.
    await page.goto(`${site.url}/`);
    const before = await cacheNames();
    const oldPages = before.find((n) => n.startsWith('oh-pages-'));
    expect(oldPages, `caches: ${before.join(', ')}`).toBeDefined();

    // “Rebuild with changed data”: the canteen's phone number changes, and the worker is built again for the changed site.
    const newPhone = '0577-1234 5678';
    const file = join(dir, canteenPath, 'index.html');
    const digits = (p: string) => p.replace(/[^\d+]/g, '');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(phone, newPhone).replaceAll(digits(phone), digits(newPhone)));
    const rebuilt = await buildServiceWorker(dir);

    // Opening a page is when the browser looks for a new worker; it takes over and drops the old build's caches.
    // When the browser checks is its own affair (Chromium may fold the reload's check into the one the
    // last page started, before the rebuild): until the new build's cache is there, the test asks for the
    // check itself, as the page's registration would on a later visit. What is tested is the takeover.
    await page.reload();
    const newPages = `oh-pages-${rebuilt.build}`;
    await expect
      .poll(
        async () => {
          const names = await cacheNames();
          if (!names.includes(newPages)) await page.evaluate(async () => void (await navigator.serviceWorker.getRegistration())?.update()).catch(() => undefined);
          return names.includes(newPages) && !names.includes(oldPages ?? '');
        },
        { timeout: 60_000, intervals: [500, 1_000, 2_000] },
      )
      .toBe(true);
    const builds = (await cacheNames()).filter((n) => /^oh-(pages|files)-/.test(n));
    expect(builds).toContain(`oh-pages-${rebuilt.build}`);
    expect(builds.filter((n) => !n.endsWith(`-${rebuilt.build}`)), 'caches of the old build').toEqual([]);

    // The canteen's page, kept under the old build and not open when the new one took over, is the new build's.
    await context.setOffline(true);
    await page.goto(site.url + canteenPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(canteen.name);
    await expect(page.getByRole('link', { name: `拨打 ${newPhone}` }).first()).toBeVisible();
    await expect(page.getByText(phone, { exact: false })).toHaveCount(0);
    await expect(offlineLine(page)).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
