import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { openSettings } from './settings.ts';
import { builtFacilities } from './directory-data.ts';
import { allCommunitySheets, builtAsTight, communities, PAPERS, printPdf, sheetPath, sheetProblems, towns, type PaperId, type Town } from './print-sheets.ts';

/**
 * Printable maps (/print/), quick checks: the sheets the build marks tight (rows left off, or the
 * row-fit estimate near the end of the page) and a fixed sample print on one page in both languages;
 * the build's fit estimate agrees with the browser's layout. print-sweep.spec.ts (npm run test:full)
 * prints every sheet in every paper and language.
 */

/** Communities printed in every paper and language on every run: urban 景山, the densest 仙岩, hill-village 泽雅, and 慈湖. */
const SAMPLE = ['330304001003', '330304012223', '330304108201', '330304002026'];

const tight = allCommunitySheets().filter((s) => s.paper !== 'a4-landscape' && !SAMPLE.includes(s.code) && builtAsTight(s));
const sample = allCommunitySheets().filter((s) => SAMPLE.includes(s.code));
/** Split in four, so that the two workers share the sheets. */
const SHARDS = 4;

test.describe('sheets that are close to a second page', () => {
  test.describe.configure({ mode: 'parallel' });
  test('the build marks some sheets tight, in both languages', () => {
    expect(tight.filter((s) => !s.english).length).toBeGreaterThan(5);
    expect(tight.filter((s) => s.english).length).toBeGreaterThan(5);
  });
  for (let shard = 0; shard < SHARDS; shard++) {
    const sheets = tight.filter((_, i) => i % SHARDS === shard);
    test(`tight sheets, part ${shard + 1} of ${SHARDS} (${sheets.length} sheets): each prints on one page with every listed facility on it`, async ({ page }) => {
      test.setTimeout(sheets.length * 5_000 + 30_000);
      const failures: string[] = [];
      for (const sheet of sheets) failures.push(...(await sheetProblems(page, sheet, { readPdfText: false })));
      expect(failures).toEqual([]);
    });
  }
  for (const paper of Object.keys(PAPERS) as PaperId[]) {
    const sheets = sample.filter((s) => s.paper === paper);
    test(`a fixed sample of ${sheets.length} ${paper} sheets, Chinese and English, each prints on one page with every listed facility in its PDF`, async ({ page }) => {
      expect(sheets).toHaveLength(SAMPLE.length * 2);
      const failures: string[] = [];
      for (const sheet of sheets) failures.push(...(await sheetProblems(page, sheet)));
      expect(failures).toEqual([]);
    });
  }
  test('with the paper left to the page, each sheet’s @page rule picks its size', async ({ page }) => {
    for (const paper of Object.keys(PAPERS) as PaperId[]) {
      await page.goto(sheetPath(SAMPLE[0] ?? '', paper, false));
      const { pages } = await printPdf(page, { format: 'A4', preferCSSPageSize: true });
      expect(pages, paper).toEqual([PAPERS[paper].size]);
    }
  });
});

test.describe('the build’s row-fit estimate (src/lib/print/fit.ts) against the browser’s print layout', () => {
  /** Width of the printable area inside the 10 mm margins, in mm: the print layout is laid out in it. */
  const CONTENT_WIDTH: Record<PaperId, number> = { a4: 190, 'a4-landscape': 277, a3: 277 };
  const PX_PER_MM = 96 / 25.4;
  const cases: [string, PaperId][] = [
    ['/print/330304012223/', 'a4'],
    ['/en/print/330304012223/', 'a4'],
    ['/print/330304001003/', 'a4'],
    ['/print/330304108201/a3/', 'a3'],
    ['/print/330304012223/a4-landscape/', 'a4-landscape'],
    ['/en/print/330304001003/a4-landscape/', 'a4-landscape'],
  ];
  for (const [path, paper] of cases) {
    test(`${path}: each row and the whole sheet are estimated at least as tall as printed, and within a few mm`, async ({ page }) => {
      await page.setViewportSize({ width: Math.round(CONTENT_WIDTH[paper] * PX_PER_MM), height: 1200 });
      await page.emulateMedia({ media: 'print' });
      await page.goto(path);
      const measured = await page.evaluate((pxPerMm) => {
        const sheet = document.querySelector<HTMLElement>('[data-print-sheet]');
        if (!sheet) return undefined;
        const top = (document.querySelector('.oh-notice') ?? sheet).getBoundingClientRect().top;
        return {
          rows: [...document.querySelectorAll<HTMLElement>('[data-print-table] tbody tr')].map((tr) => ({ estimate: Number(tr.dataset.fitMm), printed: tr.getBoundingClientRect().height / pxPerMm })),
          estimate: Number(sheet.dataset.fitTotalMm),
          printed: (sheet.getBoundingClientRect().bottom - top) / pxPerMm,
        };
      }, PX_PER_MM);
      if (!measured) throw new Error(`${path}: no sheet`);
      expect(measured.rows.length, 'rows on the sheet').toBeGreaterThan(0);
      for (const [i, row] of measured.rows.entries()) {
        expect(row.estimate, `row ${i + 1}: the estimate never falls short of the printed row`).toBeGreaterThanOrEqual(row.printed - 0.5);
        expect(row.estimate, `row ${i + 1}: nor exceeds it by more than 3 mm`).toBeLessThanOrEqual(row.printed + 3);
      }
      expect(measured.estimate, 'the sheet: the estimate never falls short of the printed height').toBeGreaterThanOrEqual(measured.printed - 0.5);
      expect(measured.estimate, 'nor exceeds it by more than 10 mm').toBeLessThanOrEqual(measured.printed + 10);
    });
  }
});

test.describe('printable community maps', () => {
  test('the home page reaches a community map in two clicks', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: /打印本村社地图/ }).click();
    await expect(page).toHaveURL(/\/print\/$/);
    await page.getByRole('link', { name: '景山社区', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('景山社区养老服务地图');
    await expect(page.locator('[data-print-map] svg')).toBeVisible();
  });

  test('the print index lists all 197 communities under their 13 streets and towns, with a how-to', async ({ page }) => {
    await page.goto('/print/');
    await expect(page.getByRole('heading', { name: '怎样打印' })).toBeVisible();
    await expect(page.getByText('背景图形')).toBeVisible();
    for (const town of towns) {
      const section = page.getByRole('region', { name: new RegExp(town.name) });
      await expect(section.locator('.pp-communities a'), town.name).toHaveCount(town.communities.length);
      await expect(section.getByRole('link', { name: /补贴和免费服务说明/ })).toHaveAttribute('href', `/print/${town.code}/leaflet/`);
    }
    expect(communities).toHaveLength(197);
    await expect(page.locator('.pp-communities a')).toHaveCount(197);
  });

  test('nothing overlaps the map frame, and every marker lies inside it', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    for (const path of ['/print/330304001003/', '/print/330304012223/a4-landscape/', '/print/330304108201/a3/', '/print/330304108/']) {
      await page.goto(path);
      const result = await page.evaluate(() => {
        const box = (e: Element) => e.getBoundingClientRect();
        const frame = document.querySelector('[data-print-map] .pm-frame');
        const map = document.querySelector('[data-print-map]');
        if (!frame || !map) return { problems: ['no map frame'] };
        const f = box(frame);
        const problems: string[] = [];
        for (const m of document.querySelectorAll('[data-print-map] .pm-marker')) {
          const b = box(m);
          if (b.left < f.left - 0.5 || b.top < f.top - 0.5 || b.right > f.right + 0.5 || b.bottom > f.bottom + 0.5) problems.push(`marker ${m.getAttribute('data-number')} outside the frame`);
        }
        // Every other visible element of the sheet (text, table, notes, QR) stays clear of the map.
        const m = box(map);
        const others = document.querySelectorAll('.oh-notice, [data-print-sheet] h1, [data-print-sheet] .pp-subtitle, [data-print-sheet] .pp-side > *');
        for (const o of others) {
          const b = box(o);
          if (b.width === 0 || b.height === 0) continue;
          const overlap = Math.min(b.right, m.right) - Math.max(b.left, m.left) > 0.5 && Math.min(b.bottom, m.bottom) - Math.max(b.top, m.top) > 0.5;
          if (overlap) problems.push(`${o.tagName.toLowerCase()}.${o.className} overlaps the map`);
        }
        return { problems };
      });
      expect(result.problems, path).toEqual([]);
    }
  });

  test('a screenshot of the printed map shows nothing spilling over its frame', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/print/330304012223/');
    const b = await page.locator('[data-print-map] .pm-frame').boundingBox();
    if (!b) throw new Error('no frame box');
    // A band from 2 to 6 px outside the frame (its stroke takes the first pixel or two) must be blank paper.
    const clip = { x: Math.max(0, b.x - 6), y: Math.max(0, b.y - 6), width: b.width + 12, height: b.height + 12 };
    const shot = await page.screenshot({ clip });
    const frame = { left: b.x - clip.x, top: b.y - clip.y, right: b.x - clip.x + b.width, bottom: b.y - clip.y + b.height };
    const dark = await page.evaluate(
      async ({ png, frame }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d');
        if (!ctx) return -1;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, img.width, img.height).data;
        let count = 0;
        for (let y = 0; y < img.height; y++) {
          for (let x = 0; x < img.width; x++) {
            const outside = Math.max(frame.left - x, x - frame.right, frame.top - y, y - frame.bottom);
            const i = (y * img.width + x) * 4;
            if (outside >= 2 && outside <= 6 && (data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 600) count++;
          }
        }
        return count;
      },
      { png: shot.toString('base64'), frame },
    );
    expect(dark).toBe(0);
  });

  test('printing hides the site navigation and the buttons, and keeps the sample-data notice', async ({ page }) => {
    await page.goto('/print/330304001003/');
    await openSettings(page);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await expect(page.getByRole('button', { name: /打印/ })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await expect(page.getByRole('button', { name: /打印/ })).toBeHidden();
    await expect(page.getByRole('navigation', { name: '纸张大小' })).toBeHidden();
    await expect(page.locator('[data-sample-notice]')).toBeVisible();
    // Large print: no text on the sheet smaller than 12 pt (16 px).
    const smallest = await page.locator('[data-print-sheet], .oh-notice').evaluateAll((roots) => {
      let min = Infinity;
      for (const root of roots) {
        for (const el of root.querySelectorAll('*')) {
          if (el.closest('svg')) continue;
          const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
          if (hasText && !el.closest('.oh-visually-hidden')) min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
        }
      }
      return min;
    });
    expect(smallest).toBeGreaterThanOrEqual(16);
  });

  test('the print button opens the browser print dialog, and without JavaScript a hint says what to do', async ({ page, browser, baseURL }) => {
    await page.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.printed = 'yes';
      };
    });
    await page.goto('/print/330304001003/');
    await page.getByRole('button', { name: /打印/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');

    const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const plain = await noJs.newPage();
    await plain.goto('/print/330304001003/');
    await expect(plain.getByRole('button', { name: /打印/ })).toBeHidden();
    await expect(plain.getByText('用浏览器的打印功能')).toBeVisible();
    // Paper sizes are plain links.
    await plain.getByRole('navigation', { name: '纸张大小' }).getByRole('link', { name: 'A3' }).click();
    await expect(plain).toHaveURL(/\/print\/330304001003\/a3\/$/);
    await expect(plain.getByRole('link', { name: 'A3' })).toHaveAttribute('aria-current', 'page');
    await noJs.close();
  });

  test('all 197 community sheets, Chinese and English, name a place to eat and whom to ask in the town, and draw no facility twice', () => {
    const facilities = builtFacilities();
    const meals = new Set(facilities.filter((f) => f.type === 'canteen' || f.canteen !== undefined).map((f) => f.id));
    expect(meals.size, 'the data has places serving meals').toBeGreaterThan(0);
    const firstById = (list: typeof facilities) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
    expect(communities).toHaveLength(197);
    const problems: string[] = [];
    let named = 0;
    for (const english of [false, true]) {
      for (const c of communities) {
        const html = readFileSync(`dist${english ? '/en' : ''}/print/${c.code}/index.html`, 'utf8');
        const rows = [...html.matchAll(/<tr [^>]*data-facility-id="[^"]*"[^>]*>/g)].map((m) => ({ id: attr(m[0], 'data-facility-id'), mark: attr(m[0], 'data-mark') }));
        const markers = [...html.matchAll(/<g class="pm-marker"[^>]*>/g)].map((m) => attr(m[0], 'data-facility-id'));
        const label = `${english ? '/en' : ''}/print/${c.code}/ ${c.name}`;
        if (rows.some((r) => r.id !== undefined && meals.has(r.id))) named++;
        else problems.push(`${label}: no row serves meals`);
        const numbered = rows.filter((r) => r.mark === 'numbered').map((r) => r.id);
        if (JSON.stringify(markers) !== JSON.stringify(numbered)) problems.push(`${label}: markers ${markers.join(',')} are not the numbered rows ${numbered.join(',')}`);
        const star = rows.filter((r) => r.mark === 'star');
        const care = firstById(facilities.filter((f) => f.type === 'care-centre' && f.region.communityCode === c.code));
        if (care && (star.length !== 1 || star[0]?.id !== care.id)) problems.push(`${label}: the ★ row is not its care centre ${care.id}`);
        const townCode = c.code.slice(0, 9);
        const centre = firstById(facilities.filter((f) => f.type === 'town-centre' && f.region.townCode === townCode));
        for (const phone of centre?.phones ?? []) if (!html.includes(phone)) problems.push(`${label}: the town centre's phone ${phone} is missing`);
        if (!centre && !html.includes(english ? 'ask your village or community' : '请向村社确认')) problems.push(`${label}: no town centre and no word on whom to ask`);
      }
    }
    expect(problems).toEqual([]);
    expect(named).toBe(2 * 197);
  });

  test('a sheet with no place to eat within 15 minutes names the nearest one, beyond the rings and off the map', async ({ page }) => {
    const beyond = communities.find((c) => readFileSync(`dist/print/${c.code}/index.html`, 'utf8').includes('data-mark="beyond"'));
    expect(beyond, 'the sample data has a community with no meals within 15 minutes').toBeDefined();
    await page.goto(`/print/${beyond?.code}/`);
    const row = page.locator('[data-print-table] tr[data-mark="beyond"]');
    await expect(row).toHaveCount(1);
    await expect(row.locator('.pp-distance')).toHaveText(/^(\d+米|\d+(\.\d)?公里)直线$/);
    await expect(row.locator('[data-row-note]')).toHaveText('步行 15 分钟以外，图上没有画出：这是离★最近的供餐点。');
    await expect(row.locator('.pp-number')).toContainText('不在图上');
    const id = (await row.getAttribute('data-facility-id')) ?? '';
    await expect(page.locator(`[data-print-map] .pm-marker[data-facility-id="${id}"]`)).toHaveCount(0);
  });

  test('a community without its own care centre says which point the map uses instead', async ({ page }) => {
    // Which sheets use a stand-in, read from the built files; two of them are opened.
    const standIns = communities.filter((c) => readFileSync(`dist/print/${c.code}/index.html`, 'utf8').includes('class="pp-point pp-point--standin"'));
    expect(standIns.length, 'the sample data has communities without a care centre').toBeGreaterThan(1);
    for (const c of [standIns[0], standIns.at(-1)]) {
      await page.goto(`/print/${c?.code}/`);
      const note = page.locator('[data-point-note]');
      await expect(note).toContainText('还没有居家养老服务照料中心');
      await expect(note).toHaveText(/改用.*(居家养老服务中心|大致中心位置)/);
    }
  });

  /** Checks one town's leaflet, Chinese and English: one A4 page each, the amounts, a clause and the contact point. */
  async function leafletProblems(page: Page, town: Town): Promise<string[]> {
    const failures: string[] = [];
    await page.goto(`/print/${town.code}/leaflet/`);
    const { pages } = await printPdf(page, { format: 'A4' });
    if (pages.length !== 1) failures.push(`${town.name}: ${pages.length} pages`);
    const sheet = page.locator('[data-leaflet]');
    await expect(sheet.getByRole('heading', { level: 1 })).toContainText(town.name);
    await expect(sheet.locator('[data-benefit="elderly-service-subsidy"] .pp-figures dd').first()).toContainText('元');
    await expect(sheet.locator('[data-benefit="free-home-care-hours"] .pp-figures dd').first()).toContainText('小时');
    await expect(sheet.locator('[data-benefit] .pp-cite').first()).toContainText('号');
    await expect(sheet.locator('[data-contact]')).toContainText(/居家养老服务中心/);
    // The English leaflet too: a daughter abroad prints one for her father's street.
    await page.goto(`/en/print/${town.code}/leaflet/`);
    const english = await printPdf(page, { format: 'A4' });
    if (english.pages.length !== 1) failures.push(`${town.name} (English): ${english.pages.length} pages`);
    return failures;
  }

  test('the leaflets of 景山 (urban) and 泽雅 (39 villages) print on one A4 page in both languages, with amounts, clauses and the contact point', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    const failures: string[] = [];
    for (const town of towns.filter((t) => ['330304001', '330304108'].includes(t.code))) failures.push(...(await leafletProblems(page, town)));
    expect(failures).toEqual([]);
  });

  test('every street and town leaflet prints on one A4 page in both languages, with amounts, clauses and the contact point @sweep', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ media: 'print' });
    const failures: string[] = [];
    for (const town of towns) failures.push(...(await leafletProblems(page, town)));
    expect(failures).toEqual([]);
  });

  test('the QR code leads to the community’s own page, which links back to its printable map', async ({ page }) => {
    await page.goto('/print/330304001003/');
    const qr = page.getByRole('img', { name: /二维码/ });
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute('aria-label', /https:\/\/[^ ]+\/communities\/330304001003\/$/);
    await expect(qr.locator('svg path').first()).toBeAttached();
    const url = new URL((await qr.getAttribute('aria-label'))?.match(/https?:\/\/\S+$/)?.[0] ?? '');
    await page.goto(url.pathname);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(communities.find((c) => c.code === '330304001003')?.name ?? '?');
    await page.getByRole('link', { name: '打印本村社地图' }).click();
    await expect(page).toHaveURL(/\/print\/330304001003\/$/);
  });
});
