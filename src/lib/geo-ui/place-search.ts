/**
 * “Type an address or a facility name”: finds places in the embedded data only (no geocoding
 * service is asked, so nothing leaves the browser). Matches facility names and addresses,
 * community names and street/town names, ignoring spaces and letter case; with the search index
 * (/map/search-index.json) also streets, places and landmarks of the imported street layer, and
 * every name by its pinyin or pinyin initials (“cihunanlu”, “chnl”).
 */
import type { MapPoint, PickerTown } from './map-data.ts';

/** A street, place or landmark of the street layer, at the point the search sets home on. */
export interface IndexedPlace {
  kind: 'street' | 'place' | 'landmark';
  name: string;
  lon: number;
  lat: number;
}

/** What /map/search-index.json holds (built by src/lib/streets/search-index.ts). */
export interface SearchIndex {
  /** Pinyin keys of every name the search knows: name → [full pinyin, initials]. */
  pinyin: Record<string, [string, string]>;
  /** Streets, places and landmarks; empty when no street layer is loaded. */
  places: IndexedPlace[];
}

export type PlaceMatch =
  | { kind: 'facility'; facility: MapPoint }
  | { kind: 'community'; code: string; name: string; townName: string }
  | { kind: 'town'; code: string; name: string }
  | IndexedPlace;

function normalize(s: string): string {
  return s.replace(/[\s\u3000]+/g, '').toLowerCase();
}

/** Typed pinyin: letters (and digits), at least two, so one letter does not match half the district. */
const PINYIN_QUERY = /^[a-z][a-z0-9]+$/;

/**
 * Places whose name (or, for facilities, address) contains the query, or whose pinyin starts with
 * it. Exact names first, then names that start with the query, then the rest; at most `limit`.
 */
export function searchPlaces(query: string, facilities: readonly MapPoint[], towns: readonly PickerTown[], limit = 8, index?: SearchIndex | null): PlaceMatch[] {
  const q = normalize(query);
  if (!q) return [];
  const pinyinQuery = PINYIN_QUERY.test(q);
  const scored: { score: number; match: PlaceMatch }[] = [];
  const score = (name: string, extra = ''): number => {
    const n = normalize(name);
    if (n === q) return 0;
    if (n.startsWith(q)) return 1;
    if (n.includes(q)) return 2;
    const keys = pinyinQuery ? index?.pinyin[name] : undefined;
    if (keys) {
      const [full, initials] = keys;
      if (full === q || initials === q) return 1;
      if (full.startsWith(q) || initials.startsWith(q)) return 2;
    }
    if (extra && normalize(extra).includes(q)) return 3;
    return -1;
  };
  for (const town of towns) {
    const s = score(town.name);
    if (s >= 0) scored.push({ score: s, match: { kind: 'town', code: town.code, name: town.name } });
    for (const c of town.communities) {
      const cs = score(c.name);
      if (cs >= 0) scored.push({ score: cs, match: { kind: 'community', code: c.code, name: c.name, townName: town.name } });
    }
  }
  for (const place of index?.places ?? []) {
    const s = score(place.name);
    if (s >= 0) scored.push({ score: s, match: place });
  }
  for (const f of facilities) {
    const s = score(f.name, f.address);
    if (s >= 0) scored.push({ score: s, match: { kind: 'facility', facility: f } });
  }
  // Stable sort keeps towns, then communities, then streets and places, then facilities within one score.
  return scored.sort((a, b) => a.score - b.score).slice(0, limit).map((s) => s.match);
}

let loading: Promise<SearchIndex | null> | undefined;

/**
 * The search index, fetched once. Null when it cannot be had: the search then still finds names
 * as typed, only not streets or pinyin.
 */
export function loadSearchIndex(url: string): Promise<SearchIndex | null> {
  loading ??= fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<SearchIndex>) : null))
    .catch(() => null);
  return loading;
}
