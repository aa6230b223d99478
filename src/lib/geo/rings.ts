/**
 * Straight-line rings at 5, 10 and 15 minutes' walk: what the map draws when there is no
 * road data (or the home is too far from any mapped road to snap to it).
 *
 * A straight line is shorter than any walk, so the rings over-promise near rivers, canals,
 * railways and expressways; each ring therefore carries the label 直线距离估算
 * (straight-line estimate), and the map must show it.
 */
import circle from '@turf/circle';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { minutesToMetres, RING_MINUTES, type Pace } from './pace.ts';

/** How a ring or area was worked out. */
export type ReachMethod = 'straight-line' | 'walking-network';

/** The label every straight-line ring carries. */
export const STRAIGHT_LINE_LABEL_ZH = '直线距离估算';
export const STRAIGHT_LINE_LABEL_EN = 'Straight-line estimate';

/** Properties of each ring feature. */
export interface RingProperties {
  /** Walking minutes this ring stands for. */
  minutes: number;
  /** Radius in metres (minutes × 60 × pace). */
  metres: number;
  /** Pace in metres per second used for the radius. */
  metresPerSecond: number;
  /** Always 'straight-line' for rings. */
  method: ReachMethod;
  /** 直线距离估算 */
  labelZh: string;
  /** Straight-line estimate */
  labelEn: string;
}

export interface RingOptions {
  /** Minutes to draw, smallest first; RING_MINUTES (5, 10, 15) by default. */
  minutes?: readonly number[];
  /** Vertices per ring; 64 keeps the polygon within 0.12 % of the true circle's radius between vertices. */
  steps?: number;
}

/**
 * Circles (GeoJSON polygons, WGS-84) around a point for each ring minute at the pace,
 * largest first so that a map drawing them in order leaves the small rings on top.
 * Vertices lie on the circle (great-circle distance = radius); the edges between them cut
 * slightly inside.
 */
export function straightLineRings(
  lon: number,
  lat: number,
  pace: Pace,
  options: RingOptions = {},
): FeatureCollection<Polygon, RingProperties> {
  const minutes = options.minutes ?? RING_MINUTES;
  const steps = options.steps ?? 64;
  const metresPerSecond = typeof pace === 'number' ? pace : pace.metresPerSecond;
  const features: Feature<Polygon, RingProperties>[] = [...minutes]
    .sort((a, b) => b - a)
    .map((m) => {
      const metres = minutesToMetres(m, pace);
      const ring = circle([lon, lat], metres, { steps, units: 'meters' });
      return {
        type: 'Feature',
        geometry: ring.geometry,
        properties: {
          minutes: m,
          metres,
          metresPerSecond,
          method: 'straight-line',
          labelZh: STRAIGHT_LINE_LABEL_ZH,
          labelEn: STRAIGHT_LINE_LABEL_EN,
        },
      };
    });
  return { type: 'FeatureCollection', features };
}
