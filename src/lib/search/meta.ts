/**
 * Opening hours carried in a search result's metadata, so the search page can show today's
 * state computed for the reader's moment rather than the day the site was built.
 * Pagefind metadata values are plain strings and its attribute syntax splits on commas, so the
 * hours travel as URI-encoded JSON (which has no commas). Browser-safe.
 */
import type { OpeningHours } from '../../schemas/hours.ts';

export function encodeHoursMeta(hours: OpeningHours): string {
  return encodeURIComponent(JSON.stringify({ periods: hours.periods, publicHolidays: hours.publicHolidays, adjustedWorkdays: hours.adjustedWorkdays, text: '' }));
}

/** The hours back from a result's metadata; undefined when absent or unreadable. */
export function decodeHoursMeta(value: string | undefined): OpeningHours | undefined {
  if (!value) return undefined;
  try {
    const hours = JSON.parse(decodeURIComponent(value)) as OpeningHours;
    return Array.isArray(hours.periods) ? hours : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The line a place's result shows (“照料中心 1 · 最近食堂 1.8 公里”, place-summary.ts). Pagefind
 * indexes metadata too, and a village must not be found by “食堂” for naming its nearest canteen,
 * so the line travels URI-encoded: no word of it is a word of the index.
 */
export function encodePlaceMeta(summary: string): string {
  return encodeURIComponent(summary);
}

/** The line back from a result's metadata; undefined when absent or unreadable. */
export function decodePlaceMeta(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
