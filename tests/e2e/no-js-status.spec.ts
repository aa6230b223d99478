import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { builtFacilities, calendarDays } from './directory-data.ts';

/**
 * Without JavaScript a page cannot know the reader's day, so it never says “营业中” or “今天休息”:
 * each status line says the times below are as arranged on the build date, and the weekly hours
 * and the holiday rule are on the page. With JavaScript the line becomes today's state, in the
 * space the built line kept, so nothing below it moves.
 */

const facilities = builtFacilities();
const canteen = facilities.find((f) => f.type === 'canteen' && f.hours.periods.length > 0 && f.region.communityCode);
if (!canteen) throw new Error('数据中没有带开放时间和村社的老年食堂');

/** The build ran shortly before the tests: its date in Beijing time is today or yesterday (in the test's own formula). */
function buildDates(): string[] {
  const day = (offset: number) => {
    const d = new Date(Date.now() + 8 * 3_600_000 - offset * 86_400_000);
    return `${d.getUTCFullYear()} 年 ${d.getUTCMonth() + 1} 月 ${d.getUTCDate()} 日`;
  };
  return [day(0), day(1)];
}

/** The state words of today's status lines (src/i18n/zh-CN.json hours.status.*): none may be built into a page. */
const TODAY_WORDS = /今天|营业中|供应中|已结束营业|开门$|24 小时营业/;

/** The canteen list runs in the quick set; the facility and community pages, which share its status lines, in the sweep. */
const PAGES = [
  { kind: 'canteen list', path: '/canteens/', tag: '' },
  { kind: 'facility page', path: `/facilities/${canteen.id}/`, tag: ' @sweep' },
  { kind: 'community page', path: `/communities/${canteen.region.communityCode}/`, tag: ' @sweep' },
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { kind, path, tag } of PAGES) {
    test(`the ${kind} says the times are as arranged on the build date, never what is open “today”, and shows the weekly hours${tag}`, async ({ page }) => {
      await page.goto(path);
      const lines = page.locator('[data-live-status]');
      expect(await lines.count()).toBeGreaterThan(0);
      for (const text of await lines.allTextContents()) {
        const trimmed = text.trim();
        expect(trimmed).toMatch(/^按 \d{4} 年 \d{1,2} 月 \d{1,2} 日的安排（见下方时间）$/);
        expect(buildDates().some((d) => trimmed.includes(d)), `${trimmed}: the build date`).toBe(true);
        expect(trimmed).not.toMatch(TODAY_WORDS);
      }
      // The canteen's weekly hours with its holiday rule, right under its line (or in its card's meal times).
      const holidayRule = { closed: '法定节假日休息', open: '法定节假日照常开放', unknown: '节假日是否开放未说明，请先打电话' }[canteen.hours.publicHolidays];
      await expect(page.getByText(new RegExp(`(周|每天).+${holidayRule}`)).first()).toBeVisible();
      await expect(page.getByText(/本页生成于 \d{4} 年 \d{1,2} 月 \d{1,2} 日，不能显示今天是否开门/)).toBeVisible();
      await expect(page.getByText('今天的开门情况按北京时间')).toBeHidden();
    });
  }

  test('the map page’s message links to the lists it points to', async ({ page }) => {
    await page.goto('/map/');
    const notice = page.locator('[data-map-nojs]');
    await expect(notice).toContainText('没有 JavaScript 时，可以用下面的链接');
    await notice.getByRole('link', { name: '按街道查看全部服务设施（在本页下方）' }).click();
    await expect(page).toHaveURL(/#all-facilities$/);
    await expect(page.getByRole('heading', { name: '按街道查看全部服务设施' })).toBeInViewport();
    await notice.getByRole('link', { name: '老年食堂（按街道）' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('老年食堂');
  });
});

/**
 * Where the element after each status line sits, relative to the line's own top: the same with and
 * without JavaScript means the script's line took exactly the room the built one had.
 */
async function offsetsBelowStatus(page: Page): Promise<number[]> {
  return page.locator('[data-live-status]').evaluateAll((lines) =>
    lines.slice(0, 12).map((line) => {
      const next = line.nextElementSibling ?? line.parentElement?.nextElementSibling;
      return next ? Math.round(next.getBoundingClientRect().top - line.getBoundingClientRect().top) : -1;
    }),
  );
}

async function openAt(browser: Browser, baseURL: string | undefined, javaScriptEnabled: boolean, path: string, instant: string) {
  const context = await browser.newContext({ javaScriptEnabled, baseURL, viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(instant));
  await page.goto(path);
  if (javaScriptEnabled) await expect(page.locator('[data-live-status][data-look="planned"]')).toHaveCount(0);
  return { page, context };
}

for (const { kind, path, tag } of PAGES) {
  test(`on the ${kind} the script writes today's state in the room the built line kept: nothing below it moves${tag}`, async ({ browser, baseURL }) => {
    // After lunch on an ordinary Thursday the lines run long: “今天已结束营业；明天 11:00 开门”.
    const instant = `${calendarDays().ordinaryThursday}T14:30:00+08:00`;
    const built = await openAt(browser, baseURL, false, path, instant);
    const live = await openAt(browser, baseURL, true, path, instant);
    const before = await offsetsBelowStatus(built.page);
    const after = await offsetsBelowStatus(live.page);
    expect(before.length).toBeGreaterThan(0);
    expect(await live.page.locator('[data-live-status]').first().textContent()).toMatch(TODAY_WORDS);
    expect(after).toEqual(before);
    await built.context.close();
    await live.context.close();
  });
}
