/**
 * How many numbered rows fit on one sheet. The sheet is laid out by the browser, so this is
 * an estimate from the same sizes print.css uses (points, millimetres, line height 1.3),
 * made on the safe side: text widths are over-estimated (text.ts) and a margin is kept.
 * tests/e2e/print.spec.ts checks the result for real: every page prints on one sheet.
 */
import type { Paper } from './paper.ts';
import { sideWidth } from './paper.ts';
import { wrapText, type WrapOptions } from './text.ts';

const PT = 25.4 / 72;
const LINE_HEIGHT = 1.3;
/** Kept free at the bottom of the sheet for rounding and font differences, in mm. */
const SAFETY = 5;

/** Height in mm of `text` wrapped to `width` mm at `pt` points. */
function block(text: string, width: number, pt: number, lineHeight = LINE_HEIGHT, wrap: WrapOptions = {}): number {
  if (text === '') return 0;
  return wrapText(text, width, pt * PT, wrap).length * pt * PT * lineHeight;
}

function lines(texts: readonly string[], width: number, pt: number, wrap: WrapOptions = {}): number {
  return texts.reduce((sum, text) => sum + block(text, width, pt, LINE_HEIGHT, wrap), 0);
}

/** Left plus right padding of a table cell and its border, in mm. */
function cellPad(paper: Paper): number {
  return paper.cellPadEm * paper.tablePt * PT * 2 + 0.4;
}

/** The words of one table row, as printed. */
export interface RowText {
  typeShort: string;
  name: string;
  address: string;
  /** A line under the address (print.css sets it like the address). */
  note?: string;
  phones: string[];
  meals: string[];
  distance: string[];
}

/** The words around the table that take up height. */
export interface SheetText {
  /** The sample-data notice (empty when real data is in use). */
  notice: string;
  title: string;
  subtitle: string;
  pointNote: string;
  /** Community sheets: whom to ask in the town (its 居家养老服务中心 and phone), unless a row already names it. */
  contactNote?: string;
  noneNote?: string;
  /** “另有 N 处，见网页 …”, shown when rows are left off. */
  moreNote: string;
  /** The sources paragraph and the other lines beside the QR code. */
  sources: string[];
  /** The words under the QR code (print.css wraps them at 8 em). */
  qrCaption: string;
  /** Column headings of the table. */
  headers: [string, string, string, string, string];
}

/** Estimated height of one table row in mm. */
export function rowHeight(paper: Paper, row: RowText): number {
  const pt = paper.tablePt;
  const em = pt * PT;
  const pad = cellPad(paper);
  const c = paper.columns;
  const wrap = { breakWords: paper.breakWords };
  const cells = [
    // The marker icon (2.2 em) with the short type name beside it: two characters a line in Chinese, a word a line in English.
    Math.max(2.2 * em, block(row.typeShort, Math.max(2.1 * em, c.number - pad - 2.4 * em), pt, LINE_HEIGHT, wrap)),
    block(row.name, c.name - pad, pt, LINE_HEIGHT, { ...wrap, bold: true }) + block(row.address, c.name - pad, pt, LINE_HEIGHT, wrap) + block(row.note ?? '', c.name - pad, pt, LINE_HEIGHT, wrap),
    lines(row.phones.length > 0 ? row.phones : ['—'], c.phone - pad, pt, wrap),
    lines(row.meals.length > 0 ? row.meals : ['—'], c.meals - pad, pt, wrap),
    lines(row.distance, c.distance - pad, pt, wrap),
  ];
  return Math.max(...cells) + 0.15 * em * 2 + 0.3;
}

/** Height in mm of everything on the sheet except the table rows, with `more` rows left off. */
function fixedHeight(paper: Paper, text: SheetText, more: boolean): { head: number; side: number } {
  const width = paper.content.width;
  const side = paper.arrangement === 'side' ? sideWidth(paper) : width;
  const h1 = paper.id === 'a3' ? 24 : 18;
  const notice = text.notice ? block(text.notice, width - 7.2, 12) + 2 * 1.2 + 2 * 0.6 + 2.5 : 0;
  const head = notice + block(text.title, width, h1, 1.25, { bold: true }) + 0.1 * h1 * PT + block(text.subtitle, width, 12) + 0.4 * 12 * PT;
  const em = 12 * PT;
  const notes = [text.pointNote, text.contactNote ?? '', text.noneNote ?? '', more ? text.moreNote : ''].filter((s) => s !== '');
  const notesHeight = notes.reduce((sum, s) => sum + block(s, side, 12) + 0.6 * em, 0);
  const c = paper.columns;
  const pad = cellPad(paper);
  const widths = [c.number, c.name, c.phone, c.meals, c.distance];
  const thead =
    Math.max(...text.headers.map((h, i) => block(h, (widths[i] ?? 0) - pad, paper.tablePt, LINE_HEIGHT, { bold: true, breakWords: paper.breakWords }))) + 0.3 * paper.tablePt * PT + 0.8;
  // The QR figure is as wide as its caption's 8 em (wider than the 24 mm code), and as tall as the code and the caption's lines.
  const qrWidth = Math.max(24, 8 * em);
  const qr = 24 + block(text.qrCaption, 8 * em, 12) + 1;
  const foot = 0.4 * em + Math.max(qr, lines(text.sources, side - qrWidth - em, 12));
  const map = paper.arrangement === 'stacked' ? paper.map.height + 1 : 0;
  return { head, side: map + notesHeight + thead + foot };
}

/**
 * A sheet whose estimate comes within this many mm (about one table line) of the printable height, or that had rows left off,
 * is “tight”: the build marks it (data-fit-tight) so the quick test run prints exactly those sheets to
 * PDF, where an estimate that is a little off would push the sheet onto a second page.
 */
export const TIGHT_MARGIN_MM = 5;

/** The estimated layout of one sheet: each row's height and the height of everything, in mm. */
export interface SheetEstimate {
  /** Estimated height of each table row, in order. */
  rowHeights: number[];
  /** Estimated height of the whole sheet's content (notice, heading, map, notes, table, sources). */
  total: number;
  /** The printable height it must fit in (the content box less the safety margin). */
  available: number;
}

/** Estimates the sheet with `rows` on it; `more` says whether rows were left off (the “另有 N 处” note is then printed). */
export function estimateSheet(paper: Paper, text: SheetText, rows: readonly RowText[], more: boolean): SheetEstimate {
  const { head, side } = fixedHeight(paper, text, more);
  const rowHeights = rows.map((row) => rowHeight(paper, row));
  const body = rowHeights.reduce((sum, h) => sum + h, 0) + side;
  const mapColumn = paper.arrangement === 'side' ? paper.map.height : 0;
  return { rowHeights, total: head + Math.max(body, mapColumn), available: paper.content.height - SAFETY };
}

/**
 * The largest count in `min`…`max` whose sheet fits (`fits`), trying the largest first; `min` when
 * none does. The caller says what a count means (which rows, and whether the “另有 N 处” note is printed).
 */
export function largestThatFits(max: number, min: number, fits: (count: number) => boolean): number {
  for (let n = max; n > min; n--) if (fits(n)) return n;
  return Math.min(min, max);
}

/** Whether the sheet with `rows` on it fits the page. */
export function sheetFits(paper: Paper, text: SheetText, rows: readonly RowText[], more: boolean): boolean {
  const estimate = estimateSheet(paper, text, rows, more);
  return estimate.total <= estimate.available;
}

/**
 * The number of rows (at most `rows.length`) that fit on the sheet with everything else.
 * Never less than 1 when there is a row: one row always fits the layouts in paper.ts.
 * `moreBeyond`: facilities in reach beyond `rows` exist, so the “另有 N 处” note is printed whatever fits.
 */
export function rowsThatFit(paper: Paper, text: SheetText, rows: readonly RowText[], moreBeyond = false): number {
  return largestThatFits(rows.length, 1, (n) => sheetFits(paper, text, rows.slice(0, n), moreBeyond || n < rows.length));
}
