/**
 * The street layer on a print sheet, as vector SVG under the facilities: water, rails, paths,
 * roads by class, and their names. Made to read in black and white: water is a light tint with a
 * fine hatch, roads are white with a dark outline (wider by class), paths dashed, steps in short
 * dashes, railways in the black-and-white rail pattern.
 *
 * Names are placed along a straight enough stretch of their street, the streets nearest the ★
 * first, and never where they would touch a marker, the ★, a ring label or another name (a name
 * that fits nowhere is left off rather than covered).
 */
import type { Position } from 'geojson';
import type { StreetLayerFeature } from '../../schemas/streets.ts';
import { contains, overlapArea } from './place.ts';
import type { MapProjection, Rect } from './projection.ts';
import { escapeXml, textWidth } from './text.ts';
import type { PrintTheme } from './theme.ts';

/** Sizes on paper in millimetres. */
const NAME_FONT = 3.5;
const PLACE_FONT = 3.2;
/** Road fill widths by class; the outline adds CASING on top. */
const ROAD_WIDTH: Record<string, number> = { major: 2.4, secondary: 1.9, minor: 1.3, service: 0.7 };
const CASING = 0.35;
/** Stretches that bend less than this (radians) between segments count as straight for a name. */
const STRAIGHT = (20 * Math.PI) / 180;

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export interface PrintStreetsInput {
  features: readonly StreetLayerFeature[];
  projection: MapProjection;
  frame: Rect;
  theme: PrintTheme;
  /** Where names must not go (markers, the ★, ring labels), in map units. */
  obstacles: readonly Rect[];
  /** The ★, whose nearest streets are named first. */
  home: { x: number; y: number };
  /** Prefix for ids inside the SVG. */
  idPrefix: string;
  /**
   * A town sheet (a few km across): only roads and water, thinner, no paths or service roads.
   * A community sheet (about 1.5 km across) shows everything.
   */
  overview?: boolean;
}

export interface PrintStreets {
  /** Water, rails, paths and roads, to go under everything else. */
  geometry: string;
  /** The names placed, to go above the geometry and the reach areas but under the markers. */
  labels: string;
  /** Names drawn on the map, nearest the ★ first. */
  named: string[];
}

type XY = [number, number];

function lineParts(f: StreetLayerFeature): Position[][] {
  const g = f.geometry;
  return g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
}

function polygonParts(f: StreetLayerFeature): Position[][][] {
  const g = f.geometry;
  return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

/** Whether a box of projected points touches the frame (plus a margin, so lines leaving it are still drawn). */
function touches(points: readonly XY[], frame: Rect, margin: number): boolean {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return x1 >= frame.x - margin && x0 <= frame.x + frame.width + margin && y1 >= frame.y - margin && y0 <= frame.y + frame.height + margin;
}

function pathOf(lines: readonly XY[][], close = false): string {
  return lines.map((l) => `M${l.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L')}${close ? 'Z' : ''}`).join('');
}

/** A candidate spot for a name: the middle of a straight stretch, its angle, and its length. */
interface Spot {
  x: number;
  y: number;
  angle: number;
  length: number;
}

/** Straight stretches of a projected line, each as a spot at its middle. */
function straightStretches(line: readonly XY[]): Spot[] {
  const spots: Spot[] = [];
  let start = 0;
  const heading = (i: number) => Math.atan2((line[i + 1]?.[1] ?? 0) - (line[i]?.[1] ?? 0), (line[i + 1]?.[0] ?? 0) - (line[i]?.[0] ?? 0));
  const close = (end: number) => {
    const a = line[start] as XY;
    const b = line[end] as XY;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length > 0) {
      let angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
      // Keep names upright.
      if (angle > Math.PI / 2) angle -= Math.PI;
      if (angle < -Math.PI / 2) angle += Math.PI;
      spots.push({ x: (a[0] + b[0]) / 2, y: (a[1] + b[1]) / 2, angle, length });
    }
  };
  for (let i = 1; i < line.length - 1; i++) {
    let turn = Math.abs(heading(i) - heading(i - 1));
    if (turn > Math.PI) turn = 2 * Math.PI - turn;
    if (turn > STRAIGHT) {
      close(i);
      start = i;
    }
  }
  if (line.length >= 2) close(line.length - 1);
  return spots;
}

/** The axis-aligned box around a name of width w and height h centred at a spot, turned by its angle. */
function nameBox(spot: { x: number; y: number; angle: number }, w: number, h: number): Rect {
  const c = Math.abs(Math.cos(spot.angle));
  const s = Math.abs(Math.sin(spot.angle));
  const bw = w * c + h * s;
  const bh = w * s + h * c;
  return { x: spot.x - bw / 2, y: spot.y - bh / 2, width: bw, height: bh };
}

const distanceTo = (p: { x: number; y: number }, home: { x: number; y: number }) => Math.hypot(p.x - home.x, p.y - home.y);

/** Draws the street layer for a print map. */
export function printStreets(input: PrintStreetsInput): PrintStreets {
  const { projection, frame, theme, idPrefix } = input;
  const overview = input.overview ?? false;
  const project = (p: Position): XY => {
    const q = projection.project({ lon: p[0] as number, lat: p[1] as number });
    return [q.x, q.y];
  };
  const water: string[] = [];
  const waterways: string[] = [];
  const rails: string[] = [];
  const paths: string[] = [];
  const casings: string[] = [];
  const roads: string[] = [];
  /** Named lines: their projected parts, for the names. */
  const named = new Map<string, { priority: number; water: boolean; lines: XY[][] }>();
  const points: { name: string; x: number; y: number; landmark: boolean }[] = [];

  for (const f of input.features) {
    const p = f.properties;
    if (p.kind === 'place' || p.kind === 'landmark') {
      if (overview) continue;
      const [x, y] = project(f.geometry.coordinates as Position);
      if (x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height) points.push({ name: p.name, x, y, landmark: p.kind === 'landmark' });
      continue;
    }
    if (p.kind === 'water') {
      for (const polygon of polygonParts(f)) {
        const rings = polygon.map((r) => r.map(project));
        if (rings[0] && touches(rings[0], frame, 5)) water.push(pathOf(rings, true));
      }
      continue;
    }
    if (overview && (p.kind === 'path' || (p.kind === 'road' && p.class === 'service'))) continue;
    const lines = lineParts(f).map((l) => l.map(project)).filter((l) => touches(l, frame, 5));
    if (lines.length === 0) continue;
    const d = pathOf(lines);
    const scale = overview ? 0.6 : 1;
    if (p.kind === 'waterway') {
      waterways.push(`<path d="${d}" fill="none" stroke="${theme.water}" stroke-width="${fmt((p.class === 'stream' ? 0.5 : 1.2) * scale)}" stroke-linecap="round" stroke-linejoin="round"/>`);
    } else if (p.kind === 'railway') {
      rails.push(
        `<path d="${d}" fill="none" stroke="${theme.rail}" stroke-width="${fmt(0.8 * scale)}"/>`,
        `<path d="${d}" fill="none" stroke="${theme.paper}" stroke-width="${fmt(0.45 * scale)}" stroke-dasharray="1.6 1.6"/>`,
      );
    } else if (p.kind === 'path') {
      if (p.bridge) paths.push(`<path class="pm-streets__bridge" d="${d}" fill="none" stroke="${theme.paper}" stroke-width="1.2" stroke-linecap="butt"/>`);
      const dash = p.class === 'steps' ? 'stroke-width="0.9" stroke-dasharray="0.25 0.35"' : `stroke-width="${p.bridge ? 0.45 : 0.3}" stroke-dasharray="${p.bridge ? 'none' : '1.1 0.6'}"`;
      paths.push(`<path d="${d}" fill="none" stroke="${theme.path}" ${dash}/>`);
    } else {
      const width = (ROAD_WIDTH[p.class] ?? 1) * scale;
      casings.push(`<path d="${d}" fill="none" stroke="${p.bridge ? theme.ink : theme.casing}" stroke-width="${fmt(width + 2 * CASING)}" stroke-linecap="round" stroke-linejoin="round"/>`);
      roads.push(`<path d="${d}" fill="none" stroke="${theme.paper}" stroke-width="${fmt(width)}" stroke-linecap="round" stroke-linejoin="round"/>`);
    }
    if (p.name && (p.kind !== 'path' || !overview)) {
      const priority = p.kind === 'road' ? ({ major: 0, secondary: 1, minor: 2, service: 3 } as Record<string, number>)[p.class] ?? 3 : p.kind === 'waterway' ? 1 : 4;
      if (!overview || priority <= 1) {
        const entry = named.get(p.name) ?? { priority, water: p.kind === 'waterway', lines: [] };
        entry.priority = Math.min(entry.priority, priority);
        entry.lines.push(...lines);
        named.set(p.name, entry);
      }
    }
  }

  const hatch = `${idPrefix}-water`;
  const geometry =
    `<defs><pattern id="${hatch}" width="1.4" height="1.4" patternUnits="userSpaceOnUse"><path d="M0 0.7H1.4" stroke="${theme.waterHatch}" stroke-width="0.15"/></pattern></defs>` +
    `<g class="pm-streets" data-street-layer="true">` +
    (water.length ? `<path class="pm-streets__water" d="${water.join('')}" fill="${theme.water}" fill-rule="evenodd"/><path d="${water.join('')}" fill="url(#${hatch})" fill-rule="evenodd"/>` : '') +
    waterways.join('') +
    rails.join('') +
    paths.join('') +
    casings.join('') +
    roads.join('') +
    `</g>`;

  // Names: nearest the ★ first, so the streets an elder walks from the star are the ones named.
  const placed: Rect[] = [];
  const inner: Rect = { x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2 };
  const free = (box: Rect) => contains(inner, box) && ![...input.obstacles, ...placed].some((o) => overlapArea(o, box) > 0);
  const labels: string[] = [];
  const drawn: string[] = [];
  const candidates = [...named.entries()].map(([name, entry]) => {
    const width = textWidth(name, NAME_FONT) + 1.5;
    const spots = entry.lines.flatMap(straightStretches).filter((s) => s.length >= width + 1).sort((a, b) => distanceTo(a, input.home) - distanceTo(b, input.home));
    return { name, entry, width, spots, nearest: spots[0] ? distanceTo(spots[0], input.home) : Infinity };
  });
  candidates.sort((a, b) => a.nearest - b.nearest || a.entry.priority - b.entry.priority);
  for (const c of candidates) {
    for (const spot of c.spots) {
      // Try the middle of the stretch, then further along it either way.
      const along = [0, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.4, -0.4, 0.5, -0.5].map((k) => k * Math.max(0, spot.length - c.width));
      const at = along
        .map((t) => ({ x: spot.x + t * Math.cos(spot.angle), y: spot.y + t * Math.sin(spot.angle), angle: spot.angle }))
        .find((s) => free(nameBox(s, c.width, NAME_FONT * 1.25)));
      if (!at) continue;
      placed.push(nameBox(at, c.width, NAME_FONT * 1.25));
      const deg = (at.angle * 180) / Math.PI;
      const style = c.entry.water ? `fill="${theme.waterLabel}" font-style="italic"` : `fill="${theme.ink}"`;
      labels.push(
        `<text class="pm-streets__name" x="${fmt(at.x)}" y="${fmt(at.y)}" transform="rotate(${fmt(deg)} ${fmt(at.x)} ${fmt(at.y)})" font-size="${NAME_FONT}" text-anchor="middle" dominant-baseline="central" ${style} stroke="${theme.paper}" stroke-width="0.9" stroke-linejoin="round" paint-order="stroke" lang="zh-CN">${escapeXml(c.name)}</text>`,
      );
      drawn.push(c.name);
      break;
    }
  }
  for (const pt of points.sort((a, b) => distanceTo(a, input.home) - distanceTo(b, input.home))) {
    const w = textWidth(pt.name, PLACE_FONT);
    const box: Rect = { x: pt.x + (pt.landmark ? 1.2 : -w / 2), y: pt.y - PLACE_FONT * 0.65, width: w, height: PLACE_FONT * 1.3 };
    const dot: Rect = { x: pt.x - 0.8, y: pt.y - 0.8, width: 1.6, height: 1.6 };
    if (!free(box) || (pt.landmark && !free(dot))) continue;
    placed.push(box);
    if (pt.landmark) {
      placed.push(dot);
      labels.push(`<rect x="${fmt(pt.x - 0.6)}" y="${fmt(pt.y - 0.6)}" width="1.2" height="1.2" fill="${theme.ink}"/>`);
    }
    const anchor = pt.landmark ? 'start' : 'middle';
    labels.push(
      `<text class="pm-streets__place" x="${fmt(pt.landmark ? box.x : pt.x)}" y="${fmt(pt.y)}" font-size="${PLACE_FONT}" text-anchor="${anchor}" dominant-baseline="central" fill="${theme.ink}" ${pt.landmark ? '' : 'font-weight="700" '}stroke="${theme.paper}" stroke-width="0.9" stroke-linejoin="round" paint-order="stroke" lang="zh-CN">${escapeXml(pt.name)}</text>`,
    );
  }
  return { geometry, labels: `<g class="pm-streets__labels">${labels.join('')}</g>`, named: drawn };
}
