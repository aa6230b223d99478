/**
 * Printing sheets to PDF and checking them: shared by the quick print checks (print.spec.ts, the sheets
 * the build marks tight and a fixed sample) and the sweep over every sheet (print-sweep.spec.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { builtFacilities } from './directory-data.ts';
import { pdfText, squash } from './pdf.ts';

export interface Town {
  code: string;
  name: string;
  communities: { code: string; name: string }[];
}
export const towns = (JSON.parse(readFileSync('data/regions/ouhai.json', 'utf8')) as { towns: Town[] }).towns;
export const communities = towns.flatMap((t) => t.communities.map((c) => ({ ...c, town: t.name })));

export type PaperId = 'a4' | 'a4-landscape' | 'a3';
export const PAPERS: Record<PaperId, { segment: string; format: 'A4' | 'A3'; landscape: boolean; size: { width: number; height: number } }> = {
  a4: { segment: '', format: 'A4', landscape: false, size: { width: 210, height: 297 } },
  'a4-landscape': { segment: 'a4-landscape/', format: 'A4', landscape: true, size: { width: 297, height: 210 } },
  a3: { segment: 'a3/', format: 'A3', landscape: false, size: { width: 297, height: 420 } },
};
export const LANG_PREFIXES = ['', '/en'] as const;

/** One printed sheet of the built site. */
export interface Sheet {
  path: string;
  code: string;
  paper: PaperId;
  english: boolean;
}

export const sheetPath = (code: string, paper: PaperId, english: boolean) => `${english ? '/en' : ''}/print/${code}/${PAPERS[paper].segment}`;

/** Whether the build marked the sheet tight (data-fit-tight: rows left off, or its estimate near the page's end), read from dist/. */
export function builtAsTight(sheet: Sheet): boolean {
  const file = `dist${sheet.path}index.html`;
  if (!existsSync(file)) throw new Error(`${file} 不存在：请先运行 npm run build`);
  return /<article[^>]*\bdata-fit-tight\b/.test(readFileSync(file, 'utf8'));
}

/** Every community sheet in every paper and both languages. */
export function allCommunitySheets(): Sheet[] {
  return communities.flatMap((c) => (Object.keys(PAPERS) as PaperId[]).flatMap((paper) => [false, true].map((english) => ({ path: sheetPath(c.code, paper, english), code: c.code, paper, english }))));
}

/** Points per millimetre in a PDF. */
const PT_PER_MM = 72 / 25.4;

/** Prints the page to PDF; returns the PDF and each page's size in mm. */
export async function printPdf(page: Page, options: { format: 'A4' | 'A3'; landscape?: boolean; preferCSSPageSize?: boolean }) {
  const pdf = await page.pdf({ format: options.format, landscape: options.landscape ?? false, preferCSSPageSize: options.preferCSSPageSize ?? false, printBackground: true });
  const doc = await PDFDocument.load(pdf);
  const pages = doc.getPages().map((p) => {
    const { width, height } = p.getSize();
    return { width: Math.round(width / PT_PER_MM), height: Math.round(height / PT_PER_MM) };
  });
  return { pdf, pages };
}

/**
 * Whether a name is in the extracted text. The font also maps a few characters to CJK Radicals
 * Supplement code points that NFKC leaves alone (⻝ for 食, ⻅ for 见): a character of the name may
 * stand as any one of those there.
 */
export function containsName(text: string, name: string): boolean {
  const pattern = [...squash(name)].map((c) => `(?:${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|[\u2E80-\u2EFF])`).join('');
  return new RegExp(pattern, 'u').test(text);
}

/** Facility names by id, from the site's own download rather than the page under test. */
const facilityNames = new Map(builtFacilities().map((f) => [f.id, f.name]));

/** The facility names in the table and the facility ids on the map, as printed. */
export async function listed(page: Page) {
  const names = await page.locator('[data-print-table] tbody .pp-name__title').allTextContents();
  // Only numbered rows have a marker: the ★'s row is the ★, and the meal row beyond the rings is off the map.
  const rowIds = await page.locator('[data-print-table] tbody tr[data-mark="numbered"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-facility-id') ?? ''));
  const markerIds = await page.locator('[data-print-map] .pm-marker').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-facility-id')));
  return { names, rowIds, markerIds };
}

/**
 * Opens a sheet, prints it in its paper, and lists what is wrong: not exactly one page (community
 * sheets), map markers that differ from the table rows, a listed facility's name missing from the
 * sheet or — looked up by id in the data, not read off the page — from the PDF's text (reading the
 * PDF's text is the slow part; `readPdfText: false` skips it).
 */
export async function sheetProblems(page: Page, sheet: Sheet, options: { readPdfText: boolean } = { readPdfText: true }): Promise<string[]> {
  const label = `${sheet.path} (${sheet.paper}${sheet.english ? ', English' : ''})`;
  const paper = PAPERS[sheet.paper];
  await page.emulateMedia({ media: 'print' });
  await page.goto(sheet.path);
  const { pdf, pages } = await printPdf(page, { format: paper.format, landscape: paper.landscape });
  const problems: string[] = [];
  if (sheet.code.length === 12 && pages.length !== 1) problems.push(`${label}: ${pages.length} pages`);
  const { names, rowIds, markerIds } = await listed(page);
  if (JSON.stringify(markerIds) !== JSON.stringify(rowIds)) problems.push(`${label}: map markers ${markerIds.join(',')} differ from table rows ${rowIds.join(',')}`);
  // A distance is read as one piece: “1.8公里” must not print as “1.8公” over “里”.
  const brokenDistances = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-print-table] .pp-distance span')]
      .filter((span) => /\d/.test(span.textContent ?? ''))
      .filter((span) => {
        const style = getComputedStyle(span);
        const line = parseFloat(style.lineHeight) || 1.3 * parseFloat(style.fontSize);
        return span.getBoundingClientRect().height > 1.5 * line;
      })
      .map((span) => span.textContent ?? ''),
  );
  for (const d of brokenDistances) problems.push(`${label}: the distance “${d}” breaks over two lines`);
  const sheetText = await page.locator('[data-print-sheet]').innerText();
  for (const name of names) if (!sheetText.includes(name)) problems.push(`${label}: ${name} not on the sheet`);
  if (!options.readPdfText) return problems;
  const text = await pdfText(pdf);
  for (const id of rowIds) {
    const name = facilityNames.get(id);
    if (!name || !containsName(text, name)) problems.push(`${label}: ${name ?? id} not in the printed PDF`);
  }
  return problems;
}
