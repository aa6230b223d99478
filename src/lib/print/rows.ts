/**
 * The rows of the table beside a print map. Each facility is drawn once: the one at the ★ is the
 * ★ (its row is marked ★, it gets no number and no marker of its own); the others are numbered
 * 1… nearest first, as many as fit the sheet. A community sheet always names the nearest place
 * serving meals: when none of the rows does, one more row is added for it — numbered and drawn
 * when it is in reach but did not fit, or marked “15分钟外” with its straight-line distance and
 * not drawn when it lies beyond the map's rings.
 */
import { t, type Lang } from '../../i18n/index.ts';
import type { Facility } from '../../schemas/facility.ts';
import { servesMeals } from '../data/derived.ts';
import { mealTimeLines } from './meals.ts';
import type { RowText } from './fit.ts';
import { markerIconSvg, starIconSvg } from './render.ts';
import type { NearFacility } from './select.ts';
import type { SheetFacility } from './walking.ts';

/** A short distance for a narrow cell: “280米”, “1.2公里”, or “★处” for the star's own spot. */
export function distanceText(metres: number, lang: Lang): string {
  if (metres < 5) return t(lang, 'print.atStar');
  if (metres < 1000) return t(lang, 'print.distance.short', { m: Math.max(10, Math.round(metres / 10) * 10) });
  return t(lang, 'print.km.short', { n: (Math.round(metres / 100) / 10).toString() });
}

/** An address without the “温州市瓯海区” every address on the sheet shares. */
export function shortAddress(address: string): string {
  const short = address.replace(/^(浙江省)?(温州市)?(瓯海区)?/, '');
  return short === '' ? address : short;
}

/**
 * How a row's facility is drawn on the map: as the ★, as a numbered marker, or not at all
 * (the nearest place serving meals, beyond the rings).
 */
export type RowMark = 'star' | 'numbered' | 'beyond';

/** One row of the table beside the map. */
export interface MapRow {
  mark: RowMark;
  /** The number in the marker and the table (numbered rows only). */
  number?: number;
  facility: Facility;
  /** Short type name for the narrow number cell (食堂, 照料中心…). */
  typeShort: string;
  /** Full type name. */
  typeLabel: string;
  address: string;
  /** Distance and walking minutes, one per line. */
  distance: string[];
  /** The marker as drawn on the map (the ★, or the type's shape with or without its number), as a small SVG. */
  icon: string;
  /** Meal-time lines (empty when the facility serves no meals). */
  meals: string[];
  /** A line under the address: why a row is there although it is not on the map. */
  note?: string;
}

/** The distance cell: distance and minutes (walking ones when measured so), or the cut-off flag. */
function distanceLines(lang: Lang, n: SheetFacility, withMinutes: boolean): string[] {
  if (n.blocked) return [t(lang, 'print.distance.straight', { distance: distanceText(n.straightMetres, lang) }), t(lang, 'print.blocked.short')];
  if (n.metres < 5 || !withMinutes) return [distanceText(n.metres, lang)];
  return [distanceText(n.metres, lang), t(lang, 'print.minutes.short', { min: Math.max(1, n.minutes) })];
}

function rowOf(lang: Lang, f: Facility, mark: RowMark, distance: string[], icon: string, number?: number): MapRow {
  return {
    mark,
    ...(number !== undefined ? { number } : {}),
    facility: f,
    typeShort: t(lang, `type.${f.type}.short`),
    typeLabel: t(lang, `type.${f.type}`),
    address: shortAddress(f.address),
    distance,
    icon,
    meals: servesMeals(f) ? mealTimeLines(f.hours, lang) : [],
  };
}

/** The row of the facility at the ★. */
export function starRow(lang: Lang, f: Facility): MapRow {
  return rowOf(lang, f, 'star', [t(lang, 'print.atStar')], starIconSvg());
}

/** A numbered row. Walking minutes only on community maps (`withMinutes`): across a town they would mislead. */
export function numberedRow(lang: Lang, n: SheetFacility, number: number, withMinutes: boolean): MapRow {
  return rowOf(lang, n.facility, 'numbered', distanceLines(lang, n, withMinutes), markerIconSvg(n.facility.type, number), number);
}

/** The row of the nearest place serving meals beyond the rings: its straight-line distance, not drawn. */
export function beyondRow(lang: Lang, n: NearFacility): MapRow {
  const row = rowOf(lang, n.facility, 'beyond', [distanceText(n.metres, lang), t(lang, 'print.straight.short')], markerIconSvg(n.facility.type, undefined));
  return { ...row, note: t(lang, 'print.beyond.note') };
}

/** The words of a row, for the fit estimate. */
export function rowText(row: MapRow): RowText {
  return { typeShort: row.typeShort, name: row.facility.name, address: row.address, ...(row.note ? { note: row.note } : {}), phones: row.facility.phones, meals: row.meals, distance: row.distance };
}

/** What goes into a sheet's table besides the numbered facilities. */
export interface RowsInput {
  lang: Lang;
  /** The facility at the ★, when the ★ is one. */
  star?: Facility;
  /** The facilities in reach except the ★'s, nearest first. */
  others: readonly SheetFacility[];
  /** Walking minutes in the distance cells (community sheets). */
  withMinutes: boolean;
  /** Community sheets: the nearest place serving meals beyond the rings, named when nothing on the sheet serves meals. */
  mealBeyond?: NearFacility;
  /** Community sheets name a place serving meals whatever fits; town sheets list their own facilities only. */
  nameMeals: boolean;
}

/** The table with the first `count` of the others numbered, and those in reach left off it. */
export interface SheetRows {
  rows: MapRow[];
  left: SheetFacility[];
}

/** The rows when `count` of the others are numbered: the ★'s row first, then the numbered ones, then the meal row if one is needed. */
export function sheetRows(input: RowsInput, count: number): SheetRows {
  const { lang, star, others, withMinutes } = input;
  const rows = [...(star ? [starRow(lang, star)] : []), ...others.slice(0, count).map((n, i) => numberedRow(lang, n, i + 1, withMinutes))];
  let left = others.slice(count);
  if (input.nameMeals && !rows.some((r) => servesMeals(r.facility))) {
    const inReach = left.find((n) => servesMeals(n.facility));
    if (inReach) {
      rows.push(numberedRow(lang, inReach, count + 1, withMinutes));
      left = left.filter((n) => n !== inReach);
    } else if (input.mealBeyond) rows.push(beyondRow(lang, input.mealBeyond));
  }
  return { rows, left };
}
