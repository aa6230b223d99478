/**
 * What read-excel-file does not tell: the merged ranges of a sheet and the formula cells that
 * hold no saved result. Both come straight from the sheet's XML inside the workbook (a zip),
 * read with fflate and fast-xml-parser.
 *
 * Offices merge a 所属街道 cell over all the rows of a town; the value sits in the top cell only,
 * so the rows below would read as empty. A formula written by a script (not saved in Excel)
 * has no cached value and reads as empty too, which would look like a blank cell.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

/** A rectangle of cells, 0-based row and column indices, inclusive. */
export type CellRange = { top: number; left: number; bottom: number; right: number };

export type SheetStructure = {
  /** Merged ranges (mergeCells/mergeCell/@ref). */
  merges: CellRange[];
  /** Formula cells without a cached value, as [row, column] (0-based). */
  uncachedFormulas: [number, number][];
};

/** Column letters to a 0-based index: A → 0, Z → 25, AA → 26. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "D12" → [11, 3]; undefined for anything else. */
export function cellAddress(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  return m?.[1] && m[2] ? [Number(m[2]) - 1, columnIndex(m[1])] : undefined;
}

/** "D2:D5" → the range; a single cell "D2" is a range of one. */
export function cellRange(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(':');
  const a = from ? cellAddress(from) : undefined;
  const b = to ? cellAddress(to) : undefined;
  if (!a || !b) return undefined;
  return { top: Math.min(a[0], b[0]), left: Math.min(a[1], b[1]), bottom: Math.max(a[0], b[0]), right: Math.max(a[1], b[1]) };
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, parseTagValue: false, isArray: (name) => ['sheet', 'Relationship', 'row', 'c', 'mergeCell'].includes(name) });

type Xml = Record<string, unknown>;
const child = (node: unknown, name: string): Xml | undefined => (node && typeof node === 'object' ? ((node as Xml)[name] as Xml | undefined) : undefined);

/**
 * The sheet XML path of each sheet by name, from the workbook and its relationships. Targets
 * are relative to xl/ unless they start with “/”.
 */
function sheetPaths(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  const paths = new Map<string, string>();
  if (!workbook || !rels) return paths;
  const targets = new Map(
    asArray(child(parser.parse(strFromU8(rels)), 'Relationships')?.Relationship as Xml[] | undefined).map((r) => [String(r['@Id']), String(r['@Target'])]),
  );
  for (const sheet of asArray(child(child(parser.parse(strFromU8(workbook)), 'workbook'), 'sheets')?.sheet as Xml[] | undefined)) {
    const target = targets.get(String(sheet['@id']));
    if (target) paths.set(String(sheet['@name']), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return paths;
}

/** True when a cell element has a formula and no value, or an empty one. */
function uncached(cell: Xml): boolean {
  if (cell.f === undefined) return false;
  const v = cell.v;
  return v === undefined || v === '' || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);
}

/**
 * Merged ranges and uncached formulas of every sheet, by sheet name. Throws when the file is
 * not a readable zip (the caller turns that into a Chinese message).
 */
export function readSheetStructure(bytes: Uint8Array): Map<string, SheetStructure> {
  const files = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  const result = new Map<string, SheetStructure>();
  for (const [name, path] of sheetPaths(files)) {
    const xml = files[path];
    if (!xml) continue;
    const worksheet = child(parser.parse(strFromU8(xml)), 'worksheet');
    const merges = asArray(child(worksheet, 'mergeCells')?.mergeCell as Xml[] | undefined).flatMap((m) => {
      const range = cellRange(String(m['@ref']));
      return range ? [range] : [];
    });
    const uncachedFormulas: [number, number][] = [];
    for (const row of asArray(child(worksheet, 'sheetData')?.row as Xml[] | undefined)) {
      for (const cell of asArray(row.c as Xml[] | undefined)) {
        if (!uncached(cell)) continue;
        const at = cellAddress(String(cell['@r']));
        if (at) uncachedFormulas.push(at);
      }
    }
    result.set(name, { merges, uncachedFormulas });
  }
  return result;
}
