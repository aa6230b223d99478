import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { builtFacilities } from './directory-data.ts';
import { test, expect } from './fixtures.ts';
import { pdfText, squash } from './pdf.ts';

/**
 * Printable maps (/print/): every community page prints on exactly one sheet, in A4 portrait
 * and — for a sample — in A4 landscape and A3; every listed facility is on it; nothing runs
 * over the map frame. Runs against the built site in Debian's Chromium.
 */

interface Town {
  code: string;
  name: string;
  communities: { code: string; name: string }[];
}
const towns = (JSON.parse(readFileSync('data/regions/ouhai.json', 'utf8')) as { towns: Town[] }).towns;
const communities = towns.flatMap((t) => t.communities.map((c) => ({ ...c, town: t.name })));

/** Points per millimetre in a PDF. */
const PT_PER_MM = 72 / 25.4;

async function printPdf(page: Page, options: { format: 'A4' | 'A3'; landscape?: boolean; preferCSSPageSize?: boolean }) {
  const pdf = await page.pdf({ format: options.format, landscape: options.landscape ?? false, preferCSSPageSize: options.preferCSSPageSize ?? false, printBackground: true });
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((p) => {
    const { width, height } = p.getSize();
    return { width: Math.round(width / PT_PER_MM), height: Math.round(height / PT_PER_MM) };
  });
}

/**
 * Whether a name is in the extracted text. The font also maps a few characters to CJK Radicals
 * Supplement code points that NFKC leaves alone (⻝ for 食, ⻅ for 见): a character of the name may
 * stand as any one of those there.
 */
function containsName(text: string, name: string): boolean {
  const pattern = [...squash(name)].map((c) => `(?:${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|[\u2E80-\u2EFF])`).join('');
  return new RegExp(pattern, 'u').test(text);
}

/** Facility names by id, from the site's own download rather than the page under test. */
const facilityNames = new Map(builtFacilities().map((f) => [f.id, f.name]));

/** The facility names in the table and the facility ids on the map, as printed. */
async function listed(page: Page) {
  const names = await page.locator('[data-print-table] tbody .pp-name__title').allTextContents();
  const rowIds = await page.locator('[data-print-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-facility-id')));
  const markerIds = await page.locator('[data-print-map] .pm-marker').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-facility-id')));
  return { names, rowIds, markerIds };
}

/** Checks, in print layout, that the listed facilities are visible on the sheet and match the map. */
async function expectListedFacilitiesPrinted(page: Page, label: string) {
  const { names, rowIds, markerIds } = await listed(page);
  expect(markerIds, `${label}: one marker per listed facility, same order`).toEqual(rowIds);
  const text = await page.locator('[data-print-sheet]').innerText();
  for (const name of names) expect(text, `${label}: ${name} printed`).toContain(name);
}

test.describe('every community map prints on one A4 page', () => {
  // All 197 communities, one test per street or town so that the two workers share them.
  test.describe.configure({ mode: 'parallel' });
  for (const town of towns) {
    test(`every community of ${town.name} prints on exactly one A4 page, in Chinese and in English, with every listed facility on it`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.emulateMedia({ media: 'print' });
      const failures: string[] = [];
      for (const c of town.communities) {
        await page.goto(`/print/${c.code}/`);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        const pages = (await PDFDocument.load(pdf)).getPageCount();
        if (pages !== 1) failures.push(`${town.name}${c.name} (${c.code}): ${pages} pages`);
        await expectListedFacilitiesPrinted(page, `${c.name} ${c.code}`);
        // Every listed facility's name (looked up by id in the data, not read off the page) is in the PDF's text.
        const text = await pdfText(pdf);
        const ids = await page.locator('[data-print-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-facility-id') ?? ''));
        for (const id of ids) {
          const name = facilityNames.get(id);
          if (!name || !containsName(text, name)) failures.push(`${c.name} (${c.code}): ${name ?? id} not in the printed PDF`);
        }
        // The English sheet (longer words) for a family member abroad fits one page too.
        await page.goto(`/en/print/${c.code}/`);
        const english = (await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true }))).getPageCount();
        if (english !== 1) failures.push(`${town.name}${c.name} (${c.code}) in English: ${english} pages`);
      }
      expect(failures).toEqual([]);
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

  test('community maps print on one page in A4 landscape and A3 too, in the page size their stylesheet asks for', async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ media: 'print' });
    // Not all 197 (that takes minutes): every community of the two streets with the most services
    // within 15 minutes in the data (景山 is urban, 仙岩 the densest), and every 15th of the rest.
    const full = new Set(['330304001', '330304012']);
    const sample = communities.filter((c, i) => full.has(c.code.slice(0, 9)) || i % 15 === 0);
    const failures: string[] = [];
    for (const [n, c] of sample.entries()) {
      for (const [paper, format, landscape, size] of [
        ['a4-landscape', 'A4', true, { width: 297, height: 210 }],
        ['a3', 'A3', false, { width: 297, height: 420 }],
      ] as const) {
        await page.goto(`/print/${c.code}/${paper}/`);
        const pages = await printPdf(page, { format, landscape });
        if (pages.length !== 1) failures.push(`${c.name} ${c.code} ${paper}: ${pages.length} pages`);
        // With the paper left to the page, its @page rule picks the size (checked on a few: it is one CSS rule).
        if (n < 3) expect(await printPdf(page, { format: 'A4', preferCSSPageSize: true }), `${c.code} ${paper} @page size`).toEqual([size]);
        await expectListedFacilitiesPrinted(page, `${c.name} ${c.code} ${paper}`);
      }
    }
    expect(failures).toEqual([]);
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

  test('a community without its own care centre says which point the map uses instead', async ({ page }) => {
    await page.goto('/print/');
    let checked = 0;
    for (const c of communities.slice(0, 40)) {
      await page.goto(`/print/${c.code}/`);
      const note = (await page.locator('[data-point-note]').textContent()) ?? '';
      if (note.includes('还没有居家养老服务照料中心')) {
        expect(note).toMatch(/改用.*(居家养老服务中心|大致中心位置)/);
        checked++;
      }
    }
    expect(checked, 'the sample data has communities without a care centre').toBeGreaterThan(0);
  });

  test('every street and town leaflet prints on one A4 page, with amounts, clauses and the contact point', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ media: 'print' });
    const failures: string[] = [];
    for (const town of towns) {
      await page.goto(`/print/${town.code}/leaflet/`);
      const pages = await printPdf(page, { format: 'A4' });
      if (pages.length !== 1) failures.push(`${town.name}: ${pages.length} pages`);
      const sheet = page.locator('[data-leaflet]');
      await expect(sheet.getByRole('heading', { level: 1 })).toContainText(town.name);
      await expect(sheet.locator('[data-benefit="elderly-service-subsidy"] .pp-figures dd').first()).toContainText('元');
      await expect(sheet.locator('[data-benefit="free-home-care-hours"] .pp-figures dd').first()).toContainText('小时');
      await expect(sheet.locator('[data-benefit] .pp-cite').first()).toContainText('号');
      await expect(sheet.locator('[data-contact]')).toContainText(/居家养老服务中心/);
    }
    // The English leaflets too: a daughter abroad prints one for her father's street.
    for (const town of towns) {
      await page.goto(`/en/print/${town.code}/leaflet/`);
      const pages = await printPdf(page, { format: 'A4' });
      if (pages.length !== 1) failures.push(`${town.name} (English): ${pages.length} pages`);
    }
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
