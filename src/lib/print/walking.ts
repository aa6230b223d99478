/**
 * Walking along streets on a print sheet, when a road graph is loaded: the reach areas drawn
 * instead of the straight-line rings, and each listed facility's walking distance — or the flag
 * that it is close in a straight line but cut off (a river, a canal, a fenced road between).
 */
import type { WalkGraph } from '../geo/graph.ts';
import { DEFAULT_PACE, RING_MINUTES } from '../geo/pace.ts';
import { facilityReach, reachAreas, reachFrom, type Reach } from '../geo/reach.ts';
import type { MapArea } from './render.ts';
import { maxReachMetres, walkingMinutes, type NearFacility } from './select.ts';

/** A listed facility with how it is reached from the ★. */
export interface SheetFacility extends NearFacility {
  /** Straight-line metres from the ★. */
  straightMetres: number;
  /** Measured along streets (`metres` and `minutes` are then walking figures). */
  walked: boolean;
  /** Inside the straight-line 15-minute circle, but not walkable within 15 minutes along streets. */
  blocked: boolean;
}

/** The 15-minute walking search from the ★ at the default elder pace; null without a graph or when no street is near. */
export function sheetReach(graph: WalkGraph | null | undefined, point: { lon: number; lat: number }): Reach | null {
  return graph ? reachFrom(graph, point.lon, point.lat, maxReachMetres()) : null;
}

/**
 * The listed facilities measured along streets: walkable ones first by walking distance, then the
 * cut-off ones by straight-line distance. Without a reach, straight-line figures as before.
 */
export function walkingFacilities(near: readonly NearFacility[], reach: Reach | null): SheetFacility[] {
  if (!reach) return near.map((n) => ({ ...n, straightMetres: n.metres, walked: false, blocked: false }));
  const measured = near.map((n): SheetFacility => {
    const walk = facilityReach(reach, n.facility.location);
    if (Number.isFinite(walk)) return { ...n, metres: walk, minutes: walkingMinutes(walk), straightMetres: n.metres, walked: true, blocked: false };
    return { ...n, straightMetres: n.metres, walked: true, blocked: true };
  });
  return measured.sort((a, b) => Number(a.blocked) - Number(b.blocked) || a.metres - b.metres);
}

/** The 5-, 10- and 15-minute walking areas, each with its label. */
export function sheetAreas(reach: Reach | null, label: (minutes: number) => string): MapArea[] {
  if (!reach) return [];
  return reachAreas(reach, DEFAULT_PACE, RING_MINUTES).features.map((f) => {
    const minutes = f.properties.minutes ?? 0;
    return { minutes, label: label(minutes), coordinates: f.geometry.coordinates };
  });
}
