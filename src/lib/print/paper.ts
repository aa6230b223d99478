/**
 * Paper sizes a print page comes in, and how a sheet is laid out on each. A4 portrait is the
 * default page (/print/<code>/); the others have their own pages (/print/<code>/a4-landscape/,
 * /print/<code>/a3/) so that no JavaScript is needed to choose one. The @page rules live in
 * src/styles/print.css; the sizes here (millimetres) drive both the SVG map and the estimate
 * of how many table rows fit on the sheet (fit.ts), so they are stated once.
 */
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
  columns: TableColumns;
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
    columns: { number: 22, name: 77, phone: 35, meals: 39, distance: 17 },
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
    columns: { number: 22, name: 50, phone: 35, meals: 39, distance: 17 },
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
  },
};

/** Width of the column that holds the table, notes and sources. */
export function sideWidth(paper: Paper): number {
  const c = paper.columns;
  return c.number + c.name + c.phone + c.meals + c.distance;
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
    rules.push(`.pp-sheet--${p.id} { --pp-map-w: ${p.map.width}mm; }`);
    for (const [column, mm] of Object.entries(p.columns)) rules.push(`.pp-sheet--${p.id} .pp-col-${column} { --pp-col: ${mm}mm; }`);
  }
  return `${rules.join('\n')}\n`;
}
