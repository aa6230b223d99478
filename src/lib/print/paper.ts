/**
 * Paper sizes a print page comes in, and how a sheet is laid out on each. A4 portrait is the
 * default page (/print/<code>/); the others have their own pages (/print/<code>/a4-landscape/,
 * /print/<code>/a3/) so that no JavaScript is needed to choose one. The @page rules live in
 * src/styles/print.css; the sizes here (millimetres) drive both the SVG map and the estimate
 * of how many table rows fit on the sheet (fit.ts), so they are stated once.
 */
import type { Lang } from '../../i18n/index.ts';
import type { MapLayout } from './render.ts';

export const PAPER_IDS = ['a4', 'a4-landscape', 'a3'] as const;
export type PaperId = (typeof PAPER_IDS)[number];

/** Widths of the table columns in millimetres (they add up to the column the table sits in). */
export interface TableColumns {
  number: number;
  name: number;
  phone: number;
  meals: number;
  distance: number;
}

/** One paper size and its sheet layout. */
export interface Paper {
  id: PaperId;
  /** The last URL segment of the page in this size; undefined for the default (A4 portrait). */
  segment: string | undefined;
  /** Chromium paper format and orientation, for tests and PDF export. */
  format: 'A4' | 'A3';
  landscape: boolean;
  /** Printable area inside the 10 mm margins, in millimetres. */
  content: { width: number; height: number };
  /** 'stacked': map above the table; 'side': map on the left, table on the right. */
  arrangement: 'stacked' | 'side';
  /** Size of the map and its legend. */
  map: MapLayout;
  /** Table text size in points (at least 12). */
  tablePt: number;
  /** Column widths of the Chinese sheet; `paperFor` puts `columnsEn` here for an English one. */
  columns: TableColumns;
  /**
   * Column widths of the English sheet: Latin words cannot break between any two letters as
   * Chinese can, so the type column is wider (“Canteen”, “centre” on a line of their own beside
   * the marker) and so is the meal-times column (“Supper 16:30–17:30”), at the name's expense —
   * the longest name in the data still fits on one line, so an English row is no taller.
   */
  columnsEn: TableColumns;
  /** Left and right padding of a table cell, in em of the table text (print.css reads --pp-cell-pad). */
  cellPadEm: number;
  /** Whether a word wider than its cell breaks anywhere (Chinese, overflow-wrap: anywhere) or stays whole (English). */
  breakWords: boolean;
}

const MARGIN = 10;

export const PAPERS: Record<PaperId, Paper> = {
  a4: {
    id: 'a4',
    segment: undefined,
    format: 'A4',
    landscape: false,
    content: { width: 210 - 2 * MARGIN, height: 297 - 2 * MARGIN },
    arrangement: 'stacked',
    map: { width: 190, height: 100, legend: 'right', legendSize: 58 },
    tablePt: 12,
    // The distance column holds “1.8公里” on one line (14.3 mm at 12 pt, plus the padding).
    columns: { number: 22, name: 76, phone: 35, meals: 39, distance: 18 },
    columnsEn: { number: 30, name: 68, phone: 33, meals: 42, distance: 17 },
    cellPadEm: 0.3,
    breakWords: true,
  },
  'a4-landscape': {
    id: 'a4-landscape',
    segment: 'a4-landscape',
    format: 'A4',
    landscape: true,
    content: { width: 297 - 2 * MARGIN, height: 210 - 2 * MARGIN },
    arrangement: 'side',
    map: { width: 110, height: 150, legend: 'bottom', legendSize: 62 },
    tablePt: 12,
    // 277 − 110 (map) − 4 (gap) = 163
    columns: { number: 22, name: 49, phone: 35, meals: 39, distance: 18 },
    columnsEn: { number: 30, name: 41, phone: 33, meals: 42, distance: 17 },
    cellPadEm: 0.3,
    breakWords: true,
  },
  a3: {
    id: 'a3',
    segment: 'a3',
    format: 'A3',
    landscape: false,
    content: { width: 297 - 2 * MARGIN, height: 420 - 2 * MARGIN },
    arrangement: 'stacked',
    map: { width: 277, height: 170, legend: 'right', legendSize: 66 },
    tablePt: 14,
    columns: { number: 26, name: 130, phone: 40, meals: 56, distance: 25 },
    columnsEn: { number: 34, name: 122, phone: 40, meals: 56, distance: 25 },
    cellPadEm: 0.3,
    breakWords: true,
  },
};

/** Width of the column that holds the table, notes and sources. */
export function sideWidth(paper: Paper): number {
  const c = paper.columns;
  return c.number + c.name + c.phone + c.meals + c.distance;
}

/**
 * The paper as a sheet in `lang` is set on it: English sheets take `columnsEn`, narrower cell
 * padding (0.2 em) and words that never break inside (no “Tow/n/cent/re”). The estimate (fit.ts)
 * and the page (PrintMapSheet.astro, print.css) both read the result, so they agree.
 */
export function paperFor(paper: Paper, lang: Lang): Paper {
  return lang === 'en' ? { ...paper, columns: paper.columnsEn, cellPadEm: 0.2, breakWords: false } : paper;
}

/** The paper of a URL segment (undefined → A4 portrait). */
export function paperBySegment(segment: string | undefined): Paper | undefined {
  return Object.values(PAPERS).find((p) => p.segment === segment);
}

/**
 * The sizes the print stylesheet needs from here (map width, column widths), as CSS custom properties
 * per paper: served as /print-papers.css, because the Content Security Policy allows no style
 * attributes.
 */
export function paperCss(papers: readonly Paper[] = Object.values(PAPERS)): string {
  const rules: string[] = [];
  for (const p of papers) {
    rules.push(`.pp-sheet--${p.id} { --pp-map-w: ${p.map.width}mm; --pp-cell-pad: ${p.cellPadEm}em; }`);
    for (const [column, mm] of Object.entries(p.columns)) rules.push(`.pp-sheet--${p.id} .pp-col-${column} { --pp-col: ${mm}mm; }`);
    // English sheets are set in their own columns and padding (paperFor), as fit.ts estimates them.
    const en = paperFor(p, 'en');
    rules.push(`html[lang='en'] .pp-sheet--${p.id} { --pp-cell-pad: ${en.cellPadEm}em; }`);
    for (const [column, mm] of Object.entries(en.columns)) rules.push(`html[lang='en'] .pp-sheet--${p.id} .pp-col-${column} { --pp-col: ${mm}mm; }`);
  }
  return `${rules.join('\n')}\n`;
}
