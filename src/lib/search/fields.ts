/**
 * What the search index knows of a page or a record: its filters, its metadata and the extra words
 * that find it (cjk-terms.ts). SearchTerms.astro writes them into a page; in the grouped layout
 * (facility-layout.ts) the facilities' records carry the same fields (search-records.json). Browser-safe.
 */
import type { OpeningHours } from '../../schemas/hours.ts';
import { cjkTerms } from './cjk-terms.ts';
import { encodeHoursMeta, encodePlaceMeta } from './meta.ts';

export interface SearchTermsInput {
  /** What the result is, in the page's language: a facility type, 街道（镇）, 村社, 政策. Used as a filter. */
  type: string;
  /** The street/town the page belongs to (Chinese name). Used as a filter. */
  town?: string;
  /** Names and places whose one- and two-character pieces should find the page. */
  names: string[];
  /** Opening hours, for today's state in the results (computed in the browser). */
  hours?: OpeningHours;
  /** A one-line summary shown under the result (weekly hours, address). Searchable, as metadata is. */
  summary?: string;
  /** A street's or village's line of what is there (place-summary.ts), shown under the result but never searched. */
  placeSummary?: string;
  /** When the record was last checked (YYYY-MM-DD), shown with the result and flagged when over six months old. */
  lastVerified?: string;
}

export interface SearchFields {
  filters: Record<string, string>;
  meta: Record<string, string>;
  /** The one- and two-character pieces of the names, space-separated. */
  terms: string;
}

// Pagefind splits data-pagefind-filter/meta values on commas; names never need one.
const clean = (s: string) => s.replace(/,/g, '，');

export function searchFields({ type, town, names, hours, summary, placeSummary, lastVerified }: SearchTermsInput): SearchFields {
  const filters: Record<string, string> = { type: clean(type) };
  const meta: Record<string, string> = { type: clean(type) };
  if (town) filters.town = meta.town = clean(town);
  if (hours) meta.hours = encodeHoursMeta(hours);
  if (summary) meta.summary = clean(summary);
  if (placeSummary) meta.place = encodePlaceMeta(placeSummary);
  if (lastVerified) meta.verified = lastVerified;
  return { filters, meta, terms: cjkTerms(names).join(' ') };
}
