/**
 * “Type an address or a facility name”: finds places in the embedded data only (no geocoding
 * service is asked, so nothing leaves the browser). Matches facility names and addresses,
 * community names and street/town names, ignoring spaces and letter case.
 */
import type { MapPoint, PickerTown } from './map-data.ts';

export type PlaceMatch =
  | { kind: 'facility'; facility: MapPoint }
  | { kind: 'community'; code: string; name: string; townName: string }
  | { kind: 'town'; code: string; name: string };

function normalize(s: string): string {
  return s.replace(/[\s\u3000]+/g, '').toLowerCase();
}

/**
 * Places whose name (or, for facilities, address) contains the query. Exact names first, then
 * names that start with the query, then the rest; at most `limit`.
 */
export function searchPlaces(query: string, facilities: readonly MapPoint[], towns: readonly PickerTown[], limit = 8): PlaceMatch[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: { score: number; match: PlaceMatch }[] = [];
  const score = (name: string, extra = ''): number => {
    const n = normalize(name);
    if (n === q) return 0;
    if (n.startsWith(q)) return 1;
    if (n.includes(q)) return 2;
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
  for (const f of facilities) {
    const s = score(f.name, f.address);
    if (s >= 0) scored.push({ score: s, match: { kind: 'facility', facility: f } });
  }
  // Stable sort keeps towns, then communities, then facilities within one score.
  return scored.sort((a, b) => a.score - b.score).slice(0, limit).map((s) => s.match);
}
