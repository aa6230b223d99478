/**
 * Walking minutes for a distance, as the pages show them: rounded up to a whole minute (a
 * 14.2-minute walk is 15), and never less than 1 (“0 分钟” reads as a mistake). Browser-safe.
 */
export function walkMinutesAt(metres: number, metresPerSecond: number): number {
  return Math.max(1, Math.ceil(metres / metresPerSecond / 60 - 1e-9));
}
