/**
 * Lists that grow with the data are cut into pages of a fixed size, so that no page grows
 * with the number of facilities (issue 15: at 5,000 facilities /canteens/ was 4.6 MB). With
 * the data of one district most lists fit on their first page and nothing changes.
 *
 * Pages are made with Astro's paginate() in routes named […page]: the first page keeps the
 * list's address, later ones add /2/, /3/…
 */
import type { Facility } from '../../schemas/facility.ts';
import { FACILITY_TYPE_ORDER, type FacilityType } from '../../schemas/facility-type.ts';

/** Canteen cards, or facility entries with today's state, on one page (a card is about 2.5 kB). */
export const ENTRIES_PER_PAGE = 50;

/** Lines of name and address on one page of the facility index (a line is about 250 bytes). */
export const LINKS_PER_PAGE = 200;

/** The `page` Astro's paginate() passes to each page. */
export interface ListPage<T> {
  data: T[];
  /** 1-based number of this page. */
  currentPage: number;
  lastPage: number;
  total: number;
  url: { current: string; prev?: string; next?: string; first?: string; last?: string };
}

/** Facilities in display order of their types (FacilitiesByType groups them so), each type in list order. */
export function inTypeOrder(facilities: readonly Facility[]): Facility[] {
  const rank = new Map(FACILITY_TYPE_ORDER.map((type, i) => [type, i]));
  return [...facilities].sort((a, b) => (rank.get(a.type) ?? 0) - (rank.get(b.type) ?? 0));
}

/** How many facilities of each type. */
export function countByType(facilities: readonly Facility[]): Map<FacilityType, number> {
  const counts = new Map<FacilityType, number>();
  for (const f of facilities) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return counts;
}
