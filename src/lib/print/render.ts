/**
 * Print maps as SVG, drawn at build time (no WebGL, nothing to load when printing).
 *
 * Units are millimetres on paper: a map laid out 190 × 100 is printed 190 mm × 100 mm, so
 * text sizes below are real sizes (4.3 mm ≈ 12 pt).
 */
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../schemas/facility-type.ts';
import { placeMarkers, boxAround, type Placement } from './place.ts';
import { atLeast, boundsAround, boundsOf, fitProjection, unionBounds, type Bounds, type LonLatPoint, type MapProjection, type Rect } from './projection.ts';
import { niceScaleMetres } from './scale.ts';
import { escapeXml, textWidth, wrapText } from './text.ts';
import { CJK_FONT_FAMILY, PRINT_THEME, TYPE_SHAPES, numberOffset, shapeHalfExtent, shapeSvg, starPath, type MarkerShape, type PrintTheme } from './theme.ts';
import type { StreetLayerFeature } from '../../schemas/streets.ts';
import { printStreets } from './streets.ts';

/** One numbered facility on the map. */
export interface MapFacility {
  /** The number printed in the marker and in the table beside the map. */
  number: number;
  /** Facility id (kept on the marker for tests and links). */
  id: string;
  type: FacilityType;
  /** WGS-84 position. */
  lon: number;
  lat: number;
  /** Name, for the marker's tooltip. */
  name: string;
  /** Close in a straight line but not walkable in time along the streets (a river between): flagged. */
  blocked?: boolean;
}

/** A basemap tile image placed by its WGS-84 corners (embedded as a data: URL). */
export interface MapImage {
  href: string;
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A walking-reach area around the home point (drawn instead of the rings when a road graph is loaded). */
export interface MapArea {
  /** Walking minutes it stands for. */
  minutes: number;
  /** Text at its top, e.g. “5 分钟”. */
  label: string;
  /** GeoJSON MultiPolygon coordinates, WGS-84. */
  coordinates: readonly (readonly (readonly (readonly number[])[])[])[];
}

/** A walking ring around the home point. */
export interface MapRing {
  /** Radius in metres on the ground. */
  metres: number;
  /** Text on the ring, e.g. “5 分钟”. */
  label: string;
}

/** Words on the map, in the page's language. */
export interface MapLabels {
  /** Accessible title of the map. */
  title: string;
  /** Heading of the legend. */
  legend: string;
  /** What the star stands for (the community's care centre, or the town centre). */
  home: string;
  /** Name of each facility type. */
  types: Record<FacilityType, string>;
  /** Short names, used in the legend when the full names do not fit. */
  typesShort?: Record<FacilityType, string>;
  /** What the rings stand for; shown when there are rings. */
  rings: string;
  /** What the walking areas stand for; shown when there are areas. */
  areas?: string;
  /** What the flag on a cut-off facility means; shown when one is flagged. */
  blocked?: string;
  /** The street layer's legend entry (roads, water); shown when streets are drawn and there is room. */
  streets?: string;
  /** Said in the legend when no streets are drawn (no street data, no basemap), when there is room. */
  noStreets?: string;
  /** The district outline. */
  outline: string;
  /** Letter of the north arrow. */
  north: string;
  /** A scale-bar length, e.g. 500 → “500 米”. */
  metres: (metres: number) => string;
}

/** Size of the whole map and where its legend goes, in millimetres. */
export interface MapLayout {
  width: number;
  height: number;
  /** The legend panel sits to the right of the frame or under it. */
  legend: 'right' | 'bottom';
  /** Width (right) or height (bottom) of the legend panel. */
  legendSize: number;
}

/** Everything a community or town print map shows. */
export interface CommunityMapInput {
  /** District outline: GeoJSON MultiPolygon coordinates, WGS-84. */
  outline: readonly (readonly (readonly (readonly number[])[])[])[];
  /** The point the map is about: the community's care centre (or the town centre). */
  home: LonLatPoint;
  /** Walking rings around home, smallest first; empty for a town map. Also set the map's extent when areas are drawn. */
  rings: readonly MapRing[];
  /** Walking-reach areas, drawn instead of the rings; absent or empty without a road graph. */
  areas?: readonly MapArea[];
  /** The street layer's features to draw under everything; absent without street data. */
  streets?: readonly StreetLayerFeature[];
  /** Basemap tiles (天地图, PMTiles raster) to draw under everything, faded so the overlays stand out. */
  images?: readonly MapImage[];
  /** Numbered facilities; all are drawn, so the caller caps the list. */
  facilities: readonly MapFacility[];
  layout: MapLayout;
  labels: MapLabels;
  /** Smallest ground extent shown, in metres (a town map with one facility). */
  minExtentMetres?: number;
  /** Prefix for ids inside the SVG, unique on the page. */
  idPrefix?: string;
  /**
   * Id of an element outside the SVG that names the place (the page heading), read before the
   * map's own title. The place name stays in that element, where it carries its own language.
   */
  labelledBy?: string;
  theme?: PrintTheme;
}

/** Sizes on paper, in millimetres. */
const MARKER_SIZE = 7.6;
const NUMBER_FONT = 4.4;
const TEXT_FONT = 4.3;
const LINE = 5;
const GAP = 3;
const PADDING = MARKER_SIZE * 0.75;
const MARKER_HALF = Math.max(...FACILITY_TYPE_ORDER.map((t) => shapeHalfExtent(TYPE_SHAPES[t], MARKER_SIZE)));
const STAR_RADIUS = 4.6;

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function textSvg(x: number, y: number, text: string, attrs = ''): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}" ${attrs}>${escapeXml(text)}</text>`;
}

/** A halo keeps text readable where it crosses lines. */
function haloAttrs(theme: PrintTheme): string {
  return `stroke="${theme.paper}" stroke-width="1.1" stroke-linejoin="round" paint-order="stroke"`;
}

/** Where the frame and the legend panel go. */
function frames(layout: MapLayout): { frame: Rect; legend: Rect } {
  const m = 0.5; // keep the frame's stroke inside the SVG
  if (layout.legend === 'right') {
    const frame = { x: m, y: m, width: layout.width - layout.legendSize - GAP - m, height: layout.height - 2 * m };
    return { frame, legend: { x: frame.x + frame.width + GAP, y: m, width: layout.legendSize - m, height: frame.height } };
  }
  const frame = { x: m, y: m, width: layout.width - 2 * m, height: layout.height - layout.legendSize - GAP - m };
  return { frame, legend: { x: m, y: frame.y + frame.height + GAP, width: frame.width, height: layout.legendSize - m } };
}

/** The ground area the map must show: the largest ring and every facility. */
function mapBounds(input: CommunityMapInput): Bounds {
  const points: LonLatPoint[] = [input.home, ...input.facilities];
  let bounds = boundsOf(points);
  const largest = input.rings.reduce((max, r) => Math.max(max, r.metres), 0);
  if (largest > 0) bounds = unionBounds(bounds, boundsAround(input.home, largest));
  return atLeast(bounds, input.minExtentMetres ?? 600);
}

function outlinePath(input: CommunityMapInput, projection: MapProjection): string {
  const parts: string[] = [];
  for (const polygon of input.outline) {
    for (const ring of polygon) {
      const pts = ring.map(([lon = 0, lat = 0]) => projection.project({ lon, lat }));
      if (pts.length > 2) parts.push(`M${pts.map((p) => `${fmt(p.x)} ${fmt(p.y)}`).join('L')}Z`);
    }
  }
  return parts.join('');
}

interface LegendEntry {
  symbol: string;
  lines: string[];
}

/** Size of the symbol column of the legend, in mm. */
const LEGEND_SYMBOL = 6.4;

function legendEntries(input: CommunityMapInput, theme: PrintTheme, labelWidth: number, short: boolean, withStreets: boolean): LegendEntry[] {
  const wrap = (text: string) => wrapText(text, labelWidth, TEXT_FONT);
  const typeLabels = short && input.labels.typesShort ? input.labels.typesShort : input.labels.types;
  const entries: LegendEntry[] = [
    { symbol: `<path d="${starPath(STAR_RADIUS * 0.75)}" fill="${theme.ink}" stroke="${theme.paper}" stroke-width="0.4"/>`, lines: wrap(input.labels.home) },
  ];
  const types = FACILITY_TYPE_ORDER.filter((type) => input.facilities.some((f) => f.type === type));
  for (const type of types) {
    entries.push({ symbol: shapeSvg(TYPE_SHAPES[type], LEGEND_SYMBOL * 0.85, theme.typeFill[type], theme.ink, 0.45), lines: wrap(typeLabels[type]) });
  }
  if (input.areas?.length) {
    entries.push({
      symbol: `<rect x="-3" y="-2.2" width="6" height="4.4" rx="1.2" fill="${theme.ring}" fill-opacity="0.12" stroke="${theme.ring}" stroke-width="0.45"/>`,
      lines: wrap(input.labels.areas ?? input.labels.rings),
    });
  } else if (input.rings.length > 0) {
    entries.push({
      symbol: `<circle r="3" fill="none" stroke="${theme.ring}" stroke-width="0.45" stroke-dasharray="1.2 0.7"/><circle r="1.5" fill="none" stroke="${theme.ring}" stroke-width="0.45"/>`,
      lines: wrap(input.labels.rings),
    });
  }
  if (input.labels.blocked && input.facilities.some((f) => f.blocked)) {
    entries.push({ symbol: `<circle r="2.6" fill="none" stroke="${theme.ink}" stroke-width="0.45" stroke-dasharray="0.8 0.5"/>`, lines: wrap(input.labels.blocked) });
  }
  if (withStreets && input.labels.noStreets && !input.streets?.length && !input.images?.length) {
    entries.push({ symbol: `<rect x="-3.2" y="-2.4" width="6.4" height="4.8" fill="none" stroke="${theme.ink}" stroke-width="0.3" stroke-dasharray="0.8 0.6"/>`, lines: wrap(input.labels.noStreets) });
  }
  if (withStreets && input.labels.streets && input.streets?.length) {
    entries.push({
      symbol:
        `<rect x="-3.2" y="0.2" width="6.4" height="2.2" fill="${theme.water}"/>` +
        `<line x1="-3.2" y1="-1.4" x2="3.2" y2="-1.4" stroke="${theme.casing}" stroke-width="1.9"/><line x1="-3.2" y1="-1.4" x2="3.2" y2="-1.4" stroke="${theme.paper}" stroke-width="1.2"/>`,
      lines: wrap(input.labels.streets),
    });
  }
  entries.push({
    symbol: `<rect x="-3.2" y="-2.4" width="6.4" height="4.8" fill="${theme.outside}"/><line x1="-3.2" y1="0" x2="3.2" y2="0" stroke="${theme.outline}" stroke-width="0.6" stroke-dasharray="1.6 0.9"/>`,
    lines: wrap(input.labels.outline),
  });
  return entries;
}

function entryHeight(e: LegendEntry): number {
  return Math.max(LEGEND_SYMBOL, e.lines.length * LINE) + 1;
}

function drawEntry(e: LegendEntry, x: number, y: number, theme: PrintTheme): string {
  const h = entryHeight(e);
  const symbolX = x + LEGEND_SYMBOL / 2 + 0.3;
  const textX = x + LEGEND_SYMBOL + 2;
  const firstBaseline = y + (h - e.lines.length * LINE) / 2 + LINE * 0.78;
  return `<g class="pm-legend__entry"><g transform="translate(${fmt(symbolX)} ${fmt(y + h / 2)})">${e.symbol}</g>${e.lines
    .map((line, i) => textSvg(textX, firstBaseline + i * LINE, line, `font-size="${TEXT_FONT}" fill="${theme.ink}"`))
    .join('')}</g>`;
}

/** The scale bar, its left end at (x, y); returns its SVG and width. */
function scaleBar(projection: MapProjection, maxWidth: number, x: number, y: number, labels: MapLabels, theme: PrintTheme): { svg: string; width: number } {
  const metres = niceScaleMetres(projection.unitsPerMetre, maxWidth);
  const length = metres * projection.unitsPerMetre;
  const h = 1.6;
  const half = length / 2;
  const label = labels.metres(metres);
  const svg =
    `<g class="pm-scale" data-metres="${metres}" data-length="${fmt(length)}">` +
    `<rect class="pm-scale__bar" x="${fmt(x)}" y="${fmt(y)}" width="${fmt(length)}" height="${h}" fill="${theme.paper}" stroke="${theme.ink}" stroke-width="0.35"/>` +
    `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(half)}" height="${h}" fill="${theme.ink}"/>` +
    textSvg(x, y + h + LINE * 0.85, '0', `font-size="${TEXT_FONT}" fill="${theme.ink}"`) +
    textSvg(x + length, y + h + LINE * 0.85, label, `font-size="${TEXT_FONT}" fill="${theme.ink}" text-anchor="end"`) +
    `</g>`;
  return { svg, width: Math.max(length, textWidth(label, TEXT_FONT) + TEXT_FONT) };
}

/** A north arrow whose tip is at (x, y), 11 mm tall with the letter. */
function northArrow(x: number, y: number, labels: MapLabels, theme: PrintTheme): string {
  const h = 6.5;
  const w = 2.6;
  return (
    `<g class="pm-north" aria-hidden="true">` +
    `<path d="M${fmt(x)} ${fmt(y)}L${fmt(x + w)} ${fmt(y + h)}L${fmt(x)} ${fmt(y + h * 0.72)}Z" fill="${theme.ink}"/>` +
    `<path d="M${fmt(x)} ${fmt(y)}L${fmt(x - w)} ${fmt(y + h)}L${fmt(x)} ${fmt(y + h * 0.72)}Z" fill="${theme.paper}" stroke="${theme.ink}" stroke-width="0.35"/>` +
    textSvg(x, y + h + LINE * 0.9, labels.north, `font-size="${TEXT_FONT}" font-weight="700" fill="${theme.ink}" text-anchor="middle"`) +
    `</g>`
  );
}

const SCALE_BLOCK_HEIGHT = 1.6 + LINE * 1.1;
const NORTH_BLOCK = { width: 8, height: 6.5 + LINE * 1.1 };

/**
 * Splits entries, in order, into at most `columns` columns no taller than `height`; the
 * columns are balanced (the tallest is as short as it can be). Undefined when they do not fit.
 */
function splitColumns(entries: readonly LegendEntry[], columns: number, height: number): LegendEntry[][] | undefined {
  const greedy = (capacity: number): LegendEntry[][] => {
    const out: LegendEntry[][] = [[]];
    let used = 0;
    for (const e of entries) {
      const h = entryHeight(e);
      if (used + h > capacity + 1e-9 && (out.at(-1)?.length ?? 0) > 0) {
        out.push([]);
        used = 0;
      }
      out.at(-1)?.push(e);
      used += h;
    }
    return out;
  };
  const tallest = Math.max(0, ...entries.map(entryHeight));
  const total = entries.reduce((sum, e) => sum + entryHeight(e), 0);
  if (tallest > height) return undefined;
  // The shortest capacity, in 0.1 mm steps, with which the entries fill no more than `columns` columns.
  for (let capacity = Math.max(tallest, total / columns); capacity <= height + 1e-9; capacity += 0.1) {
    const split = greedy(capacity);
    if (split.length <= columns) return split;
  }
  return undefined;
}

function drawLegend(input: CommunityMapInput, box: Rect, projection: MapProjection, theme: PrintTheme): string {
  const parts: string[] = [`<g class="pm-legend">`];
  parts.push(textSvg(box.x, box.y + LINE * 0.8, input.labels.legend, `font-size="${TEXT_FONT}" font-weight="700" fill="${theme.ink}"`));
  const top = box.y + LINE + 1;
  const right = input.layout.legend === 'right';
  const columns = right ? 1 : Math.max(1, Math.floor(box.width / 52));
  const columnWidth = box.width / columns;
  const height = box.y + box.height - NORTH_BLOCK.height - 1 - top;
  // Full type names when they fit, else the short ones (long English names on a small map).
  // The street entry is the first to go when the panel is full: the map shows what streets are
  // (and, without them, the sources beside the map still name what the map is drawn from).
  let split: LegendEntry[][] | undefined;
  for (const [short, withStreets] of [[false, true], [true, true], [false, false], [true, false]] as const) {
    split = splitColumns(legendEntries(input, theme, columnWidth - LEGEND_SYMBOL - 3, short, withStreets), columns, height);
    if (split) break;
  }
  if (!split) throw new RangeError(`地图图例放不下：${fmt(box.width)}×${fmt(box.height)} 毫米的图例区放不下全部图例项`);
  split.forEach((column, i) => {
    let y = top;
    for (const e of column) {
      parts.push(drawEntry(e, box.x + i * columnWidth, y, theme));
      y += entryHeight(e);
    }
  });
  parts.push(scaleBar(projection, Math.min(40, box.width - NORTH_BLOCK.width - 6), box.x + 0.5, box.y + box.height - SCALE_BLOCK_HEIGHT, input.labels, theme).svg);
  parts.push(northArrow(box.x + box.width - NORTH_BLOCK.width / 2, box.y + box.height - NORTH_BLOCK.height, input.labels, theme));
  parts.push(`</g>`);
  return parts.join('');
}

/** The map's geometry before drawing: used by the renderer and by tests. */
export interface MapGeometry {
  frame: Rect;
  legend: Rect;
  projection: MapProjection;
  home: { x: number; y: number };
  placements: Placement[];
  /** Boxes of the ring (or area) labels, which markers and street names keep clear of. */
  ringLabelBoxes: Rect[];
}

/**
 * Where each ring's or walking area's label goes: the top of the ring; for an area its northmost
 * point, or (when an earlier label is already there, as where two areas end at the same dead end)
 * its eastmost, westmost or southmost point.
 */
function ringLabels(input: CommunityMapInput, projection: MapProjection, home: { x: number; y: number }): { label: string; x: number; y: number }[] {
  if (!input.areas?.length) return input.rings.map((ring) => ({ label: ring.label, x: home.x, y: home.y - ring.metres * projection.unitsPerMetre }));
  const placed: { label: string; x: number; y: number }[] = [];
  const clash = (x: number, y: number, label: string) =>
    placed.some((p) => Math.abs(p.y - y) < TEXT_FONT * 1.3 && Math.abs(p.x - x) < (textWidth(p.label, TEXT_FONT) + textWidth(label, TEXT_FONT)) / 2 + 1);
  for (const area of input.areas) {
    const pts = area.coordinates.flatMap((polygon) => (polygon[0] ?? []).map(([lon = 0, lat = 0]) => projection.project({ lon, lat })));
    if (pts.length === 0) continue;
    const extreme = (score: (p: { x: number; y: number }) => number) => pts.reduce((best, p) => (score(p) > score(best) ? p : best));
    const options = [extreme((p) => -p.y), extreme((p) => p.x), extreme((p) => -p.x), extreme((p) => p.y)];
    const at = options.find((p) => !clash(p.x, p.y, area.label)) ?? options[0];
    if (at) placed.push({ label: area.label, x: at.x, y: at.y });
  }
  return placed;
}

function areaPath(area: MapArea, projection: MapProjection): string {
  const parts: string[] = [];
  for (const polygon of area.coordinates)
    for (const ring of polygon) {
      const pts = ring.map(([lon = 0, lat = 0]) => projection.project({ lon, lat }));
      if (pts.length > 2) parts.push(`M${pts.map((p) => `${fmt(p.x)} ${fmt(p.y)}`).join('L')}Z`);
    }
  return parts.join('');
}

/** Lays out a map: fits the projection to the frame and places every marker. */
export function layoutCommunityMap(input: CommunityMapInput): MapGeometry {
  const { frame, legend } = frames(input.layout);
  const projection = fitProjection(mapBounds(input), frame, PADDING);
  const home = projection.project(input.home);
  const ringLabelBoxes = ringLabels(input, projection, home).map((l) => {
    const w = textWidth(l.label, TEXT_FONT);
    return { x: l.x - w / 2, y: l.y - TEXT_FONT * 0.6, width: w, height: TEXT_FONT * 1.2 };
  });
  const points = input.facilities.map((f) => projection.project(f));
  const obstacles = [boxAround(home.x, home.y, STAR_RADIUS), ...ringLabelBoxes];
  const placements = placeMarkers(points, MARKER_HALF, frame, obstacles);
  return { frame, legend, projection, home, placements, ringLabelBoxes };
}

/**
 * Renders a community (or town) print map as an SVG string: district outline, the home
 * point with its walking rings, numbered facility markers with a shape per type, a legend,
 * a scale bar and a north arrow. Every marker lies inside the map frame.
 */
export function renderCommunityMap(input: CommunityMapInput): string {
  const theme = input.theme ?? PRINT_THEME;
  const id = input.idPrefix ?? 'pm';
  const { layout, labels } = input;
  const g = layoutCommunityMap(input);
  const { frame, projection, home } = g;
  const rect = (r: Rect) => `x="${fmt(r.x)}" y="${fmt(r.y)}" width="${fmt(r.width)}" height="${fmt(r.height)}"`;
  const frameRectPath = `M${fmt(frame.x)} ${fmt(frame.y)}h${fmt(frame.width)}v${fmt(frame.height)}h${fmt(-frame.width)}Z`;
  const outline = outlinePath(input, projection);

  const out: string[] = [];
  const streets = input.streets?.length
    ? printStreets({
        features: input.streets,
        projection,
        frame,
        theme,
        obstacles: [boxAround(home.x, home.y, STAR_RADIUS + 0.5), ...g.ringLabelBoxes, ...g.placements.map((p) => boxAround(p.x, p.y, MARKER_HALF + 1.2))],
        home,
        idPrefix: id,
        overview: input.rings.length === 0,
      })
    : null;

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="pm-map" viewBox="0 0 ${fmt(layout.width)} ${fmt(layout.height)}" width="${fmt(layout.width)}mm" height="${fmt(layout.height)}mm" role="img" aria-labelledby="${input.labelledBy ? `${escapeXml(input.labelledBy)} ` : ''}${id}-title" font-family="${CJK_FONT_FAMILY}">`,
    `<title id="${id}-title">${escapeXml(labels.title)}</title>`,
    `<defs><clipPath id="${id}-clip"><rect ${rect(frame)}/></clipPath></defs>`,
    `<rect class="pm-paper" x="0" y="0" width="${fmt(layout.width)}" height="${fmt(layout.height)}" fill="${theme.paper}"/>`,
    `<g clip-path="url(#${id}-clip)">`,
    ...(input.images ?? []).map((img) => {
      const a = projection.project({ lon: img.west, lat: img.north });
      const b = projection.project({ lon: img.east, lat: img.south });
      return `<image class="pm-basemap" href="${escapeXml(img.href)}" x="${fmt(a.x)}" y="${fmt(a.y)}" width="${fmt(b.x - a.x)}" height="${fmt(b.y - a.y)}" preserveAspectRatio="none" opacity="0.6"/>`;
    }),
    streets?.geometry ?? '',
    // Over streets the outside is a veil, so streets across the boundary still show.
    `<path class="pm-outside" d="${frameRectPath}${outline}" fill="${theme.outside}"${streets || input.images?.length ? ' fill-opacity="0.55"' : ''} fill-rule="evenodd"/>`,
    `<path class="pm-outline" d="${outline}" fill="none" stroke="${theme.outline}" stroke-width="0.6" stroke-dasharray="1.6 0.9"/>`,
  );
  for (const area of input.areas ?? []) {
    out.push(`<path class="pm-area" data-minutes="${area.minutes}" d="${areaPath(area, projection)}" fill="${theme.ring}" fill-opacity="0.07" fill-rule="evenodd" stroke="${theme.ring}" stroke-width="0.45" stroke-linejoin="round"/>`);
  }
  if (streets) out.push(streets.labels);
  for (const ring of input.areas?.length ? [] : input.rings) {
    const r = ring.metres * projection.unitsPerMetre;
    out.push(
      `<circle class="pm-ring" data-metres="${fmt(ring.metres)}" cx="${fmt(home.x)}" cy="${fmt(home.y)}" r="${fmt(r)}" fill="none" stroke="${theme.ring}" stroke-width="0.45" stroke-dasharray="2.2 1.2"/>`,
    );
  }
  for (const l of ringLabels(input, projection, home)) {
    out.push(textSvg(l.x, l.y + TEXT_FONT * 0.36, l.label, `class="pm-ring__label" font-size="${TEXT_FONT}" fill="${theme.ink}" text-anchor="middle" ${haloAttrs(theme)}`));
  }
  out.push(`</g>`, `<rect class="pm-frame" ${rect(frame)} fill="none" stroke="${theme.ink}" stroke-width="0.5"/>`);

  // Leader lines and dots under the markers, for markers moved off their facility.
  out.push(`<g class="pm-leaders">`);
  input.facilities.forEach((f, i) => {
    const p = g.placements[i];
    if (!p?.displaced) return;
    const at = projection.project(f);
    out.push(
      `<line x1="${fmt(at.x)}" y1="${fmt(at.y)}" x2="${fmt(p.x)}" y2="${fmt(p.y)}" stroke="${theme.ink}" stroke-width="0.35"/>`,
      `<circle cx="${fmt(at.x)}" cy="${fmt(at.y)}" r="0.8" fill="${theme.ink}" stroke="${theme.paper}" stroke-width="0.25"/>`,
    );
  });
  out.push(`</g>`);

  out.push(
    `<g class="pm-home" transform="translate(${fmt(home.x)} ${fmt(home.y)})"><path d="${starPath(STAR_RADIUS)}" fill="${theme.ink}" stroke="${theme.paper}" stroke-width="0.5"/><title>${escapeXml(labels.home)}</title></g>`,
  );
  input.facilities.forEach((f, i) => {
    const p = g.placements[i];
    if (!p) return;
    const shape = TYPE_SHAPES[f.type];
    out.push(
      `<g class="pm-marker" data-number="${f.number}" data-facility-id="${escapeXml(f.id)}" data-type="${f.type}"${f.blocked ? ' data-blocked="true"' : ''} data-half="${fmt(MARKER_HALF)}" transform="translate(${fmt(p.x)} ${fmt(p.y)})">`,
      // Facility names are Chinese data on every page, English ones included.
      `<title lang="zh-CN">${escapeXml(`${f.number}. ${f.name}`)}</title>`,
      f.blocked ? `<circle class="pm-marker__blocked" r="${fmt(MARKER_HALF + 1.1)}" fill="${theme.paper}" stroke="${theme.ink}" stroke-width="0.45" stroke-dasharray="0.8 0.5"/>` : '',
      shapeSvg(shape, MARKER_SIZE, theme.typeFill[f.type], theme.ink, 0.5),
      markerNumberSvg(shape, f.number, theme),
      `</g>`,
    );
  });
  out.push(drawLegend(input, g.legend, projection, theme), `</svg>`);
  return out.join('');
}

/** The number inside a marker of `shape`, on the map and in the table alike. */
function markerNumberSvg(shape: MarkerShape, number: number, theme: PrintTheme): string {
  return textSvg(0, numberOffset(shape) * MARKER_SIZE, String(number), `font-size="${NUMBER_FONT}" font-weight="700" fill="${theme.ink}" text-anchor="middle" dominant-baseline="central"`);
}

/** A small standalone SVG of `inner`, drawn around 0,0 at the markers' size, `sizeMm` wide (for the table beside the map). */
function tableIconSvg(inner: string, sizeMm: number): string {
  const half = MARKER_HALF + 0.4;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="pm-icon" viewBox="${fmt(-half)} ${fmt(-half)} ${fmt(half * 2)} ${fmt(half * 2)}" width="${fmt(sizeMm)}mm" height="${fmt(sizeMm)}mm" aria-hidden="true" font-family="${CJK_FONT_FAMILY}">${inner}</svg>`;
}

/** A marker as a small standalone SVG (for the table beside the map), `sizeMm` wide; without a number for a row not drawn on the map. */
export function markerIconSvg(type: FacilityType, number: number | undefined, sizeMm = 8, theme: PrintTheme = PRINT_THEME): string {
  const shape = TYPE_SHAPES[type];
  return tableIconSvg(shapeSvg(shape, MARKER_SIZE, theme.typeFill[type], theme.ink, 0.5) + (number === undefined ? '' : markerNumberSvg(shape, number, theme)), sizeMm);
}

/** The ★ as drawn on the map, as a small SVG for the table row of the facility at the ★. */
export function starIconSvg(sizeMm = 8, theme: PrintTheme = PRINT_THEME): string {
  return tableIconSvg(`<path d="${starPath(STAR_RADIUS)}" fill="${theme.ink}" stroke="${theme.paper}" stroke-width="0.5"/>`, sizeMm);
}
