/**
 * Where a facility's details are published (issue 15). Up to PAGES_UP_TO facilities — a district,
 * a city — each facility has a page of its own in each language, /facilities/<id>/, with its
 * nearby map and a QR code. Above that — a province — two pages per facility cannot be built in
 * minutes (at 50,000 facilities the pages alone were half an hour and Pagefind 11 GB), so the
 * details are grouped: the facilities of a village or community (or, without one, of its street
 * or town), DETAILS_PER_PAGE to a page, /facilities/in/<code>/, /facilities/in/<code>/2/, …, each
 * facility under its own heading, linked as #f-<id>. Every link to a facility goes through
 * facilityPath, so both layouts link the same way.
 *
 * Browser-safe: the map page computes grouped links from the page numbers in its data.
 */
import type { Facility } from '../../schemas/facility.ts';
import type { MapPoint } from '../geo-ui/map-data.ts';
import { inTypeOrder } from './paging.ts';

export type FacilityLayout = 'pages' | 'grouped';

/** The most facilities for which every facility gets pages of its own. */
export const PAGES_UP_TO = 10_000;

/** Facilities on one page of grouped details (an entry is about 4 kB of HTML). */
export const DETAILS_PER_PAGE = 20;

/**
 * The layout for `count` facilities: `setting` (OH_FACILITY_LAYOUT) when given, else by size.
 * Throws on a setting that is neither layout.
 */
export function chooseLayout(count: number, setting?: string): FacilityLayout {
  if (setting === 'pages' || setting === 'grouped') return setting;
  if (setting !== undefined && setting !== '') {
    throw new Error(`OH_FACILITY_LAYOUT=${setting} 无效：请写 pages（每个机构一页）或 grouped（按村社分组），或不设（${PAGES_UP_TO} 个机构以内每个机构一页）`);
  }
  return count > PAGES_UP_TO ? 'grouped' : 'pages';
}

/** Where a facility's details are in the grouped layout: its group (community or town code) and page (1-based). */
export interface DetailPlace {
  group: string;
  page: number;
}

/** The group a facility's details belong to: its village or community, else its street or town. */
export function detailGroup(f: Pick<Facility, 'region'>): string {
  return f.region.communityCode ?? f.region.townCode;
}

/** The path of the grouped details page `page` of `group`, under `base` (/facilities/ or /en/facilities/). */
export function groupPagePath(base: string, group: string, page: number): string {
  return `${base}in/${group}/${page > 1 ? `${page}/` : ''}`;
}

/** The anchor of a facility's entry on a grouped page (ids are lowercase letters, digits and -). */
export function entryAnchor(id: string): string {
  return `f-${id}`;
}

/** The path of a facility's details under `base`: its own page, or its entry on a grouped page. */
export function detailPath(base: string, id: string, place: DetailPlace | undefined): string {
  return place ? `${groupPagePath(base, place.group, place.page)}#${entryAnchor(id)}` : `${base}${id}/`;
}

const places = new WeakMap<Facility, DetailPlace>();
const layouts = new WeakMap<readonly Facility[], FacilityLayout>();
const groups = new WeakMap<readonly Facility[], ReadonlyMap<string, readonly Facility[]>>();

/**
 * Lays out a list (loadFacilities does, once per build). In the grouped layout each facility's
 * group and page are recorded: a group's facilities in the order of the community pages (by
 * type, then id), DETAILS_PER_PAGE to a page.
 */
export function layOut(facilities: readonly Facility[], layout: FacilityLayout): void {
  layouts.set(facilities, layout);
  if (layout === 'pages') return;
  const byGroup = new Map<string, Facility[]>();
  for (const f of facilities) {
    const key = detailGroup(f);
    const list = byGroup.get(key);
    if (list) list.push(f);
    else byGroup.set(key, [f]);
  }
  const ordered = new Map([...byGroup].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, list]) => [key, inTypeOrder(list)] as const));
  for (const [group, list] of ordered) list.forEach((f, i) => places.set(f, { group, page: Math.floor(i / DETAILS_PER_PAGE) + 1 }));
  groups.set(facilities, ordered);
}

/** The layout of a list: `pages` unless layOut grouped it. */
export function layoutOf(facilities: readonly Facility[]): FacilityLayout {
  return layouts.get(facilities) ?? 'pages';
}

/** The groups of a grouped list, by code in code order, each in page order; empty for the pages layout. */
export function detailGroups(facilities: readonly Facility[]): ReadonlyMap<string, readonly Facility[]> {
  return groups.get(facilities) ?? new Map();
}

/** Where a facility of a grouped list is; undefined in the pages layout. */
export function detailPlace(f: Facility): DetailPlace | undefined {
  return places.get(f);
}

/** Where a map point's details are: its group and the page its data carries (toMapPoint). */
export function pointPlace(p: MapPoint): DetailPlace | undefined {
  return p.detailPage ? { group: p.communityCode ?? p.townCode, page: p.detailPage } : undefined;
}

/** The path of a facility's details, without the language prefix (href adds it). */
export function facilityPath(f: Facility | MapPoint): string {
  return detailPath('/facilities/', f.id, 'region' in f ? places.get(f) : pointPlace(f));
}
