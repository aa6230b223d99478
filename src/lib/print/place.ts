/**
 * Where to draw numbered markers so that none overlaps another, the community's own point,
 * a ring label or another facility's exact position, and every one stays inside the map
 * frame. A marker sits on its facility when it can; otherwise it moves to the nearest free
 * spot and the map draws a leader line back to a dot at the true position.
 */
import type { Rect } from './projection.ts';

/** A point in map units. */
export interface Point {
  x: number;
  y: number;
}

/** Where one marker goes. */
export interface Placement {
  /** Centre of the marker, in map units. */
  x: number;
  y: number;
  /** True when the marker is away from its facility's position (draw a leader line). */
  displaced: boolean;
}

/** The square box of half-size `half` around (x, y). */
export function boxAround(x: number, y: number, half: number): Rect {
  return { x: x - half, y: y - half, width: half * 2, height: half * 2 };
}

/** Area shared by two rectangles (0 when they only touch). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}

/** Candidate centres around a point, nearest first: the point itself, then rings of 16 directions. */
function candidates(p: Point, half: number): Point[] {
  const out: Point[] = [p];
  for (let ring = 1; ring <= 8; ring++) {
    const r = half * (1.3 + ring * 0.9);
    for (let i = 0; i < 16; i++) {
      // Start up and to the right, the usual place for a label, and go round.
      const angle = -Math.PI / 4 + (Math.PI / 8) * i;
      out.push({ x: p.x + r * Math.cos(angle), y: p.y + r * Math.sin(angle) });
    }
  }
  return out;
}

/**
 * Places one marker of half-size `half` per point, in order (earlier points get the better
 * spots), inside `frame` and clear of `obstacles` and of the other points' exact positions.
 * When no spot is free, takes the one with the least overlap: the result is always inside
 * the frame.
 */
export function placeMarkers(points: readonly Point[], half: number, frame: Rect, obstacles: readonly Rect[] = [], gap = 0.6): Placement[] {
  const inner = { x: frame.x + half + gap, y: frame.y + half + gap, maxX: frame.x + frame.width - half - gap, maxY: frame.y + frame.height - half - gap };
  if (inner.maxX < inner.x || inner.maxY < inner.y) throw new RangeError('placeMarkers: 地图框比标记还小');
  const dotHalf = 0.8;
  const placed: Rect[] = [];
  const result: Placement[] = [];
  points.forEach((p, index) => {
    const blockers = [
      ...obstacles,
      ...placed,
      // Other facilities' exact spots, except those sharing this one's spot (the marker covers them all).
      ...points.filter((q, j) => j !== index && Math.hypot(q.x - p.x, q.y - p.y) > 1e-6).map((q) => boxAround(q.x, q.y, dotHalf)),
    ];
    let best: { point: Point; cost: number } | undefined;
    for (const c of candidates(p, half + gap)) {
      const point = { x: clamp(c.x, inner.x, inner.maxX), y: clamp(c.y, inner.y, inner.maxY) };
      const box = boxAround(point.x, point.y, half + gap);
      const cost = blockers.reduce((sum, b) => sum + overlapArea(box, b), 0);
      if (cost === 0) {
        best = { point, cost };
        break;
      }
      if (!best || cost < best.cost) best = { point, cost };
    }
    const point = best?.point ?? { x: clamp(p.x, inner.x, inner.maxX), y: clamp(p.y, inner.y, inner.maxY) };
    placed.push(boxAround(point.x, point.y, half));
    result.push({ ...point, displaced: Math.hypot(point.x - p.x, point.y - p.y) > 1e-6 });
  });
  return result;
}
