/**
 * Distances in words (“约 650 米”, “约 1.2 公里”), from templates, so that pages at build
 * time and scripts in the browser write them the same way. Browser-safe.
 */

/** Templates for the two units, with {n}. */
export interface DistanceWords {
  /** e.g. “{n} 米”. */
  metres: string;
  /** e.g. “{n} 公里”. */
  km: string;
}

/**
 * Rounded for reading aloud: to 10 m under 1 km, to 0.1 km above. A straight-line estimate
 * has no more precision than that.
 */
export function formatDistance(metres: number, words: DistanceWords): string {
  if (metres < 995) return words.metres.replace('{n}', String(Math.max(10, Math.round(metres / 10) * 10)));
  return words.km.replace('{n}', (Math.round(metres / 100) / 10).toFixed(1));
}
