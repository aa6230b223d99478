/**
 * A small static map of a facility's surroundings, drawn as SVG at build time: the district
 * outline, the 15-minute straight-line circle, the facility as a star and its numbered
 * neighbours as shapes by type. No WebGL and no tiles, so it shows without JavaScript,
 * prints, and costs a few kilobytes.
 *
 * NOTE: the print branch (src/lib/print/render.ts) has a fuller paper-map renderer with a
 * legend and label placement. When it lands on main, this file should give way to it if it
 * fits a web page; until then this stays minimal on purpose.
 *
 * The SVG carries no words in any language except its accessible title and description,
 * which the caller supplies; the legend and the list of names are HTML beside the map, where
 * the reader's text size applies.
 */
import type { FacilityType } from '../../schemas/facility-type.ts';
import { localProjection } from '../geo/distance.ts';

/** GeoJSON MultiPolygon coordinates in WGS-84. */
export type MultiPolygonCoords = readonly (readonly (readonly (readonly number[])[])[])[];

/** One numbered neighbour on the map. */
export interface MapMarker {
  /** Number shown in the marker and in the list beside the map. */
  number: number;
  type: FacilityType;
  lon: number;
  lat: number;
}

export interface StaticMapInput {
  /** District outline. */
  outline: MultiPolygonCoords;
  /** The facility the page is about. */
  centre: { lon: number; lat: number };
  /** Radius of the circle drawn around the centre, in metres; 0 for none. */
  circleMetres: number;
  /** Neighbours, numbered. */
  markers: readonly MapMarker[];
  /** Ground distance from the centre to the map's edge, in metres (the half-height of the view). */
  extentMetres: number;
  /** Width and height in SVG units (pixels at 100 %). */
  width: number;
  height: number;
  /** Accessible title and description of the map. */
  title: string;
  description: string;
  /** Scale-bar label for a length in metres, e.g. 500 → “500 米”. */
  scaleLabel: (metres: number) => string;
  /** Prefix for ids inside the SVG, unique on the page. */
  idPrefix: string;
}

/** Shapes by type, so markers differ by more than colour (with a letter-free outline each). */
export const MARKER_SHAPES: Record<FacilityType, 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon'> = {
  canteen: 'circle',
  'care-centre': 'square',
  'town-centre': 'triangle',
  'care-home': 'diamond',
  'health-partner': 'hexagon',
};

const MARKER_RADIUS = 11;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function round(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

/** The SVG path of a marker shape centred on (x, y). */
export function shapePath(shape: (typeof MARKER_SHAPES)[FacilityType], x: number, y: number, r = MARKER_RADIUS): string {
  const pts = (n: number, start: number, radius: number) =>
    Array.from({ length: n }, (_, i) => {
      const a = start + (i * 2 * Math.PI) / n;
      return `${round(x + radius * Math.cos(a))},${round(y + radius * Math.sin(a))}`;
    });
  switch (shape) {
    case 'circle':
      return `M${round(x - r)},${round(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return `M${round(x - r * 0.9)},${round(y - r * 0.9)}h${round(r * 1.8)}v${round(r * 1.8)}h${round(-r * 1.8)}Z`;
    case 'triangle':
      return `M${pts(3, -Math.PI / 2, r * 1.2).join('L')}Z`;
    case 'diamond':
      return `M${pts(4, -Math.PI / 2, r * 1.15).join('L')}Z`;
    case 'hexagon':
      return `M${pts(6, 0, r * 1.05).join('L')}Z`;
  }
}

/** A five-pointed star centred on (x, y). */
function starPath(x: number, y: number, r: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? r : r * 0.45;
    return `${round(x + radius * Math.cos(a))},${round(y + radius * Math.sin(a))}`;
  });
  return `M${points.join('L')}Z`;
}

/** A round scale-bar length: the largest of 1, 2, 5 × 10^n metres not longer than `maxMetres`. */
export function niceScaleMetres(maxMetres: number): number {
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  return [5, 2, 1].map((m) => m * power).find((m) => m <= maxMetres) ?? power;
}

/** The map as an SVG string. */
export function renderStaticMap(input: StaticMapInput): string {
  const { width, height, centre, extentMetres } = input;
  const projection = localProjection(centre.lon, centre.lat);
  const scale = height / 2 / extentMetres;
  const px = (lon: number) => width / 2 + projection.x(lon) * scale;
  const py = (lat: number) => height / 2 - projection.y(lat) * scale;
  const id = (name: string) => `${input.idPrefix}-${name}`;

  const outline = input.outline
    .map((polygon) => polygon.map((ring) => `M${ring.map(([lon = 0, lat = 0]) => `${round(px(lon))},${round(py(lat))}`).join('L')}Z`).join(''))
    .join('');

  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#f2f5f7"/>`);
  // The district in white on grey: outside the district is shaded, so the boundary reads without a legend.
  parts.push(`<path d="${outline}" fill="#ffffff" stroke="#5a6470" stroke-width="2" stroke-dasharray="8 4" fill-rule="evenodd"/>`);
  if (input.circleMetres > 0) {
    const r = input.circleMetres * scale;
    parts.push(`<circle cx="${round(width / 2)}" cy="${round(height / 2)}" r="${round(r)}" fill="#0a4f96" fill-opacity="0.08" stroke="#0a4f96" stroke-width="2.5"/>`);
  }
  for (const marker of input.markers) {
    const x = px(marker.lon);
    const y = py(marker.lat);
    parts.push(
      `<g data-marker="${marker.number}" data-type="${marker.type}"><path d="${shapePath(MARKER_SHAPES[marker.type], x, y)}" fill="#ffffff" stroke="#1a1a1a" stroke-width="2"/>` +
        `<text x="${round(x)}" y="${round(y + 4.5)}" text-anchor="middle" font-size="13" font-weight="700" fill="#1a1a1a" font-family="sans-serif">${marker.number}</text></g>`,
    );
  }
  parts.push(`<path data-centre="" d="${starPath(width / 2, height / 2, 15)}" fill="#b84a00" stroke="#ffffff" stroke-width="2"/>`);

  // Scale bar, bottom left, about a quarter of the width.
  const barMetres = niceScaleMetres(width / 4 / scale);
  const barPx = barMetres * scale;
  const bx = 12;
  const by = height - 14;
  parts.push(
    `<g data-scale-bar="${barMetres}"><rect x="${bx - 6}" y="${by - 24}" width="${round(barPx + 12)}" height="34" fill="#ffffff" fill-opacity="0.85"/>` +
      `<path d="M${bx},${by - 6}v6h${round(barPx)}v-6" fill="none" stroke="#1a1a1a" stroke-width="2"/>` +
      `<text x="${bx}" y="${by - 10}" font-size="13" fill="#1a1a1a" font-family="sans-serif">${escapeXml(input.scaleLabel(barMetres))}</text></g>`,
  );
  // North arrow, top right.
  parts.push(`<path d="M${width - 22},10l8,20l-8,-5l-8,5Z" fill="#1a1a1a"/><text x="${width - 22}" y="44" text-anchor="middle" font-size="13" font-weight="700" fill="#1a1a1a" font-family="sans-serif">N</text>`);

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id('title')} ${id('desc')}">` +
    `<title id="${id('title')}">${escapeXml(input.title)}</title><desc id="${id('desc')}">${escapeXml(input.description)}</desc>` +
    `<defs><clipPath id="${id('clip')}"><rect width="${width}" height="${height}"/></clipPath></defs>` +
    `<g clip-path="url(#${id('clip')})">${parts.join('')}</g></svg>`
  );
}
