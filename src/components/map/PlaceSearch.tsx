/** “按名称或地址查找”: finds facilities, communities and towns in the embedded data (nothing is sent anywhere). */
import { useState } from 'preact/hooks';
import { searchPlaces, type PlaceMatch } from '../../lib/geo-ui/place-search.ts';
import type { MapPoint, PickerTown } from '../../lib/geo-ui/map-data.ts';
import { Mixed } from '../Mixed.tsx';
import type { Translate } from './messages.ts';

interface Props {
  tr: Translate;
  lang: 'zh-CN' | 'en';
  points: readonly MapPoint[] | null;
  towns: PickerTown[];
  onChoose(place: PlaceMatch): void;
}

export function PlaceSearch({ tr, lang, points, towns, onChoose }: Props) {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<{ query: string; places: PlaceMatch[] } | null>(null);
  return (
    <form
      class="oh-map__search oh-js-only"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (points) setMatches({ query, places: searchPlaces(query, points, towns) });
      }}
    >
      <label for="map-search">{tr('map.search')}</label>
      <p id="map-search-hint" class="oh-map__hint"><Mixed text={tr('map.search.hint')} lang={lang} /></p>
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
                  {place.kind === 'facility' ? tr(`type.${place.facility.type}.short`) : place.kind === 'community' ? `${tr('map.search.kind.community')} · ${place.townName}` : tr('map.search.kind.town')}
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
