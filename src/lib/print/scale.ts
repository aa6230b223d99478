/** Scale-bar lengths: round numbers of metres people can read at a glance. */
const NICE_METRES = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000];

/**
 * The longest round length in metres whose bar fits in `maxUnits` map units at
 * `unitsPerMetre`; the shortest one when even that does not fit.
 */
export function niceScaleMetres(unitsPerMetre: number, maxUnits: number): number {
  let best = NICE_METRES[0] ?? 10;
  for (const m of NICE_METRES) if (m * unitsPerMetre <= maxUnits) best = m;
  return best;
}
