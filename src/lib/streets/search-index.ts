/**
 * The map search's index, built at build time: pinyin keys of every name (towns, communities,
 * facilities, streets, places) so the phone need not carry a pinyin dictionary, and the streets,
 * places and landmarks of the street layer with the point choosing one sets home on.
 *
 * A street is found by name; the same name in two parts of the district (two 人民路) gives two
 * entries. A street's point is the middle (by length) of its longest way, so it lies on the street.
 */
import { along, length } from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';
import type { StreetLayer } from '../../schemas/streets.ts';
import { haversineMetres } from '../geo/distance.ts';
import type { IndexedPlace, SearchIndex } from '../geo-ui/place-search.ts';
import { pinyinKeys } from '../text/pinyin.ts';

/** Ways of one name farther apart than this (metres between their points) are different streets. */
const SAME_STREET_METRES = 1500;

interface Way {
  line: Position[];
  metres: number;
  mid: Position;
}

/** One entry per street: ways of the same name grouped when near each other, the point on the longest. */
export function streetEntries(layer: StreetLayer): IndexedPlace[] {
  const byName = new Map<string, Way[]>();
  for (const f of layer.features) {
    const p = f.properties;
    if ((p.kind !== 'road' && p.kind !== 'path') || !p.name) continue;
    const g = f.geometry;
    const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const line of lines) {
      const feature: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } };
      const metres = length(feature, { units: 'meters' });
      const mid = along(feature, metres / 2, { units: 'meters' }).geometry.coordinates;
      const ways = byName.get(p.name) ?? [];
      ways.push({ line, metres, mid });
      byName.set(p.name, ways);
    }
  }
  const out: IndexedPlace[] = [];
  for (const [name, ways] of byName) {
    const groups: Way[][] = [];
    for (const way of ways.sort((a, b) => b.metres - a.metres)) {
      const near = (w: Way) => haversineMetres(w.mid[0] as number, w.mid[1] as number, way.mid[0] as number, way.mid[1] as number) <= SAME_STREET_METRES;
      const group = groups.find((g) => g.some(near));
      if (group) group.push(way);
      else groups.push([way]);
    }
    for (const group of groups) {
      const [lon = 0, lat = 0] = (group[0] as Way).mid;
      out.push({ kind: 'street', name, lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.lon - b.lon));
}

/** Places and landmarks with their points. */
function pointEntries(layer: StreetLayer): IndexedPlace[] {
  return layer.features.flatMap((f): IndexedPlace[] => {
    const p = f.properties;
    if ((p.kind !== 'place' && p.kind !== 'landmark') || f.geometry.type !== 'Point') return [];
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    return [{ kind: p.kind, name: p.name, lon, lat }];
  });
}

/** The index for these names and, when loaded, this street layer. */
export function buildSearchIndex(names: Iterable<string>, layer: StreetLayer | null): SearchIndex {
  const places = layer ? [...streetEntries(layer), ...pointEntries(layer)] : [];
  const pinyin: SearchIndex['pinyin'] = {};
  for (const name of [...names, ...places.map((p) => p.name)]) {
    if (name in pinyin) continue;
    const keys = pinyinKeys(name);
    if (keys.full) pinyin[name] = [keys.full, keys.initials];
  }
  return { pinyin, places };
}
