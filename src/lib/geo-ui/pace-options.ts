/**
 * The pace presets as the map page hands them to its island (label and source in the page
 * language), and the walking search a pace asks for. Browser-safe.
 */
import type { Lang } from '../../i18n/index.ts';
import type { WalkGraph } from '../geo/graph.ts';
import { MAX_RING_MINUTES, minutesToMetres, PACE_PRESETS, type PacePreset } from '../geo/pace.ts';
import { reachFrom, type Reach } from '../geo/reach.ts';

/** A pace preset as the page shows it. */
export interface PaceOption {
  id: string;
  metresPerSecond: number;
  /** The walking search avoids steps (台阶) at this pace, as the preset says. */
  avoidSteps: boolean;
  label: string;
  source: string;
}

export function paceOptions(lang: Lang, presets: readonly PacePreset[] = PACE_PRESETS): PaceOption[] {
  const en = lang === 'en';
  return presets.map((p) => ({
    id: p.id,
    metresPerSecond: p.metresPerSecond,
    avoidSteps: p.avoidSteps,
    label: en ? p.labelEn : p.labelZh,
    source: en ? p.sourceEn : p.sourceZh,
  }));
}

/** The 15-minute walking search from a point at a pace; null when the point is not near any street. */
export function walkingReach(graph: WalkGraph, lon: number, lat: number, pace: Pick<PaceOption, 'metresPerSecond' | 'avoidSteps'>): Reach | null {
  return reachFrom(graph, lon, lat, minutesToMetres(MAX_RING_MINUTES, pace.metresPerSecond), { avoidSteps: pace.avoidSteps });
}
