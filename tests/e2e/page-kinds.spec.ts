import { test, expect } from './fixtures.ts';
import { axeInEveryMode, OUT_OF_SITEMAP, reloadWithSettings, smallText, unmarkedChinese } from './page-checks.ts';
import { onePageOfEachKind } from './sitemap.ts';
import { smallTargets } from './targets.ts';

/**
 * One page of each kind (every template, in both languages, plus the pages kept out of the sitemap),
 * checked for everything a page must do whatever its content, at 375 px: axe in every mode, text sizes,
 * target sizes, the largest text size, language marking and no MapLibre off the map page. The same
 * template filled with other data is swept by a11y.spec.ts (`npm run test:full`).
 */
test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 375, height: 800 } });

const isMapPage = (path: string) => /^(\/en)?\/map\/$/.test(path);

for (const path of [...onePageOfEachKind(), ...OUT_OF_SITEMAP]) {
  test(`${path} passes axe in every mode, reads at 18 px or more, has 44 px targets (60 px in the largest text, with 30 px text and no sideways scrolling)${isMapPage(path) ? '' : ' and loads no MapLibre'}`, async ({ page, guard }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') void response.text().then((body) => scripts.push(body), () => undefined);
    });
    await page.goto(path);
    // Islands render after load: wait for them, so their text and targets are checked too.
    await page.waitForLoadState('networkidle');
    const problems: Record<string, unknown> = {};
    const note = (what: string, found: unknown[] | Record<string, unknown>) => {
      if (Array.isArray(found) ? found.length > 0 : Object.keys(found).length > 0) problems[what] = found;
    };

    note('text under 18 px or line height under 1.5', await smallText(page));
    note('targets smaller than 44×44 px', await smallTargets(page, 44));
    if (path.startsWith('/en/')) note('Chinese text not marked lang="zh-CN"', await unmarkedChinese(page));
    if (!isMapPage(path)) {
      const inline = await page.locator('script:not([src])').allTextContents();
      note('MapLibre requested', guard.requests.filter((url) => /maplibre|\/mount\./i.test(url)));
      note('MapLibre in a loaded script', [...scripts, ...inline].filter((body) => /maplibre/i.test(body)).map((body) => body.slice(0, 40)));
    }
    note('axe', await axeInEveryMode(page));

    await reloadWithSettings(page, { textSize: 3 });
    await page.waitForLoadState('networkidle');
    const bodySize = await page.locator('body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    if (bodySize < 30) problems['largest text: body text under 30 px'] = bodySize;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems['largest text: horizontal scrolling (px)'] = overflow;
    note('largest text: targets smaller than 60×60 px', await smallTargets(page, 60));

    expect(problems, path).toEqual({});
  });
}
