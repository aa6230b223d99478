/**
 * Facility symbols: each type has its own shape AND its own letter, so types stay apart for people
 * who cannot tell the colours apart and on a black-and-white printout.
 *
 * The style has no glyph server and no sprite, so the symbols are drawn on a canvas in the browser
 * and handed to MapLibre with map.addImage (see mount.ts).
 */
import { FACILITY_TYPE_ORDER, type FacilityType } from '../schemas/facility-type.ts';
import type { MapTheme } from './theme.ts';

export type SymbolShape = 'circle' | 'square' | 'hexagon' | 'house' | 'diamond';

export interface FacilitySymbol {
  /** One Chinese character drawn on the shape. */
  letter: string;
  shape: SymbolShape;
}

export const FACILITY_SYMBOLS: Record<FacilityType, FacilitySymbol> = {
  canteen: { letter: '食', shape: 'circle' },
  'care-centre': { letter: '照', shape: 'square' },
  'town-centre': { letter: '中', shape: 'hexagon' },
  'care-home': { letter: '院', shape: 'house' },
  'health-partner': { letter: '医', shape: 'diamond' },
};

/** The image id MapLibre knows a type's symbol by (icon-image in facilities_<type>). */
export function symbolImageId(type: FacilityType): string {
  return `facility-${type}`;
}

/** Every symbol image the style refers to. */
export const SYMBOL_IMAGE_IDS: readonly string[] = FACILITY_TYPE_ORDER.map(symbolImageId);

/** Symbol size in CSS pixels: large enough to tap and to read the letter. */
export const SYMBOL_SIZE = 34;

/** The part of CanvasRenderingContext2D the drawing needs (so OffscreenCanvas works too). */
export type SymbolContext = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'arc' | 'rect' | 'moveTo' | 'lineTo' | 'closePath' | 'fill' | 'stroke' | 'fillText' | 'clearRect'
> & {
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  lineWidth: number;
  lineJoin: CanvasLineJoin;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
};

/** Vertices of a polygonal shape centred on (c, c) with radius r, clockwise from the top. */
export function shapeVertices(shape: Exclude<SymbolShape, 'circle'>, c: number, r: number): [number, number][] {
  switch (shape) {
    case 'square': {
      const h = r * 0.86;
      return [[c - h, c - h], [c + h, c - h], [c + h, c + h], [c - h, c + h]];
    }
    case 'diamond':
      return [[c, c - r], [c + r, c], [c, c + r], [c - r, c]];
    case 'hexagon':
      return Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i - Math.PI / 2;
        return [c + r * Math.cos(a), c + r * Math.sin(a)] as [number, number];
      });
    case 'house': {
      const h = r * 0.86;
      return [[c, c - r], [c + h, c - r * 0.2], [c + h, c + h], [c - h, c + h], [c - h, c - r * 0.2]];
    }
  }
}

/**
 * Draws one facility symbol into a square of `size` device pixels. The letter is drawn with the
 * reader's own CJK fonts; no font file is downloaded.
 */
export function drawFacilitySymbol(ctx: SymbolContext, type: FacilityType, theme: MapTheme, size: number): void {
  const { letter, shape } = FACILITY_SYMBOLS[type];
  const colours = theme.facility[type];
  const c = size / 2;
  const stroke = Math.max(2, size / 14);
  const r = c - stroke;
  ctx.clearRect(0, 0, size, size);
  ctx.beginPath();
  if (shape === 'circle') {
    ctx.arc(c, c, r, 0, Math.PI * 2);
  } else {
    const [first, ...rest] = shapeVertices(shape, c, r);
    if (first) ctx.moveTo(first[0], first[1]);
    for (const [x, y] of rest) ctx.lineTo(x, y);
    ctx.closePath();
  }
  ctx.fillStyle = colours.fill;
  ctx.fill();
  ctx.lineWidth = stroke;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = colours.stroke;
  ctx.stroke();
  ctx.fillStyle = colours.letter;
  ctx.font = `bold ${Math.round(size * 0.5)}px "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  // The house's roof takes room at the top; nudge its letter down.
  ctx.fillText(letter, c, shape === 'house' ? c + size * 0.08 : c + size * 0.03);
}
