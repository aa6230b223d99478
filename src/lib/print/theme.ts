/**
 * Colours and symbols of the print maps, named by role. Print maps must read in black and
 * white: every facility type has its own SHAPE, every marker its own NUMBER, and the fill
 * colours are only a second cue (they print as light greys behind black numbers).
 */
import type { FacilityType } from '../../schemas/facility-type.ts';

/** A marker outline shape. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon';

/** Colours of a print map theme, by role. */
export interface PrintTheme {
  /** Lines and text. */
  ink: string;
  /** Background of the paper and halos behind text. */
  paper: string;
  /** Walking rings. */
  ring: string;
  /** The district outline. */
  outline: string;
  /** Area outside the district. */
  outside: string;
  /** Fill of each facility type's marker (a light tint: numbers stay readable in greyscale). */
  typeFill: Record<FacilityType, string>;
  /** Street layer: water tint and its hatch, names of water, railways, paths, road outlines. */
  water: string;
  waterHatch: string;
  waterLabel: string;
  rail: string;
  path: string;
  casing: string;
}

/** The default print theme. */
export const PRINT_THEME: PrintTheme = {
  ink: '#000000',
  paper: '#ffffff',
  ring: '#333333',
  outline: '#555555',
  outside: '#e6e6e6',
  typeFill: {
    canteen: '#ffe0b3',
    'care-centre': '#cdebd3',
    'town-centre': '#cfe2ff',
    'care-home': '#ead7f5',
    'health-partner': '#f8d0d5',
  },
  water: '#d4e4f0',
  waterHatch: '#7d9cb4',
  waterLabel: '#1f3f5a',
  rail: '#333333',
  path: '#444444',
  casing: '#666666',
};

/** Which shape stands for which facility type; shapes are all different. */
export const TYPE_SHAPES: Record<FacilityType, MarkerShape> = {
  canteen: 'circle',
  'care-centre': 'square',
  'town-centre': 'triangle',
  'care-home': 'diamond',
  'health-partner': 'hexagon',
};

/** The font stack of all map text: the Noto CJK fonts Debian ships, then common system fonts. */
export const CJK_FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif";

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function polygon(points: readonly [number, number][]): string {
  return `M${points.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L')}Z`;
}

/**
 * SVG for a marker shape of nominal `size` centred at (0, 0). Shapes are scaled to look
 * equally large (a triangle needs more width than a circle to hold a number).
 */
export function shapeSvg(shape: MarkerShape, size: number, fill: string, stroke: string, strokeWidth: number): string {
  const r = size / 2;
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${fmt(strokeWidth)}" stroke-linejoin="round"`;
  switch (shape) {
    case 'circle':
      return `<circle r="${fmt(r)}" ${paint}/>`;
    case 'square':
      return `<rect x="${fmt(-r * 0.9)}" y="${fmt(-r * 0.9)}" width="${fmt(r * 1.8)}" height="${fmt(r * 1.8)}" ${paint}/>`;
    case 'triangle': {
      // The centroid sits at (0, 0); the number is drawn a little lower (see numberOffset).
      const h = r * 2.1;
      return `<path d="${polygon([[0, -h * (2 / 3)], [h / Math.sqrt(3), h / 3], [-h / Math.sqrt(3), h / 3]])}" ${paint}/>`;
    }
    case 'diamond':
      return `<path d="${polygon([[0, -r * 1.2], [r * 1.2, 0], [0, r * 1.2], [-r * 1.2, 0]])}" ${paint}/>`;
    case 'hexagon': {
      const points: [number, number][] = [];
      for (let i = 0; i < 6; i++) points.push([r * 1.05 * Math.cos((Math.PI / 3) * i), r * 1.05 * Math.sin((Math.PI / 3) * i)]);
      return `<path d="${polygon(points)}" ${paint}/>`;
    }
  }
}

/** How far below the centre a number sits inside a shape (in sizes), so it looks centred. */
export function numberOffset(shape: MarkerShape): number {
  return shape === 'triangle' ? 0.12 : 0;
}

/** Half the width and height of the box a shape of nominal `size` takes up. */
export function shapeHalfExtent(shape: MarkerShape, size: number): number {
  const r = size / 2;
  switch (shape) {
    case 'triangle':
      return (r * 2.1) / Math.sqrt(3);
    case 'diamond':
      return r * 1.2;
    case 'hexagon':
      return r * 1.05;
    default:
      return r;
  }
}

/** A five-pointed star of outer radius `r` centred at (0, 0): the community's own point. */
export function starPath(r: number): string {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (Math.PI / 5) * i;
    points.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
  }
  return polygon(points);
}
