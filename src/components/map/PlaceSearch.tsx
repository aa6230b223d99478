/**
 * “按名称或地址查找”: finds facilities, communities and towns in the embedded data, and — with the
 * search index fetched on the first search — streets, places and landmarks, also by pinyin and
 * initials. Nothing is sent anywhere.
 */
import { useState } from 'preact/hooks';
import { loadSearchIndex, searchPlaces, type PlaceMatch } from '../../lib/geo-ui/place-search.ts';
import type { MapPoint, PickerTown } from '../../lib/geo-ui/map-data.ts';
import { Mixed } from '../Mixed.tsx';
import type { Translate } from './messages.ts';

interface Props {
  tr: Translate;
  lang: 'zh-CN' | 'en';
  points: readonly MapPoint[] | null;
  towns: PickerTown[];
  /** /map/search-index.json. */
  indexUrl: string;
  /** The index holds streets and places (the hint says so). */
  searchesStreets: boolean;
  onChoose(place: PlaceMatch): void;
}

export function PlaceSearch({ tr, lang, points, towns, indexUrl, searchesStreets, onChoose }: Props) {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<{ query: string; places: PlaceMatch[] } | null>(null);
  return (
    <form
      class="oh-map__search oh-js-only"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (!points) return;
        const typed = query;
        void loadSearchIndex(indexUrl).then((index) => setMatches({ query: typed, places: searchPlaces(typed, points, towns, 8, index) }));
      }}
    >
      <label for="map-search">{tr('map.search')}</label>
      <p id="map-search-hint" class="oh-map__hint"><Mixed text={tr(searchesStreets ? 'map.search.hint.streets' : 'map.search.hint')} lang={lang} /></p>
      <div class="oh-map__row">
        <input id="map-search" type="search" aria-describedby="map-search-hint" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={!points}>{tr('map.search.button')}</button>
      </div>
      <div role="status">
        {matches && matches.places.length === 0 && <p>{tr('map.search.none', { query: matches.query })}</p>}
        {matches && matches.places.length > 0 && <p>{tr('map.search.results', { count: matches.places.length })}</p>}
      </div>
      {matches && matches.places.length > 0 && (
        <ul class="oh-map__matches">
          {matches.places.map((place) => (
            <li>
              <button
                type="button"
                class="oh-button--secondary"
                onClick={() => {
                  setMatches(null);
                  onChoose(place);
                }}
              >
                <span lang="zh-CN">{place.kind === 'facility' ? place.facility.name : place.name}</span>
                <span class="oh-map__match-kind">
                  {place.kind === 'facility' ? tr(`type.${place.facility.type}.short`) : place.kind === 'community' ? `${tr('map.search.kind.community')} · ${place.townName}` : tr(`map.search.kind.${place.kind}`)}
                </span>
                <span class="oh-visually-hidden">{tr('map.search.useThis')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
